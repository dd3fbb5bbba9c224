"""Cabinet inbox API (v1): what the e-gov cabinet backend reads for a recipient."""
from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from fastapi.responses import Response
from ipp_common.http.app import service_router
from ipp_common.http.auth import require_roles
from ipp_common.http.fields import IsoDateTime
from ipp_common.http.queries import BinQuery
from ipp_common.http.responses import conditional_json
from ipp_common.http.writes import request_unit_of_work
from ipp_common.law.clock import Clock
from ipp_common.law.principal import Principal, Role

from notifications.adapters.unit_of_work import NotificationsUnitOfWork
from notifications.schemas import NoticePage, NoticePublic, NoticeType, SubjectStatePublic
from notifications.service_layer import handlers

router = service_router("/v1/cabinet", tags=["cabinet"])



async def get_uow(request: Request) -> NotificationsUnitOfWork:
    return request_unit_of_work(request)


async def get_clock(request: Request) -> Clock:
    return request.app.state.runtime.context.clock


UowDep = Annotated[NotificationsUnitOfWork, Depends(get_uow)]
ClockDep = Annotated[Clock, Depends(get_clock)]
Reader = require_roles(Role.applicant, Role.customer, Role.officer)


@router.get("/notices", response_model=NoticePage, summary="The caller's inbox, newest first (cursor pagination, ETag)")
async def list_notices(request: Request, uow: UowDep, principal: Principal = Reader,
                       bin: BinQuery = None,
                       type: Annotated[NoticeType | None, Query()] = None,
                       unread: bool | None = None,
                       since: IsoDateTime | None = None, until: IsoDateTime | None = None,
                       cursor: Annotated[str | None, Query(max_length=500)] = None,
                       limit: Annotated[int, Query(ge=1, le=200)] = 50) -> Response:
    page = await handlers.list_notices(uow, principal, bin_=bin, notice_type=type, unread=unread, cursor=cursor,
                                       limit=limit, since=since, until=until)
    return conditional_json(request, page)


@router.get("/notices/{notice_id}", response_model=NoticePublic,
            summary="One notice; the recipient's first read records the service time")
async def read_notice(notice_id: uuid.UUID, uow: UowDep, clock: ClockDep, principal: Principal = Reader) -> dict:
    return await handlers.read_notice(uow, clock, principal, notice_id)


@router.post("/notices/{notice_id}/read", response_model=NoticePublic,
             summary="Mark a notice read (acknowledged) by its recipient")
async def mark_read(request: Request, notice_id: uuid.UUID, uow: UowDep, clock: ClockDep,
                    principal: Principal = require_roles(Role.applicant, Role.customer)) -> dict:
    return await handlers.acknowledge(uow, clock, principal, notice_id, getattr(request.state, "request_id", None))


@router.get("/subjects/{subject}", response_model=SubjectStatePublic,
            summary="The current state of a subject (application, producer, appeal): the "
            "newest notice by the event's sequence, so late out-of-order events never move it backwards")
async def subject(subject: Annotated[str, Path(max_length=120)], uow: UowDep,
                  principal: Principal = require_roles(Role.applicant, Role.customer)) -> dict:
    return await handlers.subject_state(uow, principal, subject)
