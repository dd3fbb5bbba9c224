from typing import Literal

NotificationsProblemTypesLangType0 = Literal["en", "kk", "ru"]

NOTIFICATIONS_PROBLEM_TYPES_LANG_TYPE_0_VALUES: set[
    NotificationsProblemTypesLangType0
] = {
    "en",
    "kk",
    "ru",
}


def check_notifications_problem_types_lang_type_0(
    value: str,
) -> NotificationsProblemTypesLangType0:
    if value in NOTIFICATIONS_PROBLEM_TYPES_LANG_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATIONS_PROBLEM_TYPES_LANG_TYPE_0_VALUES!r}"
    )
