from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExtractIssued")


@_attrs_define
class ExtractIssued:
    """
    Attributes:
        bin_ (str):
        entry_id (UUID):
        extract_id (UUID):
        issued_at (datetime.datetime):
    """

    bin_: str
    entry_id: UUID
    extract_id: UUID
    issued_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        entry_id = str(self.entry_id)

        extract_id = str(self.extract_id)

        issued_at = self.issued_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "entry_id": entry_id,
                "extract_id": extract_id,
                "issued_at": issued_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bin_ = d.pop("bin")

        entry_id = UUID(d.pop("entry_id"))

        extract_id = UUID(d.pop("extract_id"))

        issued_at = datetime.datetime.fromisoformat(d.pop("issued_at"))

        extract_issued = cls(
            bin_=bin_,
            entry_id=entry_id,
            extract_id=extract_id,
            issued_at=issued_at,
        )

        extract_issued.additional_properties = d
        return extract_issued

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
