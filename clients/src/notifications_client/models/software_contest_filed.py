from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SoftwareContestFiled")


@_attrs_define
class SoftwareContestFiled:
    """
    Attributes:
        bin_ (str):
        contest_id (UUID):
        due (datetime.date):
        exclusion_entry_id (UUID):
        filed_on (datetime.date):
        grounds (str):
    """

    bin_: str
    contest_id: UUID
    due: datetime.date
    exclusion_entry_id: UUID
    filed_on: datetime.date
    grounds: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        contest_id = str(self.contest_id)

        due = self.due.isoformat()

        exclusion_entry_id = str(self.exclusion_entry_id)

        filed_on = self.filed_on.isoformat()

        grounds = self.grounds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "contest_id": contest_id,
                "due": due,
                "exclusion_entry_id": exclusion_entry_id,
                "filed_on": filed_on,
                "grounds": grounds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bin_ = d.pop("bin")

        contest_id = UUID(d.pop("contest_id"))

        due = datetime.date.fromisoformat(d.pop("due"))

        exclusion_entry_id = UUID(d.pop("exclusion_entry_id"))

        filed_on = datetime.date.fromisoformat(d.pop("filed_on"))

        grounds = d.pop("grounds")

        software_contest_filed = cls(
            bin_=bin_,
            contest_id=contest_id,
            due=due,
            exclusion_entry_id=exclusion_entry_id,
            filed_on=filed_on,
            grounds=grounds,
        )

        software_contest_filed.additional_properties = d
        return software_contest_filed

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
