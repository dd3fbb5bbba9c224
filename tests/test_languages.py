"""Problem answers in the client's language (issue 21, item 4): ``Accept-Language: kk | ru | en`` selects the
title and detail; ``Content-Language`` says which; the machine-readable members do not change. Every code the
code base can raise has its Kazakh and Russian title."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from harness import Platform, application_body, fresh_bin
from ipp_common.http.languages import catalogue, localized, negotiate

ROOT = Path(__file__).resolve().parents[1]
RAISERS = {"Rejected", "Conflict", "Forbidden", "Malformed", "DomainError", "ProblemError", "PydanticCustomError",
           "invalid"}
"""The constructors of a problem, and where the code is among their arguments (below)."""


def raised_codes(source: Path) -> set[str]:
    """The problem codes written as literals in a package: the first argument of each refusal (the second of
    ``ProblemError``, which starts with the status, and of ``invalid``, which starts with the problems),
    ``code=`` of a ``Conflict``, and ``not_found`` wherever ``NotFound`` is raised."""
    codes: set[str] = set()
    for path in source.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name == "NotFound":
                codes.add("not_found")
            if name not in RAISERS:
                continue
            args = node.args[1:] if name in ("ProblemError", "invalid") else node.args
            if name == "Conflict":
                args = [k.value for k in node.keywords if k.arg == "code"] or [ast.Constant("conflict")]
            if args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                codes.add(args[0].value)
    return codes


@pytest.mark.parametrize("service", ["registry", "verification", "contracts", "measures", "notifications"])
def test_every_problem_code_has_a_kazakh_and_a_russian_title(service: str) -> None:
    texts = catalogue(service)
    codes = raised_codes(ROOT / "libs" / "common" / "src") | raised_codes(ROOT / "services" / service / "src")
    codes |= {"method_not_allowed", "http_error"}  # the framework's 404/405 answers (app.create_app)
    assert len(codes) >= 20
    missing = sorted(c for c in codes if not {"kk", "ru"} <= set(texts.get(c, {})))
    assert not missing, f"codes without kk/ru titles in {service}/problem_texts.json or the common catalogue: {missing}"


def test_the_scan_of_raised_codes_finds_what_it_must() -> None:
    """The scan above can fail: a refusal added anywhere in the code is found."""
    codes = raised_codes(ROOT / "services" / "registry" / "src")
    assert {"application_already_open", "term_expired", "not_found", "tnved_format"} <= codes


@pytest.mark.parametrize(("header", "language"), [
    (None, "en"), ("ru", "ru"), ("kk-KZ, ru;q=0.8", "kk"), ("en;q=0.5, ru;q=0.9", "ru"), ("de, fr", "en"),
    ("*", "en"), ("ru;q=0, kk;q=0.1", "kk"), ("fr, ru;q=0.3", "ru"), ("ru;q=x, kk", "kk"), ("", "en")])
def test_the_preferred_language_is_negotiated(header: str | None, language: str) -> None:
    assert negotiate(header) == language


def test_a_rule_without_a_text_keeps_its_english_message() -> None:
    body = {"code": "validation_failed", "title": "Request is not valid", "field": "x",
            "errors": [{"field": "x", "rule": "string_too_long", "message": "String should have at most 5 characters"},
                       {"field": "y", "rule": "some_future_rule", "message": "Unknown rule"}]}
    out, language = localized(body, "ru", "registry")
    assert [e["message"] for e in out["errors"]] == ["Слишком длинная строка", "Unknown rule"] and language == "ru"
    assert localized(body, "en", "registry") == (body, "en")


@pytest.mark.integration
async def test_a_refusal_in_the_language_asked_for(platform: Platform) -> None:
    b = fresh_bin()
    assert (await platform.file(b)).status_code == 202
    answers = {}
    for language in ("ru", "kk", "en"):
        headers = {**platform.headers("applicant", b), "Accept-Language": f"{language}, en;q=0.1"}
        r = await platform.http.post(f"{platform.url('registry')}/v1/applications", headers=headers,
                                     json=application_body(b))
        assert r.status_code == 409 and r.json()["code"] == "application_already_open", r.text
        assert r.headers["content-language"] == language and "Accept-Language" in r.headers["vary"]
        answers[language] = r.json()
    assert answers["ru"]["title"] == "По этому БИН уже есть незавершённая заявка"
    assert answers["kk"]["title"] == "Бұл БСН бойынша аяқталмаған өтінім бар"
    assert answers["en"]["title"] == "Conflict"
    for member in ("type", "status", "code", "instance"):  # what machines read is the same in every language
        assert answers["ru"][member] == answers["kk"][member] == answers["en"][member]


@pytest.mark.integration
async def test_a_rule_of_the_law_names_its_article_in_kazakh_and_russian(platform: Platform) -> None:
    """A validation refusal: the article (Art. 51-1.2, the consents) in the detail, in the language asked."""
    b = fresh_bin()
    body = application_body(b)
    body["consents"]["video_surveillance"] = False
    for language, words, message in (("ru", "статья 51-1.2", "Требуется согласие"), ("kk", "51-1.2", "Келісім қажет")):
        headers = {**platform.headers("applicant", b), "Accept-Language": language}
        r = await platform.http.post(f"{platform.url('registry')}/v1/applications", headers=headers, json=body)
        assert r.status_code == 422 and r.headers["content-language"] == language, r.text
        p = r.json()
        assert p["code"] == "validation_failed" and p["errors"][0]["rule"] == "consent_required"
        assert words in p["detail"] and p["field"] == "body.consents.video_surveillance"
        assert p["errors"][0]["message"] == message  # each broken rule in the language too


@pytest.mark.integration
async def test_a_refusal_made_before_the_application_is_in_the_language_asked_for(platform: Platform) -> None:
    """The body-size limit answers from a middleware, before any route: in Russian too."""
    r = await platform.http.post(f"{platform.url('registry')}/v1/applications", content=b"x" * 2_000_000,
                                 headers={"Accept-Language": "ru", "Content-Type": "application/json"})
    assert r.status_code == 413 and r.headers["content-language"] == "ru"
    assert r.json()["title"] == "Слишком большое тело запроса" and r.json()["code"] == "body_too_large"


def test_the_problem_catalogues_say_what_the_code_raises() -> None:
    """Each code's English title, status, articles and fields in ``problem_texts.json`` are what the code
    raises (``ipp-problem-catalogue``): the problem type pages cannot drift from the code."""
    import subprocess
    import sys
    r = subprocess.run([sys.executable, "-m", "ipp_common.cli.problem_catalogue", "--check"], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.integration
async def test_a_problem_type_opens_as_a_page_in_three_languages(platform: Platform) -> None:
    """RFC 9457 §3.1.1: a problem's ``type`` is the URL of its page — title in kk/ru/en, status, the articles
    and fields it names, and what the caller can do — as JSON, or HTML for a browser."""
    c = platform.url("contracts")
    r = await platform.http.post(f"{c}/v1/contracts/00000000-0000-4000-8000-000000000000/amendments",
                                 headers={**platform.headers("customer", fresh_bin()), "content-type": "application/json"},
                                 content=b"{")
    problem = r.json()
    assert r.status_code == 400 and problem["type"] == f"http://localhost:{c.rsplit(':', 1)[1]}/problems/json_invalid"
    page = await platform.http.get(f"{c}/problems/delivery_in_future")
    p = page.json()
    assert page.status_code == 200 and p["status"] == 422 and p["articles"] == ["48.2"]
    assert p["fields"] == ["delivered_on"] and p["title"]["ru"] and p["title"]["kk"] and p["title"]["en"]
    assert "Исправьте" in p["action"]["ru"]
    for lang in ("kk", "ru", "en"):
        h = await platform.http.get(f"{c}/problems/delivery_in_future", params={"lang": lang},
                                    headers={"Accept": "text/html"})
        assert h.status_code == 200 and f'<html lang="{lang}">' in h.text and p["title"][lang] in h.text
    listed = (await platform.http.get(f"{c}/problems")).json()["items"]
    assert {"delivery_in_future", "amendment_refused", "token_invalid"} <= {i["code"] for i in listed}
    assert (await platform.http.get(f"{c}/problems/no_such_code")).status_code == 404
