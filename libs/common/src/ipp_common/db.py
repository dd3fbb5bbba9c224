"""Database plumbing shared by the services: engine, sessions, the unit of work, and the platform tables
every service has (outbox, inbox, audit trail, idempotency keys).

The unit of work owns the transaction: handlers change state through repositories and add integration
events with ``uow.publish(...)``; both land in one ``commit()`` (transactional outbox). Nothing else
in a service calls ``commit()``.
"""
from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import json
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, Self, TypeVar

import sqlalchemy as sa
from opentelemetry import propagate
from pydantic import BaseModel
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel import Field, SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from ipp_common.envelope import CloudEvent
from ipp_common.events.catalogue import spec_of

log = logging.getLogger("ipp.db")
F = TypeVar("F", bound=Callable[..., Any])

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")


def model_factory(fn: F) -> F:
    """A default factory for table models, with its signature worked out once: pydantic inspects a
    factory's signature on every instance it builds (``FieldInfo.get_default``), which for the builtin
    ``list`` costs ~180 µs per object — most of an ORM object's construction in the register's submit."""
    fn.__signature__ = inspect.signature(fn)  # type: ignore[attr-defined]
    return fn


@model_factory
def utcnow() -> datetime:
    return datetime.now(UTC)


@model_factory
def new_id() -> uuid.UUID:
    return uuid.uuid4()


@model_factory
def empty_list() -> list[Any]:
    return []


@model_factory
def empty_dict() -> dict[str, Any]:
    return {}


class UTCDateTime(sa.TypeDecorator[datetime]):
    """An instant, read back with its offset on every database. PostgreSQL keeps ``timestamptz``; SQLite has
    no time-zone type, so instants are stored there as UTC and given back their UTC offset when read (an
    API answer then says ``…+00:00`` on either database, never a bare local time)."""
    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None and dialect.name == "sqlite":
            return value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


def tz_column(nullable: bool = False, index: bool = False) -> Any:
    return sa.Column(UTCDateTime(), nullable=nullable, index=index)


def json_column(nullable: bool = False) -> Any:
    return sa.Column(JSONType, nullable=nullable)


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
    """A POST that created something, keyed by (principal, Idempotency-Key), with the response it got."""
    __tablename__ = "idempotency_key"
    principal: str = Field(primary_key=True, max_length=200)
    key: str = Field(primary_key=True, max_length=200)
    request_hash: str = Field(max_length=64)
    status_code: int
    response: dict[str, Any] = Field(sa_column=json_column())
    created_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


PLATFORM_TABLES = [OutboxMessage.__table__, InboxMessage.__table__, AuditRecord.__table__,
                   IdempotencyRecord.__table__]


# ---------------------------------------------------------------- engine and sessions

def make_engine(database_url: str, *, pool_size: int = 20, statement_timeout_ms: int = 5000) -> AsyncEngine:
    if database_url.startswith("sqlite"):
        engine = create_async_engine(database_url, connect_args={"timeout": 30})

        @sa.event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
        return engine
    return create_async_engine(
        # No pre-ping: it costs a round trip per checkout. A dropped connection fails once (503 for HTTP, a
        # transient wait for consumers) and SQLAlchemy invalidates the pool on that disconnect.
        database_url, pool_size=pool_size, max_overflow=0, pool_recycle=1800, pool_timeout=5,
        connect_args={"timeout": 5, "command_timeout": statement_timeout_ms / 1000,
                      "server_settings": {"statement_timeout": str(statement_timeout_ms)}})


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
                 on_change: Callable[[], None]):
        self._engine = engine  # the runtime creates its engine when it starts
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
        url = self._engine().url.set(drivername="postgresql").render_as_string(hide_password=False)
        try:
            conn = await asyncpg.connect(url, timeout=5)
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


@contextlib.asynccontextmanager
async def autocommit_connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """A connection for one statement outside an explicit transaction (AUTOCOMMIT): on PostgreSQL one
    round trip instead of three (BEGIN, the statement, COMMIT/ROLLBACK). A single statement sees one
    snapshot and is atomic by itself, so this serves a read, or a write that is one statement."""
    async with engine.connect() as conn:
        yield await conn.execution_options(isolation_level="AUTOCOMMIT")


def make_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


class AlreadyApplied(Exception):
    """The event this unit of work would apply is already in the consumer's inbox."""


class StaleVersion(Exception):
    """A compare-and-set update found its row changed (or gone) since it was read: another writer won.
    Raised by the commit; nothing of the transaction stays."""


# Set whenever a unit of work commits events, so a relay in the same process publishes at once
# instead of waiting for its next poll.
outbox_signal = asyncio.Event()


REQUEST_AUDIT: ContextVar[dict[str, Any] | None] = ContextVar("ipp_request_audit", default=None)
"""Set by the HTTP middleware for a write request: the first unit of work that commits in the request
writes the request's audit row in its own transaction (atomic with the change, no second commit)."""


def http_audit_record(req: dict[str, Any], status: int | None) -> dict[str, Any]:
    """The audit row of an HTTP write (a row for ``AUDIT_TABLE``)."""
    scope, principal = req["scope"], req["state"].get("principal")
    route = getattr(scope.get("route"), "path", scope["path"])
    return audit_row(actor=principal.sub if principal else "anonymous",
                     role=str(principal.role) if principal else "public",
                     actor_bin=principal.bin if principal else None, action=f"http.{scope['method']} {route}",
                     resource="http", resource_id=scope["path"][:80], request_id=req["request_id"],
                     detail={"status": status} if status is not None else {"in": "the write's transaction"})


def audit_row(*, actor: str, role: str, action: str, resource: str, resource_id: str, actor_bin: str | None = None,
              request_id: str | None = None, detail: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"at": utcnow(), "actor": actor, "role": role, "actor_bin": actor_bin, "action": action,
            "resource": resource, "resource_id": resource_id, "request_id": request_id, "detail": detail or {}}


AppendRow = Callable[[sa.Table, dict[str, Any]], None]
"""What a repository is given to hand the unit of work a row written at commit: ``UnitOfWork.append_row``
(INSERTed, or merged) or ``UnitOfWork.set_at_commit`` (a compare-and-set UPDATE)."""


# The append-only platform rows (outbox, audit, idempotency) are written with one Core INSERT per table at
# commit rather than as ORM objects: constructing and flushing a SQLModel table object costs several times
# the INSERT itself, and nothing reads these rows back inside the transaction that writes them.
OUTBOX_TABLE: sa.Table = OutboxMessage.__table__  # type: ignore[assignment]
AUDIT_TABLE: sa.Table = AuditRecord.__table__  # type: ignore[assignment]
IDEMPOTENCY_TABLE: sa.Table = IdempotencyRecord.__table__  # type: ignore[assignment]
INBOX_TABLE: sa.Table = InboxMessage.__table__  # type: ignore[assignment]


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


def _merge_clause(table: sa.Table, cols: tuple[str, ...]) -> str:
    if "merge_on" not in table.info:
        return ""
    key, newer = table.info["merge_on"]
    names = ", ".join(f'"{k}"' for k in key)
    sets = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in cols if c not in key)
    return f' ON CONFLICT ({names}) DO UPDATE SET {sets} WHERE "{table.name}"."{newer}" <= EXCLUDED."{newer}"'


def _insert(table: sa.Table, dialect: str) -> sa.Insert:
    """A Core INSERT of appended rows, merging where the table says so (``merge_on``)."""
    if "merge_on" not in table.info:
        return sa.insert(table)
    from sqlalchemy.dialects import postgresql, sqlite

    key, newer = table.info["merge_on"]
    ins = (postgresql if dialect == "postgresql" else sqlite).insert(table)
    return ins.on_conflict_do_update(index_elements=list(key),
                                     set_={c.name: ins.excluded[c.name] for c in table.c if c.name not in key},
                                     where=table.c[newer] <= ins.excluded[newer])


async def write_appended_rows(conn: AsyncConnection, rows: dict[sa.Table, list[dict[str, Any]]],
                              updates: dict[sa.Table, list[dict[str, Any]]] | None = None) -> None:
    """Write a transaction's compare-and-set ``updates`` (``set_at_commit``) and INSERT its append-only
    rows (tables in the order given: a parent before the rows that refer to it), merging them into existing
    rows where their table says so (``merge_on``). On PostgreSQL all of it goes in one statement
    (data-modifying CTEs over ``unnest`` arrays, or plain values for a single row: one round trip instead
    of one per table or row, and one fixed text per shape, prepared once); otherwise one executemany per
    table and one UPDATE per updated row. Raises StaleVersion when an update found its row changed: the
    caller's transaction must then be rolled back."""
    updates = updates or {}
    if conn.dialect.name == "postgresql" and (len(rows) > 1 or updates):
        one = _one_statement(rows, updates=updates)
        if one is not None:
            result = await conn.exec_driver_sql(*one)
            expected = sum(len(u) for u in updates.values())
            if updates and (updated := result.scalar()) != expected:
                raise StaleVersion(f"{expected - updated} of {expected} row(s) changed meanwhile")
            return
    for table, table_rows in updates.items():
        key, version = table.info["versioned"]
        for r in table_rows:
            res = await conn.execute(sa.update(table).where(table.c[key] == r[key], table.c[version] == r[version])
                                     .values({**{c: v for c, v in r.items() if c not in (key, version)},
                                              version: r[version] + 1}))
            if res.rowcount != 1:
                raise StaleVersion(f"{table.name} {r[key]} changed meanwhile")
    for table, table_rows in rows.items():
        await conn.execute(_insert(table, conn.dialect.name), table_rows)


_ARRAY_TYPES = {"VARCHAR": "varchar[]", "TEXT": "text[]", "TIMESTAMP WITH TIME ZONE": "timestamptz[]",
                "INTEGER": "int8[]", "BIGINT": "int8[]", "BOOLEAN": "bool[]", "UUID": "uuid[]"}


def _one_statement(rows: dict[sa.Table, list[dict[str, Any]]], claim: tuple[str, str, str] | None = None,
                   updates: dict[sa.Table, list[dict[str, Any]]] | None = None) -> tuple[str, tuple[Any, ...]] | None:
    """The rows' INSERTs as one PostgreSQL statement, or None when a column's type has no array form here.
    With ``claim`` (consumer, event id, event type) the statement first claims the event in the inbox and
    writes the rows only if that claim took; it then returns one row: 1 if claimed, 0 if applied before.
    With ``updates`` (compare-and-set rows by table, see ``set_at_commit``) the statement updates them first
    and returns how many it updated. A table's rows travel as one array per column (``unnest``), or, when it
    has a single row, as plain values: one-element arrays cost the driver and the server about twice as much
    to encode and take apart. The text depends only on the tables, their columns and which of them have a
    single row, so it is built once per shape (and prepared once per connection); only the parameters are
    built per call."""
    shape = []
    parts = [*((t, r, True) for t, r in (updates or {}).items()), *((t, r, False) for t, r in rows.items())]
    for table, table_rows, is_update in parts:
        keys = table_rows[0].keys()
        if any(r.keys() != keys for r in table_rows):
            return None  # rows of one table must name the same columns
        shape.append((table, tuple(keys), is_update, len(table_rows) == 1))
    sql = _statement_text(tuple(shape), claim is not None)
    if sql is None:
        return None
    params: list[Any] = [*claim, utcnow()] if claim is not None else []
    for (table, cols, _, single), (_, table_rows, _) in zip(shape, parts, strict=True):
        for c, (_, cast) in zip(cols, _column_arrays(table, cols) or (), strict=True):
            # JSON (the only columns with a cast) serialised as SQLAlchemy's JSON type would (None → JSON null)
            if single:
                params.append(json.dumps(table_rows[0][c]) if cast else table_rows[0][c])
            else:
                params.append([json.dumps(r[c]) for r in table_rows] if cast else [r[c] for r in table_rows])
    return sql, tuple(params)


@functools.lru_cache(maxsize=512)
def _column_arrays(table: sa.Table, cols: tuple[str, ...]) -> tuple[tuple[str, str], ...] | None:
    """Per column: the array type its values travel in (a single value: its element type), and the cast
    that turns what arrives into the column's type — only JSON has one (it arrives as text)."""
    from sqlalchemy.dialects import postgresql

    dialect = postgresql.dialect()
    out = []
    for c in cols:
        pg = table.c[c].type.compile(dialect=dialect).split("(")[0]
        if pg in ("JSON", "JSONB"):
            out.append(("text[]", f"::{pg.lower()}"))
        elif pg in _ARRAY_TYPES:
            out.append((_ARRAY_TYPES[pg], ""))
        else:
            return None
    return tuple(out)


@functools.lru_cache(maxsize=512)
def _statement_text(shape: tuple[tuple[sa.Table, tuple[str, ...], bool, bool], ...], claim: bool) -> str | None:
    n = 4 if claim else 0  # the claim's parameters come first
    guard = " WHERE EXISTS (SELECT 1 FROM claimed)" if claim else ""
    inserts: list[str] = []
    updates: list[str] = []
    for table, cols, is_update, single in shape:
        plan = _column_arrays(table, cols)
        if plan is None:
            return None
        values: dict[str, str] = {}  # column → the expression of its (new) value
        arrays = []
        for c, (array, cast) in zip(cols, plan, strict=True):
            n += 1
            if single:
                values[c] = f"${n}::{array.removesuffix('[]')}{cast}"
            else:
                arrays.append(f"${n}::{array}")
                values[c] = f'u."{c}"{cast}'
        names = ", ".join(f'"{c}"' for c in cols)
        source = "" if single else f' FROM unnest({", ".join(arrays)}) AS u({names})'
        if is_update:
            key, version = table.info["versioned"]
            t = f'"{table.name}"'
            sets = [f'"{c}" = {v}' for c, v in values.items() if c not in (key, version)]
            match = f'{t}."{key}" = {values[key]} AND {t}."{version}" = {values[version]}'
            updates.append(f'UPDATE {t} SET {", ".join(sets)}, "{version}" = {values[version]} + 1{source} '
                           f'WHERE {match} RETURNING 1')
        else:
            inserts.append(f'INSERT INTO "{table.name}" ({names}) SELECT {", ".join(values.values())}'
                           f'{source}{guard}{_merge_clause(table, cols)}')
    if claim or updates:
        ctes = ([_CLAIM_CTE] if claim else []) + [f"v{i} AS ({u})" for i, u in enumerate(updates)] + \
            [f"w{i} AS ({ins})" for i, ins in enumerate(inserts)]
        result = "(SELECT count(*) FROM claimed)" if claim else \
            " + ".join(f"(SELECT count(*) FROM v{i})" for i in range(len(updates)))
        return "WITH " + ", ".join(ctes) + " SELECT " + result
    *first, last = inserts
    return ("WITH " + ", ".join(f"w{i} AS ({ins})" for i, ins in enumerate(first)) + " " if first else "") + last


_CLAIM_CTE = ("claimed AS (INSERT INTO inbox (consumer, event_id, event_type, processed_at) "
              "VALUES ($1::varchar, $2::varchar, $3::varchar, $4::timestamptz) ON CONFLICT DO NOTHING RETURNING 1)")


_CLAIM_MANY_PG = ("INSERT INTO inbox (consumer, event_id, event_type, processed_at) "
                  "SELECT $1::varchar, e, t, $4::timestamptz FROM unnest($2::varchar[], $3::varchar[]) AS u(e, t) "
                  "ON CONFLICT DO NOTHING RETURNING event_id")


class UnitOfWork:
    """One business transaction: repositories share the session; events go to the outbox; audit rows
    are written alongside. Subclasses attach their repositories in ``_start``."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession], source: str):
        self._session_factory = session_factory
        self.source = source
        self.committed = False
        self.events: list[CloudEvent] = []
        self.rows: dict[sa.Table, list[dict[str, Any]]] = {}
        """Append-only rows to INSERT at commit, by table: the platform's (outbox, audit, idempotency) and
        a service's own that nothing reads back in the transaction (verification's evidence)."""
        self.updates: dict[sa.Table, list[dict[str, Any]]] = {}
        """Compare-and-set updates to make at commit, by table (``set_at_commit``)."""
        self.inbox_claim: tuple[str, str, str] | None = None
        """(consumer, event id, event type): entering the unit of work (or, with ``claim_at_commit``, its
        commit) claims the event in the inbox, or fails with AlreadyApplied if it is already there."""
        self.claim_at_commit = False
        """Set by the consumer for handlers that act on the outside world before their transaction
        (``precheck_inbox``): the claim is made at commit — with the writes in one statement where it can
        (see ``commit``)."""
        self.claimed: str | None = None
        """In a batch: the event whose handler last entered this unit of work."""
        self.shared = False
        """Set by the consumer while this unit of work is the one transaction of a batch of events, whose
        events it has claimed with ``claim_many``: each handler's ``async with`` then only notes its event
        and its ``commit()`` marks its part done; the consumer commits the batch once (ADR 0010)."""

    async def __aenter__(self) -> Self:
        if self.shared:
            self.committed = False
            if self.inbox_claim is not None:
                self.claimed, self.inbox_claim = self.inbox_claim[1], None
            return self
        self.session = self._session_factory()
        self.committed = False
        self.events = []
        self.rows = {}
        self.updates = {}
        self.idempotency = IdempotencyStore(self.engine, self.append_row)
        self._start()
        if self.inbox_claim is not None and not self.claim_at_commit:
            try:
                await self._claim(*self.inbox_claim)
            except BaseException:
                await self.session.close()  # __aexit__ does not run when __aenter__ raises
                raise
        return self

    async def _claim(self, consumer: str, event_id: str, event_type: str) -> None:
        """The inbox row is the first write of the transaction: one INSERT … ON CONFLICT DO NOTHING both
        checks and records. A concurrent delivery of the same event waits on this row's lock and then
        finds it (AlreadyApplied); a rollback of the effect removes the claim with it."""
        if not await self.claim_many(consumer, [(event_id, event_type)]):
            raise AlreadyApplied(event_id)

    async def claim_many(self, consumer: str, events: list[tuple[str, str]]) -> set[str]:
        """Claim events (a batch's, or one) with one INSERT … ON CONFLICT DO NOTHING RETURNING; returns the
        ids this transaction claimed (the others were applied before). ``events``: (id, type), ids distinct."""
        conn = await self.session.connection()
        now = utcnow()
        if conn.dialect.name == "postgresql":
            # One fixed statement whatever the batch size (arrays, unnest): prepared once per connection.
            # A multi-row VALUES would be compiled anew for every batch — SQLAlchemy does not cache those.
            ids, types = [e for e, _ in events], [t for _, t in events]
            return {r[0] for r in await conn.exec_driver_sql(_CLAIM_MANY_PG, (consumer, ids, types, now))}
        from sqlalchemy.dialects.sqlite import insert
        stmt = insert(INBOX_TABLE).values([{"consumer": consumer, "event_id": e, "event_type": t, "processed_at": now}
                                           for e, t in events]).on_conflict_do_nothing()
        return {r[0] for r in await conn.execute(stmt.returning(INBOX_TABLE.c.event_id))}

    @property
    def engine(self) -> AsyncEngine:
        return self._session_factory.kw["bind"]

    def _start(self) -> None:
        """Attach repositories to ``self.session``."""

    async def __aexit__(self, exc_type: Any, *exc: Any) -> None:
        if self.shared:
            return  # the batch owns the transaction: it commits, or rolls back all of it
        # Uncommitted work is discarded either way; an explicit rollback only on error, because it
        # expires loaded objects that a read-only use case still returns (close() keeps them).
        try:
            if exc_type is not None and not self.committed:
                await self.session.rollback()
        finally:
            await self.session.close()

    def publish(self, payload: BaseModel, *, subject: str, recipient: str | None = None,
                sequence: int | None = None) -> CloudEvent:
        """Record an integration event in the outbox of this transaction. The current trace context
        travels in the envelope, so the consumer's span continues this trace."""
        spec = spec_of(payload)
        carrier: dict[str, str] = {}
        propagate.inject(carrier)
        ev = CloudEvent(source=self.source, type=spec.type, subject=subject, dataschema=spec.dataschema,
                        traceparent=carrier.get("traceparent"), tracestate=carrier.get("tracestate"),
                        recipient=recipient, sequence=sequence, data=json.loads(payload.model_dump_json()))
        self.append_row(OUTBOX_TABLE, {"event_id": ev.id, "event_type": ev.type, "body": ev.to_bytes().decode(),
                                       "created_at": utcnow(), "published_at": None, "routed": None, "attempts": 0,
                                       "last_error": None})
        self.events.append(ev)
        return ev

    def audit(self, *, actor: str, role: str, action: str, resource: str, resource_id: str,
              actor_bin: str | None = None, request_id: str | None = None,
              detail: dict[str, Any] | None = None) -> None:
        self.append_row(AUDIT_TABLE, audit_row(actor=actor, role=role, actor_bin=actor_bin, action=action,
                                               resource=resource, resource_id=resource_id, request_id=request_id,
                                               detail=detail))

    def append_row(self, table: sa.Table, row: dict[str, Any]) -> None:
        self.rows.setdefault(table, []).append(row)

    def set_at_commit(self, table: sa.Table, row: dict[str, Any]) -> None:
        """Compare-and-set of one row of a ``versioned`` table, made at commit: ``row`` names the key, the
        version read, and the new values; the row is updated (and its version incremented) only if its
        version is still that one, else the commit raises StaleVersion and nothing of it stays. Made with
        the commit's other writes — on PostgreSQL in its one statement (in a consumer's batch, every event's
        update in one). Only inside a transaction begun by a read (the row was read to be decided on);
        reads of the row by query before the commit see the old values."""
        self.updates.setdefault(table, []).append(row)

    async def commit(self) -> None:
        if self.shared:
            # In a batch: this handler's part is done. Its ORM changes are flushed by the next query or the
            # batch's commit, its rows are INSERTed with all the batch's; an error in either rolls back the
            # batch, whose events are then applied one by one.
            self.committed = True
            return
        req = REQUEST_AUDIT.get()
        if req is not None and not req["written"]:
            self.append_row(AUDIT_TABLE, http_audit_record(req, None))
        claim = self.inbox_claim if self.claim_at_commit else None
        one = self._as_one_statement(claim)
        if one is not None:
            # Nothing was read or changed through the session: the whole transaction is this one statement,
            # sent outside an explicit transaction — one round trip instead of BEGIN, the writes, COMMIT.
            async with autocommit_connection(self.engine) as conn:
                result = await conn.exec_driver_sql(*one)
                if claim is not None and not result.scalar():
                    raise AlreadyApplied(claim[1])  # applied before: nothing of this statement was written
        else:
            if claim is not None:
                await self._claim(*claim)
            if self.rows or self.updates:
                # Core on the session's transaction: no ORM flush machinery
                await write_appended_rows(await self.session.connection(), self.rows, self.updates)
            await self.session.commit()
        self.rows = {}
        self.updates = {}
        self.claim_at_commit = False  # claimed: a second commit of this unit of work must not claim again
        if req is not None:
            req["written"] = True
        self.committed = True
        if self.events:
            outbox_signal.set()

    def _as_one_statement(self, claim: tuple[str, str, str] | None) -> tuple[str, tuple[Any, ...]] | None:
        """The commit as one statement, when the unit of work only appends rows (and claims its event):
        PostgreSQL, no transaction begun on the session, no ORM object added, changed or deleted, and no
        compare-and-set update (its row was read in the transaction, which must be the one to commit)."""
        s = self.session
        if ((not self.rows and claim is None) or self.engine.dialect.name != "postgresql" or s.in_transaction()
                or s.new or s.dirty or s.deleted or self.updates):
            return None
        return _one_statement(self.rows, claim)

    async def rollback(self) -> None:
        await self.session.rollback()


_IDEMPOTENCY_LOOKUP = sa.select(IDEMPOTENCY_TABLE).where(IDEMPOTENCY_TABLE.c.principal == sa.bindparam("p"),
                                                         IDEMPOTENCY_TABLE.c.key == sa.bindparam("k"))


class IdempotencyStore:
    """Idempotency-Key handling for POSTs that create things: the first request's response is stored in
    the transaction that created the thing; a retry with the same key gets the same response; the same
    key with a different body is refused."""

    def __init__(self, engine: AsyncEngine, append_row: AppendRow):
        self._engine = engine
        self._append_row = append_row

    async def replay(self, principal: str, key: str | None, request_hash: str) -> IdempotencyRecord | None:
        """The response stored for this key, if any (one round trip outside any transaction). A handler may
        instead write first and call this only when its commit fails on the key's primary key — a request
        sent again then costs the look-up, the first one nothing."""
        from ipp_common.problems import ProblemError

        if not key:
            return None
        async with autocommit_connection(self._engine) as conn:
            row = (await conn.execute(_IDEMPOTENCY_LOOKUP, {"p": principal, "k": key})).first()
        rec = IdempotencyRecord.model_construct(**row._mapping) if row is not None else None
        if rec is not None and rec.request_hash != request_hash:
            raise ProblemError(422, "idempotency_key_reused", "Idempotency-Key reused",
                               "This Idempotency-Key was used with a different request body.",
                               field="Idempotency-Key")
        return rec

    def remember(self, principal: str, key: str | None, request_hash: str, status_code: int,
                 response: dict[str, Any]) -> None:
        if key:
            self._append_row(IDEMPOTENCY_TABLE, {"principal": principal, "key": key, "request_hash": request_hash,
                                                 "status_code": status_code, "response": response,
                                                 "created_at": utcnow()})


class Repository:
    """Base of a service's repositories: add and get by primary key on the unit of work's session."""

    def __init__(self, session: AsyncSession):
        self.session = session

    def add(self, obj: SQLModel) -> None:
        self.session.add(obj)

    async def get(self, model: type[Any], key: Any) -> Any:
        return await self.session.get(model, key)
