from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.good_findings_in_conditions_met_item import (
    GoodFindingsInConditionsMetItem,
    check_good_findings_in_conditions_met_item,
)

T = TypeVar("T", bound="GoodFindingsIn")


@_attrs_define
class GoodFindingsIn:
    """
    Attributes:
        conditions_met (list[GoodFindingsInConditionsMetItem]):
        confirmed_operations (list[str]):
        tnved (str):
    """

    conditions_met: list[GoodFindingsInConditionsMetItem]
    confirmed_operations: list[str]
    tnved: str

    def to_dict(self) -> dict[str, Any]:
        conditions_met = []
        for conditions_met_item_data in self.conditions_met:
            conditions_met_item: str = conditions_met_item_data
            conditions_met.append(conditions_met_item)

        confirmed_operations = self.confirmed_operations

        tnved = self.tnved

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conditions_met": conditions_met,
                "confirmed_operations": confirmed_operations,
                "tnved": tnved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        conditions_met = []
        _conditions_met = d.pop("conditions_met")
        for conditions_met_item_data in _conditions_met:
            conditions_met_item = check_good_findings_in_conditions_met_item(
                conditions_met_item_data
            )

            conditions_met.append(conditions_met_item)

        confirmed_operations = cast(list[str], d.pop("confirmed_operations"))

        tnved = d.pop("tnved")

        good_findings_in = cls(
            conditions_met=conditions_met,
            confirmed_operations=confirmed_operations,
            tnved=tnved,
        )

        return good_findings_in
