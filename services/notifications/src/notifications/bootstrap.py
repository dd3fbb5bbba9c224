"""Composition root of the notifications service."""
from __future__ import annotations

import asyncio

from fastapi import FastAPI
from ipp_common.db import utcnow
from ipp_common.events import all_specs
from ipp_common.runtime import ServiceRuntime
from ipp_common.telemetry import instrument_app
from ipp_common.web import create_app

from notifications.adapters.repository import NotificationsUnitOfWork
from notifications.adapters.subscriptions import ActiveSubscriptions
from notifications.config import NotificationsSettings
from notifications.entrypoints import api, webhooks_api
from notifications.service_layer import handlers, webhooks


def build_runtime(settings: NotificationsSettings | None = None, role: str = "all") -> ServiceRuntime:
    settings = settings or NotificationsSettings()
    # Every event type of the other services: addressed ones become notices (one with no template
    # dead-letters loudly), and any may be delivered to agency webhooks.
    types = [s.type for s in all_specs() if s.publisher != "notifications"]
    subscriptions = ActiveSubscriptions(lambda: runtime.engine, enabled=not settings.is_sqlite)
    on_event = handlers.make_on_event(subscriptions)
    runtime = ServiceRuntime(settings, uow_class=NotificationsUnitOfWork, migrations_package="notifications",
                             role=role, handlers={t: on_event for t in types})
    runtime.on_close(subscriptions.close)
    sender = webhooks.WebhookSender(settings)
    runtime.resources["sender"] = sender
    runtime.on_close(sender.close)

    async def purge_loop(stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await handlers.purge(runtime.uow(), settings, utcnow())
            except Exception:  # noqa: BLE001 - next tick
                pass
            try:
                await asyncio.wait_for(stop.wait(), timeout=settings.purge_poll_s)
            except TimeoutError:
                pass

    runtime.background += [lambda stop: webhooks.delivery_loop(runtime.uow, sender, stop), purge_loop]
    return runtime


def build_app(runtime: ServiceRuntime) -> FastAPI:
    app = create_app(runtime.settings, title="Notifications",
                     description="Recipients' cabinet inboxes with bilingual (kk/ru) notices, and signed webhooks "
                                 "for other agencies (Standard Webhooks).", lifespan=runtime.lifespan)
    app.include_router(api.router)
    app.include_router(webhooks_api.router)
    instrument_app(app)
    return app
