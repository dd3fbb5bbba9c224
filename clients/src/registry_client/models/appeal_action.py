from typing import Literal

AppealAction = Literal["decide", "document_request", "field_visit", "hearing"]

APPEAL_ACTION_VALUES: set[AppealAction] = {
    "decide",
    "document_request",
    "field_visit",
    "hearing",
}


def check_appeal_action(value: str) -> AppealAction:
    if value in APPEAL_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPEAL_ACTION_VALUES!r}"
    )
