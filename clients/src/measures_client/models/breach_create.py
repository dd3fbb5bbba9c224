from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BreachCreate")


@_attrs_define
class BreachCreate:
    """
    Attributes:
        reason (str):
        beyond_control (bool | Unset):  Default: False.
    """

    reason: str
    beyond_control: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        beyond_control = self.beyond_control

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if beyond_control is not UNSET:
            field_dict["beyond_control"] = beyond_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason")

        beyond_control = d.pop("beyond_control", UNSET)

        breach_create = cls(
            reason=reason,
            beyond_control=beyond_control,
        )

        return breach_create
