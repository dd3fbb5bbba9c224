from typing import Literal

DeliveryPublicStatus = Literal["failed", "parked", "pending", "succeeded"]

DELIVERY_PUBLIC_STATUS_VALUES: set[DeliveryPublicStatus] = {
    "failed",
    "parked",
    "pending",
    "succeeded",
}


def check_delivery_public_status(value: str) -> DeliveryPublicStatus:
    if value in DELIVERY_PUBLIC_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELIVERY_PUBLIC_STATUS_VALUES!r}"
    )
