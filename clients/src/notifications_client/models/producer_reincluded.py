from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.good import Good


T = TypeVar("T", bound="ProducerReincluded")


@_attrs_define
class ProducerReincluded:
    """
    Attributes:
        appeal_id (UUID):
        bin_ (str):
        entry_id (UUID):
        goods (list[Good]):
        reincluded_at (datetime.datetime):
        restored_entry_id (UUID):
    """

    appeal_id: UUID
    bin_: str
    entry_id: UUID
    goods: list[Good]
    reincluded_at: datetime.datetime
    restored_entry_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appeal_id = str(self.appeal_id)

        bin_ = self.bin_

        entry_id = str(self.entry_id)

        goods = []
        for goods_item_data in self.goods:
            goods_item = goods_item_data.to_dict()
            goods.append(goods_item)

        reincluded_at = self.reincluded_at.isoformat()

        restored_entry_id = str(self.restored_entry_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appeal_id": appeal_id,
                "bin": bin_,
                "entry_id": entry_id,
                "goods": goods,
                "reincluded_at": reincluded_at,
                "restored_entry_id": restored_entry_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.good import Good

        d = dict(src_dict)
        appeal_id = UUID(d.pop("appeal_id"))

        bin_ = d.pop("bin")

        entry_id = UUID(d.pop("entry_id"))

        goods = []
        _goods = d.pop("goods")
        for goods_item_data in _goods:
            goods_item = Good.from_dict(goods_item_data)

            goods.append(goods_item)

        reincluded_at = datetime.datetime.fromisoformat(d.pop("reincluded_at"))

        restored_entry_id = UUID(d.pop("restored_entry_id"))

        producer_reincluded = cls(
            appeal_id=appeal_id,
            bin_=bin_,
            entry_id=entry_id,
            goods=goods,
            reincluded_at=reincluded_at,
            restored_entry_id=restored_entry_id,
        )

        producer_reincluded.additional_properties = d
        return producer_reincluded

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
