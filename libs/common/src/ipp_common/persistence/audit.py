"""Audit rows: who changed what, when, through which request; written in the transaction of the change."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from ipp_common.persistence.columns import utcnow
from ipp_common.persistence.paging import keyset_page
from ipp_common.persistence.tables import AuditRecord


def audit_row(*, actor: str, role: str, action: str, resource: str, resource_id: str, actor_bin: str | None = None,
              request_id: str | None = None, detail: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"at": utcnow(), "actor": actor, "role": role, "actor_bin": actor_bin, "action": action,
            "resource": resource, "resource_id": resource_id, "request_id": request_id, "detail": detail or {}}


class AuditEntry(BaseModel):
    """One write: who (subject, role, BIN), what (action on a resource), when, through which request."""
    id: int
    at: datetime
    actor: str
    role: str = Field(description="The actor's role: a token's (applicant, officer, appeals, customer, agency), "
                                  "`public` for an anonymous request, or the reason of a scheduled action "
                                  "(monitoring): open, since the platform's own actors are not token roles")
    actor_bin: str | None = None
    action: str = Field(description="What was done, as `<resource>.<verb>` (`contract.propose`) or the HTTP "
                                    "method and route of a request: an open vocabulary that grows with the API")
    resource: str
    resource_id: str
    request_id: str | None = None
    detail: dict[str, Any] = Field(description="What the action recorded beside it (an outcome, a status): open "
                                               "by design, each action its own")


class AuditPage(BaseModel):
    items: list[AuditEntry]
    next_cursor: str | None = Field(description="Send as `cursor` for the next page; null on the last")


async def audit_page(session: AsyncSession, *, actor: str | None, resource_id: str | None, since: datetime | None,
                     until: datetime | None, cursor: str | None, limit: int) -> dict[str, Any]:
    """The audit trail newest first, by actor, resource and time."""
    q = select(AuditRecord)
    if resource_id:
        q = q.where(AuditRecord.resource_id == resource_id)
    if actor:
        q = q.where(AuditRecord.actor == actor)
    if since is not None:
        q = q.where(col(AuditRecord.at) >= since)
    if until is not None:
        q = q.where(col(AuditRecord.at) < until)
    rows, nxt = await keyset_page(session, q, at=col(AuditRecord.at), key=col(AuditRecord.id), cursor=cursor,
                                  limit=limit)
    return {"items": [r.model_dump(mode="json") for r in rows], "next_cursor": nxt}
