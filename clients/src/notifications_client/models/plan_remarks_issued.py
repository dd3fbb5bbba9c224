from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.plan_remarks_issued_remarks_item import PlanRemarksIssuedRemarksItem


T = TypeVar("T", bound="PlanRemarksIssued")


@_attrs_define
class PlanRemarksIssued:
    """
    Attributes:
        bin_ (str):
        correction_due (datetime.date):
        plan_id (UUID):
        remarks (list[PlanRemarksIssuedRemarksItem]):
    """

    bin_: str
    correction_due: datetime.date
    plan_id: UUID
    remarks: list[PlanRemarksIssuedRemarksItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        correction_due = self.correction_due.isoformat()

        plan_id = str(self.plan_id)

        remarks = []
        for remarks_item_data in self.remarks:
            remarks_item = remarks_item_data.to_dict()
            remarks.append(remarks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "correction_due": correction_due,
                "plan_id": plan_id,
                "remarks": remarks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plan_remarks_issued_remarks_item import (
            PlanRemarksIssuedRemarksItem,
        )

        d = dict(src_dict)
        bin_ = d.pop("bin")

        correction_due = datetime.date.fromisoformat(d.pop("correction_due"))

        plan_id = UUID(d.pop("plan_id"))

        remarks = []
        _remarks = d.pop("remarks")
        for remarks_item_data in _remarks:
            remarks_item = PlanRemarksIssuedRemarksItem.from_dict(remarks_item_data)

            remarks.append(remarks_item)

        plan_remarks_issued = cls(
            bin_=bin_,
            correction_due=correction_due,
            plan_id=plan_id,
            remarks=remarks,
        )

        plan_remarks_issued.additional_properties = d
        return plan_remarks_issued

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
