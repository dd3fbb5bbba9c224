from typing import Literal

RemedyNoticeClosedOutcome = Literal["excluded", "remedied", "superseded"]

REMEDY_NOTICE_CLOSED_OUTCOME_VALUES: set[RemedyNoticeClosedOutcome] = {
    "excluded",
    "remedied",
    "superseded",
}


def check_remedy_notice_closed_outcome(value: str) -> RemedyNoticeClosedOutcome:
    if value in REMEDY_NOTICE_CLOSED_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMEDY_NOTICE_CLOSED_OUTCOME_VALUES!r}"
    )
