from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.refund_demand_public_inputs import RefundDemandPublicInputs
    from ..models.refund_demand_public_result import RefundDemandPublicResult


T = TypeVar("T", bound="RefundDemandPublic")


@_attrs_define
class RefundDemandPublic:
    """A refund demand (Art. 27.4) with every input it was computed from.

    Attributes:
        agreement_id (UUID):
        demanded_on (datetime.date):
        id (UUID):
        inputs (RefundDemandPublicInputs): What the refund was computed from (the level achieved, the report's period,
            the measures received, the NBK base rate): kept as computed
        refund_kzt (str):
        result (RefundDemandPublicResult): The computation's figures per measure and in total (Art. 27.4): received,
            level, principal, interest, refund
    """

    agreement_id: UUID
    demanded_on: datetime.date
    id: UUID
    inputs: RefundDemandPublicInputs
    refund_kzt: str
    result: RefundDemandPublicResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agreement_id = str(self.agreement_id)

        demanded_on = self.demanded_on.isoformat()

        id = str(self.id)

        inputs = self.inputs.to_dict()

        refund_kzt = self.refund_kzt

        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agreement_id": agreement_id,
                "demanded_on": demanded_on,
                "id": id,
                "inputs": inputs,
                "refund_kzt": refund_kzt,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.refund_demand_public_inputs import RefundDemandPublicInputs
        from ..models.refund_demand_public_result import RefundDemandPublicResult

        d = dict(src_dict)
        agreement_id = UUID(d.pop("agreement_id"))

        demanded_on = datetime.date.fromisoformat(d.pop("demanded_on"))

        id = UUID(d.pop("id"))

        inputs = RefundDemandPublicInputs.from_dict(d.pop("inputs"))

        refund_kzt = d.pop("refund_kzt")

        result = RefundDemandPublicResult.from_dict(d.pop("result"))

        refund_demand_public = cls(
            agreement_id=agreement_id,
            demanded_on=demanded_on,
            id=id,
            inputs=inputs,
            refund_kzt=refund_kzt,
            result=result,
        )

        refund_demand_public.additional_properties = d
        return refund_demand_public

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
