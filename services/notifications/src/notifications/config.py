from ipp_common.core.settings import ServiceSettings
from pydantic import model_validator
from pydantic_settings import SettingsConfigDict


class NotificationsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NOTIFICATIONS_", extra="ignore")
    service_name: str = "notifications"
    port: int = 8005
    database_url: str = "sqlite+aiosqlite:///./.data/notifications.db"

    # agency webhooks
    webhook_scopes: dict[str, list[str]] = {
        "informatization": ["registry.producer.*", "registry.software_contest.filed"],
        "bank": ["contracts.contract.*"],
        "registry-observer": ["registry.*"],
        "measures-observer": ["measures.*"],
        "contracts-observer": ["contracts.*"],
    }
    """Which event types an agency token scope may subscribe to (glob patterns)."""
    webhook_require_https: bool = True
    webhook_allowed_private_cidrs: list[str] = []
    """Private ranges a webhook may call anyway (a test receiver on loopback); refused in prod."""
    webhook_timeout_s: float = 5.0
    webhook_max_attempts: int = 8
    webhook_backoff_s: float = 5.0
    webhook_backoff_max_s: float = 3600.0
    webhook_poll_s: float = 1.0

    # retention of notices, per notice type, in days (default for the rest)
    retention_days_default: int = 1825
    retention_days: dict[str, int] = {}
    purge_poll_s: float = 3600.0

    @model_validator(mode="after")
    def _no_private_webhooks_in_prod(self) -> "NotificationsSettings":
        if self.env == "prod" and (self.webhook_allowed_private_cidrs or not self.webhook_require_https):
            raise ValueError("webhooks to private addresses or over plain http are refused in prod")
        return self
