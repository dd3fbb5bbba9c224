from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.manufacturer_application_public_kind import (
    ManufacturerApplicationPublicKind,
    check_manufacturer_application_public_kind,
)

T = TypeVar("T", bound="ManufacturerApplicationPublic")


@_attrs_define
class ManufacturerApplicationPublic:
    """A manufacturer's application for a contract on a published plan (Art. 47.6).

    Attributes:
        filed_on (datetime.date):
        id (UUID):
        kind (ManufacturerApplicationPublicKind):
        manufacturer_bin (str):
        plan_id (UUID):
        tnved (str):
    """

    filed_on: datetime.date
    id: UUID
    kind: ManufacturerApplicationPublicKind
    manufacturer_bin: str
    plan_id: UUID
    tnved: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filed_on = self.filed_on.isoformat()

        id = str(self.id)

        kind: str = self.kind

        manufacturer_bin = self.manufacturer_bin

        plan_id = str(self.plan_id)

        tnved = self.tnved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filed_on": filed_on,
                "id": id,
                "kind": kind,
                "manufacturer_bin": manufacturer_bin,
                "plan_id": plan_id,
                "tnved": tnved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filed_on = datetime.date.fromisoformat(d.pop("filed_on"))

        id = UUID(d.pop("id"))

        kind = check_manufacturer_application_public_kind(d.pop("kind"))

        manufacturer_bin = d.pop("manufacturer_bin")

        plan_id = UUID(d.pop("plan_id"))

        tnved = d.pop("tnved")

        manufacturer_application_public = cls(
            filed_on=filed_on,
            id=id,
            kind=kind,
            manufacturer_bin=manufacturer_bin,
            plan_id=plan_id,
            tnved=tnved,
        )

        manufacturer_application_public.additional_properties = d
        return manufacturer_application_public

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
