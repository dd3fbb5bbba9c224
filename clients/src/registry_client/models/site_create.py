from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SiteCreate")


@_attrs_define
class SiteCreate:
    """
    Attributes:
        address (str):
        region (str):
        site_id (str):
    """

    address: str
    region: str
    site_id: str

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        region = self.region

        site_id = self.site_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address": address,
                "region": region,
                "site_id": site_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = d.pop("address")

        region = d.pop("region")

        site_id = d.pop("site_id")

        site_create = cls(
            address=address,
            region=region,
            site_id=site_id,
        )

        return site_create
