from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SnapshotLinks")


@_attrs_define
class SnapshotLinks:
    """
    Attributes:
        csv (str):
        day (datetime.date):
        jsonl (str):
        manifest (str):
    """

    csv: str
    day: datetime.date
    jsonl: str
    manifest: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        csv = self.csv

        day = self.day.isoformat()

        jsonl = self.jsonl

        manifest = self.manifest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "csv": csv,
                "day": day,
                "jsonl": jsonl,
                "manifest": manifest,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        csv = d.pop("csv")

        day = datetime.date.fromisoformat(d.pop("day"))

        jsonl = d.pop("jsonl")

        manifest = d.pop("manifest")

        snapshot_links = cls(
            csv=csv,
            day=day,
            jsonl=jsonl,
            manifest=manifest,
        )

        snapshot_links.additional_properties = d
        return snapshot_links

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
