from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verification_completed_outcome import (
    VerificationCompletedOutcome,
    check_verification_completed_outcome,
)
from ..models.verification_purpose import (
    VerificationPurpose,
    check_verification_purpose,
)

if TYPE_CHECKING:
    from ..models.criterion_outcome import CriterionOutcome


T = TypeVar("T", bound="VerificationCompleted")


@_attrs_define
class VerificationCompleted:
    """
    Attributes:
        application_id (UUID):
        bin_ (str):
        completed_at (datetime.datetime):
        criteria (list[CriterionOutcome]):
        outcome (VerificationCompletedOutcome):
        purpose (VerificationPurpose): Why a producer is verified: its application for inclusion (Art. 51-1.3) or
            quarterly monitoring
            (Art. 51-4).
        run_id (UUID):
    """

    application_id: UUID
    bin_: str
    completed_at: datetime.datetime
    criteria: list[CriterionOutcome]
    outcome: VerificationCompletedOutcome
    purpose: VerificationPurpose
    run_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        bin_ = self.bin_

        completed_at = self.completed_at.isoformat()

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        outcome: str = self.outcome

        purpose: str = self.purpose

        run_id = str(self.run_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "bin": bin_,
                "completed_at": completed_at,
                "criteria": criteria,
                "outcome": outcome,
                "purpose": purpose,
                "run_id": run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.criterion_outcome import CriterionOutcome

        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        bin_ = d.pop("bin")

        completed_at = datetime.datetime.fromisoformat(d.pop("completed_at"))

        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in _criteria:
            criteria_item = CriterionOutcome.from_dict(criteria_item_data)

            criteria.append(criteria_item)

        outcome = check_verification_completed_outcome(d.pop("outcome"))

        purpose = check_verification_purpose(d.pop("purpose"))

        run_id = UUID(d.pop("run_id"))

        verification_completed = cls(
            application_id=application_id,
            bin_=bin_,
            completed_at=completed_at,
            criteria=criteria,
            outcome=outcome,
            purpose=purpose,
            run_id=run_id,
        )

        verification_completed.additional_properties = d
        return verification_completed

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
