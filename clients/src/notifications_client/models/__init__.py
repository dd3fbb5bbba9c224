"""Contains all the data models used in inputs/outputs"""

from .attempt import Attempt
from .attempt_outcome import AttemptOutcome
from .audit_entry import AuditEntry
from .audit_entry_detail import AuditEntryDetail
from .audit_page import AuditPage
from .delivery_log import DeliveryLog
from .delivery_public import DeliveryPublic
from .delivery_public_status import DeliveryPublicStatus
from .event_type import EventType
from .health import Health
from .health_failures_type_0 import HealthFailuresType0
from .health_status import HealthStatus
from .notice_page import NoticePage
from .notice_public import NoticePublic
from .notice_public_data import NoticePublicData
from .notice_type import NoticeType
from .problem import Problem
from .problem_errors_type_0_item import ProblemErrorsType0Item
from .purged import Purged
from .subject_state_public import SubjectStatePublic
from .subscription_create import SubscriptionCreate
from .subscription_list import SubscriptionList
from .subscription_public import SubscriptionPublic
from .subscription_public_status import SubscriptionPublicStatus
from .verification import Verification

__all__ = (
    "Attempt",
    "AttemptOutcome",
    "AuditEntry",
    "AuditEntryDetail",
    "AuditPage",
    "DeliveryLog",
    "DeliveryPublic",
    "DeliveryPublicStatus",
    "EventType",
    "Health",
    "HealthFailuresType0",
    "HealthStatus",
    "NoticePage",
    "NoticePublic",
    "NoticePublicData",
    "NoticeType",
    "Problem",
    "ProblemErrorsType0Item",
    "Purged",
    "SubjectStatePublic",
    "SubscriptionCreate",
    "SubscriptionList",
    "SubscriptionPublic",
    "SubscriptionPublicStatus",
    "Verification",
)
