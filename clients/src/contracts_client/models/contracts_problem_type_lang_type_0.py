from typing import Literal

ContractsProblemTypeLangType0 = Literal["en", "kk", "ru"]

CONTRACTS_PROBLEM_TYPE_LANG_TYPE_0_VALUES: set[ContractsProblemTypeLangType0] = {
    "en",
    "kk",
    "ru",
}


def check_contracts_problem_type_lang_type_0(
    value: str,
) -> ContractsProblemTypeLangType0:
    if value in CONTRACTS_PROBLEM_TYPE_LANG_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTRACTS_PROBLEM_TYPE_LANG_TYPE_0_VALUES!r}"
    )
