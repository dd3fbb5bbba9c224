from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.obligation_public_direction import (
    ObligationPublicDirection,
    check_obligation_public_direction,
)

T = TypeVar("T", bound="ObligationPublic")


@_attrs_define
class ObligationPublic:
    """A counter-obligation (Art. 27, 28.3): its direction, indicator, target and weight.

    Attributes:
        direction (ObligationPublicDirection):
        indicator (str):
        target (str):
        weight (str):
    """

    direction: ObligationPublicDirection
    indicator: str
    target: str
    weight: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction: str = self.direction

        indicator = self.indicator

        target = self.target

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "indicator": indicator,
                "target": target,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        direction = check_obligation_public_direction(d.pop("direction"))

        indicator = d.pop("indicator")

        target = d.pop("target")

        weight = d.pop("weight")

        obligation_public = cls(
            direction=direction,
            indicator=indicator,
            target=target,
            weight=weight,
        )

        obligation_public.additional_properties = d
        return obligation_public

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
