from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammeReport")


@_attrs_define
class ProgrammeReport:
    """
    Attributes:
        contracts_concluded (int):
        icv_share_pct (float | str):
        year (int):
        sme_measures_done (list[str] | Unset):
    """

    contracts_concluded: int
    icv_share_pct: float | str
    year: int
    sme_measures_done: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contracts_concluded = self.contracts_concluded

        icv_share_pct: float | str
        icv_share_pct = self.icv_share_pct

        year = self.year

        sme_measures_done: list[str] | Unset = UNSET
        if not isinstance(self.sme_measures_done, Unset):
            sme_measures_done = self.sme_measures_done

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contracts_concluded": contracts_concluded,
                "icv_share_pct": icv_share_pct,
                "year": year,
            }
        )
        if sme_measures_done is not UNSET:
            field_dict["sme_measures_done"] = sme_measures_done

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contracts_concluded = d.pop("contracts_concluded")

        def _parse_icv_share_pct(data: object) -> float | str:
            return cast(float | str, data)

        icv_share_pct = _parse_icv_share_pct(d.pop("icv_share_pct"))

        year = d.pop("year")

        sme_measures_done = cast(list[str], d.pop("sme_measures_done", UNSET))

        programme_report = cls(
            contracts_concluded=contracts_concluded,
            icv_share_pct=icv_share_pct,
            year=year,
            sme_measures_done=sme_measures_done,
        )

        return programme_report
