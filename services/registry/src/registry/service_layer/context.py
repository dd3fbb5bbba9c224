"""What the registry's use cases need besides a unit of work: settings, the clock, the extract signer, the
dated reference data and the cached public read of the register."""
from __future__ import annotations

from dataclasses import dataclass

from ipp_common.law.clock import Clock
from ipp_common.law.refdata import ReferenceData, reference_data

from registry.adapters.repository import RegisterReadModel
from registry.adapters.signing import ExtractSigner
from registry.config import RegistrySettings


@dataclass
class RegistryContext:
    """Built once in `bootstrap.py`; tests replace the clock."""

    settings: RegistrySettings
    clock: Clock
    signer: ExtractSigner
    ref: ReferenceData
    register: RegisterReadModel

    @classmethod
    def build(cls, settings: RegistrySettings, register: RegisterReadModel) -> RegistryContext:
        return cls(settings, Clock.from_env(), ExtractSigner(settings.extract_signing_key), reference_data(), register)
