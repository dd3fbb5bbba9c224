from typing import Literal

AmendmentPublicSignedByItem = Literal["customer", "supplier"]

AMENDMENT_PUBLIC_SIGNED_BY_ITEM_VALUES: set[AmendmentPublicSignedByItem] = {
    "customer",
    "supplier",
}


def check_amendment_public_signed_by_item(value: str) -> AmendmentPublicSignedByItem:
    if value in AMENDMENT_PUBLIC_SIGNED_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AMENDMENT_PUBLIC_SIGNED_BY_ITEM_VALUES!r}"
    )
