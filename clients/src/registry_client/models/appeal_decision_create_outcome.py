from typing import Literal

AppealDecisionCreateOutcome = Literal["partially_satisfied", "refused", "satisfied"]

APPEAL_DECISION_CREATE_OUTCOME_VALUES: set[AppealDecisionCreateOutcome] = {
    "partially_satisfied",
    "refused",
    "satisfied",
}


def check_appeal_decision_create_outcome(value: str) -> AppealDecisionCreateOutcome:
    if value in APPEAL_DECISION_CREATE_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPEAL_DECISION_CREATE_OUTCOME_VALUES!r}"
    )
