"""What the consumer knows, without a transaction, about the active webhook subscriptions."""
from __future__ import annotations

from collections.abc import Callable

from ipp_common.persistence.cache import NotifiedCache
from ipp_common.persistence.engine import autocommit_connection
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import select

from notifications.adapters.orm import WebhookSubscription
from notifications.domain.webhooks import type_allowed

CHANNEL = "ipp_webhook_subscriptions"
"""NOTIFYed by a trigger on webhook_subscription (migration 186257a9963e) on every change, at commit."""


class ActiveSubscriptions:
    """The event-type patterns of the active subscriptions, kept in memory so that an event which is not
    addressed to a cabinet and matches no subscription is acked without opening a transaction (such events
    reach the queue only for types an earlier subscription asked for, ADR 11). Any change of a
    subscription, in any process, empties the view (ipp_common.persistence.cache). Whenever the view cannot be
    trusted — no PostgreSQL, the listening connection down — the answer is "unknown" and the caller takes
    the transactional path, so a lost notification can never hide a subscriber."""

    def __init__(self, engine: Callable[[], AsyncEngine], *, enabled: bool, session_url: str | None = None):
        self._engine = engine
        self._cache: NotifiedCache[list[list[str]]] = NotifiedCache("webhook subscriptions", CHANNEL, engine,
                                                                    enabled=enabled, max_entries=1,
                                                                    session_url=session_url)

    async def _load(self) -> list[list[str]]:
        async with autocommit_connection(self._engine()) as conn:
            rows = (await conn.execute(select(WebhookSubscription.event_types)
                                       .where(WebhookSubscription.status == "active"))).all()
        return [list(r[0]) for r in rows]

    async def any_match(self, event_type: str) -> bool | None:
        """True/False when known for certain; None when it must be looked up in the transaction."""
        if not await self._cache.trusted():
            return None
        patterns = await self._cache.get("active", self._load)
        return any(type_allowed(event_type, p) for p in patterns)

    async def close(self) -> None:
        await self._cache.close()
