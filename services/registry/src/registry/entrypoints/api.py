"""Registry HTTP API (v1)."""
from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from ipp_common.http.app import service_router
from ipp_common.http.auth import require_roles
from ipp_common.http.problems import ProblemError
from ipp_common.http.queries import BinQuery, CursorQuery, LimitQuery
from ipp_common.http.responses import conditional_json
from ipp_common.http.writes import request_unit_of_work
from ipp_common.law.principal import Principal, Role
from opentelemetry import trace

from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.domain.model import ApplicationStatus
from registry.schemas import ApplicationCreate, ApplicationPage, ApplicationPublic, AssessmentDecision
from registry.service_layer import handlers
from registry.service_layer.context import RegistryContext

router = service_router("/v1", tags=["applications"])

async def get_uow(request: Request) -> RegistryUnitOfWork:
    return request_unit_of_work(request)


async def get_ctx(request: Request) -> RegistryContext:
    return request.app.state.runtime.context


UowDep = Annotated[RegistryUnitOfWork, Depends(get_uow)]
CtxDep = Annotated[RegistryContext, Depends(get_ctx)]


@router.post("/applications", status_code=202, response_model=ApplicationPublic,
             responses={202: {"headers": {"Location": {"description": "The application's URL",
                                                       "schema": {"type": "string"}}}}},
             summary="File an application for inclusion in the register (Art. 51-1)",
             description="Accepted asynchronously: digital verification starts at once; poll the "
                         "application or wait for the notice in the cabinet. Send an Idempotency-Key "
                         "so that a retried request files one application.")
async def file_application(request: Request, body: ApplicationCreate, uow: UowDep,
                           principal: Principal = require_roles(Role.applicant)) -> Response:
    if body.bin != principal.bin:
        raise ProblemError(403, "bin_mismatch", "Forbidden", "An applicant may file only for its own BIN.",
                           field="bin")
    rid = getattr(request.state, "request_id", None)
    payload = await handlers.submit_application(uow, body, principal, request_id=rid)
    trace.get_current_span().set_attribute("ipp.application_id", payload["id"])
    return JSONResponse(payload, status_code=202, headers={"Location": f"/v1/applications/{payload['id']}"})


@router.get("/applications/{application_id}", response_model=ApplicationPublic,
            summary="An application with its status, motivated reasons and full history")
async def read_application(request: Request, application_id: uuid.UUID, uow: UowDep,
                           principal: Principal = require_roles(Role.applicant, Role.officer, Role.appeals)
                           ) -> Response:
    app = await handlers.get_application(uow, application_id, principal)
    return conditional_json(request, app.model_dump(mode="json"))


@router.get("/applications", response_model=ApplicationPage,
            summary="Applications: an applicant sees its own BIN's; an officer sees all (cursor pagination)")
async def list_applications(request: Request, uow: UowDep,
                            principal: Principal = require_roles(Role.applicant, Role.officer),
                            bin: BinQuery = None, status: Annotated[ApplicationStatus | None, Query()] = None,
                            cursor: CursorQuery = None, limit: LimitQuery = 50) -> Response:
    page = await handlers.list_applications(uow, principal, bin_=bin, status=status, cursor=cursor, limit=limit)
    return conditional_json(request, page.model_dump(mode="json"))


@router.post("/applications/{application_id}/assessment", response_model=ApplicationPublic,
             summary="Production assessment decision, or an on-site inspection (Art. 51-1.4-6)",
             description="The officer records the participants (sectoral agencies required, industry "
                         "associations optional) and the findings per good; the platform checks them against the "
                         "production-conditions catalogue in force and includes or refuses with reasons. Send "
                         "expected_version: of two concurrent decisions exactly one wins, the other gets 409.")
async def assess(request: Request, application_id: uuid.UUID, body: AssessmentDecision, uow: UowDep, ctx: CtxDep,
                 principal: Principal = require_roles(Role.officer)) -> ApplicationPublic:
    return await handlers.decide_assessment(uow, ctx, application_id, body, principal,
                                            getattr(request.state, "request_id", None))
