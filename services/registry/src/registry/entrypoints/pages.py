"""The register in front of people: server-rendered pages in Kazakh and Russian that need no sign-in and no
JavaScript — the register (search by BIN, name, TN VED code or region; as of a date), a producer with its
goods and register history, the offtake register, an extract as a PDF with a QR code, and the page that QR
code opens, which checks the extract against the register today (Art. 51-1.8, 1.8-1; ADR 28).

The pages call the same service layer as the JSON API (``reads``, ``offtake``) and hold no rule of their own;
they are left out of the OpenAPI documents, which describe the machines' contract. The language is in the
URL (``?lang=kk|ru``), so a link or a bookmark keeps it; without one, the browser's Accept-Language decides,
Kazakh by default. Reads carry ETags; the application's rate limit covers them as every route."""
from __future__ import annotations

import json
import re
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from ipp_common.events.contracts import ContractStatus
from ipp_common.http.languages import negotiate
from ipp_common.http.queries import CURSOR_PATTERN
from ipp_common.http.responses import conditional
from ipp_common.law.calendar import KZ
from ipp_common.law.codes import BIN_PATTERN, TNVED_PATTERN
from ipp_common.law.errors import NotFound

from registry.adapters.extract_pdf import extract_pdf
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.domain import wording
from registry.entrypoints.api import CtxDep, get_uow
from registry.entrypoints.page_texts import TEXTS, VERDICTS
from registry.service_layer import offtake, reads, snapshots

router = APIRouter(include_in_schema=False)
UowDep = Annotated[RegistryUnitOfWork, Depends(get_uow)]
templates = Jinja2Templates(directory=Path(__file__).with_name("templates"))
PAGE_SIZE = 20
OFFTAKE_STATUSES = (ContractStatus.signed, ContractStatus.terminated)
"""What a contract in the offtake register can be: it enters the register signed (Art. 48.6)."""
HTML = "text/html; charset=utf-8"


def language(request: Request, lang: str | None) -> str:
    """The URL's choice, else the browser's among kk and ru, else Kazakh (the state language, Constitution
    Art. 7)."""
    if lang in TEXTS:
        return lang
    return negotiate(request.headers.get("accept-language"), among=tuple(TEXTS), default="kk")


LangQuery = Annotated[str | None, Query(max_length=5)]


def almaty(instant: str | datetime | None, with_time: bool = True) -> str:
    if instant is None:
        return "—"
    at = datetime.fromisoformat(instant) if isinstance(instant, str) else instant
    return at.astimezone(KZ).strftime("%d.%m.%Y %H:%M" if with_time else "%d.%m.%Y")


def render(request: Request, template: str, lang: str, status_code: int = 200, **context: Any) -> Response:
    """A page, with an ETag over its bytes (304 to a matching If-None-Match) and its language declared."""
    t = TEXTS[lang]
    other = "ru" if lang == "kk" else "kk"
    params = {k: v for k, v in request.query_params.items() if k != "lang"}
    html = templates.get_template(template).render(
        request=request, lang=lang, t=t, w=lambda table, key: wording.word(getattr(wording, table), key, lang),
        almaty=almaty, switch_url=f"{request.url.path}?{urlencode({**params, 'lang': other})}",
        q=lambda **kw: urlencode({**kw, "lang": lang}), **context)
    page = conditional(request, html.encode(), HTML, status_code) if request.method == "GET" else \
        Response(html, status_code=status_code, media_type=HTML)
    page.headers.update({"Content-Language": lang, "Vary": "Accept-Language", **PAGE_HEADERS})
    return page


# The pages run no script and load nothing from elsewhere: the policy says so, and nobody may frame them.
PAGE_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
                                           "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
                "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"}


def not_found(request: Request, lang: str, message_key: str) -> Response:
    return render(request, "not_found.html", lang, 404, message=TEXTS[lang][message_key])


@router.get("/")
async def home(lang: LangQuery = None) -> Response:
    return RedirectResponse("/register" + (f"?lang={lang}" if lang in TEXTS else ""), status_code=307)


@router.get("/register")
async def register_page(request: Request, uow: UowDep, ctx: CtxDep, lang: LangQuery = None,
                        q: Annotated[str, Query(max_length=300)] = "", region: Annotated[str, Query(max_length=100)] = "",
                        as_of: Annotated[str, Query(max_length=10)] = "",
                        cursor: Annotated[str | None, Query(max_length=500)] = None) -> Response:
    """One search box takes a BIN (12 digits), a TN VED code (10 digits) or part of a name."""
    lg = language(request, lang)
    q, region, as_of = q.strip(), region.strip(), as_of.strip()
    filters: dict[str, Any] = {"bin_": None, "tnved": None, "name": None}
    if re.fullmatch(BIN_PATTERN, q):
        filters["bin_"] = q
    elif re.fullmatch(TNVED_PATTERN, q):
        filters["tnved"] = q
    elif q:
        filters["name"] = q
    error = None
    day = None
    if as_of:
        try:
            day = date.fromisoformat(as_of)
        except ValueError:
            error = TEXTS[lg]["bad_query"]
    if cursor is not None and not re.fullmatch(CURSOR_PATTERN, cursor):
        error, cursor = TEXTS[lg]["bad_query"], None
    page: dict[str, Any] = {"items": [], "next_cursor": None}
    if error is None:
        page = await reads.public_register(uow, **filters, region=region or None, as_of=day, cursor=cursor,
                                           limit=PAGE_SIZE)
    next_url = None
    if page["next_cursor"]:
        next_url = "/register?" + urlencode({"q": q, "region": region, "as_of": as_of, "cursor": page["next_cursor"],
                                             "lang": lg})
    snapshot = snapshots.links(snapshots.latest_day(ctx))  # by path: the pages are served where the API is
    return render(request, "register.html", lg, 400 if error else 200, page=page, query=q, region=region,
                  as_of=as_of, error=error, next_url=next_url, snapshot=snapshot)


@router.get("/register/verify")
async def verify_form(request: Request, lang: LangQuery = None) -> Response:
    return render(request, "verify.html", language(request, lang), check=None)


@router.post("/register/verify")
async def verify_upload(request: Request, uow: UowDep, ctx: CtxDep, extract: Annotated[UploadFile, File()],
                        lang: LangQuery = None) -> Response:
    """Check an extract held as its JSON file (the answer of ``POST /v1/register/{bin}/extracts``)."""
    lg = language(request, lang)
    try:
        signed = json.loads(await extract.read(256 * 1024))
        doc, signature = signed["extract"], signed["signature"]
        if not isinstance(doc, dict) or not isinstance(signature, str):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        return render(request, "verify.html", lg, 422, check=None, error=TEXTS[lg]["bad_file"])
    check = await reads.verify_extract(uow, ctx, doc, signature)
    return render(request, "verify.html", lg, check=check, verdict=verdict(check, lg), extract=doc)


@router.get("/register/extracts/{extract_id}")
async def extract_page(request: Request, extract_id: uuid.UUID, uow: UowDep, ctx: CtxDep,
                       lang: LangQuery = None) -> Response:
    """What the QR code of an extract opens: is it authentic, and does it still reflect the register."""
    lg = language(request, lang)
    try:
        signed = await reads.extract(uow, extract_id)
    except NotFound:
        return not_found(request, lg, "extract_not_found")
    check = await reads.verify_extract(uow, ctx, signed["extract"], signed["signature"])
    return render(request, "verify.html", lg, check=check, verdict=verdict(check, lg), extract=signed["extract"],
                  pdf_url=f"/register/extracts/{extract_id}/pdf")


@router.get("/register/extracts/{extract_id}/pdf")
async def extract_pdf_page(request: Request, extract_id: uuid.UUID, uow: UowDep, ctx: CtxDep,
                           lang: LangQuery = None) -> Response:
    try:
        signed = await reads.extract(uow, extract_id)
    except NotFound:
        return not_found(request, language(request, lang), "extract_not_found")
    return pdf_response(request, signed, ctx.settings.public_base_url, ctx.settings.pdf_font_dir)


def pdf_response(request: Request, signed: dict[str, Any], base_url: str | None, font_dir: str) -> Response:
    """The extract's PDF; its QR code opens the extract's page at the public address (or this request's)."""
    base = (base_url or str(request.base_url)).rstrip("/")
    doc = signed["extract"]
    body = extract_pdf(signed, f"{base}/register/extracts/{doc['extract_id']}", font_dir)
    name = f"extract-{doc['producer']['bin']}-{doc['extract_id'][:8]}.pdf"
    return conditional(request, body, "application/pdf", 200,
                       headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/register/{bin}")
async def producer_page(request: Request, bin: str, uow: UowDep, ctx: CtxDep, lang: LangQuery = None) -> Response:
    lg = language(request, lang)
    if not re.fullmatch(BIN_PATTERN, bin):
        return not_found(request, lg, "producer_not_found")
    try:
        producer = await reads.public_record(ctx.register, bin)
        history = await reads.public_history(uow, bin)
    except NotFound:
        return not_found(request, lg, "producer_not_found")
    return render(request, "producer.html", lg, producer=producer, history=history)


@router.post("/register/{bin}/extracts")
async def issue_extract(request: Request, bin: str, uow: UowDep, ctx: CtxDep, lang: LangQuery = None) -> Response:
    """Anyone may take an extract of an included producer (ADR 28); then its page, with the PDF."""
    lg = language(request, lang)
    try:
        if not re.fullmatch(BIN_PATTERN, bin):
            raise NotFound("producer")
        signed = await reads.issue_extract(uow, ctx, bin, None, getattr(request.state, "request_id", None))
    except NotFound:
        return not_found(request, lg, "producer_not_found")
    return RedirectResponse(f"/register/extracts/{signed['extract']['extract_id']}?lang={lg}", status_code=303)


@router.get("/offtake")
async def offtake_page(request: Request, uow: UowDep, ctx: CtxDep, lang: LangQuery = None,
                       supplier: Annotated[str, Query(max_length=12)] = "",
                       customer: Annotated[str, Query(max_length=12)] = "",
                       tnved: Annotated[str, Query(max_length=10)] = "",
                       status: Annotated[str, Query(max_length=30)] = "",
                       cursor: Annotated[str | None, Query(max_length=500)] = None) -> Response:
    """The offtake register (Art. 1.8-1, 48.6) by executor, customer, goods code and status, as the JSON API
    filters it."""
    lg = language(request, lang)
    form = {"supplier": supplier.strip(), "customer": customer.strip(), "tnved": tnved.strip(), "status": status}
    bad = (any(form[k] and not re.fullmatch(BIN_PATTERN, form[k]) for k in ("supplier", "customer"))
           or (form["tnved"] and not re.fullmatch(TNVED_PATTERN, form["tnved"]))
           or (status and status not in OFFTAKE_STATUSES)
           or (cursor and not re.fullmatch(CURSOR_PATTERN, cursor)))
    page: dict[str, Any] = {"items": [], "next_cursor": None}
    if not bad:
        page = await offtake.search(uow, prefix=ctx.settings.ocds_ocid_prefix, supplier=form["supplier"] or None,
                                    customer=form["customer"] or None,
                                    tnved=form["tnved"] or None, status=status or None, cursor=cursor,
                                    limit=PAGE_SIZE)
    next_url = ("/offtake?" + urlencode({**form, "cursor": page["next_cursor"], "lang": lg})
                if page["next_cursor"] else None)
    return render(request, "offtake.html", lg, 400 if bad else 200, page=page, form=form, statuses=OFFTAKE_STATUSES,
                  error=TEXTS[lg]["bad_query"] if bad else None, next_url=next_url)


def verdict(check: dict[str, Any], lang: str) -> dict[str, str]:
    """The check's answer in words: authentic or not, and what the register recorded since the extract."""
    v = VERDICTS[lang]
    if not check["signature_valid"]:
        return {"tone": "bad", "text": v["forged"]}
    if check.get("issued_by") is None:
        return {"tone": "bad", "text": v["not_issued"]}
    if check.get("current_entry_is_same"):
        return {"tone": "good", "text": v["current"]}
    changes = check.get("register_changes_since") or []
    last = changes[-1] if changes else None
    when = almaty(last["at"], with_time=False) if last else "—"
    if check.get("current_status") == "excluded" and last is not None:
        return {"tone": "warn", "text": v["excluded"].format(date=when,
                                                             ground=wording.word(wording.GROUND, last["ground"], lang))}
    return {"tone": "warn", "text": v["changed"].format(
        date=when, event=wording.word(wording.ENTRY_KIND, last["kind"] if last else None, lang))}
