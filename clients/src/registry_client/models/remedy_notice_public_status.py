from typing import Literal

RemedyNoticePublicStatus = Literal["excluded", "open", "remedied", "superseded"]

REMEDY_NOTICE_PUBLIC_STATUS_VALUES: set[RemedyNoticePublicStatus] = {
    "excluded",
    "open",
    "remedied",
    "superseded",
}


def check_remedy_notice_public_status(value: str) -> RemedyNoticePublicStatus:
    if value in REMEDY_NOTICE_PUBLIC_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMEDY_NOTICE_PUBLIC_STATUS_VALUES!r}"
    )
