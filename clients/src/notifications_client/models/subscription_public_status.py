from typing import Literal

SubscriptionPublicStatus = Literal["active", "disabled", "pending_verification"]

SUBSCRIPTION_PUBLIC_STATUS_VALUES: set[SubscriptionPublicStatus] = {
    "active",
    "disabled",
    "pending_verification",
}


def check_subscription_public_status(value: str) -> SubscriptionPublicStatus:
    if value in SUBSCRIPTION_PUBLIC_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_PUBLIC_STATUS_VALUES!r}"
    )
