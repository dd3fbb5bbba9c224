from typing import Literal

NoticeType = Literal[
    "contracts.contract.amended",
    "contracts.contract.signed",
    "contracts.contract.terminated",
    "contracts.penalty.assessed",
    "contracts.plan.approved",
    "contracts.plan.overdue",
    "contracts.plan.remarks_issued",
    "contracts.programme.decided",
    "measures.agreement.concluded",
    "measures.agreement.flagged",
    "measures.agreement.terminated",
    "measures.application.decided",
    "measures.breach.notified",
    "measures.refund.demanded",
    "registry.appeal.decided",
    "registry.appeal.received",
    "registry.application.inspection_scheduled",
    "registry.application.refused",
    "registry.application.verified",
    "registry.extract.issued",
    "registry.producer.excluded",
    "registry.producer.included",
    "registry.producer.reincluded",
    "registry.remedy_notice.closed",
    "registry.remedy_notice.issued",
]

NOTICE_TYPE_VALUES: set[NoticeType] = {
    "contracts.contract.amended",
    "contracts.contract.signed",
    "contracts.contract.terminated",
    "contracts.penalty.assessed",
    "contracts.plan.approved",
    "contracts.plan.overdue",
    "contracts.plan.remarks_issued",
    "contracts.programme.decided",
    "measures.agreement.concluded",
    "measures.agreement.flagged",
    "measures.agreement.terminated",
    "measures.application.decided",
    "measures.breach.notified",
    "measures.refund.demanded",
    "registry.appeal.decided",
    "registry.appeal.received",
    "registry.application.inspection_scheduled",
    "registry.application.refused",
    "registry.application.verified",
    "registry.extract.issued",
    "registry.producer.excluded",
    "registry.producer.included",
    "registry.producer.reincluded",
    "registry.remedy_notice.closed",
    "registry.remedy_notice.issued",
}


def check_notice_type(value: str) -> NoticeType:
    if value in NOTICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTICE_TYPE_VALUES!r}"
    )
