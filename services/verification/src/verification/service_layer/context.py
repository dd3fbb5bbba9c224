"""What the verification use cases need besides a unit of work: settings, the clock and the e-gov sources
(httpx clients to the government information systems)."""
from __future__ import annotations

from dataclasses import dataclass

from ipp_common.law.clock import Clock

from verification.adapters.egov import EgovSources
from verification.config import VerificationSettings


@dataclass
class VerificationContext:
    """Built once in `bootstrap.py`; tests replace the clock, and the sources' base URL points at the e-gov
    simulator."""

    settings: VerificationSettings
    clock: Clock
    sources: EgovSources

    @classmethod
    def build(cls, settings: VerificationSettings, sources: EgovSources | None = None) -> VerificationContext:
        return cls(settings, Clock.from_env(), sources or EgovSources(settings))
