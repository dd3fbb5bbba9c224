from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.penalty_public_inputs import PenaltyPublicInputs


T = TypeVar("T", bound="PenaltyPublic")


@_attrs_define
class PenaltyPublic:
    """
    Attributes:
        assessed_on (datetime.date):
        contract_id (UUID):
        id (UUID):
        inputs (PenaltyPublicInputs): The figures the penalty was computed from (contracted, accepted, shortfall, unit
            price, rate): open by design, as the rules set them
        penalty_kzt (str):
        reason (str):
        year (int):
    """

    assessed_on: datetime.date
    contract_id: UUID
    id: UUID
    inputs: PenaltyPublicInputs
    penalty_kzt: str
    reason: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessed_on = self.assessed_on.isoformat()

        contract_id = str(self.contract_id)

        id = str(self.id)

        inputs = self.inputs.to_dict()

        penalty_kzt = self.penalty_kzt

        reason = self.reason

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessed_on": assessed_on,
                "contract_id": contract_id,
                "id": id,
                "inputs": inputs,
                "penalty_kzt": penalty_kzt,
                "reason": reason,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.penalty_public_inputs import PenaltyPublicInputs

        d = dict(src_dict)
        assessed_on = datetime.date.fromisoformat(d.pop("assessed_on"))

        contract_id = UUID(d.pop("contract_id"))

        id = UUID(d.pop("id"))

        inputs = PenaltyPublicInputs.from_dict(d.pop("inputs"))

        penalty_kzt = d.pop("penalty_kzt")

        reason = d.pop("reason")

        year = d.pop("year")

        penalty_public = cls(
            assessed_on=assessed_on,
            contract_id=contract_id,
            id=id,
            inputs=inputs,
            penalty_kzt=penalty_kzt,
            reason=reason,
            year=year,
        )

        penalty_public.additional_properties = d
        return penalty_public

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
