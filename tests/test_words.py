"""Words a person reads are Kazakh or Russian (issue 34, item 4): every notice template rendered with every
value of every closed set it shows (grounds, reasons, kinds, measures, outcomes, stages, deadlines), every
problem answer's title and detail in kk and ru, and the register's pages and PDF labels. A Latin-script word
of three or more letters is a defect unless it stands in brackets (a code after its words), in a URL, or is a
proper name or an acronym the languages use as they are."""
from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

import pytest
from contracts.domain.rules import PROGRAMME_GROUND_ARTICLES, ProgrammeGround
from ipp_common.http.languages import catalogue, localized
from ipp_common.law import words
from measures.adapters.catalogue import measures as measure_catalogue
from measures.domain.rules import GROUNDS as MEASURE_GROUNDS
from notifications.domain import templates as t
from registry.adapters.extract_pdf import LABELS, TITLE
from registry.domain import wording
from registry.entrypoints.page_texts import TEXTS, VERDICTS
from verification.domain.criteria import CRITERIA

SERVICES = ("registry", "verification", "contracts", "measures", "notifications")
PROPER_NAMES = {"PDF", "JSON", "OCDS", "QazIndustry", "QazTrade", "Damu"}  # OCDS: the standard's name
"""Names and acronyms written in Latin letters in Kazakh and Russian texts as well."""
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_URL = re.compile(r"https?://\S+")
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def latin_words(text: str) -> list[str]:
    """The Latin-script words of three letters or more outside brackets, URLs and the proper names."""
    text = _URL.sub(" ", text)
    while (stripped := _BRACKETS.sub(" ", text)) != text:  # nested brackets, innermost first
        text = stripped
    return [w for w in _LATIN_WORD.findall(text) if w not in PROPER_NAMES]


# ---------------------------------------------------------------- the notices

ID = "00000000-0000-4000-8000-000000000001"
"""An identifier of digits only: the hex letters of a random UUID are not words, but would read as such."""
BASE: dict[str, Any] = {
    "application_id": ID, "bin": "190540001042", "verification_run_id": ID, "status": "awaiting_assessment",
    "stage": "verification", "entry_id": ID, "included_at": "2026-11-25T10:00:00Z",
    "excluded_at": "2026-11-25T10:00:00Z", "ground": "monitoring", "appeal_due": "2027-01-12", "goods": [],
    "notice_id": ID, "check_id": ID, "due": "2026-12-09", "term": "10 working days", "outcome": "refused",
    "appeal_id": ID, "filed_on": "2026-11-25", "reason": "видео не показывает сварку", "planned_on": "2026-12-01",
    "reincluded_at": "2026-11-25T10:00:00Z", "extract_id": ID, "restored_entry_id": ID, "exclusion_entry_id": ID,
    "contract_id": ID, "kind": "offtake", "supplier_bin": "190540001042", "customer_bin": "190540001012",
    "term_start": "2026-01-01", "term_end": "2030-12-31", "version": 3, "change": {"reason": "pilot_negative"},
    "year": 2027, "penalty_kzt": "10000.00", "shortfall": "10", "rate_pct": "10", "plan_id": ID,
    "remarks": [{"rule": "47.3-domestic-market"}], "correction_due": "2026-12-17", "approved_on": "2026-12-20",
    "publication_due": "2027-02-01", "deadline": "review", "programme_id": ID, "grounds": [],
    "measure": "co_financing", "measure_name_kk": "Қаржыландыру", "measure_name_ru": "Финансирование",
    "agreement_id": ID, "start": "2026-01-01", "end": "2028-12-31", "amount_kzt": "1000000",
    "terminated_on": "2027-03-01", "cure_due": "2027-02-28", "breach_reason": "сборка не начата",
    "principal": "400000.00", "interest": "65068.49", "refund": "465068.49", "level": "0.6",
    "excluded_on": "2026-12-01", "reasons": [],
}


def closed_set_values() -> Iterator[tuple[str, dict[str, Any]]]:
    """One change of the event data for every value of every closed set a notice shows."""
    for g in words.EXCLUSION_GROUNDS:
        yield f"ground={g}", {"ground": g}
    for d in t.DEADLINES:
        yield f"deadline={d}", {"deadline": d}
    for k in (*t.CONTRACT_KINDS, *t.AGREEMENT_KINDS):
        yield f"kind={k}", {"kind": k}
    for o in (*t.OUTCOMES, "granted", "refused", "expertise", "agreed"):
        yield f"outcome={o}", {"outcome": o}
    for s in t.STAGES:
        yield f"stage={s}", {"stage": s}
    for r in words.CONTRACT_TERMINATIONS:
        yield f"termination={r}", {"change": {"reason": r, "fault": "supplier"}}
    for g in ProgrammeGround:
        yield f"programme_ground={g}", {"grounds": [{"ground": g.value, "article": PROGRAMME_GROUND_ARTICLES[g],
                                                     "detail": "1 < 2"}]}
    for m in measure_catalogue(date_in_force()):
        yield f"measure={m['code']}", {"measure": m["code"], "measure_name_kk": m["name_kk"],
                                       "measure_name_ru": m["name_ru"]}
    for code, g in MEASURE_GROUNDS.items():
        yield f"measure_ground={code}", {"grounds": [{"ground": code, "article": g.article, "text_kk": g.text_kk,
                                                      "text_ru": g.text_ru}]}
    for c in CRITERIA:
        yield f"criterion={c.code}", {"reasons": [{
            "code": c.code, "expected": "<= 25950 KZT", "found": "unreachable", "article": c.article,
            "text_kk": c.fail_kk.format(expected="<= 25950 KZT", found="5000000 KZT"),
            "text_ru": c.fail_ru.format(expected="<= 25950 KZT", found="5000000 KZT")}]}


def date_in_force() -> Any:
    from datetime import date
    return date(2026, 12, 1)


def rendered_texts(data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for event_type in t.TEMPLATES:
        r = t.render(event_type, data)
        for part in ("title_kk", "title_ru", "body_kk", "body_ru"):
            yield f"{event_type}.{part}", getattr(r, part)


@pytest.mark.parametrize(("case", "change"), list(closed_set_values()), ids=lambda v: v if isinstance(v, str) else "")
def test_every_notice_with_every_value_of_every_closed_set_is_in_kazakh_and_russian(case: str,
                                                                                    change: dict[str, Any]) -> None:
    data = {**copy.deepcopy(BASE), **change}
    found = {where: w for where, text in rendered_texts(data) if (w := latin_words(text))}
    assert not found, f"{case}: English words in notices: {found}"


def test_the_words_check_fails_on_a_planted_english_ground() -> None:
    """The check above can fail: an English ground in a notice is found, a code in brackets is not."""
    planted = {**copy.deepcopy(BASE), "grounds": [{"ground": "no_sme_measures", "article": "61-1.2(3)",
                                                   "text_ru": "no measures to develop small and medium business",
                                                   "text_kk": "шаралар жоқ"}]}
    found = {where: w for where, text in rendered_texts(planted) if (w := latin_words(text))}
    assert "measures.application.decided.body_ru" in found and "measures" in found["measures.application.decided.body_ru"]
    assert latin_words("Причина: pilot batch negative") == ["pilot", "batch", "negative"]
    assert latin_words("Мера «Промышленные гранты» (industrial_grant), см. https://example.kz/x_y") == []


# ---------------------------------------------------------------- the problems

@pytest.mark.parametrize("service", SERVICES)
@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_problem_title_and_detail_in_kazakh_and_russian(service: str, language: str) -> None:
    found = {}
    for code in catalogue(service):
        body = {"code": code, "title": "English title", "detail": "English detail", "article": "48.2",
                "field": "term_end", "errors": [{"field": "term_end", "rule": code, "message": "English"}]}
        out, lang = localized(body, language, service)
        assert lang == language, code
        texts = [out["title"], out["detail"], *(e["message"] for e in out["errors"])]
        if words_ := [w for text in texts for w in latin_words(text)]:
            found[code] = words_
    assert not found, f"{service}: English words in {language} problems: {found}"


# ---------------------------------------------------------------- the register's pages and PDF extract

def test_the_registers_pages_and_pdf_speak_kazakh_and_russian() -> None:
    texts: list[tuple[str, str]] = []
    for table_name in ("BASIS", "GROUND", "ENTRY_KIND", "STATUS", "CONTRACT_STATUS"):
        for key, (kk, ru) in getattr(wording, table_name).items():
            texts += [(f"{table_name}.{key}.kk", kk), (f"{table_name}.{key}.ru", ru)]
    for lang in ("kk", "ru"):
        texts += [(f"page.{lang}.{k}", v) for k, v in TEXTS[lang].items()]
        texts += [(f"verdict.{lang}.{k}", v) for k, v in VERDICTS[lang].items()]
    texts += [(f"pdf.{k}", v) for k, pair in LABELS.items() for v in pair] + [("pdf.title", v) for v in TITLE]
    # a placeholder ({date}, {ground}) is filled with a date or a word of the tables above
    found = {where: w for where, text in texts if (w := latin_words(re.sub(r"\{[a-z_]+\}", "", text)))}
    assert not found, f"English words on the register's pages or PDF: {found}"
