"""Contains all the data models used in inputs/outputs"""

from .audit_entry import AuditEntry
from .audit_entry_detail import AuditEntryDetail
from .audit_page import AuditPage
from .criterion_result import CriterionResult
from .health import Health
from .health_failures_type_0 import HealthFailuresType0
from .pending import Pending
from .problem import Problem
from .problem_errors_type_0_item import ProblemErrorsType0Item
from .run_detail import RunDetail
from .run_detail_evidence_type_0_item import RunDetailEvidenceType0Item
from .run_outcome import RunOutcome
from .run_page import RunPage
from .run_public import RunPublic
from .verification_purpose import VerificationPurpose

__all__ = (
    "AuditEntry",
    "AuditEntryDetail",
    "AuditPage",
    "CriterionResult",
    "Health",
    "HealthFailuresType0",
    "Pending",
    "Problem",
    "ProblemErrorsType0Item",
    "RunDetail",
    "RunDetailEvidenceType0Item",
    "RunOutcome",
    "RunPage",
    "RunPublic",
    "VerificationPurpose",
)
