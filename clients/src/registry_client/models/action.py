from typing import Literal

Action = Literal[
    "assessment_failed",
    "assessment_passed",
    "file",
    "inspection_required",
    "verification_failed",
    "verification_passed",
    "verification_passed_wholly_produced",
]

ACTION_VALUES: set[Action] = {
    "assessment_failed",
    "assessment_passed",
    "file",
    "inspection_required",
    "verification_failed",
    "verification_passed",
    "verification_passed_wholly_produced",
}


def check_action(value: str) -> Action:
    if value in ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_VALUES!r}")
