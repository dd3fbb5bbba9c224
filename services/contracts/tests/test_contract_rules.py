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


SIGNED = r.CustomerObligations(goods=frozenset({"7308909809", "8413702100"}),
                                volumes={2026: D(100), 2027: D(100), 2028: D(100)}, unit_price=D(1000),
                                term_start=date(2026, 1, 1), term_end=date(2028, 12, 31))


@pytest.mark.parametrize("change,field", [
    ({"volumes": {2027: D(80)}}, "volumes.2027"),
    ({"unit_price": D(999)}, "unit_price_kzt"),
    ({"term_start": date(2027, 1, 1)}, "term_start"),   # 2026 drops out with its volume
    ({"term_end": date(2027, 12, 31)}, "term_end"),     # 2028 drops out with its volume
    ({"term_end": date(2028, 6, 30)}, "term_end"),      # half a year less, no whole year dropped
    ({"goods": frozenset({"7308909809"})}, "goods"),
])
def test_art_48_2_every_way_to_lessen_the_customers_obligations_is_a_reduction(change: dict, field: str) -> None:
    after = SIGNED.amended(**change)
    fields = [f for f, _, art in r.reductions(SIGNED, after) if art == "48.2"]
    assert field in fields
    problems = r.amendment_problems(r.ContractKind.offtake, unilateral=True, reductions=r.reductions(SIGNED, after),
                                    adds_technical_requirements=False)
    assert field in [f for f, _, _ in problems] and {a for _, _, a in problems} == {"48.2"}
    # by agreement of both parties the same change is allowed (Art. 48.2 forbids only the unilateral one)
    assert not r.amendment_problems(r.ContractKind.offtake, unilateral=False,
                                    reductions=r.reductions(SIGNED, after), adds_technical_requirements=False)


def test_art_48_2_a_term_cut_takes_the_dropped_years_volume_with_it() -> None:
    after = SIGNED.amended(term_end=date(2027, 12, 31))
    assert after.volumes == {2026: D(100), 2027: D(100)}
    named = {f: rule for f, rule, _ in r.reductions(SIGNED, after)}
    assert set(named) == {"volumes.2028", "term_end"} and "[2028]" in named["term_end"]
    assert SIGNED.amended(term_start=date(2027, 1, 1)).volumes == {2027: D(100), 2028: D(100)}


def test_art_48_2_increases_are_not_reductions() -> None:
    more = SIGNED.amended(volumes={2027: D(120)}, unit_price=D(1100), term_end=date(2029, 12, 31),
                          goods=SIGNED.goods | {"7308100000"})
    assert r.reductions(SIGNED, more) == []
    assert r.reductions(SIGNED, SIGNED.amended(term_start=date(2025, 1, 1))) == []


def test_art_48_2_only_unilateral_reductions_are_refused() -> None:
    cut = r.reductions(SIGNED, SIGNED.amended(volumes={2027: D(80)}))
    assert r.amendment_problems(r.ContractKind.offtake, unilateral=True, reductions=cut,
                                adds_technical_requirements=False)
    assert not r.amendment_problems(r.ContractKind.offtake, unilateral=False, reductions=cut,
                                    adds_technical_requirements=False)
    assert not r.amendment_problems(r.ContractKind.offtake, unilateral=True, reductions=[],
                                    adds_technical_requirements=False)
    [(_, _, art)] = r.amendment_problems(r.ContractKind.guaranteed_purchase, unilateral=True, reductions=[],
                                         adds_technical_requirements=False)
    assert art == "48-1.2"
    [(_, _, art)] = r.amendment_problems(r.ContractKind.offtake, unilateral=False, reductions=[],
                                         adds_technical_requirements=True)
    assert art == "47.8"


def test_art_48_2_a_delivery_is_a_fact_not_dated_after_today() -> None:
    today = date(2026, 11, 20)
    assert not r.delivery_in_future(today, today)
    assert not r.delivery_in_future(date(2026, 6, 1), today)
    assert r.delivery_in_future(date(2026, 11, 21), today)


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
    assert [x["article"] for x in g] == ["61-1.2(1)", "61-1.2(2)", "61-1.2(3)"]
    assert [x["ground"] for x in g] == ["understated_icv_targets", "contracts_below_applications", "no_sme_measures"]
    assert g[1]["detail"] == "1 < 2"
