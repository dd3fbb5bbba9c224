from typing import Literal

OfftakeChangeType = Literal[
    "contracts.contract.amended",
    "contracts.contract.delivery_recorded",
    "contracts.contract.flagged",
    "contracts.contract.pledged",
    "contracts.contract.signed",
    "contracts.contract.terminated",
]

OFFTAKE_CHANGE_TYPE_VALUES: set[OfftakeChangeType] = {
    "contracts.contract.amended",
    "contracts.contract.delivery_recorded",
    "contracts.contract.flagged",
    "contracts.contract.pledged",
    "contracts.contract.signed",
    "contracts.contract.terminated",
}


def check_offtake_change_type(value: str) -> OfftakeChangeType:
    if value in OFFTAKE_CHANGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OFFTAKE_CHANGE_TYPE_VALUES!r}"
    )
