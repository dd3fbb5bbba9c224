from typing import Literal

ObligationPublicDirection = Literal[
    "domestic_market", "export_output", "labour_productivity"
]

OBLIGATION_PUBLIC_DIRECTION_VALUES: set[ObligationPublicDirection] = {
    "domestic_market",
    "export_output",
    "labour_productivity",
}


def check_obligation_public_direction(value: str) -> ObligationPublicDirection:
    if value in OBLIGATION_PUBLIC_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBLIGATION_PUBLIC_DIRECTION_VALUES!r}"
    )
