from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcceptanceCreate")


@_attrs_define
class AcceptanceCreate:
    """
    Attributes:
        accepted (float | str):
        note (None | str | Unset):
        refused_supplier_fault (float | str | Unset): Default: 0.
    """

    accepted: float | str
    note: None | str | Unset = UNSET
    refused_supplier_fault: float | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        accepted: float | str
        accepted = self.accepted

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        refused_supplier_fault: float | str | Unset
        if isinstance(self.refused_supplier_fault, Unset):
            refused_supplier_fault = UNSET
        else:
            refused_supplier_fault = self.refused_supplier_fault

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accepted": accepted,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if refused_supplier_fault is not UNSET:
            field_dict["refused_supplier_fault"] = refused_supplier_fault

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_accepted(data: object) -> float | str:
            return cast(float | str, data)

        accepted = _parse_accepted(d.pop("accepted"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_refused_supplier_fault(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        refused_supplier_fault = _parse_refused_supplier_fault(
            d.pop("refused_supplier_fault", UNSET)
        )

        acceptance_create = cls(
            accepted=accepted,
            note=note,
            refused_supplier_fault=refused_supplier_fault,
        )

        return acceptance_create
