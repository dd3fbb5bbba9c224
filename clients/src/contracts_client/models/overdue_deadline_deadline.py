from typing import Literal

OverdueDeadlineDeadline = Literal[
    "applications",
    "approval",
    "conclusion",
    "correction",
    "publication",
    "review",
    "submission",
]

OVERDUE_DEADLINE_DEADLINE_VALUES: set[OverdueDeadlineDeadline] = {
    "applications",
    "approval",
    "conclusion",
    "correction",
    "publication",
    "review",
    "submission",
}


def check_overdue_deadline_deadline(value: str) -> OverdueDeadlineDeadline:
    if value in OVERDUE_DEADLINE_DEADLINE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OVERDUE_DEADLINE_DEADLINE_VALUES!r}"
    )
