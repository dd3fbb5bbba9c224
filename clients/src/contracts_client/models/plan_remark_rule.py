from typing import Literal

PlanRemarkRule = Literal["47.3-domestic-market", "47.3-foreign-warranty"]

PLAN_REMARK_RULE_VALUES: set[PlanRemarkRule] = {
    "47.3-domestic-market",
    "47.3-foreign-warranty",
}


def check_plan_remark_rule(value: str) -> PlanRemarkRule:
    if value in PLAN_REMARK_RULE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLAN_REMARK_RULE_VALUES!r}"
    )
