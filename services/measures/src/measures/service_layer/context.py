"""What the measures use cases need besides a unit of work: settings, the clock and the dated reference
data (catalogue of measures, rates and terms, each with its effective dates)."""
from __future__ import annotations

from dataclasses import dataclass

from ipp_common.law.clock import Clock
from ipp_common.law.refdata import ReferenceData, reference_data

from measures.config import MeasuresSettings


@dataclass
class MeasuresContext:
    """Built once in `bootstrap.py`; tests replace the clock."""

    settings: MeasuresSettings
    clock: Clock
    ref: ReferenceData

    @classmethod
    def build(cls, settings: MeasuresSettings) -> MeasuresContext:
        return cls(settings, Clock.from_env(), reference_data())
