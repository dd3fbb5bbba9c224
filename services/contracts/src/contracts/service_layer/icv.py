"""ICV development programmes of large customers (Art. 61-1)."""
from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from ipp_common.events import contracts as ev
from ipp_common.law.errors import Conflict, NotFound
from ipp_common.law.principal import Principal

from contracts.adapters.orm import IcvProgramme
from contracts.adapters.unit_of_work import ContractsUnitOfWork
from contracts.domain import rules
from contracts.schemas import (
    ProgrammeCreate,
    ProgrammeReport,
)
from contracts.service_layer.shared import invalid


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
