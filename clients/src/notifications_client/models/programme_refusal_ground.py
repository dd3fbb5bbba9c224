from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammeRefusalGround")


@_attrs_define
class ProgrammeRefusalGround:
    """A ground of refusal (Art. 61-1.2): ``understated_icv_targets`` (1), ``contracts_below_applications`` (2)
    or ``no_sme_measures`` (3), its subparagraph, and the figures that show it.

        Attributes:
            article (str):
            ground (str):
            detail (str | Unset):  Default: ''.
    """

    article: str
    ground: str
    detail: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article = self.article

        ground = self.ground

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

        ground = d.pop("ground")

        detail = d.pop("detail", UNSET)

        programme_refusal_ground = cls(
            article=article,
            ground=ground,
            detail=detail,
        )

        programme_refusal_ground.additional_properties = d
        return programme_refusal_ground

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
