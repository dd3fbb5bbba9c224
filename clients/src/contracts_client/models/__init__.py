"""Contains all the data models used in inputs/outputs"""

from .acceptance import Acceptance
from .acceptance_create import AcceptanceCreate
from .amendment_create import AmendmentCreate
from .amendment_create_mode import AmendmentCreateMode
from .amendment_create_volumes_type_0 import AmendmentCreateVolumesType0
from .amendment_public import AmendmentPublic
from .amendment_public_before import AmendmentPublicBefore
from .amendment_public_changes import AmendmentPublicChanges
from .audit_entry import AuditEntry
from .audit_entry_detail import AuditEntryDetail
from .audit_page import AuditPage
from .contract_create import ContractCreate
from .contract_create_volumes import ContractCreateVolumes
from .contract_kind import ContractKind
from .contract_page import ContractPage
from .contract_public import ContractPublic
from .contract_public_goods_item import ContractPublicGoodsItem
from .contract_public_offset_obligations_item import ContractPublicOffsetObligationsItem
from .contract_public_pilot_type_0 import ContractPublicPilotType0
from .contract_public_pledges_item import ContractPublicPledgesItem
from .contract_public_volumes import ContractPublicVolumes
from .contract_status import ContractStatus
from .contract_with_history import ContractWithHistory
from .contract_with_history_goods_item import ContractWithHistoryGoodsItem
from .contract_with_history_offset_obligations_item import (
    ContractWithHistoryOffsetObligationsItem,
)
from .contract_with_history_pilot_type_0 import ContractWithHistoryPilotType0
from .contract_with_history_pledges_item import ContractWithHistoryPledgesItem
from .contract_with_history_volumes import ContractWithHistoryVolumes
from .customer_category import CustomerCategory
from .delivery_create import DeliveryCreate
from .delivery_public import DeliveryPublic
from .good_spec import GoodSpec
from .good_spec_specs import GoodSpecSpecs
from .health import Health
from .health_failures_type_0 import HealthFailuresType0
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
from .offset_assessment import OffsetAssessment
from .offset_fulfilment import OffsetFulfilment
from .offset_obligation_in import OffsetObligationIn
from .offset_obligation_in_kind import OffsetObligationInKind
from .overdue_deadline import OverdueDeadline
from .overdue_scan import OverdueScan
from .penalty_public import PenaltyPublic
from .penalty_public_inputs import PenaltyPublicInputs
from .pilot_result import PilotResult
from .pilot_result_result import PilotResultResult
from .plan_create import PlanCreate
from .plan_create_plan_kind import PlanCreatePlanKind
from .plan_item import PlanItem
from .plan_page import PlanPage
from .plan_public import PlanPublic
from .plan_public_history_item import PlanPublicHistoryItem
from .plan_public_items_item import PlanPublicItemsItem
from .plan_public_remarks_item import PlanPublicRemarksItem
from .plan_resubmission import PlanResubmission
from .plan_review import PlanReview
from .plan_review_outcome import PlanReviewOutcome
from .plan_status import PlanStatus
from .pledge_create import PledgeCreate
from .problem import Problem
from .problem_errors_type_0_item import ProblemErrorsType0Item
from .programme_create import ProgrammeCreate
from .programme_create_icv_targets import ProgrammeCreateIcvTargets
from .programme_ground import ProgrammeGround
from .programme_ground_found import ProgrammeGroundFound
from .programme_public import ProgrammePublic
from .programme_public_directions import ProgrammePublicDirections
from .programme_public_reports_item import ProgrammePublicReportsItem
from .programme_report import ProgrammeReport
from .supplier_register_status import SupplierRegisterStatus
from .system_forming_figures import SystemFormingFigures

__all__ = (
    "Acceptance",
    "AcceptanceCreate",
    "AmendmentCreate",
    "AmendmentCreateMode",
    "AmendmentCreateVolumesType0",
    "AmendmentPublic",
    "AmendmentPublicBefore",
    "AmendmentPublicChanges",
    "AuditEntry",
    "AuditEntryDetail",
    "AuditPage",
    "ContractCreate",
    "ContractCreateVolumes",
    "ContractKind",
    "ContractPage",
    "ContractPublic",
    "ContractPublicGoodsItem",
    "ContractPublicOffsetObligationsItem",
    "ContractPublicPilotType0",
    "ContractPublicPledgesItem",
    "ContractPublicVolumes",
    "ContractStatus",
    "ContractWithHistory",
    "ContractWithHistoryGoodsItem",
    "ContractWithHistoryOffsetObligationsItem",
    "ContractWithHistoryPilotType0",
    "ContractWithHistoryPledgesItem",
    "ContractWithHistoryVolumes",
    "CustomerCategory",
    "DeliveryCreate",
    "DeliveryPublic",
    "GoodSpec",
    "GoodSpecSpecs",
    "Health",
    "HealthFailuresType0",
    "LargeCustomerCreate",
    "LargeCustomerCreateAnnualPurchasesKzt",
    "LargeCustomerPublic",
    "LargeCustomerPublicAnnualPurchasesKzt",
    "ManufacturerApplicationCreate",
    "ManufacturerApplicationCreateKind",
    "ManufacturerApplicationPublic",
    "OffsetAssessment",
    "OffsetFulfilment",
    "OffsetObligationIn",
    "OffsetObligationInKind",
    "OverdueDeadline",
    "OverdueScan",
    "PenaltyPublic",
    "PenaltyPublicInputs",
    "PilotResult",
    "PilotResultResult",
    "PlanCreate",
    "PlanCreatePlanKind",
    "PlanItem",
    "PlanPage",
    "PlanPublic",
    "PlanPublicHistoryItem",
    "PlanPublicItemsItem",
    "PlanPublicRemarksItem",
    "PlanResubmission",
    "PlanReview",
    "PlanReviewOutcome",
    "PlanStatus",
    "PledgeCreate",
    "Problem",
    "ProblemErrorsType0Item",
    "ProgrammeCreate",
    "ProgrammeCreateIcvTargets",
    "ProgrammeGround",
    "ProgrammeGroundFound",
    "ProgrammePublic",
    "ProgrammePublicDirections",
    "ProgrammePublicReportsItem",
    "ProgrammeReport",
    "SupplierRegisterStatus",
    "SystemFormingFigures",
)
