from typing import Literal

AppealStatus = Literal["decided", "received", "under_review"]

APPEAL_STATUS_VALUES: set[AppealStatus] = {
    "decided",
    "received",
    "under_review",
}


def check_appeal_status(value: str) -> AppealStatus:
    if value in APPEAL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPEAL_STATUS_VALUES!r}"
    )
