"""Settings shared by every service (pydantic-settings).

Each service subclasses `ServiceSettings` with its own env prefix (e.g. ``REGISTRY_``); a few values
that are platform-wide (``AMQP_URL``, ``IPP_ENV``, ...) are read without a prefix through aliases.
Outside ``dev``/``test`` the settings refuse to start with the committed development keys.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from ipp_common.core.database_url import async_database_url

DEV_KEYS_DIR = Path(__file__).parents[1] / "data" / "dev_keys"
"""The committed development keys: in the source tree (``make up``, tests, the image's ``dev`` target), never in
the built package (``libs/common/pyproject.toml`` leaves them out), and so not in the production image."""
DEV_KEY_FINGERPRINTS = frozenset({
    "e88b314c7c663787b1910a5d95777eb20e37189877f975771c9abd06028a6602",  # jwt_dev_public.pem
    "98c34f504dcb4487cc894f505b491854b59ae9b0de0376801f83fe52e5b7546a",  # extract_dev_private.pem
})
"""The development keys by SHA-256 of their PEM text: prod refuses them even where no copy of them is installed."""


def dev_key(name: str) -> str | None:
    """A committed development key's PEM text, or None where it is not installed (the production image)."""
    path = DEV_KEYS_DIR / name
    return path.read_text() if path.is_file() else None


def is_dev_key(pem: str) -> bool:
    return hashlib.sha256(pem.strip().encode()).hexdigest() in DEV_KEY_FINGERPRINTS


def _shared(name: str, *prefixed: str) -> AliasChoices:
    return AliasChoices(*prefixed, name)


class ServiceSettings(BaseSettings):
    """Settings every service has. Subclasses set ``model_config`` with their env prefix."""

    model_config = SettingsConfigDict(extra="ignore", env_file=None, populate_by_name=True)

    service_name: str = "service"
    env: Literal["dev", "test", "prod"] = Field("dev", validation_alias=_shared("IPP_ENV"))

    # data
    database_url: str = "sqlite+aiosqlite:///./.data/service.db"
    db_pool_size: int = Field(20, ge=0)
    """PostgreSQL connections a process holds at most, opened as needed and then kept: no overflow
    connections that are closed when returned — under load that forked a backend and set up a session
    again and again (70-110 per 1,000 applications). The bound is the one the pool had before (10 + 10).
    0: no pool in the process (each unit of work connects and closes), for a pooler in session mode."""
    db_transaction_pooler: bool = False
    """``database_url`` is PgBouncer in transaction mode (the manifests' Pooler, ADR 30): consecutive
    transactions of one client connection may run on different server connections, so no statement is
    prepared for reuse — asyncpg's and SQLAlchemy's statement caches are off and each statement is parsed
    unnamed where it runs (what PgBouncer before 1.21 can follow)."""
    session_database_url: str | None = None
    """Where the sessions that last as long as the process connect — the relay's and the caches' LISTEN, the
    scheduler's lock: the primary itself (its ``-rw`` Service) when ``database_url`` is a pooler, so that they
    pin none of its server connections and a pooler restart does not end them. Unset: ``database_url``."""
    db_statement_timeout_ms: int = 5000
    write_strategy: Literal["plain", "one_statement"] = Field(
        "one_statement", validation_alias=_shared("IPP_WRITE_STRATEGY"))
    """How a commit writes (``persistence.row_writer``): ``plain`` is the reference path; ``one_statement``
    sends all of a commit's writes to PostgreSQL as one statement (ADR 14)."""

    # messaging
    amqp_url: str = Field("amqp://guest:guest@localhost:5672/", validation_alias=_shared("AMQP_URL"))
    exchange: str = Field("ipp.events", validation_alias=_shared("IPP_EXCHANGE"))
    queue_prefix: str = Field("ipp", validation_alias=_shared("IPP_QUEUE_PREFIX"))
    broker_connect_max_delay_s: float = Field(5.0, gt=0)
    """A process that starts while RabbitMQ is down retries with a delay doubling from 1 s up to this; its
    API serves meanwhile, events waiting in the outbox."""
    queue_type: Literal["classic", "quorum"] = Field("classic", validation_alias=_shared("IPP_QUEUE_TYPE"))
    prefetch: int = 32
    consumer_concurrency: int = 16
    """Events handled at once by a consumer whose handlers run one event at a time (precheck_inbox)."""
    consumer_batch_max: int = Field(32, ge=1)
    """Other consumers apply up to this many waiting events in one transaction (ADR 0010); 1 is the
    reference path: one event, one transaction, one ack."""
    ack_strategy: Literal["each", "batch"] = Field("batch", validation_alias=_shared("IPP_ACK_STRATEGY"))
    """How a committed batch is acked: one ack per event (the reference path), or one ``multiple`` ack up to
    the batch's highest delivery tag when nothing earlier is still unacked (ADR 0018)."""
    consumer_batches: int = 4
    """Batches applied at once."""
    retry_delays_ms: list[int] = [500, 2000, 8000]
    relay_batch_size: int = 200
    relay_poll_interval_s: float = 0.2
    """The relay's poll while it is not listening (SQLite, or its LISTEN connection down)."""
    scheduler_poll_s: float = Field(2.0, gt=0)
    """How often the active scheduler checks its lead, and a standby tries to take it (ADR 22)."""
    gauge_interval_s: float = Field(5.0, gt=0)
    """How often a relay counts its outbox backlog (and the oldest row's age), and a consumer its
    dead-letter queue, for the metrics."""
    relay_listening_poll_s: float = 2.0
    """Safety-net poll while the outbox trigger's NOTIFY wakes the relay at each commit (PostgreSQL): idle
    relays polling every 0.2 s cost more CPU per application than two whole services in the e2e bench."""
    relay_idle_poll_max_s: float = Field(60.0, gt=0)
    """The longest the listening relay's safety poll grows to while it finds nothing (doubling from
    ``relay_listening_poll_s``), and never beyond a lease (``relay_lease_s``: rows a dead replica leased
    wait at most two leases): an idle relay asks the database about twice a minute."""
    relay_linger_s: float = 0.005
    outbox_retention_days: float = Field(7.0, ge=0)
    """Published outbox rows are kept this long after publishing (unpublished ones always; ADR 12)."""
    inbox_retention_days: float = Field(30.0, ge=1)
    """Inbox rows (dedup of redeliveries, which come within minutes) are kept this long."""
    idempotency_retention_days: float = Field(7.0, ge=1)
    """A retried request with the same Idempotency-Key within this time gets the first response."""
    retention_poll_s: float = 3600.0
    retention_batch: int = Field(5000, ge=1)
    relay_publish_timeout_s: float = 10.0
    relay_lease_s: float = 30.0
    """How long a relay holds the outbox rows it claimed (ADR 16): a relay that dies between claiming and
    marking them leaves them to be published again after this; longer than a publish may take."""

    event_loop: Literal["uvloop", "asyncio"] = Field("uvloop", validation_alias=_shared("IPP_EVENT_LOOP"))
    """uvloop in production; the standard loop remains selectable (debugging, profiling)."""
    gc_young_threshold: int = Field(20_000, ge=0, validation_alias=_shared("IPP_GC_YOUNG_THRESHOLD"))
    """Allocations between young-generation collections (CPython's default is 700; 0 keeps the default).
    With the objects of start-up frozen out of the collector (ADR 13), a request or event allocates a few
    thousand objects that are nearly all freed by reference counting; at 700 the collector ran several
    times per request and promoted short-lived objects into the older generations it then traversed."""

    # http
    host: str = "127.0.0.1"
    port: int = 8000
    ops_port: int = Field(0, ge=0, le=65535)
    """Where a role that serves no API (consumer, relay) serves /health/live, /health/ready and /metrics;
    0: not served."""
    keep_alive_s: int = 65
    """Idle keep-alive connections are kept this long (uvicorn's default is 5 s): longer than the usual
    60 s of load balancers and clients' pools, so that a client seldom sends on a connection the server is
    closing at that moment (a POST on it fails and must be retried with its Idempotency-Key)."""
    api_base_url: str | None = None
    """The public base URL of this service's API (https://registry.ipp.example.kz): the documents' ``servers``
    and the address of each problem type's page. Unset: ``http://localhost:<port>``, as ``make up`` runs it."""
    max_body_bytes: int = 1_048_576
    page_size_max: int = 200

    rate_limit_per_s: float = 50.0
    """Per client (verified token subject, else client address): sustained requests per second."""
    rate_limit_burst: int = 200
    trusted_proxies: list[str] = Field(default_factory=list, validation_alias=_shared("IPP_TRUSTED_PROXIES"))
    """Addresses or networks (CIDR) of the ingress and proxies in front of the services: a request from one of
    them is limited by the client address it forwards (the right-most untrusted ``X-Forwarded-For`` entry);
    any other peer's ``X-Forwarded-For`` is ignored, since anyone can send one."""

    # auth: public keys (PEM) that verify tokens issued by the e-gov identity provider
    jwt_public_keys: list[str] = Field(default_factory=lambda: [k for k in [dev_key("jwt_dev_public.pem")] if k],
                                       validation_alias=_shared("IPP_JWT_PUBLIC_KEYS"))
    jwt_jwks_url: str | None = Field(None, validation_alias=_shared("IPP_JWT_JWKS_URL"))
    """The identity provider's JWKS: keys published there verify tokens beside ``jwt_public_keys``, and a
    rotation needs no redeploy (``http.jwks``)."""
    jwks_refresh_min_s: float = Field(30.0, ge=0, validation_alias=_shared("IPP_JWKS_REFRESH_MIN_S"))
    """At most one JWKS refresh per this many seconds, however many unknown key ids tokens name."""
    jwks_ttl_s: float = Field(300.0, gt=0, validation_alias=_shared("IPP_JWKS_TTL_S"))
    oauth_token_url: str = Field("https://idp.example/oauth2/token", validation_alias=_shared("IPP_OAUTH_TOKEN_URL"))
    """Where an agency's system gets a token with the OAuth2 client-credentials grant (RFC 6749 §4.4): the
    e-gov identity provider's token endpoint, which is not part of this platform; the OpenAPI documents name
    it. The default is a placeholder (``.example`` is reserved): set it in production; locally, ``make token``
    mints the same tokens."""
    jwt_issuer: str = Field("ipp-dev-idp", validation_alias=_shared("IPP_JWT_ISSUER"))
    jwt_audience: str = Field("ipp", validation_alias=_shared("IPP_JWT_AUDIENCE"))

    # observability
    otel_exporter: str = Field("none", validation_alias=_shared("OTEL_EXPORTER"))
    """``none`` | ``console`` | ``otlp`` | ``file:<path>`` (JSON lines, one span each; used by tests)."""
    otel_endpoint: str = Field("http://localhost:4318", validation_alias=_shared("OTEL_EXPORTER_OTLP_ENDPOINT"))
    log_level: str = Field("INFO", validation_alias=_shared("LOG_LEVEL"))

    @property
    def public_api_url(self) -> str:
        return (self.api_base_url or f"http://localhost:{self.port}").rstrip("/")

    @field_validator("database_url", "session_database_url")
    @classmethod
    def _async_driver(cls, v: str | None) -> str | None:
        return async_database_url(v) if v else v

    @property
    def lasting_session_url(self) -> str:
        return self.session_database_url or self.database_url

    @model_validator(mode="after")
    def _lease_outlasts_publish(self) -> ServiceSettings:
        if self.relay_lease_s <= self.relay_publish_timeout_s:
            raise ValueError(f"relay_lease_s ({self.relay_lease_s}) must exceed relay_publish_timeout_s "
                             f"({self.relay_publish_timeout_s}): a lease ending while its publish still waits "
                             "for the broker's confirm would let another relay publish the same rows")
        return self

    @model_validator(mode="after")
    def _some_key_verifies_tokens(self) -> ServiceSettings:
        if not self.jwt_public_keys and not self.jwt_jwks_url:
            raise ValueError("no key can verify a token: set IPP_JWT_PUBLIC_KEYS or IPP_JWT_JWKS_URL (this "
                             "installation has no development key)")
        return self

    @model_validator(mode="after")
    def _refuse_dev_secrets_outside_dev(self) -> ServiceSettings:
        if self.env == "prod":
            if any(is_dev_key(k) for k in self.jwt_public_keys):
                raise ValueError("IPP_JWT_PUBLIC_KEYS still holds the committed development key; "
                                 "configure the identity provider's keys for prod")
            if "guest:guest@" in self.amqp_url:
                raise ValueError("AMQP_URL uses the default guest credentials; refused in prod")
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def queue_name(self, suffix: str = "") -> str:
        base = f"{self.queue_prefix}.{self.service_name}"
        return f"{base}.{suffix}" if suffix else base
