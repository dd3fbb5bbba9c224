from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ocds_extension_metadata_description import (
        OcdsExtensionMetadataDescription,
    )
    from ..models.ocds_extension_metadata_documentationurl import (
        OcdsExtensionMetadataDocumentationurl,
    )
    from ..models.ocds_extension_metadata_name import OcdsExtensionMetadataName


T = TypeVar("T", bound="OcdsExtensionMetadata")


@_attrs_define
class OcdsExtensionMetadata:
    """An OCDS extension's ``extension.json``: names and descriptions by language, its schema patches.

    Attributes:
        compatibility (list[str]):
        description (OcdsExtensionMetadataDescription):
        documentation_url (OcdsExtensionMetadataDocumentationurl):
        name (OcdsExtensionMetadataName):
        schemas (list[str]):
    """

    compatibility: list[str]
    description: OcdsExtensionMetadataDescription
    documentation_url: OcdsExtensionMetadataDocumentationurl
    name: OcdsExtensionMetadataName
    schemas: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compatibility = self.compatibility

        description = self.description.to_dict()

        documentation_url = self.documentation_url.to_dict()

        name = self.name.to_dict()

        schemas = self.schemas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compatibility": compatibility,
                "description": description,
                "documentationUrl": documentation_url,
                "name": name,
                "schemas": schemas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ocds_extension_metadata_description import (
            OcdsExtensionMetadataDescription,
        )
        from ..models.ocds_extension_metadata_documentationurl import (
            OcdsExtensionMetadataDocumentationurl,
        )
        from ..models.ocds_extension_metadata_name import OcdsExtensionMetadataName

        d = dict(src_dict)
        compatibility = cast(list[str], d.pop("compatibility"))

        description = OcdsExtensionMetadataDescription.from_dict(d.pop("description"))

        documentation_url = OcdsExtensionMetadataDocumentationurl.from_dict(
            d.pop("documentationUrl")
        )

        name = OcdsExtensionMetadataName.from_dict(d.pop("name"))

        schemas = cast(list[str], d.pop("schemas"))

        ocds_extension_metadata = cls(
            compatibility=compatibility,
            description=description,
            documentation_url=documentation_url,
            name=name,
            schemas=schemas,
        )

        ocds_extension_metadata.additional_properties = d
        return ocds_extension_metadata

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
