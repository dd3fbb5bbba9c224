from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from ipp_common.persistence.paging import keyset_page, where_equal
from ipp_common.persistence.tables import AppendRow, table_of
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from verification.adapters.orm import CriterionRecord, FeedCursor, PendingCheck, SourceCall, VerificationRun

_RUN: sa.Table = table_of(VerificationRun)
_CRITERIA: sa.Table = table_of(CriterionRecord)
_CALLS: sa.Table = table_of(SourceCall)


class RunRepository:
    def __init__(self, session: AsyncSession, append_row: AppendRow):
        self.session = session
        self._append_row = append_row

    def add(self, run: VerificationRun, criteria: list[dict[str, Any]], calls: list[dict[str, Any]]) -> None:
        """A run with its evidence (about fifteen rows), written at commit with the transaction's other
        append-only rows — on PostgreSQL one statement with the outbox row, instead of four."""
        self._append_row(_RUN, run.model_dump())
        for row in criteria:
            self._append_row(_CRITERIA, row)
        for row in calls:
            self._append_row(_CALLS, row)

    async def get(self, run_id: uuid.UUID) -> VerificationRun | None:
        return await self.session.get(VerificationRun, run_id)

    async def page(self, *, application_id: uuid.UUID | None, bin_: str | None, purpose: str | None,
                   outcome: str | None, cursor: str | None, limit: int) -> tuple[list[VerificationRun], str | None]:
        q = where_equal(select(VerificationRun), (VerificationRun.application_id, application_id),
                        (VerificationRun.bin, bin_), (VerificationRun.purpose, purpose),
                        (VerificationRun.outcome, outcome))
        return await keyset_page(self.session, q, at=VerificationRun.started_at, key=VerificationRun.id,
                                 cursor=cursor, limit=limit)

    async def criteria(self, run_id: uuid.UUID) -> list[CriterionRecord]:
        q = select(CriterionRecord).where(CriterionRecord.run_id == run_id).order_by(col(CriterionRecord.id))
        return list((await self.session.exec(q)).all())

    async def calls(self, run_id: uuid.UUID) -> list[SourceCall]:
        q = select(SourceCall).where(SourceCall.run_id == run_id).order_by(col(SourceCall.id))
        return list((await self.session.exec(q)).all())


class PendingRepository:
    def __init__(self, session: AsyncSession, postgres: bool):
        self.session = session
        self.postgres = postgres

    async def get(self, request_event_id: str) -> PendingCheck | None:
        return await self.session.get(PendingCheck, request_event_id)

    def save(self, p: PendingCheck) -> None:
        self.session.add(p)

    async def remove(self, p: PendingCheck) -> None:
        await self.session.delete(p)

    async def due(self, now: datetime, limit: int) -> list[PendingCheck]:
        q = select(PendingCheck).where(PendingCheck.next_attempt_at <= now).order_by(col(PendingCheck.next_attempt_at)) \
            .limit(limit)
        if self.postgres:
            q = q.with_for_update(skip_locked=True)
        return list((await self.session.exec(q)).all())

    async def count(self) -> int:
        return len((await self.session.exec(select(PendingCheck.request_event_id))).all())

    async def cursor(self, name: str) -> FeedCursor:
        c = await self.session.get(FeedCursor, name)
        return c or FeedCursor(name=name, position=0)
