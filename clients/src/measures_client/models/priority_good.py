from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PriorityGood")


@_attrs_define
class PriorityGood:
    """A good of the priority list (Art. 26) in force, with its legal basis.

    Attributes:
        basis (str):
        domestic_consumption (bool):
        effective_from (datetime.date):
        export_potential (bool):
        name (str):
        processing_level (str):
        technological_complexity (bool):
        tnved (str):
        effective_to (datetime.date | None | Unset):
    """

    basis: str
    domestic_consumption: bool
    effective_from: datetime.date
    export_potential: bool
    name: str
    processing_level: str
    technological_complexity: bool
    tnved: str
    effective_to: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basis = self.basis

        domestic_consumption = self.domestic_consumption

        effective_from = self.effective_from.isoformat()

        export_potential = self.export_potential

        name = self.name

        processing_level = self.processing_level

        technological_complexity = self.technological_complexity

        tnved = self.tnved

        effective_to: None | str | Unset
        if isinstance(self.effective_to, Unset):
            effective_to = UNSET
        elif isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "basis": basis,
                "domestic_consumption": domestic_consumption,
                "effective_from": effective_from,
                "export_potential": export_potential,
                "name": name,
                "processing_level": processing_level,
                "technological_complexity": technological_complexity,
                "tnved": tnved,
            }
        )
        if effective_to is not UNSET:
            field_dict["effective_to"] = effective_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        basis = d.pop("basis")

        domestic_consumption = d.pop("domestic_consumption")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        export_potential = d.pop("export_potential")

        name = d.pop("name")

        processing_level = d.pop("processing_level")

        technological_complexity = d.pop("technological_complexity")

        tnved = d.pop("tnved")

        def _parse_effective_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_to_type_0 = datetime.date.fromisoformat(data)

                return effective_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_to = _parse_effective_to(d.pop("effective_to", UNSET))

        priority_good = cls(
            basis=basis,
            domestic_consumption=domestic_consumption,
            effective_from=effective_from,
            export_potential=export_potential,
            name=name,
            processing_level=processing_level,
            technological_complexity=technological_complexity,
            tnved=tnved,
            effective_to=effective_to,
        )

        priority_good.additional_properties = d
        return priority_good

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
