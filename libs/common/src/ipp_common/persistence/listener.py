"""LISTEN/NOTIFY on PostgreSQL: the outbox trigger wakes relays, cache invalidations reach every process."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

log = logging.getLogger("ipp.db")


KEEPALIVES = "SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 2; SET tcp_keepalives_count = 3"
"""A lasting session whose process died without closing its socket (a node lost) ends on the server within
about 11 s — and with it the scheduler's lock — instead of when the kernel's default keepalive gives up (hours).
Sent as statements, not startup parameters, which PgBouncer would refuse."""

OUTBOX_CHANNEL = "ipp_outbox"
"""NOTIFYed by the outbox trigger (migration_ops.OUTBOX_NOTIFY_DDL) at each commit that writes outbox rows."""


class PgListener:
    """LISTEN on one channel over a dedicated asyncpg connection (not from the pool: it stays idle and
    open). ``ensure()`` says whether it is listening now, reconnecting at most every ``RECONNECT_S`` so a
    failing connect never slows its caller's every call. ``on_notify(payload)`` runs per notification;
    ``on_change()`` when it starts listening and when the connection is lost — the moments a notification
    may have been missed."""

    RECONNECT_S = 5.0

    def __init__(self, engine: Callable[[], AsyncEngine], channel: str, on_notify: Callable[[str], None],
                 on_change: Callable[[], None], url: str | None = None):
        self._engine = engine  # the runtime creates its engine when it starts
        self._url = url  # where lasting sessions connect (settings.lasting_session_url), else the engine's
        self.channel = channel
        self._on_notify = on_notify
        self._on_change = on_change
        self.connection: Any = None
        self.next_attempt = 0.0

    async def ensure(self) -> bool:
        import asyncpg

        if self.connection is not None and not self.connection.is_closed():
            return True
        if time.monotonic() < self.next_attempt:
            return False
        self.next_attempt = time.monotonic() + self.RECONNECT_S
        url = (make_url(self._url) if self._url else self._engine().url).set(drivername="postgresql")
        try:
            conn = await asyncpg.connect(url.render_as_string(hide_password=False), timeout=5)
            await conn.execute(KEEPALIVES)
            await conn.add_listener(self.channel, lambda _conn, _pid, _channel, payload: self._on_notify(payload))
        except Exception as e:  # noqa: BLE001 - callers fall back (poll, read through)
            log.warning("LISTEN not connected", extra={"channel": self.channel, "error": str(e)[:300]})
            return False
        conn.add_termination_listener(lambda *_: self._on_change())
        self.connection = conn
        self._on_change()
        return True

    async def close(self) -> None:
        if self.connection is not None:
            with contextlib.suppress(Exception):
                await self.connection.close()


# Set whenever a unit of work commits events, so a relay in the same process publishes at once
# instead of waiting for its next poll.
outbox_signal = asyncio.Event()
