"""Procurement plans of large customers and their statutory deadlines (Art. 47.1-7)."""
from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

from ipp_common.events import contracts as ev
from ipp_common.law.errors import Conflict, Forbidden, NotFound, Rejected
from ipp_common.law.principal import Principal

from contracts.adapters.orm import (
    LargeCustomer,
    ManufacturerApplication,
    ProcurementPlan,
)
from contracts.adapters.unit_of_work import ContractsUnitOfWork
from contracts.domain import rules
from contracts.schemas import (
    ManufacturerApplicationCreate,
    PlanCreate,
    PlanResubmission,
    PlanReview,
)
from contracts.service_layer.context import ContractsContext


def _plan_event(p: ProcurementPlan, what: str, on: date, **extra: Any) -> None:
    p.history = [*p.history, {"event": what, "on": on.isoformat(), **extra}]


async def submit_plan(uow: ContractsUnitOfWork, ctx: ContractsContext, cmd: PlanCreate,
                      principal: Principal) -> dict[str, Any]:
    today = ctx.clock.today()
    async with uow:
        if await uow.repo.get(LargeCustomer, principal.bin) is None:
            raise Forbidden("not_large_customer", "Not a registered large customer",
                               "Plans are submitted by large customers (Art. 47.1).", article="47.1")
        t = ctx.terms(today)
        p = ProcurementPlan(customer_bin=principal.bin or "", purchase_year=cmd.purchase_year, plan_kind=cmd.plan_kind,
                            items=json.loads(json.dumps([i.model_dump(mode="json") for i in cmd.items])),
                            status=rules.PlanStatus.submitted, submitted_on=today,
                            late_submission=today > rules.submission_due(cmd.purchase_year),
                            review_due=rules.review_due(today, t))
        _plan_event(p, "submitted", today, late=p.late_submission)
        uow.repo.add(p)
        uow.publish(ev.PlanSubmitted(plan_id=p.id, customer_bin=p.customer_bin, purchase_year=p.purchase_year,
                                     submitted_on=today, late=p.late_submission, review_due=p.review_due),
                    subject=str(p.id))
        await uow.commit()
        return p.model_dump(mode="json")


async def _plan(uow: ContractsUnitOfWork, plan_id: uuid.UUID) -> ProcurementPlan:
    p = await uow.repo.get(ProcurementPlan, plan_id)
    if p is None:
        raise NotFound("plan")
    return p


def _transition(p: ProcurementPlan, action: str) -> None:
    try:
        p.status = rules.next_plan_status(rules.PlanStatus(p.status), action)
    except rules.PlanTransitionNotAllowed as e:
        raise Conflict(str(e), code="plan_state") from e
    p.version += 1


async def review_plan(uow: ContractsUnitOfWork, ctx: ContractsContext, plan_id: uuid.UUID, cmd: PlanReview,
                      principal: Principal) -> dict[str, Any]:
    """Art. 47.3-4: the Ministry reviews within 30 calendar days; remarks name the rule of 47.3 they apply."""
    today = ctx.clock.today()
    async with uow:
        p = await _plan(uow, plan_id)
        t = ctx.terms(today)
        remarks = rules.plan_remarks(p.items)
        if cmd.outcome == "approve" and remarks:
            raise Rejected("plan_lists_excluded_goods", "The plan lists goods Art. 47.3 excludes",
                               "; ".join(f"item {r['item']} ({r['tnved']}): {r['rule']}" for r in remarks),
                               article="47.3", extra={"remarks": remarks})
        corrected = p.status == rules.PlanStatus.resubmitted
        late_review = today > ((p.approval_due or p.review_due) if corrected else p.review_due)
        mark = "approval" if corrected else "review"  # Art. 47.4: two deadlines, each with its own mark
        if late_review and mark not in p.overdue:
            p.overdue = [*p.overdue, mark]
        if cmd.outcome == "remarks":
            if not remarks:
                raise Rejected("no_remarks", "Nothing to remark",
                                   "Remarks are sent only for a mismatch with Art. 47.3.", article="47.4")
            _transition(p, "remarks")
            p.remarks, p.remarks_served_on = remarks, today
            p.correction_due = rules.correction_due(today, t)
            _plan_event(p, "remarks", today, late_review=late_review)
            uow.publish(ev.PlanRemarksIssued(plan_id=p.id, bin=p.customer_bin, remarks=remarks,
                                             correction_due=p.correction_due),
                        subject=str(p.id), recipient=p.customer_bin, sequence=p.version)
        else:
            _transition(p, "approve")
            p.approved_on = today
            _plan_event(p, "approved", today, late_review=late_review)
            uow.publish(ev.PlanApproved(plan_id=p.id, bin=p.customer_bin, approved_on=today,
                                        publication_due=rules.publication_due(p.purchase_year)),
                        subject=str(p.id), recipient=p.customer_bin, sequence=p.version)
        uow.repo.add(p)
        uow.audit(actor=principal.sub, role=principal.role, action=f"plan.{cmd.outcome}", resource="plan",
                  resource_id=str(p.id))
        await uow.commit()
        return p.model_dump(mode="json")


async def resubmit_plan(uow: ContractsUnitOfWork, ctx: ContractsContext, plan_id: uuid.UUID, cmd: PlanResubmission,
                        principal: Principal) -> dict[str, Any]:
    """Art. 47.4: the customer corrects within 5 working days of the remarks; approval within 10 more."""
    today = ctx.clock.today()
    async with uow:
        p = await _plan(uow, plan_id)
        if p.customer_bin != principal.bin:
            raise NotFound("plan")
        _transition(p, "resubmit")
        late = p.correction_due is not None and today > p.correction_due
        if late and "correction" not in p.overdue:
            p.overdue = [*p.overdue, "correction"]
        p.items = json.loads(json.dumps([i.model_dump(mode="json") for i in cmd.items]))
        p.resubmitted_on, p.approval_due = today, rules.approval_due(today, ctx.terms(today))
        _plan_event(p, "resubmitted", today, late=late)
        uow.repo.add(p)
        await uow.commit()
        return p.model_dump(mode="json")


async def publish_plan(uow: ContractsUnitOfWork, ctx: ContractsContext, plan_id: uuid.UUID,
                       principal: Principal) -> dict[str, Any]:
    today = ctx.clock.today()
    async with uow:
        p = await _plan(uow, plan_id)
        _transition(p, "publish")
        t = ctx.terms(today)
        p.published_on = today
        p.applications_until = rules.application_window_end(today, t)
        p.conclusion_due = rules.conclusion_due(p.applications_until, t)
        if today > rules.publication_due(p.purchase_year) and "publication" not in p.overdue:
            p.overdue = [*p.overdue, "publication"]
        _plan_event(p, "published", today)
        uow.repo.add(p)
        uow.publish(ev.PlanPublished(plan_id=p.id, customer_bin=p.customer_bin, published_on=today,
                                     applications_until=p.applications_until, conclusion_due=p.conclusion_due,
                                     goods=[{"tnved": i["tnved"], "name": i["name"], "quantity": i["quantity"]}
                                            for i in p.items]), subject=str(p.id), sequence=p.version)
        await uow.commit()
        return p.model_dump(mode="json")


async def scan_overdue(uow: ContractsUnitOfWork, ctx: ContractsContext) -> list[dict[str, Any]]:
    """Missed deadlines are visible: an overdue mark on the plan and an event to the customer, once per
    deadline, each statutory deadline of the planning cycle with its own mark (Art. 47.1-7): the first
    review, the correction, the approval of a corrected plan, the publication, and the conclusion of
    contracts with the manufacturers that applied (30 calendar days after the application window)."""
    today = ctx.clock.today()
    found = []
    async with uow:
        for p in await uow.repo.plans_in_cycle(today):
            checks = {rules.PlanStatus.submitted: ("review", p.review_due, "ministry"),
                      rules.PlanStatus.remarks_sent: ("correction", p.correction_due, "customer"),
                      rules.PlanStatus.resubmitted: ("approval", p.approval_due, "ministry"),
                      rules.PlanStatus.approved: ("publication", rules.publication_due(p.purchase_year), "ministry"),
                      rules.PlanStatus.published: ("conclusion", p.conclusion_due, "customer")}
            deadline, due, party = checks[rules.PlanStatus(p.status)]
            if due is None or today <= due or deadline in p.overdue:
                continue
            if deadline == "conclusion" and not await uow.repo.unconcluded_applications(p.id):
                continue  # every manufacturer that applied has its contract
            p.overdue = [*p.overdue, deadline]
            _plan_event(p, f"overdue:{deadline}", today)
            uow.repo.add(p)
            uow.publish(ev.PlanOverdue(plan_id=p.id, bin=p.customer_bin, deadline=deadline, due=due, party=party),
                        subject=str(p.id), recipient=p.customer_bin, sequence=p.version)
            found.append({"plan_id": str(p.id), "deadline": deadline, "due": due.isoformat(), "party": party})
        await uow.commit()
    return found


async def apply_for_contract(uow: ContractsUnitOfWork, ctx: ContractsContext, plan_id: uuid.UUID,
                             cmd: ManufacturerApplicationCreate, principal: Principal) -> dict[str, Any]:
    """Art. 47.6: manufacturers apply within 30 calendar days of publication."""
    today = ctx.clock.today()
    async with uow:
        p = await _plan(uow, plan_id)
        if p.status != rules.PlanStatus.published or p.applications_until is None:
            raise Conflict("the plan is not published", code="plan_not_published")
        if today > p.applications_until:
            raise Rejected("application_window_closed", "Application window closed",
                               f"Applications were accepted until {p.applications_until.isoformat()}.",
                               article="47.6", extra={"due": p.applications_until.isoformat()})
        if cmd.tnved not in {i["tnved"] for i in p.items}:
            raise Rejected("good_not_in_plan", "Good not in the published list", field="tnved",
                               article="47.6")
        a = ManufacturerApplication(plan_id=p.id, manufacturer_bin=principal.bin or "", tnved=cmd.tnved,
                                    filed_on=today, kind=cmd.kind)
        uow.repo.add(a)
        await uow.commit()
        return a.model_dump(mode="json")


async def get_plan(uow: ContractsUnitOfWork, plan_id: uuid.UUID, principal: Principal) -> dict[str, Any]:
    """A plan, for the Ministry and for the customer that submitted it (another's plan does not exist for it)."""
    async with uow:
        p = await _plan(uow, plan_id)
        if not principal.can_see_bin(p.customer_bin):
            raise NotFound("plan")
        return p.model_dump(mode="json")


async def list_plans(uow: ContractsUnitOfWork, principal: Principal, *, customer_bin: str | None, year: int | None,
                     status: str | None, cursor: str | None, limit: int) -> dict[str, Any]:
    """Plans newest first, by customer, year and status: the Ministry's work list of Art. 47 (a customer
    pages through its own only)."""
    async with uow:
        rows, nxt = await uow.repo.plans_page(customer_bin=principal.confined_bin or customer_bin, year=year,
                                              status=status, cursor=cursor, limit=limit)
        return {"items": [p.model_dump(mode="json") for p in rows], "next_cursor": nxt}
