"""Contains all the data models used in inputs/outputs"""

from .agreement_concluded import AgreementConcluded
from .agreement_concluded_event import AgreementConcludedEvent
from .agreement_flagged import AgreementFlagged
from .agreement_flagged_event import AgreementFlaggedEvent
from .agreement_terminated import AgreementTerminated
from .agreement_terminated_event import AgreementTerminatedEvent
from .appeal_decided import AppealDecided
from .appeal_decided_event import AppealDecidedEvent
from .appeal_decided_outcome import AppealDecidedOutcome
from .appeal_received import AppealReceived
from .appeal_received_event import AppealReceivedEvent
from .application_refused import ApplicationRefused
from .application_refused_event import ApplicationRefusedEvent
from .application_refused_stage import ApplicationRefusedStage
from .application_submitted import ApplicationSubmitted
from .application_submitted_event import ApplicationSubmittedEvent
from .application_verified import ApplicationVerified
from .application_verified_event import ApplicationVerifiedEvent
from .attempt import Attempt
from .attempt_outcome import AttemptOutcome
from .audit_entry import AuditEntry
from .audit_entry_detail import AuditEntryDetail
from .audit_page import AuditPage
from .breach_notified import BreachNotified
from .breach_notified_event import BreachNotifiedEvent
from .catalogue_amended import CatalogueAmended
from .catalogue_amended_event import CatalogueAmendedEvent
from .cloud_event import CloudEvent
from .cloud_event_data import CloudEventData
from .contract_amended import ContractAmended
from .contract_amended_change import ContractAmendedChange
from .contract_amended_event import ContractAmendedEvent
from .contract_amended_goods_item import ContractAmendedGoodsItem
from .contract_amended_volumes import ContractAmendedVolumes
from .contract_flagged import ContractFlagged
from .contract_flagged_change import ContractFlaggedChange
from .contract_flagged_event import ContractFlaggedEvent
from .contract_flagged_goods_item import ContractFlaggedGoodsItem
from .contract_flagged_volumes import ContractFlaggedVolumes
from .contract_pledged import ContractPledged
from .contract_pledged_change import ContractPledgedChange
from .contract_pledged_event import ContractPledgedEvent
from .contract_pledged_goods_item import ContractPledgedGoodsItem
from .contract_pledged_volumes import ContractPledgedVolumes
from .contract_signed import ContractSigned
from .contract_signed_change import ContractSignedChange
from .contract_signed_event import ContractSignedEvent
from .contract_signed_goods_item import ContractSignedGoodsItem
from .contract_signed_volumes import ContractSignedVolumes
from .contract_status import ContractStatus
from .contract_terminated import ContractTerminated
from .contract_terminated_change import ContractTerminatedChange
from .contract_terminated_event import ContractTerminatedEvent
from .contract_terminated_goods_item import ContractTerminatedGoodsItem
from .contract_terminated_volumes import ContractTerminatedVolumes
from .criterion_outcome import CriterionOutcome
from .criterion_outcome_status import CriterionOutcomeStatus
from .delivery_log import DeliveryLog
from .delivery_public import DeliveryPublic
from .delivery_public_status import DeliveryPublicStatus
from .delivery_recorded import DeliveryRecorded
from .delivery_recorded_change import DeliveryRecordedChange
from .delivery_recorded_event import DeliveryRecordedEvent
from .delivery_recorded_goods_item import DeliveryRecordedGoodsItem
from .delivery_recorded_volumes import DeliveryRecordedVolumes
from .event_type import EventType
from .extract_issued import ExtractIssued
from .extract_issued_event import ExtractIssuedEvent
from .good import Good
from .health import Health
from .health_failures_type_0 import HealthFailuresType0
from .health_status import HealthStatus
from .inspection_scheduled import InspectionScheduled
from .inspection_scheduled_event import InspectionScheduledEvent
from .legal_entity_status_changed import LegalEntityStatusChanged
from .legal_entity_status_changed_event import LegalEntityStatusChangedEvent
from .legal_entity_status_changed_reorganization_form_type_0 import (
    LegalEntityStatusChangedReorganizationFormType0,
)
from .legal_entity_status_changed_status import LegalEntityStatusChangedStatus
from .measure_application_decided import MeasureApplicationDecided
from .measure_application_decided_event import MeasureApplicationDecidedEvent
from .measure_application_decided_grounds_item import (
    MeasureApplicationDecidedGroundsItem,
)
from .measure_application_status import MeasureApplicationStatus
from .monitoring_requested import MonitoringRequested
from .monitoring_requested_event import MonitoringRequestedEvent
from .monitoring_requested_reason import MonitoringRequestedReason
from .notice_delivered import NoticeDelivered
from .notice_delivered_event import NoticeDeliveredEvent
from .notice_page import NoticePage
from .notice_public import NoticePublic
from .notice_public_data import NoticePublicData
from .notice_served import NoticeServed
from .notice_served_event import NoticeServedEvent
from .notice_type import NoticeType
from .notifications_problem_type_lang_type_0 import NotificationsProblemTypeLangType0
from .notifications_problem_types_lang_type_0 import NotificationsProblemTypesLangType0
from .penalty_assessed import PenaltyAssessed
from .penalty_assessed_event import PenaltyAssessedEvent
from .plan_approved import PlanApproved
from .plan_approved_event import PlanApprovedEvent
from .plan_overdue import PlanOverdue
from .plan_overdue_event import PlanOverdueEvent
from .plan_published import PlanPublished
from .plan_published_event import PlanPublishedEvent
from .plan_published_goods_item import PlanPublishedGoodsItem
from .plan_remarks_issued import PlanRemarksIssued
from .plan_remarks_issued_event import PlanRemarksIssuedEvent
from .plan_remarks_issued_remarks_item import PlanRemarksIssuedRemarksItem
from .plan_submitted import PlanSubmitted
from .plan_submitted_event import PlanSubmittedEvent
from .problem import Problem
from .problem_rule import ProblemRule
from .problem_type import ProblemType
from .problem_type_action import ProblemTypeAction
from .problem_type_title import ProblemTypeTitle
from .problem_types import ProblemTypes
from .producer_excluded import ProducerExcluded
from .producer_excluded_event import ProducerExcludedEvent
from .producer_excluded_ground import ProducerExcludedGround
from .producer_included import ProducerIncluded
from .producer_included_basis import ProducerIncludedBasis
from .producer_included_event import ProducerIncludedEvent
from .producer_reincluded import ProducerReincluded
from .producer_reincluded_event import ProducerReincludedEvent
from .programme_decided import ProgrammeDecided
from .programme_decided_event import ProgrammeDecidedEvent
from .programme_refusal_ground import ProgrammeRefusalGround
from .purged import Purged
from .reason import Reason
from .refund_demanded import RefundDemanded
from .refund_demanded_event import RefundDemandedEvent
from .remedy_notice_closed import RemedyNoticeClosed
from .remedy_notice_closed_event import RemedyNoticeClosedEvent
from .remedy_notice_closed_outcome import RemedyNoticeClosedOutcome
from .remedy_notice_issued import RemedyNoticeIssued
from .remedy_notice_issued_event import RemedyNoticeIssuedEvent
from .software_contest_filed import SoftwareContestFiled
from .software_contest_filed_event import SoftwareContestFiledEvent
from .subject_state_public import SubjectStatePublic
from .subscription_create import SubscriptionCreate
from .subscription_list import SubscriptionList
from .subscription_public import SubscriptionPublic
from .subscription_public_status import SubscriptionPublicStatus
from .verification import Verification
from .verification_completed import VerificationCompleted
from .verification_completed_event import VerificationCompletedEvent
from .verification_completed_outcome import VerificationCompletedOutcome
from .verification_purpose import VerificationPurpose
from .webhook_verification import WebhookVerification

__all__ = (
    "AgreementConcluded",
    "AgreementConcludedEvent",
    "AgreementFlagged",
    "AgreementFlaggedEvent",
    "AgreementTerminated",
    "AgreementTerminatedEvent",
    "AppealDecided",
    "AppealDecidedEvent",
    "AppealDecidedOutcome",
    "AppealReceived",
    "AppealReceivedEvent",
    "ApplicationRefused",
    "ApplicationRefusedEvent",
    "ApplicationRefusedStage",
    "ApplicationSubmitted",
    "ApplicationSubmittedEvent",
    "ApplicationVerified",
    "ApplicationVerifiedEvent",
    "Attempt",
    "AttemptOutcome",
    "AuditEntry",
    "AuditEntryDetail",
    "AuditPage",
    "BreachNotified",
    "BreachNotifiedEvent",
    "CatalogueAmended",
    "CatalogueAmendedEvent",
    "CloudEvent",
    "CloudEventData",
    "ContractAmended",
    "ContractAmendedChange",
    "ContractAmendedEvent",
    "ContractAmendedGoodsItem",
    "ContractAmendedVolumes",
    "ContractFlagged",
    "ContractFlaggedChange",
    "ContractFlaggedEvent",
    "ContractFlaggedGoodsItem",
    "ContractFlaggedVolumes",
    "ContractPledged",
    "ContractPledgedChange",
    "ContractPledgedEvent",
    "ContractPledgedGoodsItem",
    "ContractPledgedVolumes",
    "ContractSigned",
    "ContractSignedChange",
    "ContractSignedEvent",
    "ContractSignedGoodsItem",
    "ContractSignedVolumes",
    "ContractStatus",
    "ContractTerminated",
    "ContractTerminatedChange",
    "ContractTerminatedEvent",
    "ContractTerminatedGoodsItem",
    "ContractTerminatedVolumes",
    "CriterionOutcome",
    "CriterionOutcomeStatus",
    "DeliveryLog",
    "DeliveryPublic",
    "DeliveryPublicStatus",
    "DeliveryRecorded",
    "DeliveryRecordedChange",
    "DeliveryRecordedEvent",
    "DeliveryRecordedGoodsItem",
    "DeliveryRecordedVolumes",
    "EventType",
    "ExtractIssued",
    "ExtractIssuedEvent",
    "Good",
    "Health",
    "HealthFailuresType0",
    "HealthStatus",
    "InspectionScheduled",
    "InspectionScheduledEvent",
    "LegalEntityStatusChanged",
    "LegalEntityStatusChangedEvent",
    "LegalEntityStatusChangedReorganizationFormType0",
    "LegalEntityStatusChangedStatus",
    "MeasureApplicationDecided",
    "MeasureApplicationDecidedEvent",
    "MeasureApplicationDecidedGroundsItem",
    "MeasureApplicationStatus",
    "MonitoringRequested",
    "MonitoringRequestedEvent",
    "MonitoringRequestedReason",
    "NoticeDelivered",
    "NoticeDeliveredEvent",
    "NoticePage",
    "NoticePublic",
    "NoticePublicData",
    "NoticeServed",
    "NoticeServedEvent",
    "NoticeType",
    "NotificationsProblemTypeLangType0",
    "NotificationsProblemTypesLangType0",
    "PenaltyAssessed",
    "PenaltyAssessedEvent",
    "PlanApproved",
    "PlanApprovedEvent",
    "PlanOverdue",
    "PlanOverdueEvent",
    "PlanPublished",
    "PlanPublishedEvent",
    "PlanPublishedGoodsItem",
    "PlanRemarksIssued",
    "PlanRemarksIssuedEvent",
    "PlanRemarksIssuedRemarksItem",
    "PlanSubmitted",
    "PlanSubmittedEvent",
    "Problem",
    "ProblemRule",
    "ProblemType",
    "ProblemTypeAction",
    "ProblemTypeTitle",
    "ProblemTypes",
    "ProducerExcluded",
    "ProducerExcludedEvent",
    "ProducerExcludedGround",
    "ProducerIncluded",
    "ProducerIncludedBasis",
    "ProducerIncludedEvent",
    "ProducerReincluded",
    "ProducerReincludedEvent",
    "ProgrammeDecided",
    "ProgrammeDecidedEvent",
    "ProgrammeRefusalGround",
    "Purged",
    "Reason",
    "RefundDemanded",
    "RefundDemandedEvent",
    "RemedyNoticeClosed",
    "RemedyNoticeClosedEvent",
    "RemedyNoticeClosedOutcome",
    "RemedyNoticeIssued",
    "RemedyNoticeIssuedEvent",
    "SoftwareContestFiled",
    "SoftwareContestFiledEvent",
    "SubjectStatePublic",
    "SubscriptionCreate",
    "SubscriptionList",
    "SubscriptionPublic",
    "SubscriptionPublicStatus",
    "Verification",
    "VerificationCompleted",
    "VerificationCompletedEvent",
    "VerificationCompletedOutcome",
    "VerificationPurpose",
    "WebhookVerification",
)
