from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgreementConcluded")


@_attrs_define
class AgreementConcluded:
    """
    Attributes:
        agreement_id (UUID):
        amount_kzt (float | str):
        bin_ (str):
        end (datetime.date):
        kind (str):
        start (datetime.date):
    """

    agreement_id: UUID
    amount_kzt: float | str
    bin_: str
    end: datetime.date
    kind: str
    start: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agreement_id = str(self.agreement_id)

        amount_kzt: float | str
        amount_kzt = self.amount_kzt

        bin_ = self.bin_

        end = self.end.isoformat()

        kind = self.kind

        start = self.start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agreement_id": agreement_id,
                "amount_kzt": amount_kzt,
                "bin": bin_,
                "end": end,
                "kind": kind,
                "start": start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agreement_id = UUID(d.pop("agreement_id"))

        def _parse_amount_kzt(data: object) -> float | str:
            return cast(float | str, data)

        amount_kzt = _parse_amount_kzt(d.pop("amount_kzt"))

        bin_ = d.pop("bin")

        end = datetime.date.fromisoformat(d.pop("end"))

        kind = d.pop("kind")

        start = datetime.date.fromisoformat(d.pop("start"))

        agreement_concluded = cls(
            agreement_id=agreement_id,
            amount_kzt=amount_kzt,
            bin_=bin_,
            end=end,
            kind=kind,
            start=start,
        )

        agreement_concluded.additional_properties = d
        return agreement_concluded

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
