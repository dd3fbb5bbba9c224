"""Contracts repositories and unit of work."""
from __future__ import annotations

import uuid
from datetime import date

from ipp_common.events.contracts import ContractStatus
from ipp_common.persistence.paging import keyset_page, where_equal
from ipp_common.persistence.repository import Repository
from ipp_common.persistence.unit_of_work import UnitOfWork
from sqlmodel import col, select

from contracts.adapters.orm import (
    Contract,
    ContractAmendment,
    Delivery,
    ManufacturerApplication,
    Penalty,
    ProcurementPlan,
)


class ContractsRepository(Repository):

    async def contracts_of_supplier(self, bin_: str) -> list[Contract]:
        q = select(Contract).where(Contract.supplier_bin == bin_,
                                   col(Contract.status).in_([ContractStatus.signed, ContractStatus.awaiting_supplier]))
        return list((await self.session.exec(q)).all())

    async def amendments(self, contract_id: uuid.UUID) -> list[ContractAmendment]:
        q = select(ContractAmendment).where(ContractAmendment.contract_id == contract_id).order_by(col(ContractAmendment.seq))
        return list((await self.session.exec(q)).all())

    async def deliveries(self, contract_id: uuid.UUID, year: int | None = None) -> list[Delivery]:
        q = select(Delivery).where(Delivery.contract_id == contract_id)
        if year is not None:
            q = q.where(Delivery.year == year)
        return list((await self.session.exec(q.order_by(col(Delivery.delivered_on)))).all())

    async def penalties(self, contract_id: uuid.UUID) -> list[Penalty]:
        return list((await self.session.exec(select(Penalty).where(Penalty.contract_id == contract_id))).all())

    async def plans(self, customer_bin: str | None) -> list[ProcurementPlan]:
        q = select(ProcurementPlan)
        if customer_bin:
            q = q.where(ProcurementPlan.customer_bin == customer_bin)
        return list((await self.session.exec(q)).all())

    async def contracts_page(self, *, customer_bin: str | None, supplier_bin: str | None, kind: str | None,
                             status: str | None, cursor: str | None, limit: int) -> tuple[list[Contract], str | None]:
        q = where_equal(select(Contract), (Contract.customer_bin, customer_bin),
                        (Contract.supplier_bin, supplier_bin), (Contract.kind, kind), (Contract.status, status))
        return await keyset_page(self.session, q, at=Contract.created_at, key=Contract.id, cursor=cursor, limit=limit)

    async def plans_page(self, *, customer_bin: str | None, year: int | None, status: str | None, cursor: str | None,
                         limit: int) -> tuple[list[ProcurementPlan], str | None]:
        q = where_equal(select(ProcurementPlan), (ProcurementPlan.customer_bin, customer_bin),
                        (ProcurementPlan.purchase_year, year), (ProcurementPlan.status, status))
        return await keyset_page(self.session, q, at=ProcurementPlan.submitted_on, key=ProcurementPlan.id,
                                 cursor=cursor, limit=limit)

    async def plans_in_cycle(self, today: date) -> list[ProcurementPlan]:
        """Plans with a deadline of the planning cycle (Art. 47) to check today: every plan not yet published,
        and published plans whose contract-conclusion deadline has passed."""
        q = select(ProcurementPlan).where((col(ProcurementPlan.status) != "published")
                                          | (col(ProcurementPlan.conclusion_due) < today))
        return list((await self.session.exec(q)).all())

    async def unconcluded_applications(self, plan_id: uuid.UUID) -> list[ManufacturerApplication]:
        """Manufacturers' applications to a plan with no signed contract of theirs under it (Art. 47.7)."""
        signed = select(Contract.supplier_bin).where(Contract.plan_id == plan_id,
                                                     Contract.status != ContractStatus.awaiting_supplier)
        q = select(ManufacturerApplication).where(ManufacturerApplication.plan_id == plan_id,
                                                  col(ManufacturerApplication.manufacturer_bin).not_in(signed))
        return list((await self.session.exec(q)).all())

    async def applications_for_customer(self, customer_bin: str) -> int:
        q = select(ManufacturerApplication.id).join(ProcurementPlan, col(ProcurementPlan.id) == ManufacturerApplication.plan_id) \
            .where(ProcurementPlan.customer_bin == customer_bin)
        return len((await self.session.exec(q)).all())


class ContractsUnitOfWork(UnitOfWork):
    repo: ContractsRepository

    def _start(self) -> None:
        self.repo = ContractsRepository(self.session)
