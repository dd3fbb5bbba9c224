"""The HTTP shell every service shares: problem+json errors, body-size limit, request ids, metrics,
health endpoints, ETags and cursor pagination helpers."""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

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


def create_app(settings: ServiceSettings, *, title: str, description: str, lifespan: Any,
               version: str = "1.0.0") -> FastAPI:
    app = FastAPI(title=title, description=description, version=version, lifespan=lifespan,
                  docs_url="/docs", openapi_url="/openapi.json")
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
        return problem_response(ProblemError(exc.status_code, code, str(exc.detail)), request)

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

    @app.middleware("http")
    async def _observe(request: Request, call_next: Callable) -> Response:
        rid = request.headers.get("x-request-id") or str(uuid.uuid4())
        request.state.request_id = rid
        t0 = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        path = getattr(route, "path", "unmatched")
        HTTP_REQUESTS.labels(service, request.method, path, str(response.status_code)).inc()
        HTTP_LATENCY.labels(service, request.method, path).observe(time.perf_counter() - t0)
        response.headers["x-request-id"] = rid
        return response

    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)

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

    @app.get("/metrics", tags=["health"], summary="Prometheus metrics")
    async def metrics() -> PlainTextResponse:
        return PlainTextResponse(generate_latest().decode(), media_type=CONTENT_TYPE_LATEST)

    return app


# ---------------------------------------------------------------- read-endpoint helpers

def etag_for(payload: Any) -> str:
    raw = json.dumps(payload, sort_keys=True, default=str).encode()
    return '"' + hashlib.sha256(raw).hexdigest()[:32] + '"'


def conditional_json(request: Request, payload: Any, status_code: int = 200) -> Response:
    """JSON with an ETag; answers 304 when the client's If-None-Match matches."""
    tag = etag_for(payload)
    if request.headers.get("if-none-match") == tag:
        return Response(status_code=304, headers={"ETag": tag})
    return JSONResponse(payload, status_code=status_code, headers={"ETag": tag})


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
