"""The application state machine (Art. 51-1.1) and what an application must carry (Art. 51-1.2)."""
import pytest
from registry.domain.application_rules import CONSENTS, tnved_rule
from registry.domain.model import (
    TRANSITIONS,
    Action,
    ApplicationStatus,
    CriterionResult,
    TransitionNotAllowed,
    next_status,
    refusal_reasons,
    verification_action,
)


def crit(code: str, status: str) -> CriterionResult:
    return CriterionResult(code, code, status, "e", "f", "51-1.3", "kk", "ru")


def test_art_51_1_1_stages_in_order() -> None:
    s = next_status(None, Action.file)
    assert s == ApplicationStatus.verification
    s = next_status(s, Action.verification_passed)
    assert s == ApplicationStatus.awaiting_assessment
    assert next_status(s, Action.assessment_passed) == ApplicationStatus.included


def test_art_51_1_1_no_stage_can_be_skipped() -> None:
    with pytest.raises(TransitionNotAllowed):
        next_status(ApplicationStatus.verification, Action.assessment_passed)
    with pytest.raises(TransitionNotAllowed):
        next_status(None, Action.verification_passed)


@pytest.mark.parametrize("final", [ApplicationStatus.refused, ApplicationStatus.included])
def test_decisions_are_final(final: ApplicationStatus) -> None:
    assert not [a for (s, a) in TRANSITIONS if s == final]


def test_art_51_1_3_passes_only_when_every_criterion_passes() -> None:
    assert verification_action([crit("A", "passed"), crit("B", "passed")]) == Action.verification_passed
    assert verification_action([crit("A", "passed"), crit("B", "failed")]) == Action.verification_failed


def test_art_51_1_3_unavailable_source_is_not_a_decision() -> None:
    with pytest.raises(ValueError):
        verification_action([crit("A", "passed"), crit("B", "source_unavailable")])


def test_art_51_1_6_motivated_answer_lists_exactly_the_failed_criteria() -> None:
    reasons = refusal_reasons([crit("A", "passed"), crit("B", "failed"), crit("C", "failed")])
    assert [r.code for r in reasons] == ["B", "C"]


def test_art_51_1_2_three_consents_each_with_its_subparagraph() -> None:
    assert {k: v[0] for k, v in CONSENTS.items()} == {
        "personal_data": "51-1.2(1)", "site_access": "51-1.2(2)", "video_surveillance": "51-1.2(3)"}


@pytest.mark.parametrize("code,ok", [("7308909809", True), ("0101210000", True), ("730890980", False),
                                     ("73089098091", False), ("73O8909809", False), ("0008909809", False),
                                     ("9908909809", False)])
def test_tnved_eaeu_code_format(code: str, ok: bool) -> None:
    assert (tnved_rule(code) is None) is ok
