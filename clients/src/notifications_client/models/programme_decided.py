from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.programme_refusal_ground import ProgrammeRefusalGround


T = TypeVar("T", bound="ProgrammeDecided")


@_attrs_define
class ProgrammeDecided:
    """
    Attributes:
        bin_ (str):
        grounds (list[ProgrammeRefusalGround]):
        outcome (str):
        programme_id (UUID):
    """

    bin_: str
    grounds: list[ProgrammeRefusalGround]
    outcome: str
    programme_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        grounds = []
        for grounds_item_data in self.grounds:
            grounds_item = grounds_item_data.to_dict()
            grounds.append(grounds_item)

        outcome = self.outcome

        programme_id = str(self.programme_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "grounds": grounds,
                "outcome": outcome,
                "programme_id": programme_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.programme_refusal_ground import ProgrammeRefusalGround

        d = dict(src_dict)
        bin_ = d.pop("bin")

        grounds = []
        _grounds = d.pop("grounds")
        for grounds_item_data in _grounds:
            grounds_item = ProgrammeRefusalGround.from_dict(grounds_item_data)

            grounds.append(grounds_item)

        outcome = d.pop("outcome")

        programme_id = UUID(d.pop("programme_id"))

        programme_decided = cls(
            bin_=bin_,
            grounds=grounds,
            outcome=outcome,
            programme_id=programme_id,
        )

        programme_decided.additional_properties = d
        return programme_decided

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
