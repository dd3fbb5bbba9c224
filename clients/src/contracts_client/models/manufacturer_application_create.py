from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.manufacturer_application_create_kind import (
    ManufacturerApplicationCreateKind,
    check_manufacturer_application_create_kind,
)

T = TypeVar("T", bound="ManufacturerApplicationCreate")


@_attrs_define
class ManufacturerApplicationCreate:
    """
    Attributes:
        kind (ManufacturerApplicationCreateKind):
        tnved (str):
    """

    kind: ManufacturerApplicationCreateKind
    tnved: str

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        tnved = self.tnved

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "tnved": tnved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = check_manufacturer_application_create_kind(d.pop("kind"))

        tnved = d.pop("tnved")

        manufacturer_application_create = cls(
            kind=kind,
            tnved=tnved,
        )

        return manufacturer_application_create
