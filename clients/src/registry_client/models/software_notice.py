from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.software_notice_action import (
    SoftwareNoticeAction,
    check_software_notice_action,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.software_good import SoftwareGood


T = TypeVar("T", bound="SoftwareNotice")


@_attrs_define
class SoftwareNotice:
    """A notice of the informatization authority including or excluding a software producer (Art. 51-2.4).

    Attributes:
        action (SoftwareNoticeAction):
        bin_ (str):
        reason (str):
        company_name (None | str | Unset):
        goods (list[SoftwareGood] | Unset):
        region (None | str | Unset):
    """

    action: SoftwareNoticeAction
    bin_: str
    reason: str
    company_name: None | str | Unset = UNSET
    goods: list[SoftwareGood] | Unset = UNSET
    region: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        bin_ = self.bin_

        reason = self.reason

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        goods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods, Unset):
            goods = []
            for goods_item_data in self.goods:
                goods_item = goods_item_data.to_dict()
                goods.append(goods_item)

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "bin": bin_,
                "reason": reason,
            }
        )
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if goods is not UNSET:
            field_dict["goods"] = goods
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.software_good import SoftwareGood

        d = dict(src_dict)
        action = check_software_notice_action(d.pop("action"))

        bin_ = d.pop("bin")

        reason = d.pop("reason")

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        _goods = d.pop("goods", UNSET)
        goods: list[SoftwareGood] | Unset = UNSET
        if _goods is not UNSET:
            goods = []
            for goods_item_data in _goods:
                goods_item = SoftwareGood.from_dict(goods_item_data)

                goods.append(goods_item)

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        software_notice = cls(
            action=action,
            bin_=bin_,
            reason=reason,
            company_name=company_name,
            goods=goods,
            region=region,
        )

        return software_notice
