from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NoticeDelivered")


@_attrs_define
class NoticeDelivered:
    """
    Attributes:
        delivered_at (datetime.datetime):
        notice_id (UUID):
        notice_type (str):
        recipient_bin (str):
        source_event_id (str):
    """

    delivered_at: datetime.datetime
    notice_id: UUID
    notice_type: str
    recipient_bin: str
    source_event_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivered_at = self.delivered_at.isoformat()

        notice_id = str(self.notice_id)

        notice_type = self.notice_type

        recipient_bin = self.recipient_bin

        source_event_id = self.source_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivered_at": delivered_at,
                "notice_id": notice_id,
                "notice_type": notice_type,
                "recipient_bin": recipient_bin,
                "source_event_id": source_event_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        delivered_at = datetime.datetime.fromisoformat(d.pop("delivered_at"))

        notice_id = UUID(d.pop("notice_id"))

        notice_type = d.pop("notice_type")

        recipient_bin = d.pop("recipient_bin")

        source_event_id = d.pop("source_event_id")

        notice_delivered = cls(
            delivered_at=delivered_at,
            notice_id=notice_id,
            notice_type=notice_type,
            recipient_bin=recipient_bin,
            source_event_id=source_event_id,
        )

        notice_delivered.additional_properties = d
        return notice_delivered

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
