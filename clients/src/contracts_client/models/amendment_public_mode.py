from typing import Literal

AmendmentPublicMode = Literal["bilateral", "unilateral"]

AMENDMENT_PUBLIC_MODE_VALUES: set[AmendmentPublicMode] = {
    "bilateral",
    "unilateral",
}


def check_amendment_public_mode(value: str) -> AmendmentPublicMode:
    if value in AMENDMENT_PUBLIC_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AMENDMENT_PUBLIC_MODE_VALUES!r}"
    )
