from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pilot_outcome_result import PilotOutcomeResult, check_pilot_outcome_result

T = TypeVar("T", bound="PilotOutcome")


@_attrs_define
class PilotOutcome:
    """The customer's test of a pilot batch (Art. 47.8).

    Attributes:
        on (datetime.date):
        report (str):
        result (PilotOutcomeResult):
    """

    on: datetime.date
    report: str
    result: PilotOutcomeResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        report = self.report

        result: str = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "on": on,
                "report": report,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        report = d.pop("report")

        result = check_pilot_outcome_result(d.pop("result"))

        pilot_outcome = cls(
            on=on,
            report=report,
            result=result,
        )

        pilot_outcome.additional_properties = d
        return pilot_outcome

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
