from ipp_common.service.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict


class MeasuresSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MEASURES_", extra="ignore")
    service_name: str = "measures"
    port: int = 8004
    database_url: str = "sqlite+aiosqlite:///./.data/measures.db"
