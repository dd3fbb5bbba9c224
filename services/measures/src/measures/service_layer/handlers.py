"""Measures use cases (Art. 25 … 28, 42, 62 … 65)."""
from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

from ipp_common.events import measures as ev
from ipp_common.events.envelope import CloudEvent
from ipp_common.events.measures import MeasureApplicationStatus as Status
from ipp_common.law.calendar import local_date
from ipp_common.law.errors import Conflict, NotFound, Rejected
from ipp_common.law.principal import Principal
from ipp_common.law.words import exclusion_flag
from ipp_common.messaging.delivery import Handler
from ipp_common.messaging.projections import RegisterMembership, membership_of, register_membership_handlers
from ipp_common.persistence.unit_of_work import UnitOfWork

from measures.adapters import catalogue
from measures.adapters.orm import Agreement, MeasureApplication, ObligationReport, RefundDemand
from measures.adapters.unit_of_work import MeasuresUnitOfWork
from measures.domain import rules
from measures.schemas import (
    AgreementCreate,
    BreachCreate,
    Expertise,
    MeasureApplicationCreate,
    RefundCreate,
    ReportCreate,
)
from measures.service_layer.context import MeasuresContext


async def _flag_agreements(uow: UnitOfWork, event: CloudEvent, row: RegisterMembership) -> None:
    """A producer excluded from the register: its active agreements are flagged for review at once, from
    the registry's event (not a nightly batch), with a notice to the producer."""
    if row.included:
        return
    excluded_on = local_date(event.time)  # the Almaty date a person reads, not the UTC one
    for a in await uow.repo.agreements(row.bin, status=rules.AgreementStatus.active):  # type: ignore[attr-defined]  # the projection calls back with this service's unit of work
        a.status, a.flag = rules.AgreementStatus.flagged_for_review, "register_exclusion"
        a.flag_kk, a.flag_ru = (exclusion_flag(row.ground, excluded_on, lang) for lang in ("kk", "ru"))
        uow.session.add(a)
        uow.publish(ev.AgreementFlagged(agreement_id=a.id, bin=a.bin, reason=a.flag, flagged_at=event.time,
                                        ground=row.ground, excluded_on=excluded_on),
                    subject=str(a.id), recipient=a.bin)


def make_handlers(ctx: MeasuresContext) -> dict[str, Handler]:
    """The consumer's handlers by event type."""
    return register_membership_handlers(after_change=_flag_agreements)


async def register_condition(uow: MeasuresUnitOfWork, bin_: str) -> dict[str, Any]:
    """Art. 25.5: a recipient of state support must be in the register of Kazakhstani producers."""
    async with uow:
        row = await membership_of(uow, bin_)
        met = bool(row and row.included)
        return {"bin": bin_, "condition": "in_register_of_kazakhstani_producers", "article": "25.5",
                "met": met, "as_of": row.as_of.isoformat() if row else None}


async def apply(uow: MeasuresUnitOfWork, ctx: MeasuresContext, cmd: MeasureApplicationCreate,
                principal: Principal) -> dict[str, Any]:
    today = ctx.clock.today()
    m = catalogue.measure(cmd.measure, today)
    if m is None:
        raise Rejected("unknown_measure", "Unknown measure", f"{cmd.measure} is not in the catalogue",
                           field="measure", article="29")
    async with uow:
        row = await membership_of(uow, principal.bin or "")
        has_assembly = bool([a for a in await uow.repo.agreements(principal.bin or "", kind=rules.AgreementKind.assembly)
                             if a.status == rules.AgreementStatus.active])
        failures = rules.eligibility_failures(
            goods=cmd.goods, priority=set(catalogue.priority_goods(today)),
            counter_obligations_accepted=cmd.counter_obligations_accepted, documents=set(cmd.documents),
            required_documents=set(m["required_documents"]), in_register=bool(row and row.included),
            requires_assembly_agreement=bool(m.get("requires_assembly_agreement")), has_assembly_agreement=has_assembly)
        status = Status.refused if failures else Status.expertise if m.get("expertise") else Status.granted
        scores = {str(k): v for k, v in cmd.scores.items()}
        a = MeasureApplication(bin=principal.bin or "", measure=cmd.measure, goods=cmd.goods, region=cmd.region,
                               amount_kzt=cmd.amount_kzt, counter_obligations_accepted=cmd.counter_obligations_accepted,
                               documents=cmd.documents, scores=scores, score=rules.score(scores),
                               status=status, grounds=failures)
        uow.repo.add(a)
        uow.publish(ev.MeasureApplicationDecided(application_id=a.id, bin=a.bin, measure=a.measure, outcome=status,
                                                 grounds=failures, score=a.score, measure_name_kk=m["name_kk"],
                                                 measure_name_ru=m["name_ru"]), subject=str(a.id), recipient=a.bin)
        uow.audit(actor=principal.sub, role=principal.role, actor_bin=principal.bin, action="measure.apply",
                  resource="measure_application", resource_id=str(a.id), detail={"status": status})
        await uow.commit()
        return a.model_dump(mode="json")


async def expertise(uow: MeasuresUnitOfWork, ctx: MeasuresContext, application_id: uuid.UUID, cmd: Expertise,
                    principal: Principal) -> dict[str, Any]:
    async with uow:
        a = await uow.repo.get(MeasureApplication, application_id)
        if a is None:
            raise NotFound("measure application")
        if a.status != Status.expertise:
            raise Conflict("the application is not in expertise", code="not_in_expertise")
        a.status = Status.granted if cmd.outcome == "positive" else Status.refused
        a.expertise = {**cmd.model_dump(), "by": principal.sub}
        uow.repo.add(a)
        m = catalogue.measure(a.measure, ctx.clock.today()) or {}
        uow.publish(ev.MeasureApplicationDecided(application_id=a.id, bin=a.bin, measure=a.measure, outcome=a.status,
                                                 measure_name_kk=m.get("name_kk"), measure_name_ru=m.get("name_ru"),
                                                 grounds=[] if a.status == Status.granted else
                                                 [{"ground": "expertise_negative", "article": "42",
                                                   "detail": cmd.conclusion}], score=a.score),
                    subject=str(a.id), recipient=a.bin)
        await uow.commit()
        return a.model_dump(mode="json")


async def conclude(uow: MeasuresUnitOfWork, ctx: MeasuresContext, cmd: AgreementCreate,
                   principal: Principal) -> dict[str, Any]:
    """An agreement grants measures, so the recipient must meet Art. 25.5 as a measure application must
    (in the register of Kazakhstani producers), every measure application it names must be this recipient's,
    for that measure, and granted; a competitiveness agreement is also subject to the Art. 28.4 ban."""
    async with uow:
        row = await membership_of(uow, cmd.bin)
        if not (row and row.included):
            g = rules.GROUNDS["not_in_register"]
            raise Rejected("not_in_register", "The recipient is not in the register",
                               f"{g.text_ru} (BIN {cmd.bin}).", article="25.5", field="bin")
        today = ctx.clock.today()
        for i, m in enumerate(cmd.measures):
            entry = catalogue.measure(m.measure, today)
            if entry is None:
                raise Rejected("unknown_measure", "Unknown measure", f"{m.measure} is not in the catalogue on "
                               f"{today.isoformat()}.", field=f"measures[{i}].measure", article="29")
            required = entry.get("application_required")
            if m.application_id is None:
                if required:  # Art. 42.3: the statutory expertise and the Art. 25.5 checks are not skipped
                    raise Rejected("measure_requires_application", "This measure is given only on an application",
                                   f"{m.measure} is given only on the recipient's application that passed "
                                   f"expertise and was granted ({required['basis']}); name it as application_id.",
                                   article=required["article"], field=f"measures[{i}].application_id",
                                   extra={"basis": required["basis"]})
                continue
            app = await uow.repo.get(MeasureApplication, m.application_id)
            passed = app is not None and (not entry.get("expertise") or (app.expertise or {}).get("outcome") == "positive")
            if app is None or app.bin != cmd.bin or app.measure != m.measure or app.status != Status.granted or not passed:
                found = "none" if app is None or app.bin != cmd.bin else f"{app.measure}, {app.status}"
                raise Rejected("measure_application_not_granted", "The named measure application does not "
                                   "grant this measure", f"Application {m.application_id} must be this recipient's "
                                   f"granted application for {m.measure}; found: {found}.",
                                   article=required["article"] if required else "25.6",
                                   field=f"measures[{i}].application_id")
        if cmd.kind == rules.AgreementKind.competitiveness:
            previous = [{**a.model_dump(mode="json"),
                         "reports": [r.model_dump(mode="json") for r in await uow.repo.reports(a.id)]}
                        for a in await uow.repo.agreements(cmd.bin, kind=rules.AgreementKind.competitiveness)]
            ban = rules.repeat_ban(previous)
            if ban is not None:
                why = (f"was breached ({ban['breach']['reason']})" if "breach" in ban else
                       f"reported a fulfilment level of {ban['unfulfilled']['level']} for {ban['unfulfilled']['period']}")
                raise Rejected("repeat_agreement_banned", "Earlier counter-obligations were not fulfilled",
                                   f"Agreement {ban['agreement_id']} {why}; not beyond the recipient's control.",
                                   article="28.4", extra={"previous": ban})
        if cmd.end <= cmd.start:
            raise Rejected("term_invalid", "The agreement must end after it starts", field="end")
        a = Agreement(bin=cmd.bin, kind=cmd.kind, region=cmd.region, status=rules.AgreementStatus.active,
                      start=cmd.start, end=cmd.end,
                      measures=[m.model_dump(mode="json") for m in cmd.measures],
                      obligations=[o.model_dump(mode="json") for o in cmd.obligations])
        uow.repo.add(a)
        amount = sum((m.amount_kzt for m in cmd.measures), Decimal(0))
        uow.publish(ev.AgreementConcluded(agreement_id=a.id, bin=a.bin, kind=a.kind, start=a.start, end=a.end,
                                          amount_kzt=amount), subject=str(a.id), recipient=a.bin)
        uow.audit(actor=principal.sub, role=principal.role, action="agreement.conclude", resource="agreement",
                  resource_id=str(a.id))
        await uow.commit()
        return a.model_dump(mode="json")


async def _agreement(uow: MeasuresUnitOfWork, agreement_id: uuid.UUID, principal: Principal) -> Agreement:
    a = await uow.repo.get(Agreement, agreement_id)
    if a is None or not principal.can_see_bin(a.bin):
        raise NotFound("agreement")
    return a


def _levels(a: Agreement, actuals: dict[str, Any]) -> tuple[dict[str, str], Decimal]:
    levels = {str(i): rules.obligation_level(Decimal(str(o["target"])), Decimal(str(actuals.get(str(i), 0))))
              for i, o in enumerate(a.obligations)}
    level = rules.agreement_level([(levels[str(i)], Decimal(str(o.get("weight", 1))))
                                   for i, o in enumerate(a.obligations)])
    return {k: str(v) for k, v in levels.items()}, level


async def report(uow: MeasuresUnitOfWork, ctx: MeasuresContext, agreement_id: uuid.UUID, cmd: ReportCreate,
                 principal: Principal) -> dict[str, Any]:
    """Monitoring: the achieved level per obligation and per agreement (Art. 27, 28.3)."""
    async with uow:
        a = await _agreement(uow, agreement_id, principal)
        if principal.role == "applicant" and principal.bin != a.bin:
            raise NotFound("agreement")
        if any(r.period == cmd.period for r in await uow.repo.reports(a.id)):
            raise Conflict(f"the report for {cmd.period} was submitted already", code="report_exists",
                           field="period")
        actuals = {str(k): str(v) for k, v in cmd.actuals.items()}
        levels, level = _levels(a, actuals)
        today = ctx.clock.today()
        year = int(cmd.period[:4])
        due = date(year + 1, 4, 1) if "Q" not in cmd.period else rules.add_months(
            date(year, 3 * int(cmd.period[-1]) - 2, 1), 4)
        r = ObligationReport(agreement_id=a.id, period=cmd.period, actuals=actuals, levels=levels,
                             level=level.quantize(Decimal("0.000001")), submitted_on=today, late=today > due)
        uow.repo.add(r)
        await uow.commit()
        return {**r.model_dump(mode="json"), "due": due.isoformat()}


async def breach(uow: MeasuresUnitOfWork, ctx: MeasuresContext, agreement_id: uuid.UUID, cmd: BreachCreate,
                 principal: Principal) -> dict[str, Any]:
    async with uow:
        a = await _agreement(uow, agreement_id, principal)
        today = ctx.clock.today()
        b: dict[str, Any] = {"id": str(uuid.uuid4()), "reason": cmd.reason, "beyond_control": cmd.beyond_control,
             "notified_on": today.isoformat(), "cured_on": None,
             "cure_due": rules.cure_due(today).isoformat() if a.kind == rules.AgreementKind.assembly else None}
        a.breaches = [*a.breaches, b]
        uow.repo.add(a)
        uow.publish(ev.BreachNotified(agreement_id=a.id, bin=a.bin, breach_id=uuid.UUID(b["id"]), reason=cmd.reason,
                                      cure_due=date.fromisoformat(b["cure_due"]) if b["cure_due"] else None),
                    subject=str(a.id), recipient=a.bin)
        await uow.commit()
        return a.model_dump(mode="json")


async def cure(uow: MeasuresUnitOfWork, ctx: MeasuresContext, agreement_id: uuid.UUID, breach_id: str,
               principal: Principal) -> dict[str, Any]:
    async with uow:
        a = await _agreement(uow, agreement_id, principal)
        today = ctx.clock.today()
        bs = [dict(b) for b in a.breaches]
        b = next((x for x in bs if x["id"] == breach_id), None)
        if b is None:
            raise NotFound("breach")
        if b["cured_on"] or a.status == rules.AgreementStatus.terminated:
            raise Conflict("the breach is closed", code="breach_closed")
        if b["cure_due"] and today > date.fromisoformat(b["cure_due"]):
            raise Rejected("cure_period_over", "The cure period is over", f"It ended on {b['cure_due']}.",
                               article="62.4")
        b["cured_on"] = today.isoformat()
        a.breaches = bs
        uow.repo.add(a)
        await uow.commit()
        return a.model_dump(mode="json")


async def terminate_uncured(uow: MeasuresUnitOfWork, ctx: MeasuresContext) -> list[str]:
    """Art. 62.4: an assembly agreement whose breach is not cured within three months of the notice is
    terminated unilaterally."""
    today, out = ctx.clock.today(), []
    async with uow:
        for a in await uow.repo.all_agreements():
            if a.kind != rules.AgreementKind.assembly or a.status == rules.AgreementStatus.terminated:
                continue
            late = [b for b in a.breaches if not b["cured_on"] and b["cure_due"] and today > date.fromisoformat(b["cure_due"])]
            if late:
                a.status = rules.AgreementStatus.terminated
                uow.repo.add(a)
                uow.publish(ev.AgreementTerminated(agreement_id=a.id, bin=a.bin, terminated_on=today,
                                                   reason="breach_not_cured", cure_due=late[0]["cure_due"],
                                                   breach_reason=late[0]["reason"]),
                            subject=str(a.id), recipient=a.bin)
                out.append(str(a.id))
        await uow.commit()
    return out


async def demand_refund(uow: MeasuresUnitOfWork, ctx: MeasuresContext, agreement_id: uuid.UUID, cmd: RefundCreate,
                        principal: Principal) -> dict[str, Any]:
    """Art. 27.4: the refund for unfulfilled counter-obligations, computed and stored with its inputs."""
    async with uow:
        a = await _agreement(uow, agreement_id, principal)
        reports = await uow.repo.reports(a.id)
        if not reports:
            raise Rejected("no_reports", "No monitoring report", "The achieved level comes from reports.",
                               article="27.4")
        latest = reports[-1]
        level = Decimal(latest.level)
        demanded_on = cmd.demanded_on or ctx.clock.today()
        total = {"principal": Decimal(0), "interest": Decimal(0), "refund": Decimal(0)}
        per_measure = []
        for m in a.measures:
            r = rules.refund(Decimal(str(m["amount_kzt"])), level, date.fromisoformat(m["disbursed_on"]), demanded_on,
                             ctx.ref.base_rate)
            per_measure.append({"measure": m["measure"], **r})
            for k in total:
                total[k] += Decimal(r[k])
        d = RefundDemand(agreement_id=a.id, demanded_on=demanded_on, refund_kzt=total["refund"],
                         inputs={"level": str(level), "report_period": latest.period, "measures": a.measures,
                                 "formula": "principal = received × (1 − level); interest = Σ principal × base_rate × "
                                            "days / 365 / 100; refund = principal + interest",
                                 "base_rate_series": [{"from": v.effective_from.isoformat(), "rate_pct": str(v.value),
                                                       "basis": v.basis} for v in ctx.ref.series("nbk_base_rate_pct")]},
                         result={"per_measure": per_measure, **{k: str(v) for k, v in total.items()}})
        uow.repo.add(d)
        if total["refund"] > 0:
            uow.publish(ev.RefundDemanded(demand_id=d.id, agreement_id=a.id, bin=a.bin, principal=total["principal"],
                                          interest=total["interest"], refund=total["refund"], level=level,
                                          demanded_on=demanded_on), subject=str(a.id), recipient=a.bin)
        await uow.commit()
        return d.model_dump(mode="json")


async def agreement_view(uow: MeasuresUnitOfWork, agreement_id: uuid.UUID, principal: Principal) -> dict[str, Any]:
    async with uow:
        a = await _agreement(uow, agreement_id, principal)
        return {**a.model_dump(mode="json"),
                "reports": [r.model_dump(mode="json") for r in await uow.repo.reports(a.id)],
                "refund_demands": [d.model_dump(mode="json") for d in await uow.repo.demands(a.id)]}


async def transparency(uow: MeasuresUnitOfWork) -> dict[str, Any]:
    """Art. 4.4, 5: aggregates only — no company's private filings."""
    async with uow:
        by_kind: dict[str, dict[str, Any]] = defaultdict(lambda: {"count": 0, "amount_kzt": Decimal(0)})
        by_region: dict[str, dict[str, Any]] = defaultdict(lambda: {"count": 0, "amount_kzt": Decimal(0)})
        by_year: dict[str, dict[str, Any]] = defaultdict(lambda: {"count": 0, "amount_kzt": Decimal(0)})
        for a in await uow.repo.granted():
            for key, agg in ((a.measure, by_kind), (a.region or "unknown", by_region), (str(a.decided_at.year), by_year)):
                agg[key]["count"] += 1
                agg[key]["amount_kzt"] += a.amount_kzt
        levels: list[Decimal] = []
        quantum = Decimal("0.0001")
        for ag in await uow.repo.all_agreements():
            rs = await uow.repo.reports(ag.id)
            if rs:
                levels.append(Decimal(rs[-1].level))
        fmt = lambda d: {k: {"count": v["count"], "amount_kzt": str(v["amount_kzt"])} for k, v in sorted(d.items())}  # noqa: E731
        return {"granted_by_kind": fmt(by_kind), "granted_by_region": fmt(by_region), "granted_by_year": fmt(by_year),
                "counter_obligations": {"agreements_reported": len(levels),
                                        "mean_fulfilment": str((sum(levels, Decimal(0)) / len(levels)).quantize(quantum))
                                        if levels else None,
                                        "fully_fulfilled": sum(1 for x in levels if x >= 1)}}
