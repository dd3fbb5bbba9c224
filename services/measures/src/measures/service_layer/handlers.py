"""Measures use cases. Today: the register condition of Art. 25.5 from the local projection, which is
kept from registry events (no synchronous call, no shared database)."""
from __future__ import annotations

from typing import Any

from ipp_common.projections import membership_of, register_membership_handlers
from measures.adapters.unit_of_work import MeasuresUnitOfWork

HANDLERS = register_membership_handlers()


async def register_condition(uow: MeasuresUnitOfWork, bin_: str) -> dict[str, Any]:
    """Art. 25.5: a recipient of state support must be in the register of Kazakhstani producers."""
    async with uow:
        row = await membership_of(uow, bin_)
        met = bool(row and row.included)
        return {"bin": bin_, "condition": "in_register_of_kazakhstani_producers", "article": "25.5",
                "met": met, "as_of": row.as_of.isoformat() if row else None}
