from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.expertise_outcome import ExpertiseOutcome, check_expertise_outcome

T = TypeVar("T", bound="Expertise")


@_attrs_define
class Expertise:
    """Expertise of an industrial grant application (Art. 42).

    Attributes:
        conclusion (str):
        outcome (ExpertiseOutcome):
    """

    conclusion: str
    outcome: ExpertiseOutcome

    def to_dict(self) -> dict[str, Any]:
        conclusion = self.conclusion

        outcome: str = self.outcome

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conclusion": conclusion,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        conclusion = d.pop("conclusion")

        outcome = check_expertise_outcome(d.pop("outcome"))

        expertise = cls(
            conclusion=conclusion,
            outcome=outcome,
        )

        return expertise
