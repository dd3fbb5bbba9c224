"""Contracts use cases. Today: the supplier's register status, from the local projection (Art. 48.6: the
offtake register shows the supplier's status)."""
from __future__ import annotations

from typing import Any

from contracts.adapters.unit_of_work import ContractsUnitOfWork
from ipp_common.problems import NotFound
from ipp_common.projections import membership_of, register_membership_handlers

HANDLERS = register_membership_handlers()


async def supplier_register_status(uow: ContractsUnitOfWork, bin_: str) -> dict[str, Any]:
    async with uow:
        row = await membership_of(uow, bin_)
        if row is None:
            raise NotFound("supplier register status")
        return row.model_dump(mode="json")
