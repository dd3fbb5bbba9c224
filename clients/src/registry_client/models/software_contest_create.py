from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="SoftwareContestCreate")


@_attrs_define
class SoftwareContestCreate:
    """
    Attributes:
        exclusion_entry_id (UUID):
        grounds (str):
    """

    exclusion_entry_id: UUID
    grounds: str

    def to_dict(self) -> dict[str, Any]:
        exclusion_entry_id = str(self.exclusion_entry_id)

        grounds = self.grounds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "exclusion_entry_id": exclusion_entry_id,
                "grounds": grounds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exclusion_entry_id = UUID(d.pop("exclusion_entry_id"))

        grounds = d.pop("grounds")

        software_contest_create = cls(
            exclusion_entry_id=exclusion_entry_id,
            grounds=grounds,
        )

        return software_contest_create
