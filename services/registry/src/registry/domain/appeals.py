"""The appeals commission (Art. 51-5) as a state machine: received → under review (document requests,
hearings, field visits) → decided (satisfied fully or partially, or refused with reasons)."""
from __future__ import annotations

from enum import StrEnum


class AppealStatus(StrEnum):
    received = "received"
    under_review = "under_review"
    decided = "decided"


class AppealAction(StrEnum):
    document_request = "document_request"
    hearing = "hearing"
    field_visit = "field_visit"
    decide = "decide"


class AppealOutcome(StrEnum):
    satisfied = "satisfied"
    partially_satisfied = "partially_satisfied"
    refused = "refused"


APPEAL_TRANSITIONS: dict[tuple[AppealStatus, AppealAction], AppealStatus] = {
    **{(s, a): AppealStatus.under_review for s in (AppealStatus.received, AppealStatus.under_review)
       for a in (AppealAction.document_request, AppealAction.hearing, AppealAction.field_visit)},
    (AppealStatus.received, AppealAction.decide): AppealStatus.decided,
    (AppealStatus.under_review, AppealAction.decide): AppealStatus.decided,
}


class AppealTransitionNotAllowed(Exception):
    pass


def next_appeal_status(current: AppealStatus, action: AppealAction) -> AppealStatus:
    try:
        return APPEAL_TRANSITIONS[(current, action)]
    except KeyError as e:
        raise AppealTransitionNotAllowed(f"{action} not allowed in {current}") from e


def decision_problems(outcome: AppealOutcome, reasons: str, restored_goods: list[str] | None,
                      excluded_goods: list[str]) -> list[str]:
    """Art. 51-5.5: a refusal must give its reasons; a partial satisfaction restores some, not all, goods."""
    problems = []
    if outcome == AppealOutcome.refused and not reasons.strip():
        problems.append("a refusal must state its reasons (Art. 51-5.5)")
    if outcome == AppealOutcome.partially_satisfied:
        if not restored_goods:
            problems.append("a partial satisfaction must name the goods restored")
        elif not set(restored_goods) < set(excluded_goods):
            problems.append("partially restored goods must be a proper subset of the goods at exclusion")
    return problems
