from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appeal_decided_outcome import (
    AppealDecidedOutcome,
    check_appeal_decided_outcome,
)

T = TypeVar("T", bound="AppealDecided")


@_attrs_define
class AppealDecided:
    """
    Attributes:
        appeal_id (UUID):
        bin_ (str):
        decided_at (datetime.datetime):
        outcome (AppealDecidedOutcome):
        reasons_kk (str):
        reasons_ru (str):
    """

    appeal_id: UUID
    bin_: str
    decided_at: datetime.datetime
    outcome: AppealDecidedOutcome
    reasons_kk: str
    reasons_ru: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appeal_id = str(self.appeal_id)

        bin_ = self.bin_

        decided_at = self.decided_at.isoformat()

        outcome: str = self.outcome

        reasons_kk = self.reasons_kk

        reasons_ru = self.reasons_ru

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appeal_id": appeal_id,
                "bin": bin_,
                "decided_at": decided_at,
                "outcome": outcome,
                "reasons_kk": reasons_kk,
                "reasons_ru": reasons_ru,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appeal_id = UUID(d.pop("appeal_id"))

        bin_ = d.pop("bin")

        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))

        outcome = check_appeal_decided_outcome(d.pop("outcome"))

        reasons_kk = d.pop("reasons_kk")

        reasons_ru = d.pop("reasons_ru")

        appeal_decided = cls(
            appeal_id=appeal_id,
            bin_=bin_,
            decided_at=decided_at,
            outcome=outcome,
            reasons_kk=reasons_kk,
            reasons_ru=reasons_ru,
        )

        appeal_decided.additional_properties = d
        return appeal_decided

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
