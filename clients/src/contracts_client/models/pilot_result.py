from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.pilot_result_result import PilotResultResult, check_pilot_result_result

T = TypeVar("T", bound="PilotResult")


@_attrs_define
class PilotResult:
    """
    Attributes:
        report (str):
        result (PilotResultResult):
    """

    report: str
    result: PilotResultResult

    def to_dict(self) -> dict[str, Any]:
        report = self.report

        result: str = self.result

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "report": report,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        report = d.pop("report")

        result = check_pilot_result_result(d.pop("result"))

        pilot_result = cls(
            report=report,
            result=result,
        )

        return pilot_result
