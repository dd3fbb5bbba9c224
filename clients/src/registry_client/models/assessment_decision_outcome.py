from typing import Literal

AssessmentDecisionOutcome = Literal["decide", "inspection_required"]

ASSESSMENT_DECISION_OUTCOME_VALUES: set[AssessmentDecisionOutcome] = {
    "decide",
    "inspection_required",
}


def check_assessment_decision_outcome(value: str) -> AssessmentDecisionOutcome:
    if value in ASSESSMENT_DECISION_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSESSMENT_DECISION_OUTCOME_VALUES!r}"
    )
