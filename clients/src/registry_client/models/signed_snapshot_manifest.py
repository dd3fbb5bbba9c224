from __future__ import annotations

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

if TYPE_CHECKING:
    from ..models.snapshot_manifest import SnapshotManifest


T = TypeVar("T", bound="SignedSnapshotManifest")


@_attrs_define
class SignedSnapshotManifest:
    """The manifest and the register's Ed25519 signature over it (canonical JSON, as an extract is signed):
    check it offline with a key from /v1/register/signing-keys.

        Attributes:
            algorithm (Literal['Ed25519']):
            manifest (SnapshotManifest): What a day's files are: their SHA-256 and size, the register's chain head at the
                end of the day, the
                columns with their Kazakh and Russian labels.
            public_keys (str):
            signature (str):
    """

    algorithm: Literal["Ed25519"]
    manifest: SnapshotManifest
    public_keys: str
    signature: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm = self.algorithm

        manifest = self.manifest.to_dict()

        public_keys = self.public_keys

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm": algorithm,
                "manifest": manifest,
                "public_keys": public_keys,
                "signature": signature,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.snapshot_manifest import SnapshotManifest

        d = dict(src_dict)
        algorithm = cast(Literal["Ed25519"], d.pop("algorithm"))
        if algorithm != "Ed25519":
            raise ValueError(f"algorithm must match const 'Ed25519', got '{algorithm}'")

        manifest = SnapshotManifest.from_dict(d.pop("manifest"))

        public_keys = d.pop("public_keys")

        signature = d.pop("signature")

        signed_snapshot_manifest = cls(
            algorithm=algorithm,
            manifest=manifest,
            public_keys=public_keys,
            signature=signature,
        )

        signed_snapshot_manifest.additional_properties = d
        return signed_snapshot_manifest

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
