from __future__ import annotations

import datetime
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
    from ..models.expertise_public import ExpertisePublic
    from ..models.measure_application_public_scores import (
        MeasureApplicationPublicScores,
    )
    from ..models.refusal_ground import RefusalGround


T = TypeVar("T", bound="MeasureApplicationPublic")


@_attrs_define
class MeasureApplicationPublic:
    """A measure application and its decision: granted, refused on the grounds of Art. 25.6 (each named,
    with its article), or sent to expertise (Art. 42).

        Attributes:
            amount_kzt (str):
            bin_ (str):
            counter_obligations_accepted (bool):
            decided_at (datetime.datetime):
            documents (list[str]):
            goods (list[str]):
            grounds (list[RefusalGround]):
            id (UUID):
            measure (str):
            score (int):
            scores (MeasureApplicationPublicScores):
            status (MeasureApplicationStatus): The decision on a measure application: granted; refused, naming every failed
                condition (Art. 25.6);
                or sent to expertise first (Art. 42), which grants or refuses it later.
            expertise (ExpertisePublic | None | Unset):
            region (None | str | Unset):
    """

    amount_kzt: str
    bin_: str
    counter_obligations_accepted: bool
    decided_at: datetime.datetime
    documents: list[str]
    goods: list[str]
    grounds: list[RefusalGround]
    id: UUID
    measure: str
    score: int
    scores: MeasureApplicationPublicScores
    status: MeasureApplicationStatus
    expertise: ExpertisePublic | None | Unset = UNSET
    region: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.expertise_public import ExpertisePublic

        amount_kzt = self.amount_kzt

        bin_ = self.bin_

        counter_obligations_accepted = self.counter_obligations_accepted

        decided_at = self.decided_at.isoformat()

        documents = self.documents

        goods = self.goods

        grounds = []
        for grounds_item_data in self.grounds:
            grounds_item = grounds_item_data.to_dict()
            grounds.append(grounds_item)

        id = str(self.id)

        measure = self.measure

        score = self.score

        scores = self.scores.to_dict()

        status: str = self.status

        expertise: dict[str, Any] | None | Unset
        if isinstance(self.expertise, Unset):
            expertise = UNSET
        elif isinstance(self.expertise, ExpertisePublic):
            expertise = self.expertise.to_dict()
        else:
            expertise = self.expertise

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_kzt": amount_kzt,
                "bin": bin_,
                "counter_obligations_accepted": counter_obligations_accepted,
                "decided_at": decided_at,
                "documents": documents,
                "goods": goods,
                "grounds": grounds,
                "id": id,
                "measure": measure,
                "score": score,
                "scores": scores,
                "status": status,
            }
        )
        if expertise is not UNSET:
            field_dict["expertise"] = expertise
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.expertise_public import ExpertisePublic
        from ..models.measure_application_public_scores import (
            MeasureApplicationPublicScores,
        )
        from ..models.refusal_ground import RefusalGround

        d = dict(src_dict)
        amount_kzt = d.pop("amount_kzt")

        bin_ = d.pop("bin")

        counter_obligations_accepted = d.pop("counter_obligations_accepted")

        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))

        documents = cast(list[str], d.pop("documents"))

        goods = cast(list[str], d.pop("goods"))

        grounds = []
        _grounds = d.pop("grounds")
        for grounds_item_data in _grounds:
            grounds_item = RefusalGround.from_dict(grounds_item_data)

            grounds.append(grounds_item)

        id = UUID(d.pop("id"))

        measure = d.pop("measure")

        score = d.pop("score")

        scores = MeasureApplicationPublicScores.from_dict(d.pop("scores"))

        status = check_measure_application_status(d.pop("status"))

        def _parse_expertise(data: object) -> ExpertisePublic | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expertise_type_0 = ExpertisePublic.from_dict(data)

                return expertise_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExpertisePublic | None | Unset, data)

        expertise = _parse_expertise(d.pop("expertise", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        measure_application_public = cls(
            amount_kzt=amount_kzt,
            bin_=bin_,
            counter_obligations_accepted=counter_obligations_accepted,
            decided_at=decided_at,
            documents=documents,
            goods=goods,
            grounds=grounds,
            id=id,
            measure=measure,
            score=score,
            scores=scores,
            status=status,
            expertise=expertise,
            region=region,
        )

        measure_application_public.additional_properties = d
        return measure_application_public

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
