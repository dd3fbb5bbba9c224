from typing import Literal

RefusalGroundGround = Literal[
    "counter_obligations_not_accepted",
    "documents_incomplete",
    "expertise_negative",
    "no_assembly_agreement",
    "not_in_register",
    "not_priority_goods",
]

REFUSAL_GROUND_GROUND_VALUES: set[RefusalGroundGround] = {
    "counter_obligations_not_accepted",
    "documents_incomplete",
    "expertise_negative",
    "no_assembly_agreement",
    "not_in_register",
    "not_priority_goods",
}


def check_refusal_ground_ground(value: str) -> RefusalGroundGround:
    if value in REFUSAL_GROUND_GROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFUSAL_GROUND_GROUND_VALUES!r}"
    )
