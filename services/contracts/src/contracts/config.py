from ipp_common.service.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict


class ContractsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="CONTRACTS_", extra="ignore")
    service_name: str = "contracts"
    port: int = 8003
    database_url: str = "sqlite+aiosqlite:///./.data/contracts.db"
