from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PledgeCreate")


@_attrs_define
class PledgeCreate:
    """
    Attributes:
        amount_kzt (float | str):
        bank (str):
        pledged_on (datetime.date):
    """

    amount_kzt: float | str
    bank: str
    pledged_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        amount_kzt: float | str
        amount_kzt = self.amount_kzt

        bank = self.bank

        pledged_on = self.pledged_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount_kzt": amount_kzt,
                "bank": bank,
                "pledged_on": pledged_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_amount_kzt(data: object) -> float | str:
            return cast(float | str, data)

        amount_kzt = _parse_amount_kzt(d.pop("amount_kzt"))

        bank = d.pop("bank")

        pledged_on = datetime.date.fromisoformat(d.pop("pledged_on"))

        pledge_create = cls(
            amount_kzt=amount_kzt,
            bank=bank,
            pledged_on=pledged_on,
        )

        return pledge_create
