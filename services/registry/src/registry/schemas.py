"""The registry's HTTP models (XCreate / XPublic). Validation errors name the field, the rule and the
article of the law (as ``ctx.article``), and end up in problem+json."""
from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from ipp_common.bin import InvalidBIN, validate_bin
from ipp_common.events.common import Reason
from registry.domain.application_rules import CONSENTS, EVIDENCE_ARTICLE, SHA256, tnved_rule


def bin_field(v: str) -> str:
    try:
        return validate_bin(v)
    except InvalidBIN as e:
        raise PydanticCustomError("bin_invalid", "BIN is not valid: {rule}", {"rule": e.rule}) from e


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Consents(Strict):
    """The three consents of Art. 51-1.2(1)-(3); each must be given."""
    personal_data: bool
    site_access: bool
    video_surveillance: bool

    @field_validator("personal_data", "site_access", "video_surveillance")
    @classmethod
    def _given(cls, v: bool, info: Any) -> bool:
        if v is not True:
            article, what = CONSENTS[info.field_name]
            raise PydanticCustomError("consent_required", "Art. {article} requires {what}",
                                      {"article": article, "what": what})
        return v


class Evidence(Strict):
    """Evidence that the declared conditions and operations are met (Art. 51-1.2(4)), including a video of
    the technological process. The platform stores the reference and checksum, not the video."""
    video_uri: Annotated[str, Field(min_length=8, max_length=2000, examples=["https://cdn.egov.kz/v/abc.mp4"])]
    video_sha256: str
    description: Annotated[str, Field(max_length=4000)] = ""

    @field_validator("video_uri")
    @classmethod
    def _uri(cls, v: str) -> str:
        if not v.startswith(("https://", "s3://")):
            raise PydanticCustomError("evidence_uri_scheme", "Art. {article}: evidence must be an https:// "
                                      "or s3:// reference", {"article": EVIDENCE_ARTICLE})
        return v

    @field_validator("video_sha256")
    @classmethod
    def _sha(cls, v: str) -> str:
        if not SHA256.match(v):
            raise PydanticCustomError("evidence_checksum", "Art. {article}: video_sha256 must be 64 lowercase "
                                      "hex digits", {"article": EVIDENCE_ARTICLE})
        return v


class GoodCreate(Strict):
    tnved: Annotated[str, Field(examples=["7308909809"], description="TN VED EAEU code, 10 digits")]
    name: Annotated[str, Field(min_length=1, max_length=500)]
    declared_operations: Annotated[list[Annotated[str, Field(min_length=1, max_length=200)]],
                                   Field(min_length=1, max_length=100)]
    declared_icv_pct: Annotated[Decimal, Field(ge=0, le=100)]

    @field_validator("tnved")
    @classmethod
    def _tnved(cls, v: str) -> str:
        rule = tnved_rule(v)
        if rule:
            raise PydanticCustomError("tnved_format", "{rule}", {"rule": rule, "article": "51-1.2"})
        return v


class SiteCreate(Strict):
    site_id: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._-]+$")]
    address: Annotated[str, Field(min_length=1, max_length=500)]
    region: Annotated[str, Field(min_length=1, max_length=100)]


class ApplicationCreate(Strict):
    """An application for inclusion in the register of Kazakhstani producers (Art. 51-1.2)."""
    bin: Annotated[str, Field(examples=["190540001012"])]
    company_name: Annotated[str | None, Field(max_length=300)] = None
    consents: Consents
    evidence: Evidence
    goods: Annotated[list[GoodCreate], Field(min_length=1, max_length=200)]
    sites: Annotated[list[SiteCreate], Field(min_length=1, max_length=50)]

    @field_validator("bin")
    @classmethod
    def _bin(cls, v: str) -> str:
        return bin_field(v)


class TransitionPublic(BaseModel):
    from_status: str | None
    to_status: str
    action: str
    actor: str
    reason: str | None
    event_id: str | None
    at: datetime


class ApplicationPublic(BaseModel):
    id: uuid.UUID
    bin: str
    company_name: str | None
    status: str
    version: int
    goods: list[dict[str, Any]]
    sites: list[dict[str, Any]]
    reasons: list[Reason]
    verification_run_id: uuid.UUID | None
    filed_at: datetime
    updated_at: datetime
    history: list[TransitionPublic] | None = None


class ApplicationPage(BaseModel):
    items: list[ApplicationPublic]
    next_cursor: str | None
