"""Pure rules of state stimulation (Art. 25.4-6, 27.4, 28.4, 62.4), with worked refund examples."""
from datetime import date
from decimal import Decimal as D

import pytest
from measures.domain import rules as r

OK = dict(goods=["7308909809"], priority={"7308909809"}, counter_obligations_accepted=True,
          documents={"business_plan", "financial_statements"}, required_documents={"business_plan", "financial_statements"},
          in_register=True)


def test_art_25_5_all_conditions_hold_no_ground() -> None:
    assert r.eligibility_failures(**OK) == []


@pytest.mark.parametrize("change,ground", [
    (dict(goods=["3920102500"]), "not_priority_goods"), (dict(counter_obligations_accepted=False),
                                                          "counter_obligations_not_accepted"),
    (dict(documents={"business_plan"}), "documents_incomplete"), (dict(in_register=False), "not_in_register")])
def test_art_25_6_each_single_failure_is_the_only_ground(change: dict, ground: str) -> None:
    failures = r.eligibility_failures(**{**OK, **change})
    assert [f["ground"] for f in failures] == [ground]
    assert failures[0]["article"].startswith("25.5") and failures[0]["text_ru"] and failures[0]["text_kk"]


def test_art_65_assembly_agreement_condition_only_where_required() -> None:
    assert r.eligibility_failures(**OK, requires_assembly_agreement=True)[0]["ground"] == "no_assembly_agreement"
    assert r.eligibility_failures(**OK, requires_assembly_agreement=True, has_assembly_agreement=True) == []


def test_art_25_4_score_five_criteria_capped() -> None:
    assert r.score({"innovativeness": 7, "competitiveness": 12, "scale": 3}) == 20


def flat(rate: str):  # noqa: ANN201
    return lambda d: D(rate)


def test_art_27_4_refund_at_full_fulfilment_is_zero() -> None:
    x = r.refund(D(1_000_000), D(1), date(2025, 1, 1), date(2026, 1, 1), flat("16.5"))
    assert x["principal"] == "0.00" and x["interest"] == "0.00" and x["refund"] == "0.00"


def test_art_27_4_refund_at_zero_fulfilment_is_everything_with_interest() -> None:
    # 1,000,000 × 16.5% × 365/365 = 165,000.00
    x = r.refund(D(1_000_000), D(0), date(2025, 1, 1), date(2026, 1, 1), flat("16.5"))
    assert (x["principal"], x["interest"], x["refund"]) == ("1000000.00", "165000.00", "1165000.00")


def test_art_27_4_partial_fulfilment() -> None:
    # 75% achieved: principal 250,000; 182 days at 18%: 250,000 × 0.18 × 182 / 365 = 22,438.36
    x = r.refund(D(1_000_000), D("0.75"), date(2026, 1, 1), date(2026, 7, 2), flat("18"))
    assert (x["principal"], x["interest"], x["refund"]) == ("250000.00", "22438.36", "272438.36")


def test_art_27_4_base_rate_changing_inside_the_period() -> None:
    # 60% achieved: principal 400,000; 68 days at 15.25% = 11,364.38; 297 days at 16.5% = 53,704.11
    rate = lambda d: D("15.25") if d < date(2025, 3, 10) else D("16.5")  # noqa: E731
    x = r.refund(D(1_000_000), D("0.6"), date(2025, 1, 1), date(2026, 1, 1), rate)
    assert [(p["days"], p["rate_pct"], p["interest"]) for p in x["periods"]] == [
        (68, "15.25", "11364.38"), (297, "16.5", "53704.11")]
    assert (x["principal"], x["interest"], x["refund"]) == ("400000.00", "65068.49", "465068.49")


def test_fulfilment_levels_capped_and_weighted() -> None:
    assert r.obligation_level(D(100), D(150)) == 1
    assert r.obligation_level(D(100), D(40)) == D("0.4")
    assert r.agreement_level([(D(1), D(1)), (D("0.4"), D(2))]) == D("0.6")


def test_art_28_4_repeat_ban_unless_beyond_control() -> None:
    assert r.repeat_ban([{"id": "a", "breaches": [{"reason": "x", "beyond_control": True}]}]) is None
    assert r.repeat_ban([{"id": "a", "breaches": [{"reason": "x", "beyond_control": False}]}])["agreement_id"] == "a"
    assert r.repeat_ban([{"id": "a", "breaches": []}]) is None


def test_art_28_4_repeat_ban_follows_from_the_fulfilment_record() -> None:
    reported = [{"period": "2025", "level": "1"}, {"period": "2026", "level": "0.6"}]
    ban = r.repeat_ban([{"id": "a", "breaches": [], "reports": reported}])
    assert ban == {"agreement_id": "a", "unfulfilled": {"period": "2026", "level": "0.6"}}
    assert r.repeat_ban([{"id": "a", "breaches": [], "reports": [{"period": "2026", "level": "1.0"}]}]) is None
    excused = [{"reason": "flood", "beyond_control": True}]
    assert r.repeat_ban([{"id": "a", "breaches": excused, "reports": reported}]) is None


def test_art_62_4_three_month_cure_period() -> None:
    assert r.cure_due(date(2026, 11, 30)) == date(2027, 2, 28)
    assert r.cure_due(date(2026, 1, 15)) == date(2026, 4, 15)
