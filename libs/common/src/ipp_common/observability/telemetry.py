"""OpenTelemetry tracing and structured JSON logs.

Exporter by setting: ``none``, ``console``, ``otlp`` (HTTP, to ``OTEL_EXPORTER_OTLP_ENDPOINT``) or
``file:<path>`` (one JSON span per line; the integration tests read it to prove one trace spans a flow).
Instrumented: each FastAPI app (``server_spans``), httpx, SQLAlchemy (per engine) and aio-pika.
"""
from __future__ import annotations

import json
import logging
import sys
import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    ConsoleSpanExporter,
    SimpleSpanProcessor,
    SpanExporter,
    SpanExportResult,
)

_configured = False
_enabled = False


class JsonLinesSpanExporter(SpanExporter):
    def __init__(self, path: str):
        self.path = path
        self._lock = threading.Lock()

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        lines = []
        for s in spans:
            ctx = s.get_span_context()
            if ctx is None:
                continue
            parent = s.parent
            lines.append(json.dumps({
                "service": s.resource.attributes.get("service.name"), "name": s.name,
                "trace_id": format(ctx.trace_id, "032x"), "span_id": format(ctx.span_id, "016x"),
                "parent_id": format(parent.span_id, "016x") if parent else None,
                "kind": s.kind.name, "start": s.start_time, "end": s.end_time,
                "attributes": {k: str(v) for k, v in (s.attributes or {}).items()}}))
        with self._lock, open(self.path, "a") as f:
            f.write("\n".join(lines) + "\n")
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        pass


def setup_tracing(service_name: str, exporter: str, endpoint: str) -> None:
    global _configured, _enabled
    if _configured:
        return
    _configured = True
    _enabled = exporter != "none"
    if not _enabled:
        return  # no exporter: no instrumentation either (its cost buys nothing); context still propagates
    provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
    if exporter == "console":
        provider.add_span_processor(BatchSpanProcessor(ConsoleSpanExporter(out=sys.stderr)))
    elif exporter == "otlp":
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=f"{endpoint}/v1/traces")))
    elif exporter.startswith("file:"):
        provider.add_span_processor(SimpleSpanProcessor(JsonLinesSpanExporter(exporter[5:])))
    trace.set_tracer_provider(provider)

    from opentelemetry.instrumentation.aio_pika import AioPikaInstrumentor
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor

    HTTPXClientInstrumentor().instrument()
    AioPikaInstrumentor().instrument()


def instrument_engine(engine: Any) -> None:
    if not _enabled:
        return
    from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor

    # The instrumentor pins sqlalchemy < 2.1; its engine hooks work on 2.1, so skip the pin check.
    SQLAlchemyInstrumentor().instrument(engine=engine.sync_engine, enable_commenter=False, skip_dep_check=True)


def instrument_client(client: Any) -> None:
    """Client spans for an httpx client on a transport of our own (the global instrumentation wraps only
    httpx's default transport class)."""
    if not _enabled:
        return
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor

    HTTPXClientInstrumentor.instrument_client(client)


def instrument_app(app: Any) -> None:
    """A SERVER span per request, the outermost of the application's middleware (ADR 36)."""
    if not _enabled:
        return
    from ipp_common.observability.server_spans import ServerSpanMiddleware

    app.add_middleware(ServerSpanMiddleware)


# ---------------------------------------------------------------- logs

_STD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def __init__(self, service: str):
        super().__init__()
        self.service = service

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname, "service": self.service, "logger": record.name,
            "msg": record.getMessage()}
        ctx = trace.get_current_span().get_span_context()
        if ctx.is_valid:
            out["trace_id"] = format(ctx.trace_id, "032x")
            out["span_id"] = format(ctx.span_id, "016x")
        for k, v in record.__dict__.items():
            if k not in _STD and not k.startswith("_"):
                out[k] = v if isinstance(v, (str, int, float, bool, type(None), list, dict)) else str(v)
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


def setup_logging(service: str, level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter(service))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("aiormq", "aio_pika", "httpx", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
