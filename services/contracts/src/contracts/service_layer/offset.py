"""Offset contracts: fulfilment of offset obligations and the penalty for what is unfulfilled (Art. 49)."""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from ipp_common.events import contracts as ev
from ipp_common.law.errors import Conflict, NotFound
from ipp_common.law.principal import Principal

from contracts.adapters.orm import Penalty
from contracts.adapters.unit_of_work import ContractsUnitOfWork
from contracts.domain import rules
from contracts.schemas import OffsetFulfilment
from contracts.service_layer.context import ContractsContext
from contracts.service_layer.shared import (
    decimal_text,
    load_contract,
    public,
)


async def offset_fulfilment(uow: ContractsUnitOfWork, ctx: ContractsContext, contract_id: uuid.UUID,
                            cmd: OffsetFulfilment, principal: Principal) -> dict[str, Any]:
    async with uow:
        c = await load_contract(uow, contract_id, principal)
        if c.kind != rules.ContractKind.offset or cmd.index >= len(c.offset_obligations):
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
        c = await load_contract(uow, contract_id, principal)
        if c.kind != rules.ContractKind.offset:
            raise NotFound("offset contract")
        rate = Decimal(str(ctx.ref.value_on("offset_penalty_rate_pct", today)))
        unfulfilled = sum((Decimal(o["amount_kzt"]) - Decimal(o["fulfilled_kzt"]) for o in c.offset_obligations
                           if date.fromisoformat(o["due"]) < today and Decimal(o["fulfilled_kzt"]) < Decimal(o["amount_kzt"])),
                          Decimal(0))
        amount = rules.penalty(unfulfilled, Decimal(1), rate)
        if amount > 0 and any(p.year == today.year and p.reason == "offset_unfulfilled"
                              for p in await uow.repo.penalties(c.id)):
            raise Conflict(f"the offset obligations were already assessed in {today.year}",
                           code="offset_already_assessed", article="49.3")
        if amount > 0:
            uow.repo.add(Penalty(contract_id=c.id, year=today.year, reason="offset_unfulfilled",
                                 inputs={"unfulfilled_kzt": str(unfulfilled), "rate_pct": str(rate)},
                                 penalty_kzt=amount, assessed_on=today))
            uow.publish(ev.PenaltyAssessed(contract_id=c.id, bin=c.supplier_bin, reason="offset_unfulfilled",
                                           year=today.year, shortfall=unfulfilled, rate_pct=rate, penalty_kzt=amount),
                        subject=str(c.id), recipient=c.supplier_bin)
        await uow.commit()
        return {"unfulfilled_kzt": decimal_text(unfulfilled), "rate_pct": decimal_text(rate),
                "penalty_kzt": str(amount), "article": "49.3"}
