from typing import Literal

RegistryProblemTypesLangType0 = Literal["en", "kk", "ru"]

REGISTRY_PROBLEM_TYPES_LANG_TYPE_0_VALUES: set[RegistryProblemTypesLangType0] = {
    "en",
    "kk",
    "ru",
}


def check_registry_problem_types_lang_type_0(
    value: str,
) -> RegistryProblemTypesLangType0:
    if value in REGISTRY_PROBLEM_TYPES_LANG_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTRY_PROBLEM_TYPES_LANG_TYPE_0_VALUES!r}"
    )
