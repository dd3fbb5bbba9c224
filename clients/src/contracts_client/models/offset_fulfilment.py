from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="OffsetFulfilment")


@_attrs_define
class OffsetFulfilment:
    """
    Attributes:
        fulfilled_kzt (float | str):
        index (int):
    """

    fulfilled_kzt: float | str
    index: int

    def to_dict(self) -> dict[str, Any]:
        fulfilled_kzt: float | str
        fulfilled_kzt = self.fulfilled_kzt

        index = self.index

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fulfilled_kzt": fulfilled_kzt,
                "index": index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_fulfilled_kzt(data: object) -> float | str:
            return cast(float | str, data)

        fulfilled_kzt = _parse_fulfilled_kzt(d.pop("fulfilled_kzt"))

        index = d.pop("index")

        offset_fulfilment = cls(
            fulfilled_kzt=fulfilled_kzt,
            index=index,
        )

        return offset_fulfilment
