from typing import Literal

ManufacturerApplicationPublicKind = Literal["guaranteed_purchase", "offtake"]

MANUFACTURER_APPLICATION_PUBLIC_KIND_VALUES: set[ManufacturerApplicationPublicKind] = {
    "guaranteed_purchase",
    "offtake",
}


def check_manufacturer_application_public_kind(
    value: str,
) -> ManufacturerApplicationPublicKind:
    if value in MANUFACTURER_APPLICATION_PUBLIC_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MANUFACTURER_APPLICATION_PUBLIC_KIND_VALUES!r}"
    )
