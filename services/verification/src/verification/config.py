from typing import Literal

from ipp_common.core.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict


class VerificationSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="VERIFICATION_", extra="ignore")
    service_name: str = "verification"
    port: int = 8002
    database_url: str = "sqlite+aiosqlite:///./.data/verification.db"
    egov_base_url: str = "http://127.0.0.1:8090"
    """Base URL of the e-gov information systems (the simulator locally). One per source in prod."""
    source_timeout_s: float = 3.0
    source_attempts: int = 3
    source_backoff_s: float = 0.2
    breaker_threshold: int = 5
    breaker_reset_s: float = 10.0
    sources_concurrency: int = 16
    """Connections per e-gov source."""
    http_transport: Literal["lean", "httpcore"] = "lean"
    """Transport under the httpx clients of the e-gov adapters: the lean HTTP/1.1 one (ADR 9) or httpx's own
    (the reference path). Where ``HTTPS_PROXY``/``HTTP_PROXY`` name a proxy for the e-gov URL, httpx's own."""
    egov_ca_file: str | None = None
    """CA bundle the e-gov gateway's certificate is verified against (default: the system's trust store)."""
    egov_client_cert_file: str | None = None
    """Client certificate (PEM) presented to the e-gov gateway, for mutual TLS."""
    egov_client_key_file: str | None = None
    """Its private key, when not in the certificate file."""
    pending_poll_s: float = 5.0
    """How often requests waiting for an unavailable source are re-tried."""
    pending_backoff_s: float = 5.0
    pending_backoff_max_s: float = 300.0
    status_feed_poll_s: float = 10.0
    """How often the legal-entities status feed (liquidations, reorganizations) is read."""
