from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryPublic")


@_attrs_define
class DeliveryPublic:
    """A delivery under a contract and, once the customer decided, how much it accepted (Art. 48.2, 48.4).

    Attributes:
        contract_id (UUID):
        delivered_on (datetime.date):
        id (UUID):
        quantity (str):
        year (int):
        acceptance_note (None | str | Unset):
        accepted (None | str | Unset):
        refused_supplier_fault (None | str | Unset):
    """

    contract_id: UUID
    delivered_on: datetime.date
    id: UUID
    quantity: str
    year: int
    acceptance_note: None | str | Unset = UNSET
    accepted: None | str | Unset = UNSET
    refused_supplier_fault: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_id = str(self.contract_id)

        delivered_on = self.delivered_on.isoformat()

        id = str(self.id)

        quantity = self.quantity

        year = self.year

        acceptance_note: None | str | Unset
        if isinstance(self.acceptance_note, Unset):
            acceptance_note = UNSET
        else:
            acceptance_note = self.acceptance_note

        accepted: None | str | Unset
        if isinstance(self.accepted, Unset):
            accepted = UNSET
        else:
            accepted = self.accepted

        refused_supplier_fault: None | str | Unset
        if isinstance(self.refused_supplier_fault, Unset):
            refused_supplier_fault = UNSET
        else:
            refused_supplier_fault = self.refused_supplier_fault

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contract_id": contract_id,
                "delivered_on": delivered_on,
                "id": id,
                "quantity": quantity,
                "year": year,
            }
        )
        if acceptance_note is not UNSET:
            field_dict["acceptance_note"] = acceptance_note
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if refused_supplier_fault is not UNSET:
            field_dict["refused_supplier_fault"] = refused_supplier_fault

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contract_id = UUID(d.pop("contract_id"))

        delivered_on = datetime.date.fromisoformat(d.pop("delivered_on"))

        id = UUID(d.pop("id"))

        quantity = d.pop("quantity")

        year = d.pop("year")

        def _parse_acceptance_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acceptance_note = _parse_acceptance_note(d.pop("acceptance_note", UNSET))

        def _parse_accepted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accepted = _parse_accepted(d.pop("accepted", UNSET))

        def _parse_refused_supplier_fault(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refused_supplier_fault = _parse_refused_supplier_fault(
            d.pop("refused_supplier_fault", UNSET)
        )

        delivery_public = cls(
            contract_id=contract_id,
            delivered_on=delivered_on,
            id=id,
            quantity=quantity,
            year=year,
            acceptance_note=acceptance_note,
            accepted=accepted,
            refused_supplier_fault=refused_supplier_fault,
        )

        delivery_public.additional_properties = d
        return delivery_public

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
