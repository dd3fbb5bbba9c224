from typing import Literal

PilotOutcomeResult = Literal["negative", "positive"]

PILOT_OUTCOME_RESULT_VALUES: set[PilotOutcomeResult] = {
    "negative",
    "positive",
}


def check_pilot_outcome_result(value: str) -> PilotOutcomeResult:
    if value in PILOT_OUTCOME_RESULT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PILOT_OUTCOME_RESULT_VALUES!r}"
    )
