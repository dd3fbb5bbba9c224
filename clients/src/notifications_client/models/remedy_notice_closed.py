from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.remedy_notice_closed_outcome import (
    RemedyNoticeClosedOutcome,
    check_remedy_notice_closed_outcome,
)

T = TypeVar("T", bound="RemedyNoticeClosed")


@_attrs_define
class RemedyNoticeClosed:
    """
    Attributes:
        bin_ (str):
        closed_at (datetime.datetime):
        notice_id (UUID):
        outcome (RemedyNoticeClosedOutcome):
    """

    bin_: str
    closed_at: datetime.datetime
    notice_id: UUID
    outcome: RemedyNoticeClosedOutcome
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        closed_at = self.closed_at.isoformat()

        notice_id = str(self.notice_id)

        outcome: str = self.outcome

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "closed_at": closed_at,
                "notice_id": notice_id,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bin_ = d.pop("bin")

        closed_at = datetime.datetime.fromisoformat(d.pop("closed_at"))

        notice_id = UUID(d.pop("notice_id"))

        outcome = check_remedy_notice_closed_outcome(d.pop("outcome"))

        remedy_notice_closed = cls(
            bin_=bin_,
            closed_at=closed_at,
            notice_id=notice_id,
            outcome=outcome,
        )

        remedy_notice_closed.additional_properties = d
        return remedy_notice_closed

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
