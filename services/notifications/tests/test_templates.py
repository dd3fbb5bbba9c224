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
    "appeal_due": "2027-01-12", "goods": [],
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
