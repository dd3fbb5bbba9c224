from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Evidence")


@_attrs_define
class Evidence:
    """Evidence that the declared conditions and operations are met (Art. 51-1.2(4)), including a video of
    the technological process. The platform stores the reference and checksum, not the video.

        Attributes:
            video_sha256 (str):
            video_uri (str):
            description (str | Unset):  Default: ''.
    """

    video_sha256: str
    video_uri: str
    description: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        video_sha256 = self.video_sha256

        video_uri = self.video_uri

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_sha256": video_sha256,
                "video_uri": video_uri,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_sha256 = d.pop("video_sha256")

        video_uri = d.pop("video_uri")

        description = d.pop("description", UNSET)

        evidence = cls(
            video_sha256=video_sha256,
            video_uri=video_uri,
            description=description,
        )

        return evidence
