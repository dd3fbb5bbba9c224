from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ocds_publisher import OcdsPublisher
    from ..models.ocds_release_package_releases_item import (
        OcdsReleasePackageReleasesItem,
    )


T = TypeVar("T", bound="OcdsReleasePackage")


@_attrs_define
class OcdsReleasePackage:
    """Releases of the offtake register's contracting processes (OCDS 1.1 release package): validated against
    the standard's release-package schema with the extension applied (tests/test_open_data.py).

        Attributes:
            extensions (list[str]):
            published_date (datetime.datetime):
            publisher (OcdsPublisher):
            releases (list[OcdsReleasePackageReleasesItem]): OCDS 1.1 releases: the standard's release schema with the
                extension the package declares — that schema, not a copy of it here, is the contract (https://standard.open-
                contracting.org/1.1/en/schema/release/).
            uri (str):
            version (Literal['1.1']):
            license_ (None | str | Unset):
            publication_policy (None | str | Unset):
    """

    extensions: list[str]
    published_date: datetime.datetime
    publisher: OcdsPublisher
    releases: list[OcdsReleasePackageReleasesItem]
    uri: str
    version: Literal["1.1"]
    license_: None | str | Unset = UNSET
    publication_policy: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extensions = self.extensions

        published_date = self.published_date.isoformat()

        publisher = self.publisher.to_dict()

        releases = []
        for releases_item_data in self.releases:
            releases_item = releases_item_data.to_dict()
            releases.append(releases_item)

        uri = self.uri

        version = self.version

        license_: None | str | Unset
        if isinstance(self.license_, Unset):
            license_ = UNSET
        else:
            license_ = self.license_

        publication_policy: None | str | Unset
        if isinstance(self.publication_policy, Unset):
            publication_policy = UNSET
        else:
            publication_policy = self.publication_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extensions": extensions,
                "publishedDate": published_date,
                "publisher": publisher,
                "releases": releases,
                "uri": uri,
                "version": version,
            }
        )
        if license_ is not UNSET:
            field_dict["license"] = license_
        if publication_policy is not UNSET:
            field_dict["publicationPolicy"] = publication_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ocds_publisher import OcdsPublisher
        from ..models.ocds_release_package_releases_item import (
            OcdsReleasePackageReleasesItem,
        )

        d = dict(src_dict)
        extensions = cast(list[str], d.pop("extensions"))

        published_date = datetime.datetime.fromisoformat(d.pop("publishedDate"))

        publisher = OcdsPublisher.from_dict(d.pop("publisher"))

        releases = []
        _releases = d.pop("releases")
        for releases_item_data in _releases:
            releases_item = OcdsReleasePackageReleasesItem.from_dict(releases_item_data)

            releases.append(releases_item)

        uri = d.pop("uri")

        version = cast(Literal["1.1"], d.pop("version"))
        if version != "1.1":
            raise ValueError(f"version must match const '1.1', got '{version}'")

        def _parse_license_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        license_ = _parse_license_(d.pop("license", UNSET))

        def _parse_publication_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publication_policy = _parse_publication_policy(
            d.pop("publicationPolicy", UNSET)
        )

        ocds_release_package = cls(
            extensions=extensions,
            published_date=published_date,
            publisher=publisher,
            releases=releases,
            uri=uri,
            version=version,
            license_=license_,
            publication_policy=publication_policy,
        )

        ocds_release_package.additional_properties = d
        return ocds_release_package

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
