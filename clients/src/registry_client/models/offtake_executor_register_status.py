from typing import Literal

OfftakeExecutorRegisterStatus = Literal["excluded", "included", "not_in_register"]

OFFTAKE_EXECUTOR_REGISTER_STATUS_VALUES: set[OfftakeExecutorRegisterStatus] = {
    "excluded",
    "included",
    "not_in_register",
}


def check_offtake_executor_register_status(value: str) -> OfftakeExecutorRegisterStatus:
    if value in OFFTAKE_EXECUTOR_REGISTER_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OFFTAKE_EXECUTOR_REGISTER_STATUS_VALUES!r}"
    )
