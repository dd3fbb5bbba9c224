from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.signed_extract_extract import SignedExtractExtract


T = TypeVar("T", bound="SignedExtract")


@_attrs_define
class SignedExtract:
    """An extract from the register (Art. 51-1.8), signed with the register's key (Ed25519 over its canonical
    JSON).

        Attributes:
            algorithm (str):
            extract (SignedExtractExtract): The extract as signed: its canonical JSON is what the signature covers, so it is
                kept as issued (ADR 28; check it at POST /v1/extracts/verify)
            public_keys (str):
            signature (str):
            verify (str):
    """

    algorithm: str
    extract: SignedExtractExtract
    public_keys: str
    signature: str
    verify: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm = self.algorithm

        extract = self.extract.to_dict()

        public_keys = self.public_keys

        signature = self.signature

        verify = self.verify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm": algorithm,
                "extract": extract,
                "public_keys": public_keys,
                "signature": signature,
                "verify": verify,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.signed_extract_extract import SignedExtractExtract

        d = dict(src_dict)
        algorithm = d.pop("algorithm")

        extract = SignedExtractExtract.from_dict(d.pop("extract"))

        public_keys = d.pop("public_keys")

        signature = d.pop("signature")

        verify = d.pop("verify")

        signed_extract = cls(
            algorithm=algorithm,
            extract=extract,
            public_keys=public_keys,
            signature=signature,
            verify=verify,
        )

        signed_extract.additional_properties = d
        return signed_extract

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
