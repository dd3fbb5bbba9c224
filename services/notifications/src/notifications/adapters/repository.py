from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import update
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from ipp_common.db import UnitOfWork
from notifications.adapters.orm import Notice


class NoticeRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    def add(self, n: Notice) -> None:
        self.session.add(n)

    async def by_source_event(self, event_id: str) -> Notice | None:
        r = await self.session.exec(select(Notice).where(Notice.source_event_id == event_id))
        return r.first()

    async def get_for(self, notice_id: uuid.UUID, recipient_bin: str | None) -> Notice | None:
        n = await self.session.get(Notice, notice_id)
        if n is None or (recipient_bin is not None and n.recipient_bin != recipient_bin):
            return None
        return n

    async def list(self, *, recipient_bin: str | None, notice_type: str | None, unread: bool | None,
                   after: tuple[datetime, uuid.UUID] | None, limit: int) -> list[Notice]:
        q = select(Notice)
        if recipient_bin:
            q = q.where(Notice.recipient_bin == recipient_bin)
        if notice_type:
            q = q.where(Notice.notice_type == notice_type)
        if unread is True:
            q = q.where(Notice.read_at.is_(None))
        elif unread is False:
            q = q.where(Notice.read_at.is_not(None))
        if after:
            q = q.where((Notice.created_at < after[0]) | ((Notice.created_at == after[0]) & (Notice.id < after[1])))
        q = q.order_by(Notice.created_at.desc(), Notice.id.desc()).limit(limit)
        return list((await self.session.exec(q)).all())

    async def mark_served(self, n: Notice, at: datetime) -> bool:
        """Set the service time once; True only for the call that set it."""
        r = await self.session.exec(update(Notice).where(Notice.id == n.id, Notice.served_at.is_(None))
                                       .values(served_at=at).execution_options(synchronize_session=False))
        if r.rowcount == 1:
            n.served_at = at
            return True
        return False

    async def mark_read(self, n: Notice, at: datetime) -> None:
        if n.read_at is None:
            n.read_at = at
            self.session.add(n)


class NotificationsUnitOfWork(UnitOfWork):
    notices: NoticeRepository

    def _start(self) -> None:
        self.notices = NoticeRepository(self.session)
