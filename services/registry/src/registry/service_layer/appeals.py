"""The appeals commission (Art. 51-5) and the software producers' contest (Art. 51-2.5)."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from ipp_common.events.registry import AppealDecided, AppealReceived, SoftwareContestFiled
from ipp_common.law.clock import instant_text
from ipp_common.law.errors import Conflict, NotFound, Rejected
from ipp_common.law.principal import Principal

from registry.adapters.orm import Appeal, RegisterEntry, SoftwareContest
from registry.adapters.repository import ConcurrentUpdate
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.domain.appeals import (
    AppealAction,
    AppealOutcome,
    AppealStatus,
    AppealTransitionNotAllowed,
    decision_problems,
    next_appeal_status,
)
from registry.domain.register import CONTEST_TERMS, Ground
from registry.schemas import AppealActionCreate, AppealCreate, AppealDecisionCreate, SoftwareContestCreate
from registry.service_layer import register
from registry.service_layer.context import RegistryContext


async def _exclusion_of(uow: RegistryUnitOfWork, entry_id: uuid.UUID, bin_: str | None) -> RegisterEntry:
    e = await uow.register.entry(entry_id)
    if e is None or e.kind != "exclusion" or (bin_ is not None and e.bin != bin_):
        raise NotFound("exclusion entry")
    return e


def _in_term(ctx: RegistryContext, e: RegisterEntry, article: str) -> date:
    """The last day to contest the exclusion ``e``; refused when it has passed (or the ground has none)."""
    today = ctx.clock.today()
    if e.contest_due is None or today > e.contest_due:
        raise Rejected("term_expired", "The term to contest this exclusion has passed",
                           f"The last day was {e.contest_due.isoformat() if e.contest_due else '—'}; "
                           f"today is {today.isoformat()}.", field="exclusion_entry_id", article=article,
                           extra={"due": e.contest_due.isoformat() if e.contest_due else None})
    return e.contest_due


def public(a: Appeal, actions: list[Any] | None = None) -> dict[str, Any]:
    out = a.model_dump(mode="json")
    if actions is not None:
        out["actions"] = [x.model_dump(mode="json", exclude={"id", "appeal_id"}) for x in actions]
    return out


async def file_appeal(uow: RegistryUnitOfWork, ctx: RegistryContext, cmd: AppealCreate, principal: Principal,
                      request_id: str | None) -> dict[str, Any]:
    """Art. 51-5.1, 51-5.3: objections to exclusion by monitoring, within 30 working days of exclusion."""
    async with uow:
        e = await _exclusion_of(uow, cmd.exclusion_entry_id, principal.bin)
        term = CONTEST_TERMS.get(Ground(e.ground)) if e.ground else None
        if term is None or term.kind != "appeal":
            hint = " (a software producer contests to the informatization authority, Art. 51-2.5)" \
                if e.ground == Ground.software_notice else ""
            raise Rejected("not_appealable", "This exclusion is not for the appeals commission",
                               f"Exclusion on the ground '{e.ground}' is not appealed here{hint}.",
                               field="exclusion_entry_id", article="51-5.1")
        due = _in_term(ctx, e, "51-5.3")
        if await uow.appeals.for_exclusion(e.id) is not None:
            raise Conflict("an appeal against this exclusion was already filed", code="appeal_exists")
        a = Appeal(bin=e.bin, exclusion_entry_id=e.id, grounds=cmd.grounds,
                   documents=[d.model_dump() for d in cmd.documents], filed_on=ctx.clock.today(),
                   due=due, status=AppealStatus.received, filed_by=principal.sub)
        await uow.appeals.add(a)
        uow.publish(AppealReceived(appeal_id=a.id, bin=a.bin, exclusion_entry_id=e.id, filed_on=a.filed_on,
                                   due=a.due), subject=str(a.id), recipient=a.bin, sequence=a.version)
        uow.audit(actor=principal.sub, role=principal.role, actor_bin=principal.bin, action="appeal.file",
                  resource="appeal", resource_id=str(a.id), request_id=request_id)
        await uow.commit()
        return public(a, [])


async def get_appeal(uow: RegistryUnitOfWork, appeal_id: uuid.UUID, principal: Principal) -> dict[str, Any]:
    async with uow:
        a = await uow.appeals.get(appeal_id)
        if a is None or not principal.can_see_bin(a.bin):
            raise NotFound("appeal")
        return public(a, await uow.appeals.actions(a.id))


async def list_appeals(uow: RegistryUnitOfWork, principal: Principal, status: str | None) -> list[dict[str, Any]]:
    async with uow:
        bin_ = principal.bin if principal.role == "applicant" else None
        return [public(a) for a in await uow.appeals.list(bin_=bin_, status=status, limit=200)]


async def commission_action(uow: RegistryUnitOfWork, appeal_id: uuid.UUID, cmd: AppealActionCreate,
                            principal: Principal, request_id: str | None) -> dict[str, Any]:
    """Art. 51-5.4: the commission requests documents, holds a hearing, or makes a field visit."""
    async with uow:
        a = await uow.appeals.get(appeal_id)
        if a is None:
            raise NotFound("appeal")
        try:
            to = next_appeal_status(AppealStatus(a.status), AppealAction(cmd.action))
            await uow.appeals.change(a, status=to, action=cmd.action, actor=principal.sub,
                                     detail=cmd.model_dump(mode="json"))
        except AppealTransitionNotAllowed as e:
            raise Conflict(str(e), code="appeal_closed") from e
        except ConcurrentUpdate as e:
            raise Conflict(str(e), code="concurrent_decision") from e
        uow.audit(actor=principal.sub, role=principal.role, action=f"appeal.{cmd.action}", resource="appeal",
                  resource_id=str(a.id), request_id=request_id)
        await uow.commit()
        return public(a, await uow.appeals.actions(a.id))


async def decide(uow: RegistryUnitOfWork, ctx: RegistryContext, appeal_id: uuid.UUID, cmd: AppealDecisionCreate,
                 principal: Principal, request_id: str | None) -> dict[str, Any]:
    """Art. 51-5.5-8: the decision binds the authorized body; a satisfied appeal re-includes the producer
    without repeating the stages of Art. 51-1 (no verification, no assessment)."""
    async with uow:
        a = await uow.appeals.get(appeal_id)
        if a is None:
            raise NotFound("appeal")
        if cmd.expected_version is not None and cmd.expected_version != a.version:
            raise Conflict(f"appeal is at version {a.version}", code="version_mismatch")
        exclusion = await _exclusion_of(uow, a.exclusion_entry_id, None)
        excluded_goods = [g["tnved"] for g in exclusion.goods]
        outcome = AppealOutcome(cmd.outcome)
        problems = decision_problems(outcome, cmd.reasons_ru + cmd.reasons_kk, cmd.restored_goods, excluded_goods)
        if problems:
            raise Rejected("appeal_decision_invalid", "Decision is not valid", "; ".join(problems),
                               article="51-5.5")
        try:
            next_appeal_status(AppealStatus(a.status), AppealAction.decide)
            await uow.appeals.change(a, status=AppealStatus.decided, action="decide", actor=principal.sub,
                                     detail=cmd.model_dump(mode="json"), outcome=outcome,
                                     decision={**cmd.model_dump(mode="json"), "decided_by": principal.sub,
                                               "decided_at": instant_text(ctx.clock.now())})
        except AppealTransitionNotAllowed as e:
            raise Conflict("the appeal was already decided", code="appeal_closed") from e
        except ConcurrentUpdate as e:
            raise Conflict("another decision on this appeal was taken first", code="concurrent_decision") from e
        if outcome != AppealOutcome.refused:
            producer = await uow.register.producer(a.bin, for_update=True)
            restored = set(cmd.restored_goods or excluded_goods)
            goods = [g for g in exclusion.goods if g["tnved"] in restored]
            if producer is not None and producer.status == "excluded":
                await register.reinclude(uow, ctx, producer, exclusion=exclusion, appeal_id=a.id, goods=goods,
                                         actor=principal.sub)
        uow.publish(AppealDecided(appeal_id=a.id, bin=a.bin, outcome=outcome, reasons_kk=cmd.reasons_kk,
                                  reasons_ru=cmd.reasons_ru, decided_at=ctx.clock.now()),
                    subject=str(a.id), recipient=a.bin, sequence=a.version)
        uow.audit(actor=principal.sub, role=principal.role, action="appeal.decide", resource="appeal",
                  resource_id=str(a.id), request_id=request_id, detail={"outcome": outcome})
        await uow.commit()
        return public(a, await uow.appeals.actions(a.id))


async def file_software_contest(uow: RegistryUnitOfWork, ctx: RegistryContext, cmd: SoftwareContestCreate,
                                principal: Principal, request_id: str | None) -> dict[str, Any]:
    """Art. 51-2.5: within 30 calendar days of exclusion, contested to the informatization authority."""
    async with uow:
        e = await _exclusion_of(uow, cmd.exclusion_entry_id, principal.bin)
        if e.ground != Ground.software_notice:
            raise Rejected("not_software_exclusion", "Not a software-producer exclusion",
                               "Only exclusions on the informatization authority's notice are contested here.",
                               field="exclusion_entry_id", article="51-2.5")
        due = _in_term(ctx, e, "51-2.5")
        if await uow.extracts.contest_for(e.id) is not None:
            raise Conflict("this exclusion is already contested", code="contest_exists")
        c = SoftwareContest(bin=e.bin, exclusion_entry_id=e.id, grounds=cmd.grounds, filed_on=ctx.clock.today(),
                            due=due)
        uow.extracts.add(c)
        uow.publish(SoftwareContestFiled(contest_id=c.id, bin=c.bin, exclusion_entry_id=e.id, filed_on=c.filed_on,
                                         due=c.due, grounds=c.grounds), subject=c.bin)
        uow.audit(actor=principal.sub, role=principal.role, actor_bin=principal.bin, action="software_contest.file",
                  resource="software_contest", resource_id=str(c.id), request_id=request_id)
        await uow.commit()
        return c.model_dump(mode="json")
