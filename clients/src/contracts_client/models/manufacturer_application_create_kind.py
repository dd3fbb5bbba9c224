from typing import Literal

ManufacturerApplicationCreateKind = Literal["guaranteed_purchase", "offtake"]

MANUFACTURER_APPLICATION_CREATE_KIND_VALUES: set[ManufacturerApplicationCreateKind] = {
    "guaranteed_purchase",
    "offtake",
}


def check_manufacturer_application_create_kind(
    value: str,
) -> ManufacturerApplicationCreateKind:
    if value in MANUFACTURER_APPLICATION_CREATE_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MANUFACTURER_APPLICATION_CREATE_KIND_VALUES!r}"
    )
