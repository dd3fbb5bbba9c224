"""The page of each problem type (RFC 9457 §3.1.1: ``type`` is a URI that a person can open): ``/problems/{code}``
on every service, public, in Kazakh, Russian and English, as JSON or HTML (by ``Accept``; ``?lang=`` or
``Accept-Language`` picks the page's language). It says the problem's title, its HTTP status, the articles of
the law and the fields the code names (``problem_texts.json``, completed from the code by
``ipp-problem-catalogue``) and what the caller can do. ``/problems`` lists every code of the service."""
from __future__ import annotations

import html
from typing import Any, Literal

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from ipp_common.http.languages import catalogue, negotiate
from ipp_common.http.problems import ProblemError

Lang = Literal["kk", "ru", "en"]
ACTIONS: dict[int, dict[str, str]] = {
    400: {"en": "Send a body that is valid JSON.", "ru": "Отправьте тело запроса в корректном формате JSON.",
          "kk": "Сұрау денесін дұрыс JSON түрінде жіберіңіз."},
    401: {"en": "Get a new token from the identity provider and send it as a bearer token.",
          "ru": "Получите новый токен у поставщика идентификации и передайте его как токен доступа (Bearer).",
          "kk": "Сәйкестендіру провайдерінен жаңа токен алып, оны қолжетімділік токені ретінде жіберіңіз (Bearer)."},
    403: {"en": "Act with a token whose role, scope or BIN allows this; nothing was changed.",
          "ru": "Действуйте с токеном, роль, область или БИН которого это разрешают; ничего не изменено.",
          "kk": "Рөлі, аясы немесе БСН-і мұны рұқсат ететін токенмен әрекет етіңіз; ештеңе өзгертілген жоқ."},
    404: {"en": "Check the identifier: the resource does not exist or is not yours to see.",
          "ru": "Проверьте идентификатор: ресурса нет или он вам недоступен.",
          "kk": "Идентификаторды тексеріңіз: ресурс жоқ немесе сізге қолжетімсіз."},
    405: {"en": "Use one of the methods the Allow header lists.",
          "ru": "Используйте один из методов, перечисленных в заголовке ответа (Allow).",
          "kk": "Жауап тақырыбында көрсетілген әдістердің бірін қолданыңыз (Allow)."},
    409: {"en": "Read the resource again: its current state does not allow the action; nothing was changed.",
          "ru": "Прочитайте ресурс заново: его текущее состояние не допускает действие; ничего не изменено.",
          "kk": "Ресурсты қайта оқыңыз: оның ағымдағы күйі әрекетке жол бермейді; ештеңе өзгертілген жоқ."},
    412: {"en": "Read the resource again and send its current ETag in If-Match.",
          "ru": "Прочитайте ресурс заново и передайте его текущую версию в предусловии (If-Match).",
          "kk": "Ресурсты қайта оқып, оның ағымдағы нұсқасын алғы шартта жіберіңіз (If-Match)."},
    413: {"en": "Send a smaller body.", "ru": "Отправьте тело запроса меньшего размера.",
          "kk": "Сұрау денесін кішірек жіберіңіз."},
    415: {"en": "Send the body as application/json.", "ru": "Отправьте тело запроса как JSON (application/json).",
          "kk": "Сұрау денесін JSON түрінде жіберіңіз (application/json)."},
    422: {"en": "Correct the field the answer names by the rule it names, and send the request again; nothing "
                "was written.",
          "ru": "Исправьте поле, указанное в ответе, по названному правилу и отправьте запрос снова; ничего не "
                "записано.",
          "kk": "Жауапта көрсетілген өрісті аталған ережеге сай түзетіп, сұрауды қайта жіберіңіз; ештеңе "
                "жазылған жоқ."},
    429: {"en": "Wait the seconds Retry-After gives, then send again.",
          "ru": "Подождите указанное в ответе число секунд (Retry-After) и отправьте снова.",
          "kk": "Жауапта көрсетілген секунд санын күтіп (Retry-After), қайта жіберіңіз."},
    500: {"en": "Send the request again later with the same Idempotency-Key; report the X-Request-Id if it "
                "persists.",
          "ru": "Повторите запрос позже с тем же ключом идемпотентности; если ошибка повторяется, сообщите "
                "идентификатор запроса (X-Request-Id).",
          "kk": "Сұрауды кейінірек сол идемпотенттілік кілтімен қайталаңыз; қате қайталанса, сұрау "
                "идентификаторын хабарлаңыз (X-Request-Id)."},
    503: {"en": "Send the request again after Retry-After with the same Idempotency-Key.",
          "ru": "Повторите запрос через указанное время (Retry-After) с тем же ключом идемпотентности.",
          "kk": "Сұрауды көрсетілген уақыттан кейін (Retry-After) сол идемпотенттілік кілтімен қайталаңыз."},
}
RULE_ACTION = {"en": "This is a rule named in `errors[]` of a 422 answer (`validation_failed`): correct the field "
                     "it names.",
               "ru": "Это правило, названное в списке ошибок ответа 422 (validation_failed): исправьте указанное "
                     "поле.",
               "kk": "Бұл 422 жауабының қателер тізімінде аталған ереже (validation_failed): көрсетілген өрісті "
                     "түзетіңіз."}
LABELS = {"status": {"en": "HTTP status", "ru": "Статус ответа", "kk": "Жауап мәртебесі"},
          "articles": {"en": "Articles of the Law «On Industrial Policy»",
                       "ru": "Статьи Закона «О промышленной политике»",
                       "kk": "«Өнеркәсіптік саясат туралы» Заңның баптары"},
          "fields": {"en": "Fields it names", "ru": "Поля", "kk": "Өрістер"},
          "action": {"en": "What to do", "ru": "Что делать", "kk": "Не істеу керек"},
          "all": {"en": "Every problem type of this service", "ru": "Все типы ошибок сервиса",
                  "kk": "Қызметтің барлық қате түрлері"}}


class ProblemType(BaseModel):
    """A problem type: what its ``code`` means and what a caller can do about it."""
    code: str
    type: str = Field(description="This page's URL: the `type` of every problem with this code")
    title: dict[Lang, str] = Field(description="The title in Kazakh, Russian and English")
    status: int | None = Field(None, description="The HTTP status it is answered with; null for a rule of "
                                                 "`errors[]` in a 422 answer")
    articles: list[str] = Field(description="Articles of the Law «On Industrial Policy» it applies")
    fields: list[str] = Field(description="Fields the answer names")
    action: dict[Lang, str] = Field(description="What the caller can do, in Kazakh, Russian and English")


class ProblemTypes(BaseModel):
    items: list[ProblemType]


def type_url(base_url: str, code: str) -> str:
    return f"{base_url}/problems/{code}"


def _type(base_url: str, code: str, entry: dict[str, Any]) -> ProblemType:
    status = entry.get("status")
    action = ACTIONS.get(status, ACTIONS[422]) if status else RULE_ACTION
    return ProblemType(code=code, type=type_url(base_url, code),
                       title={"kk": entry["kk"], "ru": entry["ru"], "en": entry.get("en", code)},
                       status=status, articles=entry.get("articles", []), fields=entry.get("fields", []),
                       action={"kk": action["kk"], "ru": action["ru"], "en": action["en"]})


def _language(request: Request) -> Lang:
    language = negotiate(request.headers.get("accept-language"))
    return "kk" if language == "kk" else "ru" if language == "ru" else "en"


def _wants_html(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "text/html" in accept and "application/json" not in accept.split("text/html")[0]


def _page(p: ProblemType, lang: Lang) -> str:
    e = html.escape
    rows = []
    if p.status:
        rows.append((LABELS["status"][lang], str(p.status)))
    if p.articles:
        rows.append((LABELS["articles"][lang], ", ".join(p.articles)))
    if p.fields:
        rows.append((LABELS["fields"][lang], ", ".join(p.fields)))
    rows.append((LABELS["action"][lang], p.action[lang]))
    body = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in rows)
    others = " · ".join(f'<a href="?lang={code}" hreflang="{code}">{name}</a>' for code, name in
                        (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")) if code != lang)
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{e(p.title[lang])}</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main>'
            f'<h1>{e(p.title[lang])}</h1><p><code>{e(p.code)}</code></p><dl>{body}</dl>'
            f'<p><a href="../problems?lang={lang}">{e(LABELS["all"][lang])}</a> · {others}</p></main></body></html>')


def mount(app: FastAPI, service: str) -> None:
    """``/problems`` and ``/problems/{code}`` on the service's app (public, no token)."""

    def base() -> str:
        return str(app.state.settings.public_api_url)

    @app.get("/problems", tags=["problem types"], response_model=ProblemTypes,
             summary="Every problem type this service answers with")
    async def problem_types(request: Request, lang: Lang | None = Query(None)) -> Any:
        texts = catalogue(service)
        items = [_type(base(), code, entry) for code, entry in sorted(texts.items())]
        if _wants_html(request):
            language: Lang = lang or _language(request)
            links = "".join(f'<li><a href="problems/{i.code}?lang={language}">{html.escape(i.title[language])}</a> '
                            f"<code>{i.code}</code></li>" for i in items)
            return HTMLResponse(f'<!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>'
                                f'{LABELS["all"][language]}</title></head><body><main><h1>{LABELS["all"][language]}'
                                f"</h1><ul>{links}</ul></main></body></html>")
        return JSONResponse(ProblemTypes(items=items).model_dump(mode="json"))

    @app.get("/problems/{code}", tags=["problem types"], response_model=ProblemType,
             summary="What a problem type means and what the caller can do (RFC 9457 §3.1.1)")
    async def problem_type(code: str, request: Request, lang: Lang | None = Query(None)) -> Any:
        entry = catalogue(service).get(code)
        if entry is None:
            raise ProblemError(404, "not_found", "Not found", f"No problem type {code!r} on this service.")
        p = _type(base(), code, entry)
        if _wants_html(request):
            return HTMLResponse(_page(p, lang or _language(request)))
        return JSONResponse(p.model_dump(mode="json"))
