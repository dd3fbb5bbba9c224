from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogueVersionPublic")


@_attrs_define
class CatalogueVersionPublic:
    """A version of a good's production conditions (Art. 51-7); a later one is never more favourable.

    Attributes:
        basis (str):
        conditions (list[str]):
        created_at (datetime.datetime):
        effective_from (datetime.date):
        min_operations (int):
        operations (list[str]):
        tnved (str):
        version (int):
    """

    basis: str
    conditions: list[str]
    created_at: datetime.datetime
    effective_from: datetime.date
    min_operations: int
    operations: list[str]
    tnved: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basis = self.basis

        conditions = self.conditions

        created_at = self.created_at.isoformat()

        effective_from = self.effective_from.isoformat()

        min_operations = self.min_operations

        operations = self.operations

        tnved = self.tnved

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "basis": basis,
                "conditions": conditions,
                "created_at": created_at,
                "effective_from": effective_from,
                "min_operations": min_operations,
                "operations": operations,
                "tnved": tnved,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        basis = d.pop("basis")

        conditions = cast(list[str], d.pop("conditions"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        min_operations = d.pop("min_operations")

        operations = cast(list[str], d.pop("operations"))

        tnved = d.pop("tnved")

        version = d.pop("version")

        catalogue_version_public = cls(
            basis=basis,
            conditions=conditions,
            created_at=created_at,
            effective_from=effective_from,
            min_operations=min_operations,
            operations=operations,
            tnved=tnved,
            version=version,
        )

        catalogue_version_public.additional_properties = d
        return catalogue_version_public

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
