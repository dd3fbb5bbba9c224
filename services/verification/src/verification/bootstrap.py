"""Composition root of the verification service."""
from __future__ import annotations

from fastapi import FastAPI
from ipp_common.http.app import create_app, include_flat
from ipp_common.http.test_clock import mount_test_clock
from ipp_common.observability.telemetry import instrument_app
from ipp_common.service.runtime import ServiceRuntime
from ipp_common.service.scheduler import Duty

from verification.adapters.egov import EgovSources
from verification.adapters.unit_of_work import VerificationUnitOfWork
from verification.config import VerificationSettings
from verification.entrypoints import api
from verification.service_layer import handlers
from verification.service_layer.context import VerificationContext

Runtime = ServiceRuntime[VerificationUnitOfWork, VerificationContext]


def build_runtime(settings: VerificationSettings | None = None, role: str = "all",
                  sources: EgovSources | None = None) -> Runtime:
    settings = settings or VerificationSettings()
    ctx = VerificationContext.build(settings, sources)
    runtime = ServiceRuntime(settings, uow_class=VerificationUnitOfWork, context=ctx,
                             migrations_package="verification", role=role, handlers=handlers.make_handlers(ctx),
                             precheck_inbox=True)
    runtime.background += handlers.background_loops(ctx, runtime.uow)
    runtime.duties.append(Duty("status_feed", settings.status_feed_poll_s,
                               lambda: handlers.poll_status_feed(ctx, runtime.uow)))
    runtime.on_close(ctx.sources.close)
    return runtime


def build_app(runtime: Runtime) -> FastAPI:
    app = create_app(runtime.settings, title="Digital verification",
                     description="Automatic checks of applicants and producers against government information "
                                 "systems (Art. 1.23-1, 51-1.3, 51-4).", lifespan=runtime.lifespan)
    include_flat(app, api.router)
    if runtime.settings.env == "test":
        mount_test_clock(app, runtime.context.clock)
    instrument_app(app)
    return app
