"""The platform tables every service has: outbox, inbox, audit trail, idempotency keys; and how a table
declares merged appends (``merge_on``) and compare-and-set updates (``versioned``)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from ipp_common.persistence.columns import empty_dict, json_column, tz_column, utcnow


def table_of(model: type[SQLModel]) -> sa.Table:
    """A table model's ``Table`` — what ``Model.__table__`` is at run time, which SQLModel does not declare
    to type checkers — through SQLAlchemy's public inspection API."""
    table = sa.inspect(model).local_table
    assert isinstance(table, sa.Table), model
    return table


# ---------------------------------------------------------------- platform tables (in every service)

class OutboxMessage(SQLModel, table=True):
    """An integration event written in the same transaction as the state change it announces."""
    __tablename__ = "outbox"
    # The relay reads the oldest unpublished rows: a partial index keeps that O(batch) however long the
    # backlog (migration_ops.create_outbox_unpublished_index_v3).
    __table_args__ = (sa.Index("ix_outbox_unpublished", "id", postgresql_where=sa.text("published_at IS NULL"),
                               sqlite_where=sa.text("published_at IS NULL")),)
    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(max_length=64, unique=True)
    event_type: str = Field(max_length=120)
    body: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())
    published_at: datetime | None = Field(default=None, sa_column=tz_column(nullable=True, index=True))
    routed: bool | None = None
    lease_until: datetime | None = Field(default=None, sa_column=tz_column(nullable=True))
    """Until when a relay holds the row to publish it (ADR 16); NULL or past: free to claim."""
    attempts: int = 0
    last_error: str | None = Field(default=None, max_length=500)


class InboxMessage(SQLModel, table=True):
    """An event a consumer has applied; the primary key makes a second application impossible."""
    __tablename__ = "inbox"
    consumer: str = Field(primary_key=True, max_length=120)
    event_id: str = Field(primary_key=True, max_length=64)
    event_type: str = Field(max_length=120)
    processed_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


class AuditRecord(SQLModel, table=True):
    """Who changed what, when, through which request. Written in the transaction of the change."""
    __tablename__ = "audit_log"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_column=tz_column(index=True))
    actor: str = Field(max_length=200)
    role: str = Field(max_length=40)
    actor_bin: str | None = Field(default=None, max_length=12)
    action: str = Field(max_length=120)
    resource: str = Field(max_length=80)
    resource_id: str = Field(max_length=80, index=True)
    request_id: str | None = Field(default=None, max_length=80)
    detail: dict[str, Any] = Field(default_factory=empty_dict, sa_column=json_column())


class IdempotencyRecord(SQLModel, table=True):
    """A POST that changed something, keyed by (principal, Idempotency-Key), with the answer it got.

    Written in the transaction of the change; ``status_code`` 0 marks a row whose answer is being written
    (``IN_FLIGHT``, ADR 23), the answer's status, body and headers follow at once."""
    __tablename__ = "idempotency_key"
    principal: str = Field(primary_key=True, max_length=200)
    key: str = Field(primary_key=True, max_length=200)
    request_hash: str = Field(max_length=64)
    status_code: int
    response: dict[str, Any] = Field(sa_column=json_column())
    headers: dict[str, str] | None = Field(default=None, sa_column=json_column(nullable=True))
    created_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


PLATFORM_TABLES = [table_of(OutboxMessage), table_of(InboxMessage), table_of(AuditRecord),
                   table_of(IdempotencyRecord)]


AppendRow = Callable[[sa.Table, dict[str, Any]], None]
"""What a repository is given to hand the unit of work a row written at commit: ``UnitOfWork.append_row``
(INSERTed, or merged) or ``UnitOfWork.set_at_commit`` (a compare-and-set UPDATE)."""


# The append-only platform rows (outbox, audit, idempotency) are written with one Core INSERT per table at
# commit rather than as ORM objects: constructing and flushing a SQLModel table object costs several times
# the INSERT itself, and nothing reads these rows back inside the transaction that writes them.
OUTBOX_TABLE: sa.Table = table_of(OutboxMessage)
AUDIT_TABLE: sa.Table = table_of(AuditRecord)
IDEMPOTENCY_TABLE: sa.Table = table_of(IdempotencyRecord)
INBOX_TABLE: sa.Table = table_of(InboxMessage)


def merge_on(table: sa.Table, key: tuple[str, ...], newer: str) -> None:
    """Declare that rows appended to ``table`` merge into its row with the same ``key`` (a unique key)
    instead of failing on it: they replace that row's other columns when their ``newer`` column is not
    lower than its (``INSERT … ON CONFLICT (key) DO UPDATE … WHERE``), so a row never moves back to an older
    state, whoever commits first. One unit of work must append at most one row per key."""
    table.info["merge_on"] = (tuple(key), newer)


def versioned(table: sa.Table, key: str, version: str) -> None:
    """Declare ``table`` optimistically locked by its ``version`` column: ``UnitOfWork.set_at_commit``
    then updates a row only if its ``version`` is still the one read, and increments it."""
    table.info["versioned"] = (key, version)
