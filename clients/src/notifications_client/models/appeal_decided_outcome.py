from typing import Literal

AppealDecidedOutcome = Literal["partially_satisfied", "refused", "satisfied"]

APPEAL_DECIDED_OUTCOME_VALUES: set[AppealDecidedOutcome] = {
    "partially_satisfied",
    "refused",
    "satisfied",
}


def check_appeal_decided_outcome(value: str) -> AppealDecidedOutcome:
    if value in APPEAL_DECIDED_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPEAL_DECIDED_OUTCOME_VALUES!r}"
    )
