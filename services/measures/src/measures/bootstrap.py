"""Composition root of the measures service."""
from __future__ import annotations

from fastapi import FastAPI
from ipp_common.http.app import create_app, include_flat
from ipp_common.http.test_clock import mount_test_clock
from ipp_common.observability.telemetry import instrument_app
from ipp_common.service.runtime import ServiceRuntime

from measures.adapters.unit_of_work import MeasuresUnitOfWork
from measures.config import MeasuresSettings
from measures.entrypoints import api
from measures.service_layer.handlers import HANDLERS, MeasuresContext


def build_runtime(settings: MeasuresSettings | None = None, role: str = "all") -> ServiceRuntime[MeasuresUnitOfWork]:
    runtime = ServiceRuntime(settings or MeasuresSettings(), uow_class=MeasuresUnitOfWork,
                             migrations_package="measures", role=role, handlers=HANDLERS)
    runtime.resources["ctx"] = MeasuresContext.build()
    return runtime


def build_app(runtime: ServiceRuntime[MeasuresUnitOfWork]) -> FastAPI:
    app = create_app(runtime.settings, title="State stimulation measures",
                     description="Priority goods, measures, agreements, counter-obligations and refunds "
                                 "(Art. 25-42-2, 62-65).", lifespan=runtime.lifespan)
    include_flat(app, api.router)
    if runtime.settings.env == "test":
        mount_test_clock(app, runtime.resources["ctx"].clock)
    instrument_app(app)
    return app
