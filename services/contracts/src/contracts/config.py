from ipp_common.core.settings import ServiceSettings
from pydantic import Field
from pydantic_settings import SettingsConfigDict


class ContractsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="CONTRACTS_", extra="ignore")
    service_name: str = "contracts"
    port: int = 8003
    database_url: str = "sqlite+aiosqlite:///./.data/contracts.db"
    deadline_scan_interval_s: float = Field(3600.0, gt=0)
    """How often the active scheduler scans the planning cycle's statutory deadlines (Art. 47); the first
    scan at start."""
