from typing import Literal

ExpertisePublicOutcome = Literal["negative", "positive"]

EXPERTISE_PUBLIC_OUTCOME_VALUES: set[ExpertisePublicOutcome] = {
    "negative",
    "positive",
}


def check_expertise_public_outcome(value: str) -> ExpertisePublicOutcome:
    if value in EXPERTISE_PUBLIC_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPERTISE_PUBLIC_OUTCOME_VALUES!r}"
    )
