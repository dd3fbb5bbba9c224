"""Pure rules of the register: Art. 51-4 (quarterly monitoring), 51-5 / 51-2.5 (terms to contest),
51-6 (automatic exclusion), 51-7 (catalogue only tightens, minimum threshold), the hash chain."""
from datetime import date, timedelta

import pytest
from registry.domain.appeals import (
    AppealAction,
    AppealOutcome,
    AppealStatus,
    AppealTransitionNotAllowed,
    decision_problems,
    next_appeal_status,
)
from registry.domain.catalogue import (
    GoodFindings,
    ProductionConditions,
    assess_good,
    loosening,
    validate_conditions,
)
from registry.domain.register import (
    GENESIS,
    Ground,
    automatic_exclusion_ground,
    contest_due,
    entry_hash,
    next_monitoring_date,
    quarter_start,
)

PC = ProductionConditions("7308909809", 1, date(2026, 1, 1), frozenset({"technical_documents"}),
                          frozenset({"резка", "сварка", "покраска", "сборка"}), 3)


def test_art_51_4_1_checks_at_least_once_a_quarter_and_spread() -> None:
    bins = [f"2103400{i:05d}" for i in range(300)]
    for b in bins[:50]:
        d = date(2026, 1, 1)
        for _ in range(8):
            nxt = next_monitoring_date(b, d)
            assert nxt > d and (nxt - d).days <= 92 + 91  # never skips a whole quarter
            assert quarter_start(nxt) in (quarter_start(d), quarter_start(d + timedelta(days=92)))
            d = nxt
    days = {next_monitoring_date(b, date(2025, 12, 31)) for b in bins}
    assert len(days) > 60  # spread over the quarter, not one day


def test_art_51_5_3_appeal_term_is_30_working_days() -> None:
    assert contest_due(Ground.monitoring, date(2026, 4, 24), 30) == date(2026, 6, 11)


def test_art_51_2_5_software_contest_is_30_calendar_days() -> None:
    assert contest_due(Ground.software_notice, date(2026, 11, 6), 30) == date(2026, 12, 7)  # 6 Dec is a Sunday


@pytest.mark.parametrize("ground", [Ground.own_request, Ground.liquidation, Ground.reorganization])
def test_other_exclusions_have_no_contest_term_here(ground: Ground) -> None:
    assert contest_due(ground, date(2026, 5, 5), 30) is None


@pytest.mark.parametrize("status,form,ground", [
    ("liquidated", None, Ground.liquidation), ("reorganized", "merger", Ground.reorganization),
    ("reorganized", "division", Ground.reorganization), ("reorganized", "transformation", None),
    ("liquidating", None, None), ("active", None, None)])
def test_art_51_6_automatic_exclusion(status: str, form: str | None, ground: Ground | None) -> None:
    assert automatic_exclusion_ground(status, form) == ground


def test_hash_chain_commits_to_content_and_predecessor() -> None:
    h1 = entry_hash(GENESIS, {"bin": "1", "goods": []})
    assert entry_hash(GENESIS, {"goods": [], "bin": "1"}) == h1  # key order does not matter
    assert entry_hash(GENESIS, {"bin": "1", "goods": [{"tnved": "x"}]}) != h1
    assert entry_hash(h1, {"bin": "2"}) != entry_hash(GENESIS, {"bin": "2"})


@pytest.mark.parametrize("change,fragment", [
    (dict(min_operations=2), "threshold lowered"), (dict(conditions=frozenset()), "conditions dropped"),
    (dict(operations=PC.operations | {"упаковка"}), "operations added"),
    (dict(effective_from=date(2025, 1, 1)), "effective date")])
def test_art_51_7_4_more_favourable_amendments_detected(change: dict, fragment: str) -> None:
    new = ProductionConditions(**{**PC.__dict__, "version": 2, **change})
    assert any(fragment in v for v in loosening(PC, new))


def test_art_51_7_4_tightening_is_allowed() -> None:
    new = ProductionConditions(PC.tnved, 2, date(2026, 6, 1), PC.conditions | {"product_testing"},
                               PC.operations - {"сборка"}, 3)
    assert loosening(PC, new) == []


def test_art_51_7_2_conditions_must_exist_and_threshold_fit() -> None:
    bad = ProductionConditions("7308909809", 1, date(2026, 1, 1), frozenset(), frozenset({"a"}), 2)
    problems = validate_conditions(bad)
    assert any("51-7.2" in p for p in problems) and any("threshold" in p for p in problems)


def test_art_51_1_4_threshold_counts_declared_and_confirmed_listed_operations_only() -> None:
    ok = GoodFindings(PC.tnved, frozenset({"резка", "сварка", "покраска"}), frozenset({"technical_documents"}))
    assert assess_good(["резка", "сварка", "покраска"], ok, PC) == []
    # declared but not confirmed, or confirmed but not listed, does not count
    partial = GoodFindings(PC.tnved, frozenset({"резка", "сварка", "ковка"}), frozenset({"technical_documents"}))
    [r] = assess_good(["резка", "сварка", "покраска", "ковка"], partial, PC)
    assert r.code == "OPERATIONS_BELOW_THRESHOLD" and r.found.startswith("2")
    no_docs = GoodFindings(PC.tnved, ok.confirmed_operations, frozenset())
    assert [r.code for r in assess_good(["резка", "сварка", "покраска"], no_docs, PC)] == ["PRODUCTION_CONDITIONS_NOT_MET"]
    assert [r.code for r in assess_good([], ok, None)] == ["NO_PRODUCTION_CONDITIONS"]


def test_art_51_5_commission_steps_and_single_decision() -> None:
    s = next_appeal_status(AppealStatus.received, AppealAction.document_request)
    s = next_appeal_status(s, AppealAction.field_visit)
    s = next_appeal_status(s, AppealAction.decide)
    assert s == AppealStatus.decided
    with pytest.raises(AppealTransitionNotAllowed):
        next_appeal_status(s, AppealAction.decide)
    with pytest.raises(AppealTransitionNotAllowed):
        next_appeal_status(s, AppealAction.hearing)


def test_art_51_5_5_refusal_needs_reasons_partial_needs_proper_subset() -> None:
    assert decision_problems(AppealOutcome.refused, " ", None, ["a"])
    assert not decision_problems(AppealOutcome.refused, "reasons", None, ["a"])
    assert decision_problems(AppealOutcome.partially_satisfied, "", ["a", "b"], ["a", "b"])
    assert not decision_problems(AppealOutcome.partially_satisfied, "", ["a"], ["a", "b"])
    assert not decision_problems(AppealOutcome.satisfied, "", None, ["a"])
