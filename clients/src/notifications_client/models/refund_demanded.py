from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RefundDemanded")


@_attrs_define
class RefundDemanded:
    """
    Attributes:
        agreement_id (UUID):
        bin_ (str):
        demand_id (UUID):
        demanded_on (datetime.date):
        interest (float | str):
        level (float | str):
        principal (float | str):
        refund (float | str):
    """

    agreement_id: UUID
    bin_: str
    demand_id: UUID
    demanded_on: datetime.date
    interest: float | str
    level: float | str
    principal: float | str
    refund: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agreement_id = str(self.agreement_id)

        bin_ = self.bin_

        demand_id = str(self.demand_id)

        demanded_on = self.demanded_on.isoformat()

        interest: float | str
        interest = self.interest

        level: float | str
        level = self.level

        principal: float | str
        principal = self.principal

        refund: float | str
        refund = self.refund

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agreement_id": agreement_id,
                "bin": bin_,
                "demand_id": demand_id,
                "demanded_on": demanded_on,
                "interest": interest,
                "level": level,
                "principal": principal,
                "refund": refund,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agreement_id = UUID(d.pop("agreement_id"))

        bin_ = d.pop("bin")

        demand_id = UUID(d.pop("demand_id"))

        demanded_on = datetime.date.fromisoformat(d.pop("demanded_on"))

        def _parse_interest(data: object) -> float | str:
            return cast(float | str, data)

        interest = _parse_interest(d.pop("interest"))

        def _parse_level(data: object) -> float | str:
            return cast(float | str, data)

        level = _parse_level(d.pop("level"))

        def _parse_principal(data: object) -> float | str:
            return cast(float | str, data)

        principal = _parse_principal(d.pop("principal"))

        def _parse_refund(data: object) -> float | str:
            return cast(float | str, data)

        refund = _parse_refund(d.pop("refund"))

        refund_demanded = cls(
            agreement_id=agreement_id,
            bin_=bin_,
            demand_id=demand_id,
            demanded_on=demanded_on,
            interest=interest,
            level=level,
            principal=principal,
            refund=refund,
        )

        refund_demanded.additional_properties = d
        return refund_demanded

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
