from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssessmentAct")


@_attrs_define
class AssessmentAct:
    """The act drawn up after an on-site inspection (акт оценки производства, Art. 51-1.5).

    Attributes:
        drawn_up_on (datetime.date):
        inspectors (list[str]):
        number (str):
        sha256 (str):
        uri (str):
    """

    drawn_up_on: datetime.date
    inspectors: list[str]
    number: str
    sha256: str
    uri: str

    def to_dict(self) -> dict[str, Any]:
        drawn_up_on = self.drawn_up_on.isoformat()

        inspectors = self.inspectors

        number = self.number

        sha256 = self.sha256

        uri = self.uri

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "drawn_up_on": drawn_up_on,
                "inspectors": inspectors,
                "number": number,
                "sha256": sha256,
                "uri": uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        drawn_up_on = datetime.date.fromisoformat(d.pop("drawn_up_on"))

        inspectors = cast(list[str], d.pop("inspectors"))

        number = d.pop("number")

        sha256 = d.pop("sha256")

        uri = d.pop("uri")

        assessment_act = cls(
            drawn_up_on=drawn_up_on,
            inspectors=inspectors,
            number=number,
            sha256=sha256,
            uri=uri,
        )

        return assessment_act
