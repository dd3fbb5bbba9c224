from pydantic_settings import SettingsConfigDict

from ipp_common.settings import ServiceSettings


class NotificationsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NOTIFICATIONS_", extra="ignore")
    service_name: str = "notifications"
    port: int = 8005
    database_url: str = "sqlite+aiosqlite:///./.data/notifications.db"
