from typing import Literal

VerificationCompletedOutcome = Literal["failed", "passed"]

VERIFICATION_COMPLETED_OUTCOME_VALUES: set[VerificationCompletedOutcome] = {
    "failed",
    "passed",
}


def check_verification_completed_outcome(value: str) -> VerificationCompletedOutcome:
    if value in VERIFICATION_COMPLETED_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFICATION_COMPLETED_OUTCOME_VALUES!r}"
    )
