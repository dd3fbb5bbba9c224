from typing import Literal

ProducerExcludedGround = Literal[
    "liquidation", "monitoring", "own_request", "reorganization", "software_notice"
]

PRODUCER_EXCLUDED_GROUND_VALUES: set[ProducerExcludedGround] = {
    "liquidation",
    "monitoring",
    "own_request",
    "reorganization",
    "software_notice",
}


def check_producer_excluded_ground(value: str) -> ProducerExcludedGround:
    if value in PRODUCER_EXCLUDED_GROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCER_EXCLUDED_GROUND_VALUES!r}"
    )
