from typing import Literal

OfftakeReleasePublicType = Literal[
    "contracts.contract.amended",
    "contracts.contract.delivery_recorded",
    "contracts.contract.flagged",
    "contracts.contract.pledged",
    "contracts.contract.signed",
    "contracts.contract.terminated",
]

OFFTAKE_RELEASE_PUBLIC_TYPE_VALUES: set[OfftakeReleasePublicType] = {
    "contracts.contract.amended",
    "contracts.contract.delivery_recorded",
    "contracts.contract.flagged",
    "contracts.contract.pledged",
    "contracts.contract.signed",
    "contracts.contract.terminated",
}


def check_offtake_release_public_type(value: str) -> OfftakeReleasePublicType:
    if value in OFFTAKE_RELEASE_PUBLIC_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OFFTAKE_RELEASE_PUBLIC_TYPE_VALUES!r}"
    )
