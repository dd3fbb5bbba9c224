from typing import Literal

EntryKind = Literal["correction", "exclusion", "inclusion", "reinclusion"]

ENTRY_KIND_VALUES: set[EntryKind] = {
    "correction",
    "exclusion",
    "inclusion",
    "reinclusion",
}


def check_entry_kind(value: str) -> EntryKind:
    if value in ENTRY_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENTRY_KIND_VALUES!r}"
    )
