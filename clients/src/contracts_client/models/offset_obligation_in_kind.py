from typing import Literal

OffsetObligationInKind = Literal[
    "direct_investment",
    "new_production",
    "other",
    "rnd_investment",
    "service_infrastructure",
    "technology_transfer",
    "training_centres",
]

OFFSET_OBLIGATION_IN_KIND_VALUES: set[OffsetObligationInKind] = {
    "direct_investment",
    "new_production",
    "other",
    "rnd_investment",
    "service_infrastructure",
    "technology_transfer",
    "training_centres",
}


def check_offset_obligation_in_kind(value: str) -> OffsetObligationInKind:
    if value in OFFSET_OBLIGATION_IN_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OFFSET_OBLIGATION_IN_KIND_VALUES!r}"
    )
