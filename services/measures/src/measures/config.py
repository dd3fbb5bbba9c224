from ipp_common.core.settings import ServiceSettings
from pydantic import Field
from pydantic_settings import SettingsConfigDict


class MeasuresSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MEASURES_", extra="ignore")
    service_name: str = "measures"
    port: int = 8004
    database_url: str = "sqlite+aiosqlite:///./.data/measures.db"
    termination_scan_interval_s: float = Field(3600.0, gt=0)
    """How often the active scheduler terminates agreements whose breach went uncured (Art. 62.4); the first at start."""
