from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AppealDocument")


@_attrs_define
class AppealDocument:
    """
    Attributes:
        sha256 (str):
        title (str):
        uri (str):
    """

    sha256: str
    title: str
    uri: str

    def to_dict(self) -> dict[str, Any]:
        sha256 = self.sha256

        title = self.title

        uri = self.uri

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sha256": sha256,
                "title": title,
                "uri": uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sha256 = d.pop("sha256")

        title = d.pop("title")

        uri = d.pop("uri")

        appeal_document = cls(
            sha256=sha256,
            title=title,
            uri=uri,
        )

        return appeal_document
