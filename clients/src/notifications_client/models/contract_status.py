from typing import Literal

ContractStatus = Literal["awaiting_supplier", "signed", "terminated"]

CONTRACT_STATUS_VALUES: set[ContractStatus] = {
    "awaiting_supplier",
    "signed",
    "terminated",
}


def check_contract_status(value: str) -> ContractStatus:
    if value in CONTRACT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTRACT_STATUS_VALUES!r}"
    )
