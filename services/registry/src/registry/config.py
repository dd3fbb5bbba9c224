from ipp_common.core.settings import ServiceSettings, dev_key, is_dev_key
from pydantic import Field, field_validator, model_validator
from pydantic_settings import SettingsConfigDict

from registry.domain.ocds import check_prefix


class RegistrySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="REGISTRY_", extra="ignore")
    service_name: str = "registry"
    port: int = 8001
    database_url: str = "sqlite+aiosqlite:///./.data/registry.db"
    extract_signing_key: str = Field(default_factory=lambda: dev_key("extract_dev_private.pem") or "")
    """Ed25519 private key (PEM) that signs register extracts (Art. 51-1.8); the committed development key
    where it is installed (not in the production image)."""
    extract_issuer: str = "Ministry of Industry and Construction of the Republic of Kazakhstan"
    public_base_url: str | None = None
    """Where people reach the public register pages (e.g. https://register.example.kz): the QR code of an
    extract's PDF links there. Unset: the address the request for the PDF came to."""
    pdf_font_dir: str = "/usr/share/fonts/truetype/dejavu"
    """DejaVu TrueType fonts for the PDF extract (Debian: fonts-dejavu-core); they carry the Kazakh letters."""
    monitoring_tick_s: float = 30.0
    """How often the consumer role looks for producers due for monitoring and overdue notices."""
    register_cache: bool = True
    """Cache public register records in the API process, invalidated by PostgreSQL NOTIFY (ADR 8)."""
    monitoring_batch_size: int = 1000
    """Producers per monitoring transaction: bounds the memory of a sweep (docs/benchmarks.md)."""
    monitoring_rate_per_s: float = 50.0
    """Throttle: monitoring requests per second, what the e-gov sources can take."""

    ocds_ocid_prefix: str = "ocds-kzipp1"
    """The OCID prefix of the offtake register's OCDS data: ``ocds-`` and six letters or digits, as the Open
    Contracting Partnership assigns them. The default stands until the Ministry registers its own; once data
    is published under a prefix, it is the contracting processes' identity and does not change."""
    ocds_license: str | None = "https://creativecommons.org/licenses/by/4.0/"
    """The licence the open data is published under (every OCDS package and bulk snapshot names it)."""
    ocds_publication_policy: str | None = None
    """Where the publication policy is published (OCDS ``publicationPolicy``), once there is one."""

    @field_validator("ocds_ocid_prefix")
    @classmethod
    def _registered_style_prefix(cls, v: str) -> str:
        return check_prefix(v)

    @model_validator(mode="after")
    def _refuse_dev_signing_key(self) -> "RegistrySettings":
        if not self.extract_signing_key.strip():
            raise ValueError("REGISTRY_EXTRACT_SIGNING_KEY is not set, and this installation has no development key")
        if self.env == "prod" and is_dev_key(self.extract_signing_key):
            raise ValueError("REGISTRY_EXTRACT_SIGNING_KEY is the committed development key; refused in prod")
        return self
