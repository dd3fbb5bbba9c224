"""The outbox relay: publishes committed outbox rows to the exchange with publisher confirms and marks
them sent. On PostgreSQL rows are claimed with ``FOR UPDATE SKIP LOCKED`` so several relay replicas
share the work without publishing a row twice at the same time. A crash after the publish and before the
mark re-publishes the row on restart (at-least-once); consumers' inboxes make that harmless. Rows that
fail to publish stay pending and are retried with back-off: nothing is acked-and-dropped.
"""
from __future__ import annotations

import asyncio
import logging
import os

from opentelemetry import propagate, trace
from opentelemetry.trace import SpanKind
from sqlalchemy import func
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from ipp_common.bus import Bus
from ipp_common.db import OutboxMessage, outbox_signal, utcnow
from ipp_common.envelope import CloudEvent
from ipp_common.metrics import EVENTS_PUBLISHED, OUTBOX_BACKLOG

log = logging.getLogger("ipp.outbox")
tracer = trace.get_tracer("ipp.outbox")


class OutboxRelay:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession], bus: Bus, *, postgres: bool):
        self.session_factory = session_factory
        self.bus = bus
        self.settings = bus.settings
        self.postgres = postgres

    async def publish_pending(self) -> int:
        """Publish one batch; returns how many rows were published."""
        async with self.session_factory() as session:
            stmt = (select(OutboxMessage).where(OutboxMessage.published_at.is_(None))
                    .order_by(OutboxMessage.id).limit(self.settings.relay_batch_size))
            if self.postgres:
                stmt = stmt.with_for_update(skip_locked=True)
            rows = list((await session.exec(stmt)).all())
            if not rows:
                await session.rollback()
                return 0
            results = await asyncio.gather(*(self._publish_one(r) for r in rows), return_exceptions=True)
            if self.settings.fault_relay_crash_after_publish:
                log.error("fault injection: relay dies after publishing, before marking rows sent")
                os._exit(137)
            published = 0
            now = utcnow()
            for row, res in zip(rows, results):
                if isinstance(res, BaseException):
                    row.attempts += 1
                    row.last_error = f"{type(res).__name__}: {res}"[:500]
                else:
                    row.published_at, row.routed = now, bool(res)
                    published += 1
                    EVENTS_PUBLISHED.labels(self.settings.service_name, row.event_type, str(bool(res))).inc()
                    if not res:
                        log.warning("event unroutable: no queue is bound to its type",
                                    extra={"event_type": row.event_type, "event_id": row.event_id})
            await session.commit()
            if published < len(rows):
                raise ConnectionError(f"{len(rows) - published} of {len(rows)} outbox rows not published")
            return published

    async def _publish_one(self, row: OutboxMessage) -> bool:
        ev = CloudEvent.model_validate_json(row.body)
        parent = propagate.extract({"traceparent": ev.traceparent} if ev.traceparent else {})
        with tracer.start_as_current_span(f"publish {ev.type}", context=parent, kind=SpanKind.PRODUCER,
                                          attributes={"messaging.system": "rabbitmq",
                                                      "messaging.message.id": ev.id}):
            return await self.bus.publish(ev)

    async def backlog(self) -> int:
        async with self.session_factory() as session:
            n = (await session.exec(select(func.count()).select_from(OutboxMessage)
                                       .where(OutboxMessage.published_at.is_(None)))).one()
            OUTBOX_BACKLOG.labels(self.settings.service_name).set(n)
            return int(n)

    async def run(self, stop: asyncio.Event) -> None:
        backoff = self.settings.relay_poll_interval_s
        while not stop.is_set():
            try:
                n = await self.publish_pending()
                backoff = self.settings.relay_poll_interval_s
                if n >= self.settings.relay_batch_size:
                    continue  # more waiting: no sleep
            except Exception as e:  # noqa: BLE001 - broker or DB down: keep the rows, back off, retry
                log.warning("relay batch failed; will retry", extra={"error": str(e)[:300]})
                backoff = min(backoff * 2, 5.0)
            outbox_signal.clear()
            try:
                await asyncio.wait_for(outbox_signal.wait(), timeout=backoff)
            except asyncio.TimeoutError:
                pass
