from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_public_actuals import ReportPublicActuals
    from ..models.report_public_levels import ReportPublicLevels


T = TypeVar("T", bound="ReportPublic")


@_attrs_define
class ReportPublic:
    """A monitoring report on the counter-obligations: the level achieved per obligation and in all.

    Attributes:
        actuals (ReportPublicActuals):
        agreement_id (UUID):
        id (UUID):
        late (bool):
        level (str):
        levels (ReportPublicLevels):
        period (str):
        submitted_on (datetime.date):
        due (datetime.date | None | Unset):
    """

    actuals: ReportPublicActuals
    agreement_id: UUID
    id: UUID
    late: bool
    level: str
    levels: ReportPublicLevels
    period: str
    submitted_on: datetime.date
    due: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actuals = self.actuals.to_dict()

        agreement_id = str(self.agreement_id)

        id = str(self.id)

        late = self.late

        level = self.level

        levels = self.levels.to_dict()

        period = self.period

        submitted_on = self.submitted_on.isoformat()

        due: None | str | Unset
        if isinstance(self.due, Unset):
            due = UNSET
        elif isinstance(self.due, datetime.date):
            due = self.due.isoformat()
        else:
            due = self.due

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actuals": actuals,
                "agreement_id": agreement_id,
                "id": id,
                "late": late,
                "level": level,
                "levels": levels,
                "period": period,
                "submitted_on": submitted_on,
            }
        )
        if due is not UNSET:
            field_dict["due"] = due

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_public_actuals import ReportPublicActuals
        from ..models.report_public_levels import ReportPublicLevels

        d = dict(src_dict)
        actuals = ReportPublicActuals.from_dict(d.pop("actuals"))

        agreement_id = UUID(d.pop("agreement_id"))

        id = UUID(d.pop("id"))

        late = d.pop("late")

        level = d.pop("level")

        levels = ReportPublicLevels.from_dict(d.pop("levels"))

        period = d.pop("period")

        submitted_on = datetime.date.fromisoformat(d.pop("submitted_on"))

        def _parse_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_type_0 = datetime.date.fromisoformat(data)

                return due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due = _parse_due(d.pop("due", UNSET))

        report_public = cls(
            actuals=actuals,
            agreement_id=agreement_id,
            id=id,
            late=late,
            level=level,
            levels=levels,
            period=period,
            submitted_on=submitted_on,
            due=due,
        )

        report_public.additional_properties = d
        return report_public

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
