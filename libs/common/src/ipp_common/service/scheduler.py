"""The scheduler role: a service's periodic duties — the quarterly monitoring cohorts, the statutory deadline
scans, the legal-entity status feed, retention — run by exactly one process platform-wide, however many
replicas run (ADR 22).

Leadership is a PostgreSQL session-level advisory lock held on a connection of its own (not pooled: closing
it ends the session, and the lock with it). The active scheduler stands down the moment that connection is
lost (the driver's termination listener: a pooler or server restart, a terminated backend), and checks it
every ``scheduler_poll_s`` as well; a standby tries the lock as often, so when the active one dies — its
session ends with its socket — another takes over within seconds, and the one that lost its session has
already stopped. A standby tries on a session it keeps (the one it will lead on), so standing by opens no
connection per try: an idle process costs the database nothing but one idle session (docs/operations.md,
connection budget). On SQLite there is one process, which always leads.
"""
from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine
from sqlalchemy.pool import NullPool

from ipp_common.core.database_url import async_database_url
from ipp_common.core.loops import every, pause
from ipp_common.core.settings import ServiceSettings
from ipp_common.observability.metrics import SCHEDULED_RUNS, SCHEDULER_LEADER
from ipp_common.persistence.listener import KEEPALIVES

log = logging.getLogger("ipp.scheduler")


@dataclass(frozen=True)
class Duty:
    """A periodic duty: ``run`` every ``every_s`` seconds (the first at once), in the active scheduler only."""
    name: str
    every_s: float
    run: Callable[[], Awaitable[Any]]


class Leadership:
    """Who runs the duties of ``service``: the holder of its advisory lock."""

    def __init__(self, settings: ServiceSettings):
        self.postgres = not settings.is_sqlite
        self.key = zlib.crc32(f"ipp-scheduler:{settings.service_name}".encode())
        self._engine = create_async_engine(async_database_url(settings.lasting_session_url), poolclass=NullPool,
                                           connect_args={"timeout": 5}) if self.postgres else None
        self._conn: AsyncConnection | None = None
        self.lost = asyncio.Event()  # set when the lock's connection closes, whoever closed it

    async def try_acquire(self) -> bool:
        """Try the lock on this process's session (opened on the first try, or again after it was lost)."""
        if self._engine is None:
            return True
        if self._conn is not None and self.lost.is_set():
            await self.release()
        if self._conn is None:
            conn = await self._engine.connect()
            self._conn = conn
            self.lost.clear()
            driver = (await conn.get_raw_connection()).driver_connection
            if driver is not None:  # else the poll of the lead notices the loss
                try:
                    # on the session, outside any transaction (asyncpg's simple protocol takes the three SETs):
                    # a dead leader's lock is freed in seconds, not hours
                    await driver.execute(KEEPALIVES)
                except Exception:
                    await self.release()
                    raise
                # asyncpg calls its termination listeners as soon as the socket closes, even while it idles
                driver.add_termination_listener(lambda _: self.lost.set())
        try:
            got = bool((await self._conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key})).scalar())
            await self._conn.commit()  # the lock is the session's, not the transaction's
        except Exception:
            await self.release()
            raise
        return got

    async def wait(self, stop: asyncio.Event, seconds: float) -> None:
        """Until the next check of the lead: ``seconds``, or less if the process stops or the lock's
        connection is lost."""
        waits = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self.lost.wait())]
        try:
            await asyncio.wait(waits, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for w in waits:
                w.cancel()

    async def still_held(self) -> bool:
        """The lock's session is alive (a dropped connection took the lock with it)."""
        if self._engine is None:
            return True
        if self._conn is None:
            return False
        try:
            await self._conn.execute(text("SELECT 1"))
            await self._conn.commit()
            return True
        except Exception as e:  # noqa: BLE001 - whatever broke the session, the lock went with it
            log.warning("scheduler lock connection lost", extra={"error": str(e)[:300]})
            await self.release()
            return False

    async def release(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):  # closing the session releases the lock
                await self._conn.close()
            self._conn = None

    async def close(self) -> None:
        await self.release()
        if self._engine is not None:
            await self._engine.dispose()


async def run_scheduler(settings: ServiceSettings, duties: list[Duty], stop: asyncio.Event) -> None:
    """Stand by until this process leads, then run every duty on its period until the lead is lost (stand
    by again) or the process stops."""
    service = settings.service_name
    leadership = Leadership(settings)
    SCHEDULER_LEADER.labels(service).set(0)
    try:
        while not stop.is_set():
            try:
                leading = await leadership.try_acquire()
            except Exception as e:  # noqa: BLE001 - database away: try again
                log.warning("scheduler lock not reachable", extra={"error": str(e)[:300]})
                leading = False
            if not leading:
                await pause(stop, settings.scheduler_poll_s)
                continue
            log.info("scheduler active", extra={"duties": [d.name for d in duties]})
            SCHEDULER_LEADER.labels(service).set(1)
            tasks = [asyncio.create_task(every(stop, d.every_s, functools.partial(_counted, service, d),
                                               what=f"scheduled duty {d.name}"), name=f"duty-{d.name}")
                     for d in duties]
            try:
                while not stop.is_set() and await leadership.still_held():
                    await leadership.wait(stop, settings.scheduler_poll_s)
            finally:
                for t in tasks:
                    t.cancel()  # a duty cut short rolls its transaction back; the next leader runs it again
                await asyncio.gather(*tasks, return_exceptions=True)
                SCHEDULER_LEADER.labels(service).set(0)
            if not stop.is_set():
                log.warning("scheduler lead lost; standing by")
    finally:
        await leadership.close()


async def _counted(service: str, duty: Duty) -> None:
    try:
        await duty.run()
    except Exception:
        SCHEDULED_RUNS.labels(service, duty.name, "failed").inc()
        raise
    SCHEDULED_RUNS.labels(service, duty.name, "done").inc()
