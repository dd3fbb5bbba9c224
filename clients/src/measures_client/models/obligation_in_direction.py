from typing import Literal

ObligationInDirection = Literal[
    "domestic_market", "export_output", "labour_productivity"
]

OBLIGATION_IN_DIRECTION_VALUES: set[ObligationInDirection] = {
    "domestic_market",
    "export_output",
    "labour_productivity",
}


def check_obligation_in_direction(value: str) -> ObligationInDirection:
    if value in OBLIGATION_IN_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBLIGATION_IN_DIRECTION_VALUES!r}"
    )
