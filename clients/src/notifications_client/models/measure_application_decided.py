from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.measure_application_status import (
    MeasureApplicationStatus,
    check_measure_application_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.measure_application_decided_grounds_item import (
        MeasureApplicationDecidedGroundsItem,
    )


T = TypeVar("T", bound="MeasureApplicationDecided")


@_attrs_define
class MeasureApplicationDecided:
    """
    Attributes:
        application_id (UUID):
        bin_ (str):
        measure (str):
        outcome (MeasureApplicationStatus): The decision on a measure application: granted; refused, naming every failed
            condition (Art. 25.6);
            or sent to expertise first (Art. 42), which grants or refuses it later.
        grounds (list[MeasureApplicationDecidedGroundsItem] | Unset):
        measure_name_kk (None | str | Unset):
        measure_name_ru (None | str | Unset):
        score (int | None | Unset):
    """

    application_id: UUID
    bin_: str
    measure: str
    outcome: MeasureApplicationStatus
    grounds: list[MeasureApplicationDecidedGroundsItem] | Unset = UNSET
    measure_name_kk: None | str | Unset = UNSET
    measure_name_ru: None | str | Unset = UNSET
    score: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        bin_ = self.bin_

        measure = self.measure

        outcome: str = self.outcome

        grounds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grounds, Unset):
            grounds = []
            for grounds_item_data in self.grounds:
                grounds_item = grounds_item_data.to_dict()
                grounds.append(grounds_item)

        measure_name_kk: None | str | Unset
        if isinstance(self.measure_name_kk, Unset):
            measure_name_kk = UNSET
        else:
            measure_name_kk = self.measure_name_kk

        measure_name_ru: None | str | Unset
        if isinstance(self.measure_name_ru, Unset):
            measure_name_ru = UNSET
        else:
            measure_name_ru = self.measure_name_ru

        score: int | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "bin": bin_,
                "measure": measure,
                "outcome": outcome,
            }
        )
        if grounds is not UNSET:
            field_dict["grounds"] = grounds
        if measure_name_kk is not UNSET:
            field_dict["measure_name_kk"] = measure_name_kk
        if measure_name_ru is not UNSET:
            field_dict["measure_name_ru"] = measure_name_ru
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.measure_application_decided_grounds_item import (
            MeasureApplicationDecidedGroundsItem,
        )

        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        bin_ = d.pop("bin")

        measure = d.pop("measure")

        outcome = check_measure_application_status(d.pop("outcome"))

        _grounds = d.pop("grounds", UNSET)
        grounds: list[MeasureApplicationDecidedGroundsItem] | Unset = UNSET
        if _grounds is not UNSET:
            grounds = []
            for grounds_item_data in _grounds:
                grounds_item = MeasureApplicationDecidedGroundsItem.from_dict(
                    grounds_item_data
                )

                grounds.append(grounds_item)

        def _parse_measure_name_kk(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        measure_name_kk = _parse_measure_name_kk(d.pop("measure_name_kk", UNSET))

        def _parse_measure_name_ru(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        measure_name_ru = _parse_measure_name_ru(d.pop("measure_name_ru", UNSET))

        def _parse_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        measure_application_decided = cls(
            application_id=application_id,
            bin_=bin_,
            measure=measure,
            outcome=outcome,
            grounds=grounds,
            measure_name_kk=measure_name_kk,
            measure_name_ru=measure_name_ru,
            score=score,
        )

        measure_application_decided.additional_properties = d
        return measure_application_decided

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
