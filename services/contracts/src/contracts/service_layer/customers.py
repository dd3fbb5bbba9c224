"""Large customers (Art. 1.25, 47-1.1): who may submit procurement plans and conclude contracts."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from ipp_common.law.errors import NotFound, Rejected
from ipp_common.law.principal import Principal

from contracts.adapters.orm import LargeCustomer
from contracts.adapters.unit_of_work import ContractsUnitOfWork
from contracts.domain import rules
from contracts.schemas import LargeCustomerCreate
from contracts.service_layer.context import ContractsContext


def _text(d: Decimal | None) -> str | None:
    """A figure as stored (decimal text), and a figure not given as null, never the text "None"."""
    return None if d is None else str(d)


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
                          figures={"output_kzt": _text(cmd.output_kzt), "region_output_kzt": _text(cmd.region_output_kzt)},
                          annual_purchases_kzt={str(y): str(v) for y, v in cmd.annual_purchases_kzt.items()})
        await uow.session.merge(c)
        uow.audit(actor=principal.sub, role=principal.role, action="large_customer.register",
                  resource="large_customer", resource_id=cmd.bin)
        await uow.commit()
        return c.model_dump(mode="json")


async def get_customer(uow: ContractsUnitOfWork, bin_: str, principal: Principal) -> dict[str, Any]:
    """A registered large customer: for the Ministry, and for the customer itself."""
    async with uow:
        c = await uow.repo.get(LargeCustomer, bin_)
        if c is None or not principal.can_see_bin(bin_):
            raise NotFound("large customer")
        return c.model_dump(mode="json")
