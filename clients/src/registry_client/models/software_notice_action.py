from typing import Literal

SoftwareNoticeAction = Literal["exclude", "include"]

SOFTWARE_NOTICE_ACTION_VALUES: set[SoftwareNoticeAction] = {
    "exclude",
    "include",
}


def check_software_notice_action(value: str) -> SoftwareNoticeAction:
    if value in SOFTWARE_NOTICE_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SOFTWARE_NOTICE_ACTION_VALUES!r}"
    )
