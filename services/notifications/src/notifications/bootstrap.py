"""Composition root of the notifications service."""
from __future__ import annotations

import asyncio
import logging

from fastapi import FastAPI
from ipp_common.http.app import create_app, include_flat
from ipp_common.http.test_clock import mount_test_clock
from ipp_common.law.clock import Clock
from ipp_common.observability.telemetry import instrument_app
from ipp_common.service.loops import pause
from ipp_common.service.runtime import ServiceRuntime

from notifications.adapters.bindings import EventTypeBindings, addressed_types, foreign_types
from notifications.adapters.subscriptions import ActiveSubscriptions
from notifications.adapters.unit_of_work import NotificationsUnitOfWork
from notifications.config import NotificationsSettings
from notifications.entrypoints import api, webhooks_api
from notifications.service_layer import handlers, webhooks

log = logging.getLogger("ipp.notifications")


def build_runtime(settings: NotificationsSettings | None = None, role: str = "all") -> ServiceRuntime[NotificationsUnitOfWork]:
    settings = settings or NotificationsSettings()
    # Addressed event types become notices (one with no template dead-letters loudly); any type of the
    # other services may be delivered to agency webhooks. The queue is bound to the addressed types and
    # to the types some subscription asks for (ADR 11); the handler takes any of them.
    subscriptions = ActiveSubscriptions(lambda: runtime.engine, enabled=not settings.is_sqlite)
    clock = Clock.from_env()
    on_event = handlers.make_on_event(subscriptions, clock)
    runtime = ServiceRuntime(settings, uow_class=NotificationsUnitOfWork, migrations_package="notifications",
                             role=role, handlers={t: on_event for t in foreign_types()},
                             binding_keys=addressed_types())
    runtime.on_close(subscriptions.close)
    runtime.resources["clock"] = clock
    bindings = EventTypeBindings(lambda: runtime.bus, settings.queue_name())
    runtime.resources["bindings"] = bindings
    sender = webhooks.WebhookSender(settings)
    runtime.resources["sender"] = sender
    runtime.on_close(sender.close)

    async def purge_loop(stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await handlers.purge(runtime.uow(), settings, clock.now())
            except Exception:  # noqa: BLE001 - next tick
                log.warning("retention purge failed; retried at the next tick", exc_info=True)
            await pause(stop, settings.purge_poll_s)

    async def bind_subscribed(stop: asyncio.Event) -> None:
        # Once, when the consumer starts, retried until it succeeds; a background task that returns would
        # stop the process (runner), so it then waits for the stop like the loops do.
        while not stop.is_set():
            try:
                await webhooks.bind_subscribed_types(runtime.uow(), bindings)
                break
            except Exception:  # noqa: BLE001 - retried
                log.warning("binding the subscribed event types failed; retrying", exc_info=True)
            await pause(stop, 5)
        await stop.wait()

    runtime.background += [lambda stop: webhooks.delivery_loop(runtime.uow, sender, stop), purge_loop,
                           bind_subscribed]
    return runtime


def build_app(runtime: ServiceRuntime[NotificationsUnitOfWork]) -> FastAPI:
    app = create_app(runtime.settings, title="Notifications",
                     description="Recipients' cabinet inboxes with bilingual (kk/ru) notices, and signed webhooks "
                                 "for other agencies (Standard Webhooks).", lifespan=runtime.lifespan)
    include_flat(app, api.router, webhooks_api.router)
    if runtime.settings.env == "test":
        mount_test_clock(app, runtime.resources["clock"])
    instrument_app(app)
    return app
