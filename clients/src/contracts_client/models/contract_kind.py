from typing import Literal

ContractKind = Literal["guaranteed_purchase", "offset", "offtake"]

CONTRACT_KIND_VALUES: set[ContractKind] = {
    "guaranteed_purchase",
    "offset",
    "offtake",
}


def check_contract_kind(value: str) -> ContractKind:
    if value in CONTRACT_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTRACT_KIND_VALUES!r}"
    )
