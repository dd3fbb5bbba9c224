"""The outbox relay: publishes committed outbox rows to the exchange with publisher confirms and marks
them sent. Rows are claimed with a lease (ADR 16): one UPDATE sets ``lease_until`` on the oldest free rows
(on PostgreSQL ``FOR UPDATE SKIP LOCKED``, so several relay replicas share the work without publishing a
row twice at the same time) and returns them; after the publish a second UPDATE marks them sent. No
transaction stays open while the broker confirms. A crash after the publish and before the mark
re-publishes the rows when their lease ends (at-least-once); consumers' inboxes make that harmless. Rows
that fail to publish are released at once and retried with back-off: nothing is acked-and-dropped.
"""
from __future__ import annotations

import asyncio
import logging
import re
import time
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from opentelemetry import propagate, trace
from opentelemetry.trace import SpanKind, Status, StatusCode
from sqlalchemy import func
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from ipp_common.messaging.bus import Bus
from ipp_common.observability.metrics import EVENTS_PUBLISHED, OUTBOX_BACKLOG, OUTBOX_OLDEST_AGE
from ipp_common.persistence.columns import utcnow
from ipp_common.persistence.engine import autocommit_connection
from ipp_common.persistence.listener import OUTBOX_CHANNEL, PgListener, outbox_signal
from ipp_common.persistence.tables import OUTBOX_TABLE, OutboxMessage

log = logging.getLogger("ipp.outbox")
_TRACEPARENT = re.compile(r'"traceparent":"([^"]+)"')


def _tracing_enabled() -> bool:
    from ipp_common.observability import telemetry
    return telemetry._enabled
tracer = trace.get_tracer("ipp.outbox")

_T = OUTBOX_TABLE.c
_FREE = (sa.select(_T.id).where(_T.published_at.is_(None),
                                sa.or_(_T.lease_until.is_(None), _T.lease_until < sa.bindparam("now")))
         .order_by(_T.id).limit(sa.bindparam("n")))


def _claim(free: sa.Select) -> sa.Update:
    return (sa.update(OUTBOX_TABLE).where(_T.id.in_(free)).values(lease_until=sa.bindparam("until"))
            .returning(_T.id, _T.event_type, _T.body, _T.event_id))


_CLAIM = _claim(_FREE)
_CLAIM_LOCKED = _claim(_FREE.with_for_update(skip_locked=True))  # PostgreSQL: replicas share the backlog
_MARK_SENT = (sa.update(OUTBOX_TABLE).where(_T.id.in_(sa.bindparam("ids", expanding=True)))
              .values(published_at=sa.bindparam("at"), routed=sa.bindparam("routed")))
_MARK_FAILED = (sa.update(OUTBOX_TABLE).where(_T.id == sa.bindparam("row_id"))
                .values(attempts=_T.attempts + 1, last_error=sa.bindparam("err"), lease_until=None))


class UnroutableWarnings:
    """When to warn that no queue is bound to an event type: at the first one, then at most once per
    ``every_s`` per type. An integration event no consumer subscribes to yet (a notice delivered, when no
    agency has a webhook for it) is normal, and a warning per event drowned the log and cost as much CPU as
    the notice itself; the published-events metric counts every one, by ``routed``."""

    def __init__(self, every_s: float = 60.0):
        self.every_s = every_s
        self._seen: dict[str, tuple[float, int]] = {}

    def due(self, event_type: str, now: float) -> int:
        """0, or how many went unrouted since the last warning, this one included: time to warn."""
        last = self._seen.get(event_type)
        if last is None or now - last[0] >= self.every_s:
            self._seen[event_type] = (now, 0)
            return (last[1] if last else 0) + 1
        self._seen[event_type] = (last[0], last[1] + 1)
        return 0


class OutboxRelay:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession], bus: Bus, *, postgres: bool):
        self.session_factory = session_factory
        self.bus = bus
        self.settings = bus.settings
        self.postgres = postgres
        # PostgreSQL: the outbox trigger's NOTIFY wakes this relay at once after a commit in any process.
        # While not listening the poll interval still applies: a missed notification delays, never loses.
        self._engine = session_factory.kw["bind"]
        self._unroutable = UnroutableWarnings()
        self._listener = PgListener(lambda: self._engine, OUTBOX_CHANNEL,
                                    on_notify=lambda _: outbox_signal.set(),
                                    on_change=outbox_signal.set, url=self.settings.session_database_url) \
            if postgres else None
        self._drained = False
        """The last pass found nothing while listening, and no commit has been notified since: the outbox is
        empty for this relay (rows another replica leased aside), so neither the poll nor the gauge needs to
        ask the database until a notification, a lost LISTEN or the longest idle poll says otherwise."""

    async def publish_pending(self) -> int:
        """Publish one batch; returns how many rows were published."""
        # Core statements built once, each its own transaction (autocommit) on one pooled connection: claim
        # (one round trip), publish, mark (one round trip) — no BEGIN/COMMIT, and nothing held in
        # PostgreSQL while the broker confirms.
        async with autocommit_connection(self._engine) as conn:
            now = utcnow()
            claim = _CLAIM_LOCKED if self.postgres else _CLAIM
            rows = sorted((await conn.execute(claim, {"now": now, "n": self.settings.relay_batch_size,
                                                     "until": now + timedelta(seconds=self.settings.relay_lease_s)}
                                              )).all())  # RETURNING has no order: publish in commit order
            if not rows:
                return 0
            results = await self.publish_rows(rows)
            now = utcnow()
            sent: dict[bool, list[int]] = {True: [], False: []}
            failed = []
            for (row_id, event_type, _, _), res in zip(rows, results):
                if isinstance(res, BaseException):
                    failed.append({"row_id": row_id, "err": f"{type(res).__name__}: {res}"[:500]})
                else:
                    sent[bool(res)].append(row_id)
                    EVENTS_PUBLISHED.labels(self.settings.service_name, event_type, str(bool(res))).inc()
                    if not res:
                        self._warn_unroutable(event_type)
            for routed, ids in sent.items():
                if ids:
                    await conn.execute(_MARK_SENT, {"ids": ids, "at": now, "routed": routed})
            if failed:
                await conn.execute(_MARK_FAILED, failed)  # released: retried after the relay's back-off
        if failed:
            raise ConnectionError(f"{len(failed)} of {len(rows)} outbox rows not published")
        return len(rows)

    def _warn_unroutable(self, event_type: str) -> None:
        n = self._unroutable.due(event_type, time.monotonic())
        if n:
            log.warning("event unroutable: no queue is bound to its type",
                        extra={"event_type": event_type, "unrouted_since_last_warning": n})

    async def publish_rows(self, rows: list[Any]) -> list[bool | BaseException]:
        """Publish the stored envelopes as they are (no re-serialisation; only the trace context is read),
        every publish of the batch in flight at once (``Bus.publish_stored``). A channel that cannot publish fails every
        row, so the caller releases them at once."""
        items = []
        for _, event_type, body, event_id in rows:
            m = _TRACEPARENT.search(body)
            items.append((body.encode(), event_type, event_id, m.group(1) if m else None))
        spans = [tracer.start_span(f"publish {t}", context=propagate.extract({"traceparent": tp} if tp else {}),
                                   kind=SpanKind.PRODUCER,
                                   attributes={"messaging.system": "rabbitmq", "messaging.message.id": eid})
                 for _, t, eid, tp in items] if _tracing_enabled() else []
        try:
            results = await self.bus.publish_stored(items)
        except Exception as e:  # noqa: BLE001 - e.g. the channel is closed: nothing of the batch went out
            results = [e] * len(items)
        for span, res in zip(spans, results):
            if isinstance(res, BaseException):
                span.record_exception(res)
                span.set_status(Status(StatusCode.ERROR, str(res)))
            span.end()
        return results

    async def backlog(self) -> int:
        """Unpublished rows now; sets the backlog and oldest-unpublished-age gauges the autoscaler and the
        alerts read (the relay role counts them every ``gauge_interval_s``, whether or not anyone asks).
        A drained relay that is listening knows the answer without asking: none."""
        if self._quiet():
            OUTBOX_BACKLOG.labels(self.settings.service_name).set(0)
            OUTBOX_OLDEST_AGE.labels(self.settings.service_name).set(0.0)
            return 0
        q = (select(func.count(), func.min(OutboxMessage.created_at)).select_from(OutboxMessage)
             .where(col(OutboxMessage.published_at).is_(None)))  # min() keeps the column's type: UTC-aware
        async with self.session_factory() as session:
            n, oldest = (await session.exec(q)).one()
        OUTBOX_BACKLOG.labels(self.settings.service_name).set(n)
        OUTBOX_OLDEST_AGE.labels(self.settings.service_name).set(
            max(0.0, (utcnow() - oldest).total_seconds()) if oldest is not None else 0.0)
        return int(n)

    def _quiet(self) -> bool:
        listening = self._listener is not None and self._listener.connection is not None \
            and not self._listener.connection.is_closed()
        return listening and self._drained and not outbox_signal.is_set()

    async def run(self, stop: asyncio.Event) -> None:
        backoff = self.settings.relay_poll_interval_s
        try:
            await self._run(stop, backoff)
        finally:
            if self._listener is not None:
                await self._listener.close()

    async def _run(self, stop: asyncio.Event, backoff: float) -> None:
        quiet_poll = self.settings.relay_listening_poll_s
        while not stop.is_set():
            listening = self._listener is not None and await self._listener.ensure()
            outbox_signal.clear()  # before the batch: a commit during it sets the signal again
            try:
                n = await self.publish_pending()
                backoff = self.settings.relay_poll_interval_s
                self._drained = listening and n == 0
                if n >= self.settings.relay_batch_size:
                    continue  # more waiting: no sleep
            except Exception as e:  # noqa: BLE001 - broker or DB down: keep the rows, back off, retry
                log.warning("relay batch failed; will retry", extra={"error": str(e)[:300]})
                backoff = min(backoff * 2, 5.0)
                self._drained = False
            woken = asyncio.ensure_future(outbox_signal.wait())
            stopping = asyncio.ensure_future(stop.wait())
            # Listening, a commit anywhere wakes the relay (and so does losing the connection, the
            # moment a notification may have been missed): the poll is only a safety net then — for rows a
            # dead replica leased, once the lease ends — and it backs off while there is nothing to do.
            quiet_poll = (min(quiet_poll * 2, self.settings.relay_idle_poll_max_s, self.settings.relay_lease_s)
                          if self._drained else self.settings.relay_listening_poll_s)
            idle = max(backoff, quiet_poll) if listening else backoff
            await asyncio.wait({woken, stopping}, timeout=idle, return_when=asyncio.FIRST_COMPLETED)
            for t in (woken, stopping):
                t.cancel()
            if outbox_signal.is_set() and not stop.is_set():
                # woken by a commit: linger a moment so that commits close together share one batch
                await asyncio.sleep(self.settings.relay_linger_s)
