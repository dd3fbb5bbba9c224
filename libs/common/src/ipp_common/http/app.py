"""The app factory every service uses: FastAPI with problem+json errors, health endpoints, offline docs."""
from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from ipp_common.core.outages import OUTAGE_TYPES, is_transient
from ipp_common.core.settings import ServiceSettings
from ipp_common.http import documents, examples, idempotency, preconditions, problem_pages
from ipp_common.http.auth import require_roles
from ipp_common.http.fields import IsoDateTime
from ipp_common.http.health import add_health_routes
from ipp_common.http.jwks import JwksKeys
from ipp_common.http.middleware import BodyLimitMiddleware, ObserveAndAuditMiddleware, RateLimitMiddleware
from ipp_common.http.problem_responses import (
    PROBLEM_RESPONSES,
    domain_problem,
    problem_response,
    validation_problem,
)
from ipp_common.http.problems import ProblemError
from ipp_common.http.queries import CursorQuery, LimitQuery, StrictQueryRoute
from ipp_common.law.errors import DomainError
from ipp_common.law.principal import Principal, Role
from ipp_common.persistence.audit import AuditPage, audit_page

log = logging.getLogger("ipp.web")


def service_router(prefix: str, *, responses: dict[int | str, dict[str, Any]] | None = None,
                   **kwargs: Any) -> APIRouter:
    """A service's APIRouter: every route documents the problem+json answers (``PROBLEM_RESPONSES``, then
    the router's own ``responses`` over them) when it is created, so that ``include_flat`` loses nothing
    that ``include_router`` would have merged in from the application."""
    return APIRouter(prefix=prefix, responses={**PROBLEM_RESPONSES, **(responses or {})},
                     generate_unique_id_function=route_name, route_class=StrictQueryRoute, **kwargs)


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


def route_name(route: APIRoute) -> str:
    """A route's operationId is its endpoint function's name (the document prefixes the service): explicit
    and stable, where FastAPI's default joins the function, the path and the method."""
    return route.name


UNSTORABLE_TEXT = {"22021", "22P05"}
"""SQLSTATEs of text PostgreSQL refuses (character_not_in_repertoire, untranslatable_character — a NUL byte):
the caller's input, answered 422, not an internal error."""


def create_app(settings: ServiceSettings, *, title: str, description: str, lifespan: Any,
               version: str = "1.0.0") -> FastAPI:
    # FastAPI's native telemetry off: spans come from the OpenTelemetry instrumentation (telemetry.py), which
    # it defers to anyway; left on, it still asked the global providers on every request (5 of ≈100 µs).
    app = FastAPI(title=title, description=description, version=version, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json", responses=PROBLEM_RESPONSES,
                  telemetry={"tracing": False, "metrics": False, "logs": False},
                  generate_unique_id_function=route_name)
    app.router.route_class = StrictQueryRoute  # the application's own routes (health, audit) refuse them too
    mount_offline_docs(app, title)
    problem_pages.mount(app, settings.service_name)
    app.state.settings = settings
    app.state.jwks = JwksKeys(settings.jwt_jwks_url, refresh_min_s=settings.jwks_refresh_min_s,
                              ttl_s=settings.jwks_ttl_s) if settings.jwt_jwks_url else None
    app.state.readiness = []  # list[health.ReadinessCheck], set by the runtime's lifespan
    service = settings.service_name

    @app.exception_handler(ProblemError)
    async def _problem(request: Request, exc: ProblemError) -> Response:
        return await idempotency.answer_on_failure(request) or problem_response(exc, request)

    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> Response:
        return await idempotency.answer_on_failure(request) or problem_response(domain_problem(exc), request)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        content_type = request.headers.get("content-type") if request.method in ("POST", "PUT", "PATCH") else None
        return problem_response(validation_problem(exc, content_type), request)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return problem_response(ProblemError(exc.status_code, code, str(exc.detail), headers=headers), request)

    def _allowed_methods(request: Request) -> list[str]:
        """Every method the path supports (RFC 9110), from all the documented routes whose path matches it —
        as the router matches, with its convertors (``/v1/extracts/verify`` is not ``/v1/extracts/{id:uuid}``)."""
        methods: set[str] = set()
        for route in app.router.routes:
            if isinstance(route, APIRoute) and route.include_in_schema \
                    and route.path_regex.match(request.url.path):
                methods |= (route.methods or set()) - {"HEAD"}
        return sorted(methods)

    async def _unavailable(request: Request, exc: Exception) -> JSONResponse:
        log.warning("dependency unavailable", extra={"error": str(exc)[:300]})
        return problem_response(ProblemError(503, "service_unavailable", "Service temporarily unavailable",
                                             "A system this service depends on (its database or the message "
                                             "broker) is not reachable; retry later.",
                                             headers={"Retry-After": "5"}), request)

    for exc_type in OUTAGE_TYPES:
        app.add_exception_handler(exc_type, _unavailable)

    @app.exception_handler(DBAPIError)
    async def _dbapi(request: Request, exc: DBAPIError) -> JSONResponse:
        if is_transient(exc):  # e.g. a connection closed mid-handshake by a restarting pooler
            return await _unavailable(request, exc)
        if getattr(exc.orig, "sqlstate", None) in UNSTORABLE_TEXT:
            return problem_response(ProblemError(422, "invalid_character", "Text the register cannot store",
                                                 "A text value (in the body or the query) holds a NUL or another "
                                                 "character PostgreSQL text does not allow."), request)
        return await _internal(request, exc)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", extra={"path": request.url.path})
        return problem_response(ProblemError(500, "internal_error", "Internal error",
                                             "An unexpected error occurred; it has been logged."), request)

    app.add_middleware(preconditions.ETagMiddleware)
    app.add_middleware(preconditions.ChangedETagMiddleware)
    app.add_middleware(ObserveAndAuditMiddleware, service=service)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(RateLimitMiddleware, settings=settings)
    if settings.env == "test" and (directory := examples.recording_directory()):
        app.add_middleware(examples.ExampleRecorder, service=service, directory=directory)

    add_health_routes(app)

    @app.get("/v1/audit", tags=["audit"], response_model=AuditPage,
             summary="The audit trail of writes, newest first, by actor, resource and time (officers only)")
    async def audit(request: Request, _: Annotated[Principal, require_roles(Role.officer)], cursor: CursorQuery = None,
                    limit: LimitQuery = 100,
                    resource_id: Annotated[str | None, Query(max_length=80)] = None,
                    actor: Annotated[str | None, Query(max_length=200)] = None,
                    since: Annotated[IsoDateTime | None, Query(description="From this instant (inclusive)")] = None,
                    until: Annotated[IsoDateTime | None, Query(description="Before this instant")] = None) -> dict:
        async with request.app.state.runtime.uow() as uow:
            return await audit_page(uow.session, actor=actor, resource_id=resource_id, since=since, until=until,
                                    cursor=cursor, limit=limit)

    _schema = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = documents.complete(_schema(), app, service)
        return app.openapi_schema
    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented way to customise the schema
    return app
