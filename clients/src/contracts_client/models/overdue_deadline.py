from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.overdue_deadline_deadline import (
    OverdueDeadlineDeadline,
    check_overdue_deadline_deadline,
)
from ..models.overdue_deadline_party import (
    OverdueDeadlineParty,
    check_overdue_deadline_party,
)

T = TypeVar("T", bound="OverdueDeadline")


@_attrs_define
class OverdueDeadline:
    """
    Attributes:
        deadline (OverdueDeadlineDeadline):
        due (datetime.date):
        party (OverdueDeadlineParty):
        plan_id (UUID):
    """

    deadline: OverdueDeadlineDeadline
    due: datetime.date
    party: OverdueDeadlineParty
    plan_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deadline: str = self.deadline

        due = self.due.isoformat()

        party: str = self.party

        plan_id = str(self.plan_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deadline": deadline,
                "due": due,
                "party": party,
                "plan_id": plan_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deadline = check_overdue_deadline_deadline(d.pop("deadline"))

        due = datetime.date.fromisoformat(d.pop("due"))

        party = check_overdue_deadline_party(d.pop("party"))

        plan_id = UUID(d.pop("plan_id"))

        overdue_deadline = cls(
            deadline=deadline,
            due=due,
            party=party,
            plan_id=plan_id,
        )

        overdue_deadline.additional_properties = d
        return overdue_deadline

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
