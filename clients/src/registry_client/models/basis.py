from typing import Literal

Basis = Literal["appeal", "application", "software_notice", "wholly_produced"]

BASIS_VALUES: set[Basis] = {
    "appeal",
    "application",
    "software_notice",
    "wholly_produced",
}


def check_basis(value: str) -> Basis:
    if value in BASIS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BASIS_VALUES!r}")
