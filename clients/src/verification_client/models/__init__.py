"""Contains all the data models used in inputs/outputs"""

from .audit_entry import AuditEntry
from .audit_entry_detail import AuditEntryDetail
from .audit_page import AuditPage
from .criterion_result import CriterionResult
from .criterion_result_source import CriterionResultSource
from .criterion_result_status import CriterionResultStatus
from .health import Health
from .health_failures_type_0 import HealthFailuresType0
from .health_status import HealthStatus
from .pending import Pending
from .problem import Problem
from .problem_rule import ProblemRule
from .problem_type import ProblemType
from .problem_type_action import ProblemTypeAction
from .problem_type_title import ProblemTypeTitle
from .problem_types import ProblemTypes
from .run_detail import RunDetail
from .run_outcome import RunOutcome
from .run_page import RunPage
from .run_public import RunPublic
from .source_call import SourceCall
from .source_call_params_type_0 import SourceCallParamsType0
from .source_call_response_type_0 import SourceCallResponseType0
from .source_call_source import SourceCallSource
from .verification_problem_type_lang_type_0 import VerificationProblemTypeLangType0
from .verification_problem_types_lang_type_0 import VerificationProblemTypesLangType0
from .verification_purpose import VerificationPurpose

__all__ = (
    "AuditEntry",
    "AuditEntryDetail",
    "AuditPage",
    "CriterionResult",
    "CriterionResultSource",
    "CriterionResultStatus",
    "Health",
    "HealthFailuresType0",
    "HealthStatus",
    "Pending",
    "Problem",
    "ProblemRule",
    "ProblemType",
    "ProblemTypeAction",
    "ProblemTypeTitle",
    "ProblemTypes",
    "RunDetail",
    "RunOutcome",
    "RunPage",
    "RunPublic",
    "SourceCall",
    "SourceCallParamsType0",
    "SourceCallResponseType0",
    "SourceCallSource",
    "VerificationProblemTypeLangType0",
    "VerificationProblemTypesLangType0",
    "VerificationPurpose",
)
