from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verification_purpose import (
    VerificationPurpose,
    check_verification_purpose,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.good import Good


T = TypeVar("T", bound="ApplicationSubmitted")


@_attrs_define
class ApplicationSubmitted:
    """
    Attributes:
        application_id (UUID):
        bin_ (str):
        filed_at (datetime.datetime):
        goods (list[Good]):
        site_ids (list[str]):
        company_name (None | str | Unset):
        purpose (VerificationPurpose | Unset): Why a producer is verified: its application for inclusion (Art. 51-1.3)
            or quarterly monitoring
            (Art. 51-4).
    """

    application_id: UUID
    bin_: str
    filed_at: datetime.datetime
    goods: list[Good]
    site_ids: list[str]
    company_name: None | str | Unset = UNSET
    purpose: VerificationPurpose | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        bin_ = self.bin_

        filed_at = self.filed_at.isoformat()

        goods = []
        for goods_item_data in self.goods:
            goods_item = goods_item_data.to_dict()
            goods.append(goods_item)

        site_ids = self.site_ids

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "bin": bin_,
                "filed_at": filed_at,
                "goods": goods,
                "site_ids": site_ids,
            }
        )
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.good import Good

        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        bin_ = d.pop("bin")

        filed_at = datetime.datetime.fromisoformat(d.pop("filed_at"))

        goods = []
        _goods = d.pop("goods")
        for goods_item_data in _goods:
            goods_item = Good.from_dict(goods_item_data)

            goods.append(goods_item)

        site_ids = cast(list[str], d.pop("site_ids"))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        _purpose = d.pop("purpose", UNSET)
        purpose: VerificationPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = check_verification_purpose(_purpose)

        application_submitted = cls(
            application_id=application_id,
            bin_=bin_,
            filed_at=filed_at,
            goods=goods,
            site_ids=site_ids,
            company_name=company_name,
            purpose=purpose,
        )

        application_submitted.additional_properties = d
        return application_submitted

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
