"""Contracts HTTP API (v1)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request

from contracts.adapters.unit_of_work import ContractsUnitOfWork
from contracts.service_layer import handlers
from ipp_common.auth import Principal, Role, require_roles

router = APIRouter(prefix="/v1", tags=["suppliers"])


def get_uow(request: Request) -> ContractsUnitOfWork:
    return request.app.state.runtime.uow()


@router.get("/suppliers/{bin}/register-status", summary="A supplier's status in the register, as contracts knows it")
async def supplier_status(bin: Annotated[str, Path(pattern=r"^\d{12}$")],
                          uow: Annotated[ContractsUnitOfWork, Depends(get_uow)],
                          principal: Principal = require_roles(Role.officer, Role.customer)) -> dict[str, Any]:
    return await handlers.supplier_register_status(uow, bin)
