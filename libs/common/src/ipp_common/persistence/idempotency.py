"""Idempotency-Key handling for POSTs that create things."""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from ipp_common.persistence.columns import utcnow
from ipp_common.persistence.engine import autocommit_connection
from ipp_common.persistence.tables import IDEMPOTENCY_TABLE, AppendRow, IdempotencyRecord

_IDEMPOTENCY_LOOKUP = sa.select(IDEMPOTENCY_TABLE).where(IDEMPOTENCY_TABLE.c.principal == sa.bindparam("p"),
                                                         IDEMPOTENCY_TABLE.c.key == sa.bindparam("k"))


class IdempotencyStore:
    """Idempotency-Key handling for POSTs that create things: the first request's response is stored in
    the transaction that created the thing; a retry with the same key gets the same response; the same
    key with a different body is refused."""

    def __init__(self, engine: AsyncEngine, append_row: AppendRow):
        self._engine = engine
        self._append_row = append_row

    async def replay(self, principal: str, key: str | None, request_hash: str) -> IdempotencyRecord | None:
        """The response stored for this key, if any (one round trip outside any transaction). A handler may
        instead write first and call this only when its commit fails on the key's primary key — a request
        sent again then costs the look-up, the first one nothing."""
        from ipp_common.law.errors import Rejected

        if not key:
            return None
        async with autocommit_connection(self._engine) as conn:
            row = (await conn.execute(_IDEMPOTENCY_LOOKUP, {"p": principal, "k": key})).first()
        rec = IdempotencyRecord.model_construct(**row._mapping) if row is not None else None
        if rec is not None and rec.request_hash != request_hash:
            raise Rejected("idempotency_key_reused", "Idempotency-Key reused",
                               "This Idempotency-Key was used with a different request body.",
                               field="Idempotency-Key")
        return rec

    def remember(self, principal: str, key: str | None, request_hash: str, status_code: int,
                 response: dict[str, Any]) -> None:
        if key:
            self._append_row(IDEMPOTENCY_TABLE, {"principal": principal, "key": key, "request_hash": request_hash,
                                                 "status_code": status_code, "response": response,
                                                 "created_at": utcnow()})
