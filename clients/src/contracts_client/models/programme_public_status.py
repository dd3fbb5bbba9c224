from typing import Literal

ProgrammePublicStatus = Literal["agreed", "refused", "submitted"]

PROGRAMME_PUBLIC_STATUS_VALUES: set[ProgrammePublicStatus] = {
    "agreed",
    "refused",
    "submitted",
}


def check_programme_public_status(value: str) -> ProgrammePublicStatus:
    if value in PROGRAMME_PUBLIC_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROGRAMME_PUBLIC_STATUS_VALUES!r}"
    )
