"""Idempotency-Key on every POST that changes something (ADR 23).

A client that retries a POST after a time-out sends the same ``Idempotency-Key``; it gets the first answer
and nothing happens twice. How:

1. Once the caller is known (``auth.current_principal``), the key is looked up: a stored answer is replayed
   (``IdempotentReplay``), the same key with another body is refused (422), an answer still being written
   is a 409 with Retry-After.
2. The first unit of work that commits in the request writes the key's record ``IN_FLIGHT`` in the
   change's own transaction (the request's ``WriteRequest.idempotency``, handed to it by the route's
   dependency): a twin racing the first fails on the key and leaves nothing.
3. The answer (status, JSON body, Location) is stored on the record before it is sent
   (``middleware.ObserveAndAuditMiddleware``).

One mechanism for every POST: use cases know nothing of keys or statuses.
"""
from __future__ import annotations

import json
import re
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response

from ipp_common.http.problems import ProblemError
from ipp_common.http.responses import request_hash
from ipp_common.http.writes import write_of
from ipp_common.law.principal import Principal
from ipp_common.persistence.idempotency import IN_FLIGHT, in_flight, lookup
from ipp_common.persistence.tables import IdempotencyRecord
from ipp_common.persistence.write_request import IdempotencyClaim

HEADER = "Idempotency-Key"
REPLAYED = "Idempotent-Replayed"
"""Header of an answer that is the stored answer of an earlier request with the same key."""
KEPT_HEADERS = ("location",)
"""Headers of an answer that a replay repeats (the others — X-Request-Id, dates — belong to each answer)."""

KEY_FORM = re.compile(r"^[!-~]{1,200}$")
"""What a key may be: what the document says and the check refuses otherwise (400) are the same rule."""
PARAMETER = {"name": HEADER, "in": "header", "required": False,
             "description": "A key of the client's choosing (1 to 200 visible ASCII characters, e.g. a UUID) that "
                            "makes a retry safe: "
                            "the same key with the same body gets the first answer and changes nothing again; "
                            "the same key with another body is refused (422). Kept for "
                            "`idempotency_retention_days`.",
             "schema": {"type": "string", "pattern": KEY_FORM.pattern}, "example": "3f1c9e4a-retry-1"}
"""The header's OpenAPI parameter, added to every authenticated POST by ``documents.complete``."""


class IdempotentReplay(Exception):
    """The request was made before with this key: its stored answer is the answer."""

    def __init__(self, record: IdempotencyRecord):
        super().__init__(record.key)
        self.record = record


async def check(request: Request, principal: Principal) -> None:
    """Step 1 for a POST whose caller is known; marks the request so that its commit writes the record."""
    key = request.headers.get(HEADER)
    write = write_of(request.state)
    if key is None or request.method != "POST" or write is None:
        return
    if not KEY_FORM.match(key):
        raise ProblemError(400, "invalid_idempotency_key", "Invalid Idempotency-Key",
                           "An Idempotency-Key is 1 to 200 visible ASCII characters.", field=HEADER)
    runtime = getattr(request.app.state, "runtime", None)
    if runtime is None:
        return
    digest = request_hash(request.method, request.url.path, await request.body())
    record = await lookup(runtime.engine, principal.sub, key, digest)
    if record is not None and record.status_code == IN_FLIGHT:
        raise in_flight()
    if record is not None:
        raise IdempotentReplay(record)
    write.idempotency = IdempotencyClaim(principal.sub, key, digest)


def replay_response(record: IdempotencyRecord) -> Response:
    headers = {**(record.headers or {}), REPLAYED: "true"}
    if record.status_code == 204:
        return Response(status_code=204, headers=headers)
    # Every answer of the platform that is an error is a problem document (RFC 9457); the record keeps its body.
    media_type = "application/problem+json" if record.status_code >= 400 else "application/json"
    return JSONResponse(record.response, status_code=record.status_code, headers=headers, media_type=media_type)


def answer_of(headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[Any, dict[str, str]]:
    """What a replay needs of an answer: its JSON body (``{}`` when it has none) and ``KEPT_HEADERS``."""
    kept = {k.decode().title(): v.decode() for k, v in headers if k.decode().lower() in KEPT_HEADERS}
    try:
        doc = json.loads(body) if body else {}
    except ValueError:
        doc = {}
    return doc, kept
