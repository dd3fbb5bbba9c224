"""The web layer's routing: routers put in the application's own route list (``include_flat``) answer and
document exactly as ``include_router`` would have, and a request is matched once, ahead of the framework's
routes."""
from __future__ import annotations

import re

import httpx
from fastapi import FastAPI
from ipp_common.core.settings import ServiceSettings
from ipp_common.http.app import create_app, include_flat, service_router
from ipp_common.http.problem_responses import PROBLEM_RESPONSES

FAST_ROUTE_RESPONSES = {409: {"description": "Concurrent change", "content": {"application/problem+json": {}}}}


def _router():  # noqa: ANN202
    router = service_router("/v1", tags=["things"], responses=FAST_ROUTE_RESPONSES)

    @router.get("/things/{code}", summary="A thing")
    async def thing(code: int) -> dict[str, int]:
        return {"code": code}
    return router


def _app(flat: bool) -> FastAPI:
    app = create_app(ServiceSettings(service_name="webtest"), title="t", description="d", lifespan=None)
    if flat:
        include_flat(app, _router())
    else:
        app.include_router(_router())
    return app


def test_flat_routes_are_documented_as_included_ones_with_the_problem_answers() -> None:
    flat, nested = _app(True).openapi(), _app(False).openapi()
    assert flat == nested
    answers = flat["paths"]["/v1/things/{code}"]["get"]["responses"]
    assert {str(s) for s in PROBLEM_RESPONSES} <= set(answers)  # 422 as problem+json, not FastAPI's default
    assert answers["409"]["description"] == "Concurrent change"  # the router's own over the platform's
    assert "HTTPValidationError" not in flat["components"]["schemas"]


async def test_flat_routes_come_first_and_answer_like_included_ones() -> None:
    app = _app(True)
    assert [getattr(r, "path", None) for r in app.router.routes][0] == "/v1/things/{code}"
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        assert (await c.get("/v1/things/7")).json() == {"code": 7}
        bad = await c.get("/v1/things/seven")
        assert bad.status_code == 422 and bad.headers["content-type"] == "application/problem+json"
        assert (await c.get("/health/live")).status_code == 200


async def test_docs_page_and_its_assets_are_served_by_the_service_not_a_cdn() -> None:
    """An offline network (no CDN) still gets a working Swagger UI."""
    app = create_app(ServiceSettings(service_name="webtest"), title="t", description="d", lifespan=None)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://svc") as c:
        page = await c.get("/docs")
        assert page.status_code == 200 and "cdn" not in page.text.lower()
        assets = re.findall(r'(?:src|href)="(/docs/assets/[^"]+)"', page.text)
        assert {a.rsplit("/", 1)[1] for a in assets} >= {"swagger-ui-bundle.js", "swagger-ui.css"}
        for a in assets:
            r = await c.get(a)
            assert r.status_code == 200 and len(r.content) > 500, a
        assert (await c.get("/redoc")).status_code == 404


async def test_each_answer_is_counted_by_route_template_and_status_and_timed() -> None:
    """The series the 5xx-ratio alert and the dashboards read: by route template (not the raw path), method
    and status, with the request's duration."""
    from prometheus_client import REGISTRY

    app = create_app(ServiceSettings(service_name="metricstest"), title="t", description="d", lifespan=None)
    include_flat(app, _router())
    labels = {"service": "metricstest", "method": "GET", "route": "/v1/things/{code}"}

    def sample(name: str, **extra: str) -> float:
        return REGISTRY.get_sample_value(name, {**labels, **extra}) or 0.0
    before_ok, before_bad = sample("ipp_http_requests_total", status="200"), sample("ipp_http_requests_total",
                                                                                     status="422")
    timed = sample("ipp_http_request_seconds_count")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        for code in ("1", "2", "x"):
            await c.get(f"/v1/things/{code}")
    assert sample("ipp_http_requests_total", status="200") == before_ok + 2
    assert sample("ipp_http_requests_total", status="422") == before_bad + 1
    assert sample("ipp_http_request_seconds_count") == timed + 3


def test_a_replayed_answer_keeps_its_media_type() -> None:
    """An error answer is a problem document (RFC 9457) when it is replayed under its Idempotency-Key too."""
    from ipp_common.http.idempotency import replay_response
    from ipp_common.persistence.tables import IdempotencyRecord

    def replayed(status: int) -> str | None:
        record = IdempotencyRecord(principal="p", key="k", request_hash="h", status_code=status, response={"a": 1})
        r = replay_response(record)
        assert r.headers["idempotent-replayed"] == "true"
        return r.headers["content-type"]
    assert replayed(409) == "application/problem+json"
    assert replayed(201) == "application/json"
