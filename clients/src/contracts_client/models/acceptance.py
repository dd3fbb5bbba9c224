from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Acceptance")


@_attrs_define
class Acceptance:
    """The yearly acceptance rule of an offtake contract (Art. 48.2: all of year 1, at least half later) and
    the penalty its shortfall implies (Art. 48.4).

        Attributes:
            accepted (str):
            article (str):
            contract_id (UUID):
            contracted (str):
            penalty_kzt (str):
            rate_pct (str):
            refused_supplier_fault (str):
            required (str):
            shortfall (str):
            unit_price_kzt (str):
            year (int):
            year_index (int):
    """

    accepted: str
    article: str
    contract_id: UUID
    contracted: str
    penalty_kzt: str
    rate_pct: str
    refused_supplier_fault: str
    required: str
    shortfall: str
    unit_price_kzt: str
    year: int
    year_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        article = self.article

        contract_id = str(self.contract_id)

        contracted = self.contracted

        penalty_kzt = self.penalty_kzt

        rate_pct = self.rate_pct

        refused_supplier_fault = self.refused_supplier_fault

        required = self.required

        shortfall = self.shortfall

        unit_price_kzt = self.unit_price_kzt

        year = self.year

        year_index = self.year_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted": accepted,
                "article": article,
                "contract_id": contract_id,
                "contracted": contracted,
                "penalty_kzt": penalty_kzt,
                "rate_pct": rate_pct,
                "refused_supplier_fault": refused_supplier_fault,
                "required": required,
                "shortfall": shortfall,
                "unit_price_kzt": unit_price_kzt,
                "year": year,
                "year_index": year_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accepted = d.pop("accepted")

        article = d.pop("article")

        contract_id = UUID(d.pop("contract_id"))

        contracted = d.pop("contracted")

        penalty_kzt = d.pop("penalty_kzt")

        rate_pct = d.pop("rate_pct")

        refused_supplier_fault = d.pop("refused_supplier_fault")

        required = d.pop("required")

        shortfall = d.pop("shortfall")

        unit_price_kzt = d.pop("unit_price_kzt")

        year = d.pop("year")

        year_index = d.pop("year_index")

        acceptance = cls(
            accepted=accepted,
            article=article,
            contract_id=contract_id,
            contracted=contracted,
            penalty_kzt=penalty_kzt,
            rate_pct=rate_pct,
            refused_supplier_fault=refused_supplier_fault,
            required=required,
            shortfall=shortfall,
            unit_price_kzt=unit_price_kzt,
            year=year,
            year_index=year_index,
        )

        acceptance.additional_properties = d
        return acceptance

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
