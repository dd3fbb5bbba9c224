from typing import Literal

PlanPublicOverdueItem = Literal[
    "applications",
    "approval",
    "conclusion",
    "correction",
    "publication",
    "review",
    "submission",
]

PLAN_PUBLIC_OVERDUE_ITEM_VALUES: set[PlanPublicOverdueItem] = {
    "applications",
    "approval",
    "conclusion",
    "correction",
    "publication",
    "review",
    "submission",
}


def check_plan_public_overdue_item(value: str) -> PlanPublicOverdueItem:
    if value in PLAN_PUBLIC_OVERDUE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLAN_PUBLIC_OVERDUE_ITEM_VALUES!r}"
    )
