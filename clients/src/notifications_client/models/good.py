from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Good")


@_attrs_define
class Good:
    """A good as the law identifies it: TN VED EAEU code (10 digits) and name (Art. 51-1.2).

    Attributes:
        name (str):
        tnved (str):
        declared_icv_pct (float | None | str | Unset):
        declared_operations (list[str] | Unset):
    """

    name: str
    tnved: str
    declared_icv_pct: float | None | str | Unset = UNSET
    declared_operations: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tnved = self.tnved

        declared_icv_pct: float | None | str | Unset
        if isinstance(self.declared_icv_pct, Unset):
            declared_icv_pct = UNSET
        else:
            declared_icv_pct = self.declared_icv_pct

        declared_operations: list[str] | Unset = UNSET
        if not isinstance(self.declared_operations, Unset):
            declared_operations = self.declared_operations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "tnved": tnved,
            }
        )
        if declared_icv_pct is not UNSET:
            field_dict["declared_icv_pct"] = declared_icv_pct
        if declared_operations is not UNSET:
            field_dict["declared_operations"] = declared_operations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        tnved = d.pop("tnved")

        def _parse_declared_icv_pct(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        declared_icv_pct = _parse_declared_icv_pct(d.pop("declared_icv_pct", UNSET))

        declared_operations = cast(list[str], d.pop("declared_operations", UNSET))

        good = cls(
            name=name,
            tnved=tnved,
            declared_icv_pct=declared_icv_pct,
            declared_operations=declared_operations,
        )

        good.additional_properties = d
        return good

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
