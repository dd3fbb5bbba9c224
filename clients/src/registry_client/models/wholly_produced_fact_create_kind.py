from typing import Literal

WhollyProducedFactCreateKind = Literal[
    "agricultural", "common_minerals", "hydrocarbons_uranium", "scrap", "solid_minerals"
]

WHOLLY_PRODUCED_FACT_CREATE_KIND_VALUES: set[WhollyProducedFactCreateKind] = {
    "agricultural",
    "common_minerals",
    "hydrocarbons_uranium",
    "scrap",
    "solid_minerals",
}


def check_wholly_produced_fact_create_kind(value: str) -> WhollyProducedFactCreateKind:
    if value in WHOLLY_PRODUCED_FACT_CREATE_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WHOLLY_PRODUCED_FACT_CREATE_KIND_VALUES!r}"
    )
