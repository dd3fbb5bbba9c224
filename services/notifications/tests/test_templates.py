"""Every addressed event of the catalogue has a notice template in Kazakh and Russian; rendering uses the
event's real data, including per-criterion motivated reasons."""
import uuid

import pytest
from ipp_common.events import addressed_types
from notifications.domain.templates import TEMPLATES, MissingTemplate, render

SAMPLE = {
    "application_id": str(uuid.uuid4()), "bin": "190540001042", "verification_run_id": str(uuid.uuid4()),
    "status": "awaiting_assessment", "stage": "verification", "entry_id": str(uuid.uuid4()),
    "included_at": "2026-11-25T10:00:00Z", "excluded_at": "2026-11-25T10:00:00Z", "ground": "monitoring",
    "appeal_due": "2027-01-12", "goods": [], "notice_id": str(uuid.uuid4()), "check_id": str(uuid.uuid4()),
    "due": "2026-12-09", "term": "10 working days", "outcome": "partially_satisfied", "appeal_id": str(uuid.uuid4()),
    "filed_on": "2026-11-25", "reasons_kk": "", "reasons_ru": "", "reason": "видео не показывает сварку",
    "planned_on": "2026-12-01", "reincluded_at": "2026-11-25T10:00:00Z", "extract_id": str(uuid.uuid4()),
    "restored_entry_id": str(uuid.uuid4()), "exclusion_entry_id": str(uuid.uuid4()),
    "contract_id": str(uuid.uuid4()), "kind": "offtake", "supplier_bin": "190540001042", "customer_bin": "190540001012",
    "term_start": "2026-01-01", "term_end": "2030-12-31", "version": 3, "change": {"reason": "pilot_negative"},
    "year": 2027, "penalty_kzt": "10000.00", "shortfall": "10", "rate_pct": "10", "plan_id": str(uuid.uuid4()),
    "remarks": [{"rule": "47.3-domestic-market"}], "correction_due": "2026-12-17", "approved_on": "2026-12-20",
    "publication_due": "2027-02-01", "deadline": "review", "programme_id": str(uuid.uuid4()),
    "grounds": [{"ground": "no_sme_measures", "article": "61-1.2(3)"}], "measure": "co_financing",
    "agreement_id": str(uuid.uuid4()),
    "start": "2026-01-01", "end": "2028-12-31", "amount_kzt": "1000000", "terminated_on": "2027-03-01",
    "cure_due": "2027-02-28", "principal": "400000.00", "interest": "65068.49", "refund": "465068.49",
    "level": "0.6", "excluded_on": "2026-12-01",
    "reasons": [{"code": "NO_TAX_ARREARS", "criterion": "No tax arrears", "expected": "<= 25950 KZT",
                 "found": "5000000 KZT", "article": "51-1.3", "text_kk": "Салық берешегі", "text_ru": "Налоговая"}],
}


@pytest.mark.parametrize("event_type", addressed_types())
def test_every_addressed_event_type_has_a_bilingual_template(event_type: str) -> None:
    assert event_type in TEMPLATES, f"no template for {event_type}: it would be dead-lettered"
    r = render(event_type, SAMPLE)
    for text in (r.title_kk, r.title_ru, r.body_kk, r.body_ru):
        assert text and "{" not in text
    assert r.body_kk != r.body_ru
    assert SAMPLE["bin"] in r.body_ru and SAMPLE["bin"] in r.body_kk


def test_refusal_renders_each_reason_with_expected_found_and_article() -> None:
    r = render("registry.application.refused", SAMPLE)
    assert "NO_TAX_ARREARS" in r.body_ru and "5000000 KZT" in r.body_ru and "ст. 51-1.3" in r.body_ru
    assert "NO_TAX_ARREARS" in r.body_kk and "табылған: 5000000 KZT" in r.body_kk and "бап 51-1.3" in r.body_kk
    assert "цифровая верификация" in r.body_ru and "цифрлық верификация" in r.body_kk


def test_dates_rendered_in_local_format() -> None:
    r = render("registry.producer.excluded", SAMPLE)
    assert "12.01.2027" in r.body_ru and "12.01.2027" in r.body_kk


def test_missing_template_is_an_error_not_a_silent_drop() -> None:
    with pytest.raises(MissingTemplate):
        render("registry.something.unknown", SAMPLE)


def test_art_51_4_2_remedy_notice_states_reasons_and_due_date() -> None:
    r = render("registry.remedy_notice.issued", SAMPLE)
    assert "09.12.2026" in r.body_ru and "09.12.2026" in r.body_kk
    assert "NO_TAX_ARREARS" in r.body_ru and "10 рабочих дней" in r.body_ru


def test_art_51_5_appeal_decision_outcome_in_both_languages() -> None:
    r = render("registry.appeal.decided", SAMPLE)
    assert "удовлетворено частично" in r.body_ru and "ішінара қанағаттандырылды" in r.body_kk


def test_art_25_5_refused_measure_application_notice_states_each_ground_from_the_publishers_payload() -> None:
    """Regression: measures publish grounds as objects (code, text, article); rendering assumed strings and
    every refusal notice was dead-lettered. The payload is built with the publisher's own event model."""
    from ipp_common.events.measures import MeasureApplicationDecided

    data = MeasureApplicationDecided(
        application_id=uuid.uuid4(), bin="190540001042", measure="co_financing", outcome="refused",
        grounds=[{"ground": "not_priority_goods", "article": "25.5, 26", "detail": "not on the list",
                  "text_ru": "Товары не входят в перечень приоритетных товаров",
                  "text_kk": "Тауарлар басым тауарлар тізбесіне кірмейді"}], score=12).model_dump(mode="json")
    r = render("measures.application.decided", data)
    assert "Товары не входят в перечень приоритетных товаров (not_priority_goods; 25.5, 26)" in r.body_ru
    assert "Тауарлар басым тауарлар тізбесіне кірмейді (not_priority_goods; 25.5, 26)" in r.body_kk


def test_art_51_6_exclusion_shows_the_almaty_date_the_ground_in_words_and_an_inclusive_deadline() -> None:
    """An exclusion decided at 02:00 Almaty time (20:00 UTC the day before) is dated that Almaty day."""
    data = {**SAMPLE, "excluded_at": "2026-11-30T21:00:00+00:00", "appeal_due": "2027-01-18"}
    r = render("registry.producer.excluded", data)
    assert "исключён из реестра 01.12.2026" in r.body_ru and "01.12.2026 тізілімнен" in r.body_kk
    assert "30.11.2026" not in r.body_ru + r.body_kk
    assert "по 18.01.2027 включительно" in r.body_ru and "18.01.2027 қоса алғанда" in r.body_kk
    assert "monitoring" not in r.body_ru + r.body_kk
    assert "не устранены в установленный срок" in r.body_ru and "жойылмады" in r.body_kk


@pytest.mark.parametrize("event_type", addressed_types())
def test_no_code_or_english_word_reaches_a_person(event_type: str) -> None:
    data = {**SAMPLE, "kind": "competitiveness"} if event_type.startswith("measures.") else SAMPLE
    r = render(event_type, data)
    for text in (r.body_kk, r.body_ru):
        for code in ("monitoring", "working days", "offtake", "review", " до ", "дейін"):
            assert code not in text, (event_type, code, text)


def test_art_51_4_2_remedy_term_in_words_of_each_language() -> None:
    r = render("registry.remedy_notice.issued", {**SAMPLE, "term": "10 working days", "due": "2026-12-09"})
    assert "по 09.12.2026 включительно (10 рабочих дней)" in r.body_ru
    assert "09.12.2026 қоса алғанда (10 жұмыс күн)" in r.body_kk
    r = render("registry.remedy_notice.issued", {**SAMPLE, "term": "3 working days"})
    assert "3 рабочих дня" in r.body_ru
