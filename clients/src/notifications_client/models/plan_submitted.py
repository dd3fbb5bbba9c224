from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlanSubmitted")


@_attrs_define
class PlanSubmitted:
    """
    Attributes:
        customer_bin (str):
        late (bool):
        plan_id (UUID):
        purchase_year (int):
        review_due (datetime.date):
        submitted_on (datetime.date):
    """

    customer_bin: str
    late: bool
    plan_id: UUID
    purchase_year: int
    review_due: datetime.date
    submitted_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_bin = self.customer_bin

        late = self.late

        plan_id = str(self.plan_id)

        purchase_year = self.purchase_year

        review_due = self.review_due.isoformat()

        submitted_on = self.submitted_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_bin": customer_bin,
                "late": late,
                "plan_id": plan_id,
                "purchase_year": purchase_year,
                "review_due": review_due,
                "submitted_on": submitted_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_bin = d.pop("customer_bin")

        late = d.pop("late")

        plan_id = UUID(d.pop("plan_id"))

        purchase_year = d.pop("purchase_year")

        review_due = datetime.date.fromisoformat(d.pop("review_due"))

        submitted_on = datetime.date.fromisoformat(d.pop("submitted_on"))

        plan_submitted = cls(
            customer_bin=customer_bin,
            late=late,
            plan_id=plan_id,
            purchase_year=purchase_year,
            review_due=review_due,
            submitted_on=submitted_on,
        )

        plan_submitted.additional_properties = d
        return plan_submitted

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
