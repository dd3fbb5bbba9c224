from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Consents")


@_attrs_define
class Consents:
    """The three consents of Art. 51-1.2(1)-(3); each must be given.

    Attributes:
        personal_data (bool):
        site_access (bool):
        video_surveillance (bool):
    """

    personal_data: bool
    site_access: bool
    video_surveillance: bool

    def to_dict(self) -> dict[str, Any]:
        personal_data = self.personal_data

        site_access = self.site_access

        video_surveillance = self.video_surveillance

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "personal_data": personal_data,
                "site_access": site_access,
                "video_surveillance": video_surveillance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        personal_data = d.pop("personal_data")

        site_access = d.pop("site_access")

        video_surveillance = d.pop("video_surveillance")

        consents = cls(
            personal_data=personal_data,
            site_access=site_access,
            video_surveillance=video_surveillance,
        )

        return consents
