from typing import Literal

Ground = Literal[
    "liquidation", "monitoring", "own_request", "reorganization", "software_notice"
]

GROUND_VALUES: set[Ground] = {
    "liquidation",
    "monitoring",
    "own_request",
    "reorganization",
    "software_notice",
}


def check_ground(value: str) -> Ground:
    if value in GROUND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUND_VALUES!r}")
