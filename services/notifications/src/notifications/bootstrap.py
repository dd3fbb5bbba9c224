"""Composition root of the notifications service."""
from __future__ import annotations

from fastapi import FastAPI

from ipp_common.events import addressed_types
from ipp_common.runtime import ServiceRuntime
from ipp_common.telemetry import instrument_app
from ipp_common.web import create_app
from notifications.adapters.repository import NotificationsUnitOfWork
from notifications.config import NotificationsSettings
from notifications.entrypoints import api
from notifications.service_layer import handlers


def build_runtime(settings: NotificationsSettings | None = None, role: str = "all") -> ServiceRuntime:
    # Every addressed event type of the catalogue is bound; one with no template dead-letters loudly.
    return ServiceRuntime(settings or NotificationsSettings(), uow_class=NotificationsUnitOfWork,
                          migrations_package="notifications", role=role,
                          handlers={t: handlers.on_addressed_event for t in addressed_types()})


def build_app(runtime: ServiceRuntime) -> FastAPI:
    app = create_app(runtime.settings, title="Notifications",
                     description="Recipients' cabinet inboxes with bilingual (kk/ru) notices.",
                     lifespan=runtime.lifespan)
    app.include_router(api.router)
    instrument_app(app)
    return app
