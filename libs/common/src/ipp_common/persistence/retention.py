"""Retention of the platform's technical tables (ADR 12): published outbox rows, inbox rows and idempotency
keys are deleted once they can no longer serve their purpose; the audit trail is never deleted here.

- Outbox: a row is needed until it is published; it is kept ``outbox_retention_days`` longer for
  diagnosis. Unpublished rows are never touched, however old.
- Inbox: a row stops a redelivered event from being applied twice. Redeliveries come within minutes
  (broker redelivery, retry ladder, a relay re-publishing after a crash); a dead-lettered event was never
  applied, so it has no row. ``inbox_retention_days`` is far beyond any of these.
- Idempotency keys: a client retries within its own time-outs; after ``idempotency_retention_days`` the
  same key files anew (the register's one-open-application rule still stands).

Deletes run in batches (one short transaction each) so that they never hold locks for long; the active
scheduler runs them every ``retention_poll_s`` (the ``retention`` duty, ADR 22).
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ipp_common.core.settings import ServiceSettings
from ipp_common.persistence.columns import utcnow
from ipp_common.persistence.tables import IDEMPOTENCY_TABLE, INBOX_TABLE, OUTBOX_TABLE

log = logging.getLogger("ipp.retention")


def _expired(table: sa.Table, cutoff: datetime, limit: int) -> sa.Delete:
    """DELETE one batch of ``table``'s expired rows, chosen by primary key."""
    if table is OUTBOX_TABLE:
        # oldest first along the primary key: the expired rows are at its start
        chosen = (sa.select(table.c.id).where(table.c.published_at.is_not(None), table.c.published_at < cutoff)
                  .order_by(table.c.id).limit(limit))
        return sa.delete(table).where(table.c.id.in_(chosen.scalar_subquery()))
    stamp = table.c.processed_at if table is INBOX_TABLE else table.c.created_at
    pk = list(table.primary_key.columns)
    chosen = sa.select(*pk).where(stamp < cutoff).limit(limit)
    return sa.delete(table).where(sa.tuple_(*pk).in_(chosen))


async def purge_platform_tables(session_factory: async_sessionmaker[AsyncSession], settings: ServiceSettings,
                                now: datetime | None = None, *, max_batches: int = 1000) -> dict[str, int]:
    """Delete every expired row (in batches); returns how many per table."""
    now = now or utcnow()
    plan = [(OUTBOX_TABLE, now - timedelta(days=settings.outbox_retention_days)),
            (INBOX_TABLE, now - timedelta(days=settings.inbox_retention_days)),
            (IDEMPOTENCY_TABLE, now - timedelta(days=settings.idempotency_retention_days))]
    deleted: dict[str, int] = {}
    for table, cutoff in plan:
        total = 0
        for _ in range(max_batches):
            async with session_factory() as session, session.begin():
                conn = await session.connection()  # Core on the session's transaction
                n = (await conn.execute(_expired(table, cutoff, settings.retention_batch))).rowcount or 0
            total += n
            if n < settings.retention_batch:
                break
        deleted[table.name] = total
    if any(deleted.values()):
        log.info("expired platform rows deleted", extra={"deleted": deleted})
    return deleted
