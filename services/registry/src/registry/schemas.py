"""The registry's HTTP models (XCreate / XPublic). Validation errors name the field, the rule and the
article of the law (as ``ctx.article``), and end up in problem+json."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from ipp_common.events.common import Reason
from ipp_common.events.contracts import ContractStatus
from ipp_common.http.fields import BinText, DecimalForm, DecimalText, IsoDate, Version, bin_field
from ipp_common.law.codes import BIN_PATTERN, TNVED_PATTERN
from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator
from pydantic_core import PydanticCustomError

from registry.domain.appeals import AppealAction, AppealOutcome, AppealStatus
from registry.domain.application_rules import CONSENTS, EVIDENCE_ARTICLE, SHA256, tnved_rule
from registry.domain.model import Action, ApplicationStatus
from registry.domain.register import Basis, EntryKind, Ground, ProducerStatus


def tnved_field(v: str) -> str:
    rule = tnved_rule(v)
    if rule:
        raise PydanticCustomError("tnved_format", "{rule}", {"rule": rule, "article": "51-1.2"})
    return v


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Consents(Strict):
    """The three consents of Art. 51-1.2(1)-(3); each must be given."""
    personal_data: StrictBool
    site_access: StrictBool
    video_surveillance: StrictBool

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
    video_sha256: Annotated[str, Field(json_schema_extra={"pattern": SHA256.pattern})]
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
    tnved: Annotated[str, Field(examples=["7308909809"], description="TN VED EAEU code, 10 digits",
                                json_schema_extra={"pattern": TNVED_PATTERN})]
    name: Annotated[str, Field(min_length=1, max_length=500)]
    declared_operations: Annotated[list[Annotated[str, Field(min_length=1, max_length=200)]],
                                   Field(min_length=1, max_length=100)]
    declared_icv_pct: Annotated[Decimal, Field(ge=0, le=100), DecimalForm()]

    @field_validator("tnved")
    @classmethod
    def _tnved(cls, v: str) -> str:
        return tnved_field(v)


class SiteCreate(Strict):
    site_id: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._-]+$")]
    address: Annotated[str, Field(min_length=1, max_length=500)]
    region: Annotated[str, Field(min_length=1, max_length=100)]


class ApplicationCreate(Strict):
    """An application for inclusion in the register of Kazakhstani producers (Art. 51-1.2)."""
    bin: Annotated[str, Field(examples=["190540001012"], json_schema_extra={"pattern": BIN_PATTERN})]
    company_name: Annotated[str | None, Field(max_length=300)] = None
    consents: Consents
    evidence: Evidence
    goods: Annotated[list[GoodCreate], Field(min_length=1, max_length=200)]
    sites: Annotated[list[SiteCreate], Field(min_length=1, max_length=50)]
    wholly_produced: StrictBool = False
    """The goods are wholly produced in Kazakhstan (Art. 51-3): no production assessment when the competent
    agencies' facts cover them (Art. 51-1.9)."""

    @field_validator("bin")
    @classmethod
    def _bin(cls, v: str) -> str:
        return bin_field(v)


class GoodOnRecord(BaseModel):
    """A good as declared or entered in the register: its TN VED code, name, operations and ICV share."""
    tnved: str = Field(pattern=r"^[0-9]{10}$")
    name: str | None = None
    declared_operations: list[str] = []
    declared_icv_pct: DecimalText | None = None


class SiteOnRecord(BaseModel):
    site_id: str
    address: str
    region: str


class AppealDocumentPublic(BaseModel):
    title: str
    uri: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class TransitionPublic(BaseModel):
    from_status: ApplicationStatus | None
    to_status: ApplicationStatus
    action: Action
    actor: str
    reason: str | None
    event_id: str | None
    at: datetime


class ApplicationPublic(BaseModel):
    id: uuid.UUID
    bin: str
    company_name: str | None
    status: ApplicationStatus
    version: int
    goods: list[GoodOnRecord]
    sites: list[SiteOnRecord]
    reasons: list[Reason]
    wholly_produced: bool = False
    assessment: dict[str, Any] | None = Field(None, description="The production assessment as the officers recorded "
                                                                "it (participants, findings per good, the act of an "
                                                                "on-site inspection, Art. 51-1.4-5). Open by design: "
                                                                "it keeps what each stage recorded")
    verification_run_id: uuid.UUID | None
    filed_at: datetime
    updated_at: datetime
    history: list[TransitionPublic] | None = None


class ApplicationPage(BaseModel):
    items: list[ApplicationPublic]
    next_cursor: str | None


# ---------------------------------------------------------------- production assessment (Art. 51-1.4-5)

class Participant(Strict):
    organisation: Annotated[str, Field(min_length=1, max_length=300)]
    kind: Literal["sectoral_agency", "industry_association"]
    """Industry associations take part voluntarily (Art. 51-1.5)."""


class GoodFindingsIn(Strict):
    tnved: Annotated[str, Field(json_schema_extra={"pattern": TNVED_PATTERN})]
    confirmed_operations: Annotated[list[Annotated[str, Field(max_length=200)]], Field(max_length=100)]
    conditions_met: Annotated[list[Literal["raw_materials", "product_testing", "technical_documents"]],
                              Field(max_length=3)]


class AssessmentAct(Strict):
    """The act drawn up after an on-site inspection (акт оценки производства, Art. 51-1.5)."""
    number: Annotated[str, Field(min_length=1, max_length=100)]
    drawn_up_on: IsoDate
    uri: Annotated[str, Field(min_length=8, max_length=2000)]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    inspectors: Annotated[list[Annotated[str, Field(max_length=200)]], Field(min_length=1, max_length=20)]


class AssessmentDecision(Strict):
    participants: Annotated[list[Participant], Field(min_length=1, max_length=20)]
    outcome: Literal["decide", "inspection_required"]
    findings: Annotated[list[GoodFindingsIn], Field(max_length=200)] = []
    inspection_reason: Annotated[str | None, Field(max_length=2000)] = None
    inspection_planned_on: IsoDate | None = None
    assessment_act: AssessmentAct | None = None
    expected_version: Version | None = None
    """Optimistic lock: the version the officer saw; a stale decision gets 409."""


# ---------------------------------------------------------------- catalogue (Art. 51-7)

class CatalogueVersionCreate(Strict):
    effective_from: IsoDate
    conditions: Annotated[list[Literal["raw_materials", "product_testing", "technical_documents"]],
                          Field(min_length=1, max_length=3)]
    operations: Annotated[list[Annotated[str, Field(min_length=1, max_length=200)]], Field(min_length=1, max_length=100)]
    min_operations: Annotated[int, Field(ge=1, strict=True)]
    basis: Annotated[str, Field(min_length=1, max_length=500, examples=["Order of the Minister No. 123"])]


# ---------------------------------------------------------------- agencies

class WhollyProducedFactCreate(Strict):
    """A fact from the competent agency on a good wholly produced in Kazakhstan (Art. 51-3.2-6)."""
    bin: Annotated[str, Field(json_schema_extra={"pattern": BIN_PATTERN})]
    tnved: Annotated[str, Field(json_schema_extra={"pattern": TNVED_PATTERN})]
    kind: Literal["solid_minerals", "hydrocarbons_uranium", "common_minerals", "agricultural", "scrap"]
    document_ref: Annotated[str, Field(min_length=1, max_length=200)]
    valid_from: IsoDate
    valid_to: IsoDate | None = None

    @field_validator("bin")
    @classmethod
    def _bin(cls, v: str) -> str:
        return bin_field(v)

    @field_validator("tnved")
    @classmethod
    def _tnved(cls, v: str) -> str:
        return tnved_field(v)


class SoftwareGood(Strict):
    tnved: Annotated[str, Field(json_schema_extra={"pattern": TNVED_PATTERN})]
    name: Annotated[str, Field(min_length=1, max_length=500)]
    trusted_register_ref: Annotated[str, Field(min_length=1, max_length=200)]

    @field_validator("tnved")
    @classmethod
    def _tnved(cls, v: str) -> str:
        return tnved_field(v)


class SoftwareNotice(Strict):
    """A notice of the informatization authority including or excluding a software producer (Art. 51-2.4)."""
    bin: Annotated[str, Field(json_schema_extra={"pattern": BIN_PATTERN})]
    action: Literal["include", "exclude"]
    company_name: Annotated[str | None, Field(max_length=300)] = None
    region: Annotated[str | None, Field(max_length=100)] = None
    goods: Annotated[list[SoftwareGood], Field(max_length=100)] = []
    reason: Annotated[str, Field(min_length=1, max_length=2000)]

    @field_validator("bin")
    @classmethod
    def _bin(cls, v: str) -> str:
        return bin_field(v)


class SoftwareContestCreate(Strict):
    exclusion_entry_id: uuid.UUID
    grounds: Annotated[str, Field(min_length=1, max_length=10000)]


# ---------------------------------------------------------------- producers

class ExclusionRequest(Strict):
    """The producer's own request to be excluded (Art. 51-6(3))."""
    reason: Annotated[str, Field(min_length=1, max_length=2000)]


class AppealDocument(Strict):
    title: Annotated[str, Field(min_length=1, max_length=300)]
    uri: Annotated[str, Field(min_length=8, max_length=2000)]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class AppealCreate(Strict):
    """An objection to exclusion by monitoring (Art. 51-5.1, 51-5.3)."""
    exclusion_entry_id: uuid.UUID
    grounds: Annotated[str, Field(min_length=1, max_length=20000)]
    documents: Annotated[list[AppealDocument], Field(max_length=50)] = []


class AppealActionCreate(Strict):
    """Document request, hearing or field visit by the commission (Art. 51-5.4)."""
    action: Literal["document_request", "hearing", "field_visit"]
    detail: Annotated[str, Field(min_length=1, max_length=5000)]
    scheduled_on: IsoDate | None = None


class AppealDecisionCreate(Strict):
    """Art. 51-5.5: satisfied fully or partially, or refused with reasons; written and binding."""
    outcome: Literal["satisfied", "partially_satisfied", "refused"]
    reasons_kk: Annotated[str, Field(max_length=20000)] = ""
    reasons_ru: Annotated[str, Field(max_length=20000)] = ""
    restored_goods: list[str] | None = None
    """For a partial satisfaction: the TN VED codes restored."""
    expected_version: Version | None = None


class ExtractVerifyRequest(Strict):
    extract: dict[str, Any]
    signature: Annotated[str, Field(min_length=1, max_length=500)]


# ---------------------------------------------------------------- what the register answers (``XPublic``)

class GoodPublic(BaseModel):
    tnved: str
    name: str | None = None
    icv_pct: DecimalText | None = None


class ProducerPublic(BaseModel):
    """What the law makes public of a producer (Art. 51-1.8, 6.3): membership, basis and goods with their ICV
    share — never sites, evidence or other filings. Entries of the register as of a date carry the entry."""
    bin: BinText
    status: ProducerStatus
    company_name: str | None = None
    region: str | None = None
    since: datetime | None = None
    basis: Basis | None = None
    goods: list[GoodPublic]
    entry_id: uuid.UUID | None = None
    entry_kind: EntryKind | None = None


class RegisterPage(BaseModel):
    items: list[ProducerPublic]
    next_cursor: str | None = Field(description="Send as `cursor` for the next page; null on the last")
    as_of: date | None = None


class SigningKey(BaseModel):
    key_id: str
    algorithm: str
    public_key_pem: str


class SigningKeys(BaseModel):
    """The register's public keys: anyone may check an extract offline (Art. 51-1.8)."""
    keys: list[SigningKey]


class RegisterChange(BaseModel):
    """An entry of a producer's public register history (Art. 51-1.8, 51-6): its kind, date, basis or ground."""
    id: uuid.UUID
    seq: int
    kind: EntryKind
    basis: Basis | None = None
    ground: Ground | None = None
    at: datetime
    goods: list[str]


class ExtractCheck(BaseModel):
    """Whether an extract is authentic and whether it still reflects the register."""
    signature_valid: bool
    checked_at: datetime
    issued_by: str | None = None
    producer_still_included: bool | None = None
    current_entry_is_same: bool | None = None
    current_status: ProducerStatus | None = None
    reason: str | None = None
    register_changes_since: list[RegisterChange] | None = Field(
        default=None, description="What the register recorded for the producer after the extract's entry "
                                  "(e.g. the exclusion, with its date and ground), when the extract no longer "
                                  "reflects it")


class SignedExtract(BaseModel):
    """An extract from the register (Art. 51-1.8), signed with the register's key (Ed25519 over its canonical
    JSON)."""
    extract: dict[str, Any] = Field(description="The extract as signed: its canonical JSON is what the signature "
                                                "covers, so it is kept as issued (ADR 28; check it at POST "
                                                "/v1/extracts/verify)")
    signature: str
    algorithm: str
    verify: str
    public_keys: str


class CatalogueVersionPublic(BaseModel):
    """A version of a good's production conditions (Art. 51-7); a later one is never more favourable."""
    tnved: str
    version: int
    effective_from: date
    conditions: list[str]
    operations: list[str]
    min_operations: int
    basis: str
    created_at: datetime


class CatalogueEntry(BaseModel):
    tnved: str
    versions: list[CatalogueVersionPublic]


class EntryPublic(BaseModel):
    """An entry of the register (inclusion, exclusion with its ground, re-inclusion), hash-chained."""
    id: uuid.UUID
    seq: int
    bin: BinText
    kind: EntryKind
    basis: Basis | None = None
    ground: Ground | None = None
    company_name: str | None = None
    region: str | None = None
    goods: list[GoodOnRecord]
    reasons: list[Reason]
    application_id: uuid.UUID | None = None
    appeal_id: uuid.UUID | None = None
    restores_entry_id: uuid.UUID | None = None
    contest_due: date | None = None
    at: datetime
    event_id: str | None = None
    prev_hash: str
    hash: str


class ProducerHistory(BaseModel):
    bin: BinText
    entries: list[EntryPublic]


class RemedyNoticePublic(BaseModel):
    """A notice to remedy what quarterly monitoring found (Art. 51-4.2), due in ten working days."""
    id: uuid.UUID
    bin: BinText
    check_id: uuid.UUID
    reasons: list[Reason]
    issued_at: datetime
    due: date
    status: Literal["open", "remedied", "excluded", "superseded"] = Field(
        description="open; remedied in time; excluded for not remedying; superseded by an exclusion on another ground")
    closed_at: datetime | None = None


class RemedyNotices(BaseModel):
    bin: BinText
    items: list[RemedyNoticePublic]


class MonitoringCheckPublic(BaseModel):
    id: uuid.UUID
    bin: BinText
    reason: str
    requested_at: datetime
    outcome: Literal["passed", "failed"] | None = Field(None, description="The verification run's result; null while it runs")
    run_id: uuid.UUID | None = None
    completed_at: datetime | None = None


class SoftwareContestPublic(BaseModel):
    id: uuid.UUID
    bin: BinText
    exclusion_entry_id: uuid.UUID
    grounds: str
    filed_on: date
    due: date
    filed_at: datetime


class AppealActionPublic(BaseModel):
    action: AppealAction
    detail: dict[str, Any] = Field(description="The action as the commission recorded it (its text and date). "
                                               "Open by design: each kind of action records its own")
    actor: str
    at: datetime


class AppealPublic(BaseModel):
    """An appeal against an exclusion (Art. 51-5) and, when read one at a time, the commission's actions."""
    id: uuid.UUID
    bin: BinText
    exclusion_entry_id: uuid.UUID
    grounds: str
    documents: list[AppealDocumentPublic]
    filed_on: date
    due: date
    status: AppealStatus
    outcome: AppealOutcome | None = None
    decision: dict[str, Any] | None = Field(None, description="The commission's written decision (outcome, reasons "
                                                              "in Kazakh and Russian, goods restored, Art. 51-5.5). "
                                                              "Open by design: kept as decided")
    version: int
    filed_by: str
    filed_at: datetime
    actions: list[AppealActionPublic] | None = None


class AppealList(BaseModel):
    items: list[AppealPublic]


class WhollyProducedFactPublic(BaseModel):
    id: uuid.UUID
    bin: BinText
    tnved: str
    kind: Literal["solid_minerals", "hydrocarbons_uranium", "common_minerals", "agricultural", "scrap"]
    document_ref: str
    agency: str
    valid_from: date
    valid_to: date | None = None
    created_at: datetime


class MonitoringRun(BaseModel):
    today: date
    requested: int
    overdue_processed: int


class ChainCheck(BaseModel):
    """Whether the register's hash chain is intact."""
    intact: bool
    entries_checked: int
    first_bad_entry: Any = None


OfftakeEventType = Literal["contracts.contract.signed", "contracts.contract.amended",
                           "contracts.contract.delivery_recorded", "contracts.contract.pledged",
                           "contracts.contract.terminated", "contracts.contract.flagged"]
"""The contract events the offtake register is folded from (contracts publishes them)."""


class OfftakeExecutor(BaseModel):
    """The supplier executing the contract and where it stands in the register of producers."""
    bin: BinText
    register_status: Literal["included", "excluded", "not_in_register"]


class OfftakeCustomer(BaseModel):
    bin: BinText
    name: str | None = None


class OfftakeGood(BaseModel):
    tnved: str = Field(pattern=r"^[0-9]{10}$")
    name: str | None = None


class OfftakeTerm(BaseModel):
    start: date
    end: date


class OfftakeReleasePublic(BaseModel):
    """One event of the contract as the register received it: its version, type, time and what it changed."""
    version: int
    event_id: str
    type: OfftakeEventType
    time: datetime
    change: dict[str, Any] = Field(description="What the event changed, as contracts published it. Open by design: "
                                               "each event type carries its own members (an amendment its mode, "
                                               "rationale, changes and the terms before; a delivery its year and "
                                               "quantities; a termination its reason code).")


class OfftakePublic(BaseModel):
    """A contract in the offtake register (Art. 1.8-1, 48.6), with its executor's register status."""
    contract_id: uuid.UUID
    ocid: str
    version: int
    executor: OfftakeExecutor
    customer: OfftakeCustomer
    status: ContractStatus
    goods: list[OfftakeGood]
    volumes: dict[str, DecimalText] = Field(description="The contracted volume of each calendar year of the term")
    term: OfftakeTerm
    min_icv_pct: DecimalText | None = None
    pledged: bool
    flagged: str | None = Field(None, description="Why the contract is flagged for review, when it is")
    updated_at: datetime
    releases: list[OfftakeReleasePublic] | None = None


class OfftakePage(BaseModel):
    items: list[OfftakePublic]
    next_cursor: str | None = Field(description="Send as `cursor` for the next page; null on the last")


class OfftakeChange(BaseModel):
    position: int
    contract_id: uuid.UUID
    version: int
    type: OfftakeEventType
    time: datetime


class OfftakeChanges(BaseModel):
    items: list[OfftakeChange]
    next_after: int


class OfftakeRebuild(BaseModel):
    releases: int
    records: int


# ---------------------------------------------------------------- open data: OCDS 1.1 (docs/open-data.md)

class OcdsPublisher(BaseModel):
    name: str


class OcdsPackage(BaseModel):
    """The metadata of an OCDS 1.1 package: its address, the standard's version, the extensions its releases
    use (this platform's, served at /v1/ocds/extension/extension.json), when and by whom it was published."""
    model_config = ConfigDict(populate_by_name=True)
    uri: str
    version: Literal["1.1"]
    extensions: list[str]
    publishedDate: datetime  # noqa: N815  (the standard's name)
    publisher: OcdsPublisher
    license: str | None = None
    publicationPolicy: str | None = None  # noqa: N815


class OcdsExtensionMetadata(BaseModel):
    """An OCDS extension's ``extension.json``: names and descriptions by language, its schema patches."""
    name: dict[str, str]
    description: dict[str, str]
    documentationUrl: dict[str, str]  # noqa: N815  (the standard's names)
    compatibility: list[str]
    schemas: list[str]


class OcdsExtensionSchema(BaseModel):
    """An OCDS extension's ``release-schema.json``: JSON Merge Patch to the standard's release schema."""
    definitions: dict[str, Any] = Field(description=(
        "The definitions the extension adds or patches, in JSON Schema draft 4 as the standard's own "
        "(https://standard.open-contracting.org/1.1/en/guidance/map/extensions/)."))


class OcdsReleasePackage(OcdsPackage):
    """Releases of the offtake register's contracting processes (OCDS 1.1 release package): validated against
    the standard's release-package schema with the extension applied (tests/test_open_data.py)."""
    releases: list[dict[str, Any]] = Field(description=(
        "OCDS 1.1 releases: the standard's release schema with the extension the package declares — that schema, "
        "not a copy of it here, is the contract (https://standard.open-contracting.org/1.1/en/schema/release/)."))


class OcdsRecordPackage(OcdsPackage):
    """One contracting process as an OCDS 1.1 record package: its releases and the compiled release."""
    records: list[dict[str, Any]] = Field(description=(
        "OCDS 1.1 records: each with its releases and the compiled release, as the standard's record-package "
        "schema has them (https://standard.open-contracting.org/1.1/en/schema/records_reference/)."))


# ---------------------------------------------------------------- open data: bulk snapshots of the register

class SnapshotColumn(BaseModel):
    name: str
    label_kk: str
    label_ru: str
    description: str


class SnapshotLinks(BaseModel):
    day: date
    manifest: str
    csv: str
    jsonl: str


class SnapshotIndex(BaseModel):
    """Where the register's daily snapshots are: the newest day's and how to name any earlier day's."""
    latest: SnapshotLinks
    any_day: str
    public_keys: str
    columns: list[SnapshotColumn]


class SnapshotFile(BaseModel):
    name: str
    media_type: str
    bytes: int
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    url: str


class ChainHead(BaseModel):
    seq: int
    hash: str


class SnapshotManifest(BaseModel):
    """What a day's files are: their SHA-256 and size, the register's chain head at the end of the day, the
    columns with their Kazakh and Russian labels."""
    register: str
    issuer: str
    day: date
    as_of: datetime
    producers: int
    key_id: str
    license: str | None = None
    chain_head: ChainHead | None = None
    files: list[SnapshotFile]
    columns: list[SnapshotColumn]


class SignedSnapshotManifest(BaseModel):
    """The manifest and the register's Ed25519 signature over it (canonical JSON, as an extract is signed):
    check it offline with a key from /v1/register/signing-keys."""
    manifest: SnapshotManifest
    signature: str
    algorithm: Literal["Ed25519"]
    public_keys: str
