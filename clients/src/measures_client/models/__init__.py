"""Contains all the data models used in inputs/outputs"""

from .aggregate import Aggregate
from .agreement_create import AgreementCreate
from .agreement_kind import AgreementKind
from .agreement_page import AgreementPage
from .agreement_public import AgreementPublic
from .agreement_public_breaches_item import AgreementPublicBreachesItem
from .agreement_public_measures_item import AgreementPublicMeasuresItem
from .agreement_public_obligations_item import AgreementPublicObligationsItem
from .agreement_status import AgreementStatus
from .agreement_view import AgreementView
from .agreement_view_breaches_item import AgreementViewBreachesItem
from .agreement_view_measures_item import AgreementViewMeasuresItem
from .agreement_view_obligations_item import AgreementViewObligationsItem
from .audit_entry import AuditEntry
from .audit_entry_detail import AuditEntryDetail
from .audit_page import AuditPage
from .breach_create import BreachCreate
from .counter_obligations import CounterObligations
from .expertise import Expertise
from .expertise_outcome import ExpertiseOutcome
from .health import Health
from .health_failures_type_0 import HealthFailuresType0
from .measure_application_create import MeasureApplicationCreate
from .measure_application_create_scores import MeasureApplicationCreateScores
from .measure_application_page import MeasureApplicationPage
from .measure_application_public import MeasureApplicationPublic
from .measure_application_public_expertise_type_0 import (
    MeasureApplicationPublicExpertiseType0,
)
from .measure_application_public_grounds_item import MeasureApplicationPublicGroundsItem
from .measure_application_public_scores import MeasureApplicationPublicScores
from .measure_application_status import MeasureApplicationStatus
from .measure_in import MeasureIn
from .obligation_in import ObligationIn
from .obligation_in_direction import ObligationInDirection
from .problem import Problem
from .problem_errors_type_0_item import ProblemErrorsType0Item
from .reference_in_force import ReferenceInForce
from .reference_in_force_measures_item import ReferenceInForceMeasuresItem
from .reference_in_force_priority_goods_item import ReferenceInForcePriorityGoodsItem
from .refund_create import RefundCreate
from .refund_demand_public import RefundDemandPublic
from .refund_demand_public_inputs import RefundDemandPublicInputs
from .refund_demand_public_result import RefundDemandPublicResult
from .register_condition import RegisterCondition
from .report_create import ReportCreate
from .report_create_actuals import ReportCreateActuals
from .report_public import ReportPublic
from .report_public_actuals import ReportPublicActuals
from .report_public_levels import ReportPublicLevels
from .termination_scan import TerminationScan
from .transparency import Transparency
from .transparency_granted_by_kind import TransparencyGrantedByKind
from .transparency_granted_by_region import TransparencyGrantedByRegion
from .transparency_granted_by_year import TransparencyGrantedByYear

__all__ = (
    "Aggregate",
    "AgreementCreate",
    "AgreementKind",
    "AgreementPage",
    "AgreementPublic",
    "AgreementPublicBreachesItem",
    "AgreementPublicMeasuresItem",
    "AgreementPublicObligationsItem",
    "AgreementStatus",
    "AgreementView",
    "AgreementViewBreachesItem",
    "AgreementViewMeasuresItem",
    "AgreementViewObligationsItem",
    "AuditEntry",
    "AuditEntryDetail",
    "AuditPage",
    "BreachCreate",
    "CounterObligations",
    "Expertise",
    "ExpertiseOutcome",
    "Health",
    "HealthFailuresType0",
    "MeasureApplicationCreate",
    "MeasureApplicationCreateScores",
    "MeasureApplicationPage",
    "MeasureApplicationPublic",
    "MeasureApplicationPublicExpertiseType0",
    "MeasureApplicationPublicGroundsItem",
    "MeasureApplicationPublicScores",
    "MeasureApplicationStatus",
    "MeasureIn",
    "ObligationIn",
    "ObligationInDirection",
    "Problem",
    "ProblemErrorsType0Item",
    "ReferenceInForce",
    "ReferenceInForceMeasuresItem",
    "ReferenceInForcePriorityGoodsItem",
    "RefundCreate",
    "RefundDemandPublic",
    "RefundDemandPublicInputs",
    "RefundDemandPublicResult",
    "RegisterCondition",
    "ReportCreate",
    "ReportCreateActuals",
    "ReportPublic",
    "ReportPublicActuals",
    "ReportPublicLevels",
    "TerminationScan",
    "Transparency",
    "TransparencyGrantedByKind",
    "TransparencyGrantedByRegion",
    "TransparencyGrantedByYear",
)
