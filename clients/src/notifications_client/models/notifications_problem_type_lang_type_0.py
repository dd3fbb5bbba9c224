from typing import Literal

NotificationsProblemTypeLangType0 = Literal["en", "kk", "ru"]

NOTIFICATIONS_PROBLEM_TYPE_LANG_TYPE_0_VALUES: set[
    NotificationsProblemTypeLangType0
] = {
    "en",
    "kk",
    "ru",
}


def check_notifications_problem_type_lang_type_0(
    value: str,
) -> NotificationsProblemTypeLangType0:
    if value in NOTIFICATIONS_PROBLEM_TYPE_LANG_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATIONS_PROBLEM_TYPE_LANG_TYPE_0_VALUES!r}"
    )
