from typing import Literal

MeasuresProblemTypesLangType0 = Literal["en", "kk", "ru"]

MEASURES_PROBLEM_TYPES_LANG_TYPE_0_VALUES: set[MeasuresProblemTypesLangType0] = {
    "en",
    "kk",
    "ru",
}


def check_measures_problem_types_lang_type_0(
    value: str,
) -> MeasuresProblemTypesLangType0:
    if value in MEASURES_PROBLEM_TYPES_LANG_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEASURES_PROBLEM_TYPES_LANG_TYPE_0_VALUES!r}"
    )
