from typing import Literal

CustomerCategory = Literal[
    "natural_monopoly", "quasi_state", "subsoil_solid_minerals", "system_forming"
]

CUSTOMER_CATEGORY_VALUES: set[CustomerCategory] = {
    "natural_monopoly",
    "quasi_state",
    "subsoil_solid_minerals",
    "system_forming",
}


def check_customer_category(value: str) -> CustomerCategory:
    if value in CUSTOMER_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOMER_CATEGORY_VALUES!r}"
    )
