"""Which event types reach the notifications queue (ADR 11)."""
from __future__ import annotations

import asyncio
from collections.abc import Callable

from aiormq.exceptions import AMQPError
from ipp_common.events import all_specs
from ipp_common.messaging.bus import Bus

from notifications.domain.webhooks import type_allowed


def foreign_types() -> list[str]:
    """Every event type of the other services (what a webhook pattern may name)."""
    return sorted(s.type for s in all_specs() if s.publisher != "notifications")


def addressed_types() -> list[str]:
    """The types that become cabinet notices: always bound."""
    return sorted(s.type for s in all_specs() if s.publisher != "notifications" and s.addressed)



class BrokerUnavailable(ConnectionError):
    """The broker could not be reached to bind event types: the request is answered 503, to be retried."""

class EventTypeBindings:
    """The queue is bound to the addressed types (cabinet notices) and to the concrete types that some
    webhook subscription's patterns match — bound before the subscription can become active, and again for
    every subscription when a consumer starts (a new release may add types that a pattern matches).
    Bindings are never removed automatically: an unbind could race a subscription being filed in another
    process, and a binding nobody needs costs only deliveries acked without a transaction."""

    def __init__(self, bus: Callable[[], Bus | None], queue_name: str):
        self._bus = bus
        self._queue_name = queue_name
        self._bound: set[str] = set()
        self._lock = asyncio.Lock()

    async def ensure(self, patterns: list[str]) -> list[str]:
        """Bind every known type the patterns match; returns the ones newly bound by this process."""
        wanted = {t for t in foreign_types() if type_allowed(t, patterns)} - self._bound
        if not wanted:
            return []
        async with self._lock:
            bus = self._bus()
            try:
                if bus is None or bus.connection is None or not bus.is_connected:
                    raise ConnectionError("not connected to the broker")
                channel = await bus.connection.channel()
                try:
                    # The consumer's own declaration (idempotent): queue, retry ladder, DLQ, bindings.
                    await bus.declare_consumer_queues(channel, self._queue_name, sorted(wanted))
                finally:
                    await channel.close()
            except (AMQPError, ConnectionError, TimeoutError) as e:
                raise BrokerUnavailable(f"The event types could not be bound to the notifications queue "
                                        f"({type(e).__name__}); try again.") from e
            self._bound |= wanted
        return sorted(wanted)
