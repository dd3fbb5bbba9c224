from typing import Literal

VerificationProblemTypesLangType0 = Literal["en", "kk", "ru"]

VERIFICATION_PROBLEM_TYPES_LANG_TYPE_0_VALUES: set[
    VerificationProblemTypesLangType0
] = {
    "en",
    "kk",
    "ru",
}


def check_verification_problem_types_lang_type_0(
    value: str,
) -> VerificationProblemTypesLangType0:
    if value in VERIFICATION_PROBLEM_TYPES_LANG_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFICATION_PROBLEM_TYPES_LANG_TYPE_0_VALUES!r}"
    )
