"""Measures HTTP API (v1)."""
from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from ipp_common.events.measures import MeasureApplicationStatus
from ipp_common.http.app import service_router
from ipp_common.http.auth import CurrentPrincipal, require_roles
from ipp_common.http.fields import IsoDate
from ipp_common.http.queries import BinPath, BinQuery, CursorQuery, LimitQuery
from ipp_common.http.writes import request_unit_of_work
from ipp_common.law.principal import Principal, Role

from measures import schemas as s
from measures.adapters import catalogue
from measures.adapters.unit_of_work import MeasuresUnitOfWork
from measures.domain.rules import AgreementKind, AgreementStatus
from measures.service_layer import handlers as h
from measures.service_layer import reads
from measures.service_layer.context import MeasuresContext

router = service_router("/v1")


async def get_uow(request: Request) -> MeasuresUnitOfWork:
    return request_unit_of_work(request)


async def get_ctx(request: Request) -> MeasuresContext:
    return request.app.state.runtime.context


U = Annotated[MeasuresUnitOfWork, Depends(get_uow)]
C = Annotated[MeasuresContext, Depends(get_ctx)]
Officer = require_roles(Role.officer)


@router.get("/eligibility/{bin}/register", tags=["eligibility"], response_model=s.RegisterCondition,
            summary="Art. 25.5 register condition for a would-be recipient")
async def register_condition(bin: BinPath, uow: U,
                             principal: Principal = Officer) -> dict[str, Any]:
    return await h.register_condition(uow, bin)


@router.get("/reference", tags=["reference"], response_model=s.ReferenceInForce,
            summary="Priority goods (Art. 26) and measures (Art. 29) in force (public)")
async def reference(ctx: C, on: IsoDate | None = None) -> dict[str, Any]:
    d = on or ctx.clock.today()
    return {"on": d.isoformat(), "priority_goods": list(catalogue.priority_goods(d).values()),
            "measures": catalogue.measures(d)}


@router.get("/measure-applications", tags=["applications"], response_model=s.MeasureApplicationPage,
            summary="Measure applications, newest first, by BIN, measure and status (a recipient sees its own)")
async def list_applications(uow: U, principal: Principal = require_roles(Role.applicant, Role.officer),
                            bin: BinQuery = None, measure: Annotated[str | None, Query(max_length=40)] = None,
                            status: Annotated[MeasureApplicationStatus | None, Query()] = None,
                            cursor: CursorQuery = None, limit: LimitQuery = 50) -> dict:
    return await reads.list_applications(uow, principal, bin_=bin, measure=measure, status=status, cursor=cursor,
                                         limit=limit)


@router.get("/measure-applications/{application_id}", tags=["applications"], response_model=s.MeasureApplicationPublic,
            summary="A measure application with its decision and every ground of refusal (Art. 25.6)")
async def read_application(application_id: uuid.UUID, uow: U,
                           principal: Principal = require_roles(Role.applicant, Role.officer)) -> dict:
    return await reads.get_application(uow, application_id, principal)


@router.get("/agreements", tags=["agreements"], response_model=s.AgreementPage,
            summary="Agreements, newest first, by BIN, kind and status (a recipient sees its own)")
async def list_agreements(uow: U, principal: Principal = require_roles(Role.applicant, Role.officer),
                          bin: BinQuery = None, kind: Annotated[AgreementKind | None, Query()] = None,
                          status: Annotated[AgreementStatus | None, Query()] = None,
                          cursor: CursorQuery = None, limit: LimitQuery = 50) -> dict:
    return await reads.list_agreements(uow, principal, bin_=bin, kind=kind, status=status, cursor=cursor, limit=limit)


@router.post("/measure-applications", tags=["applications"], status_code=201, response_model=s.MeasureApplicationPublic,
             summary="Apply for a measure: every condition of Art. 25.5 evaluated, each failure named")
async def apply(body: s.MeasureApplicationCreate, uow: U, ctx: C,
                principal: Principal = require_roles(Role.applicant)) -> dict:
    return await h.apply(uow, ctx, body, principal)


@router.post("/measure-applications/{application_id}/expertise", tags=["applications"],
             response_model=s.MeasureApplicationPublic,
             summary="Expertise of an industrial grant application (Art. 42)")
async def expertise(application_id: uuid.UUID, body: s.Expertise, uow: U, ctx: C, principal: Principal = Officer) -> dict:
    return await h.expertise(uow, ctx, application_id, body, principal)


@router.post("/agreements", tags=["agreements"], status_code=201, response_model=s.AgreementPublic,
             summary="Conclude a competitiveness (Art. 28), grant (Art. 42) or assembly (Art. 62) agreement")
async def conclude(body: s.AgreementCreate, uow: U, ctx: C, principal: Principal = Officer) -> dict:
    return await h.conclude(uow, ctx, body, principal)


@router.get("/agreements/{agreement_id}", tags=["agreements"], response_model=s.AgreementView,
            summary="An agreement with reports and refund demands")
async def agreement(agreement_id: uuid.UUID, uow: U, principal: CurrentPrincipal) -> dict:
    return await h.agreement_view(uow, agreement_id, principal)


@router.post("/agreements/{agreement_id}/reports", tags=["monitoring"], response_model=s.ReportPublic, status_code=201,
             summary="A monitoring report: achieved level per obligation and per agreement")
async def report(agreement_id: uuid.UUID, body: s.ReportCreate, uow: U, ctx: C,
                 principal: Principal = require_roles(Role.applicant, Role.officer)) -> dict:
    return await h.report(uow, ctx, agreement_id, body, principal)


@router.post("/agreements/{agreement_id}/breaches", tags=["monitoring"], response_model=s.AgreementPublic, status_code=201,
             summary="Notify a breach (assembly agreements: 3-month cure period, Art. 62.4)")
async def breach(agreement_id: uuid.UUID, body: s.BreachCreate, uow: U, ctx: C, principal: Principal = Officer) -> dict:
    return await h.breach(uow, ctx, agreement_id, body, principal)


@router.post("/agreements/{agreement_id}/breaches/{breach_id}/cure", tags=["monitoring"], response_model=s.AgreementPublic,
             summary="Record a cure")
async def cure(agreement_id: uuid.UUID, breach_id: str, uow: U, ctx: C, principal: Principal = Officer) -> dict:
    return await h.cure(uow, ctx, agreement_id, breach_id, principal)


@router.post("/agreements/{agreement_id}/refund-demands", tags=["refunds"], response_model=s.RefundDemandPublic, status_code=201,
             summary="Demand a refund (Art. 27.4): achieved level and NBK base rate, inputs stored")
async def refund(agreement_id: uuid.UUID, body: s.RefundCreate, uow: U, ctx: C, principal: Principal = Officer) -> dict:
    return await h.demand_refund(uow, ctx, agreement_id, body, principal)


@router.post("/ops/agreements/termination-scan", tags=["operations"], response_model=s.TerminationScan,
             summary="Terminate assembly agreements whose breach was not cured in three months")
async def termination_scan(uow: U, ctx: C, principal: Principal = Officer) -> dict:
    return {"terminated": await h.terminate_uncured(uow, ctx)}


@router.get("/transparency", tags=["transparency (public)"], response_model=s.Transparency,
            summary="Measures granted by kind, region, year; counter-obligation fulfilment (aggregates only)")
async def transparency(uow: U) -> dict:
    return await h.transparency(uow)
