from typing import Literal

PilotResultResult = Literal["negative", "positive"]

PILOT_RESULT_RESULT_VALUES: set[PilotResultResult] = {
    "negative",
    "positive",
}


def check_pilot_result_result(value: str) -> PilotResultResult:
    if value in PILOT_RESULT_RESULT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PILOT_RESULT_RESULT_VALUES!r}"
    )
