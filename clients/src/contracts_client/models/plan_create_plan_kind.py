from typing import Literal

PlanCreatePlanKind = Literal[
    "annual", "long_term", "monopoly_list", "preliminary", "programme_5y"
]

PLAN_CREATE_PLAN_KIND_VALUES: set[PlanCreatePlanKind] = {
    "annual",
    "long_term",
    "monopoly_list",
    "preliminary",
    "programme_5y",
}


def check_plan_create_plan_kind(value: str) -> PlanCreatePlanKind:
    if value in PLAN_CREATE_PLAN_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLAN_CREATE_PLAN_KIND_VALUES!r}"
    )
