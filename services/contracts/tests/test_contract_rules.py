"""Pure rules of contracts for industrial development (Art. 47, 47-1, 48, 48-1, 49, 61-1)."""
from datetime import date
from decimal import Decimal as D

import pytest
from contracts.domain import rules as r
from ipp_common.law.refdata import reference_data

# The terms in force, from the reference data (their one source), as the service reads them.
T = r.Terms(*(int(reference_data().value_on(k, date(2026, 1, 1))) for k in (
    "plan_review_calendar_days", "plan_correction_working_days", "plan_approval_working_days",
    "manufacturer_application_calendar_days", "contract_conclusion_calendar_days")))


def test_art_47_1_system_forming_is_more_than_3_percent() -> None:
    assert not r.system_forming(D(3), D(100), D(3))
    assert r.system_forming(D("3.01"), D(100), D(3))
    assert not r.system_forming(D(5), D(0), D(3))


def test_art_47_deadlines_on_the_kazakhstan_calendar() -> None:
    assert r.submission_due(2027) == date(2026, 12, 10)
    assert r.review_due(date(2026, 12, 11), T) == date(2027, 1, 11)         # 30 cal. days → Sunday → Monday
    assert r.correction_due(date(2027, 1, 12), T) == date(2027, 1, 19)      # 5 working days
    assert r.correction_due(date(2026, 12, 14), T) == date(2026, 12, 22)    # skips Independence Day 16 Dec
    assert r.approval_due(date(2027, 1, 21), T) == date(2027, 2, 4)         # 10 working days
    assert r.publication_due(2027) == date(2027, 2, 1)
    assert r.application_window_end(date(2027, 1, 28), T) == date(2027, 3, 1)
    assert r.conclusion_due(date(2027, 3, 1), T) == date(2027, 3, 31)


def test_art_47_3_remarks_name_their_rule() -> None:
    items = [{"tnved": "1", "bought_on_domestic_market": True}, {"tnved": "2"}, {"tnved": "3", "foreign_under_warranty": True}]
    assert [(x["item"], x["rule"]) for x in r.plan_remarks(items)] == [(0, "47.3-domestic-market"), (2, "47.3-foreign-warranty")]


def test_plan_state_machine() -> None:
    s = r.next_plan_status(r.PlanStatus.submitted, "remarks")
    s = r.next_plan_status(s, "resubmit")
    s = r.next_plan_status(s, "approve")
    assert r.next_plan_status(s, "publish") == r.PlanStatus.published
    with pytest.raises(r.PlanTransitionNotAllowed):
        r.next_plan_status(r.PlanStatus.submitted, "publish")


def test_art_48_2_acceptance_100_then_50_percent() -> None:
    assert r.required_acceptance(1, D(100)) == D(100)
    assert r.required_acceptance(2, D(100)) == D(50)
    assert r.acceptance_shortfall(2, D(100), D(40), D(0)) == D(10)
    assert r.acceptance_shortfall(2, D(100), D(40), D(60)) == D(0)          # refused for the supplier's fault
    assert r.acceptance_shortfall(1, D(100), D(90), D(0)) == D(10)
    assert r.penalty(D(10), D(1000), D(10)) == D("1000.00")


def test_art_48_2_only_unilateral_reductions_are_refused() -> None:
    red = r.is_reduction({2027: D(100)}, {2027: D(80)}, D(10), D(10))
    assert red and r.is_reduction({2027: D(100)}, {2027: D(100)}, D(10), D(9))
    assert not r.is_reduction({2027: D(100)}, {2027: D(120)}, D(10), D(10))
    assert r.amendment_problems(r.ContractKind.offtake, unilateral=True, reduction=True, adds_technical_requirements=False)
    assert not r.amendment_problems(r.ContractKind.offtake, unilateral=False, reduction=True,
                                    adds_technical_requirements=False)
    assert not r.amendment_problems(r.ContractKind.offtake, unilateral=True, reduction=False,
                                    adds_technical_requirements=False)
    [(_, _, art)] = r.amendment_problems(r.ContractKind.guaranteed_purchase, unilateral=True, reduction=False,
                                         adds_technical_requirements=False)
    assert art == "48-1.2"
    [(_, _, art)] = r.amendment_problems(r.ContractKind.offtake, unilateral=False, reduction=False,
                                         adds_technical_requirements=True)
    assert art == "47.8"


@pytest.mark.parametrize("end,ok", [(date(2026, 12, 31), True), (date(2035, 12, 31), True), (date(2036, 12, 31), False),
                                    (date(2026, 6, 30), False)])
def test_art_48_1_3_guaranteed_purchase_term(end: date, ok: bool) -> None:
    vols = {y: D(1) for y in range(2026, end.year + 1)}
    problems = r.content_problems(r.ContractKind.guaranteed_purchase, goods=[{"specs": {"a": 1}}], volumes=vols,
                                  start=date(2026, 1, 1), end=end, min_icv_pct=None, icv_programme_obligation=False,
                                  liability="yes")
    assert (not problems) is ok, problems


def test_art_49_threshold_and_five_percent() -> None:
    ob = [{"amount_kzt": "50000"}]
    assert r.offset_threshold_met(D("2162500001"), 500_000, 4325)
    assert not r.offset_threshold_met(D("2162500000"), 500_000, 4325)  # Art. 49.1: above, not at
    assert not r.offset_threshold_met(None, 500_000, 4325)
    assert not r.offset_problems(D(1_000_000), ob, D(5))
    [(f, _, art)] = r.offset_problems(D(1_000_000), [{"amount_kzt": "49999"}], D(5))
    assert (f, art) == ("offset_obligations", "49.2")


def test_art_48_4_a_contract_year_is_closed_only_after_it_ends() -> None:
    assert not r.year_ended(2028, date(2026, 12, 2))
    assert not r.year_ended(2026, date(2026, 12, 31))
    assert r.year_ended(2026, date(2027, 1, 1))


def test_art_61_1_programme_three_years_and_three_grounds() -> None:
    assert r.programme_problems(2027, 2028, {})
    assert not r.programme_problems(2027, 2029, {"icv_share": {}, "sme_development": []})
    assert r.programme_refusal_grounds(D(30), {2027: D(35)}, 2, 2, ["x"]) == []
    g = r.programme_refusal_grounds(D(30), {2027: D(30)}, 1, 2, [])
    assert [x[:9] for x in g] == ["61-1.2(1)", "61-1.2(2)", "61-1.2(3)"]
