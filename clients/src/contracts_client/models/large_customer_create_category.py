from typing import Literal

LargeCustomerCreateCategory = Literal[
    "natural_monopoly", "quasi_state", "subsoil_solid_minerals", "system_forming"
]

LARGE_CUSTOMER_CREATE_CATEGORY_VALUES: set[LargeCustomerCreateCategory] = {
    "natural_monopoly",
    "quasi_state",
    "subsoil_solid_minerals",
    "system_forming",
}


def check_large_customer_create_category(value: str) -> LargeCustomerCreateCategory:
    if value in LARGE_CUSTOMER_CREATE_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LARGE_CUSTOMER_CREATE_CATEGORY_VALUES!r}"
    )
