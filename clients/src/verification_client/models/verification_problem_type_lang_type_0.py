from typing import Literal

VerificationProblemTypeLangType0 = Literal["en", "kk", "ru"]

VERIFICATION_PROBLEM_TYPE_LANG_TYPE_0_VALUES: set[VerificationProblemTypeLangType0] = {
    "en",
    "kk",
    "ru",
}


def check_verification_problem_type_lang_type_0(
    value: str,
) -> VerificationProblemTypeLangType0:
    if value in VERIFICATION_PROBLEM_TYPE_LANG_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFICATION_PROBLEM_TYPE_LANG_TYPE_0_VALUES!r}"
    )
