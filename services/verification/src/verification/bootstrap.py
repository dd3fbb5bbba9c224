"""Composition root of the verification service."""
from __future__ import annotations

from fastapi import FastAPI
from ipp_common.http.app import create_app, include_flat
from ipp_common.http.test_clock import mount_test_clock
from ipp_common.law.clock import Clock
from ipp_common.observability.telemetry import instrument_app
from ipp_common.service.runtime import ServiceRuntime

from verification.adapters.egov import EgovSources
from verification.adapters.unit_of_work import VerificationUnitOfWork
from verification.config import VerificationSettings
from verification.entrypoints import api
from verification.service_layer.handlers import Verifier


def build_runtime(settings: VerificationSettings | None = None, role: str = "all",
                  sources: EgovSources | None = None) -> ServiceRuntime[VerificationUnitOfWork]:
    settings = settings or VerificationSettings()
    sources = sources or EgovSources(settings)
    clock = Clock.from_env()
    verifier = Verifier(sources, settings, clock)
    runtime = ServiceRuntime(settings, uow_class=VerificationUnitOfWork, migrations_package="verification",
                             role=role, handlers=verifier.handlers(), precheck_inbox=True)
    runtime.resources["sources"] = sources
    runtime.resources["clock"] = clock
    runtime.background += [lambda stop: verifier.pending_loop(runtime.uow, stop),
                           lambda stop: verifier.status_feed_loop(runtime.uow, stop)]
    runtime.on_close(sources.close)
    return runtime


def build_app(runtime: ServiceRuntime[VerificationUnitOfWork]) -> FastAPI:
    app = create_app(runtime.settings, title="Digital verification",
                     description="Automatic checks of applicants and producers against government information "
                                 "systems (Art. 1.23-1, 51-1.3, 51-4).", lifespan=runtime.lifespan)
    include_flat(app, api.router)
    if runtime.settings.env == "test":
        mount_test_clock(app, runtime.resources["clock"])
    instrument_app(app)
    return app
