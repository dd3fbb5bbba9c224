"""Helpers every contract family shares: loading a contract as a party may see it, naming the party,
publishing the contract's state as an event, and the problem built from a list of broken rules."""
from __future__ import annotations

import json
import uuid
from decimal import Decimal
from typing import Any

from ipp_common.events import spec_for
from ipp_common.law.errors import Forbidden, NotFound, Rejected
from ipp_common.law.principal import Principal, Role
from ipp_common.persistence.unit_of_work import UnitOfWork

from contracts.adapters.orm import Contract
from contracts.adapters.unit_of_work import ContractsUnitOfWork


def invalid(problems: list[tuple[str, str, str]], code: str, title: str) -> Rejected:
    return Rejected(code, title, "; ".join(p[1] for p in problems), field=problems[0][0], article=problems[0][2],
                    errors=[{"field": f, "rule": code, "message": text, "article": a} for f, text, a in problems])


def volumes_by_year(d: dict[Any, Any]) -> dict[int, Decimal]:
    """The contract's volumes as stored (JSON: year text → decimal text), keyed by year."""
    return {int(k): Decimal(str(v)) for k, v in d.items()}


def publish_contract_event(uow: UnitOfWork, cls: type[Any], c: Contract, change: dict[str, Any], at: Any) -> None:
    """Every change carries the contract's whole state, so the offtake register is a fold of these events."""
    uow.publish(cls(contract_id=c.id, kind=c.kind, status=c.status, customer_bin=c.customer_bin,
                    supplier_bin=c.supplier_bin, goods=c.goods, volumes=volumes_by_year(c.volumes),
                    unit_price_kzt=c.unit_price_kzt, term_start=c.term_start, term_end=c.term_end, min_icv_pct=c.min_icv_pct,
                    pledged_to=[p["bank"] for p in c.pledges], flagged=c.flagged, version=c.version, changed_at=at,
                    change=json.loads(json.dumps(change, default=str))),
                subject=str(c.id), recipient=c.supplier_bin if spec_for(cls.__event_type__).addressed else None,
                sequence=c.version)


def public(c: Contract) -> dict[str, Any]:
    return c.model_dump(mode="json")


async def load_contract(uow: ContractsUnitOfWork, contract_id: uuid.UUID, principal: Principal) -> Contract:
    """The contract, or 404 when it does not exist or the principal is a business that is not a party to it."""
    c = await uow.repo.get(Contract, contract_id)
    if c is None or (principal.role in (Role.applicant, Role.customer)
                     and principal.bin not in (c.customer_bin, c.supplier_bin)):
        raise NotFound("contract")
    return c


def party_of(c: Contract, principal: Principal) -> str:
    """Which side of the contract the principal signs for."""
    if principal.bin == c.customer_bin and principal.role == Role.customer:
        return "customer"
    if principal.bin == c.supplier_bin:
        return "supplier"
    raise Forbidden("not_a_party", "Not a party to this contract")


def decimal_text(d: Decimal) -> str:
    """A quantity without trailing zeros: 40.000 → 40, 12.50 → 12.5."""
    return format(d.normalize(), "f")
