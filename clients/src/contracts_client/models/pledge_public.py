from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PledgePublic")


@_attrs_define
class PledgePublic:
    """The contract pledged with a bank (Art. 48.1, 48-1.1).

    Attributes:
        amount_kzt (str):
        bank (str):
        pledged_on (datetime.date):
    """

    amount_kzt: str
    bank: str
    pledged_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_kzt = self.amount_kzt

        bank = self.bank

        pledged_on = self.pledged_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        amount_kzt = d.pop("amount_kzt")

        bank = d.pop("bank")

        pledged_on = datetime.date.fromisoformat(d.pop("pledged_on"))

        pledge_public = cls(
            amount_kzt=amount_kzt,
            bank=bank,
            pledged_on=pledged_on,
        )

        pledge_public.additional_properties = d
        return pledge_public

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
