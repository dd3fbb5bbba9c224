from typing import Literal

OverdueDeadlineParty = Literal["customer", "ministry"]

OVERDUE_DEADLINE_PARTY_VALUES: set[OverdueDeadlineParty] = {
    "customer",
    "ministry",
}


def check_overdue_deadline_party(value: str) -> OverdueDeadlineParty:
    if value in OVERDUE_DEADLINE_PARTY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OVERDUE_DEADLINE_PARTY_VALUES!r}"
    )
