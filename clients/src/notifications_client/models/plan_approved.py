from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlanApproved")


@_attrs_define
class PlanApproved:
    """
    Attributes:
        approved_on (datetime.date):
        bin_ (str):
        plan_id (UUID):
        publication_due (datetime.date):
    """

    approved_on: datetime.date
    bin_: str
    plan_id: UUID
    publication_due: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved_on = self.approved_on.isoformat()

        bin_ = self.bin_

        plan_id = str(self.plan_id)

        publication_due = self.publication_due.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approved_on": approved_on,
                "bin": bin_,
                "plan_id": plan_id,
                "publication_due": publication_due,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        approved_on = datetime.date.fromisoformat(d.pop("approved_on"))

        bin_ = d.pop("bin")

        plan_id = UUID(d.pop("plan_id"))

        publication_due = datetime.date.fromisoformat(d.pop("publication_due"))

        plan_approved = cls(
            approved_on=approved_on,
            bin_=bin_,
            plan_id=plan_id,
            publication_due=publication_due,
        )

        plan_approved.additional_properties = d
        return plan_approved

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
