from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refusal_ground_ground import (
    RefusalGroundGround,
    check_refusal_ground_ground,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefusalGround")


@_attrs_define
class RefusalGround:
    """A ground on which a measure application was refused (Art. 25.5-6, 42), in Kazakh and Russian.

    Attributes:
        article (str):
        ground (RefusalGroundGround):
        detail (None | str | Unset):
        text_kk (None | str | Unset):
        text_ru (None | str | Unset):
    """

    article: str
    ground: RefusalGroundGround
    detail: None | str | Unset = UNSET
    text_kk: None | str | Unset = UNSET
    text_ru: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article = self.article

        ground: str = self.ground

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        text_kk: None | str | Unset
        if isinstance(self.text_kk, Unset):
            text_kk = UNSET
        else:
            text_kk = self.text_kk

        text_ru: None | str | Unset
        if isinstance(self.text_ru, Unset):
            text_ru = UNSET
        else:
            text_ru = self.text_ru

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
        if text_kk is not UNSET:
            field_dict["text_kk"] = text_kk
        if text_ru is not UNSET:
            field_dict["text_ru"] = text_ru

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        article = d.pop("article")

        ground = check_refusal_ground_ground(d.pop("ground"))

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        def _parse_text_kk(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_kk = _parse_text_kk(d.pop("text_kk", UNSET))

        def _parse_text_ru(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_ru = _parse_text_ru(d.pop("text_ru", UNSET))

        refusal_ground = cls(
            article=article,
            ground=ground,
            detail=detail,
            text_kk=text_kk,
            text_ru=text_ru,
        )

        refusal_ground.additional_properties = d
        return refusal_ground

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
