"""Keyset pagination: the position after the last item of a page, as an opaque cursor."""
from __future__ import annotations

import base64
import json
import uuid
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from ipp_common.law.errors import Malformed


def encode_cursor(values: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values, default=str).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> dict[str, Any] | None:
    if not cursor:
        return None
    try:
        pad = "=" * (-len(cursor) % 4)
        return json.loads(base64.urlsafe_b64decode(cursor + pad))
    except Exception as e:  # noqa: BLE001
        raise Malformed("invalid_cursor", "Invalid cursor", "The cursor is not one this API issued.",
                        field="cursor") from e


def where_equal(query: Any, *pairs: tuple[Any, Any]) -> Any:
    """``query`` narrowed to the rows whose column equals the value, for each (column, value) whose value
    was given (None: that filter is not asked for) — the filters of a collection."""
    for column, value in pairs:
        if value is not None:
            query = query.where(column == value)
    return query


async def keyset_page(session: AsyncSession, query: Any, *, at: Any | None, key: Any, cursor: str | None,
                      limit: int) -> tuple[list[Any], str | None]:
    """One page of ``query``, newest first by (``at``, ``key``) — by ``key`` alone when ``at`` is None —
    after the position ``cursor`` names; with the cursor of the next page, or None on the last. Every
    collection of the API pages this one way."""
    after = decode_cursor(cursor)
    if after is not None:
        try:
            k = _key_value(key, after["id"])
            t = _position_value(at, after["t"]) if at is not None else None
        except (KeyError, TypeError, ValueError) as e:
            raise Malformed("invalid_cursor", "Invalid cursor", "The cursor is not one this API issued.",
                            field="cursor") from e
        query = query.where(key < k) if at is None else query.where((at < t) | ((at == t) & (key < k)))
    order = (key.desc(),) if at is None else (at.desc(), key.desc())
    rows = list((await session.exec(query.order_by(*order).limit(limit + 1))).all())
    if len(rows) <= limit:
        return rows, None
    last = rows[limit - 1]
    position = {"id": str(getattr(last, key.key))}
    if at is not None:
        position["t"] = getattr(last, at.key).isoformat()
    return rows[:limit], encode_cursor(position)


def _key_value(column: Any, text: Any) -> Any:
    if isinstance(column.type, sa.Uuid):
        return uuid.UUID(str(text))
    if isinstance(column.type, sa.Integer):
        return int(text)
    return str(text)


def _position_value(column: Any, text: str) -> date | datetime:
    if isinstance(column.type, sa.Date) and not isinstance(column.type, sa.DateTime):
        return date.fromisoformat(text)
    return datetime.fromisoformat(text)
