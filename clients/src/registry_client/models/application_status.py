from typing import Literal

ApplicationStatus = Literal[
    "awaiting_assessment", "included", "on_site_inspection", "refused", "verification"
]

APPLICATION_STATUS_VALUES: set[ApplicationStatus] = {
    "awaiting_assessment",
    "included",
    "on_site_inspection",
    "refused",
    "verification",
}


def check_application_status(value: str) -> ApplicationStatus:
    if value in APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLICATION_STATUS_VALUES!r}"
    )
