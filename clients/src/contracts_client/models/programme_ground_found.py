from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.programme_ground import ProgrammeGround, check_programme_ground
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammeGroundFound")


@_attrs_define
class ProgrammeGroundFound:
    """A ground on which the programme was refused (Art. 61-1.2): its code, subparagraph and the figures.

    Attributes:
        article (str):
        ground (ProgrammeGround): The three grounds on which the authorized body refuses to agree an ICV programme (Art.
            61-1.2).
        detail (str | Unset):  Default: ''.
    """

    article: str
    ground: ProgrammeGround
    detail: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article = self.article

        ground: str = self.ground

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article": article,
                "ground": ground,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        article = d.pop("article")

        ground = check_programme_ground(d.pop("ground"))

        detail = d.pop("detail", UNSET)

        programme_ground_found = cls(
            article=article,
            ground=ground,
            detail=detail,
        )

        programme_ground_found.additional_properties = d
        return programme_ground_found

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
