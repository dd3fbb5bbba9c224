from typing import Literal

WhollyProducedFactPublicKind = Literal[
    "agricultural", "common_minerals", "hydrocarbons_uranium", "scrap", "solid_minerals"
]

WHOLLY_PRODUCED_FACT_PUBLIC_KIND_VALUES: set[WhollyProducedFactPublicKind] = {
    "agricultural",
    "common_minerals",
    "hydrocarbons_uranium",
    "scrap",
    "solid_minerals",
}


def check_wholly_produced_fact_public_kind(value: str) -> WhollyProducedFactPublicKind:
    if value in WHOLLY_PRODUCED_FACT_PUBLIC_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WHOLLY_PRODUCED_FACT_PUBLIC_KIND_VALUES!r}"
    )
