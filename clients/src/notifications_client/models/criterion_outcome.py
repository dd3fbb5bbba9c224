from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.criterion_outcome_status import (
    CriterionOutcomeStatus,
    check_criterion_outcome_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CriterionOutcome")


@_attrs_define
class CriterionOutcome:
    """
    Attributes:
        code (str):
        criterion (str):
        source (str):
        status (CriterionOutcomeStatus):
        text_kk (str):
        text_ru (str):
        article (None | str | Unset):
        expected (None | str | Unset):
        found (None | str | Unset):
    """

    code: str
    criterion: str
    source: str
    status: CriterionOutcomeStatus
    text_kk: str
    text_ru: str
    article: None | str | Unset = UNSET
    expected: None | str | Unset = UNSET
    found: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        criterion = self.criterion

        source = self.source

        status: str = self.status

        text_kk = self.text_kk

        text_ru = self.text_ru

        article: None | str | Unset
        if isinstance(self.article, Unset):
            article = UNSET
        else:
            article = self.article

        expected: None | str | Unset
        if isinstance(self.expected, Unset):
            expected = UNSET
        else:
            expected = self.expected

        found: None | str | Unset
        if isinstance(self.found, Unset):
            found = UNSET
        else:
            found = self.found

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "criterion": criterion,
                "source": source,
                "status": status,
                "text_kk": text_kk,
                "text_ru": text_ru,
            }
        )
        if article is not UNSET:
            field_dict["article"] = article
        if expected is not UNSET:
            field_dict["expected"] = expected
        if found is not UNSET:
            field_dict["found"] = found

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        criterion = d.pop("criterion")

        source = d.pop("source")

        status = check_criterion_outcome_status(d.pop("status"))

        text_kk = d.pop("text_kk")

        text_ru = d.pop("text_ru")

        def _parse_article(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        article = _parse_article(d.pop("article", UNSET))

        def _parse_expected(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expected = _parse_expected(d.pop("expected", UNSET))

        def _parse_found(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        found = _parse_found(d.pop("found", UNSET))

        criterion_outcome = cls(
            code=code,
            criterion=criterion,
            source=source,
            status=status,
            text_kk=text_kk,
            text_ru=text_ru,
            article=article,
            expected=expected,
            found=found,
        )

        criterion_outcome.additional_properties = d
        return criterion_outcome

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
