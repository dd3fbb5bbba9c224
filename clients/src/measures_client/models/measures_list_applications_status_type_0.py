from typing import Literal

MeasuresListApplicationsStatusType0 = Literal["expertise", "granted", "refused"]

MEASURES_LIST_APPLICATIONS_STATUS_TYPE_0_VALUES: set[
    MeasuresListApplicationsStatusType0
] = {
    "expertise",
    "granted",
    "refused",
}


def check_measures_list_applications_status_type_0(
    value: str,
) -> MeasuresListApplicationsStatusType0:
    if value in MEASURES_LIST_APPLICATIONS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEASURES_LIST_APPLICATIONS_STATUS_TYPE_0_VALUES!r}"
    )
