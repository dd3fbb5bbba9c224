"""All registry queries live here."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from ipp_common.db import utcnow
from registry.adapters.orm import Application, ApplicationTransition


class ConcurrentUpdate(Exception):
    """Someone else changed the object first (optimistic lock)."""


class ApplicationRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def add(self, app: Application) -> None:
        self.session.add(app)
        await self.session.flush()  # the parent row first: transitions reference it

    async def get(self, app_id: uuid.UUID) -> Application | None:
        return await self.session.get(Application, app_id)

    async def list(self, *, bin_: str | None, status: str | None, after: tuple[datetime, uuid.UUID] | None,
                   limit: int) -> list[Application]:
        q = select(Application)
        if bin_:
            q = q.where(Application.bin == bin_)
        if status:
            q = q.where(Application.status == status)
        if after:
            q = q.where((Application.filed_at < after[0]) |
                        ((Application.filed_at == after[0]) & (Application.id < after[1])))
        q = q.order_by(Application.filed_at.desc(), Application.id.desc()).limit(limit)
        return list((await self.session.exec(q)).all())

    async def change_status(self, app: Application, *, to_status: str, action: str, actor: str,
                            reason: str | None, event_id: str | None, **values: Any) -> None:
        """Compare-and-set on the version column: exactly one of two concurrent decisions wins."""
        now = utcnow()
        res = await self.session.exec(
            update(Application).where(Application.id == app.id, Application.version == app.version)
            .values(status=to_status, version=app.version + 1, updated_at=now, **values)
            .execution_options(synchronize_session=False))
        if res.rowcount != 1:
            raise ConcurrentUpdate(f"application {app.id} changed concurrently")
        self.session.add(ApplicationTransition(application_id=app.id, from_status=app.status,
                                               to_status=to_status, action=action, actor=actor,
                                               reason=reason, event_id=event_id, at=now))
        app.status, app.version, app.updated_at = to_status, app.version + 1, now
        for k, v in values.items():
            setattr(app, k, v)

    def record_filing(self, app: Application, actor: str, event_id: str) -> None:
        self.session.add(ApplicationTransition(application_id=app.id, from_status=None, to_status=app.status,
                                               action="file", actor=actor, event_id=event_id, at=app.filed_at))

    async def history(self, app_id: uuid.UUID) -> list[ApplicationTransition]:
        q = (select(ApplicationTransition).where(ApplicationTransition.application_id == app_id)
             .order_by(ApplicationTransition.id))
        return list((await self.session.exec(q)).all())
