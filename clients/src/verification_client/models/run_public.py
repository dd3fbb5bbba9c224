from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_outcome import RunOutcome, check_run_outcome
from ..models.verification_purpose import (
    VerificationPurpose,
    check_verification_purpose,
)

T = TypeVar("T", bound="RunPublic")


@_attrs_define
class RunPublic:
    """One digital verification of a BIN against the government information systems (Art. 51-1.3):
    for an application, or a quarterly monitoring check (Art. 51-4).

        Attributes:
            application_id (UUID):
            bin_ (str):
            completed_at (datetime.datetime):
            id (UUID):
            outcome (RunOutcome): A verification run's result (Art. 51-1.3): every criterion passed, one failed, or a source
                was
                unavailable, so that no decision can be taken yet (the run waits and is tried again).
            purpose (VerificationPurpose): Why a producer is verified: its application for inclusion (Art. 51-1.3) or
                quarterly monitoring
                (Art. 51-4).
            request_event_id (str):
            started_at (datetime.datetime):
    """

    application_id: UUID
    bin_: str
    completed_at: datetime.datetime
    id: UUID
    outcome: RunOutcome
    purpose: VerificationPurpose
    request_event_id: str
    started_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        bin_ = self.bin_

        completed_at = self.completed_at.isoformat()

        id = str(self.id)

        outcome: str = self.outcome

        purpose: str = self.purpose

        request_event_id = self.request_event_id

        started_at = self.started_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "bin": bin_,
                "completed_at": completed_at,
                "id": id,
                "outcome": outcome,
                "purpose": purpose,
                "request_event_id": request_event_id,
                "started_at": started_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        bin_ = d.pop("bin")

        completed_at = datetime.datetime.fromisoformat(d.pop("completed_at"))

        id = UUID(d.pop("id"))

        outcome = check_run_outcome(d.pop("outcome"))

        purpose = check_verification_purpose(d.pop("purpose"))

        request_event_id = d.pop("request_event_id")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        run_public = cls(
            application_id=application_id,
            bin_=bin_,
            completed_at=completed_at,
            id=id,
            outcome=outcome,
            purpose=purpose,
            request_event_id=request_event_id,
            started_at=started_at,
        )

        run_public.additional_properties = d
        return run_public

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
