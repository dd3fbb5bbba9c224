"""Response helpers: ETags and conditional GETs, opaque cursors, request hashes for idempotency."""
from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from fastapi import Request, Response

from ipp_common.law.clock import instant_text

# ---------------------------------------------------------------- read-endpoint helpers

def _text(v: Any) -> str:
    return instant_text(v) if isinstance(v, datetime) else str(v)


def _canonical_json(payload: Any) -> bytes:
    return json.dumps(payload, sort_keys=True, default=_text, ensure_ascii=False, separators=(",", ":")).encode()


def etag_of(body: bytes) -> str:
    """The strong ETag of a JSON answer: a hash of exactly its bytes."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def matches(header: str, tag: str | None) -> bool:
    """RFC 9110 §13.1.1: strong comparison; ``*`` matches any current representation."""
    if tag is None:
        return False
    candidates = [t.strip() for t in header.split(",")]
    return "*" in candidates or tag in candidates


def conditional_json(request: Request, payload: Any, status_code: int = 200) -> Response:
    """JSON with an ETag; answers 304 when the client's If-None-Match matches. The body is serialised
    once, and the tag is the hash of exactly those bytes."""
    return conditional(request, _canonical_json(payload), "application/json", status_code)


def conditional(request: Request, body: bytes, media_type: str, status_code: int = 200,
                headers: dict[str, str] | None = None) -> Response:
    """Any representation (JSON, a page, a PDF) with the ETag of its bytes; 304 to a matching If-None-Match."""
    tag = etag_of(body)
    asked = request.headers.get("if-none-match")
    if asked is not None and matches(asked, tag):
        return Response(status_code=304, headers={"ETag": tag})
    return Response(body, status_code=status_code, media_type=media_type, headers={**(headers or {}), "ETag": tag})


def request_hash(method: str, path: str, body: bytes) -> str:
    """What an Idempotency-Key is bound to: the method, the path and the body (ADR 23) — the same key sent to
    another route is another request, refused rather than answered with the first route's answer."""
    return hashlib.sha256(b"%s %s\n%s" % (method.encode(), path.encode(), body)).hexdigest()
