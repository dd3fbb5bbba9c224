"""Prometheus metrics shared by all services (exposed at ``/metrics``)."""
from prometheus_client import Counter, Gauge, Histogram

HTTP_REQUESTS = Counter("ipp_http_requests_total", "HTTP requests", ["service", "method", "route", "status"])
HTTP_LATENCY = Histogram("ipp_http_request_seconds", "HTTP request latency", ["service", "method", "route"])
EVENTS_PUBLISHED = Counter("ipp_events_published_total", "Events published from the outbox",
                           ["service", "type", "routed"])
EVENTS_CONSUMED = Counter("ipp_events_consumed_total", "Events consumed",
                          ["service", "type", "outcome"])
OUTBOX_BACKLOG = Gauge("ipp_outbox_backlog", "Unpublished outbox rows seen by the relay", ["service"])
