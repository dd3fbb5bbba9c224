from typing import Literal

PlanStatus = Literal[
    "approved", "published", "remarks_sent", "resubmitted", "submitted"
]

PLAN_STATUS_VALUES: set[PlanStatus] = {
    "approved",
    "published",
    "remarks_sent",
    "resubmitted",
    "submitted",
}


def check_plan_status(value: str) -> PlanStatus:
    if value in PLAN_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLAN_STATUS_VALUES!r}"
    )
