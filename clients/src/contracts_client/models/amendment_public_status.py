from typing import Literal

AmendmentPublicStatus = Literal["applied", "proposed"]

AMENDMENT_PUBLIC_STATUS_VALUES: set[AmendmentPublicStatus] = {
    "applied",
    "proposed",
}


def check_amendment_public_status(value: str) -> AmendmentPublicStatus:
    if value in AMENDMENT_PUBLIC_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AMENDMENT_PUBLIC_STATUS_VALUES!r}"
    )
