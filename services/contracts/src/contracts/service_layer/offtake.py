"""Contracts for industrial development: conclusion, signature, amendments and the pilot batch
(Art. 46-48, 47.8); every change is published to the offtake register."""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from ipp_common.events import contracts as ev
from ipp_common.events.contracts import ContractStatus
from ipp_common.law.errors import Conflict, Forbidden, NotFound, Rejected
from ipp_common.law.principal import Principal, Role

from contracts.adapters.orm import (
    Contract,
    ContractAmendment,
    LargeCustomer,
    ProcurementPlan,
)
from contracts.adapters.unit_of_work import ContractsUnitOfWork
from contracts.domain import rules
from contracts.schemas import (
    AmendmentCreate,
    ContractCreate,
    PilotResult,
)
from contracts.service_layer.context import ContractsContext
from contracts.service_layer.shared import (
    invalid,
    load_contract,
    party_of,
    public,
    publish_contract_event,
    volumes_by_year,
)


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
        c = Contract(kind=kind, status=ContractStatus.awaiting_supplier, customer_bin=customer.bin, supplier_bin=cmd.supplier_bin,
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


async def sign(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID,
               principal: Principal) -> dict[str, Any]:
    async with uow:
        c = await load_contract(uow, contract_id, principal)
        if party_of(c, principal) != "supplier" or c.status != ContractStatus.awaiting_supplier:
            raise Conflict("only the supplier signs a proposed contract", code="contract_state")
        c.status, c.signed_on, c.version = ContractStatus.signed, ctx.clock.today(), c.version + 1
        if c.plan_id is not None:
            plan = await uow.repo.get(ProcurementPlan, c.plan_id)
            if plan is not None and plan.conclusion_due is not None and c.signed_on > plan.conclusion_due:
                c.overdue = [*c.overdue, "conclusion"]  # Art. 47.7: concluded after the plan's deadline
        uow.repo.add(c)
        publish_contract_event(uow, ev.ContractSigned, c, {"signed_on": c.signed_on}, ctx.clock.now())
        await uow.commit()
        return public(c)


async def amend(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID, cmd: AmendmentCreate,
                principal: Principal) -> dict[str, Any]:
    """Every change is an amendment with its rationale, the signatures it needs and dates in order."""
    async with uow:
        c = await load_contract(uow, contract_id, principal)
        party = party_of(c, principal)
        if c.status != ContractStatus.signed:
            raise Conflict(f"contract is {c.status}", code="contract_state")
        previous = await uow.repo.amendments(c.id)
        last_date = max([c.signed_on or c.term_start, *(a.effective_on for a in previous)])
        if cmd.effective_on < last_date:
            raise Rejected("amendment_date_order", "Dates out of order",
                               f"An amendment takes effect on or after {last_date.isoformat()}.", field="effective_on")
        before = obligations_of(c)
        new_goods = None if cmd.goods is None else [g.model_dump(mode="json") for g in cmd.goods]
        after = before.amended(goods=None if new_goods is None else frozenset(g["tnved"] for g in new_goods),
                               volumes=cmd.volumes, unit_price=cmd.unit_price_kzt, term_start=cmd.term_start,
                               term_end=cmd.term_end)
        kind = rules.ContractKind(c.kind)
        problems = rules.amendment_problems(kind, unilateral=cmd.mode == "unilateral",
                                            reductions=rules.reductions(before, after),
                                            adds_technical_requirements=_adds_requirements(c.goods, new_goods))
        if not problems:  # what the contract must still contain once amended (a longer term needs its volumes)
            problems = [p for p in rules.content_problems(
                kind, goods=new_goods if new_goods is not None else c.goods, volumes=after.volumes,
                start=after.term_start, end=after.term_end, min_icv_pct=c.min_icv_pct,
                icv_programme_obligation=c.icv_programme_obligation, liability=c.liability)
                if p[0] in ("term_end", "volumes")]
        if problems:
            raise invalid(problems, "amendment_refused", "Amendment refused")
        changes: dict[str, Any] = {}
        if after.volumes != before.volumes:
            changes["volumes"] = {str(y): str(v) for y, v in after.volumes.items()}  # the whole schedule
        if after.unit_price != before.unit_price:
            changes["unit_price_kzt"] = str(after.unit_price)
        if after.term_start != before.term_start:
            changes["term_start"] = after.term_start.isoformat()
        if after.term_end != before.term_end:
            changes["term_end"] = after.term_end.isoformat()
        if new_goods is not None and new_goods != c.goods:
            changes["goods"] = new_goods
        if not changes:
            raise Rejected("amendment_empty", "The amendment changes nothing",
                           "An amendment names at least one term that differs from the contract's.", field="volumes")
        a = ContractAmendment(contract_id=c.id, seq=len(previous) + 1, mode=cmd.mode, rationale=cmd.rationale,
                              changes=changes, before={"volumes": c.volumes, "unit_price_kzt": str(c.unit_price_kzt),
                                                       "term_start": c.term_start.isoformat(),
                                                       "term_end": c.term_end.isoformat(), "goods": c.goods},
                              signed_by=[party], status="proposed", proposed_on=ctx.clock.today(),
                              effective_on=cmd.effective_on)
        uow.repo.add(a)
        if cmd.mode == "unilateral":
            _apply(uow, ctx, c, a)
        await uow.commit()
        return a.model_dump(mode="json")


def obligations_of(c: Contract) -> rules.CustomerObligations:
    return rules.CustomerObligations(goods=frozenset(g["tnved"] for g in c.goods), volumes=volumes_by_year(c.volumes),
                                     unit_price=c.unit_price_kzt, term_start=c.term_start, term_end=c.term_end)


def _adds_requirements(old: list[dict[str, Any]], new: list[dict[str, Any]] | None) -> bool:
    """Art. 47.8: a good that was not in the contract, or a good whose specifications change, adds technical
    requirements after signing; a good removed adds none (it is a reduction, Art. 48.2)."""
    if new is None:
        return False
    specs = {g["tnved"]: g.get("specs") for g in old}
    return any(g["tnved"] not in specs or g.get("specs") != specs[g["tnved"]] for g in new)


def _apply(uow: ContractsUnitOfWork, ctx: ContractsContext, c: Contract, a: ContractAmendment) -> None:
    ch = a.changes
    after = obligations_of(c).amended(
        volumes=volumes_by_year(ch.get("volumes") or {}),
        unit_price=Decimal(ch["unit_price_kzt"]) if "unit_price_kzt" in ch else None,
        term_start=date.fromisoformat(ch["term_start"]) if "term_start" in ch else None,
        term_end=date.fromisoformat(ch["term_end"]) if "term_end" in ch else None)
    c.volumes = {str(y): str(v) for y, v in after.volumes.items()}
    c.unit_price_kzt, c.term_start, c.term_end = after.unit_price, after.term_start, after.term_end
    if "goods" in ch:
        c.goods = ch["goods"]
    a.status, a.applied_on = "applied", ctx.clock.today()
    c.version += 1
    uow.repo.add(c)
    uow.repo.add(a)
    publish_contract_event(uow, ev.ContractAmended, c, {"amendment": a.seq, "mode": a.mode, "rationale": a.rationale,
                                          "changes": a.changes, "before": a.before, "signed_by": a.signed_by,
                                          "effective_on": a.effective_on}, ctx.clock.now())


async def countersign(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID, seq: int,
                      principal: Principal) -> dict[str, Any]:
    async with uow:
        c = await load_contract(uow, contract_id, principal)
        party = party_of(c, principal)
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
        c = await load_contract(uow, contract_id, principal)
        if party_of(c, principal) != "customer" or c.status != ContractStatus.signed:
            raise Conflict("the customer tests a pilot batch of a signed contract", code="contract_state")
        c.pilot = {"result": cmd.result, "report": cmd.report, "on": ctx.clock.today().isoformat()}
        c.version += 1
        if cmd.result == "negative":
            c.status = ContractStatus.terminated
            publish_contract_event(uow, ev.ContractTerminated, c, {"reason": "pilot_negative", "fault": "supplier",
                                                                   "article": "47.8"}, ctx.clock.now())
        uow.repo.add(c)
        await uow.commit()
        return public(c)


async def contract_with_history(uow: ContractsUnitOfWork, contract_id: uuid.UUID, principal: Principal) -> dict[str, Any]:
    async with uow:
        c = await load_contract(uow, contract_id, principal)
        out = public(c)
        out["amendments"] = [a.model_dump(mode="json") for a in await uow.repo.amendments(c.id)]
        out["deliveries"] = [d.model_dump(mode="json") for d in await uow.repo.deliveries(c.id)]
        out["penalties"] = [p.model_dump(mode="json") for p in await uow.repo.penalties(c.id)]
        return out


async def list_contracts(uow: ContractsUnitOfWork, principal: Principal, *, customer_bin: str | None,
                         supplier_bin: str | None, kind: str | None, status: str | None, cursor: str | None,
                         limit: int) -> dict[str, Any]:
    """Contracts newest first, by customer, supplier, kind and status. A business sees only the contracts it
    is a party to: a customer those it proposed, a supplier those proposed to it."""
    if principal.role == Role.customer:
        customer_bin = principal.bin
    elif principal.role == Role.applicant:
        supplier_bin = principal.bin
    async with uow:
        rows, nxt = await uow.repo.contracts_page(customer_bin=customer_bin, supplier_bin=supplier_bin, kind=kind,
                                                  status=status, cursor=cursor, limit=limit)
        return {"items": [public(c) for c in rows], "next_cursor": nxt}
