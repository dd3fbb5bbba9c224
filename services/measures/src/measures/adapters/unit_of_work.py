"""Measures repositories and unit of work."""
from __future__ import annotations

import uuid

from ipp_common.events.measures import MeasureApplicationStatus
from ipp_common.persistence.paging import keyset_page, where_equal
from ipp_common.persistence.repository import Repository
from ipp_common.persistence.unit_of_work import UnitOfWork
from sqlmodel import select

from measures.adapters.orm import Agreement, MeasureApplication, ObligationReport, RefundDemand


class MeasuresRepository(Repository):

    async def agreements(self, bin_: str, kind: str | None = None, status: str | None = None) -> list[Agreement]:
        q = select(Agreement).where(Agreement.bin == bin_)
        if kind:
            q = q.where(Agreement.kind == kind)
        if status:
            q = q.where(Agreement.status == status)
        return list((await self.session.exec(q)).all())

    async def agreements_page(self, *, bin_: str | None, kind: str | None, status: str | None, cursor: str | None,
                              limit: int) -> tuple[list[Agreement], str | None]:
        q = where_equal(select(Agreement), (Agreement.bin, bin_), (Agreement.kind, kind), (Agreement.status, status))
        return await keyset_page(self.session, q, at=Agreement.concluded_at, key=Agreement.id, cursor=cursor,
                                 limit=limit)

    async def applications_page(self, *, bin_: str | None, measure: str | None, status: str | None,
                                cursor: str | None, limit: int) -> tuple[list[MeasureApplication], str | None]:
        q = where_equal(select(MeasureApplication), (MeasureApplication.bin, bin_),
                        (MeasureApplication.measure, measure), (MeasureApplication.status, status))
        return await keyset_page(self.session, q, at=MeasureApplication.decided_at, key=MeasureApplication.id,
                                 cursor=cursor, limit=limit)

    async def all_agreements(self) -> list[Agreement]:
        return list((await self.session.exec(select(Agreement))).all())

    async def reports(self, agreement_id: uuid.UUID) -> list[ObligationReport]:
        q = select(ObligationReport).where(ObligationReport.agreement_id == agreement_id).order_by(ObligationReport.period)
        return list((await self.session.exec(q)).all())

    async def granted(self) -> list[MeasureApplication]:
        q = select(MeasureApplication).where(MeasureApplication.status == MeasureApplicationStatus.granted)
        return list((await self.session.exec(q)).all())

    async def demands(self, agreement_id: uuid.UUID) -> list[RefundDemand]:
        return list((await self.session.exec(select(RefundDemand).where(RefundDemand.agreement_id == agreement_id))).all())


class MeasuresUnitOfWork(UnitOfWork):
    repo: MeasuresRepository

    def _start(self) -> None:
        self.repo = MeasuresRepository(self.session)
