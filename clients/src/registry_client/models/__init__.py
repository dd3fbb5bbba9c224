"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .appeal_action import AppealAction
from .appeal_action_create import AppealActionCreate
from .appeal_action_create_action import AppealActionCreateAction
from .appeal_action_public import AppealActionPublic
from .appeal_action_public_detail import AppealActionPublicDetail
from .appeal_create import AppealCreate
from .appeal_decision_create import AppealDecisionCreate
from .appeal_decision_create_outcome import AppealDecisionCreateOutcome
from .appeal_document import AppealDocument
from .appeal_document_public import AppealDocumentPublic
from .appeal_list import AppealList
from .appeal_outcome import AppealOutcome
from .appeal_public import AppealPublic
from .appeal_public_decision_type_0 import AppealPublicDecisionType0
from .appeal_status import AppealStatus
from .application_create import ApplicationCreate
from .application_page import ApplicationPage
from .application_public import ApplicationPublic
from .application_public_assessment_type_0 import ApplicationPublicAssessmentType0
from .application_status import ApplicationStatus
from .assessment_act import AssessmentAct
from .assessment_decision import AssessmentDecision
from .assessment_decision_outcome import AssessmentDecisionOutcome
from .audit_entry import AuditEntry
from .audit_entry_detail import AuditEntryDetail
from .audit_page import AuditPage
from .basis import Basis
from .catalogue_entry import CatalogueEntry
from .catalogue_version_create import CatalogueVersionCreate
from .catalogue_version_create_conditions_item import (
    CatalogueVersionCreateConditionsItem,
)
from .catalogue_version_public import CatalogueVersionPublic
from .chain_check import ChainCheck
from .chain_head import ChainHead
from .consents import Consents
from .contract_status import ContractStatus
from .entry_kind import EntryKind
from .entry_public import EntryPublic
from .evidence import Evidence
from .exclusion_request import ExclusionRequest
from .extract_check import ExtractCheck
from .extract_verify_request import ExtractVerifyRequest
from .extract_verify_request_extract import ExtractVerifyRequestExtract
from .good_create import GoodCreate
from .good_findings_in import GoodFindingsIn
from .good_findings_in_conditions_met_item import GoodFindingsInConditionsMetItem
from .good_on_record import GoodOnRecord
from .good_public import GoodPublic
from .ground import Ground
from .health import Health
from .health_failures_type_0 import HealthFailuresType0
from .health_status import HealthStatus
from .monitoring_check_public import MonitoringCheckPublic
from .monitoring_check_public_outcome_type_0 import MonitoringCheckPublicOutcomeType0
from .monitoring_run import MonitoringRun
from .ocds_extension_metadata import OcdsExtensionMetadata
from .ocds_extension_metadata_description import OcdsExtensionMetadataDescription
from .ocds_extension_metadata_documentationurl import (
    OcdsExtensionMetadataDocumentationurl,
)
from .ocds_extension_metadata_name import OcdsExtensionMetadataName
from .ocds_extension_schema import OcdsExtensionSchema
from .ocds_extension_schema_definitions import OcdsExtensionSchemaDefinitions
from .ocds_publisher import OcdsPublisher
from .ocds_record_package import OcdsRecordPackage
from .ocds_record_package_records_item import OcdsRecordPackageRecordsItem
from .ocds_release_package import OcdsReleasePackage
from .ocds_release_package_releases_item import OcdsReleasePackageReleasesItem
from .offtake_change import OfftakeChange
from .offtake_change_type import OfftakeChangeType
from .offtake_changes import OfftakeChanges
from .offtake_customer import OfftakeCustomer
from .offtake_executor import OfftakeExecutor
from .offtake_executor_register_status import OfftakeExecutorRegisterStatus
from .offtake_good import OfftakeGood
from .offtake_page import OfftakePage
from .offtake_public import OfftakePublic
from .offtake_public_volumes import OfftakePublicVolumes
from .offtake_rebuild import OfftakeRebuild
from .offtake_release_public import OfftakeReleasePublic
from .offtake_release_public_change import OfftakeReleasePublicChange
from .offtake_release_public_type import OfftakeReleasePublicType
from .offtake_term import OfftakeTerm
from .participant import Participant
from .participant_kind import ParticipantKind
from .problem import Problem
from .problem_rule import ProblemRule
from .problem_type import ProblemType
from .problem_type_action import ProblemTypeAction
from .problem_type_title import ProblemTypeTitle
from .problem_types import ProblemTypes
from .producer_history import ProducerHistory
from .producer_public import ProducerPublic
from .producer_status import ProducerStatus
from .reason import Reason
from .register_change import RegisterChange
from .register_page import RegisterPage
from .registry_problem_type_lang_type_0 import RegistryProblemTypeLangType0
from .registry_problem_types_lang_type_0 import RegistryProblemTypesLangType0
from .remedy_notice_public import RemedyNoticePublic
from .remedy_notice_public_status import RemedyNoticePublicStatus
from .remedy_notices import RemedyNotices
from .signed_extract import SignedExtract
from .signed_extract_extract import SignedExtractExtract
from .signed_snapshot_manifest import SignedSnapshotManifest
from .signing_key import SigningKey
from .signing_keys import SigningKeys
from .site_create import SiteCreate
from .site_on_record import SiteOnRecord
from .snapshot_column import SnapshotColumn
from .snapshot_file import SnapshotFile
from .snapshot_index import SnapshotIndex
from .snapshot_links import SnapshotLinks
from .snapshot_manifest import SnapshotManifest
from .software_contest_create import SoftwareContestCreate
from .software_contest_public import SoftwareContestPublic
from .software_good import SoftwareGood
from .software_notice import SoftwareNotice
from .software_notice_action import SoftwareNoticeAction
from .transition_public import TransitionPublic
from .wholly_produced_fact_create import WhollyProducedFactCreate
from .wholly_produced_fact_create_kind import WhollyProducedFactCreateKind
from .wholly_produced_fact_public import WhollyProducedFactPublic
from .wholly_produced_fact_public_kind import WhollyProducedFactPublicKind

__all__ = (
    "Action",
    "AppealAction",
    "AppealActionCreate",
    "AppealActionCreateAction",
    "AppealActionPublic",
    "AppealActionPublicDetail",
    "AppealCreate",
    "AppealDecisionCreate",
    "AppealDecisionCreateOutcome",
    "AppealDocument",
    "AppealDocumentPublic",
    "AppealList",
    "AppealOutcome",
    "AppealPublic",
    "AppealPublicDecisionType0",
    "AppealStatus",
    "ApplicationCreate",
    "ApplicationPage",
    "ApplicationPublic",
    "ApplicationPublicAssessmentType0",
    "ApplicationStatus",
    "AssessmentAct",
    "AssessmentDecision",
    "AssessmentDecisionOutcome",
    "AuditEntry",
    "AuditEntryDetail",
    "AuditPage",
    "Basis",
    "CatalogueEntry",
    "CatalogueVersionCreate",
    "CatalogueVersionCreateConditionsItem",
    "CatalogueVersionPublic",
    "ChainCheck",
    "ChainHead",
    "Consents",
    "ContractStatus",
    "EntryKind",
    "EntryPublic",
    "Evidence",
    "ExclusionRequest",
    "ExtractCheck",
    "ExtractVerifyRequest",
    "ExtractVerifyRequestExtract",
    "GoodCreate",
    "GoodFindingsIn",
    "GoodFindingsInConditionsMetItem",
    "GoodOnRecord",
    "GoodPublic",
    "Ground",
    "Health",
    "HealthFailuresType0",
    "HealthStatus",
    "MonitoringCheckPublic",
    "MonitoringCheckPublicOutcomeType0",
    "MonitoringRun",
    "OcdsExtensionMetadata",
    "OcdsExtensionMetadataDescription",
    "OcdsExtensionMetadataDocumentationurl",
    "OcdsExtensionMetadataName",
    "OcdsExtensionSchema",
    "OcdsExtensionSchemaDefinitions",
    "OcdsPublisher",
    "OcdsRecordPackage",
    "OcdsRecordPackageRecordsItem",
    "OcdsReleasePackage",
    "OcdsReleasePackageReleasesItem",
    "OfftakeChange",
    "OfftakeChangeType",
    "OfftakeChanges",
    "OfftakeCustomer",
    "OfftakeExecutor",
    "OfftakeExecutorRegisterStatus",
    "OfftakeGood",
    "OfftakePage",
    "OfftakePublic",
    "OfftakePublicVolumes",
    "OfftakeRebuild",
    "OfftakeReleasePublic",
    "OfftakeReleasePublicChange",
    "OfftakeReleasePublicType",
    "OfftakeTerm",
    "Participant",
    "ParticipantKind",
    "Problem",
    "ProblemRule",
    "ProblemType",
    "ProblemTypeAction",
    "ProblemTypeTitle",
    "ProblemTypes",
    "ProducerHistory",
    "ProducerPublic",
    "ProducerStatus",
    "Reason",
    "RegisterChange",
    "RegisterPage",
    "RegistryProblemTypeLangType0",
    "RegistryProblemTypesLangType0",
    "RemedyNoticePublic",
    "RemedyNoticePublicStatus",
    "RemedyNotices",
    "SignedExtract",
    "SignedExtractExtract",
    "SignedSnapshotManifest",
    "SigningKey",
    "SigningKeys",
    "SiteCreate",
    "SiteOnRecord",
    "SnapshotColumn",
    "SnapshotFile",
    "SnapshotIndex",
    "SnapshotLinks",
    "SnapshotManifest",
    "SoftwareContestCreate",
    "SoftwareContestPublic",
    "SoftwareGood",
    "SoftwareNotice",
    "SoftwareNoticeAction",
    "TransitionPublic",
    "WhollyProducedFactCreate",
    "WhollyProducedFactCreateKind",
    "WhollyProducedFactPublic",
    "WhollyProducedFactPublicKind",
)
