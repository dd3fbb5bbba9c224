"""Idempotency-Key on every POST that changes something (ADR 23).

A client that retries a POST after a time-out sends the same ``Idempotency-Key``; it gets the first answer
and nothing happens twice. How:

1. Once the caller is known (``auth.current_principal``), the key's claim goes into the request's write
   record. It is looked up only if the request is refused (``answer_on_failure``): a request sent again is
   refused by what its first did (the key's record at commit, or a rule the new state breaks); then a stored
   answer is replayed, the same key with another body is refused (422), an answer still being written is a
   409 with Retry-After.
2. The first unit of work that commits in the request writes the key's record ``IN_FLIGHT`` in the
   change's own transaction (the request's ``WriteRequest.idempotency``, handed to it by the route's
   dependency): a twin racing the first fails on the key and leaves nothing.
3. The answer (status, JSON body, Location) is stored on the record just after it is sent
   (``middleware.ObserveAndAuditMiddleware``): holding the answer for that UPDATE doubled the filings'
   latency under load. A request sent again in between waits briefly for it (``STORE_WAITS_S``).

One mechanism for every POST: use cases know nothing of keys or statuses.
"""
from __future__ import annotations

import asyncio
import json
import re
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response

from ipp_common.http.problem_responses import domain_problem, problem_response
from ipp_common.http.problems import ProblemError
from ipp_common.http.responses import request_hash
from ipp_common.http.writes import write_of
from ipp_common.law.errors import DomainError
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


async def check(request: Request, principal: Principal) -> None:
    """Step 1 for a POST whose caller is known: the key's claim goes into the request's write record, so
    that its commit writes the key's record with the change. Nothing is looked up yet (``answer_on_failure``)."""
    key = request.headers.get(HEADER)
    write = write_of(request.state)
    if key is None or request.method != "POST" or write is None:
        return
    if not KEY_FORM.match(key):
        raise ProblemError(400, "invalid_idempotency_key", "Invalid Idempotency-Key",
                           "An Idempotency-Key is 1 to 200 visible ASCII characters.", field=HEADER)
    digest = request_hash(request.method, request.url.path, await request.body())
    write.idempotency = IdempotencyClaim(principal.sub, key, digest)


STORE_WAITS_S = (0.01, 0.02, 0.05, 0.1)
"""How long a request sent again waits, in all 0.18 s, for its first's answer to be stored before it is told
409 (the first's change is made; its answer is stored right after it is sent, step 3)."""


async def answer_on_failure(request: Request) -> Response | None:
    """Step 1's look-up, made only when a keyed POST is refused: a request sent again after its first took
    effect is refused by the state the first left (an open application, a signed contract, a changed ETag)
    or by the key's own record at commit. If the key's record exists, the answer is the first one — or 409
    while it is being recorded, or 422 when the key came with another body; otherwise the refusal stands
    (None). A first request pays no look-up."""
    write = write_of(request.state)
    runtime = getattr(request.app.state, "runtime", None)
    claim = write.idempotency if write is not None else None
    if claim is None or runtime is None:
        return None
    for pause_s in (*STORE_WAITS_S, None):
        try:
            record = await lookup(runtime.engine, claim.principal, claim.key, claim.request_hash)
        except DomainError as e:  # the key was used with another body
            return problem_response(domain_problem(e), request)
        if record is None:
            return None
        if record.status_code != IN_FLIGHT:
            return replay_response(record)
        if pause_s is not None:  # the first's answer is being stored just after it was sent: wait for it
            await asyncio.sleep(pause_s)
    return problem_response(domain_problem(in_flight()), request)


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
