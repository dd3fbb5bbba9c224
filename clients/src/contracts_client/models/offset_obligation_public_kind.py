from typing import Literal

OffsetObligationPublicKind = Literal[
    "direct_investment",
    "new_production",
    "other",
    "rnd_investment",
    "service_infrastructure",
    "technology_transfer",
    "training_centres",
]

OFFSET_OBLIGATION_PUBLIC_KIND_VALUES: set[OffsetObligationPublicKind] = {
    "direct_investment",
    "new_production",
    "other",
    "rnd_investment",
    "service_infrastructure",
    "technology_transfer",
    "training_centres",
}


def check_offset_obligation_public_kind(value: str) -> OffsetObligationPublicKind:
    if value in OFFSET_OBLIGATION_PUBLIC_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OFFSET_OBLIGATION_PUBLIC_KIND_VALUES!r}"
    )
