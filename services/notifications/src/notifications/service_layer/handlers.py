"""Notifications use cases: every addressed event becomes one notice in its recipient's cabinet."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from ipp_common.auth import Principal, Role
from ipp_common.consumer import Delivery, PermanentError
from ipp_common.db import utcnow
from ipp_common.envelope import CloudEvent
from ipp_common.events.notifications import NoticeDelivered, NoticeServed
from ipp_common.problems import NotFound
from ipp_common.web import decode_cursor, encode_cursor
from notifications.adapters.orm import Notice
from notifications.adapters.repository import NotificationsUnitOfWork
from notifications.domain.templates import MissingTemplate, render


async def on_addressed_event(event: CloudEvent, delivery: Delivery) -> None:
    if not event.recipient:
        raise PermanentError(f"addressed event {event.type} {event.id} has no recipient")
    try:
        r = render(event.type, event.data)
    except MissingTemplate as e:
        raise PermanentError(str(e)) from e
    uow: NotificationsUnitOfWork = delivery.unit_of_work()  # type: ignore[assignment]
    async with uow:
        if await uow.notices.by_source_event(event.id) is not None:
            await uow.commit()
            return
        n = Notice(recipient_bin=event.recipient, notice_type=event.type, source_event_id=event.id,
                   subject=event.subject, title_kk=r.title_kk, title_ru=r.title_ru, body_kk=r.body_kk,
                   body_ru=r.body_ru, data=event.data, template_version=r.template_version)
        uow.notices.add(n)
        uow.publish(NoticeDelivered(notice_id=n.id, recipient_bin=n.recipient_bin, notice_type=n.notice_type,
                                    source_event_id=event.id, delivered_at=n.created_at), subject=str(n.id))
        await uow.commit()


def public(n: Notice) -> dict[str, Any]:
    return n.model_dump(mode="json")


def _scope(principal: Principal, bin_: str | None) -> str | None:
    """Applicants and customers see only their own BIN's inbox; officers may look at any."""
    return principal.bin if principal.role in (Role.applicant, Role.customer) else bin_


async def list_notices(uow: NotificationsUnitOfWork, principal: Principal, *, bin_: str | None,
                       notice_type: str | None, unread: bool | None, cursor: str | None,
                       limit: int) -> dict[str, Any]:
    after = None
    if (c := decode_cursor(cursor)) is not None:
        after = (datetime.fromisoformat(c["t"]), uuid.UUID(c["id"]))
    async with uow:
        rows = await uow.notices.list(recipient_bin=_scope(principal, bin_), notice_type=notice_type,
                                      unread=unread, after=after, limit=limit + 1)
    nxt = encode_cursor({"t": rows[limit - 1].created_at.isoformat(), "id": str(rows[limit - 1].id)}) \
        if len(rows) > limit else None
    return {"items": [public(n) for n in rows[:limit]], "next_cursor": nxt}


async def read_notice(uow: NotificationsUnitOfWork, principal: Principal, notice_id: uuid.UUID) -> dict[str, Any]:
    """Read one notice. The recipient's first retrieval is recorded as the service time and announced."""
    async with uow:
        n = await uow.notices.get_for(notice_id, _scope(principal, None))
        if n is None:
            raise NotFound("notice")
        if principal.bin == n.recipient_bin and n.served_at is None:
            now = utcnow()
            if await uow.notices.mark_served(n, now):
                uow.publish(NoticeServed(notice_id=n.id, recipient_bin=n.recipient_bin, notice_type=n.notice_type,
                                         source_event_id=n.source_event_id, subject=n.subject, served_at=now),
                            subject=str(n.id))
                await uow.commit()
        return public(n)


async def acknowledge(uow: NotificationsUnitOfWork, principal: Principal, notice_id: uuid.UUID,
                      request_id: str | None) -> dict[str, Any]:
    async with uow:
        n = await uow.notices.get_for(notice_id, principal.bin)
        if n is None:
            raise NotFound("notice")
        await uow.notices.mark_read(n, utcnow())
        uow.audit(actor=principal.sub, role=principal.role, actor_bin=principal.bin, action="notice.read",
                  resource="notice", resource_id=str(n.id), request_id=request_id)
        await uow.commit()
        return public(n)
