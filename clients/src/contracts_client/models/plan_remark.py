from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_remark_rule import PlanRemarkRule, check_plan_remark_rule

T = TypeVar("T", bound="PlanRemark")


@_attrs_define
class PlanRemark:
    """A remark the Ministry sent on a plan's item: the Art. 47.3 rule it applies.

    Attributes:
        item (int):
        rule (PlanRemarkRule):
        text (str):
        tnved (str):
    """

    item: int
    rule: PlanRemarkRule
    text: str
    tnved: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item = self.item

        rule: str = self.rule

        text = self.text

        tnved = self.tnved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item": item,
                "rule": rule,
                "text": text,
                "tnved": tnved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item = d.pop("item")

        rule = check_plan_remark_rule(d.pop("rule"))

        text = d.pop("text")

        tnved = d.pop("tnved")

        plan_remark = cls(
            item=item,
            rule=rule,
            text=text,
            tnved=tnved,
        )

        plan_remark.additional_properties = d
        return plan_remark

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
