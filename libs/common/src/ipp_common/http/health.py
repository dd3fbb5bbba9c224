"""Liveness, readiness and Prometheus metrics. Every API serves them beside its routes; the roles that
serve no API (consumer, relay, scheduler) serve them on an ops port of their own (``ops_app``), so that
every role has probes and is scraped."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Literal

from fastapi import FastAPI
from fastapi.responses import JSONResponse, PlainTextResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel, Field

ReadinessCheck = tuple[str, Callable[[], Awaitable[None]]]
"""A named check that raises when the process cannot do its work."""


class Health(BaseModel):
    status: Literal["live", "ready", "not_ready"]
    failures: dict[str, str] | None = Field(None, description="What is not answering, by check (when not ready)")


def add_health_routes(app: FastAPI) -> None:
    """``/health/live``, ``/health/ready`` (the checks in ``app.state.readiness``) and ``/metrics``."""

    @app.get("/health/live", tags=["health"], response_model=Health, summary="Liveness: the process answers")
    async def live() -> dict[str, str]:
        return {"status": "live"}

    @app.get("/health/ready", tags=["health"], response_model=Health,
             responses={503: {"model": Health, "description": "Not ready: the failing checks"}},
             summary="Readiness: what this process needs answers")
    async def ready() -> JSONResponse:
        failures = {}
        for name, check in app.state.readiness:
            try:
                await check()
            except Exception as e:  # noqa: BLE001 - any failure is a reason not to be ready
                failures[name] = str(e)[:200]
        if failures:
            return JSONResponse({"status": "not_ready", "failures": failures}, status_code=503)
        return JSONResponse({"status": "ready"})

    @app.get("/metrics", tags=["health"], summary="Prometheus metrics", response_class=PlainTextResponse,
             responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}})
    async def metrics() -> PlainTextResponse:
        return PlainTextResponse(generate_latest().decode(), media_type=CONTENT_TYPE_LATEST)


def ops_app(readiness: list[ReadinessCheck]) -> FastAPI:
    """The ops endpoints alone, for a role that serves no API."""
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    app.state.readiness = readiness
    add_health_routes(app)
    return app
