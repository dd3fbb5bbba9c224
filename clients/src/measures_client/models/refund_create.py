from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundCreate")


@_attrs_define
class RefundCreate:
    """
    Attributes:
        demanded_on (datetime.date | None | Unset):
    """

    demanded_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        demanded_on: None | str | Unset
        if isinstance(self.demanded_on, Unset):
            demanded_on = UNSET
        elif isinstance(self.demanded_on, datetime.date):
            demanded_on = self.demanded_on.isoformat()
        else:
            demanded_on = self.demanded_on

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if demanded_on is not UNSET:
            field_dict["demanded_on"] = demanded_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_demanded_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                demanded_on_type_0 = datetime.date.fromisoformat(data)

                return demanded_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        demanded_on = _parse_demanded_on(d.pop("demanded_on", UNSET))

        refund_create = cls(
            demanded_on=demanded_on,
        )

        return refund_create
