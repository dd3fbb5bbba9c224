from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SnapshotFile")


@_attrs_define
class SnapshotFile:
    """
    Attributes:
        bytes_ (int):
        media_type (str):
        name (str):
        sha256 (str):
        url (str):
    """

    bytes_: int
    media_type: str
    name: str
    sha256: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes_ = self.bytes_

        media_type = self.media_type

        name = self.name

        sha256 = self.sha256

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bytes": bytes_,
                "media_type": media_type,
                "name": name,
                "sha256": sha256,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bytes_ = d.pop("bytes")

        media_type = d.pop("media_type")

        name = d.pop("name")

        sha256 = d.pop("sha256")

        url = d.pop("url")

        snapshot_file = cls(
            bytes_=bytes_,
            media_type=media_type,
            name=name,
            sha256=sha256,
            url=url,
        )

        snapshot_file.additional_properties = d
        return snapshot_file

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
