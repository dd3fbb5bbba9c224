"""The unit of work: one business transaction. Handlers change state through repositories and add
integration events with ``uow.publish(...)``; both land in one ``commit()`` (transactional outbox).
Nothing else in a service calls ``commit()``."""
from __future__ import annotations

import json
from typing import Any, Self

import sqlalchemy as sa
from opentelemetry import propagate
from pydantic import BaseModel
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from ipp_common.events.catalogue import spec_of
from ipp_common.events.envelope import CloudEvent
from ipp_common.persistence.audit import audit_row
from ipp_common.persistence.columns import utcnow
from ipp_common.persistence.engine import autocommit_connection
from ipp_common.persistence.idempotency import IN_FLIGHT, in_flight, lookup, record_row
from ipp_common.persistence.listener import outbox_signal
from ipp_common.persistence.one_statement import one_statement
from ipp_common.persistence.row_writer import WriteStrategy, write_appended_rows
from ipp_common.persistence.tables import AUDIT_TABLE, IDEMPOTENCY_TABLE, INBOX_TABLE, OUTBOX_TABLE
from ipp_common.persistence.write_request import IdempotencyClaim, WriteRequest


class AlreadyApplied(Exception):
    """The event this unit of work would apply is already in the consumer's inbox."""


_CLAIM_MANY_PG = ("INSERT INTO inbox (consumer, event_id, event_type, processed_at) "
                  "SELECT $1::varchar, e, t, $4::timestamptz FROM unnest($2::varchar[], $3::varchar[]) AS u(e, t) "
                  "ON CONFLICT DO NOTHING RETURNING event_id")


class UnitOfWork:
    """One business transaction: repositories share the session; events go to the outbox; audit rows
    are written alongside. Subclasses attach their repositories in ``_start``."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession], source: str, *,
                 write_strategy: WriteStrategy = "one_statement", write: WriteRequest | None = None):
        self._session_factory = session_factory
        self.source = source
        self.write = write
        """The HTTP write this unit of work serves, if any: its commit writes the request's audit row and
        Idempotency-Key record with the change (``write_request``)."""
        self.write_strategy: WriteStrategy = write_strategy
        """How the commit writes appended rows, compare-and-set updates and the inbox claim (``row_writer``)."""
        self.claimed_ids: set[str] = set()
        """The events this transaction claimed in the inbox (``claim_many``)."""
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
        if self.write is not None and (precondition := self.write.take_precondition()) is not None:
            await precondition()  # the request's If-Match, just before its action (http.preconditions)
        self.session = self._session_factory()
        self.committed = False
        self.claimed_ids = set()
        self.events = []
        self.rows = {}
        self.updates = {}
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
        if conn.dialect.name == "postgresql" and self.write_strategy == "one_statement":
            # One fixed statement whatever the batch size (arrays, unnest): prepared once per connection.
            # A multi-row VALUES would be compiled anew for every batch — SQLAlchemy does not cache those.
            ids, types = [e for e, _ in events], [t for _, t in events]
            claimed = {r[0] for r in await conn.exec_driver_sql(_CLAIM_MANY_PG, (consumer, ids, types, now))}
        else:
            dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
            stmt = dialect.insert(INBOX_TABLE).values([{"consumer": consumer, "event_id": e, "event_type": t,
                                                        "processed_at": now} for e, t in events])
            claimed = {r[0] for r in await conn.execute(stmt.on_conflict_do_nothing()
                                                        .returning(INBOX_TABLE.c.event_id))}
        self.claimed_ids |= claimed
        return claimed

    @property
    def applies_event(self) -> bool:
        """Whether committing this unit of work records a consumed event as applied (its inbox claim)."""
        return self.inbox_claim is not None or bool(self.claimed_ids)

    @property
    def engine(self) -> AsyncEngine:
        return self._session_factory.kw["bind"]

    @property
    def postgres(self) -> bool:
        """Whether this unit of work writes to PostgreSQL (row locks, one-statement writes) rather than
        SQLite: decided here once, from the engine, for every repository that asks."""
        return self.engine.dialect.name == "postgresql"

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
        write = self.write if self.write is not None and not self.write.written else None
        keyed = False
        if write is not None:
            self.append_row(AUDIT_TABLE, write.audit_row(None))
            keyed = self._record_idempotency_key(write.idempotency)
        try:
            await self._write()
        except IntegrityError as e:
            if write is not None and write.idempotency is not None and await self._twin_committed(e, write.idempotency):
                raise in_flight() from e
            raise
        if write is not None:
            write.written = True
            write.idempotency_recorded = keyed

    async def _twin_committed(self, e: IntegrityError, claim: IdempotencyClaim) -> bool:
        """Whether the commit failed because a twin of this request — the same Idempotency-Key — committed
        first. Its change may trip another unique rule before the key's (the filing's one open application
        per BIN), so the key's record is looked for, not only the constraint's name."""
        if "idempotency_key" in str(e.orig):
            return True
        return await lookup(self.engine, claim.principal, claim.key, claim.request_hash) is not None

    def _record_idempotency_key(self, claim: IdempotencyClaim | None) -> bool:
        """The request's Idempotency-Key record, written in flight in this transaction with the change
        (ADR 23); the edge stores the answer on it."""
        if claim is None:
            return False
        self.append_row(IDEMPOTENCY_TABLE, record_row(claim.principal, claim.key, claim.request_hash, IN_FLIGHT, {}))
        return True

    async def _write(self) -> None:
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
                await write_appended_rows(await self.session.connection(), self.rows, self.updates,
                                          strategy=self.write_strategy)
            await self.session.commit()
        self.rows = {}
        self.updates = {}
        self.claim_at_commit = False  # claimed: a second commit of this unit of work must not claim again
        self.committed = True
        if self.events:
            outbox_signal.set()

    def _as_one_statement(self, claim: tuple[str, str, str] | None) -> tuple[str, tuple[Any, ...]] | None:
        """The commit as one statement, when the unit of work only appends rows (and claims its event):
        PostgreSQL, no transaction begun on the session, no ORM object added, changed or deleted, and no
        compare-and-set update (its row was read in the transaction, which must be the one to commit)."""
        s = self.session
        if (self.write_strategy != "one_statement" or (not self.rows and claim is None)
                or not self.postgres or s.in_transaction()
                or s.new or s.dirty or s.deleted or self.updates):
            return None
        return one_statement(self.rows, claim)

    async def rollback(self) -> None:
        await self.session.rollback()
