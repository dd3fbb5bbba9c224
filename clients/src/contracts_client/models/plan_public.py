from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_public_overdue_item import (
    PlanPublicOverdueItem,
    check_plan_public_overdue_item,
)
from ..models.plan_public_plan_kind import (
    PlanPublicPlanKind,
    check_plan_public_plan_kind,
)
from ..models.plan_status import PlanStatus, check_plan_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plan_history_event import PlanHistoryEvent
    from ..models.plan_item_public import PlanItemPublic
    from ..models.plan_remark import PlanRemark


T = TypeVar("T", bound="PlanPublic")


@_attrs_define
class PlanPublic:
    """A procurement plan and where it stands in the planning cycle of Art. 47 (every due date computed on
    the working-day calendar).

        Attributes:
            customer_bin (str):
            history (list[PlanHistoryEvent]):
            id (UUID):
            items (list[PlanItemPublic]):
            late_submission (bool):
            overdue (list[PlanPublicOverdueItem]):
            plan_kind (PlanPublicPlanKind):
            purchase_year (int):
            remarks (list[PlanRemark]):
            review_due (datetime.date):
            status (PlanStatus):
            submitted_on (datetime.date):
            version (int):
            applications_until (datetime.date | None | Unset):
            approval_due (datetime.date | None | Unset):
            approved_on (datetime.date | None | Unset):
            conclusion_due (datetime.date | None | Unset):
            correction_due (datetime.date | None | Unset):
            published_on (datetime.date | None | Unset):
            remarks_served_on (datetime.date | None | Unset):
            resubmitted_on (datetime.date | None | Unset):
    """

    customer_bin: str
    history: list[PlanHistoryEvent]
    id: UUID
    items: list[PlanItemPublic]
    late_submission: bool
    overdue: list[PlanPublicOverdueItem]
    plan_kind: PlanPublicPlanKind
    purchase_year: int
    remarks: list[PlanRemark]
    review_due: datetime.date
    status: PlanStatus
    submitted_on: datetime.date
    version: int
    applications_until: datetime.date | None | Unset = UNSET
    approval_due: datetime.date | None | Unset = UNSET
    approved_on: datetime.date | None | Unset = UNSET
    conclusion_due: datetime.date | None | Unset = UNSET
    correction_due: datetime.date | None | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    remarks_served_on: datetime.date | None | Unset = UNSET
    resubmitted_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_bin = self.customer_bin

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        id = str(self.id)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        late_submission = self.late_submission

        overdue = []
        for overdue_item_data in self.overdue:
            overdue_item: str = overdue_item_data
            overdue.append(overdue_item)

        plan_kind: str = self.plan_kind

        purchase_year = self.purchase_year

        remarks = []
        for remarks_item_data in self.remarks:
            remarks_item = remarks_item_data.to_dict()
            remarks.append(remarks_item)

        review_due = self.review_due.isoformat()

        status: str = self.status

        submitted_on = self.submitted_on.isoformat()

        version = self.version

        applications_until: None | str | Unset
        if isinstance(self.applications_until, Unset):
            applications_until = UNSET
        elif isinstance(self.applications_until, datetime.date):
            applications_until = self.applications_until.isoformat()
        else:
            applications_until = self.applications_until

        approval_due: None | str | Unset
        if isinstance(self.approval_due, Unset):
            approval_due = UNSET
        elif isinstance(self.approval_due, datetime.date):
            approval_due = self.approval_due.isoformat()
        else:
            approval_due = self.approval_due

        approved_on: None | str | Unset
        if isinstance(self.approved_on, Unset):
            approved_on = UNSET
        elif isinstance(self.approved_on, datetime.date):
            approved_on = self.approved_on.isoformat()
        else:
            approved_on = self.approved_on

        conclusion_due: None | str | Unset
        if isinstance(self.conclusion_due, Unset):
            conclusion_due = UNSET
        elif isinstance(self.conclusion_due, datetime.date):
            conclusion_due = self.conclusion_due.isoformat()
        else:
            conclusion_due = self.conclusion_due

        correction_due: None | str | Unset
        if isinstance(self.correction_due, Unset):
            correction_due = UNSET
        elif isinstance(self.correction_due, datetime.date):
            correction_due = self.correction_due.isoformat()
        else:
            correction_due = self.correction_due

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        elif isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        remarks_served_on: None | str | Unset
        if isinstance(self.remarks_served_on, Unset):
            remarks_served_on = UNSET
        elif isinstance(self.remarks_served_on, datetime.date):
            remarks_served_on = self.remarks_served_on.isoformat()
        else:
            remarks_served_on = self.remarks_served_on

        resubmitted_on: None | str | Unset
        if isinstance(self.resubmitted_on, Unset):
            resubmitted_on = UNSET
        elif isinstance(self.resubmitted_on, datetime.date):
            resubmitted_on = self.resubmitted_on.isoformat()
        else:
            resubmitted_on = self.resubmitted_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_bin": customer_bin,
                "history": history,
                "id": id,
                "items": items,
                "late_submission": late_submission,
                "overdue": overdue,
                "plan_kind": plan_kind,
                "purchase_year": purchase_year,
                "remarks": remarks,
                "review_due": review_due,
                "status": status,
                "submitted_on": submitted_on,
                "version": version,
            }
        )
        if applications_until is not UNSET:
            field_dict["applications_until"] = applications_until
        if approval_due is not UNSET:
            field_dict["approval_due"] = approval_due
        if approved_on is not UNSET:
            field_dict["approved_on"] = approved_on
        if conclusion_due is not UNSET:
            field_dict["conclusion_due"] = conclusion_due
        if correction_due is not UNSET:
            field_dict["correction_due"] = correction_due
        if published_on is not UNSET:
            field_dict["published_on"] = published_on
        if remarks_served_on is not UNSET:
            field_dict["remarks_served_on"] = remarks_served_on
        if resubmitted_on is not UNSET:
            field_dict["resubmitted_on"] = resubmitted_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plan_history_event import PlanHistoryEvent
        from ..models.plan_item_public import PlanItemPublic
        from ..models.plan_remark import PlanRemark

        d = dict(src_dict)
        customer_bin = d.pop("customer_bin")

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = PlanHistoryEvent.from_dict(history_item_data)

            history.append(history_item)

        id = UUID(d.pop("id"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PlanItemPublic.from_dict(items_item_data)

            items.append(items_item)

        late_submission = d.pop("late_submission")

        overdue = []
        _overdue = d.pop("overdue")
        for overdue_item_data in _overdue:
            overdue_item = check_plan_public_overdue_item(overdue_item_data)

            overdue.append(overdue_item)

        plan_kind = check_plan_public_plan_kind(d.pop("plan_kind"))

        purchase_year = d.pop("purchase_year")

        remarks = []
        _remarks = d.pop("remarks")
        for remarks_item_data in _remarks:
            remarks_item = PlanRemark.from_dict(remarks_item_data)

            remarks.append(remarks_item)

        review_due = datetime.date.fromisoformat(d.pop("review_due"))

        status = check_plan_status(d.pop("status"))

        submitted_on = datetime.date.fromisoformat(d.pop("submitted_on"))

        version = d.pop("version")

        def _parse_applications_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                applications_until_type_0 = datetime.date.fromisoformat(data)

                return applications_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        applications_until = _parse_applications_until(
            d.pop("applications_until", UNSET)
        )

        def _parse_approval_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_due_type_0 = datetime.date.fromisoformat(data)

                return approval_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        approval_due = _parse_approval_due(d.pop("approval_due", UNSET))

        def _parse_approved_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_on_type_0 = datetime.date.fromisoformat(data)

                return approved_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        approved_on = _parse_approved_on(d.pop("approved_on", UNSET))

        def _parse_conclusion_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conclusion_due_type_0 = datetime.date.fromisoformat(data)

                return conclusion_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        conclusion_due = _parse_conclusion_due(d.pop("conclusion_due", UNSET))

        def _parse_correction_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                correction_due_type_0 = datetime.date.fromisoformat(data)

                return correction_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        correction_due = _parse_correction_due(d.pop("correction_due", UNSET))

        def _parse_published_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_on = _parse_published_on(d.pop("published_on", UNSET))

        def _parse_remarks_served_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                remarks_served_on_type_0 = datetime.date.fromisoformat(data)

                return remarks_served_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        remarks_served_on = _parse_remarks_served_on(d.pop("remarks_served_on", UNSET))

        def _parse_resubmitted_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resubmitted_on_type_0 = datetime.date.fromisoformat(data)

                return resubmitted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        resubmitted_on = _parse_resubmitted_on(d.pop("resubmitted_on", UNSET))

        plan_public = cls(
            customer_bin=customer_bin,
            history=history,
            id=id,
            items=items,
            late_submission=late_submission,
            overdue=overdue,
            plan_kind=plan_kind,
            purchase_year=purchase_year,
            remarks=remarks,
            review_due=review_due,
            status=status,
            submitted_on=submitted_on,
            version=version,
            applications_until=applications_until,
            approval_due=approval_due,
            approved_on=approved_on,
            conclusion_due=conclusion_due,
            correction_due=correction_due,
            published_on=published_on,
            remarks_served_on=remarks_served_on,
            resubmitted_on=resubmitted_on,
        )

        plan_public.additional_properties = d
        return plan_public

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
