from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problem_type_action import ProblemTypeAction
    from ..models.problem_type_title import ProblemTypeTitle


T = TypeVar("T", bound="ProblemType")


@_attrs_define
class ProblemType:
    """A problem type: what its ``code`` means and what a caller can do about it.

    Attributes:
        action (ProblemTypeAction): What the caller can do, in Kazakh, Russian and English
        articles (list[str]): Articles of the Law «On Industrial Policy» it applies
        code (str):
        fields (list[str]): Fields the answer names
        title (ProblemTypeTitle): The title in Kazakh, Russian and English
        type_ (str): This page's URL: the `type` of every problem with this code
        status (int | None | Unset): The HTTP status it is answered with; null for a rule of `errors[]` in a 422 answer
    """

    action: ProblemTypeAction
    articles: list[str]
    code: str
    fields: list[str]
    title: ProblemTypeTitle
    type_: str
    status: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.to_dict()

        articles = self.articles

        code = self.code

        fields = self.fields

        title = self.title.to_dict()

        type_ = self.type_

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "articles": articles,
                "code": code,
                "fields": fields,
                "title": title,
                "type": type_,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.problem_type_action import ProblemTypeAction
        from ..models.problem_type_title import ProblemTypeTitle

        d = dict(src_dict)
        action = ProblemTypeAction.from_dict(d.pop("action"))

        articles = cast(list[str], d.pop("articles"))

        code = d.pop("code")

        fields = cast(list[str], d.pop("fields"))

        title = ProblemTypeTitle.from_dict(d.pop("title"))

        type_ = d.pop("type")

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        problem_type = cls(
            action=action,
            articles=articles,
            code=code,
            fields=fields,
            title=title,
            type_=type_,
            status=status,
        )

        problem_type.additional_properties = d
        return problem_type

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
