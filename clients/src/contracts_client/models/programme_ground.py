from typing import Literal

ProgrammeGround = Literal[
    "contracts_below_applications", "no_sme_measures", "understated_icv_targets"
]

PROGRAMME_GROUND_VALUES: set[ProgrammeGround] = {
    "contracts_below_applications",
    "no_sme_measures",
    "understated_icv_targets",
}


def check_programme_ground(value: str) -> ProgrammeGround:
    if value in PROGRAMME_GROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROGRAMME_GROUND_VALUES!r}"
    )
