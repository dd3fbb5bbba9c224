"""Registry use cases. Each one runs in a unit of work that owns the commit; events go to the outbox in
the same transaction."""
from __future__ import annotations

import json
import uuid
from typing import Any

from ipp_common.auth import Principal, Role
from ipp_common.consumer import Delivery, PermanentError
from ipp_common.envelope import CloudEvent
from ipp_common.events.common import Good, Reason
from ipp_common.events.registry import ApplicationRefused, ApplicationSubmitted, ApplicationVerified
from ipp_common.events.verification import VerificationCompleted
from ipp_common.problems import NotFound
from ipp_common.web import decode_cursor, encode_cursor
from registry.adapters.orm import Application
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.domain.model import (
    Action,
    ApplicationStatus,
    CriterionResult,
    next_status,
    refusal_reasons,
    verification_action,
)
from registry.schemas import ApplicationCreate, ApplicationPage, ApplicationPublic


def to_public(app: Application, history: list[Any] | None = None) -> ApplicationPublic:
    return ApplicationPublic.model_validate({**app.model_dump(), "history": (
        [h.model_dump() for h in history] if history is not None else None)})


async def submit_application(uow: RegistryUnitOfWork, cmd: ApplicationCreate, principal: Principal, *,
                             idempotency_key: str | None, request_hash: str,
                             request_id: str | None) -> tuple[int, dict[str, Any]]:
    """File an application (Art. 51-1.1 stage 1) and request digital verification (stage 2)."""
    async with uow:
        prior = await uow.idempotency.replay(principal.sub, idempotency_key, request_hash)
        if prior is not None:
            return prior.status_code, prior.response
        status = next_status(None, Action.file)
        app = Application(bin=cmd.bin, company_name=cmd.company_name, status=status,
                          consents=cmd.consents.model_dump(), evidence=cmd.evidence.model_dump(),
                          goods=json.loads(json.dumps([g.model_dump(mode="json") for g in cmd.goods])),
                          sites=[s.model_dump() for s in cmd.sites], filed_by=principal.sub)
        await uow.applications.add(app)
        ev = uow.publish(ApplicationSubmitted(
            application_id=app.id, bin=app.bin, company_name=app.company_name,
            goods=[Good.model_validate(g) for g in app.goods], site_ids=[s["site_id"] for s in app.sites],
            purpose="inclusion", filed_at=app.filed_at), subject=str(app.id), sequence=app.version)
        uow.applications.record_filing(app, principal.sub, ev.id)
        uow.audit(actor=principal.sub, role=principal.role, actor_bin=principal.bin, action="application.file",
                  resource="application", resource_id=str(app.id), request_id=request_id)
        body = to_public(app).model_dump(mode="json")
        uow.idempotency.remember(principal.sub, idempotency_key, request_hash, 202, body)
        await uow.commit()
        return 202, body


async def get_application(uow: RegistryUnitOfWork, app_id: uuid.UUID, principal: Principal) -> ApplicationPublic:
    async with uow:
        app = await uow.applications.get(app_id)
        # Another BIN's application does not exist as far as this caller can tell.
        if app is None or not principal.can_see_bin(app.bin):
            raise NotFound("application")
        return to_public(app, await uow.applications.history(app.id))


async def list_applications(uow: RegistryUnitOfWork, principal: Principal, *, bin_: str | None,
                            status: str | None, cursor: str | None, limit: int) -> ApplicationPage:
    if principal.role == Role.applicant:
        bin_ = principal.bin
    after = None
    if (c := decode_cursor(cursor)) is not None:
        from datetime import datetime
        after = (datetime.fromisoformat(c["t"]), uuid.UUID(c["id"]))
    async with uow:
        rows = await uow.applications.list(bin_=bin_, status=status, after=after, limit=limit + 1)
    items = [to_public(a) for a in rows[:limit]]
    nxt = encode_cursor({"t": rows[limit - 1].filed_at.isoformat(), "id": str(rows[limit - 1].id)}) \
        if len(rows) > limit else None
    return ApplicationPage(items=items, next_cursor=nxt)


async def on_verification_completed(event: CloudEvent, delivery: Delivery) -> None:
    """Stage 2 result (Art. 51-1.3): advance to production assessment, or refuse with a motivated answer
    sent automatically to the applicant's cabinet (Art. 51-1.6)."""
    p = VerificationCompleted.model_validate(event.data)
    if p.purpose != "inclusion":
        return
    uow: RegistryUnitOfWork = delivery.unit_of_work()  # type: ignore[assignment]
    async with uow:
        app = await uow.applications.get(p.application_id)
        if app is None:
            raise PermanentError(f"verification result for unknown application {p.application_id}")
        if app.status != ApplicationStatus.verification:
            await uow.commit()  # a stale result for an application already decided: record and move on
            return
        criteria = [CriterionResult(c.code, c.criterion, c.status, c.expected, c.found, c.article,
                                    c.text_kk, c.text_ru) for c in p.criteria]
        action = verification_action(criteria)
        to = next_status(ApplicationStatus(app.status), action)
        reasons = [Reason(code=c.code, criterion=c.criterion, expected=c.expected, found=c.found,
                          article=c.article, text_kk=c.text_kk, text_ru=c.text_ru)
                   for c in refusal_reasons(criteria)]
        await uow.applications.change_status(
            app, to_status=to, action=action, actor="verification", event_id=event.id,
            reason="; ".join(r.code for r in reasons) or None, verification_run_id=p.run_id,
            reasons=[r.model_dump() for r in reasons])
        if to == ApplicationStatus.refused:
            uow.publish(ApplicationRefused(application_id=app.id, bin=app.bin, stage="verification",
                                           reasons=reasons), subject=str(app.id), recipient=app.bin,
                        sequence=app.version)
        else:
            uow.publish(ApplicationVerified(application_id=app.id, bin=app.bin, verification_run_id=p.run_id,
                                            status=to), subject=str(app.id), recipient=app.bin,
                        sequence=app.version)
        await uow.commit()
