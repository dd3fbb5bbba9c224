from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.extract_verify_request_extract import ExtractVerifyRequestExtract


T = TypeVar("T", bound="ExtractVerifyRequest")


@_attrs_define
class ExtractVerifyRequest:
    """
    Attributes:
        extract (ExtractVerifyRequestExtract):
        signature (str):
    """

    extract: ExtractVerifyRequestExtract
    signature: str

    def to_dict(self) -> dict[str, Any]:
        extract = self.extract.to_dict()

        signature = self.signature

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "extract": extract,
                "signature": signature,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.extract_verify_request_extract import ExtractVerifyRequestExtract

        d = dict(src_dict)
        extract = ExtractVerifyRequestExtract.from_dict(d.pop("extract"))

        signature = d.pop("signature")

        extract_verify_request = cls(
            extract=extract,
            signature=signature,
        )

        return extract_verify_request
