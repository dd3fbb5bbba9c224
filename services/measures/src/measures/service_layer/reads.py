"""What officers and recipients read: measure applications and agreements, one at a time or page by page
(newest first, one cursor style). A business reads only its own BIN's; another's does not exist for it."""
from __future__ import annotations

import uuid
from typing import Any

from ipp_common.law.errors import NotFound
from ipp_common.law.principal import Principal

from measures.adapters.orm import MeasureApplication
from measures.adapters.unit_of_work import MeasuresUnitOfWork


async def get_application(uow: MeasuresUnitOfWork, application_id: uuid.UUID, principal: Principal) -> dict[str, Any]:
    """A measure application with its decision: the grounds of refusal (Art. 25.6) or the expertise (Art. 42)."""
    async with uow:
        a = await uow.repo.get(MeasureApplication, application_id)
        if a is None or not principal.can_see_bin(a.bin):
            raise NotFound("measure application")
        return a.model_dump(mode="json")


async def list_applications(uow: MeasuresUnitOfWork, principal: Principal, *, bin_: str | None, measure: str | None,
                            status: str | None, cursor: str | None, limit: int) -> dict[str, Any]:
    async with uow:
        rows, nxt = await uow.repo.applications_page(bin_=principal.confined_bin or bin_, measure=measure,
                                                     status=status, cursor=cursor, limit=limit)
        return {"items": [a.model_dump(mode="json") for a in rows], "next_cursor": nxt}


async def list_agreements(uow: MeasuresUnitOfWork, principal: Principal, *, bin_: str | None, kind: str | None,
                          status: str | None, cursor: str | None, limit: int) -> dict[str, Any]:
    async with uow:
        rows, nxt = await uow.repo.agreements_page(bin_=principal.confined_bin or bin_, kind=kind, status=status,
                                                   cursor=cursor, limit=limit)
        return {"items": [a.model_dump(mode="json") for a in rows], "next_cursor": nxt}
