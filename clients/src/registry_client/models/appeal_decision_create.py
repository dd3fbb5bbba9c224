from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.appeal_decision_create_outcome import (
    AppealDecisionCreateOutcome,
    check_appeal_decision_create_outcome,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppealDecisionCreate")


@_attrs_define
class AppealDecisionCreate:
    """Art. 51-5.5: satisfied fully or partially, or refused with reasons; written and binding.

    Attributes:
        outcome (AppealDecisionCreateOutcome):
        expected_version (int | None | Unset):
        reasons_kk (str | Unset):  Default: ''.
        reasons_ru (str | Unset):  Default: ''.
        restored_goods (list[str] | None | Unset):
    """

    outcome: AppealDecisionCreateOutcome
    expected_version: int | None | Unset = UNSET
    reasons_kk: str | Unset = ""
    reasons_ru: str | Unset = ""
    restored_goods: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        outcome: str = self.outcome

        expected_version: int | None | Unset
        if isinstance(self.expected_version, Unset):
            expected_version = UNSET
        else:
            expected_version = self.expected_version

        reasons_kk = self.reasons_kk

        reasons_ru = self.reasons_ru

        restored_goods: list[str] | None | Unset
        if isinstance(self.restored_goods, Unset):
            restored_goods = UNSET
        elif isinstance(self.restored_goods, list):
            restored_goods = self.restored_goods

        else:
            restored_goods = self.restored_goods

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
            }
        )
        if expected_version is not UNSET:
            field_dict["expected_version"] = expected_version
        if reasons_kk is not UNSET:
            field_dict["reasons_kk"] = reasons_kk
        if reasons_ru is not UNSET:
            field_dict["reasons_ru"] = reasons_ru
        if restored_goods is not UNSET:
            field_dict["restored_goods"] = restored_goods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        outcome = check_appeal_decision_create_outcome(d.pop("outcome"))

        def _parse_expected_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expected_version = _parse_expected_version(d.pop("expected_version", UNSET))

        reasons_kk = d.pop("reasons_kk", UNSET)

        reasons_ru = d.pop("reasons_ru", UNSET)

        def _parse_restored_goods(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                restored_goods_type_0 = cast(list[str], data)

                return restored_goods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        restored_goods = _parse_restored_goods(d.pop("restored_goods", UNSET))

        appeal_decision_create = cls(
            outcome=outcome,
            expected_version=expected_version,
            reasons_kk=reasons_kk,
            reasons_ru=reasons_ru,
            restored_goods=restored_goods,
        )

        return appeal_decision_create
