"""The SERVER span of each HTTP request (ADR 36): named after its route, carrying the caller's trace and its
sampling decision, recorded only when sampled, and none for probes and scrapes."""
from __future__ import annotations

import httpx
from fastapi import FastAPI
from ipp_common.observability.server_spans import ServerSpanMiddleware
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.sdk.trace.sampling import ParentBased, TraceIdRatioBased
from opentelemetry.trace import SpanKind, StatusCode

TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"
SAMPLED, DROPPED = f"00-{TRACE}-00f067aa0ba902b7-01", f"00-{TRACE}-00f067aa0ba902b7-00"


def app_with(sampler_ratio: float) -> tuple[FastAPI, InMemorySpanExporter, list[int]]:
    exporter, seen = InMemorySpanExporter(), []
    provider = TracerProvider(sampler=ParentBased(TraceIdRatioBased(sampler_ratio)))
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    app = FastAPI()

    @app.get("/v1/register/{bin}")
    async def record(bin: str) -> dict[str, str]:
        seen.append(trace.get_current_span().get_span_context().trace_id)
        return {"bin": bin}

    @app.get("/v1/broken")
    async def broken() -> None:
        raise RuntimeError("boom")

    @app.get("/health/live")
    async def live() -> dict[str, str]:
        return {"status": "ok"}
    app.add_middleware(ServerSpanMiddleware, tracer_provider=provider)
    return app, exporter, seen


async def get(app: FastAPI, path: str, **headers: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://api") as c:
        return await c.get(path, headers=headers)


async def test_a_sampled_request_is_one_server_span_named_by_its_route_in_the_callers_trace() -> None:
    app, exporter, seen = app_with(0.0)  # only the caller's decision samples it
    assert (await get(app, "/v1/register/190540001012", traceparent=SAMPLED)).status_code == 200
    [span] = exporter.get_finished_spans()
    assert span.kind is SpanKind.SERVER and span.name == "GET /v1/register/{bin}"
    assert format(span.context.trace_id, "032x") == TRACE and span.parent is not None
    assert span.attributes is not None
    assert span.attributes["http.route"] == "/v1/register/{bin}" and span.attributes["http.response.status_code"] == 200
    assert seen == [int(TRACE, 16)]  # the handler runs inside it


async def test_a_dropped_request_records_nothing_but_carries_its_trace_on() -> None:
    app, exporter, seen = app_with(1.0)  # the caller's "not sampled" wins over the local ratio
    assert (await get(app, "/v1/register/190540001012", traceparent=DROPPED)).status_code == 200
    assert exporter.get_finished_spans() == ()
    assert seen == [int(TRACE, 16)]  # logs and outgoing calls still carry the caller's trace (and its decision)


async def test_a_new_trace_is_sampled_by_the_ratio_and_probes_have_no_span() -> None:
    app, exporter, seen = app_with(1.0)
    await get(app, "/v1/register/190540001012")
    await get(app, "/health/live")
    assert [s.name for s in exporter.get_finished_spans()] == ["GET /v1/register/{bin}"]
    assert seen[0] != int(TRACE, 16)


async def test_a_failing_request_is_an_error_span_with_its_exception() -> None:
    app, exporter, _ = app_with(1.0)
    assert (await get(app, "/v1/broken")).status_code == 500
    [span] = exporter.get_finished_spans()
    assert span.status.status_code is StatusCode.ERROR and span.name == "GET /v1/broken"
    assert [e.name for e in span.events] == ["exception"]
