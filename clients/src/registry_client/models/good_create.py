from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="GoodCreate")


@_attrs_define
class GoodCreate:
    """
    Attributes:
        declared_icv_pct (float | str):
        declared_operations (list[str]):
        name (str):
        tnved (str): TN VED EAEU code, 10 digits
    """

    declared_icv_pct: float | str
    declared_operations: list[str]
    name: str
    tnved: str

    def to_dict(self) -> dict[str, Any]:
        declared_icv_pct: float | str
        declared_icv_pct = self.declared_icv_pct

        declared_operations = self.declared_operations

        name = self.name

        tnved = self.tnved

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "declared_icv_pct": declared_icv_pct,
                "declared_operations": declared_operations,
                "name": name,
                "tnved": tnved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_declared_icv_pct(data: object) -> float | str:
            return cast(float | str, data)

        declared_icv_pct = _parse_declared_icv_pct(d.pop("declared_icv_pct"))

        declared_operations = cast(list[str], d.pop("declared_operations"))

        name = d.pop("name")

        tnved = d.pop("tnved")

        good_create = cls(
            declared_icv_pct=declared_icv_pct,
            declared_operations=declared_operations,
            name=name,
            tnved=tnved,
        )

        return good_create
