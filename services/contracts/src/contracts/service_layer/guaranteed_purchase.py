"""Performance of offtake and guaranteed-purchase contracts: deliveries, acceptance, the year's
shortfall penalty and pledges with banks (Art. 48.1-4, 48-1)."""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from ipp_common.events import contracts as ev
from ipp_common.events.contracts import ContractStatus
from ipp_common.law.errors import Conflict, NotFound, Rejected
from ipp_common.law.principal import Principal

from contracts.adapters.orm import (
    Contract,
    Delivery,
    Penalty,
)
from contracts.adapters.unit_of_work import ContractsUnitOfWork
from contracts.domain import rules
from contracts.schemas import (
    AcceptanceCreate,
    DeliveryCreate,
    PledgeCreate,
)
from contracts.service_layer.context import ContractsContext
from contracts.service_layer.shared import (
    decimal_text,
    load_contract,
    party_of,
    public,
    publish_contract_event,
    volumes_by_year,
)


async def record_delivery(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID,
                          cmd: DeliveryCreate, principal: Principal) -> dict[str, Any]:
    async with uow:
        c = await load_contract(uow, contract_id, principal)
        if party_of(c, principal) != "supplier" or c.status != ContractStatus.signed:
            raise Conflict("the supplier records deliveries under a signed contract", code="contract_state")
        if c.pilot_required and (c.pilot or {}).get("result") != "positive":
            raise Conflict("deliveries open after a positive pilot batch (Art. 47.8)", code="pilot_pending")
        if cmd.year not in rules.term_years(c.term_start, c.term_end):
            raise Rejected("year_outside_term", "Year outside the contract term", field="year")
        today = ctx.clock.today()
        if rules.delivery_in_future(cmd.delivered_on, today):
            raise Rejected("delivery_in_future", "A delivery cannot be dated after today",
                           f"A delivery is a fact: delivered_on {cmd.delivered_on.isoformat()} is after today, "
                           f"{today.isoformat()}.", field="delivered_on", article="48.2")
        d = Delivery(contract_id=c.id, year=cmd.year, quantity=cmd.quantity, delivered_on=cmd.delivered_on)
        uow.repo.add(d)
        c.version += 1
        uow.repo.add(c)
        publish_contract_event(uow, ev.DeliveryRecorded, c, {"delivery": str(d.id), "year": d.year, "quantity": d.quantity},
                 ctx.clock.now())
        await uow.commit()
        return d.model_dump(mode="json")


async def accept_delivery(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID,
                          delivery_id: uuid.UUID, cmd: AcceptanceCreate, principal: Principal) -> dict[str, Any]:
    async with uow:
        c = await load_contract(uow, contract_id, principal)
        d = await uow.repo.get(Delivery, delivery_id)
        if d is None or d.contract_id != c.id:
            raise NotFound("delivery")
        if party_of(c, principal) != "customer" or d.accepted is not None:
            raise Conflict("the customer accepts a delivery once", code="delivery_state")
        if cmd.accepted + cmd.refused_supplier_fault > d.quantity:
            raise Rejected("acceptance_exceeds_delivery", "More than delivered", field="accepted")
        d.accepted, d.refused_supplier_fault, d.acceptance_note = cmd.accepted, cmd.refused_supplier_fault, cmd.note
        uow.repo.add(d)
        c.version += 1
        uow.repo.add(c)
        publish_contract_event(uow, ev.DeliveryRecorded, c, {"delivery": str(d.id), "year": d.year, "accepted": d.accepted,
                                               "refused_supplier_fault": d.refused_supplier_fault}, ctx.clock.now())
        await uow.commit()
        return d.model_dump(mode="json")


async def acceptance(uow: ContractsUnitOfWork, contract_id: uuid.UUID, year: int, principal: Principal,
                     ctx: ContractsContext) -> dict[str, Any]:
    async with uow:
        c = await load_contract(uow, contract_id, principal)
        return _acceptance(c, await uow.repo.deliveries(c.id, year), year, ctx)


def _acceptance(c: Contract, ds: list[Delivery], year: int, ctx: ContractsContext) -> dict[str, Any]:
    years = rules.term_years(c.term_start, c.term_end)
    if year not in years:
        raise Rejected("year_outside_term", "Year outside the contract term", field="year")
    idx = years.index(year) + 1
    contracted = volumes_by_year(c.volumes).get(year, Decimal(0))
    accepted = sum((d.accepted or Decimal(0) for d in ds), Decimal(0))
    supplier_fault = sum((d.refused_supplier_fault or Decimal(0) for d in ds), Decimal(0))
    shortfall = rules.acceptance_shortfall(idx, contracted, accepted, supplier_fault)
    rate = Decimal(str(ctx.ref.value_on("offtake_penalty_rate_pct", date(year, 12, 31))))
    figures = {"contracted": contracted, "required": rules.required_acceptance(idx, contracted),
               "accepted": accepted, "refused_supplier_fault": supplier_fault, "shortfall": shortfall,
               "rate_pct": rate, "unit_price_kzt": c.unit_price_kzt}
    return {"contract_id": str(c.id), "year": year, "year_index": idx,
            **{k: decimal_text(v) for k, v in figures.items()},
            "penalty_kzt": str(rules.penalty(shortfall, c.unit_price_kzt, rate)), "article": "48.2, 48.4"}


async def close_year(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID, year: int,
                     principal: Principal) -> dict[str, Any]:
    """At the end of a contract year the shortfall in acceptance not caused by the supplier becomes a penalty."""
    async with uow:
        c = await load_contract(uow, contract_id, principal)
        if c.kind != rules.ContractKind.offtake:
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
        c = await load_contract(uow, contract_id, principal)
        if party_of(c, principal) != "supplier" or c.kind == rules.ContractKind.offset or c.status != ContractStatus.signed:
            raise Conflict("the supplier pledges a signed offtake or guaranteed-purchase contract", code="contract_state")
        c.pledges = [*c.pledges, cmd.model_dump(mode="json")]
        c.version += 1
        uow.repo.add(c)
        publish_contract_event(uow, ev.ContractPledged, c, {"pledge": cmd.model_dump(mode="json")}, ctx.clock.now())
        await uow.commit()
        return public(c)
