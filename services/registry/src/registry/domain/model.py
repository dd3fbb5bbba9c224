"""The application for inclusion in the register of Kazakhstani producers (Art. 51-1) as a state machine.

Pure rules: no framework, no I/O. The allowed transitions are a table; every transition that happens is
recorded by the service layer with who, when, why and the event id.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ApplicationStatus(StrEnum):
    """Stages of Art. 51-1.1: filing → digital verification → production assessment → decision."""
    verification = "verification"                    # filed; digital verification requested (Art. 51-1.3)
    awaiting_assessment = "awaiting_assessment"      # verification passed; production assessment (Art. 51-1.4)
    on_site_inspection = "on_site_inspection"        # assessment impossible from the evidence (Art. 51-1.5)
    refused = "refused"                              # motivated refusal (Art. 51-1.3, 51-1.6)
    included = "included"                            # positive decision (Art. 51-1.6)


class Action(StrEnum):
    file = "file"
    verification_passed = "verification_passed"
    verification_failed = "verification_failed"
    verification_passed_wholly_produced = "verification_passed_wholly_produced"
    inspection_required = "inspection_required"
    assessment_passed = "assessment_passed"
    assessment_failed = "assessment_failed"


TRANSITIONS: dict[tuple[ApplicationStatus | None, Action], ApplicationStatus] = {
    (None, Action.file): ApplicationStatus.verification,
    (ApplicationStatus.verification, Action.verification_passed): ApplicationStatus.awaiting_assessment,
    (ApplicationStatus.verification, Action.verification_failed): ApplicationStatus.refused,
    # Art. 51-1.9: goods wholly produced in Kazakhstan need no production assessment.
    (ApplicationStatus.verification, Action.verification_passed_wholly_produced): ApplicationStatus.included,
    (ApplicationStatus.awaiting_assessment, Action.assessment_passed): ApplicationStatus.included,
    (ApplicationStatus.awaiting_assessment, Action.assessment_failed): ApplicationStatus.refused,
    (ApplicationStatus.awaiting_assessment, Action.inspection_required): ApplicationStatus.on_site_inspection,
    # Art. 51-1.5: after the on-site inspection the decision rests on the assessment act.
    (ApplicationStatus.on_site_inspection, Action.assessment_passed): ApplicationStatus.included,
    (ApplicationStatus.on_site_inspection, Action.assessment_failed): ApplicationStatus.refused,
}

FINAL = frozenset({ApplicationStatus.refused, ApplicationStatus.included})
OPEN = frozenset(ApplicationStatus) - FINAL


class TransitionNotAllowed(Exception):
    def __init__(self, current: ApplicationStatus | None, action: Action):
        super().__init__(f"{action} is not allowed in status {current}")
        self.current, self.action = current, action


def next_status(current: ApplicationStatus | None, action: Action) -> ApplicationStatus:
    try:
        return TRANSITIONS[(current, action)]
    except KeyError as e:
        raise TransitionNotAllowed(current, action) from e


@dataclass(frozen=True)
class CriterionResult:
    code: str
    criterion: str
    status: str  # passed | failed | source_unavailable
    expected: str | None
    found: str | None
    article: str | None
    text_kk: str
    text_ru: str


def verification_action(criteria: list[CriterionResult], *, wholly_produced: bool = False) -> Action:
    """Art. 51-1.3: the application passes digital verification only if every criterion is met. A run that
    still has an unavailable source is not a result: verification publishes only complete runs."""
    if any(c.status == "source_unavailable" for c in criteria):
        raise ValueError("a verification run with unavailable sources is not a decision")
    if not all(c.status == "passed" for c in criteria):
        return Action.verification_failed
    return Action.verification_passed_wholly_produced if wholly_produced else Action.verification_passed


def refusal_reasons(criteria: list[CriterionResult]) -> list[CriterionResult]:
    """The motivated answer: every failed criterion, none of the passed ones."""
    return [c for c in criteria if c.status == "failed"]
