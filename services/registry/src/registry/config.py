from pydantic_settings import SettingsConfigDict

from ipp_common.settings import ServiceSettings


class RegistrySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="REGISTRY_", extra="ignore")
    service_name: str = "registry"
    port: int = 8001
    database_url: str = "sqlite+aiosqlite:///./.data/registry.db"
