from typing import Literal

ProducerIncludedBasis = Literal[
    "appeal", "application", "software_notice", "wholly_produced"
]

PRODUCER_INCLUDED_BASIS_VALUES: set[ProducerIncludedBasis] = {
    "appeal",
    "application",
    "software_notice",
    "wholly_produced",
}


def check_producer_included_basis(value: str) -> ProducerIncludedBasis:
    if value in PRODUCER_INCLUDED_BASIS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCER_INCLUDED_BASIS_VALUES!r}"
    )
