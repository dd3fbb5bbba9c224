from typing import Literal

MeasureApplicationStatus = Literal["expertise", "granted", "refused"]

MEASURE_APPLICATION_STATUS_VALUES: set[MeasureApplicationStatus] = {
    "expertise",
    "granted",
    "refused",
}


def check_measure_application_status(value: str) -> MeasureApplicationStatus:
    if value in MEASURE_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEASURE_APPLICATION_STATUS_VALUES!r}"
    )
