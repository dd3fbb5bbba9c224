"""The events contracts consumes: the register-membership projection (Art. 51-6 exclusions seen from
contracts) — an excluded supplier's contracts are flagged for review — and the supplier's register status
read from it by BIN."""
from __future__ import annotations

from typing import Any

from ipp_common.events import contracts as ev
from ipp_common.events.envelope import CloudEvent
from ipp_common.law.errors import NotFound
from ipp_common.messaging.delivery import Handler
from ipp_common.messaging.projections import RegisterMembership, membership_of, register_membership_handlers
from ipp_common.persistence.unit_of_work import UnitOfWork

from contracts.adapters.unit_of_work import ContractsUnitOfWork
from contracts.service_layer.context import ContractsContext
from contracts.service_layer.shared import publish_contract_event


async def _flag_contracts(uow: UnitOfWork, event: CloudEvent, row: RegisterMembership) -> None:
    """A supplier excluded from the register: its contracts are flagged for review (events feed the offtake
    register, which shows the supplier's status)."""
    if row.included:
        return
    for c in await uow.repo.contracts_of_supplier(row.bin):  # type: ignore[attr-defined]  # the projection calls back with this service's unit of work
        c.flagged, c.version = f"supplier excluded from the register ({row.ground})", c.version + 1
        uow.session.add(c)
        publish_contract_event(uow, ev.ContractFlagged, c, {"reason": c.flagged, "registry_event": event.id},
                               event.time)


def make_handlers(ctx: ContractsContext) -> dict[str, Handler]:
    """The consumer's handlers by event type."""
    return register_membership_handlers(after_change=_flag_contracts)


async def supplier_register_status(uow: ContractsUnitOfWork, bin_: str) -> dict[str, Any]:
    async with uow:
        row = await membership_of(uow, bin_)
        if row is None:
            raise NotFound("supplier register status")
        return row.model_dump(mode="json")
