from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.obligation_in_direction import (
    ObligationInDirection,
    check_obligation_in_direction,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObligationIn")


@_attrs_define
class ObligationIn:
    """
    Attributes:
        direction (ObligationInDirection):
        indicator (str):
        target (float | str):
        weight (float | str | Unset): Default: 1.
    """

    direction: ObligationInDirection
    indicator: str
    target: float | str
    weight: float | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        direction: str = self.direction

        indicator = self.indicator

        target: float | str
        target = self.target

        weight: float | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "direction": direction,
                "indicator": indicator,
                "target": target,
            }
        )
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        direction = check_obligation_in_direction(d.pop("direction"))

        indicator = d.pop("indicator")

        def _parse_target(data: object) -> float | str:
            return cast(float | str, data)

        target = _parse_target(d.pop("target"))

        def _parse_weight(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        obligation_in = cls(
            direction=direction,
            indicator=indicator,
            target=target,
            weight=weight,
        )

        return obligation_in
