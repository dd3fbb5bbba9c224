"""Composition root of the measures service."""
from __future__ import annotations

from fastapi import FastAPI
from ipp_common.http.app import create_app, include_flat
from ipp_common.http.test_clock import mount_test_clock
from ipp_common.observability.telemetry import instrument_app
from ipp_common.service.runtime import ServiceRuntime
from ipp_common.service.scheduler import Duty

from measures.adapters.unit_of_work import MeasuresUnitOfWork
from measures.config import MeasuresSettings
from measures.entrypoints import api
from measures.service_layer import handlers
from measures.service_layer.context import MeasuresContext

Runtime = ServiceRuntime[MeasuresUnitOfWork, MeasuresContext]


def build_runtime(settings: MeasuresSettings | None = None, role: str = "all") -> Runtime:
    settings = settings or MeasuresSettings()
    ctx = MeasuresContext.build(settings)
    runtime = ServiceRuntime(settings, uow_class=MeasuresUnitOfWork, context=ctx,
                             migrations_package="measures", role=role, handlers=handlers.make_handlers(ctx))
    runtime.duties.append(Duty("agreement_terminations", settings.termination_scan_interval_s,
                               lambda: handlers.terminate_uncured(runtime.uow(), ctx)))
    return runtime


def build_app(runtime: Runtime) -> FastAPI:
    app = create_app(runtime.settings, title="State stimulation measures",
                     description="Priority goods, measures, agreements, counter-obligations and refunds "
                                 "(Art. 25-42-2, 62-65).", lifespan=runtime.lifespan)
    include_flat(app, api.router)
    if runtime.settings.env == "test":
        mount_test_clock(app, runtime.context.clock)
    instrument_app(app)
    return app
