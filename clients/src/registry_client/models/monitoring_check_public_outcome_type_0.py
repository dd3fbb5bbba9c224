from typing import Literal

MonitoringCheckPublicOutcomeType0 = Literal["failed", "passed"]

MONITORING_CHECK_PUBLIC_OUTCOME_TYPE_0_VALUES: set[
    MonitoringCheckPublicOutcomeType0
] = {
    "failed",
    "passed",
}


def check_monitoring_check_public_outcome_type_0(
    value: str,
) -> MonitoringCheckPublicOutcomeType0:
    if value in MONITORING_CHECK_PUBLIC_OUTCOME_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MONITORING_CHECK_PUBLIC_OUTCOME_TYPE_0_VALUES!r}"
    )
