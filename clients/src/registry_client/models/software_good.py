from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SoftwareGood")


@_attrs_define
class SoftwareGood:
    """
    Attributes:
        name (str):
        tnved (str):
        trusted_register_ref (str):
    """

    name: str
    tnved: str
    trusted_register_ref: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tnved = self.tnved

        trusted_register_ref = self.trusted_register_ref

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "tnved": tnved,
                "trusted_register_ref": trusted_register_ref,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        tnved = d.pop("tnved")

        trusted_register_ref = d.pop("trusted_register_ref")

        software_good = cls(
            name=name,
            tnved=tnved,
            trusted_register_ref=trusted_register_ref,
        )

        return software_good
