"""Verification HTTP API (v1): runs with per-criterion results; evidence for officers."""
from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from ipp_common.events.verification import VerificationPurpose
from ipp_common.http.app import service_router
from ipp_common.http.auth import require_roles
from ipp_common.http.queries import BinQuery, CursorQuery, LimitQuery
from ipp_common.http.writes import request_unit_of_work
from ipp_common.law.principal import Principal, Role

from verification.adapters.unit_of_work import VerificationUnitOfWork
from verification.domain.criteria import RunOutcome
from verification.schemas import Pending, RunDetail, RunPage
from verification.service_layer import handlers

router = service_router("/v1", tags=["verification"])


async def get_uow(request: Request) -> VerificationUnitOfWork:
    return request_unit_of_work(request)


UowDep = Annotated[VerificationUnitOfWork, Depends(get_uow)]
Reader = require_roles(Role.applicant, Role.officer, Role.appeals)


@router.get("/runs/{run_id}", response_model=RunDetail, response_model_exclude_unset=True,
            summary="A verification run: criteria with reasons; evidence for officers")
async def read_run(run_id: uuid.UUID, uow: UowDep, principal: Principal = Reader) -> dict[str, Any]:
    return await handlers.get_run(uow, run_id, principal)


@router.get("/runs", response_model=RunPage,
            summary="Verification runs, newest first, by application, BIN, purpose and outcome (an applicant: its own)")
async def list_runs(uow: UowDep, principal: Principal = Reader,
                    application_id: Annotated[uuid.UUID | None, Query()] = None,
                    bin: BinQuery = None,
                    purpose: Annotated[VerificationPurpose | None, Query()] = None,
                    outcome: Annotated[RunOutcome | None, Query()] = None,
                    cursor: CursorQuery = None, limit: LimitQuery = 50) -> dict[str, Any]:
    return await handlers.list_runs(uow, principal, application_id=application_id, bin_=bin, purpose=purpose,
                                    outcome=outcome, cursor=cursor, limit=limit)


@router.get("/pending", response_model=Pending, summary="How many verifications are waiting for an unavailable source")
async def pending(uow: UowDep, principal: Principal = require_roles(Role.officer)) -> dict[str, Any]:
    return {"waiting": await handlers.pending_count(uow)}
