from typing import Literal

PlanPublicPlanKind = Literal[
    "annual", "long_term", "monopoly_list", "preliminary", "programme_5y"
]

PLAN_PUBLIC_PLAN_KIND_VALUES: set[PlanPublicPlanKind] = {
    "annual",
    "long_term",
    "monopoly_list",
    "preliminary",
    "programme_5y",
}


def check_plan_public_plan_kind(value: str) -> PlanPublicPlanKind:
    if value in PLAN_PUBLIC_PLAN_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLAN_PUBLIC_PLAN_KIND_VALUES!r}"
    )
