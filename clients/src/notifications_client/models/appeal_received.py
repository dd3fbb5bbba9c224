from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AppealReceived")


@_attrs_define
class AppealReceived:
    """
    Attributes:
        appeal_id (UUID):
        bin_ (str):
        due (datetime.date):
        exclusion_entry_id (UUID):
        filed_on (datetime.date):
    """

    appeal_id: UUID
    bin_: str
    due: datetime.date
    exclusion_entry_id: UUID
    filed_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appeal_id = str(self.appeal_id)

        bin_ = self.bin_

        due = self.due.isoformat()

        exclusion_entry_id = str(self.exclusion_entry_id)

        filed_on = self.filed_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appeal_id": appeal_id,
                "bin": bin_,
                "due": due,
                "exclusion_entry_id": exclusion_entry_id,
                "filed_on": filed_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appeal_id = UUID(d.pop("appeal_id"))

        bin_ = d.pop("bin")

        due = datetime.date.fromisoformat(d.pop("due"))

        exclusion_entry_id = UUID(d.pop("exclusion_entry_id"))

        filed_on = datetime.date.fromisoformat(d.pop("filed_on"))

        appeal_received = cls(
            appeal_id=appeal_id,
            bin_=bin_,
            due=due,
            exclusion_entry_id=exclusion_entry_id,
            filed_on=filed_on,
        )

        appeal_received.additional_properties = d
        return appeal_received

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
