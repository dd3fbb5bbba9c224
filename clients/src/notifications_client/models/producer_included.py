from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.producer_included_basis import (
    ProducerIncludedBasis,
    check_producer_included_basis,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.good import Good


T = TypeVar("T", bound="ProducerIncluded")


@_attrs_define
class ProducerIncluded:
    """
    Attributes:
        bin_ (str):
        entry_id (UUID):
        goods (list[Good]):
        included_at (datetime.datetime):
        basis (ProducerIncludedBasis | Unset):  Default: 'application'.
    """

    bin_: str
    entry_id: UUID
    goods: list[Good]
    included_at: datetime.datetime
    basis: ProducerIncludedBasis | Unset = "application"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        entry_id = str(self.entry_id)

        goods = []
        for goods_item_data in self.goods:
            goods_item = goods_item_data.to_dict()
            goods.append(goods_item)

        included_at = self.included_at.isoformat()

        basis: str | Unset = UNSET
        if not isinstance(self.basis, Unset):
            basis = self.basis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "entry_id": entry_id,
                "goods": goods,
                "included_at": included_at,
            }
        )
        if basis is not UNSET:
            field_dict["basis"] = basis

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.good import Good

        d = dict(src_dict)
        bin_ = d.pop("bin")

        entry_id = UUID(d.pop("entry_id"))

        goods = []
        _goods = d.pop("goods")
        for goods_item_data in _goods:
            goods_item = Good.from_dict(goods_item_data)

            goods.append(goods_item)

        included_at = datetime.datetime.fromisoformat(d.pop("included_at"))

        _basis = d.pop("basis", UNSET)
        basis: ProducerIncludedBasis | Unset
        if isinstance(_basis, Unset):
            basis = UNSET
        else:
            basis = check_producer_included_basis(_basis)

        producer_included = cls(
            bin_=bin_,
            entry_id=entry_id,
            goods=goods,
            included_at=included_at,
            basis=basis,
        )

        producer_included.additional_properties = d
        return producer_included

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
