from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainCheck")


@_attrs_define
class ChainCheck:
    """Whether the register's hash chain is intact.

    Attributes:
        entries_checked (int):
        intact (bool):
        first_bad_entry (Any | Unset):
    """

    entries_checked: int
    intact: bool
    first_bad_entry: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries_checked = self.entries_checked

        intact = self.intact

        first_bad_entry = self.first_bad_entry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries_checked": entries_checked,
                "intact": intact,
            }
        )
        if first_bad_entry is not UNSET:
            field_dict["first_bad_entry"] = first_bad_entry

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        entries_checked = d.pop("entries_checked")

        intact = d.pop("intact")

        first_bad_entry = d.pop("first_bad_entry", UNSET)

        chain_check = cls(
            entries_checked=entries_checked,
            intact=intact,
            first_bad_entry=first_bad_entry,
        )

        chain_check.additional_properties = d
        return chain_check

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
