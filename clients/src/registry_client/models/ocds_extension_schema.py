from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ocds_extension_schema_definitions import (
        OcdsExtensionSchemaDefinitions,
    )


T = TypeVar("T", bound="OcdsExtensionSchema")


@_attrs_define
class OcdsExtensionSchema:
    """An OCDS extension's ``release-schema.json``: JSON Merge Patch to the standard's release schema.

    Attributes:
        definitions (OcdsExtensionSchemaDefinitions): The definitions the extension adds or patches, in JSON Schema
            draft 4 as the standard's own (https://standard.open-contracting.org/1.1/en/guidance/map/extensions/).
    """

    definitions: OcdsExtensionSchemaDefinitions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definitions = self.definitions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "definitions": definitions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ocds_extension_schema_definitions import (
            OcdsExtensionSchemaDefinitions,
        )

        d = dict(src_dict)
        definitions = OcdsExtensionSchemaDefinitions.from_dict(d.pop("definitions"))

        ocds_extension_schema = cls(
            definitions=definitions,
        )

        ocds_extension_schema.additional_properties = d
        return ocds_extension_schema

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
