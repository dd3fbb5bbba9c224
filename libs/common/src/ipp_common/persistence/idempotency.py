"""Idempotency-Key records: a POST's answer kept with the change it made (ADR 23)."""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from ipp_common.law.errors import Conflict, Rejected
from ipp_common.persistence.columns import utcnow
from ipp_common.persistence.engine import autocommit_connection
from ipp_common.persistence.tables import IDEMPOTENCY_TABLE, IdempotencyRecord

IN_FLIGHT = 0
"""``status_code`` of a record written with the change whose answer is not yet stored (ADR 23)."""

_IDEMPOTENCY_LOOKUP = sa.select(IDEMPOTENCY_TABLE).where(IDEMPOTENCY_TABLE.c.principal == sa.bindparam("p"),
                                                         IDEMPOTENCY_TABLE.c.key == sa.bindparam("k"))


async def lookup(engine: AsyncEngine, principal: str, key: str, request_hash: str) -> IdempotencyRecord | None:
    """The record of an earlier request with this key (one round trip outside any transaction); the same
    key with a different body is refused (422)."""
    row = (await _on_a_live_connection(engine, _IDEMPOTENCY_LOOKUP, {"p": principal, "k": key})).first()
    rec = IdempotencyRecord.model_construct(**row._mapping) if row is not None else None
    if rec is not None and rec.request_hash != request_hash:
        raise Rejected("idempotency_key_reused", "Idempotency-Key reused",
                       "This Idempotency-Key was used with a different request body.", field="Idempotency-Key")
    return rec


def in_flight() -> Conflict:
    """The answer to a request whose key's record is written but whose answer is not yet stored: it has taken
    effect (or its twin is taking effect); sent again shortly, it gets the first answer."""
    return Conflict("A request with this Idempotency-Key has taken effect and its answer is being recorded; "
                    "retry shortly.", code="idempotency_key_in_flight", field="Idempotency-Key", retry_after_s=1)


def record_row(principal: str, key: str, request_hash: str, status_code: int, response: dict[str, Any],
               headers: dict[str, str] | None = None) -> dict[str, Any]:
    """A row for ``IDEMPOTENCY_TABLE``."""
    return {"principal": principal, "key": key, "request_hash": request_hash, "status_code": status_code,
            "response": response, "headers": headers, "created_at": utcnow()}


async def store_answer(engine: AsyncEngine, principal: str, key: str, status_code: int, response: dict[str, Any],
                       headers: dict[str, str] | None) -> None:
    """Fill in the answer of a record written ``IN_FLIGHT`` with the change (one autocommit UPDATE): unstored,
    the answer would leave every retry of the request at 409."""
    stmt = (sa.update(IDEMPOTENCY_TABLE)
            .where(IDEMPOTENCY_TABLE.c.principal == principal, IDEMPOTENCY_TABLE.c.key == key)
            .values(status_code=status_code, response=response, headers=headers))
    await _on_a_live_connection(engine, stmt, {})


async def _on_a_live_connection(engine: AsyncEngine, stmt: Any, params: dict[str, Any]) -> Any:
    """One autocommit statement; when the pooled connection it got was dead (the database restarted), the
    pool discards it and the statement is sent once more on a fresh one, rather than failing the request."""
    for attempt in (1, 2):
        try:
            async with autocommit_connection(engine) as conn:
                return await conn.execute(stmt, params)
        except DBAPIError as e:
            if attempt == 2 or not e.connection_invalidated:
                raise
