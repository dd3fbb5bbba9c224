from typing import Literal

PlanReviewOutcome = Literal["approve", "remarks"]

PLAN_REVIEW_OUTCOME_VALUES: set[PlanReviewOutcome] = {
    "approve",
    "remarks",
}


def check_plan_review_outcome(value: str) -> PlanReviewOutcome:
    if value in PLAN_REVIEW_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLAN_REVIEW_OUTCOME_VALUES!r}"
    )
