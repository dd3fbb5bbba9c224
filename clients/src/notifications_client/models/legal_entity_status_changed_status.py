from typing import Literal

LegalEntityStatusChangedStatus = Literal[
    "active", "liquidated", "liquidating", "reorganized", "reorganizing"
]

LEGAL_ENTITY_STATUS_CHANGED_STATUS_VALUES: set[LegalEntityStatusChangedStatus] = {
    "active",
    "liquidated",
    "liquidating",
    "reorganized",
    "reorganizing",
}


def check_legal_entity_status_changed_status(
    value: str,
) -> LegalEntityStatusChangedStatus:
    if value in LEGAL_ENTITY_STATUS_CHANGED_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEGAL_ENTITY_STATUS_CHANGED_STATUS_VALUES!r}"
    )
