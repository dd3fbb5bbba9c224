"""Prometheus metrics shared by all services (exposed at ``/metrics``)."""
from prometheus_client import Counter, Gauge, Histogram

HTTP_REQUESTS = Counter("ipp_http_requests_total", "HTTP requests", ["service", "method", "route", "status"])
HTTP_LATENCY = Histogram("ipp_http_request_seconds", "HTTP request latency", ["service", "method", "route"])
EVENTS_PUBLISHED = Counter("ipp_events_published_total", "Events published from the outbox",
                           ["service", "type", "routed"])
EVENTS_CONSUMED = Counter("ipp_events_consumed_total", "Events consumed",
                          ["service", "type", "outcome"])
OUTBOX_BACKLOG = Gauge("ipp_outbox_backlog", "Unpublished outbox rows, as the relay last counted them", ["service"])
OUTBOX_OLDEST_AGE = Gauge("ipp_outbox_oldest_unpublished_age_seconds",
                          "Age of the oldest unpublished outbox row (0 when none)", ["service"])
EVENT_HANDLER_SECONDS = Histogram("ipp_event_handler_seconds",
                                  "Time to apply a batch of consumed events, commit included", ["service"])
DEAD_LETTERS = Gauge("ipp_dead_letter_queue_messages", "Messages waiting in the service's dead-letter queue",
                     ["service", "queue"])
SCHEDULER_LEADER = Gauge("ipp_scheduler_leader", "1 while this process is the service's active scheduler",
                         ["service"])
SCHEDULED_RUNS = Counter("ipp_scheduled_runs_total", "Runs of a periodic duty by the active scheduler",
                         ["service", "duty", "outcome"])
RATE_LIMITED = Counter("ipp_http_rate_limited_total", "Requests refused with 429 by the rate limit", ["service"])
OUTBOUND_SECONDS = Histogram("ipp_outbound_request_seconds",
                             "Calls to an external system (an e-gov source), each attempt", ["source", "outcome"])
BREAKER_OPEN = Gauge("ipp_circuit_breaker_open", "1 while the circuit breaker of an external source is open",
                     ["source"])
WEBHOOK_DELIVERIES = Counter("ipp_webhook_deliveries_total", "Webhook delivery attempts by outcome",
                             ["outcome"])
DB_POOL_IN_USE = Gauge("ipp_db_pool_connections_in_use", "Database connections checked out of the pool",
                       ["service"])
