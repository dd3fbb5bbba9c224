"""Contracts HTTP API (v1)."""
from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request
from ipp_common.events.contracts import ContractStatus
from ipp_common.http.app import service_router
from ipp_common.http.auth import CurrentPrincipal, require_roles
from ipp_common.http.fields import DB_INT_MAX
from ipp_common.http.queries import BinPath, BinQuery, CursorQuery, LimitQuery
from ipp_common.http.writes import request_unit_of_work
from ipp_common.law.principal import Principal, Role

from contracts import schemas as s
from contracts.adapters.unit_of_work import ContractsUnitOfWork
from contracts.domain.rules import ContractKind, PlanStatus
from contracts.service_layer import customers, guaranteed_purchase, handlers, icv, offset, offtake, plans
from contracts.service_layer.context import ContractsContext

router = service_router("/v1")


async def get_uow(request: Request) -> ContractsUnitOfWork:
    return request_unit_of_work(request)


async def get_ctx(request: Request) -> ContractsContext:
    return request.app.state.runtime.context


U = Annotated[ContractsUnitOfWork, Depends(get_uow)]
C = Annotated[ContractsContext, Depends(get_ctx)]
YearPath = Annotated[int, Path(ge=1991, le=2100, description="A contract year")]
Officer = require_roles(Role.officer)
Customer = require_roles(Role.customer)
Party = require_roles(Role.customer, Role.applicant)
CustomerOrOfficer = require_roles(Role.officer, Role.customer)


@router.get("/suppliers/{bin}/register-status", tags=["suppliers"], response_model=s.SupplierRegisterStatus,
            summary="A supplier's status in the register, as contracts knows it")
async def supplier_status(bin: BinPath, uow: U,
                          principal: Principal = require_roles(Role.officer, Role.customer)) -> dict[str, Any]:
    return await handlers.supplier_register_status(uow, bin)


@router.post("/large-customers", tags=["large customers"], status_code=201, response_model=s.LargeCustomerPublic,
             summary="Register a large customer (Art. 1.25; system-forming test of Art. 47-1)")
async def large_customer(body: s.LargeCustomerCreate, uow: U, ctx: C, principal: Principal = Officer) -> dict:
    return await customers.register_customer(uow, ctx, body, principal)


@router.get("/large-customers/{bin}", tags=["large customers"], response_model=s.LargeCustomerPublic,
            summary="A registered large customer with the figures of its test (the Ministry, or the customer itself)")
async def read_customer(bin: BinPath, uow: U, principal: Principal = CustomerOrOfficer) -> dict:
    return await customers.get_customer(uow, bin, principal)


@router.get("/plans", tags=["plans"], response_model=s.PlanPage,
            summary="Procurement plans, newest first, by customer, year and status (a customer sees its own)")
async def list_plans(uow: U, principal: Principal = CustomerOrOfficer, customer_bin: BinQuery = None,
                     year: Annotated[int | None, Query(ge=1991, le=2100)] = None,
                     status: Annotated[PlanStatus | None, Query()] = None,
                     cursor: CursorQuery = None, limit: LimitQuery = 50) -> dict:
    return await plans.list_plans(uow, principal, customer_bin=customer_bin, year=year, status=status, cursor=cursor,
                                  limit=limit)


@router.get("/plans/{plan_id}", tags=["plans"], response_model=s.PlanPublic,
            summary="A procurement plan with its deadlines, remarks and history (Art. 47)")
async def read_plan(plan_id: uuid.UUID, uow: U, principal: Principal = CustomerOrOfficer) -> dict:
    return await plans.get_plan(uow, plan_id, principal)


@router.post("/plans", tags=["plans"], status_code=201, response_model=s.PlanPublic,
             summary="Submit a procurement plan (due 10 December, Art. 47.1)")
async def submit_plan(body: s.PlanCreate, uow: U, ctx: C, principal: Principal = Customer) -> dict:
    return await plans.submit_plan(uow, ctx, body, principal)


@router.post("/plans/{plan_id}/review", tags=["plans"], response_model=s.PlanPublic,
             summary="Ministry review: remarks naming the Art. 47.3 rule, or approval (Art. 47.4)")
async def review(plan_id: uuid.UUID, body: s.PlanReview, uow: U, ctx: C, principal: Principal = Officer) -> dict:
    return await plans.review_plan(uow, ctx, plan_id, body, principal)


@router.post("/plans/{plan_id}/resubmission", tags=["plans"], response_model=s.PlanPublic,
             summary="The customer's corrected plan (within 5 working days of remarks)")
async def resubmit(plan_id: uuid.UUID, body: s.PlanResubmission, uow: U, ctx: C, principal: Principal = Customer) -> dict:
    return await plans.resubmit_plan(uow, ctx, plan_id, body, principal)


@router.post("/plans/{plan_id}/publication", tags=["plans"], response_model=s.PlanPublic,
             summary="Publish the agreed list (by 1 February)")
async def publish(plan_id: uuid.UUID, uow: U, ctx: C, principal: Principal = Officer) -> dict:
    return await plans.publish_plan(uow, ctx, plan_id, principal)


@router.post("/plans/{plan_id}/applications", tags=["plans"], response_model=s.ManufacturerApplicationPublic, status_code=201,
             summary="A manufacturer applies for a contract within 30 calendar days of publication (Art. 47.6)")
async def apply(plan_id: uuid.UUID, body: s.ManufacturerApplicationCreate, uow: U, ctx: C,
                principal: Principal = require_roles(Role.applicant)) -> dict:
    return await plans.apply_for_contract(uow, ctx, plan_id, body, principal)


@router.post("/ops/plans/overdue-scan", tags=["operations"], response_model=s.OverdueScan,
             summary="Mark and announce missed plan deadlines")
async def overdue(uow: U, ctx: C, principal: Principal = Officer) -> dict:
    return {"overdue": await plans.scan_overdue(uow, ctx)}


@router.post("/contracts", tags=["contracts"], status_code=201, response_model=s.ContractPublic,
             summary="A large customer proposes an offtake, guaranteed-purchase or offset contract")
async def create(body: s.ContractCreate, uow: U, ctx: C, principal: Principal = Customer) -> dict:
    return await offtake.create_contract(uow, ctx, body, principal)


@router.get("/contracts", tags=["contracts"], response_model=s.ContractPage,
            summary="Contracts, newest first, by customer, supplier, kind and status (a business sees its own)")
async def list_contracts(uow: U, principal: Principal = require_roles(Role.officer, Role.customer, Role.applicant),
                         customer_bin: BinQuery = None, supplier_bin: BinQuery = None,
                         kind: Annotated[ContractKind | None, Query()] = None,
                         status: Annotated[ContractStatus | None, Query()] = None, cursor: CursorQuery = None,
                         limit: LimitQuery = 50) -> dict:
    return await offtake.list_contracts(uow, principal, customer_bin=customer_bin, supplier_bin=supplier_bin, kind=kind,
                                        status=status, cursor=cursor, limit=limit)


@router.get("/contracts/{contract_id}", tags=["contracts"], response_model=s.ContractWithHistory,
            summary="A contract with its full history")
async def read(contract_id: uuid.UUID, uow: U, principal: CurrentPrincipal) -> dict:
    return await offtake.contract_with_history(uow, contract_id, principal)


@router.post("/contracts/{contract_id}/signature", tags=["contracts"], response_model=s.ContractPublic,
             summary="The supplier signs")
async def sign(contract_id: uuid.UUID, uow: U, ctx: C, principal: Principal = Party) -> dict:
    return await offtake.sign(uow, ctx, contract_id, principal)


@router.post("/contracts/{contract_id}/amendments", tags=["contracts"], response_model=s.AmendmentPublic, status_code=201,
             summary="Propose (bilateral) or make (unilateral, where the law allows) an amendment")
async def amend(contract_id: uuid.UUID, body: s.AmendmentCreate, uow: U, ctx: C, principal: Principal = Party) -> dict:
    return await offtake.amend(uow, ctx, contract_id, body, principal)


@router.post("/contracts/{contract_id}/amendments/{seq}/signature", tags=["contracts"], response_model=s.AmendmentPublic,
             summary="The other party countersigns an amendment; it takes effect")
async def countersign(contract_id: uuid.UUID, seq: Annotated[int, Path(ge=1, le=DB_INT_MAX)], uow: U, ctx: C,
                      principal: Principal = Party) -> dict:
    return await offtake.countersign(uow, ctx, contract_id, seq, principal)


@router.post("/contracts/{contract_id}/pilot-test", tags=["contracts"], response_model=s.ContractPublic,
             summary="Pilot batch result (Art. 47.8)")
async def pilot(contract_id: uuid.UUID, body: s.PilotResult, uow: U, ctx: C, principal: Principal = Customer) -> dict:
    return await offtake.pilot(uow, ctx, contract_id, body, principal)


@router.post("/contracts/{contract_id}/deliveries", tags=["deliveries"], response_model=s.DeliveryPublic, status_code=201,
             summary="Record a delivery")
async def deliver(contract_id: uuid.UUID, body: s.DeliveryCreate, uow: U, ctx: C, principal: Principal = Party) -> dict:
    return await guaranteed_purchase.record_delivery(uow, ctx, contract_id, body, principal)


@router.post("/contracts/{contract_id}/deliveries/{delivery_id}/acceptance", tags=["deliveries"], response_model=s.DeliveryPublic,
             summary="The customer accepts (or refuses, naming the supplier's fault) a delivery")
async def accept(contract_id: uuid.UUID, delivery_id: uuid.UUID, body: s.AcceptanceCreate, uow: U, ctx: C,
                 principal: Principal = Customer) -> dict:
    return await guaranteed_purchase.accept_delivery(uow, ctx, contract_id, delivery_id, body, principal)


@router.get("/contracts/{contract_id}/acceptance/{year}", tags=["deliveries"], response_model=s.Acceptance,
            summary="The yearly acceptance rule (100% in year 1, at least 50% later) and the penalty it implies")
async def acceptance(contract_id: uuid.UUID, year: YearPath, uow: U, ctx: C, principal: CurrentPrincipal) -> dict:
    return await guaranteed_purchase.acceptance(uow, contract_id, year, principal, ctx)


@router.post("/contracts/{contract_id}/years/{year}/closing", tags=["deliveries"], response_model=s.Acceptance,
             summary="Close a contract year: a shortfall not caused by the supplier becomes a penalty (Art. 48.4)")
async def close_year(contract_id: uuid.UUID, year: YearPath, uow: U, ctx: C,
                     principal: Principal = require_roles(Role.officer, Role.customer)) -> dict:
    return await guaranteed_purchase.close_year(uow, ctx, contract_id, year, principal)


@router.post("/contracts/{contract_id}/pledges", tags=["contracts"], response_model=s.ContractPublic, status_code=201,
             summary="Pledge the contract to a bank (Art. 48.1, 48-1.1)")
async def pledge(contract_id: uuid.UUID, body: s.PledgeCreate, uow: U, ctx: C, principal: Principal = Party) -> dict:
    return await guaranteed_purchase.pledge(uow, ctx, contract_id, body, principal)


@router.post("/contracts/{contract_id}/offset-fulfilment", tags=["offset"], response_model=s.ContractPublic,
             summary="Record offset fulfilment")
async def offset_fulfilment(contract_id: uuid.UUID, body: s.OffsetFulfilment, uow: U, ctx: C,
                            principal: Principal = require_roles(Role.officer, Role.customer)) -> dict:
    return await offset.offset_fulfilment(uow, ctx, contract_id, body, principal)


@router.post("/contracts/{contract_id}/offset-assessment", tags=["offset"], response_model=s.OffsetAssessment,
             summary="Penalty for offset obligations unfulfilled past their due date (Art. 49.3)")
async def offset_assessment(contract_id: uuid.UUID, uow: U, ctx: C, principal: Principal = Officer) -> dict:
    return await offset.assess_offset(uow, ctx, contract_id, principal)


@router.post("/icv-programmes", tags=["ICV programmes"], response_model=s.ProgrammePublic, status_code=201,
             summary="A large customer's ICV development programme (at least 3 years, Art. 61-1)")
async def programme(body: s.ProgrammeCreate, uow: U, principal: Principal = Customer) -> dict:
    return await icv.submit_programme(uow, body, principal)


@router.post("/icv-programmes/{programme_id}/decision", tags=["ICV programmes"], response_model=s.ProgrammePublic,
             summary="Agree or refuse on the three grounds of Art. 61-1.2")
async def programme_decision(programme_id: uuid.UUID, uow: U, principal: Principal = Officer) -> dict:
    return await icv.decide_programme(uow, programme_id, principal)


@router.post("/icv-programmes/{programme_id}/reports", tags=["ICV programmes"], response_model=s.ProgrammePublic, status_code=201,
             summary="Implementation report for a year")
async def programme_report(programme_id: uuid.UUID, body: s.ProgrammeReport, uow: U,
                           principal: Principal = Customer) -> dict:
    return await icv.report_programme(uow, programme_id, body, principal)
