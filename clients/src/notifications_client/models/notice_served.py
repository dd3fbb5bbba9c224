from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NoticeServed")


@_attrs_define
class NoticeServed:
    """
    Attributes:
        notice_id (UUID):
        notice_type (str):
        recipient_bin (str):
        served_at (datetime.datetime):
        source_event_id (str):
        subject (None | str | Unset):
    """

    notice_id: UUID
    notice_type: str
    recipient_bin: str
    served_at: datetime.datetime
    source_event_id: str
    subject: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notice_id = str(self.notice_id)

        notice_type = self.notice_type

        recipient_bin = self.recipient_bin

        served_at = self.served_at.isoformat()

        source_event_id = self.source_event_id

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notice_id": notice_id,
                "notice_type": notice_type,
                "recipient_bin": recipient_bin,
                "served_at": served_at,
                "source_event_id": source_event_id,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        notice_id = UUID(d.pop("notice_id"))

        notice_type = d.pop("notice_type")

        recipient_bin = d.pop("recipient_bin")

        served_at = datetime.datetime.fromisoformat(d.pop("served_at"))

        source_event_id = d.pop("source_event_id")

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        notice_served = cls(
            notice_id=notice_id,
            notice_type=notice_type,
            recipient_bin=recipient_bin,
            served_at=served_at,
            source_event_id=source_event_id,
            subject=subject,
        )

        notice_served.additional_properties = d
        return notice_served

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
