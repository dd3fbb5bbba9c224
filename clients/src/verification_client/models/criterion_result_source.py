from typing import Literal

CriterionResultSource = Literal["esf", "gbd-ul", "kgd", "sgd", "utilities", "video"]

CRITERION_RESULT_SOURCE_VALUES: set[CriterionResultSource] = {
    "esf",
    "gbd-ul",
    "kgd",
    "sgd",
    "utilities",
    "video",
}


def check_criterion_result_source(value: str) -> CriterionResultSource:
    if value in CRITERION_RESULT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CRITERION_RESULT_SOURCE_VALUES!r}"
    )
