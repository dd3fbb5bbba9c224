from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BreachPublic")


@_attrs_define
class BreachPublic:
    """A breach notified to the recipient (Art. 62.4) and whether it was cured within its period.

    Attributes:
        beyond_control (bool):
        id (UUID):
        notified_on (datetime.date):
        reason (str):
        cure_due (datetime.date | None | Unset):
        cured_on (datetime.date | None | Unset):
    """

    beyond_control: bool
    id: UUID
    notified_on: datetime.date
    reason: str
    cure_due: datetime.date | None | Unset = UNSET
    cured_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        beyond_control = self.beyond_control

        id = str(self.id)

        notified_on = self.notified_on.isoformat()

        reason = self.reason

        cure_due: None | str | Unset
        if isinstance(self.cure_due, Unset):
            cure_due = UNSET
        elif isinstance(self.cure_due, datetime.date):
            cure_due = self.cure_due.isoformat()
        else:
            cure_due = self.cure_due

        cured_on: None | str | Unset
        if isinstance(self.cured_on, Unset):
            cured_on = UNSET
        elif isinstance(self.cured_on, datetime.date):
            cured_on = self.cured_on.isoformat()
        else:
            cured_on = self.cured_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "beyond_control": beyond_control,
                "id": id,
                "notified_on": notified_on,
                "reason": reason,
            }
        )
        if cure_due is not UNSET:
            field_dict["cure_due"] = cure_due
        if cured_on is not UNSET:
            field_dict["cured_on"] = cured_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        beyond_control = d.pop("beyond_control")

        id = UUID(d.pop("id"))

        notified_on = datetime.date.fromisoformat(d.pop("notified_on"))

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

        def _parse_cured_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cured_on_type_0 = datetime.date.fromisoformat(data)

                return cured_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        cured_on = _parse_cured_on(d.pop("cured_on", UNSET))

        breach_public = cls(
            beyond_control=beyond_control,
            id=id,
            notified_on=notified_on,
            reason=reason,
            cure_due=cure_due,
            cured_on=cured_on,
        )

        breach_public.additional_properties = d
        return breach_public

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
