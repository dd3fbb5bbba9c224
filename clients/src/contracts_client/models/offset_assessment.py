from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OffsetAssessment")


@_attrs_define
class OffsetAssessment:
    """Unfulfilled offset obligations past their due date and the penalty on them (Art. 49.3).

    Attributes:
        article (str):
        penalty_kzt (str):
        rate_pct (str):
        unfulfilled_kzt (str):
    """

    article: str
    penalty_kzt: str
    rate_pct: str
    unfulfilled_kzt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article = self.article

        penalty_kzt = self.penalty_kzt

        rate_pct = self.rate_pct

        unfulfilled_kzt = self.unfulfilled_kzt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article": article,
                "penalty_kzt": penalty_kzt,
                "rate_pct": rate_pct,
                "unfulfilled_kzt": unfulfilled_kzt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        article = d.pop("article")

        penalty_kzt = d.pop("penalty_kzt")

        rate_pct = d.pop("rate_pct")

        unfulfilled_kzt = d.pop("unfulfilled_kzt")

        offset_assessment = cls(
            article=article,
            penalty_kzt=penalty_kzt,
            rate_pct=rate_pct,
            unfulfilled_kzt=unfulfilled_kzt,
        )

        offset_assessment.additional_properties = d
        return offset_assessment

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
