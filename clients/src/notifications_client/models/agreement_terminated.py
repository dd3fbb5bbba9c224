from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgreementTerminated")


@_attrs_define
class AgreementTerminated:
    """
    Attributes:
        agreement_id (UUID):
        bin_ (str):
        reason (str):
        terminated_on (datetime.date):
        breach_reason (None | str | Unset):
        cure_due (datetime.date | None | Unset):
    """

    agreement_id: UUID
    bin_: str
    reason: str
    terminated_on: datetime.date
    breach_reason: None | str | Unset = UNSET
    cure_due: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agreement_id = str(self.agreement_id)

        bin_ = self.bin_

        reason = self.reason

        terminated_on = self.terminated_on.isoformat()

        breach_reason: None | str | Unset
        if isinstance(self.breach_reason, Unset):
            breach_reason = UNSET
        else:
            breach_reason = self.breach_reason

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
                "reason": reason,
                "terminated_on": terminated_on,
            }
        )
        if breach_reason is not UNSET:
            field_dict["breach_reason"] = breach_reason
        if cure_due is not UNSET:
            field_dict["cure_due"] = cure_due

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agreement_id = UUID(d.pop("agreement_id"))

        bin_ = d.pop("bin")

        reason = d.pop("reason")

        terminated_on = datetime.date.fromisoformat(d.pop("terminated_on"))

        def _parse_breach_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        breach_reason = _parse_breach_reason(d.pop("breach_reason", UNSET))

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

        agreement_terminated = cls(
            agreement_id=agreement_id,
            bin_=bin_,
            reason=reason,
            terminated_on=terminated_on,
            breach_reason=breach_reason,
            cure_due=cure_due,
        )

        agreement_terminated.additional_properties = d
        return agreement_terminated

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
