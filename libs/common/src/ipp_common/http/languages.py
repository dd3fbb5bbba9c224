"""The language of problem answers: ``Accept-Language: kk | ru | en`` (RFC 9110 §12.5.4) selects it; the
answer says which it is in ``Content-Language`` and varies by ``Accept-Language``.

Every problem code has a Kazakh and a Russian title in a catalogue — the platform's own codes in
``ipp_common/data/problem_texts.json``, each service's in ``<service>/problem_texts.json`` — and a test holds
every code the code base can raise to it. In Kazakh or Russian the ``detail`` says the rule, the article of
the law and the field in that language; the machine-readable members (``code``, ``article``, ``field``,
``errors`` and each rule's own members, such as a due date) are the same in every language. English keeps
the detail that names the particular values."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

LANGUAGES = ("kk", "ru", "en")
DEFAULT = "en"
"""Without an Accept-Language (or with none we speak) the answer is in English, as it always was."""
_COMMON = Path(__file__).parents[1] / "data" / "problem_texts.json"
_LAW = {"kk": "«Өнеркәсіптік саясат туралы» Қазақстан Республикасы Заңының {article}-бабы",
        "ru": "статья {article} Закона Республики Казахстан «О промышленной политике»"}
_BASIS = {"kk": "Негіздеме: {law}.", "ru": "Основание: {law}."}
_FIELD = {"kk": "Өріс ({field}).", "ru": "Поле ({field})."}
"""The field is named as the API spells it, in brackets: a name of the interface, not a word of the text."""


PARAMETER = {"name": "Accept-Language", "in": "header", "required": False,
             "description": "The language of a problem answer's title and detail: `kk`, `ru` or `en` (the default); "
                            "the answer's Content-Language says which it is.",
             "schema": {"type": "string"}, "example": "kk, ru;q=0.9"}
"""The header's OpenAPI parameter, on every operation (``documents.complete``)."""
CONTENT_LANGUAGE = {"description": "The language of the problem's title and detail: kk, ru or en",
                    "schema": {"type": "string", "enum": list(LANGUAGES)}}


def negotiate(header: str | None, among: tuple[str, ...] = LANGUAGES, default: str = DEFAULT) -> str:
    """The language the client prefers most ``among`` these (by q-value, the first of equals; ``kk-KZ`` counts
    as ``kk``, ``*`` as any); ``default`` when it names none of them. Problems speak kk, ru and en (English by
    default); the public pages kk and ru (Kazakh by default)."""
    best, best_q = default, 0.0
    for item in (header or "").split(",")[:20]:
        tag, _, params = item.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            name, _, value = p.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        lang = tag.strip().lower().split("-")[0]
        if lang == "*":
            lang = default
        if lang in among and q > best_q:
            best, best_q = lang, q
    return best


@cache
def catalogue(service: str) -> dict[str, dict[str, str]]:
    """The Kazakh and Russian titles of every problem code the service can answer with."""
    texts: dict[str, dict[str, str]] = json.loads(_COMMON.read_text(encoding="utf-8"))
    if not service:
        return texts
    try:
        texts |= json.loads((resources.files(service) / "problem_texts.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, ModuleNotFoundError):
        pass
    return texts


def localized(body: dict[str, Any], language: str, service: str) -> tuple[dict[str, Any], str]:
    """The problem ``body`` in ``language`` — its title from the catalogue, a detail in that language, each
    broken rule's message where the catalogue has it — and the language it is then really in (English where
    the catalogue has no text for the code)."""
    texts = catalogue(service)
    title = texts.get(body.get("code", ""), {}).get(language)
    if language == DEFAULT or title is None:
        return body, DEFAULT
    detail = [f"{title}."]
    if body.get("article"):
        detail.append(_BASIS[language].format(law=_LAW[language].format(article=body["article"])))
    if body.get("field"):
        detail.append(_FIELD[language].format(field=body["field"]))
    out = {**body, "title": title, "detail": " ".join(detail)}
    if body.get("errors"):
        out["errors"] = [{**e, "message": texts[e["rule"]][language]}
                         if language in texts.get(str(e.get("rule")), {}) else e for e in body["errors"]]
    return out, language


def problem_content(body: dict[str, Any], accept_language: str | None, service: str
                    ) -> tuple[dict[str, Any], dict[str, str]]:
    """The body of a problem answer in the client's language, with its Content-Language and Vary fields."""
    out, language = localized(body, negotiate(accept_language), service)
    return out, {"Content-Language": language, "Vary": "Accept-Language"}
