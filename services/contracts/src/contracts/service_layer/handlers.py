"""Contracts use cases (Art. 46 … 49, 47-1, 61-1)."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ipp_common.events import contracts as ev
from ipp_common.events import spec_for
from ipp_common.law.clock import Clock
from ipp_common.law.errors import Conflict, Forbidden, NotFound, Rejected
from ipp_common.law.principal import Principal, Role
from ipp_common.law.refdata import ReferenceData, reference_data
from ipp_common.messaging.envelope import CloudEvent
from ipp_common.persistence.projections import RegisterMembership, membership_of, register_membership_handlers
from ipp_common.persistence.unit_of_work import UnitOfWork

from contracts.adapters.orm import (
    Contract,
    ContractAmendment,
    Delivery,
    IcvProgramme,
    LargeCustomer,
    ManufacturerApplication,
    Penalty,
    ProcurementPlan,
)
from contracts.adapters.unit_of_work import ContractsUnitOfWork
from contracts.domain import rules
from contracts.schemas import (
    AcceptanceCreate,
    AmendmentCreate,
    ContractCreate,
    DeliveryCreate,
    LargeCustomerCreate,
    ManufacturerApplicationCreate,
    OffsetFulfilment,
    PilotResult,
    PlanCreate,
    PlanResubmission,
    PlanReview,
    PledgeCreate,
    ProgrammeCreate,
    ProgrammeReport,
)


@dataclass
class ContractsContext:
    clock: Clock
    ref: ReferenceData

    @classmethod
    def build(cls) -> ContractsContext:
        return cls(Clock.from_env(), reference_data())

    def terms(self, on: date) -> rules.Terms:
        v = lambda k: int(self.ref.value_on(k, on))  # noqa: E731
        return rules.Terms(v("plan_review_calendar_days"), v("plan_correction_working_days"),
                           v("plan_approval_working_days"), v("manufacturer_application_calendar_days"),
                           v("contract_conclusion_calendar_days"))


def invalid(problems: list[tuple[str, str, str]], code: str, title: str) -> Rejected:
    return Rejected(code, title, "; ".join(p[1] for p in problems), field=problems[0][0],
                        article=problems[0][2], errors=[{"field": f, "rule": r, "article": a} for f, r, a in problems])


# ---------------------------------------------------------------- register membership → flags

async def _flag_contracts(uow: UnitOfWork, event: CloudEvent, row: RegisterMembership) -> None:
    """A supplier excluded from the register: its contracts are flagged for review (events feed the offtake
    register, which shows the supplier's status)."""
    if row.included:
        return
    for c in await uow.repo.contracts_of_supplier(row.bin):  # type: ignore[attr-defined]  # the projection calls back with this service's unit of work
        c.flagged, c.version = f"supplier excluded from the register ({row.ground})", c.version + 1
        uow.session.add(c)
        _publish(uow, ev.ContractFlagged, c, {"reason": c.flagged, "registry_event": event.id}, event.time)


HANDLERS = register_membership_handlers(after_change=_flag_contracts)


async def supplier_register_status(uow: ContractsUnitOfWork, bin_: str) -> dict[str, Any]:
    async with uow:
        row = await membership_of(uow, bin_)
        if row is None:
            raise NotFound("supplier register status")
        return row.model_dump(mode="json")


# ---------------------------------------------------------------- large customers

async def register_customer(uow: ContractsUnitOfWork, ctx: ContractsContext, cmd: LargeCustomerCreate,
                            principal: Principal) -> dict[str, Any]:
    if cmd.category == "natural_monopoly" and cmd.low_capacity_monopoly:
        raise Rejected("not_large_customer", "Not a large customer",
                           "Natural monopolies of low capacity are not large customers.", field="low_capacity_monopoly",
                           article="1.25")
    if cmd.category == "system_forming":
        threshold = Decimal(str(ctx.ref.value_on("system_forming_share_pct", ctx.clock.today())))
        if cmd.output_kzt is None or cmd.region_output_kzt is None or not rules.system_forming(
                cmd.output_kzt, cmd.region_output_kzt, threshold):
            raise Rejected("not_system_forming", "Not a system-forming enterprise",
                               f"Output must be more than {threshold}% of the region's output.", field="output_kzt",
                               article="47-1.1")
    async with uow:
        c = LargeCustomer(bin=cmd.bin, name=cmd.name, category=cmd.category, region=cmd.region,
                          figures={"output_kzt": str(cmd.output_kzt), "region_output_kzt": str(cmd.region_output_kzt)},
                          annual_purchases_kzt={str(y): str(v) for y, v in cmd.annual_purchases_kzt.items()})
        await uow.session.merge(c)
        uow.audit(actor=principal.sub, role=principal.role, action="large_customer.register",
                  resource="large_customer", resource_id=cmd.bin)
        await uow.commit()
        return c.model_dump(mode="json")


# ---------------------------------------------------------------- plans (Art. 47)

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


# ---------------------------------------------------------------- contracts

def _vol(d: dict[Any, Any]) -> dict[int, Decimal]:
    return {int(k): Decimal(str(v)) for k, v in d.items()}


def _publish(uow: UnitOfWork, cls: type[Any], c: Contract, change: dict[str, Any], at: Any) -> None:
    uow.publish(cls(contract_id=c.id, kind=c.kind, status=c.status, customer_bin=c.customer_bin,
                    supplier_bin=c.supplier_bin, goods=c.goods, volumes=_vol(c.volumes), unit_price_kzt=c.unit_price_kzt,
                    term_start=c.term_start, term_end=c.term_end, min_icv_pct=c.min_icv_pct,
                    pledged_to=[p["bank"] for p in c.pledges], flagged=c.flagged, version=c.version, changed_at=at,
                    change=json.loads(json.dumps(change, default=str))),
                subject=str(c.id), recipient=c.supplier_bin if spec_for(cls.__event_type__).addressed else None,
                sequence=c.version)


async def create_contract(uow: ContractsUnitOfWork, ctx: ContractsContext, cmd: ContractCreate,
                          principal: Principal) -> dict[str, Any]:
    kind = rules.ContractKind(cmd.kind)
    goods = [g.model_dump(mode="json") for g in cmd.goods]
    problems = rules.content_problems(kind, goods=goods, volumes=cmd.volumes, start=cmd.term_start, end=cmd.term_end,
                                      min_icv_pct=cmd.min_icv_pct, icv_programme_obligation=cmd.icv_programme_obligation,
                                      liability=cmd.liability)
    async with uow:
        customer = await uow.repo.get(LargeCustomer, principal.bin)
        if customer is None:
            raise Forbidden("not_large_customer", "Not a registered large customer", article="1.25")
        if kind == rules.ContractKind.offset:
            year = cmd.term_start.year
            declared = customer.annual_purchases_kzt.get(str(year))
            threshold_mrp, mrp = int(ctx.ref.value_on("offset_threshold_mrp", cmd.term_start)), ctx.ref.mrp(cmd.term_start)
            if not rules.offset_threshold_met(Decimal(declared) if declared else None, threshold_mrp, mrp):
                threshold_kzt = threshold_mrp * mrp
                raise Rejected("offset_threshold_not_met", "Offset obligations do not apply to this customer",
                                   f"The customer's purchases in {year} must exceed {threshold_mrp} MRP = "
                                   f"{threshold_kzt} KZT (MRP {year}: {mrp}); declared: {declared or 'none'}.",
                                   article="49.1", field="annual_purchases_kzt",
                                   extra={"threshold_kzt": str(threshold_kzt), "declared_kzt": declared})
            problems += rules.offset_problems(
                cmd.contract_sum_kzt, [o.model_dump(mode="json") for o in cmd.offset_obligations],
                Decimal(str(ctx.ref.value_on("offset_min_share_pct", cmd.term_start))))
        if problems:
            raise invalid(problems, "contract_content_invalid", "The contract lacks what the law requires")
        c = Contract(kind=kind, status="awaiting_supplier", customer_bin=customer.bin, supplier_bin=cmd.supplier_bin,
                     plan_id=cmd.plan_id, goods=goods, volumes={str(y): str(v) for y, v in cmd.volumes.items()},
                     unit_price_kzt=cmd.unit_price_kzt, contract_sum_kzt=cmd.contract_sum_kzt,
                     term_start=cmd.term_start, term_end=cmd.term_end, min_icv_pct=cmd.min_icv_pct,
                     icv_programme_obligation=cmd.icv_programme_obligation, liability=cmd.liability,
                     pilot_required=cmd.pilot_required,
                     offset_obligations=[{**o.model_dump(mode="json"), "fulfilled_kzt": "0"} for o in cmd.offset_obligations])
        uow.repo.add(c)
        uow.audit(actor=principal.sub, role=principal.role, actor_bin=principal.bin, action="contract.propose",
                  resource="contract", resource_id=str(c.id))
        await uow.commit()
        return public(c)


def public(c: Contract) -> dict[str, Any]:
    return c.model_dump(mode="json")


async def _contract(uow: ContractsUnitOfWork, contract_id: uuid.UUID, principal: Principal) -> Contract:
    c = await uow.repo.get(Contract, contract_id)
    if c is None or (principal.role in (Role.applicant, Role.customer)
                     and principal.bin not in (c.customer_bin, c.supplier_bin)):
        raise NotFound("contract")
    return c


def _party(c: Contract, principal: Principal) -> str:
    if principal.bin == c.customer_bin and principal.role == Role.customer:
        return "customer"
    if principal.bin == c.supplier_bin:
        return "supplier"
    raise Forbidden("not_a_party", "Not a party to this contract")


async def sign(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID,
               principal: Principal) -> dict[str, Any]:
    async with uow:
        c = await _contract(uow, contract_id, principal)
        if _party(c, principal) != "supplier" or c.status != "awaiting_supplier":
            raise Conflict("only the supplier signs a proposed contract", code="contract_state")
        c.status, c.signed_on, c.version = "signed", ctx.clock.today(), c.version + 1
        if c.plan_id is not None:
            plan = await uow.repo.get(ProcurementPlan, c.plan_id)
            if plan is not None and plan.conclusion_due is not None and c.signed_on > plan.conclusion_due:
                c.overdue = [*c.overdue, "conclusion"]  # Art. 47.7: concluded after the plan's deadline
        uow.repo.add(c)
        _publish(uow, ev.ContractSigned, c, {"signed_on": c.signed_on}, ctx.clock.now())
        await uow.commit()
        return public(c)


async def amend(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID, cmd: AmendmentCreate,
                principal: Principal) -> dict[str, Any]:
    """Every change is an amendment with its rationale, the signatures it needs and dates in order."""
    async with uow:
        c = await _contract(uow, contract_id, principal)
        party = _party(c, principal)
        if c.status != "signed":
            raise Conflict(f"contract is {c.status}", code="contract_state")
        previous = await uow.repo.amendments(c.id)
        last_date = max([c.signed_on or c.term_start, *(a.effective_on for a in previous)])
        if cmd.effective_on < last_date:
            raise Rejected("amendment_date_order", "Dates out of order",
                               f"An amendment takes effect on or after {last_date.isoformat()}.", field="effective_on")
        new_vol = {**_vol(c.volumes), **(cmd.volumes or {})}
        new_price = cmd.unit_price_kzt if cmd.unit_price_kzt is not None else c.unit_price_kzt
        adds_tech = cmd.goods is not None and [g.model_dump(mode="json") for g in cmd.goods] != c.goods
        problems = rules.amendment_problems(rules.ContractKind(c.kind), unilateral=cmd.mode == "unilateral",
                                            reduction=rules.is_reduction(_vol(c.volumes), new_vol, c.unit_price_kzt,
                                                                         new_price),
                                            adds_technical_requirements=adds_tech)
        if problems:
            raise invalid(problems, "amendment_refused", "Amendment refused")
        changes = {k: v for k, v in {"volumes": {str(y): str(v) for y, v in (cmd.volumes or {}).items()} or None,
                                     "unit_price_kzt": str(cmd.unit_price_kzt) if cmd.unit_price_kzt is not None else None,
                                     "term_end": cmd.term_end.isoformat() if cmd.term_end else None}.items() if v}
        a = ContractAmendment(contract_id=c.id, seq=len(previous) + 1, mode=cmd.mode, rationale=cmd.rationale,
                              changes=changes, before={"volumes": c.volumes, "unit_price_kzt": str(c.unit_price_kzt),
                                                       "term_end": c.term_end.isoformat()},
                              signed_by=[party], status="proposed", proposed_on=ctx.clock.today(),
                              effective_on=cmd.effective_on)
        uow.repo.add(a)
        if cmd.mode == "unilateral":
            _apply(uow, ctx, c, a)
        await uow.commit()
        return a.model_dump(mode="json")


def _apply(uow: ContractsUnitOfWork, ctx: ContractsContext, c: Contract, a: ContractAmendment) -> None:
    if "volumes" in a.changes:
        c.volumes = {**c.volumes, **a.changes["volumes"]}
    if "unit_price_kzt" in a.changes:
        c.unit_price_kzt = Decimal(a.changes["unit_price_kzt"])
    if "term_end" in a.changes:
        c.term_end = date.fromisoformat(a.changes["term_end"])
    a.status, a.applied_on = "applied", ctx.clock.today()
    c.version += 1
    uow.repo.add(c)
    uow.repo.add(a)
    _publish(uow, ev.ContractAmended, c, {"amendment": a.seq, "mode": a.mode, "rationale": a.rationale,
                                          "changes": a.changes, "before": a.before, "signed_by": a.signed_by,
                                          "effective_on": a.effective_on}, ctx.clock.now())


async def countersign(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID, seq: int,
                      principal: Principal) -> dict[str, Any]:
    async with uow:
        c = await _contract(uow, contract_id, principal)
        party = _party(c, principal)
        a = next((x for x in await uow.repo.amendments(c.id) if x.seq == seq), None)
        if a is None:
            raise NotFound("amendment")
        if a.status != "proposed" or party in a.signed_by:
            raise Conflict("the other party signs a proposed amendment", code="amendment_state")
        a.signed_by = [*a.signed_by, party]
        _apply(uow, ctx, c, a)
        await uow.commit()
        return a.model_dump(mode="json")


async def pilot(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID, cmd: PilotResult,
                principal: Principal) -> dict[str, Any]:
    """Art. 47.8: positive → deliveries open; negative → not performed through the supplier's fault."""
    async with uow:
        c = await _contract(uow, contract_id, principal)
        if _party(c, principal) != "customer" or c.status != "signed":
            raise Conflict("the customer tests a pilot batch of a signed contract", code="contract_state")
        c.pilot = {"result": cmd.result, "report": cmd.report, "on": ctx.clock.today().isoformat()}
        c.version += 1
        if cmd.result == "negative":
            c.status = "terminated"
            _publish(uow, ev.ContractTerminated, c, {"reason": "pilot batch negative: terminated through the "
                                                               "supplier's fault (Art. 47.8)", "fault": "supplier"},
                     ctx.clock.now())
        uow.repo.add(c)
        await uow.commit()
        return public(c)


async def record_delivery(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID,
                          cmd: DeliveryCreate, principal: Principal) -> dict[str, Any]:
    async with uow:
        c = await _contract(uow, contract_id, principal)
        if _party(c, principal) != "supplier" or c.status != "signed":
            raise Conflict("the supplier records deliveries under a signed contract", code="contract_state")
        if c.pilot_required and (c.pilot or {}).get("result") != "positive":
            raise Conflict("deliveries open after a positive pilot batch (Art. 47.8)", code="pilot_pending")
        if cmd.year not in rules.term_years(c.term_start, c.term_end):
            raise Rejected("year_outside_term", "Year outside the contract term", field="year")
        d = Delivery(contract_id=c.id, year=cmd.year, quantity=cmd.quantity, delivered_on=cmd.delivered_on)
        uow.repo.add(d)
        c.version += 1
        uow.repo.add(c)
        _publish(uow, ev.DeliveryRecorded, c, {"delivery": str(d.id), "year": d.year, "quantity": d.quantity},
                 ctx.clock.now())
        await uow.commit()
        return d.model_dump(mode="json")


async def accept_delivery(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID,
                          delivery_id: uuid.UUID, cmd: AcceptanceCreate, principal: Principal) -> dict[str, Any]:
    async with uow:
        c = await _contract(uow, contract_id, principal)
        d = await uow.repo.get(Delivery, delivery_id)
        if d is None or d.contract_id != c.id:
            raise NotFound("delivery")
        if _party(c, principal) != "customer" or d.accepted is not None:
            raise Conflict("the customer accepts a delivery once", code="delivery_state")
        if cmd.accepted + cmd.refused_supplier_fault > d.quantity:
            raise Rejected("acceptance_exceeds_delivery", "More than delivered", field="accepted")
        d.accepted, d.refused_supplier_fault, d.acceptance_note = cmd.accepted, cmd.refused_supplier_fault, cmd.note
        uow.repo.add(d)
        c.version += 1
        uow.repo.add(c)
        _publish(uow, ev.DeliveryRecorded, c, {"delivery": str(d.id), "year": d.year, "accepted": d.accepted,
                                               "refused_supplier_fault": d.refused_supplier_fault}, ctx.clock.now())
        await uow.commit()
        return d.model_dump(mode="json")


async def acceptance(uow: ContractsUnitOfWork, contract_id: uuid.UUID, year: int, principal: Principal,
                     ctx: ContractsContext) -> dict[str, Any]:
    async with uow:
        c = await _contract(uow, contract_id, principal)
        return _acceptance(c, await uow.repo.deliveries(c.id, year), year, ctx)


def _acceptance(c: Contract, ds: list[Delivery], year: int, ctx: ContractsContext) -> dict[str, Any]:
    years = rules.term_years(c.term_start, c.term_end)
    if year not in years:
        raise Rejected("year_outside_term", "Year outside the contract term", field="year")
    idx = years.index(year) + 1
    contracted = _vol(c.volumes).get(year, Decimal(0))
    accepted = sum((d.accepted or Decimal(0) for d in ds), Decimal(0))
    supplier_fault = sum((d.refused_supplier_fault or Decimal(0) for d in ds), Decimal(0))
    shortfall = rules.acceptance_shortfall(idx, contracted, accepted, supplier_fault)
    rate = Decimal(str(ctx.ref.value_on("offtake_penalty_rate_pct", date(year, 12, 31))))
    return {"contract_id": str(c.id), "year": year, "year_index": idx, "contracted": _n(contracted),
            "required": _n(rules.required_acceptance(idx, contracted)), "accepted": _n(accepted),
            "refused_supplier_fault": _n(supplier_fault), "shortfall": _n(shortfall), "rate_pct": _n(rate),
            "unit_price_kzt": _n(c.unit_price_kzt), "penalty_kzt": str(rules.penalty(shortfall, c.unit_price_kzt, rate)),
            "article": "48.2, 48.4"}


def _n(d: Decimal) -> str:
    """A quantity without trailing zeros: 40.000 → 40, 12.50 → 12.5."""
    return format(d.normalize(), "f")


async def close_year(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID, year: int,
                     principal: Principal) -> dict[str, Any]:
    """At the end of a contract year the shortfall in acceptance not caused by the supplier becomes a penalty."""
    async with uow:
        c = await _contract(uow, contract_id, principal)
        if c.kind != "offtake":
            raise Rejected("not_offtake", "The acceptance rule of Art. 48.2 applies to offtake contracts")
        if not rules.year_ended(year, ctx.clock.today()):
            raise Rejected("year_not_ended", "The contract year is not over",
                               f"The year {year} can be closed and a penalty assessed from 01.01.{year + 1} "
                               f"(today is {ctx.clock.today():%d.%m.%Y}).", article="48.4", field="year")
        a = _acceptance(c, await uow.repo.deliveries(c.id, year), year, ctx)
        if Decimal(a["penalty_kzt"]) > 0:
            if any(p.year == year and p.reason == "acceptance_shortfall" for p in await uow.repo.penalties(c.id)):
                raise Conflict("this year was already closed", code="year_closed")
            uow.repo.add(Penalty(contract_id=c.id, year=year, reason="acceptance_shortfall", inputs=a,
                                 penalty_kzt=Decimal(a["penalty_kzt"]), assessed_on=ctx.clock.today()))
            uow.publish(ev.PenaltyAssessed(contract_id=c.id, bin=c.supplier_bin, reason="acceptance_shortfall",
                                           year=year, shortfall=Decimal(a["shortfall"]), rate_pct=Decimal(a["rate_pct"]),
                                           penalty_kzt=Decimal(a["penalty_kzt"])), subject=str(c.id),
                        recipient=c.supplier_bin)
        await uow.commit()
        return a


async def pledge(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID, cmd: PledgeCreate,
                 principal: Principal) -> dict[str, Any]:
    """Art. 48.1, 48-1.1: offtake and guaranteed-purchase contracts may be pledged with banks."""
    async with uow:
        c = await _contract(uow, contract_id, principal)
        if _party(c, principal) != "supplier" or c.kind == "offset" or c.status != "signed":
            raise Conflict("the supplier pledges a signed offtake or guaranteed-purchase contract", code="contract_state")
        c.pledges = [*c.pledges, cmd.model_dump(mode="json")]
        c.version += 1
        uow.repo.add(c)
        _publish(uow, ev.ContractPledged, c, {"pledge": cmd.model_dump(mode="json")}, ctx.clock.now())
        await uow.commit()
        return public(c)


async def offset_fulfilment(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID,
                            cmd: OffsetFulfilment, principal: Principal) -> dict[str, Any]:
    async with uow:
        c = await _contract(uow, contract_id, principal)
        if c.kind != "offset" or cmd.index >= len(c.offset_obligations):
            raise NotFound("offset obligation")
        obs = [dict(o) for o in c.offset_obligations]
        obs[cmd.index]["fulfilled_kzt"] = str(cmd.fulfilled_kzt)
        c.offset_obligations = obs
        c.version += 1
        uow.repo.add(c)
        await uow.commit()
        return public(c)


async def assess_offset(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID,
                        principal: Principal) -> dict[str, Any]:
    """Art. 49.3: unfulfilled offset obligations past their due date → penalty."""
    today = ctx.clock.today()
    async with uow:
        c = await _contract(uow, contract_id, principal)
        if c.kind != "offset":
            raise NotFound("offset contract")
        rate = Decimal(str(ctx.ref.value_on("offset_penalty_rate_pct", today)))
        unfulfilled = sum((Decimal(o["amount_kzt"]) - Decimal(o["fulfilled_kzt"]) for o in c.offset_obligations
                           if date.fromisoformat(o["due"]) < today and Decimal(o["fulfilled_kzt"]) < Decimal(o["amount_kzt"])),
                          Decimal(0))
        amount = rules.penalty(unfulfilled, Decimal(1), rate)
        if amount > 0:
            uow.repo.add(Penalty(contract_id=c.id, year=today.year, reason="offset_unfulfilled",
                                 inputs={"unfulfilled_kzt": str(unfulfilled), "rate_pct": str(rate)},
                                 penalty_kzt=amount, assessed_on=today))
            uow.publish(ev.PenaltyAssessed(contract_id=c.id, bin=c.supplier_bin, reason="offset_unfulfilled",
                                           year=today.year, shortfall=unfulfilled, rate_pct=rate, penalty_kzt=amount),
                        subject=str(c.id), recipient=c.supplier_bin)
        await uow.commit()
        return {"unfulfilled_kzt": _n(unfulfilled), "rate_pct": _n(rate), "penalty_kzt": str(amount), "article": "49.3"}


async def contract_with_history(uow: ContractsUnitOfWork, contract_id: uuid.UUID, principal: Principal) -> dict[str, Any]:
    async with uow:
        c = await _contract(uow, contract_id, principal)
        out = public(c)
        out["amendments"] = [a.model_dump(mode="json") for a in await uow.repo.amendments(c.id)]
        out["deliveries"] = [d.model_dump(mode="json") for d in await uow.repo.deliveries(c.id)]
        out["penalties"] = [p.model_dump(mode="json") for p in await uow.repo.penalties(c.id)]
        return out


# ---------------------------------------------------------------- ICV development programmes (Art. 61-1)

async def submit_programme(uow: ContractsUnitOfWork, cmd: ProgrammeCreate, principal: Principal) -> dict[str, Any]:
    directions = {"icv_share": {"baseline_pct": str(cmd.baseline_icv_pct),
                                "targets": {str(y): str(v) for y, v in cmd.icv_targets.items()}},
                  "industrial_contracts": {"planned": cmd.planned_contracts},
                  "sme_development": cmd.sme_measures, "other": cmd.other}
    problems = rules.programme_problems(cmd.start_year, cmd.end_year, directions)
    if problems:
        raise invalid(problems, "programme_invalid", "ICV development programme is not valid")
    async with uow:
        p = IcvProgramme(customer_bin=principal.bin or "", start_year=cmd.start_year, end_year=cmd.end_year,
                         directions=directions, status="submitted")
        uow.repo.add(p)
        await uow.commit()
        return p.model_dump(mode="json")


async def decide_programme(uow: ContractsUnitOfWork, programme_id: uuid.UUID, principal: Principal) -> dict[str, Any]:
    """Art. 61-1.2: agreed unless one of the three grounds applies; a refusal names them."""
    async with uow:
        p = await uow.repo.get(IcvProgramme, programme_id)
        if p is None:
            raise NotFound("programme")
        if p.status != "submitted":
            raise Conflict("already decided", code="programme_decided")
        d = p.directions
        grounds = rules.programme_refusal_grounds(
            Decimal(d["icv_share"]["baseline_pct"]), {int(y): Decimal(v) for y, v in d["icv_share"]["targets"].items()},
            int(d["industrial_contracts"]["planned"]), await uow.repo.applications_for_customer(p.customer_bin),
            d["sme_development"])
        p.status, p.grounds = ("refused" if grounds else "agreed"), grounds
        uow.repo.add(p)
        uow.publish(ev.ProgrammeDecided(programme_id=p.id, bin=p.customer_bin, outcome=p.status, grounds=grounds),
                    subject=str(p.id), recipient=p.customer_bin)
        uow.audit(actor=principal.sub, role=principal.role, action="programme.decide", resource="icv_programme",
                  resource_id=str(p.id), detail={"outcome": p.status})
        await uow.commit()
        return p.model_dump(mode="json")


async def report_programme(uow: ContractsUnitOfWork, programme_id: uuid.UUID, cmd: ProgrammeReport,
                           principal: Principal) -> dict[str, Any]:
    async with uow:
        p = await uow.repo.get(IcvProgramme, programme_id)
        if p is None or p.customer_bin != principal.bin:
            raise NotFound("programme")
        if p.status != "agreed" or not p.start_year <= cmd.year <= p.end_year:
            raise Conflict("reports are made on an agreed programme, for a year of its term", code="programme_state")
        target = Decimal(p.directions["icv_share"]["targets"].get(str(cmd.year), "0"))
        p.reports = [*[r for r in p.reports if r["year"] != cmd.year],
                     {**cmd.model_dump(mode="json"), "icv_target_pct": str(target),
                      "icv_target_met": cmd.icv_share_pct >= target}]
        uow.repo.add(p)
        await uow.commit()
        return p.model_dump(mode="json")
