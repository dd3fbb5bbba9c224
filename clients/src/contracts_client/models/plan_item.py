from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanItem")


@_attrs_define
class PlanItem:
    """
    Attributes:
        name (str):
        quantity (float | str):
        tnved (str):
        bought_on_domestic_market (bool | Unset):  Default: False.
        foreign_under_warranty (bool | Unset):  Default: False.
    """

    name: str
    quantity: float | str
    tnved: str
    bought_on_domestic_market: bool | Unset = False
    foreign_under_warranty: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quantity: float | str
        quantity = self.quantity

        tnved = self.tnved

        bought_on_domestic_market = self.bought_on_domestic_market

        foreign_under_warranty = self.foreign_under_warranty

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "quantity": quantity,
                "tnved": tnved,
            }
        )
        if bought_on_domestic_market is not UNSET:
            field_dict["bought_on_domestic_market"] = bought_on_domestic_market
        if foreign_under_warranty is not UNSET:
            field_dict["foreign_under_warranty"] = foreign_under_warranty

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_quantity(data: object) -> float | str:
            return cast(float | str, data)

        quantity = _parse_quantity(d.pop("quantity"))

        tnved = d.pop("tnved")

        bought_on_domestic_market = d.pop("bought_on_domestic_market", UNSET)

        foreign_under_warranty = d.pop("foreign_under_warranty", UNSET)

        plan_item = cls(
            name=name,
            quantity=quantity,
            tnved=tnved,
            bought_on_domestic_market=bought_on_domestic_market,
            foreign_under_warranty=foreign_under_warranty,
        )

        return plan_item
