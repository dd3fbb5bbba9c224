from typing import Literal

ContractsListContractsKindType0 = Literal["guaranteed_purchase", "offset", "offtake"]

CONTRACTS_LIST_CONTRACTS_KIND_TYPE_0_VALUES: set[ContractsListContractsKindType0] = {
    "guaranteed_purchase",
    "offset",
    "offtake",
}


def check_contracts_list_contracts_kind_type_0(
    value: str,
) -> ContractsListContractsKindType0:
    if value in CONTRACTS_LIST_CONTRACTS_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTRACTS_LIST_CONTRACTS_KIND_TYPE_0_VALUES!r}"
    )
