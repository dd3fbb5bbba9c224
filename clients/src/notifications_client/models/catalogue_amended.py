from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogueAmended")


@_attrs_define
class CatalogueAmended:
    """
    Attributes:
        effective_from (datetime.date):
        min_operations (int):
        tnved (str):
        version (int):
    """

    effective_from: datetime.date
    min_operations: int
    tnved: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effective_from = self.effective_from.isoformat()

        min_operations = self.min_operations

        tnved = self.tnved

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "effective_from": effective_from,
                "min_operations": min_operations,
                "tnved": tnved,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        min_operations = d.pop("min_operations")

        tnved = d.pop("tnved")

        version = d.pop("version")

        catalogue_amended = cls(
            effective_from=effective_from,
            min_operations=min_operations,
            tnved=tnved,
            version=version,
        )

        catalogue_amended.additional_properties = d
        return catalogue_amended

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
