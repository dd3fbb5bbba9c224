from typing import Literal

VerificationPurpose = Literal["inclusion", "monitoring"]

VERIFICATION_PURPOSE_VALUES: set[VerificationPurpose] = {
    "inclusion",
    "monitoring",
}


def check_verification_purpose(value: str) -> VerificationPurpose:
    if value in VERIFICATION_PURPOSE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFICATION_PURPOSE_VALUES!r}"
    )
