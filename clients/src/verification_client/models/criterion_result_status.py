from typing import Literal

CriterionResultStatus = Literal["failed", "passed", "source_unavailable"]

CRITERION_RESULT_STATUS_VALUES: set[CriterionResultStatus] = {
    "failed",
    "passed",
    "source_unavailable",
}


def check_criterion_result_status(value: str) -> CriterionResultStatus:
    if value in CRITERION_RESULT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CRITERION_RESULT_STATUS_VALUES!r}"
    )
