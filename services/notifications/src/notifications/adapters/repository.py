from __future__ import annotations

import builtins
import uuid
from datetime import datetime
from typing import Any, NamedTuple

import sqlalchemy as sa
from ipp_common.persistence.paging import keyset_page
from ipp_common.persistence.tables import AppendRow, table_of
from sqlalchemy import delete, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from notifications.adapters.orm import (
    DeliveryAttempt,
    Notice,
    SubjectState,
    WebhookDelivery,
    WebhookSubscription,
)

_NOTICE: sa.Table = table_of(Notice)
_STATE: sa.Table = table_of(SubjectState)


class CurrentState(NamedTuple):
    """A subject's state as this unit of work knows it (see ``SubjectState``)."""
    recipient_bin: str
    subject: str
    sequence: int
    notice_id: uuid.UUID
    notice_type: str


class NoticeRepository:
    def __init__(self, session: AsyncSession, append_row: AppendRow):
        self.session = session
        self._append_row = append_row
        self._states: dict[tuple[str, str], CurrentState | None] = {}
        """Subjects' states known in this unit of work (None: known to have none yet)."""
        self._state_rows: dict[tuple[str, str], dict[str, Any]] = {}
        """The state row appended for each subject this unit of work moved (one per subject)."""

    async def load_states(self, keys: set[tuple[str, str]]) -> None:
        """The states of these subjects in one query; those without one are remembered as such. Read with
        Core, not as ORM objects: a state is written by merging (``set_state``), never by a flush."""
        keys = keys - self._states.keys()
        if not keys:
            return
        q = sa.select(*_STATE.c).where(sa.tuple_(_STATE.c.recipient_bin, _STATE.c.subject).in_(list(keys)))
        found = {(r.recipient_bin, r.subject): CurrentState(*r) for r in await self.session.execute(q)}
        for k in keys:
            self._states[k] = found.get(k)

    async def subject_state(self, recipient: str, subject: str) -> CurrentState | None:
        key = (recipient, subject)
        if key not in self._states:
            await self.load_states({key})
        return self._states[key]

    def set_state(self, state: CurrentState) -> None:
        """The subject's state is now this: merged into its row at commit with the transaction's appended
        rows, and never over a newer sequence (``merge_on`` on the table) — a concurrent consumer that
        committed a later event of the subject first keeps its state."""
        key = (state.recipient_bin, state.subject)
        self._states[key] = state
        row = state._asdict()
        if key in self._state_rows:
            self._state_rows[key].update(row)  # one row per subject in one statement
        else:
            self._state_rows[key] = row
            self._append_row(_STATE, row)

    def add(self, n: Notice) -> None:
        """A new notice, INSERTed at commit with the transaction's other appended rows (in a batch of
        events, all its notices in one statement with their outbox rows); nothing reads it back before."""
        self._append_row(_NOTICE, n.model_dump())

    async def get_for(self, notice_id: uuid.UUID, recipient_bin: str | None) -> Notice | None:
        n = await self.session.get(Notice, notice_id)
        if n is None or (recipient_bin is not None and n.recipient_bin != recipient_bin):
            return None
        return n

    async def page(self, *, recipient_bin: str | None, notice_type: str | None, unread: bool | None,
                   since: datetime | None, until: datetime | None, cursor: str | None,
                   limit: int) -> tuple[list[Notice], str | None]:
        q = select(Notice)
        if since:
            q = q.where(Notice.created_at >= since)
        if until:
            q = q.where(Notice.created_at < until)
        if recipient_bin:
            q = q.where(Notice.recipient_bin == recipient_bin)
        if notice_type:
            q = q.where(Notice.notice_type == notice_type)
        if unread is True:
            q = q.where(col(Notice.read_at).is_(None))
        elif unread is False:
            q = q.where(col(Notice.read_at).is_not(None))
        return await keyset_page(self.session, q, at=Notice.created_at, key=Notice.id, cursor=cursor, limit=limit)

    async def mark_served(self, n: Notice, at: datetime) -> bool:
        """Set the service time once; True only for the call that set it."""
        r = await self.session.exec(update(Notice).where(col(Notice.id) == n.id, col(Notice.served_at).is_(None))
                                       .values(served_at=at).execution_options(synchronize_session=False))
        if r.rowcount == 1:
            n.served_at = at
            return True
        return False

    async def mark_read(self, n: Notice, at: datetime) -> None:
        if n.read_at is None:
            n.read_at = at
            self.session.add(n)


    async def purge(self, notice_type: str | None, older_than: datetime, exclude_types: builtins.list[str],
                    limit: int) -> int:
        q = select(Notice.id).where(Notice.created_at < older_than)
        if notice_type is not None:
            q = q.where(Notice.notice_type == notice_type)
        if exclude_types:
            q = q.where(col(Notice.notice_type).not_in(exclude_types))
        ids = list((await self.session.exec(q.limit(limit))).all())
        if ids:
            await self.session.exec(delete(SubjectState).where(col(SubjectState.notice_id).in_(ids)))
            await self.session.exec(delete(Notice).where(col(Notice.id).in_(ids)))
        return len(ids)


class WebhookRepository:
    def __init__(self, session: AsyncSession, postgres: bool):
        self.session = session
        self.postgres = postgres

    def add(self, obj: object) -> None:
        self.session.add(obj)

    async def subscription(self, sub_id: uuid.UUID) -> WebhookSubscription | None:
        return await self.session.get(WebhookSubscription, sub_id)

    async def subscriptions(self, agency: str | None) -> list[WebhookSubscription]:
        q = select(WebhookSubscription)
        if agency:
            q = q.where(WebhookSubscription.agency == agency)
        return list((await self.session.exec(q.order_by(col(WebhookSubscription.created_at)))).all())

    async def patterns_not_disabled(self) -> list[str]:
        """The event-type patterns of every subscription that is, or may yet become, active."""
        q = select(WebhookSubscription.event_types).where(WebhookSubscription.status != "disabled")
        return sorted({p for row in (await self.session.exec(q)).all() for p in row})

    async def active(self) -> list[WebhookSubscription]:
        q = select(WebhookSubscription).where(WebhookSubscription.status == "active")
        return list((await self.session.exec(q)).all())

    async def delivery(self, delivery_id: uuid.UUID) -> WebhookDelivery | None:
        return await self.session.get(WebhookDelivery, delivery_id)

    async def delivery_for(self, sub_id: uuid.UUID, event_id: str) -> WebhookDelivery | None:
        q = select(WebhookDelivery).where(WebhookDelivery.subscription_id == sub_id,
                                          WebhookDelivery.event_id == event_id)
        return (await self.session.exec(q)).first()

    async def deliveries(self, sub_id: uuid.UUID, limit: int) -> list[WebhookDelivery]:
        q = select(WebhookDelivery).where(WebhookDelivery.subscription_id == sub_id) \
            .order_by(col(WebhookDelivery.created_at).desc()).limit(limit)
        return list((await self.session.exec(q)).all())

    async def due(self, now: datetime, limit: int) -> list[WebhookDelivery]:
        q = select(WebhookDelivery).where(WebhookDelivery.status == "pending", WebhookDelivery.next_attempt_at <= now) \
            .order_by(col(WebhookDelivery.next_attempt_at)).limit(limit)
        if self.postgres:
            q = q.with_for_update(skip_locked=True)
        return list((await self.session.exec(q)).all())

    async def attempts(self, delivery_id: uuid.UUID) -> list[DeliveryAttempt]:
        q = select(DeliveryAttempt).where(DeliveryAttempt.delivery_id == delivery_id).order_by(col(DeliveryAttempt.id))
        return list((await self.session.exec(q)).all())
