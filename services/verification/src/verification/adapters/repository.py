from __future__ import annotations

import uuid

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from ipp_common.db import UnitOfWork
from verification.adapters.orm import CriterionRecord, SourceCall, VerificationRun


class RunRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def add(self, run: VerificationRun, criteria: list[CriterionRecord], calls: list[SourceCall]) -> None:
        self.session.add(run)
        await self.session.flush()  # the parent row first: children reference it
        self.session.add_all(criteria)
        self.session.add_all(calls)

    async def get(self, run_id: uuid.UUID) -> VerificationRun | None:
        return await self.session.get(VerificationRun, run_id)

    async def for_application(self, application_id: uuid.UUID) -> list[VerificationRun]:
        q = select(VerificationRun).where(VerificationRun.application_id == application_id) \
            .order_by(VerificationRun.started_at)
        return list((await self.session.exec(q)).all())

    async def criteria(self, run_id: uuid.UUID) -> list[CriterionRecord]:
        q = select(CriterionRecord).where(CriterionRecord.run_id == run_id).order_by(CriterionRecord.id)
        return list((await self.session.exec(q)).all())

    async def calls(self, run_id: uuid.UUID) -> list[SourceCall]:
        q = select(SourceCall).where(SourceCall.run_id == run_id).order_by(SourceCall.id)
        return list((await self.session.exec(q)).all())


class VerificationUnitOfWork(UnitOfWork):
    runs: RunRepository

    def _start(self) -> None:
        self.runs = RunRepository(self.session)
