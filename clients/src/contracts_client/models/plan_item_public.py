from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanItemPublic")


@_attrs_define
class PlanItemPublic:
    """
    Attributes:
        name (str):
        quantity (str):
        tnved (str):
        bought_on_domestic_market (bool | Unset):  Default: False.
        foreign_under_warranty (bool | Unset):  Default: False.
    """

    name: str
    quantity: str
    tnved: str
    bought_on_domestic_market: bool | Unset = False
    foreign_under_warranty: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quantity = self.quantity

        tnved = self.tnved

        bought_on_domestic_market = self.bought_on_domestic_market

        foreign_under_warranty = self.foreign_under_warranty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        quantity = d.pop("quantity")

        tnved = d.pop("tnved")

        bought_on_domestic_market = d.pop("bought_on_domestic_market", UNSET)

        foreign_under_warranty = d.pop("foreign_under_warranty", UNSET)

        plan_item_public = cls(
            name=name,
            quantity=quantity,
            tnved=tnved,
            bought_on_domestic_market=bought_on_domestic_market,
            foreign_under_warranty=foreign_under_warranty,
        )

        plan_item_public.additional_properties = d
        return plan_item_public

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
