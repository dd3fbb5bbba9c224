"""Composition root of the registry service."""
from __future__ import annotations

from functools import partial

from fastapi import FastAPI
from ipp_common.http.app import create_app, include_flat
from ipp_common.http.test_clock import mount_test_clock
from ipp_common.observability.telemetry import instrument_app
from ipp_common.persistence.cache import NotifiedCache
from ipp_common.service.runtime import ServiceRuntime
from ipp_common.service.scheduler import Duty

from registry.adapters.repository import RegisterReadModel
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.config import RegistrySettings
from registry.entrypoints import api, pages, register_api
from registry.service_layer import handlers, monitoring
from registry.service_layer.context import RegistryContext

Runtime = ServiceRuntime[RegistryUnitOfWork, RegistryContext]


def build_runtime(settings: RegistrySettings | None = None, role: str = "all") -> Runtime:
    settings = settings or RegistrySettings()
    cache: NotifiedCache[dict | None] = NotifiedCache(
        "register", "ipp_register", lambda: runtime.engine,
        enabled=settings.register_cache and not settings.is_sqlite, session_url=settings.session_database_url)
    ctx = RegistryContext.build(settings, RegisterReadModel(lambda: runtime.engine, cache))
    runtime = ServiceRuntime(settings, uow_class=partial(RegistryUnitOfWork, on_producers_committed=cache.forget),
                             context=ctx, migrations_package="registry",
                             role=role, handlers=handlers.make_handlers(ctx))
    runtime.on_close(cache.close)
    runtime.duties.append(Duty("monitoring", settings.monitoring_tick_s, lambda: monitoring.tick(ctx, runtime.uow)))
    return runtime


def build_app(runtime: Runtime) -> FastAPI:
    app = create_app(runtime.settings, title="Register of Kazakhstani producers",
                     description="Applications for inclusion (Art. 51-1), the register, monitoring (Art. 51-4), "
                                 "exclusion (Art. 51-6), appeals (Art. 51-5), extracts (Art. 51-1.8) and the "
                                 "production-conditions catalogue (Art. 51-7).", lifespan=runtime.lifespan)
    # The public register first: routes are matched in order, and its read by BIN is the busiest route.
    include_flat(app, register_api.router, api.router, pages.router)
    if runtime.settings.env == "test":
        mount_test_clock(app, runtime.context.clock)
    instrument_app(app)
    return app
