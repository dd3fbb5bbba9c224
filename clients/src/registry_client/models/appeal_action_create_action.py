from typing import Literal

AppealActionCreateAction = Literal["document_request", "field_visit", "hearing"]

APPEAL_ACTION_CREATE_ACTION_VALUES: set[AppealActionCreateAction] = {
    "document_request",
    "field_visit",
    "hearing",
}


def check_appeal_action_create_action(value: str) -> AppealActionCreateAction:
    if value in APPEAL_ACTION_CREATE_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPEAL_ACTION_CREATE_ACTION_VALUES!r}"
    )
