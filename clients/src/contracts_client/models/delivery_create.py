from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeliveryCreate")


@_attrs_define
class DeliveryCreate:
    """
    Attributes:
        delivered_on (datetime.date):
        quantity (float | str):
        year (int):
    """

    delivered_on: datetime.date
    quantity: float | str
    year: int

    def to_dict(self) -> dict[str, Any]:
        delivered_on = self.delivered_on.isoformat()

        quantity: float | str
        quantity = self.quantity

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delivered_on": delivered_on,
                "quantity": quantity,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        delivered_on = datetime.date.fromisoformat(d.pop("delivered_on"))

        def _parse_quantity(data: object) -> float | str:
            return cast(float | str, data)

        quantity = _parse_quantity(d.pop("quantity"))

        year = d.pop("year")

        delivery_create = cls(
            delivered_on=delivered_on,
            quantity=quantity,
            year=year,
        )

        return delivery_create
