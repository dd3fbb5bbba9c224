from typing import Literal

MeasuresProblemTypeLangType0 = Literal["en", "kk", "ru"]

MEASURES_PROBLEM_TYPE_LANG_TYPE_0_VALUES: set[MeasuresProblemTypeLangType0] = {
    "en",
    "kk",
    "ru",
}


def check_measures_problem_type_lang_type_0(value: str) -> MeasuresProblemTypeLangType0:
    if value in MEASURES_PROBLEM_TYPE_LANG_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEASURES_PROBLEM_TYPE_LANG_TYPE_0_VALUES!r}"
    )
