from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.programme_create_icv_targets import ProgrammeCreateIcvTargets


T = TypeVar("T", bound="ProgrammeCreate")


@_attrs_define
class ProgrammeCreate:
    """
    Attributes:
        baseline_icv_pct (float | str):
        end_year (int):
        icv_targets (ProgrammeCreateIcvTargets):
        planned_contracts (int):
        start_year (int):
        other (list[str] | Unset):
        sme_measures (list[str] | Unset):
    """

    baseline_icv_pct: float | str
    end_year: int
    icv_targets: ProgrammeCreateIcvTargets
    planned_contracts: int
    start_year: int
    other: list[str] | Unset = UNSET
    sme_measures: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        baseline_icv_pct: float | str
        baseline_icv_pct = self.baseline_icv_pct

        end_year = self.end_year

        icv_targets = self.icv_targets.to_dict()

        planned_contracts = self.planned_contracts

        start_year = self.start_year

        other: list[str] | Unset = UNSET
        if not isinstance(self.other, Unset):
            other = self.other

        sme_measures: list[str] | Unset = UNSET
        if not isinstance(self.sme_measures, Unset):
            sme_measures = self.sme_measures

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "baseline_icv_pct": baseline_icv_pct,
                "end_year": end_year,
                "icv_targets": icv_targets,
                "planned_contracts": planned_contracts,
                "start_year": start_year,
            }
        )
        if other is not UNSET:
            field_dict["other"] = other
        if sme_measures is not UNSET:
            field_dict["sme_measures"] = sme_measures

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.programme_create_icv_targets import ProgrammeCreateIcvTargets

        d = dict(src_dict)

        def _parse_baseline_icv_pct(data: object) -> float | str:
            return cast(float | str, data)

        baseline_icv_pct = _parse_baseline_icv_pct(d.pop("baseline_icv_pct"))

        end_year = d.pop("end_year")

        icv_targets = ProgrammeCreateIcvTargets.from_dict(d.pop("icv_targets"))

        planned_contracts = d.pop("planned_contracts")

        start_year = d.pop("start_year")

        other = cast(list[str], d.pop("other", UNSET))

        sme_measures = cast(list[str], d.pop("sme_measures", UNSET))

        programme_create = cls(
            baseline_icv_pct=baseline_icv_pct,
            end_year=end_year,
            icv_targets=icv_targets,
            planned_contracts=planned_contracts,
            start_year=start_year,
            other=other,
            sme_measures=sme_measures,
        )

        return programme_create
