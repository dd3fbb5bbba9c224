from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.measure_application_create_scores import (
        MeasureApplicationCreateScores,
    )


T = TypeVar("T", bound="MeasureApplicationCreate")


@_attrs_define
class MeasureApplicationCreate:
    """
    Attributes:
        amount_kzt (float | str):
        counter_obligations_accepted (bool):
        goods (list[str]):
        measure (str):
        documents (list[str] | Unset):
        region (None | str | Unset):
        scores (MeasureApplicationCreateScores | Unset):
    """

    amount_kzt: float | str
    counter_obligations_accepted: bool
    goods: list[str]
    measure: str
    documents: list[str] | Unset = UNSET
    region: None | str | Unset = UNSET
    scores: MeasureApplicationCreateScores | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount_kzt: float | str
        amount_kzt = self.amount_kzt

        counter_obligations_accepted = self.counter_obligations_accepted

        goods = self.goods

        measure = self.measure

        documents: list[str] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = self.documents

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        scores: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scores, Unset):
            scores = self.scores.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount_kzt": amount_kzt,
                "counter_obligations_accepted": counter_obligations_accepted,
                "goods": goods,
                "measure": measure,
            }
        )
        if documents is not UNSET:
            field_dict["documents"] = documents
        if region is not UNSET:
            field_dict["region"] = region
        if scores is not UNSET:
            field_dict["scores"] = scores

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.measure_application_create_scores import (
            MeasureApplicationCreateScores,
        )

        d = dict(src_dict)

        def _parse_amount_kzt(data: object) -> float | str:
            return cast(float | str, data)

        amount_kzt = _parse_amount_kzt(d.pop("amount_kzt"))

        counter_obligations_accepted = d.pop("counter_obligations_accepted")

        goods = cast(list[str], d.pop("goods"))

        measure = d.pop("measure")

        documents = cast(list[str], d.pop("documents", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        _scores = d.pop("scores", UNSET)
        scores: MeasureApplicationCreateScores | Unset
        if isinstance(_scores, Unset):
            scores = UNSET
        else:
            scores = MeasureApplicationCreateScores.from_dict(_scores)

        measure_application_create = cls(
            amount_kzt=amount_kzt,
            counter_obligations_accepted=counter_obligations_accepted,
            goods=goods,
            measure=measure,
            documents=documents,
            region=region,
            scores=scores,
        )

        return measure_application_create
