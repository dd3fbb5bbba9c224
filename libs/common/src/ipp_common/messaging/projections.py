"""A local projection of register membership (Art. 25.5: support needs inclusion in the register), kept by
services that must know a producer's status without calling the registry: measures and contracts.
Fed only by ``registry.producer.*`` events; an older event never overwrites a newer state."""
from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from sqlmodel import Field, SQLModel

from ipp_common.events.envelope import CloudEvent
from ipp_common.events.registry import ProducerExcluded, ProducerIncluded
from ipp_common.messaging.delivery import Delivery, Handler
from ipp_common.persistence.columns import tz_column
from ipp_common.persistence.unit_of_work import UnitOfWork


class RegisterMembership(SQLModel, table=True):
    __tablename__ = "register_membership"
    bin: str = Field(primary_key=True, max_length=12)
    included: bool
    entry_id: uuid.UUID | None = None
    ground: str | None = Field(default=None, max_length=40)
    as_of: datetime = Field(sa_column=tz_column())
    last_event_id: str = Field(max_length=64)


AfterChange = Callable[[UnitOfWork, CloudEvent, RegisterMembership], Awaitable[None]]


async def membership_of(uow: UnitOfWork, bin_: str) -> RegisterMembership | None:
    return await uow.session.get(RegisterMembership, bin_)


def register_membership_handlers(after_change: AfterChange | None = None) -> dict[str, Handler]:
    async def apply(event: CloudEvent, delivery: Delivery) -> None:
        p: Any = (ProducerIncluded if event.type == "registry.producer.included" else ProducerExcluded) \
            .model_validate(event.data)
        async with delivery.unit_of_work() as uow:
            row = await uow.session.get(RegisterMembership, p.bin)
            if row is not None and row.as_of.replace(tzinfo=None) > event.time.replace(tzinfo=None):
                await uow.commit()  # stale, out-of-order event: the newer state stays
                return
            row = row or RegisterMembership(bin=p.bin, included=False, as_of=event.time, last_event_id=event.id)
            row.included = event.type == "registry.producer.included"
            row.entry_id = p.entry_id
            row.ground = getattr(p, "ground", None) or getattr(p, "basis", None)
            row.as_of, row.last_event_id = event.time, event.id
            uow.session.add(row)
            if after_change is not None:
                await after_change(uow, event, row)
            await uow.commit()
    return {"registry.producer.included": apply, "registry.producer.excluded": apply}
