from typing import Literal

RunOutcome = Literal["failed", "incomplete", "passed"]

RUN_OUTCOME_VALUES: set[RunOutcome] = {
    "failed",
    "incomplete",
    "passed",
}


def check_run_outcome(value: str) -> RunOutcome:
    if value in RUN_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_OUTCOME_VALUES!r}"
    )
