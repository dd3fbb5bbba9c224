from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.agreement_kind import AgreementKind, check_agreement_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.measure_in import MeasureIn
    from ..models.obligation_in import ObligationIn


T = TypeVar("T", bound="AgreementCreate")


@_attrs_define
class AgreementCreate:
    """
    Attributes:
        bin_ (str):
        end (datetime.date):
        kind (AgreementKind): The agreements under which measures are granted: on raising competitiveness (Art. 28), a
            grant
            agreement, and on industrial assembly (Art. 65).
        measures (list[MeasureIn]):
        obligations (list[ObligationIn]):
        start (datetime.date):
        region (None | str | Unset):
    """

    bin_: str
    end: datetime.date
    kind: AgreementKind
    measures: list[MeasureIn]
    obligations: list[ObligationIn]
    start: datetime.date
    region: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        end = self.end.isoformat()

        kind: str = self.kind

        measures = []
        for measures_item_data in self.measures:
            measures_item = measures_item_data.to_dict()
            measures.append(measures_item)

        obligations = []
        for obligations_item_data in self.obligations:
            obligations_item = obligations_item_data.to_dict()
            obligations.append(obligations_item)

        start = self.start.isoformat()

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bin": bin_,
                "end": end,
                "kind": kind,
                "measures": measures,
                "obligations": obligations,
                "start": start,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.measure_in import MeasureIn
        from ..models.obligation_in import ObligationIn

        d = dict(src_dict)
        bin_ = d.pop("bin")

        end = datetime.date.fromisoformat(d.pop("end"))

        kind = check_agreement_kind(d.pop("kind"))

        measures = []
        _measures = d.pop("measures")
        for measures_item_data in _measures:
            measures_item = MeasureIn.from_dict(measures_item_data)

            measures.append(measures_item)

        obligations = []
        _obligations = d.pop("obligations")
        for obligations_item_data in _obligations:
            obligations_item = ObligationIn.from_dict(obligations_item_data)

            obligations.append(obligations_item)

        start = datetime.date.fromisoformat(d.pop("start"))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        agreement_create = cls(
            bin_=bin_,
            end=end,
            kind=kind,
            measures=measures,
            obligations=obligations,
            start=start,
            region=region,
        )

        return agreement_create
