from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SnapshotColumn")


@_attrs_define
class SnapshotColumn:
    """
    Attributes:
        description (str):
        label_kk (str):
        label_ru (str):
        name (str):
    """

    description: str
    label_kk: str
    label_ru: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        label_kk = self.label_kk

        label_ru = self.label_ru

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "label_kk": label_kk,
                "label_ru": label_ru,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        label_kk = d.pop("label_kk")

        label_ru = d.pop("label_ru")

        name = d.pop("name")

        snapshot_column = cls(
            description=description,
            label_kk=label_kk,
            label_ru=label_ru,
            name=name,
        )

        snapshot_column.additional_properties = d
        return snapshot_column

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
