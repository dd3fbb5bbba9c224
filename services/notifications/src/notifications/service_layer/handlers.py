"""Notifications use cases: every addressed event becomes one notice in its recipient's cabinet."""
from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from ipp_common.core.loops import pause
from ipp_common.events import spec_for
from ipp_common.events.envelope import CloudEvent
from ipp_common.events.notifications import NoticeDelivered, NoticeServed
from ipp_common.law.clock import Clock
from ipp_common.law.errors import NotFound
from ipp_common.law.principal import Principal
from ipp_common.messaging.delivery import Delivery, EventHandler, Handler, PermanentError

from notifications.adapters.bindings import foreign_types
from notifications.adapters.orm import Notice
from notifications.adapters.repository import CurrentState
from notifications.adapters.subscriptions import ActiveSubscriptions
from notifications.adapters.unit_of_work import NotificationsUnitOfWork
from notifications.config import NotificationsSettings
from notifications.domain.templates import MissingTemplate, render
from notifications.service_layer import webhooks
from notifications.service_layer.context import NotificationsContext

log = logging.getLogger("ipp.notifications")


def make_handlers(ctx: NotificationsContext) -> dict[str, Handler | EventHandler]:
    """The consumer's handlers by event type. Addressed event types become notices (one with no template
    dead-letters loudly); any type of the other services may be delivered to agency webhooks. The queue is
    bound to the addressed types and to the types some subscription asks for (ADR 11); the handler takes
    any of them."""
    on_event = _on_event_handler(ctx.subscriptions, ctx.clock)
    return {t: on_event for t in foreign_types()}


def background_loops(ctx: NotificationsContext, uow_factory: Callable[[], NotificationsUnitOfWork]
                     ) -> list[Callable[[asyncio.Event], Awaitable[None]]]:
    """What every consumer replica runs: webhook deliveries, and binding the subscribed types once."""
    async def bind_subscribed(stop: asyncio.Event) -> None:
        # Once, when the consumer starts, retried until it succeeds; a background task that returns would
        # stop the process (runner), so it then waits for the stop like the loops do.
        while not stop.is_set():
            try:
                await webhooks.bind_subscribed_types(uow_factory(), ctx.bindings)
                break
            except Exception:  # noqa: BLE001 - retried
                log.warning("binding the subscribed event types failed; retrying", exc_info=True)
            await pause(stop, 5)
        await stop.wait()

    return [lambda stop: webhooks.delivery_loop(uow_factory, ctx.sender, stop), bind_subscribed]


def _on_event_handler(subscriptions: ActiveSubscriptions, clock: Clock) -> EventHandler:
    async def ignores(event: CloudEvent) -> bool:
        """No notice and no subscriber: nothing to do, no transaction (asked before a batch claims it)."""
        return not spec_for(event.type).addressed and await subscriptions.any_match(event.type) is False

    async def handle(event: CloudEvent, delivery: Delivery[NotificationsUnitOfWork]) -> None:
        subscribed = await subscriptions.any_match(event.type)  # None: unknown, look in the transaction
        await on_event(event, delivery, clock, fan_out=subscribed is not False)
    async def load_states(uow: NotificationsUnitOfWork, events: list[CloudEvent]) -> None:
        """A batch's subjects' states in one query, instead of one look-up per notice."""
        await uow.notices.load_states({(e.recipient, e.subject) for e in events
                                       if e.recipient and e.subject and e.sequence is not None})
    return EventHandler(handle, ignores=ignores, prefetch=load_states)


async def on_event(event: CloudEvent, delivery: Delivery[NotificationsUnitOfWork], clock: Clock, *, fan_out: bool = True) -> None:
    """Every event: an addressed one becomes one notice in its recipient's cabinet; any event becomes one
    delivery per matching agency subscription. Both in the consumer's transaction (exactly-once effect:
    the inbox claim opens it, and a notice's source event is unique)."""
    rendered = None
    if spec_for(event.type).addressed:
        if not event.recipient:
            raise PermanentError(f"addressed event {event.type} {event.id} has no recipient")
        try:
            rendered = render(event.type, event.data)
        except MissingTemplate as e:
            raise PermanentError(str(e)) from e
    uow = delivery.unit_of_work()
    async with uow:
        if rendered is not None:
            await _store_notice(uow, event, rendered, clock)
        if fan_out:
            await webhooks.fan_out(uow, event)
        await uow.commit()


async def _store_notice(uow: NotificationsUnitOfWork, event: CloudEvent, r: Any, clock: Clock) -> None:
    assert event.recipient is not None
    n = Notice(recipient_bin=event.recipient, notice_type=event.type, source_event_id=event.id,
               subject=event.subject, title_kk=r.title_kk, title_ru=r.title_ru, body_kk=r.body_kk,
               body_ru=r.body_ru, data=event.data, template_version=r.template_version, sequence=event.sequence,
               created_at=clock.now())
    # Out-of-order delivery never moves the subject's state backwards: an older event is kept, marked stale.
    if event.subject and event.sequence is not None:
        state = await uow.notices.subject_state(event.recipient, event.subject)
        if state is not None and state.sequence > event.sequence:
            n.stale = True
        else:
            uow.notices.set_state(CurrentState(recipient_bin=event.recipient, subject=event.subject,
                                               sequence=event.sequence, notice_id=n.id, notice_type=n.notice_type))
    uow.notices.add(n)
    uow.publish(NoticeDelivered(notice_id=n.id, recipient_bin=n.recipient_bin, notice_type=n.notice_type,
                                source_event_id=event.id, delivered_at=n.created_at), subject=str(n.id))


async def subject_state(uow: NotificationsUnitOfWork, principal: Principal, subject: str) -> dict[str, Any]:
    if not principal.bin:
        raise NotFound("subject")
    async with uow:
        state = await uow.notices.subject_state(principal.bin, subject)
        if state is None:
            raise NotFound("subject")
        n = await uow.notices.get_for(state.notice_id, principal.bin)
        return {"subject": subject, "sequence": state.sequence, "notice_type": state.notice_type,
                "notice": public(n) if n else None}


async def purge(uow: NotificationsUnitOfWork, settings: NotificationsSettings, now: datetime) -> int:
    """Retention per notice type (settings): older notices are deleted."""
    total = 0
    async with uow:
        for t, days in settings.retention_days.items():
            total += await uow.notices.purge(t, now - timedelta(days=days), [], 5000)
        total += await uow.notices.purge(None, now - timedelta(days=settings.retention_days_default),
                                         list(settings.retention_days), 5000)
        await uow.commit()
    return total


def public(n: Notice) -> dict[str, Any]:
    return n.model_dump(mode="json")


async def list_notices(uow: NotificationsUnitOfWork, principal: Principal, *, bin_: str | None,
                       notice_type: str | None, unread: bool | None, cursor: str | None,
                       limit: int, since: datetime | None = None, until: datetime | None = None) -> dict[str, Any]:
    """A cabinet's notices, newest first: applicants and customers see only their own BIN's inbox; officers
    may look at any."""
    async with uow:
        rows, nxt = await uow.notices.page(recipient_bin=principal.confined_bin or bin_, notice_type=notice_type,
                                           unread=unread, since=since, until=until, cursor=cursor, limit=limit)
    return {"items": [public(n) for n in rows], "next_cursor": nxt}


async def read_notice(uow: NotificationsUnitOfWork, clock: Clock, principal: Principal,
                      notice_id: uuid.UUID) -> dict[str, Any]:
    """Read one notice. The recipient's first retrieval is recorded as the service time and announced."""
    async with uow:
        n = await uow.notices.get_for(notice_id, principal.confined_bin)
        if n is None:
            raise NotFound("notice")
        if principal.bin == n.recipient_bin and await _serve(uow, n, clock.now()):
            await uow.commit()
        return public(n)


async def _serve(uow: NotificationsUnitOfWork, n: Notice, now: datetime) -> bool:
    """The recipient has the notice: its service time, from which legal terms run, is recorded once and
    announced (``NoticeServed``). True when this call recorded it."""
    if n.served_at is not None or not await uow.notices.mark_served(n, now):
        return False
    uow.publish(NoticeServed(notice_id=n.id, recipient_bin=n.recipient_bin, notice_type=n.notice_type,
                             source_event_id=n.source_event_id, subject=n.subject, served_at=now), subject=str(n.id))
    return True


async def acknowledge(uow: NotificationsUnitOfWork, clock: Clock, principal: Principal, notice_id: uuid.UUID,
                      request_id: str | None) -> dict[str, Any]:
    """The recipient marks a notice read. One it acknowledges without having retrieved it (a cabinet that
    lists and then acknowledges) is served at the latest now: its recipient has it."""
    async with uow:
        n = await uow.notices.get_for(notice_id, principal.bin)
        if n is None:
            raise NotFound("notice")
        now = clock.now()
        await _serve(uow, n, now)
        await uow.notices.mark_read(n, now)
        uow.audit(actor=principal.sub, role=principal.role, actor_bin=principal.bin, action="notice.read",
                  resource="notice", resource_id=str(n.id), request_id=request_id)
        await uow.commit()
        return public(n)
