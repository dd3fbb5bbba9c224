from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BreachNotified")


@_attrs_define
class BreachNotified:
    """
    Attributes:
        agreement_id (UUID):
        bin_ (str):
        breach_id (UUID):
        reason (str):
        cure_due (datetime.date | None | Unset):
    """

    agreement_id: UUID
    bin_: str
    breach_id: UUID
    reason: str
    cure_due: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agreement_id = str(self.agreement_id)

        bin_ = self.bin_

        breach_id = str(self.breach_id)

        reason = self.reason

        cure_due: None | str | Unset
        if isinstance(self.cure_due, Unset):
            cure_due = UNSET
        elif isinstance(self.cure_due, datetime.date):
            cure_due = self.cure_due.isoformat()
        else:
            cure_due = self.cure_due

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agreement_id": agreement_id,
                "bin": bin_,
                "breach_id": breach_id,
                "reason": reason,
            }
        )
        if cure_due is not UNSET:
            field_dict["cure_due"] = cure_due

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agreement_id = UUID(d.pop("agreement_id"))

        bin_ = d.pop("bin")

        breach_id = UUID(d.pop("breach_id"))

        reason = d.pop("reason")

        def _parse_cure_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cure_due_type_0 = datetime.date.fromisoformat(data)

                return cure_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        cure_due = _parse_cure_due(d.pop("cure_due", UNSET))

        breach_notified = cls(
            agreement_id=agreement_id,
            bin_=bin_,
            breach_id=breach_id,
            reason=reason,
            cure_due=cure_due,
        )

        breach_notified.additional_properties = d
        return breach_notified

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
