"""Contains all the data models used in inputs/outputs"""

from .aggregate import Aggregate
from .agreed_measure import AgreedMeasure
from .agreement_create import AgreementCreate
from .agreement_kind import AgreementKind
from .agreement_page import AgreementPage
from .agreement_public import AgreementPublic
from .agreement_status import AgreementStatus
from .agreement_view import AgreementView
from .application_requirement import ApplicationRequirement
from .audit_entry import AuditEntry
from .audit_entry_detail import AuditEntryDetail
from .audit_page import AuditPage
from .breach_create import BreachCreate
from .breach_public import BreachPublic
from .catalogue_measure import CatalogueMeasure
from .counter_obligations import CounterObligations
from .expertise import Expertise
from .expertise_outcome import ExpertiseOutcome
from .expertise_public import ExpertisePublic
from .expertise_public_outcome import ExpertisePublicOutcome
from .health import Health
from .health_failures_type_0 import HealthFailuresType0
from .health_status import HealthStatus
from .measure_application_create import MeasureApplicationCreate
from .measure_application_create_scores import MeasureApplicationCreateScores
from .measure_application_page import MeasureApplicationPage
from .measure_application_public import MeasureApplicationPublic
from .measure_application_public_scores import MeasureApplicationPublicScores
from .measure_application_status import MeasureApplicationStatus
from .measure_in import MeasureIn
from .measures_problem_type_lang_type_0 import MeasuresProblemTypeLangType0
from .measures_problem_types_lang_type_0 import MeasuresProblemTypesLangType0
from .obligation_in import ObligationIn
from .obligation_in_direction import ObligationInDirection
from .obligation_public import ObligationPublic
from .obligation_public_direction import ObligationPublicDirection
from .priority_good import PriorityGood
from .problem import Problem
from .problem_rule import ProblemRule
from .problem_type import ProblemType
from .problem_type_action import ProblemTypeAction
from .problem_type_title import ProblemTypeTitle
from .problem_types import ProblemTypes
from .reference_in_force import ReferenceInForce
from .refund_create import RefundCreate
from .refund_demand_public import RefundDemandPublic
from .refund_demand_public_inputs import RefundDemandPublicInputs
from .refund_demand_public_result import RefundDemandPublicResult
from .refusal_ground import RefusalGround
from .refusal_ground_ground import RefusalGroundGround
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
    "AgreedMeasure",
    "AgreementCreate",
    "AgreementKind",
    "AgreementPage",
    "AgreementPublic",
    "AgreementStatus",
    "AgreementView",
    "ApplicationRequirement",
    "AuditEntry",
    "AuditEntryDetail",
    "AuditPage",
    "BreachCreate",
    "BreachPublic",
    "CatalogueMeasure",
    "CounterObligations",
    "Expertise",
    "ExpertiseOutcome",
    "ExpertisePublic",
    "ExpertisePublicOutcome",
    "Health",
    "HealthFailuresType0",
    "HealthStatus",
    "MeasureApplicationCreate",
    "MeasureApplicationCreateScores",
    "MeasureApplicationPage",
    "MeasureApplicationPublic",
    "MeasureApplicationPublicScores",
    "MeasureApplicationStatus",
    "MeasureIn",
    "MeasuresProblemTypeLangType0",
    "MeasuresProblemTypesLangType0",
    "ObligationIn",
    "ObligationInDirection",
    "ObligationPublic",
    "ObligationPublicDirection",
    "PriorityGood",
    "Problem",
    "ProblemRule",
    "ProblemType",
    "ProblemTypeAction",
    "ProblemTypeTitle",
    "ProblemTypes",
    "ReferenceInForce",
    "RefundCreate",
    "RefundDemandPublic",
    "RefundDemandPublicInputs",
    "RefundDemandPublicResult",
    "RefusalGround",
    "RefusalGroundGround",
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
