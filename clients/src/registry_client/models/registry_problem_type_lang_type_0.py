from typing import Literal

RegistryProblemTypeLangType0 = Literal["en", "kk", "ru"]

REGISTRY_PROBLEM_TYPE_LANG_TYPE_0_VALUES: set[RegistryProblemTypeLangType0] = {
    "en",
    "kk",
    "ru",
}


def check_registry_problem_type_lang_type_0(value: str) -> RegistryProblemTypeLangType0:
    if value in REGISTRY_PROBLEM_TYPE_LANG_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTRY_PROBLEM_TYPE_LANG_TYPE_0_VALUES!r}"
    )
