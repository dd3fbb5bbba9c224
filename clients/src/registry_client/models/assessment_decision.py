from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.assessment_decision_outcome import (
    AssessmentDecisionOutcome,
    check_assessment_decision_outcome,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_act import AssessmentAct
    from ..models.good_findings_in import GoodFindingsIn
    from ..models.participant import Participant


T = TypeVar("T", bound="AssessmentDecision")


@_attrs_define
class AssessmentDecision:
    """
    Attributes:
        outcome (AssessmentDecisionOutcome):
        participants (list[Participant]):
        assessment_act (AssessmentAct | None | Unset):
        expected_version (int | None | Unset):
        findings (list[GoodFindingsIn] | Unset):
        inspection_planned_on (datetime.date | None | Unset):
        inspection_reason (None | str | Unset):
    """

    outcome: AssessmentDecisionOutcome
    participants: list[Participant]
    assessment_act: AssessmentAct | None | Unset = UNSET
    expected_version: int | None | Unset = UNSET
    findings: list[GoodFindingsIn] | Unset = UNSET
    inspection_planned_on: datetime.date | None | Unset = UNSET
    inspection_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.assessment_act import AssessmentAct

        outcome: str = self.outcome

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        assessment_act: dict[str, Any] | None | Unset
        if isinstance(self.assessment_act, Unset):
            assessment_act = UNSET
        elif isinstance(self.assessment_act, AssessmentAct):
            assessment_act = self.assessment_act.to_dict()
        else:
            assessment_act = self.assessment_act

        expected_version: int | None | Unset
        if isinstance(self.expected_version, Unset):
            expected_version = UNSET
        else:
            expected_version = self.expected_version

        findings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.findings, Unset):
            findings = []
            for findings_item_data in self.findings:
                findings_item = findings_item_data.to_dict()
                findings.append(findings_item)

        inspection_planned_on: None | str | Unset
        if isinstance(self.inspection_planned_on, Unset):
            inspection_planned_on = UNSET
        elif isinstance(self.inspection_planned_on, datetime.date):
            inspection_planned_on = self.inspection_planned_on.isoformat()
        else:
            inspection_planned_on = self.inspection_planned_on

        inspection_reason: None | str | Unset
        if isinstance(self.inspection_reason, Unset):
            inspection_reason = UNSET
        else:
            inspection_reason = self.inspection_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
                "participants": participants,
            }
        )
        if assessment_act is not UNSET:
            field_dict["assessment_act"] = assessment_act
        if expected_version is not UNSET:
            field_dict["expected_version"] = expected_version
        if findings is not UNSET:
            field_dict["findings"] = findings
        if inspection_planned_on is not UNSET:
            field_dict["inspection_planned_on"] = inspection_planned_on
        if inspection_reason is not UNSET:
            field_dict["inspection_reason"] = inspection_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assessment_act import AssessmentAct
        from ..models.good_findings_in import GoodFindingsIn
        from ..models.participant import Participant

        d = dict(src_dict)
        outcome = check_assessment_decision_outcome(d.pop("outcome"))

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = Participant.from_dict(participants_item_data)

            participants.append(participants_item)

        def _parse_assessment_act(data: object) -> AssessmentAct | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assessment_act_type_0 = AssessmentAct.from_dict(data)

                return assessment_act_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssessmentAct | None | Unset, data)

        assessment_act = _parse_assessment_act(d.pop("assessment_act", UNSET))

        def _parse_expected_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expected_version = _parse_expected_version(d.pop("expected_version", UNSET))

        _findings = d.pop("findings", UNSET)
        findings: list[GoodFindingsIn] | Unset = UNSET
        if _findings is not UNSET:
            findings = []
            for findings_item_data in _findings:
                findings_item = GoodFindingsIn.from_dict(findings_item_data)

                findings.append(findings_item)

        def _parse_inspection_planned_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inspection_planned_on_type_0 = datetime.date.fromisoformat(data)

                return inspection_planned_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        inspection_planned_on = _parse_inspection_planned_on(
            d.pop("inspection_planned_on", UNSET)
        )

        def _parse_inspection_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inspection_reason = _parse_inspection_reason(d.pop("inspection_reason", UNSET))

        assessment_decision = cls(
            outcome=outcome,
            participants=participants,
            assessment_act=assessment_act,
            expected_version=expected_version,
            findings=findings,
            inspection_planned_on=inspection_planned_on,
            inspection_reason=inspection_reason,
        )

        return assessment_decision
