"""What the contracts use cases need besides a unit of work: settings, the clock and the dated reference data
(statutory terms, thresholds and rates, each with its effective dates)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ipp_common.law.clock import Clock
from ipp_common.law.refdata import ReferenceData, reference_data

from contracts.config import ContractsSettings
from contracts.domain import rules


@dataclass
class ContractsContext:
    """Built once in `bootstrap.py`; tests replace the clock."""

    settings: ContractsSettings
    clock: Clock
    ref: ReferenceData

    @classmethod
    def build(cls, settings: ContractsSettings) -> ContractsContext:
        return cls(settings, Clock.from_env(), reference_data())

    def terms(self, on: date) -> rules.Terms:
        """The planning-cycle terms of Art. 47 in force on `on`."""
        v = lambda k: int(self.ref.value_on(k, on))  # noqa: E731
        return rules.Terms(v("plan_review_calendar_days"), v("plan_correction_working_days"),
                           v("plan_approval_working_days"), v("manufacturer_application_calendar_days"),
                           v("contract_conclusion_calendar_days"))
