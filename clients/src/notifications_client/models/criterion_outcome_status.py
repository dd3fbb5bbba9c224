from typing import Literal

CriterionOutcomeStatus = Literal["failed", "passed", "source_unavailable"]

CRITERION_OUTCOME_STATUS_VALUES: set[CriterionOutcomeStatus] = {
    "failed",
    "passed",
    "source_unavailable",
}


def check_criterion_outcome_status(value: str) -> CriterionOutcomeStatus:
    if value in CRITERION_OUTCOME_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CRITERION_OUTCOME_STATUS_VALUES!r}"
    )
