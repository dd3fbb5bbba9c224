"""What the notifications use cases need besides a unit of work: settings, the clock, the cache of active
webhook subscriptions, the queue's event-type bindings and the webhook sender (an httpx client)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ipp_common.law.clock import Clock
from ipp_common.messaging.bus import Bus

from notifications.adapters.bindings import EventTypeBindings
from notifications.adapters.subscriptions import ActiveSubscriptions
from notifications.adapters.webhook_sender import WebhookSender
from notifications.config import NotificationsSettings


@dataclass
class NotificationsContext:
    """Built once in `bootstrap.py`; tests replace the clock."""

    settings: NotificationsSettings
    clock: Clock
    subscriptions: ActiveSubscriptions
    bindings: EventTypeBindings
    sender: WebhookSender

    @classmethod
    def build(cls, settings: NotificationsSettings, engine: Callable[[], Any],
              bus: Callable[[], Bus | None]) -> NotificationsContext:
        """``engine`` and ``bus`` give the process's, which exist once the runtime has started."""
        return cls(settings, Clock.from_env(), ActiveSubscriptions(engine, enabled=not settings.is_sqlite,
                                                                   session_url=settings.session_database_url),
                   EventTypeBindings(bus, settings.queue_name()), WebhookSender(settings))

    async def close(self) -> None:
        await self.subscriptions.close()
        await self.sender.close()
