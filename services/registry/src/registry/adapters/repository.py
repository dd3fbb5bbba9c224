"""All registry queries live here."""
from __future__ import annotations

import builtins
import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from ipp_common.persistence.cache import NotifiedCache
from ipp_common.persistence.columns import utcnow
from ipp_common.persistence.engine import autocommit_connection
from ipp_common.persistence.paging import keyset_page
from ipp_common.persistence.tables import AppendRow, table_of
from sqlalchemy import bindparam, delete, func, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from registry.adapters.orm import (
    OPEN_APPLICATION_INDEX,
    Appeal,
    AppealAction,
    Application,
    ApplicationTransition,
    CatalogueVersion,
    ChainHead,
    IssuedExtract,
    MonitoringCheck,
    Producer,
    ProducerGood,
    RegisterEntry,
    RemedyNotice,
    SoftwareContest,
    WhollyProducedFact,
)
from registry.domain.model import OPEN
from registry.domain.register import GENESIS, entry_hash

_APPLICATION: sa.Table = table_of(Application)
_TRANSITION: sa.Table = table_of(ApplicationTransition)


class ConcurrentUpdate(Exception):
    """Someone else changed the object first (optimistic lock, checked at once; an application's is
    checked at commit: StaleVersion)."""


class ApplicationRepository:
    def __init__(self, session: AsyncSession, append_row: AppendRow, set_at_commit: AppendRow):
        self.session = session
        self._append_row = append_row
        self._set_at_commit = set_at_commit
        self._loaded: list[Application] = []

    def add(self, app: Application) -> None:
        """A new application, INSERTed at commit with the transaction's other appended rows (on PostgreSQL
        the filing is one statement). The BIN's open application, if it has one, makes that commit fail
        (the partial unique index): see ``is_open_conflict``."""
        self._append_row(_APPLICATION, app.model_dump())

    @staticmethod
    def is_open_conflict(e: IntegrityError) -> bool:
        """The commit failed because the BIN already has an open application (Art. 51-1.6)."""
        msg = str(e.orig)
        # PostgreSQL names the index; SQLite names the column of a unique index
        return OPEN_APPLICATION_INDEX in msg or "registry_application.bin" in msg

    async def get(self, app_id: uuid.UUID) -> Application | None:
        return await self.session.get(Application, app_id)

    async def load(self, app_ids: list[uuid.UUID]) -> None:
        """Load these applications into the session in one query (``get`` then finds them there)."""
        if app_ids:
            q = select(Application).where(col(Application.id).in_(app_ids))
            # held here: the session's identity map keeps only weak references
            self._loaded = list((await self.session.exec(q)).all())

    async def page(self, *, bin_: str | None, status: str | None, cursor: str | None,
                   limit: int) -> tuple[list[Application], str | None]:
        q = select(Application)
        if bin_:
            q = q.where(Application.bin == bin_)
        if status:
            q = q.where(Application.status == status)
        return await keyset_page(self.session, q, at=Application.filed_at, key=Application.id, cursor=cursor,
                                 limit=limit)

    def change_status(self, app: Application, *, to_status: str, action: str, actor: str, reason: str | None,
                      event_id: str | None, **values: Any) -> None:
        """Compare-and-set on the version column, made at commit with the transaction's other writes: of two
        concurrent decisions exactly one wins, the other's commit raises StaleVersion."""
        now = utcnow()
        self._set_at_commit(_APPLICATION, {"id": app.id, "version": app.version, "status": to_status,
                                           "updated_at": now, **values})
        self._append_row(_TRANSITION, {"application_id": app.id, "from_status": app.status, "to_status": to_status,
                                       "action": action, "actor": actor, "reason": reason, "event_id": event_id,
                                       "at": now})  # history is append-only: written with the commit's rows
        # The loaded object takes the new values as already persisted: set as ordinary attributes they would
        # make the flush send an UPDATE of its own (without the version check).
        for k, v in {"status": to_status, "version": app.version + 1, "updated_at": now, **values}.items():
            set_committed_value(app, k, v)

    def record_filing(self, app: Application, actor: str, event_id: str) -> None:
        self._append_row(_TRANSITION, {"application_id": app.id, "from_status": None, "to_status": app.status,
                                       "action": "file", "actor": actor, "reason": None, "event_id": event_id,
                                       "at": app.filed_at})

    async def history(self, app_id: uuid.UUID) -> builtins.list[ApplicationTransition]:
        q = (select(ApplicationTransition).where(ApplicationTransition.application_id == app_id)
             .order_by(col(ApplicationTransition.id)))
        return list((await self.session.exec(q)).all())

    async def open_for_bin(self, bin_: str) -> Application | None:
        q = select(Application).where(Application.bin == bin_, col(Application.status).in_(sorted(OPEN)))
        return (await self.session.exec(q)).first()


def name_contains(column: Any, part: str) -> Any:
    """The register's search by name: ``part`` anywhere in the company name, in any letter case — lower() LIKE
    lower(), every letter folded on both databases (engine.make_engine); LIKE's wildcards in ``part`` are
    matched as themselves."""
    return sa.func.coalesce(column, "").icontains(part, autoescape=True)


class RegisterRepository:
    """The append-only register and the producer records derived from it."""

    def __init__(self, session: AsyncSession, postgres: bool):
        self.session = session
        self.postgres = postgres
        self._locked: dict[str, Producer] = {}
        self.saved: set[str] = set()
        """The BINs whose producer records this transaction wrote."""

    async def append(self, *, bin_: str, kind: str, at: datetime, actor: str, goods: list[dict[str, Any]],
                     **fields: Any) -> RegisterEntry:
        """Append one entry to the hash chain. The chain head row is locked, so appends are serialised
        and the chain has no forks; it exists from the migrations on (the genesis row), so even the first
        appends of two replicas lock it rather than both creating it."""
        q = select(ChainHead).where(ChainHead.id == 1)
        if self.postgres:
            q = q.with_for_update()
        head = (await self.session.exec(q)).first()
        if head is None:
            head = ChainHead(id=1, seq=0, hash=GENESIS)
        entry = RegisterEntry(seq=head.seq + 1, bin=bin_, kind=kind, at=at, actor=actor, goods=goods,
                              prev_hash=head.hash, hash="", **fields)
        entry.hash = entry_hash(head.hash, self.content_of(entry))
        head.seq, head.hash = entry.seq, entry.hash
        self.session.add(head)
        self.session.add(entry)
        return entry

    async def verify_chain(self) -> tuple[bool, int, str | None]:
        """Recompute every hash from the first entry. Returns (intact, entries checked, first bad id)."""
        prev, n, after = GENESIS, 0, 0
        while batch := await self.all_entries(after, 1000):
            for e in batch:
                if e.prev_hash != prev or entry_hash(prev, self.content_of(e)) != e.hash:
                    return False, n, str(e.id)
                prev, after, n = e.hash, e.seq, n + 1
        return True, n, None

    @staticmethod
    def content_of(e: RegisterEntry) -> dict[str, Any]:
        """What the hash covers (must match ``append``)."""
        return {"id": str(e.id), "seq": e.seq, "bin": e.bin, "kind": e.kind, "at": _iso(e.at), "goods": e.goods,
                "basis": e.basis, "ground": e.ground, "reasons": e.reasons,
                "application_id": str(e.application_id) if e.application_id else None,
                "appeal_id": str(e.appeal_id) if e.appeal_id else None,
                "restores_entry_id": str(e.restores_entry_id) if e.restores_entry_id else None,
                "contest_due": e.contest_due.isoformat() if e.contest_due else None,
                "company_name": e.company_name, "region": e.region}

    async def entry(self, entry_id: uuid.UUID) -> RegisterEntry | None:
        return await self.session.get(RegisterEntry, entry_id)

    async def entries(self, bin_: str) -> list[RegisterEntry]:
        q = select(RegisterEntry).where(RegisterEntry.bin == bin_).order_by(col(RegisterEntry.seq))
        return list((await self.session.exec(q)).all())

    async def all_entries(self, after_seq: int = 0, limit: int = 1000) -> list[RegisterEntry]:
        q = select(RegisterEntry).where(RegisterEntry.seq > after_seq).order_by(col(RegisterEntry.seq)).limit(limit)
        return list((await self.session.exec(q)).all())

    async def state_as_of(self, at: datetime, *, after_bin: str | None, limit: int, bin_: str | None = None,
                          region: str | None = None, name: str | None = None) -> list[RegisterEntry]:
        """The latest entry of each producer included at ``at`` (register as of a date), by BIN, filtered as
        the current register is (the goods' codes are in the entry's JSON: the caller filters by them)."""
        latest = select(RegisterEntry.bin, func.max(RegisterEntry.seq).label("seq")).where(RegisterEntry.at <= at)
        if bin_:
            latest = latest.where(RegisterEntry.bin == bin_)
        if after_bin:  # the page starts after the cursor: only those producers' entries are grouped
            latest = latest.where(RegisterEntry.bin > after_bin)
        latest_sq = latest.group_by(RegisterEntry.bin).subquery()
        q = (select(RegisterEntry)
             .join(latest_sq, (col(RegisterEntry.bin) == latest_sq.c.bin) & (col(RegisterEntry.seq) == latest_sq.c.seq))
             .where(RegisterEntry.kind != "exclusion"))
        if name:
            q = q.where(name_contains(RegisterEntry.company_name, name))
        if region:
            q = q.where(RegisterEntry.region == region)
        q = q.order_by(col(RegisterEntry.bin)).limit(limit)
        return list((await self.session.exec(q)).all())

    # -------------------------------------------------------- producers (current record)

    async def producer(self, bin_: str, *, for_update: bool = False) -> Producer | None:
        if bin_ in self._locked:  # loaded and locked for this transaction by lock_producers
            return self._locked[bin_]
        q = select(Producer).where(Producer.bin == bin_)
        if for_update and self.postgres:
            q = q.with_for_update()
        return (await self.session.exec(q)).first()

    async def lock_producers(self, bins: list[str]) -> None:
        """Load and lock these producers in one query, in BIN order (two transactions then lock in the same
        order); ``producer`` finds them here for the rest of the transaction."""
        if bins:
            q = select(Producer).where(col(Producer.bin).in_(sorted(set(bins)))).order_by(col(Producer.bin))
            if self.postgres:
                q = q.with_for_update()
            self._locked.update((p.bin, p) for p in (await self.session.exec(q)).all())

    async def save_producer(self, p: Producer) -> None:
        self.saved.add(p.bin)
        self.session.add(p)
        await self.session.exec(delete(ProducerGood).where(col(ProducerGood.bin) == p.bin))
        if p.status == "included":
            for t in sorted({g["tnved"] for g in p.goods}):
                self.session.add(ProducerGood(bin=p.bin, tnved=t))

    async def public_producers(self, *, bin_: str | None, tnved: str | None, region: str | None,
                               after_bin: str | None, limit: int, name: str | None = None) -> list[Producer]:
        q = select(Producer).where(Producer.status == "included")
        if bin_:
            q = q.where(Producer.bin == bin_)
        if name:
            q = q.where(name_contains(Producer.company_name, name))
        if region:
            q = q.where(Producer.region == region)
        if tnved:
            q = q.where(col(Producer.bin).in_(select(ProducerGood.bin).where(ProducerGood.tnved == tnved)))
        if after_bin:
            q = q.where(Producer.bin > after_bin)
        return list((await self.session.exec(q.order_by(col(Producer.bin)).limit(limit))).all())

    async def due_for_monitoring(self, today: date, limit: int) -> list[Producer]:
        q = (select(Producer).where(Producer.status == "included", col(Producer.next_check_on) <= today)
             .order_by(col(Producer.next_check_on), col(Producer.bin)).limit(limit))
        if self.postgres:
            q = q.with_for_update(skip_locked=True)
        return list((await self.session.exec(q)).all())


class CatalogueRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def in_force(self, tnved: str, on: date) -> CatalogueVersion | None:
        q = (select(CatalogueVersion).where(CatalogueVersion.tnved == tnved, CatalogueVersion.effective_from <= on)
             .order_by(col(CatalogueVersion.effective_from).desc(), col(CatalogueVersion.version).desc()).limit(1))
        return (await self.session.exec(q)).first()

    async def latest(self, tnved: str) -> CatalogueVersion | None:
        q = (select(CatalogueVersion).where(CatalogueVersion.tnved == tnved)
             .order_by(col(CatalogueVersion.version).desc()).limit(1))
        return (await self.session.exec(q)).first()

    async def versions(self, tnved: str) -> list[CatalogueVersion]:
        q = select(CatalogueVersion).where(CatalogueVersion.tnved == tnved).order_by(col(CatalogueVersion.version))
        return list((await self.session.exec(q)).all())

    def add(self, v: CatalogueVersion) -> None:
        self.session.add(v)


class FactsRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    def add(self, f: WhollyProducedFact) -> None:
        self.session.add(f)

    async def covering(self, bin_: str, on: date) -> list[WhollyProducedFact]:
        q = select(WhollyProducedFact).where(
            WhollyProducedFact.bin == bin_, WhollyProducedFact.valid_from <= on,
            (col(WhollyProducedFact.valid_to).is_(None)) | (col(WhollyProducedFact.valid_to) >= on))
        return list((await self.session.exec(q)).all())


class MonitoringRepository:
    def __init__(self, session: AsyncSession, postgres: bool):
        self.session = session
        self.postgres = postgres
        self._open: dict[str, RemedyNotice | None] = {}
        self._loaded: list[MonitoringCheck] = []

    def add(self, obj: MonitoringCheck | RemedyNotice) -> None:
        self.session.add(obj)
        if isinstance(obj, RemedyNotice) and obj.status == "open":
            self._open[obj.bin] = obj

    async def check(self, check_id: uuid.UUID) -> MonitoringCheck | None:
        return await self.session.get(MonitoringCheck, check_id)

    async def load_for_results(self, check_ids: list[uuid.UUID], bins: list[str]) -> None:
        """A batch of monitoring results' checks and the open notices of their BINs (locked), each in one
        query: ``check`` then finds its check in the session, ``open_notice`` its BIN's notice — or that it
        has none — here, kept current by ``add`` for the notices the batch itself opens."""
        if check_ids:
            q = select(MonitoringCheck).where(col(MonitoringCheck.id).in_(check_ids))
            self._loaded = list((await self.session.exec(q)).all())  # the identity map holds weak references
        if bins:
            n = (select(RemedyNotice).where(col(RemedyNotice.bin).in_(sorted(set(bins))), RemedyNotice.status == "open")
                 .order_by(col(RemedyNotice.bin)))
            if self.postgres:
                n = n.with_for_update()
            self._open.update((b, None) for b in bins)
            self._open.update((x.bin, x) for x in (await self.session.exec(n)).all())

    async def open_notice(self, bin_: str) -> RemedyNotice | None:
        if bin_ in self._open:  # loaded with the batch (load_for_results) or opened in this transaction
            known = self._open[bin_]
            return known if known is not None and known.status == "open" else None
        q = select(RemedyNotice).where(RemedyNotice.bin == bin_, RemedyNotice.status == "open")
        if self.postgres:
            q = q.with_for_update()
        return (await self.session.exec(q)).first()

    async def notices(self, bin_: str) -> list[RemedyNotice]:
        q = select(RemedyNotice).where(RemedyNotice.bin == bin_).order_by(col(RemedyNotice.issued_at))
        return list((await self.session.exec(q)).all())

    async def overdue(self, today: date, limit: int, *, skip_locked: bool = True) -> list[RemedyNotice]:
        """Open notices past their due day, locked. Skipping locked rows lets the scheduler pass over a notice
        another transaction holds; waiting (``skip_locked=False``) re-reads it after that transaction ends, so a
        notice closed meanwhile drops out and one still open is processed."""
        q = (select(RemedyNotice).where(RemedyNotice.status == "open", RemedyNotice.due < today)
             .order_by(col(RemedyNotice.due), col(RemedyNotice.id)).limit(limit))
        if self.postgres:
            q = q.with_for_update(skip_locked=skip_locked)
        return list((await self.session.exec(q)).all())


class AppealRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def add(self, a: Appeal) -> None:
        self.session.add(a)
        await self.session.flush()

    async def get(self, appeal_id: uuid.UUID) -> Appeal | None:
        return await self.session.get(Appeal, appeal_id)

    async def for_exclusion(self, entry_id: uuid.UUID) -> Appeal | None:
        return (await self.session.exec(select(Appeal).where(Appeal.exclusion_entry_id == entry_id))).first()

    async def list(self, *, bin_: str | None, status: str | None, limit: int) -> list[Appeal]:
        q = select(Appeal)
        if bin_:
            q = q.where(Appeal.bin == bin_)
        if status:
            q = q.where(Appeal.status == status)
        return list((await self.session.exec(q.order_by(col(Appeal.filed_at).desc()).limit(limit))).all())

    async def actions(self, appeal_id: uuid.UUID) -> builtins.list[AppealAction]:
        q = select(AppealAction).where(AppealAction.appeal_id == appeal_id).order_by(col(AppealAction.id))
        return list((await self.session.exec(q)).all())

    async def change(self, a: Appeal, *, status: str, action: str, actor: str, detail: dict[str, Any],
                     **values: Any) -> None:
        """Compare-and-set on the version: two commission decisions at once → one wins."""
        res = await self.session.exec(
            update(Appeal).where(col(Appeal.id) == a.id, col(Appeal.version) == a.version)
            .values(status=status, version=a.version + 1, **values).execution_options(synchronize_session=False))
        if res.rowcount != 1:
            raise ConcurrentUpdate(f"appeal {a.id} changed concurrently")
        self.session.add(AppealAction(appeal_id=a.id, action=action, detail=detail, actor=actor))
        a.status, a.version = status, a.version + 1
        for k, v in values.items():
            setattr(a, k, v)


class ExtractRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    def add(self, x: IssuedExtract | SoftwareContest) -> None:
        self.session.add(x)

    async def get(self, extract_id: uuid.UUID) -> IssuedExtract | None:
        return await self.session.get(IssuedExtract, extract_id)

    async def contest_for(self, entry_id: uuid.UUID) -> SoftwareContest | None:
        q = select(SoftwareContest).where(SoftwareContest.exclusion_entry_id == entry_id)
        return (await self.session.exec(q)).first()


def _iso(d: datetime) -> str:
    """Datetimes as stored: SQLite drops the zone, so normalise to UTC before hashing."""
    from datetime import UTC
    return (d if d.tzinfo else d.replace(tzinfo=UTC)).astimezone(UTC).isoformat()


class RegisterReadModel:
    """The public read of a producer's record: one Core query on a pooled connection, no ORM session,
    behind a cache that the register's own trigger invalidates (the busiest public endpoint; ADR 8,
    docs/benchmarks.md)."""

    _BY_BIN = sa.select(col(Producer.bin), col(Producer.status), col(Producer.company_name), col(Producer.region),
                        col(Producer.since), col(Producer.basis), col(Producer.goods), col(Producer.version)
                        ).where(col(Producer.bin) == bindparam("bin"))

    def __init__(self, engine: Callable[[], Any], cache: NotifiedCache[dict[str, Any] | None] | None = None):
        """``engine`` gives the process's engine, which exists once the runtime has started."""
        self._engine_of = engine
        self._engine: Any = None
        self.cache = cache

    @property
    def engine(self) -> Any:
        if self._engine is None:  # autocommit: a single SELECT needs no BEGIN/ROLLBACK round trips
            self._engine = self._engine_of().execution_options(isolation_level="AUTOCOMMIT")
        return self._engine

    async def producer(self, bin_: str) -> dict[str, Any] | None:
        if self.cache is not None:
            return await self.cache.get(bin_, lambda: self._load(bin_))
        return await self._load(bin_)

    async def _load(self, bin_: str) -> dict[str, Any] | None:
        async with autocommit_connection(self.engine) as conn:
            row = (await conn.execute(self._BY_BIN, {"bin": bin_})).mappings().first()
            return dict(row) if row else None
