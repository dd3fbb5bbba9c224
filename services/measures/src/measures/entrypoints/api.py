"""Measures HTTP API (v1)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request

from ipp_common.auth import Principal, Role, require_roles
from measures.adapters.unit_of_work import MeasuresUnitOfWork
from measures.service_layer import handlers

router = APIRouter(prefix="/v1", tags=["eligibility"])


def get_uow(request: Request) -> MeasuresUnitOfWork:
    return request.app.state.runtime.uow()


@router.get("/eligibility/{bin}/register", summary="Art. 25.5 register condition for a would-be recipient")
async def register_condition(bin: Annotated[str, Path(pattern=r"^\d{12}$")],
                             uow: Annotated[MeasuresUnitOfWork, Depends(get_uow)],
                             principal: Principal = require_roles(Role.officer)) -> dict[str, Any]:
    return await handlers.register_condition(uow, bin)
