from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlanOverdue")


@_attrs_define
class PlanOverdue:
    """
    Attributes:
        bin_ (str):
        deadline (str):
        due (datetime.date):
        party (str):
        plan_id (UUID):
    """

    bin_: str
    deadline: str
    due: datetime.date
    party: str
    plan_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        deadline = self.deadline

        due = self.due.isoformat()

        party = self.party

        plan_id = str(self.plan_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
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
        bin_ = d.pop("bin")

        deadline = d.pop("deadline")

        due = datetime.date.fromisoformat(d.pop("due"))

        party = d.pop("party")

        plan_id = UUID(d.pop("plan_id"))

        plan_overdue = cls(
            bin_=bin_,
            deadline=deadline,
            due=due,
            party=party,
            plan_id=plan_id,
        )

        plan_overdue.additional_properties = d
        return plan_overdue

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
