"""What a consumer's handler is given (``Delivery``), the handler's type, and the failure no retry can fix
(``PermanentError``; the transient ones are ``service.outages``)."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import bindparam
from sqlmodel import select

from ipp_common.events.envelope import CloudEvent
from ipp_common.persistence.engine import autocommit_connection
from ipp_common.persistence.tables import InboxMessage
from ipp_common.persistence.unit_of_work import UnitOfWork

RETRY_HEADER = "x-retry-count"
U = TypeVar("U", bound=UnitOfWork)


class PermanentError(Exception):
    """A failure that no retry can fix (malformed event): goes to the DLQ at once."""


class Delivery(Generic[U]):
    """What a handler gets: the event and a unit of work — the service's own, ``U`` — that records the
    inbox row on commit."""

    def __init__(self, event: CloudEvent, consumer: str, uow_factory: Callable[[], U],
                 attempt: int, shared: U | None = None, claim_at_commit: bool = False):
        self.event = event
        self.consumer = consumer
        self.attempt = attempt
        self._uow_factory = uow_factory
        self._shared = shared
        self._claim_at_commit = claim_at_commit
        self.committed_uow: U | None = None

    def unit_of_work(self) -> U:
        uow = self._shared or self._uow_factory()
        uow.inbox_claim = (self.consumer, self.event.id, self.event.type)  # in the transaction of the effect
        if self._shared is None:
            uow.claim_at_commit = self._claim_at_commit
        self.committed_uow = uow
        return uow

    def side_unit_of_work(self) -> U:
        """A unit of work that does not mark the event applied: for keeping a record of a failed attempt
        before raising for a retry."""
        return self._uow_factory()

    async def seen(self) -> bool:
        """Cheap look-up (a Core statement on a pooled connection, no ORM session)."""
        async with autocommit_connection(self._uow_factory().engine) as conn:
            row = await conn.execute(_SEEN, {"c": self.consumer, "e": self.event.id})
            return row.first() is not None


_SEEN = select(InboxMessage.event_id).where(InboxMessage.consumer == bindparam("c"),
                                            InboxMessage.event_id == bindparam("e"))

Handler = Callable[[CloudEvent, Delivery[Any]], Awaitable[None]]
"""Applies one event in the delivery's unit of work."""


@dataclass(frozen=True)
class EventHandler:
    """A handler with its optional hooks, registered for an event type (ADR 10):
    - ``ignores``: ``async (event) -> bool``, True when the event has no effect in this service. It is asked
      before the inbox claim — alone or in a batch — and such an event is acked without a transaction or an
      inbox row (a redelivery has no effect either, so there is nothing to deduplicate);
    - ``prefetch``: ``async (uow, events) -> None``, called once with a batch's claimed events before their
      handlers run, to load in one query what each would look up alone (into the session)."""
    handle: Handler
    ignores: Callable[[CloudEvent], Awaitable[bool]] | None = None
    prefetch: Callable[[Any, list[CloudEvent]], Awaitable[None]] | None = None


def registered(handler: Handler | EventHandler) -> EventHandler:
    """A plain handler is one with no hooks."""
    return handler if isinstance(handler, EventHandler) else EventHandler(handler)


async def apply_event(handler: EventHandler, event: CloudEvent, delivery: Delivery[Any]) -> None:
    """Apply one event: its handler, then — if the handler had nothing to write — a transaction of its own
    that records the event as applied. Raises ``AlreadyApplied`` for an event the inbox already holds. The
    consumer's one-event path and the in-process tests (``ipp_common.testing``) both apply events here."""
    await handler.handle(event, delivery)
    if delivery.committed_uow is None or not delivery.committed_uow.committed:
        async with delivery.unit_of_work() as uow:
            await uow.commit()
