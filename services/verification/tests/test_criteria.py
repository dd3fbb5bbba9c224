"""Digital verification criteria (Art. 1.23-1, 51-1.3): each with its reason code and kk/ru texts; an
unusable answer is "source unavailable", never a failed criterion; thresholds come from dated data."""
from datetime import date

import pytest
from verification.domain.criteria import CRITERIA, Thresholds, evaluate, run_outcome
from verification.service_layer.handlers import thresholds_on

TH = Thresholds(max_tax_arrears_kzt=25_950, min_employees=1)
BY_CODE = {c.code: c for c in CRITERIA}
TN = ["7308909809"]

HEALTHY = {
    "gbd-ul": {"status": "active", "oked": "25.11"},
    "sgd": {"employees_with_contributions": 42},
    "kgd": {"arrears_kzt": 0},
    "esf": {"raw_material_purchases": 3, "sales": [{"tnved": "7308909809", "invoices": 10}]},
    "utilities": {"electricity_kwh": 1000},
    "video": {"reachable": True},
}


@pytest.mark.parametrize("c", CRITERIA, ids=lambda c: c.code)
def test_healthy_manufacturer_passes_every_criterion(c) -> None:  # noqa: ANN001
    assert evaluate(c, HEALTHY[c.source], TH, TN, None).status == "passed"


@pytest.mark.parametrize("code,data,found", [
    ("LEGAL_ENTITY_ACTIVE", {"status": "liquidated", "oked": "25.11"}, "liquidated"),
    ("ACTIVITY_MANUFACTURING", {"status": "active", "oked": "46.69"}, "46.69"),
    ("EMPLOYEES_PRESENT", {"employees_with_contributions": 0}, "0"),
    ("NO_TAX_ARREARS", {"arrears_kzt": 25_951}, "25951 KZT"),
    ("SITE_UTILITIES", {"electricity_kwh": 0}, "0 kWh"),
    ("VIDEO_FEED", {"reachable": False}, "unreachable"),
])
def test_each_criterion_fails_with_its_code_and_bilingual_reason(code: str, data: dict, found: str) -> None:
    o = evaluate(BY_CODE[code], data, TH, TN, None)
    assert o.status == "failed" and o.code == code and o.found == found
    assert o.text_kk and o.text_ru and o.text_kk != o.text_ru and o.article


def test_einvoices_must_show_sales_of_every_declared_good() -> None:
    o = evaluate(BY_CODE["EINVOICES_PRODUCTION"], HEALTHY["esf"], TH, ["7308909809", "8471300000"], None)
    assert o.status == "failed" and "8471300000" in o.found


def test_tax_arrears_exactly_at_the_limit_pass() -> None:
    assert evaluate(BY_CODE["NO_TAX_ARREARS"], {"arrears_kzt": 25_950}, TH, TN, None).status == "passed"


@pytest.mark.parametrize("c", CRITERIA, ids=lambda c: c.code)
def test_unusable_answer_is_source_unavailable_not_failure(c) -> None:  # noqa: ANN001
    assert evaluate(c, {"unexpected": "shape"}, TH, TN, None).status == "source_unavailable"
    assert evaluate(c, None, TH, TN, "HTTP 503").status == "source_unavailable"


def test_run_outcome() -> None:
    ok = [evaluate(c, HEALTHY[c.source], TH, TN, None) for c in CRITERIA]
    assert run_outcome(ok) == "passed"
    assert run_outcome(ok[:-1] + [evaluate(CRITERIA[-1], None, TH, TN, "timeout")]) == "incomplete"
    assert run_outcome(ok[:-1] + [evaluate(CRITERIA[-1], {"reachable": False}, TH, TN, None)]) == "failed"


def test_art_51_1_3_tax_limit_uses_the_mrp_of_the_year() -> None:
    assert thresholds_on(date(2025, 6, 1)).max_tax_arrears_kzt == 6 * 3932
    assert thresholds_on(date(2026, 6, 1)).max_tax_arrears_kzt == 6 * 4325
