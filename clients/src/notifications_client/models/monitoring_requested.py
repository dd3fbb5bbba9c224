from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.monitoring_requested_reason import (
    MonitoringRequestedReason,
    check_monitoring_requested_reason,
)

if TYPE_CHECKING:
    from ..models.good import Good


T = TypeVar("T", bound="MonitoringRequested")


@_attrs_define
class MonitoringRequested:
    """
    Attributes:
        bin_ (str):
        check_id (UUID):
        goods (list[Good]):
        reason (MonitoringRequestedReason):
        requested_at (datetime.datetime):
        site_ids (list[str]):
    """

    bin_: str
    check_id: UUID
    goods: list[Good]
    reason: MonitoringRequestedReason
    requested_at: datetime.datetime
    site_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        check_id = str(self.check_id)

        goods = []
        for goods_item_data in self.goods:
            goods_item = goods_item_data.to_dict()
            goods.append(goods_item)

        reason: str = self.reason

        requested_at = self.requested_at.isoformat()

        site_ids = self.site_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "check_id": check_id,
                "goods": goods,
                "reason": reason,
                "requested_at": requested_at,
                "site_ids": site_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.good import Good

        d = dict(src_dict)
        bin_ = d.pop("bin")

        check_id = UUID(d.pop("check_id"))

        goods = []
        _goods = d.pop("goods")
        for goods_item_data in _goods:
            goods_item = Good.from_dict(goods_item_data)

            goods.append(goods_item)

        reason = check_monitoring_requested_reason(d.pop("reason"))

        requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))

        site_ids = cast(list[str], d.pop("site_ids"))

        monitoring_requested = cls(
            bin_=bin_,
            check_id=check_id,
            goods=goods,
            reason=reason,
            requested_at=requested_at,
            site_ids=site_ids,
        )

        monitoring_requested.additional_properties = d
        return monitoring_requested

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
