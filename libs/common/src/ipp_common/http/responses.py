"""Response helpers: ETags and conditional GETs, opaque cursors, request hashes for idempotency."""
from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from fastapi import Request, Response

from ipp_common.http.problems import ProblemError

# ---------------------------------------------------------------- read-endpoint helpers

def _canonical_json(payload: Any) -> bytes:
    return json.dumps(payload, sort_keys=True, default=str, ensure_ascii=False, separators=(",", ":")).encode()


def conditional_json(request: Request, payload: Any, status_code: int = 200) -> Response:
    """JSON with an ETag; answers 304 when the client's If-None-Match matches. The body is serialised
    once, and the tag is the hash of exactly those bytes."""
    body = _canonical_json(payload)
    tag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    if request.headers.get("if-none-match") == tag:
        return Response(status_code=304, headers={"ETag": tag})
    return Response(body, status_code=status_code, media_type="application/json", headers={"ETag": tag})


def encode_cursor(values: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values, default=str).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> dict[str, Any] | None:
    if not cursor:
        return None
    try:
        pad = "=" * (-len(cursor) % 4)
        return json.loads(base64.urlsafe_b64decode(cursor + pad))
    except Exception as e:  # noqa: BLE001
        raise ProblemError(400, "invalid_cursor", "Invalid cursor", "The cursor is not one this API issued.",
                           field="cursor") from e


def request_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()
