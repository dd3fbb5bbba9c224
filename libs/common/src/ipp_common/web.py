"""The HTTP shell every service shares: problem+json errors, body-size limit, request ids, metrics,
health endpoints, ETags and cursor pagination helpers."""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, FastAPI, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel, ConfigDict
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from ipp_common.db import AUDIT_TABLE, REQUEST_AUDIT, http_audit_record
from ipp_common.metrics import HTTP_LATENCY, HTTP_REQUESTS
from ipp_common.problems import PROBLEM_MEDIA_TYPE, ProblemError
from ipp_common.settings import ServiceSettings

log = logging.getLogger("ipp.web")

ReadinessCheck = Callable[[], Awaitable[None]]


def problem_response(p: ProblemError, request: Request | None = None) -> JSONResponse:
    return JSONResponse(p.body(str(request.url.path) if request else None), status_code=p.status,
                        media_type=PROBLEM_MEDIA_TYPE, headers=p.headers)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(x) for x in loc)


def validation_problem(exc: RequestValidationError) -> ProblemError:
    errors = []
    for e in exc.errors():
        ctx = e.get("ctx") or {}
        item = {"field": _field(e.get("loc", ())), "rule": e.get("type"), "message": e.get("msg")}
        if ctx.get("article"):
            item["article"] = ctx["article"]
        errors.append(item)
    first = errors[0] if errors else {}
    return ProblemError(422, "validation_failed", "Request is not valid",
                        f"{first.get('field')}: {first.get('message')}" if first else None,
                        field=first.get("field"), article=first.get("article"), errors=errors)


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
        from ipp_common.auth import decode_token

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


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    s: {"description": d, "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    for s, d in {400: "Bad request", 401: "No or invalid token", 403: "Role, scope or BIN not allowed",
                 404: "Not found (or not yours)", 405: "Method not allowed", 409: "Conflict with the current state",
                 413: "Body too large", 422: "Input breaks a rule (field, rule, article)", 429: "Rate limited",
                 500: "Internal error", 503: "Dependency unavailable; retry after Retry-After"}.items()}


class Problem(BaseModel):
    """RFC 9457 problem details, with the rule's code and the article of the law where one applies."""
    model_config = ConfigDict(extra="allow")
    type: str
    title: str
    status: int
    code: str
    detail: str | None = None
    instance: str | None = None
    article: str | None = None
    field: str | None = None
    errors: list[dict[str, Any]] | None = None


def service_router(prefix: str, *, responses: dict[int | str, dict[str, Any]] | None = None,
                   **kwargs: Any) -> APIRouter:
    """A service's APIRouter: every route documents the problem+json answers (``PROBLEM_RESPONSES``, then
    the router's own ``responses`` over them) when it is created, so that ``include_flat`` loses nothing
    that ``include_router`` would have merged in from the application."""
    return APIRouter(prefix=prefix, responses={**PROBLEM_RESPONSES, **(responses or {})}, **kwargs)


def include_flat(app: FastAPI, *routers: APIRouter) -> None:
    """Put each router's routes in the application's own list, in order and ahead of the framework's
    (documentation, health, metrics), where ``app.include_router`` would add the router as one nested route:
    FastAPI then matches a request against the router's routes twice (to select the router, then within
    it) — with the health and documentation routes tried first, 34 of the 104 µs of a public register
    read, measured in process. Routers made by ``service_router`` carry their prefix, tags and responses on
    each route, so the OpenAPI documents stay the same; options of ``include_router`` have no equivalent
    here. The services' paths (``/v1``, ``/test``) overlap none of the framework's (ADR 17)."""
    app.router.routes[0:0] = [route for router in routers for route in router.routes]


DOCS_ASSETS = "/docs/assets"


def mount_offline_docs(app: FastAPI, title: str) -> None:
    """Swagger UI at ``/docs`` with its scripts and styles served by the service itself (the
    ``swagger-ui-bundle-v2`` package ships them): FastAPI's default page loads them from a CDN and is blank on
    a government network without Internet access."""
    import swagger_ui_bundle
    from fastapi.openapi.docs import get_swagger_ui_html
    from starlette.staticfiles import StaticFiles

    app.mount(DOCS_ASSETS, StaticFiles(directory=str(swagger_ui_bundle.swagger_ui_path)), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> Any:
        return get_swagger_ui_html(openapi_url="/openapi.json", title=f"{title} — API",
                                   swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
                                   swagger_favicon_url=f"{DOCS_ASSETS}/favicon-32x32.png")


def create_app(settings: ServiceSettings, *, title: str, description: str, lifespan: Any,
               version: str = "1.0.0") -> FastAPI:
    # FastAPI's native telemetry off: spans come from the OpenTelemetry instrumentation (telemetry.py), which
    # it defers to anyway; left on, it still asked the global providers on every request (5 of ≈100 µs).
    app = FastAPI(title=title, description=description, version=version, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json", responses=PROBLEM_RESPONSES,
                  telemetry={"tracing": False, "metrics": False, "logs": False})
    mount_offline_docs(app, title)
    app.state.settings = settings
    app.state.readiness = []  # list[ReadinessCheck]
    service = settings.service_name

    @app.exception_handler(ProblemError)
    async def _problem(request: Request, exc: ProblemError) -> JSONResponse:
        return problem_response(exc, request)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return problem_response(validation_problem(exc), request)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return problem_response(ProblemError(exc.status_code, code, str(exc.detail), headers=headers), request)

    def _allowed_methods(request: Request) -> list[str]:
        """Every method the path supports (RFC 9110), from all routes for it, not just the first."""
        path = request.url.path
        methods: set[str] = set()
        for template, ops in app.openapi().get("paths", {}).items():
            if re.fullmatch(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)), path):
                methods |= {m.upper() for m in ops}
        return sorted(methods)

    async def _unavailable(request: Request, exc: Exception) -> JSONResponse:
        log.warning("database unavailable", extra={"error": str(exc)[:300]})
        return problem_response(ProblemError(503, "service_unavailable", "Service temporarily unavailable",
                                             "The service's database is not reachable; retry later.",
                                             headers={"Retry-After": "5"}), request)

    for exc_type in (OperationalError, InterfaceError, PoolTimeout, ConnectionError, TimeoutError):
        app.add_exception_handler(exc_type, _unavailable)

    @app.exception_handler(DBAPIError)
    async def _dbapi(request: Request, exc: DBAPIError) -> JSONResponse:
        if exc.connection_invalidated:
            return await _unavailable(request, exc)
        return await _internal(request, exc)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", extra={"path": request.url.path})
        return problem_response(ProblemError(500, "internal_error", "Internal error",
                                             "An unexpected error occurred; it has been logged."), request)

    app.add_middleware(ObserveAndAuditMiddleware, service=service)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(RateLimitMiddleware, settings=settings)

    @app.get("/health/live", tags=["health"], summary="Liveness: the process answers")
    async def live() -> dict[str, str]:
        return {"status": "live"}

    @app.get("/health/ready", tags=["health"], summary="Readiness: database and broker reachable")
    async def ready() -> JSONResponse:
        failures = {}
        for name, check in app.state.readiness:
            try:
                await check()
            except Exception as e:  # noqa: BLE001
                failures[name] = str(e)[:200]
        if failures:
            return JSONResponse({"status": "not_ready", "failures": failures}, status_code=503)
        return JSONResponse({"status": "ready"})

    @app.get("/metrics", tags=["health"], summary="Prometheus metrics", response_class=PlainTextResponse,
             responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}})
    async def metrics() -> PlainTextResponse:
        return PlainTextResponse(generate_latest().decode(), media_type=CONTENT_TYPE_LATEST)

    @app.get("/v1/audit", tags=["audit"], summary="The audit trail of writes (officers only)")
    async def audit(request: Request, limit: Annotated[int, Query(ge=1, le=200)] = 100,
                    resource_id: Annotated[str | None, Query(max_length=80)] = None,
                    actor: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
        from sqlmodel import select

        from ipp_common.auth import Role, current_principal
        from ipp_common.db import AuditRecord

        principal = await current_principal(request)
        if principal.role != Role.officer:
            raise ProblemError(403, "forbidden_role", "Forbidden", "The audit trail is readable by officers only.")
        q = select(AuditRecord)
        if resource_id:
            q = q.where(AuditRecord.resource_id == resource_id)
        if actor:
            q = q.where(AuditRecord.actor == actor)
        async with request.app.state.runtime.uow() as uow:
            rows = (await uow.session.exec(q.order_by(AuditRecord.id.desc()).limit(limit))).all()
            return {"items": [r.model_dump(mode="json") for r in rows]}

    _schema = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = _schema()
            spec.setdefault("components", {}).setdefault("schemas", {})["Problem"] = Problem.model_json_schema()
            app.openapi_schema = spec
        return app.openapi_schema
    app.openapi = openapi  # type: ignore[method-assign]
    return app


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
