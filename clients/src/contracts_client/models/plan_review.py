from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.plan_review_outcome import PlanReviewOutcome, check_plan_review_outcome

T = TypeVar("T", bound="PlanReview")


@_attrs_define
class PlanReview:
    """
    Attributes:
        outcome (PlanReviewOutcome):
    """

    outcome: PlanReviewOutcome

    def to_dict(self) -> dict[str, Any]:
        outcome: str = self.outcome

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        outcome = check_plan_review_outcome(d.pop("outcome"))

        plan_review = cls(
            outcome=outcome,
        )

        return plan_review
