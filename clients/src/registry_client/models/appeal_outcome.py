from typing import Literal

AppealOutcome = Literal["partially_satisfied", "refused", "satisfied"]

APPEAL_OUTCOME_VALUES: set[AppealOutcome] = {
    "partially_satisfied",
    "refused",
    "satisfied",
}


def check_appeal_outcome(value: str) -> AppealOutcome:
    if value in APPEAL_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPEAL_OUTCOME_VALUES!r}"
    )
