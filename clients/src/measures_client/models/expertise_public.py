from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expertise_public_outcome import (
    ExpertisePublicOutcome,
    check_expertise_public_outcome,
)

T = TypeVar("T", bound="ExpertisePublic")


@_attrs_define
class ExpertisePublic:
    """The expertise of a grant application (Art. 42.3) and who gave it.

    Attributes:
        by (str):
        conclusion (str):
        outcome (ExpertisePublicOutcome):
    """

    by: str
    conclusion: str
    outcome: ExpertisePublicOutcome
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by = self.by

        conclusion = self.conclusion

        outcome: str = self.outcome

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by": by,
                "conclusion": conclusion,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        by = d.pop("by")

        conclusion = d.pop("conclusion")

        outcome = check_expertise_public_outcome(d.pop("outcome"))

        expertise_public = cls(
            by=by,
            conclusion=conclusion,
            outcome=outcome,
        )

        expertise_public.additional_properties = d
        return expertise_public

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
