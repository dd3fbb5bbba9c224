from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_outcome import RunOutcome, check_run_outcome
from ..models.verification_purpose import (
    VerificationPurpose,
    check_verification_purpose,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.criterion_result import CriterionResult
    from ..models.source_call import SourceCall


T = TypeVar("T", bound="RunDetail")


@_attrs_define
class RunDetail:
    """A run with every criterion; for officers and the appeals commission also the evidence (each call to a
    source: what was asked, what came back, when, how long it took).

        Attributes:
            application_id (UUID):
            bin_ (str):
            completed_at (datetime.datetime):
            criteria (list[CriterionResult]):
            id (UUID):
            outcome (RunOutcome): A verification run's result (Art. 51-1.3): every criterion passed, one failed, or a source
                was
                unavailable, so that no decision can be taken yet (the run waits and is tried again).
            purpose (VerificationPurpose): Why a producer is verified: its application for inclusion (Art. 51-1.3) or
                quarterly monitoring
                (Art. 51-4).
            request_event_id (str):
            started_at (datetime.datetime):
            evidence (list[SourceCall] | None | Unset): Present for officers and the appeals commission only; an applicant's
                answer has no such key
    """

    application_id: UUID
    bin_: str
    completed_at: datetime.datetime
    criteria: list[CriterionResult]
    id: UUID
    outcome: RunOutcome
    purpose: VerificationPurpose
    request_event_id: str
    started_at: datetime.datetime
    evidence: list[SourceCall] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        bin_ = self.bin_

        completed_at = self.completed_at.isoformat()

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        id = str(self.id)

        outcome: str = self.outcome

        purpose: str = self.purpose

        request_event_id = self.request_event_id

        started_at = self.started_at.isoformat()

        evidence: list[dict[str, Any]] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, list):
            evidence = []
            for evidence_type_0_item_data in self.evidence:
                evidence_type_0_item = evidence_type_0_item_data.to_dict()
                evidence.append(evidence_type_0_item)

        else:
            evidence = self.evidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "bin": bin_,
                "completed_at": completed_at,
                "criteria": criteria,
                "id": id,
                "outcome": outcome,
                "purpose": purpose,
                "request_event_id": request_event_id,
                "started_at": started_at,
            }
        )
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.criterion_result import CriterionResult
        from ..models.source_call import SourceCall

        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        bin_ = d.pop("bin")

        completed_at = datetime.datetime.fromisoformat(d.pop("completed_at"))

        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in _criteria:
            criteria_item = CriterionResult.from_dict(criteria_item_data)

            criteria.append(criteria_item)

        id = UUID(d.pop("id"))

        outcome = check_run_outcome(d.pop("outcome"))

        purpose = check_verification_purpose(d.pop("purpose"))

        request_event_id = d.pop("request_event_id")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        def _parse_evidence(data: object) -> list[SourceCall] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                evidence_type_0 = []
                _evidence_type_0 = data
                for evidence_type_0_item_data in _evidence_type_0:
                    evidence_type_0_item = SourceCall.from_dict(
                        evidence_type_0_item_data
                    )

                    evidence_type_0.append(evidence_type_0_item)

                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SourceCall] | None | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))

        run_detail = cls(
            application_id=application_id,
            bin_=bin_,
            completed_at=completed_at,
            criteria=criteria,
            id=id,
            outcome=outcome,
            purpose=purpose,
            request_event_id=request_event_id,
            started_at=started_at,
            evidence=evidence,
        )

        run_detail.additional_properties = d
        return run_detail

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
