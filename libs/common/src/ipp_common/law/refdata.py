"""Dated reference data: values that the law or its rules fix for a period (MRP per year, the National
Bank base rate, statutory terms). Every value carries its effective dates and legal basis, so a change of
rule is a data change, and a past decision is re-computed with the value that was in force then.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

_DEFAULT = Path(__file__).parents[1] / "data" / "reference.json"


@dataclass(frozen=True)
class DatedValue:
    key: str
    value: Any
    effective_from: date
    effective_to: date | None
    basis: str


class ReferenceDataMissing(LookupError):
    pass


class ReferenceData:
    def __init__(self, raw: dict[str, list[dict[str, Any]]]):
        self._series: dict[str, list[DatedValue]] = {}
        for key, rows in raw.items():
            if key.startswith("_"):
                continue
            values = sorted(
                (DatedValue(key, _num(r["value"]), date.fromisoformat(r["effective_from"]),
                            date.fromisoformat(r["effective_to"]) if r.get("effective_to") else None,
                            r.get("basis", "")) for r in rows),
                key=lambda v: v.effective_from)
            self._series[key] = values

    @classmethod
    def load(cls, path: Path | None = None) -> ReferenceData:
        return cls(json.loads((path or _DEFAULT).read_text()))

    def keys(self) -> list[str]:
        return sorted(self._series)

    def entry_on(self, key: str, on: date) -> DatedValue:
        found: DatedValue | None = None
        for v in self._series.get(key, []):
            if v.effective_from <= on and (v.effective_to is None or on < v.effective_to):
                found = v  # the latest that started on or before `on` wins
        if found is None:
            raise ReferenceDataMissing(f"no value of {key!r} in force on {on.isoformat()}")
        return found

    def value_on(self, key: str, on: date) -> Any:
        return self.entry_on(key, on).value

    def series(self, key: str) -> list[DatedValue]:
        return list(self._series.get(key, []))

    def mrp(self, on: date) -> int:
        """The monthly calculation index (МРП) in force on that date."""
        return int(self.value_on("mrp", on))

    def base_rate(self, on: date) -> Decimal:
        """The National Bank base rate (percent per year) in force on that date."""
        return Decimal(str(self.value_on("nbk_base_rate_pct", on)))


def _num(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return Decimal(v)
        except InvalidOperation:  # a text value (a date, a name), not a number
            return v
    return v


@lru_cache(maxsize=1)
def reference_data() -> ReferenceData:
    return ReferenceData.load()
