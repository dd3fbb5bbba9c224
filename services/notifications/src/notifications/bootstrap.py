"""Composition root of the notifications service."""
from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from ipp_common.http.app import create_app, include_flat
from ipp_common.http.test_clock import mount_test_clock
from ipp_common.observability.telemetry import instrument_app
from ipp_common.service.runtime import ServiceRuntime
from ipp_common.service.scheduler import Duty

from notifications.adapters.bindings import addressed_types
from notifications.adapters.unit_of_work import NotificationsUnitOfWork
from notifications.config import NotificationsSettings
from notifications.entrypoints import api, webhooks_api
from notifications.entrypoints.webhook_documents import add_webhooks
from notifications.service_layer import handlers
from notifications.service_layer.context import NotificationsContext

Runtime = ServiceRuntime[NotificationsUnitOfWork, NotificationsContext]


def build_runtime(settings: NotificationsSettings | None = None, role: str = "all") -> Runtime:
    settings = settings or NotificationsSettings()
    ctx = NotificationsContext.build(settings, lambda: runtime.engine, lambda: runtime.bus)
    runtime = ServiceRuntime(settings, uow_class=NotificationsUnitOfWork, context=ctx,
                             migrations_package="notifications", role=role, handlers=handlers.make_handlers(ctx),
                             binding_keys=addressed_types())
    runtime.background += handlers.background_loops(ctx, runtime.uow)
    runtime.duties.append(Duty("notice_retention", settings.purge_poll_s,
                               lambda: handlers.purge(runtime.uow(), settings, ctx.clock.now())))
    runtime.on_close(ctx.close)
    return runtime


def build_app(runtime: Runtime) -> FastAPI:
    app = create_app(runtime.settings, title="Notifications",
                     description="Recipients' cabinet inboxes with bilingual (kk/ru) notices, and signed webhooks "
                                 "for other agencies (Standard Webhooks).", lifespan=runtime.lifespan)
    include_flat(app, api.router, webhooks_api.router)
    completed = app.openapi

    def openapi() -> dict[str, Any]:  # the deliveries to agencies are documented as OpenAPI webhooks
        if app.openapi_schema is None:
            app.openapi_schema = add_webhooks(completed())
        return app.openapi_schema
    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented way to customise the schema
    if runtime.settings.env == "test":
        mount_test_clock(app, runtime.context.clock)
    instrument_app(app)
    return app
