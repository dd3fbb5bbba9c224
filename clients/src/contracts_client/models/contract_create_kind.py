from typing import Literal

ContractCreateKind = Literal["guaranteed_purchase", "offset", "offtake"]

CONTRACT_CREATE_KIND_VALUES: set[ContractCreateKind] = {
    "guaranteed_purchase",
    "offset",
    "offtake",
}


def check_contract_create_kind(value: str) -> ContractCreateKind:
    if value in CONTRACT_CREATE_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTRACT_CREATE_KIND_VALUES!r}"
    )
