from typing import Literal

ContractsProblemTypesLangType0 = Literal["en", "kk", "ru"]

CONTRACTS_PROBLEM_TYPES_LANG_TYPE_0_VALUES: set[ContractsProblemTypesLangType0] = {
    "en",
    "kk",
    "ru",
}


def check_contracts_problem_types_lang_type_0(
    value: str,
) -> ContractsProblemTypesLangType0:
    if value in CONTRACTS_PROBLEM_TYPES_LANG_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTRACTS_PROBLEM_TYPES_LANG_TYPE_0_VALUES!r}"
    )
