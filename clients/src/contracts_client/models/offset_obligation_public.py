from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offset_obligation_public_kind import (
    OffsetObligationPublicKind,
    check_offset_obligation_public_kind,
)

T = TypeVar("T", bound="OffsetObligationPublic")


@_attrs_define
class OffsetObligationPublic:
    """An offset obligation (Art. 49.2) and how much of it is fulfilled.

    Attributes:
        amount_kzt (str):
        description (str):
        due (datetime.date):
        fulfilled_kzt (str):
        kind (OffsetObligationPublicKind):
    """

    amount_kzt: str
    description: str
    due: datetime.date
    fulfilled_kzt: str
    kind: OffsetObligationPublicKind
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_kzt = self.amount_kzt

        description = self.description

        due = self.due.isoformat()

        fulfilled_kzt = self.fulfilled_kzt

        kind: str = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_kzt": amount_kzt,
                "description": description,
                "due": due,
                "fulfilled_kzt": fulfilled_kzt,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_kzt = d.pop("amount_kzt")

        description = d.pop("description")

        due = datetime.date.fromisoformat(d.pop("due"))

        fulfilled_kzt = d.pop("fulfilled_kzt")

        kind = check_offset_obligation_public_kind(d.pop("kind"))

        offset_obligation_public = cls(
            amount_kzt=amount_kzt,
            description=description,
            due=due,
            fulfilled_kzt=fulfilled_kzt,
            kind=kind,
        )

        offset_obligation_public.additional_properties = d
        return offset_obligation_public

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
