"""Contains all the data models used in inputs/outputs"""

from .acceptance import Acceptance
from .acceptance_create import AcceptanceCreate
from .amendment_create import AmendmentCreate
from .amendment_create_mode import AmendmentCreateMode
from .amendment_create_volumes_type_0 import AmendmentCreateVolumesType0
from .amendment_public import AmendmentPublic
from .amendment_public_mode import AmendmentPublicMode
from .amendment_public_signed_by_item import AmendmentPublicSignedByItem
from .amendment_public_status import AmendmentPublicStatus
from .audit_entry import AuditEntry
from .audit_entry_detail import AuditEntryDetail
from .audit_page import AuditPage
from .contract_create import ContractCreate
from .contract_create_volumes import ContractCreateVolumes
from .contract_kind import ContractKind
from .contract_page import ContractPage
from .contract_public import ContractPublic
from .contract_public_volumes import ContractPublicVolumes
from .contract_status import ContractStatus
from .contract_terms import ContractTerms
from .contract_terms_volumes_type_0 import ContractTermsVolumesType0
from .contract_with_history import ContractWithHistory
from .contract_with_history_volumes import ContractWithHistoryVolumes
from .contracts_problem_type_lang_type_0 import ContractsProblemTypeLangType0
from .contracts_problem_types_lang_type_0 import ContractsProblemTypesLangType0
from .customer_category import CustomerCategory
from .delivery_create import DeliveryCreate
from .delivery_public import DeliveryPublic
from .good_spec import GoodSpec
from .good_spec_public import GoodSpecPublic
from .good_spec_public_specs import GoodSpecPublicSpecs
from .good_spec_specs import GoodSpecSpecs
from .health import Health
from .health_failures_type_0 import HealthFailuresType0
from .health_status import HealthStatus
from .large_customer_create import LargeCustomerCreate
from .large_customer_create_annual_purchases_kzt import (
    LargeCustomerCreateAnnualPurchasesKzt,
)
from .large_customer_public import LargeCustomerPublic
from .large_customer_public_annual_purchases_kzt import (
    LargeCustomerPublicAnnualPurchasesKzt,
)
from .manufacturer_application_create import ManufacturerApplicationCreate
from .manufacturer_application_create_kind import ManufacturerApplicationCreateKind
from .manufacturer_application_public import ManufacturerApplicationPublic
from .manufacturer_application_public_kind import ManufacturerApplicationPublicKind
from .offset_assessment import OffsetAssessment
from .offset_fulfilment import OffsetFulfilment
from .offset_obligation_in import OffsetObligationIn
from .offset_obligation_in_kind import OffsetObligationInKind
from .offset_obligation_public import OffsetObligationPublic
from .offset_obligation_public_kind import OffsetObligationPublicKind
from .overdue_deadline import OverdueDeadline
from .overdue_deadline_deadline import OverdueDeadlineDeadline
from .overdue_deadline_party import OverdueDeadlineParty
from .overdue_scan import OverdueScan
from .penalty_public import PenaltyPublic
from .penalty_public_inputs import PenaltyPublicInputs
from .pilot_outcome import PilotOutcome
from .pilot_outcome_result import PilotOutcomeResult
from .pilot_result import PilotResult
from .pilot_result_result import PilotResultResult
from .plan_create import PlanCreate
from .plan_create_plan_kind import PlanCreatePlanKind
from .plan_history_event import PlanHistoryEvent
from .plan_item import PlanItem
from .plan_item_public import PlanItemPublic
from .plan_page import PlanPage
from .plan_public import PlanPublic
from .plan_public_overdue_item import PlanPublicOverdueItem
from .plan_public_plan_kind import PlanPublicPlanKind
from .plan_remark import PlanRemark
from .plan_remark_rule import PlanRemarkRule
from .plan_resubmission import PlanResubmission
from .plan_review import PlanReview
from .plan_review_outcome import PlanReviewOutcome
from .plan_status import PlanStatus
from .pledge_create import PledgeCreate
from .pledge_public import PledgePublic
from .problem import Problem
from .problem_rule import ProblemRule
from .problem_type import ProblemType
from .problem_type_action import ProblemTypeAction
from .problem_type_title import ProblemTypeTitle
from .problem_types import ProblemTypes
from .programme_create import ProgrammeCreate
from .programme_create_icv_targets import ProgrammeCreateIcvTargets
from .programme_ground import ProgrammeGround
from .programme_ground_found import ProgrammeGroundFound
from .programme_public import ProgrammePublic
from .programme_public_directions import ProgrammePublicDirections
from .programme_public_reports_item import ProgrammePublicReportsItem
from .programme_public_status import ProgrammePublicStatus
from .programme_report import ProgrammeReport
from .supplier_register_status import SupplierRegisterStatus
from .supplier_register_status_ground_type_0 import SupplierRegisterStatusGroundType0
from .system_forming_figures import SystemFormingFigures

__all__ = (
    "Acceptance",
    "AcceptanceCreate",
    "AmendmentCreate",
    "AmendmentCreateMode",
    "AmendmentCreateVolumesType0",
    "AmendmentPublic",
    "AmendmentPublicMode",
    "AmendmentPublicSignedByItem",
    "AmendmentPublicStatus",
    "AuditEntry",
    "AuditEntryDetail",
    "AuditPage",
    "ContractCreate",
    "ContractCreateVolumes",
    "ContractKind",
    "ContractPage",
    "ContractPublic",
    "ContractPublicVolumes",
    "ContractStatus",
    "ContractTerms",
    "ContractTermsVolumesType0",
    "ContractWithHistory",
    "ContractWithHistoryVolumes",
    "ContractsProblemTypeLangType0",
    "ContractsProblemTypesLangType0",
    "CustomerCategory",
    "DeliveryCreate",
    "DeliveryPublic",
    "GoodSpec",
    "GoodSpecPublic",
    "GoodSpecPublicSpecs",
    "GoodSpecSpecs",
    "Health",
    "HealthFailuresType0",
    "HealthStatus",
    "LargeCustomerCreate",
    "LargeCustomerCreateAnnualPurchasesKzt",
    "LargeCustomerPublic",
    "LargeCustomerPublicAnnualPurchasesKzt",
    "ManufacturerApplicationCreate",
    "ManufacturerApplicationCreateKind",
    "ManufacturerApplicationPublic",
    "ManufacturerApplicationPublicKind",
    "OffsetAssessment",
    "OffsetFulfilment",
    "OffsetObligationIn",
    "OffsetObligationInKind",
    "OffsetObligationPublic",
    "OffsetObligationPublicKind",
    "OverdueDeadline",
    "OverdueDeadlineDeadline",
    "OverdueDeadlineParty",
    "OverdueScan",
    "PenaltyPublic",
    "PenaltyPublicInputs",
    "PilotOutcome",
    "PilotOutcomeResult",
    "PilotResult",
    "PilotResultResult",
    "PlanCreate",
    "PlanCreatePlanKind",
    "PlanHistoryEvent",
    "PlanItem",
    "PlanItemPublic",
    "PlanPage",
    "PlanPublic",
    "PlanPublicOverdueItem",
    "PlanPublicPlanKind",
    "PlanRemark",
    "PlanRemarkRule",
    "PlanResubmission",
    "PlanReview",
    "PlanReviewOutcome",
    "PlanStatus",
    "PledgeCreate",
    "PledgePublic",
    "Problem",
    "ProblemRule",
    "ProblemType",
    "ProblemTypeAction",
    "ProblemTypeTitle",
    "ProblemTypes",
    "ProgrammeCreate",
    "ProgrammeCreateIcvTargets",
    "ProgrammeGround",
    "ProgrammeGroundFound",
    "ProgrammePublic",
    "ProgrammePublicDirections",
    "ProgrammePublicReportsItem",
    "ProgrammePublicStatus",
    "ProgrammeReport",
    "SupplierRegisterStatus",
    "SupplierRegisterStatusGroundType0",
    "SystemFormingFigures",
)
