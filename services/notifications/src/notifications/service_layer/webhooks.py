"""Agency webhooks (Standard Webhooks): subscriptions scoped by the agency's token, proof of control of
the URL before any data is sent, signed deliveries retried with back-off on time-outs/5xx only, parked
after the last attempt, a delivery log with replay, and an SSRF guard on every call."""
from __future__ import annotations

import asyncio
import base64
import json
import logging
import secrets
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from ipp_common.core.loops import pause
from ipp_common.events import all_specs
from ipp_common.events.envelope import CloudEvent
from ipp_common.law.errors import Conflict, Forbidden, NotFound, Rejected
from ipp_common.law.principal import Principal
from ipp_common.observability.metrics import WEBHOOK_DELIVERIES

from notifications.adapters.bindings import EventTypeBindings
from notifications.adapters.orm import DeliveryAttempt, WebhookDelivery, WebhookSubscription
from notifications.adapters.unit_of_work import NotificationsUnitOfWork
from notifications.adapters.webhook_sender import WebhookSender
from notifications.domain.webhooks import (
    backoff_s,
    delivery_outcome,
    permitted_patterns,
    type_allowed,
)

log = logging.getLogger("notifications.webhooks")


def new_signing_secret() -> str:
    """A Standard Webhooks secret: ``whsec_`` and 32 random bytes in standard, padded base64 (strict decoders
    refuse the unpadded form)."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def public_sub(s: WebhookSubscription, *, with_secret: bool = False) -> dict[str, Any]:
    out = s.model_dump(mode="json", exclude={"secret", "challenge"})
    if with_secret:
        out["secret"] = s.secret
    return out


async def subscribe(uow: NotificationsUnitOfWork, sender: WebhookSender, bindings: EventTypeBindings,
                    principal: Principal, url: str, event_types: list[str],
                    request_id: str | None) -> dict[str, Any]:
    allowed = permitted_patterns(principal.scopes, sender.settings.webhook_scopes)
    known = {s.type for s in all_specs()}
    for t in event_types:
        if not any(type_allowed(k, [t]) for k in known):
            raise Rejected("unknown_event_type", "Unknown event type", f"{t} matches no event type.",
                               field="event_types")
        if not all(type_allowed(k, allowed) for k in known if type_allowed(k, [t])):
            raise Forbidden("event_type_out_of_scope", "Event type out of scope",
                               f"The token's scopes allow {allowed or 'nothing'}; not {t}.", field="event_types")
    problems = await sender.check_url(url)
    if problems:
        raise Rejected("webhook_url_refused", "Webhook URL refused", "; ".join(problems), field="url")
    await bindings.ensure(event_types)  # before the row: a broker failure (503) leaves no orphan behind
    async with uow:
        sub = WebhookSubscription(agency=principal.sub, url=url, event_types=event_types,
                                  secret=new_signing_secret(),
                                  status="pending_verification", challenge=secrets.token_urlsafe(24))
        uow.webhooks.add(sub)
        uow.audit(actor=principal.sub, role=principal.role, action="webhook.subscribe", resource="webhook_subscription",
                  resource_id=str(sub.id), request_id=request_id, detail={"url": url, "event_types": event_types})
        await uow.commit()
    await verify(uow, sender, bindings, principal, sub.id)
    async with uow:
        fresh = await uow.webhooks.subscription(sub.id)
        assert fresh is not None
        return public_sub(fresh, with_secret=True)


async def bind_subscribed_types(uow: NotificationsUnitOfWork, bindings: EventTypeBindings) -> list[str]:
    """At a consumer's start: bind the types of every subscription not disabled (ADR 11)."""
    async with uow:
        patterns = await uow.webhooks.patterns_not_disabled()
    return await bindings.ensure(patterns) if patterns else []


async def verify(uow: NotificationsUnitOfWork, sender: WebhookSender, bindings: EventTypeBindings,
                 principal: Principal, sub_id: uuid.UUID) -> dict[str, Any]:
    """Proof of control: a signed ``webhook.verification`` message carrying a challenge; the endpoint must
    answer 2xx with the same challenge. Until then nothing else is sent to it. Its event types are bound
    to the notifications queue first, so that no event after it turns active can pass it by (ADR 11)."""
    async with uow:
        sub = await uow.webhooks.subscription(sub_id)
        if sub is None or sub.agency != principal.sub:
            raise NotFound("subscription")
        await bindings.ensure(list(sub.event_types))
        payload = json.dumps({"type": "webhook.verification", "subscription_id": str(sub.id),
                              "challenge": sub.challenge})
        code, error, body = await sender.send(sub, f"verify_{sub.id}", payload)
        try:
            echoed = json.loads(body).get("challenge") if body else None
        except ValueError:
            echoed = None
        if code is not None and 200 <= code < 300 and echoed == sub.challenge:
            sub.status, sub.verified_at = "active", datetime.now(UTC)
        uow.webhooks.add(sub)
        await uow.commit()
        out = public_sub(sub)
        out["verification"] = {"status_code": code, "error": error, "challenge_echoed": echoed == sub.challenge}
        return out


async def fan_out(uow: NotificationsUnitOfWork, event: CloudEvent) -> int:
    """In the consumer's transaction: one delivery per matching active subscription (unique per event)."""
    n = 0
    for sub in await uow.webhooks.active():
        if type_allowed(event.type, sub.event_types) and await uow.webhooks.delivery_for(sub.id, event.id) is None:
            uow.webhooks.add(WebhookDelivery(subscription_id=sub.id, event_id=event.id, event_type=event.type,
                                             payload=event.to_bytes().decode(), status="pending",
                                             next_attempt_at=datetime.now(UTC)))
            n += 1
    return n


async def deliver_due(uow_factory: Callable[[], NotificationsUnitOfWork], sender: WebhookSender,
                      limit: int = 50) -> int:
    s = sender.settings
    async with uow_factory() as uow:
        due = await uow.webhooks.due(datetime.now(UTC), limit)
        for d in due:
            sub = await uow.webhooks.subscription(d.subscription_id)
            if sub is None or sub.status != "active":
                d.status = "parked"
                uow.webhooks.add(d)
                continue
            t0 = time.perf_counter()
            code, error, _ = await sender.send(sub, d.event_id, d.payload)
            outcome = delivery_outcome(code) if error is None or code is not None else "retry"
            d.attempts += 1
            d.last_status_code = code
            if outcome == "retry" and d.attempts >= s.webhook_max_attempts:
                outcome = "parked"
            d.status = {"retry": "pending"}.get(outcome, outcome)
            WEBHOOK_DELIVERIES.labels(outcome).inc()
            if outcome == "retry":
                d.next_attempt_at = datetime.now(UTC) + timedelta(
                    seconds=backoff_s(d.attempts, s.webhook_backoff_s, s.webhook_backoff_max_s))
            uow.webhooks.add(d)
            uow.webhooks.add(DeliveryAttempt(delivery_id=d.id, status_code=code, error=error, outcome=outcome,
                                             duration_ms=int((time.perf_counter() - t0) * 1000)))
        await uow.commit()
        return len(due)


async def delivery_loop(uow_factory: Callable[[], NotificationsUnitOfWork], sender: WebhookSender,
                        stop: asyncio.Event) -> None:
    while not stop.is_set():
        n = 0
        try:
            n = await deliver_due(uow_factory, sender)
        except Exception as e:  # noqa: BLE001 - the next tick retries
            log.warning("webhook delivery tick failed", extra={"error": str(e)[:300]})
        if n == 0:
            await pause(stop, sender.settings.webhook_poll_s)


async def _owned(uow: NotificationsUnitOfWork, principal: Principal, sub_id: uuid.UUID) -> WebhookSubscription:
    sub = await uow.webhooks.subscription(sub_id)
    if sub is None or (principal.role == "agency" and sub.agency != principal.sub):
        raise NotFound("subscription")
    return sub


async def list_subscriptions(uow: NotificationsUnitOfWork, principal: Principal) -> list[dict[str, Any]]:
    async with uow:
        agency = principal.sub if principal.role == "agency" else None
        return [public_sub(s) for s in await uow.webhooks.subscriptions(agency)]


async def disable(uow: NotificationsUnitOfWork, principal: Principal, sub_id: uuid.UUID,
                  request_id: str | None) -> dict[str, Any]:
    async with uow:
        sub = await _owned(uow, principal, sub_id)
        sub.status = "disabled"
        uow.webhooks.add(sub)
        uow.audit(actor=principal.sub, role=principal.role, action="webhook.disable", resource="webhook_subscription",
                  resource_id=str(sub.id), request_id=request_id)
        await uow.commit()
        return public_sub(sub)


async def delivery_log(uow: NotificationsUnitOfWork, principal: Principal, sub_id: uuid.UUID) -> list[dict[str, Any]]:
    async with uow:
        await _owned(uow, principal, sub_id)
        out = []
        for d in await uow.webhooks.deliveries(sub_id, 200):
            row = d.model_dump(mode="json", exclude={"payload"})
            row["attempt_log"] = [a.model_dump(mode="json", exclude={"id", "delivery_id"})
                                  for a in await uow.webhooks.attempts(d.id)]
            out.append(row)
        return out


async def replay(uow: NotificationsUnitOfWork, principal: Principal, delivery_id: uuid.UUID,
                 request_id: str | None) -> dict[str, Any]:
    async with uow:
        d = await uow.webhooks.delivery(delivery_id)
        if d is None:
            raise NotFound("delivery")
        await _owned(uow, principal, d.subscription_id)
        if d.status == "pending":
            raise Conflict("the delivery is still being attempted", code="delivery_pending")
        d.status, d.attempts, d.next_attempt_at = "pending", 0, datetime.now(UTC)
        uow.webhooks.add(d)
        uow.audit(actor=principal.sub, role=principal.role, action="webhook.replay", resource="webhook_delivery",
                  resource_id=str(d.id), request_id=request_id)
        await uow.commit()
        return d.model_dump(mode="json", exclude={"payload"})
