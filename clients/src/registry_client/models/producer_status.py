from typing import Literal

ProducerStatus = Literal["excluded", "included"]

PRODUCER_STATUS_VALUES: set[ProducerStatus] = {
    "excluded",
    "included",
}


def check_producer_status(value: str) -> ProducerStatus:
    if value in PRODUCER_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCER_STATUS_VALUES!r}"
    )
