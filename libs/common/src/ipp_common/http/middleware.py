"""Pure-ASGI middleware every service runs: body-size limit, rate limit, request ids, metrics, audit."""
from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from ipp_common.http.problems import PROBLEM_MEDIA_TYPE, ProblemError
from ipp_common.observability.metrics import HTTP_LATENCY, HTTP_REQUESTS, RATE_LIMITED
from ipp_common.persistence.audit import REQUEST_AUDIT, http_audit_record
from ipp_common.persistence.tables import AUDIT_TABLE
from ipp_common.service.settings import ServiceSettings

log = logging.getLogger("ipp.web")


class BodyLimitMiddleware:
    """Refuses bodies over ``max_body_bytes`` with 413 before the app reads them (pure ASGI)."""

    def __init__(self, app: Any, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for k, v in scope.get("headers", []):
            if k == b"content-length" and v.isdigit() and int(v) > self.max_bytes:
                return await self._reject(scope, send)
        received = 0

        async def limited_receive() -> dict:
            nonlocal received
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge()
            return msg
        try:
            await self.app(scope, limited_receive, send)
        except _TooLarge:
            await self._reject(scope, send)

    async def _reject(self, scope: dict, send: Callable) -> None:
        p = ProblemError(413, "body_too_large", "Request body too large",
                         f"The body exceeds {self.max_bytes} bytes.")
        body = json.dumps(p.body(scope.get("path"))).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", PROBLEM_MEDIA_TYPE.encode()),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


class RateLimitMiddleware:
    """Per-client token bucket (pure ASGI): the client is the verified token's subject, or the client
    address when there is no valid token. Over the limit → 429 problem+json with Retry-After."""

    def __init__(self, app: Any, settings: ServiceSettings):
        self.app, self.settings = app, settings
        self.rate, self.burst = settings.rate_limit_per_s, settings.rate_limit_burst
        self.buckets: dict[str, tuple[float, float]] = {}

    def _client(self, scope: dict) -> str:
        from ipp_common.http.auth import decode_token

        for k, v in scope.get("headers", []):
            if k == b"authorization" and v[:7].lower() == b"bearer ":
                token = v[7:].decode().strip()
                try:
                    principal = decode_token(token, self.settings)
                except Exception:  # noqa: BLE001 - an invalid token is limited by address
                    break
                # verified once per request: the auth dependency reuses it
                scope.setdefault("state", {})["verified_token"] = (token, principal)
                return "sub:" + principal.sub
        return "addr:" + str((scope.get("client") or ("?",))[0])

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope.get("path", "").startswith(("/health", "/metrics", "/test/")):
            return await self.app(scope, receive, send)
        key, now = self._client(scope), time.monotonic()
        tokens, last = self.buckets.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        if tokens < 1:
            RATE_LIMITED.labels(self.settings.service_name).inc()
            self.buckets[key] = (tokens, now)
            retry = max(1, int((1 - tokens) / self.rate) + 1)
            p = ProblemError(429, "rate_limited", "Too many requests",
                             f"More than {self.rate:g} requests per second (burst {self.burst}) from this client.")
            body = json.dumps(p.body(scope.get("path"))).encode()
            await send({"type": "http.response.start", "status": 429,
                        "headers": [(b"content-type", PROBLEM_MEDIA_TYPE.encode()), (b"retry-after", str(retry).encode()),
                                    (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        self.buckets[key] = (tokens - 1, now)
        if len(self.buckets) > 100_000:  # bound memory: forget the idle
            self.buckets = {k: v for k, v in self.buckets.items() if now - v[1] < 60}
        await self.app(scope, receive, send)


_REQUEST_ID = re.compile(rb"^[A-Za-z0-9._:@/+=-]{1,80}$")
"""A caller's X-Request-Id is kept when it is 1-80 printable ASCII characters of this set (what the audit
record holds); any other value is replaced by a fresh id, which the answer's X-Request-Id returns."""


def request_id_from(header: bytes | None) -> str:
    if header is not None and _REQUEST_ID.match(header):
        return header.decode()
    return str(uuid.uuid4())


class ObserveAndAuditMiddleware:
    """Pure ASGI (no per-request task or body copy): request id, metrics, and the audit row of every
    successful write — who, what, when, which request."""

    def __init__(self, app: Any, service: str):
        self.app, self.service = app, service

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        rid = request_id_from(next((v for k, v in scope.get("headers", []) if k == b"x-request-id"), None))
        state = scope.setdefault("state", {})
        state["request_id"] = rid
        status = 500
        t0 = time.perf_counter()
        is_write = scope["method"] in ("POST", "PUT", "PATCH", "DELETE") and not scope["path"].startswith("/test/")
        audit = {"scope": scope, "state": state, "request_id": rid, "written": False} if is_write else None
        token = REQUEST_AUDIT.set(audit)

        async def send_wrapper(message: dict) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", []).append((b"x-request-id", rid.encode()))
                if audit is not None and status < 400 and not audit["written"]:
                    # No unit of work committed the audit row with the change (e.g. an idempotent replay):
                    # written here, before the client hears that the write succeeded.
                    await self._audit(scope, audit, status)
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            REQUEST_AUDIT.reset(token)
            route = getattr(scope.get("route"), "path", "unmatched")
            method = scope["method"]
            HTTP_REQUESTS.labels(self.service, method, route, str(status)).inc()
            HTTP_LATENCY.labels(self.service, method, route).observe(time.perf_counter() - t0)

    async def _audit(self, scope: dict, audit: dict, status: int) -> None:
        runtime = getattr(scope["app"].state, "runtime", None)
        if runtime is None:
            return
        try:
            async with runtime.uow() as uow:
                await (await uow.session.connection()).execute(sa.insert(AUDIT_TABLE), [http_audit_record(audit, status)])
                await uow.session.commit()  # not uow.commit(): that would add the request's row a second time
        except Exception:  # noqa: BLE001 - the write happened; say loudly that its audit did not
            log.exception("audit record not written", extra={"path": scope["path"]})
