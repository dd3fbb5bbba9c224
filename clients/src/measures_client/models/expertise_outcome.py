from typing import Literal

ExpertiseOutcome = Literal["negative", "positive"]

EXPERTISE_OUTCOME_VALUES: set[ExpertiseOutcome] = {
    "negative",
    "positive",
}


def check_expertise_outcome(value: str) -> ExpertiseOutcome:
    if value in EXPERTISE_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPERTISE_OUTCOME_VALUES!r}"
    )
