from typing import Literal

AmendmentCreateMode = Literal["bilateral", "unilateral"]

AMENDMENT_CREATE_MODE_VALUES: set[AmendmentCreateMode] = {
    "bilateral",
    "unilateral",
}


def check_amendment_create_mode(value: str) -> AmendmentCreateMode:
    if value in AMENDMENT_CREATE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AMENDMENT_CREATE_MODE_VALUES!r}"
    )
