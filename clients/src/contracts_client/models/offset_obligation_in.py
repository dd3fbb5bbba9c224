from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.offset_obligation_in_kind import (
    OffsetObligationInKind,
    check_offset_obligation_in_kind,
)

T = TypeVar("T", bound="OffsetObligationIn")


@_attrs_define
class OffsetObligationIn:
    """
    Attributes:
        amount_kzt (float | str):
        description (str):
        due (datetime.date):
        kind (OffsetObligationInKind):
    """

    amount_kzt: float | str
    description: str
    due: datetime.date
    kind: OffsetObligationInKind

    def to_dict(self) -> dict[str, Any]:
        amount_kzt: float | str
        amount_kzt = self.amount_kzt

        description = self.description

        due = self.due.isoformat()

        kind: str = self.kind

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount_kzt": amount_kzt,
                "description": description,
                "due": due,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_amount_kzt(data: object) -> float | str:
            return cast(float | str, data)

        amount_kzt = _parse_amount_kzt(d.pop("amount_kzt"))

        description = d.pop("description")

        due = datetime.date.fromisoformat(d.pop("due"))

        kind = check_offset_obligation_in_kind(d.pop("kind"))

        offset_obligation_in = cls(
            amount_kzt=amount_kzt,
            description=description,
            due=due,
            kind=kind,
        )

        return offset_obligation_in
