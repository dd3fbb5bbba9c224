from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MonitoringRun")


@_attrs_define
class MonitoringRun:
    """
    Attributes:
        overdue_processed (int):
        requested (int):
        today (datetime.date):
    """

    overdue_processed: int
    requested: int
    today: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overdue_processed = self.overdue_processed

        requested = self.requested

        today = self.today.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overdue_processed": overdue_processed,
                "requested": requested,
                "today": today,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        overdue_processed = d.pop("overdue_processed")

        requested = d.pop("requested")

        today = datetime.date.fromisoformat(d.pop("today"))

        monitoring_run = cls(
            overdue_processed=overdue_processed,
            requested=requested,
            today=today,
        )

        monitoring_run.additional_properties = d
        return monitoring_run

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
