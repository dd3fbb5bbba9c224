from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PenaltyAssessed")


@_attrs_define
class PenaltyAssessed:
    """
    Attributes:
        bin_ (str):
        contract_id (UUID):
        penalty_kzt (float | str):
        rate_pct (float | str):
        reason (str):
        shortfall (float | str):
        year (int):
    """

    bin_: str
    contract_id: UUID
    penalty_kzt: float | str
    rate_pct: float | str
    reason: str
    shortfall: float | str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        contract_id = str(self.contract_id)

        penalty_kzt: float | str
        penalty_kzt = self.penalty_kzt

        rate_pct: float | str
        rate_pct = self.rate_pct

        reason = self.reason

        shortfall: float | str
        shortfall = self.shortfall

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "contract_id": contract_id,
                "penalty_kzt": penalty_kzt,
                "rate_pct": rate_pct,
                "reason": reason,
                "shortfall": shortfall,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bin_ = d.pop("bin")

        contract_id = UUID(d.pop("contract_id"))

        def _parse_penalty_kzt(data: object) -> float | str:
            return cast(float | str, data)

        penalty_kzt = _parse_penalty_kzt(d.pop("penalty_kzt"))

        def _parse_rate_pct(data: object) -> float | str:
            return cast(float | str, data)

        rate_pct = _parse_rate_pct(d.pop("rate_pct"))

        reason = d.pop("reason")

        def _parse_shortfall(data: object) -> float | str:
            return cast(float | str, data)

        shortfall = _parse_shortfall(d.pop("shortfall"))

        year = d.pop("year")

        penalty_assessed = cls(
            bin_=bin_,
            contract_id=contract_id,
            penalty_kzt=penalty_kzt,
            rate_pct=rate_pct,
            reason=reason,
            shortfall=shortfall,
            year=year,
        )

        penalty_assessed.additional_properties = d
        return penalty_assessed

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
