from typing import Literal

AgreementStatus = Literal["active", "flagged_for_review", "terminated"]

AGREEMENT_STATUS_VALUES: set[AgreementStatus] = {
    "active",
    "flagged_for_review",
    "terminated",
}


def check_agreement_status(value: str) -> AgreementStatus:
    if value in AGREEMENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGREEMENT_STATUS_VALUES!r}"
    )
