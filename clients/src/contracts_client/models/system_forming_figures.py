from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemFormingFigures")


@_attrs_define
class SystemFormingFigures:
    """The figures of the system-forming test (Art. 47-1.1): the enterprise's output and its region's; null
    where the customer gave none (every category but ``system_forming`` may).

        Attributes:
            output_kzt (None | str | Unset):
            region_output_kzt (None | str | Unset):
    """

    output_kzt: None | str | Unset = UNSET
    region_output_kzt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output_kzt: None | str | Unset
        if isinstance(self.output_kzt, Unset):
            output_kzt = UNSET
        else:
            output_kzt = self.output_kzt

        region_output_kzt: None | str | Unset
        if isinstance(self.region_output_kzt, Unset):
            region_output_kzt = UNSET
        else:
            region_output_kzt = self.region_output_kzt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output_kzt is not UNSET:
            field_dict["output_kzt"] = output_kzt
        if region_output_kzt is not UNSET:
            field_dict["region_output_kzt"] = region_output_kzt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_output_kzt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_kzt = _parse_output_kzt(d.pop("output_kzt", UNSET))

        def _parse_region_output_kzt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_output_kzt = _parse_region_output_kzt(d.pop("region_output_kzt", UNSET))

        system_forming_figures = cls(
            output_kzt=output_kzt,
            region_output_kzt=region_output_kzt,
        )

        system_forming_figures.additional_properties = d
        return system_forming_figures

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
