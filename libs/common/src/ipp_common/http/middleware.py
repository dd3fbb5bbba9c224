"""Pure-ASGI middleware every service runs: body-size limit, rate limit, request ids, metrics, audit."""
from __future__ import annotations

import ipaddress
import json
import logging
import math
import re
import time
import uuid
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from ipp_common.core.settings import ServiceSettings
from ipp_common.http import idempotency
from ipp_common.http.languages import problem_content
from ipp_common.http.problem_pages import type_url
from ipp_common.http.problems import PROBLEM_MEDIA_TYPE, ProblemError
from ipp_common.observability.metrics import HTTP_LATENCY, HTTP_REQUESTS, RATE_LIMITED
from ipp_common.persistence.audit import audit_row
from ipp_common.persistence.engine import autocommit_connection
from ipp_common.persistence.idempotency import store_answer
from ipp_common.persistence.tables import AUDIT_TABLE
from ipp_common.persistence.write_request import WriteRequest

log = logging.getLogger("ipp.web")


async def send_problem(scope: dict, send: Callable, p: ProblemError,
                       headers: list[tuple[bytes, bytes]] | None = None, service: str | None = None) -> None:
    """Answer with the problem from a pure-ASGI middleware, in the language the request asks for."""
    accept = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"accept-language"), None)
    settings = getattr(getattr(scope.get("app"), "state", None), "settings", None)
    if service is None:
        service = getattr(settings, "service_name", "")
    problem = p.body(scope.get("path"))
    if settings is not None:
        problem["type"] = type_url(settings.public_api_url, p.code)
    content, language = problem_content(problem, accept, service)
    body = json.dumps(content, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": p.status,
                "headers": [(b"content-type", PROBLEM_MEDIA_TYPE.encode()), (b"content-length", str(len(body)).encode()),
                            *((k.lower().encode(), v.encode()) for k, v in language.items()), *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


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
        await send_problem(scope, send, p)


class _TooLarge(Exception):
    pass


class RateLimitMiddleware:
    """Per-client token bucket (pure ASGI): the client is the verified token's subject, or its address when
    there is no valid token (behind a trusted proxy, the address the proxy forwards). Every limited answer
    carries the IETF ``RateLimit-Policy`` and ``RateLimit`` fields; over the limit → 429 problem+json with
    Retry-After, counted in ``ipp_http_rate_limited_total``."""

    def __init__(self, app: Any, settings: ServiceSettings):
        self.app, self.settings = app, settings
        self.rate, self.burst = settings.rate_limit_per_s, settings.rate_limit_burst
        self.buckets: dict[str, tuple[float, float]] = {}
        self.proxies = [ipaddress.ip_network(p, strict=False) for p in settings.trusted_proxies]
        # The bucket holds ``burst`` requests and refills completely in burst / rate seconds.
        self.policy = f'"client";q={self.burst};w={max(1, math.ceil(self.burst / self.rate))}'.encode()

    def _trusted(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in net for net in self.proxies)

    def _address(self, scope: dict) -> str:
        peer = str((scope.get("client") or ("?",))[0])
        if not self.proxies or not self._trusted(peer):
            return peer
        forwarded = [v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"x-forwarded-for"]
        hops = [h.strip() for line in forwarded for h in line.split(",") if h.strip()]
        for hop in reversed(hops):  # the right-most entry not added by one of our own proxies
            if not self._trusted(hop):
                return hop
        return hops[0] if hops else peer

    async def _client(self, scope: dict) -> str:
        from ipp_common.http.auth import verify_token

        for k, v in scope.get("headers", []):
            if k == b"authorization" and v[:7].lower() == b"bearer ":
                token = v[7:].decode().strip()
                try:
                    principal = await verify_token(token, self.settings, getattr(scope["app"].state, "jwks", None))
                except Exception:  # noqa: BLE001 - an invalid token is limited by address
                    break
                # verified once per request: the auth dependency reuses it
                scope.setdefault("state", {})["verified_token"] = (token, principal)
                return "sub:" + principal.sub
        return "addr:" + self._address(scope)

    def _fields(self, tokens: float) -> list[tuple[bytes, bytes]]:
        remaining = max(0, int(tokens))
        full_in = math.ceil((self.burst - tokens) / self.rate) if tokens < self.burst else 0
        return [(b"ratelimit-policy", self.policy), (b"ratelimit", b'"client";r=%d;t=%d' % (remaining, full_in))]

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope.get("path", "").startswith(("/health", "/metrics", "/test/")):
            return await self.app(scope, receive, send)
        key, now = await self._client(scope), time.monotonic()
        tokens, last = self.buckets.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        if tokens < 1:
            RATE_LIMITED.labels(self.settings.service_name).inc()
            self.buckets[key] = (tokens, now)
            retry = max(1, int((1 - tokens) / self.rate) + 1)
            p = ProblemError(429, "rate_limited", "Too many requests",
                             f"More than {self.rate:g} requests per second (burst {self.burst}) from this client.")
            await send_problem(scope, send, p, [(b"retry-after", str(retry).encode()), *self._fields(tokens)],
                               self.settings.service_name)
            return
        self.buckets[key] = (tokens - 1, now)
        if len(self.buckets) > 100_000:  # bound memory: forget the idle
            self.buckets = {k: v for k, v in self.buckets.items() if now - v[1] < 60}
        fields = self._fields(tokens - 1)

        async def send_with_fields(message: dict) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", []).extend(fields)
            await send(message)
        await self.app(scope, receive, send_with_fields)


_REQUEST_ID = re.compile(rb"^[A-Za-z0-9._:@/+=-]{1,80}$")
"""A caller's X-Request-Id is kept when it is 1-80 printable ASCII characters of this set (what the audit
record holds); any other value is replaced by a fresh id, which the answer's X-Request-Id returns."""


def http_audit_row(scope: dict, state: dict, request_id: str, status: int | None) -> dict[str, Any]:
    """The audit row of an HTTP write: its caller (once authenticated), method and route, request id."""
    principal = state.get("principal")
    route = getattr(scope.get("route"), "path", scope["path"])
    return audit_row(actor=principal.sub if principal else "anonymous",
                     role=str(principal.role) if principal else "public",
                     actor_bin=principal.bin if principal else None, action=f"http.{scope['method']} {route}",
                     resource="http", resource_id=scope["path"][:80], request_id=request_id,
                     detail={"status": status} if status is not None else {"in": "the write's transaction"})


def request_id_from(header: bytes | None) -> str:
    if header is not None and _REQUEST_ID.match(header):
        return header.decode()
    return str(uuid.uuid4())


class ObserveAndAuditMiddleware:
    """Pure ASGI (no per-request task or body copy): request id, metrics, and the audit row of every
    successful write — who, what, when, which request."""

    def __init__(self, app: Any, service: str):
        self.app, self.service = app, service
        self._series: dict[tuple[str, str, int], tuple[Any, Any]] = {}  # labelled metric children, looked up once

    def _observe(self, method: str, route: str, status: int, seconds: float) -> None:
        series = self._series.get((method, route, status))
        if series is None:
            series = self._series[(method, route, status)] = (
                HTTP_REQUESTS.labels(self.service, method, route, str(status)),
                HTTP_LATENCY.labels(self.service, method, route))
        series[0].inc()
        series[1].observe(seconds)

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        rid = request_id_from(next((v for k, v in scope.get("headers", []) if k == b"x-request-id"), None))
        state = scope.setdefault("state", {})
        state["request_id"] = rid
        status = 500
        t0 = time.perf_counter()
        is_write = scope["method"] in ("POST", "PUT", "PATCH", "DELETE") and not scope["path"].startswith("/test/")
        audit = WriteRequest(lambda status: http_audit_row(scope, state, rid, status)) if is_write else None
        if audit is not None:
            state["write"] = audit  # handed to the request's units of work by its dependencies (http.writes)

        held: list[dict] = []

        async def send_wrapper(message: dict) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", []).append((b"x-request-id", rid.encode()))
                if audit is not None and status < 400 and not audit.written:
                    # No unit of work committed the audit row with the change (e.g. an idempotent replay):
                    # written here, before the client hears that the write succeeded.
                    await self._audit(scope, audit, status)
                if audit is not None and audit.idempotency_recorded:
                    held.append(message)  # stored under its Idempotency-Key once it is sent (http.idempotency)
                    return
            if held:
                held.append(message)
                if message.get("more_body"):
                    return
                for m in held:
                    await send(m)
                await self._store_answer(scope, audit, held)
                held.clear()
                return
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            self._observe(scope["method"], getattr(scope.get("route"), "path", "unmatched"), status,
                          time.perf_counter() - t0)

    async def _store_answer(self, scope: dict, audit: WriteRequest | None, messages: list[dict]) -> None:
        """Step 3 of ``http.idempotency``: the answer, on the record its commit wrote."""
        runtime = getattr(scope["app"].state, "runtime", None)
        if runtime is None or audit is None or audit.idempotency is None:
            return
        idem, start = audit.idempotency, messages[0]
        body = b"".join(m.get("body", b"") for m in messages[1:])
        response, headers = idempotency.answer_of(start.get("headers", []), body)
        try:
            await store_answer(runtime.engine, idem.principal, idem.key, start["status"], response, headers)
        except Exception:  # noqa: BLE001 - the change is made; a retry is told so (409) rather than replayed
            log.exception("idempotent answer not stored", extra={"path": scope["path"]})

    async def _audit(self, scope: dict, audit: WriteRequest, status: int) -> None:
        runtime = getattr(scope["app"].state, "runtime", None)
        if runtime is None:
            return
        try:
            async with autocommit_connection(runtime.engine) as conn:
                await conn.execute(sa.insert(AUDIT_TABLE), [audit.audit_row(status)])
        except Exception:  # noqa: BLE001 - the write happened; say loudly that its audit did not
            log.exception("audit record not written", extra={"path": scope["path"]})
