from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.report_create_actuals import ReportCreateActuals


T = TypeVar("T", bound="ReportCreate")


@_attrs_define
class ReportCreate:
    """
    Attributes:
        actuals (ReportCreateActuals):
        period (str):
    """

    actuals: ReportCreateActuals
    period: str

    def to_dict(self) -> dict[str, Any]:
        actuals = self.actuals.to_dict()

        period = self.period

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "actuals": actuals,
                "period": period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_create_actuals import ReportCreateActuals

        d = dict(src_dict)
        actuals = ReportCreateActuals.from_dict(d.pop("actuals"))

        period = d.pop("period")

        report_create = cls(
            actuals=actuals,
            period=period,
        )

        return report_create
