from typing import Literal

MonitoringRequestedReason = Literal["officer", "recheck", "scheduled"]

MONITORING_REQUESTED_REASON_VALUES: set[MonitoringRequestedReason] = {
    "officer",
    "recheck",
    "scheduled",
}


def check_monitoring_requested_reason(value: str) -> MonitoringRequestedReason:
    if value in MONITORING_REQUESTED_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MONITORING_REQUESTED_REASON_VALUES!r}"
    )
