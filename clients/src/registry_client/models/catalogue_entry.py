from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.catalogue_version_public import CatalogueVersionPublic


T = TypeVar("T", bound="CatalogueEntry")


@_attrs_define
class CatalogueEntry:
    """
    Attributes:
        tnved (str):
        versions (list[CatalogueVersionPublic]):
    """

    tnved: str
    versions: list[CatalogueVersionPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tnved = self.tnved

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tnved": tnved,
                "versions": versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogue_version_public import CatalogueVersionPublic

        d = dict(src_dict)
        tnved = d.pop("tnved")

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in _versions:
            versions_item = CatalogueVersionPublic.from_dict(versions_item_data)

            versions.append(versions_item)

        catalogue_entry = cls(
            tnved=tnved,
            versions=versions,
        )

        catalogue_entry.additional_properties = d
        return catalogue_entry

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
