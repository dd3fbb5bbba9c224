"""What the registry's use cases need besides a unit of work: the clock, the extract signer, settings."""
from __future__ import annotations

from dataclasses import dataclass

from ipp_common.law.clock import Clock
from ipp_common.law.refdata import ReferenceData, reference_data

from registry.adapters.signing import ExtractSigner
from registry.config import RegistrySettings


@dataclass
class RegistryContext:
    settings: RegistrySettings
    clock: Clock
    signer: ExtractSigner
    ref: ReferenceData

    @classmethod
    def build(cls, settings: RegistrySettings) -> RegistryContext:
        return cls(settings, Clock.from_env(), ExtractSigner(settings.extract_signing_key), reference_data())
