from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.plan_create_plan_kind import (
    PlanCreatePlanKind,
    check_plan_create_plan_kind,
)

if TYPE_CHECKING:
    from ..models.plan_item import PlanItem


T = TypeVar("T", bound="PlanCreate")


@_attrs_define
class PlanCreate:
    """
    Attributes:
        items (list[PlanItem]):
        plan_kind (PlanCreatePlanKind):
        purchase_year (int):
    """

    items: list[PlanItem]
    plan_kind: PlanCreatePlanKind
    purchase_year: int

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        plan_kind: str = self.plan_kind

        purchase_year = self.purchase_year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
                "plan_kind": plan_kind,
                "purchase_year": purchase_year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plan_item import PlanItem

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PlanItem.from_dict(items_item_data)

            items.append(items_item)

        plan_kind = check_plan_create_plan_kind(d.pop("plan_kind"))

        purchase_year = d.pop("purchase_year")

        plan_create = cls(
            items=items,
            plan_kind=plan_kind,
            purchase_year=purchase_year,
        )

        return plan_create
