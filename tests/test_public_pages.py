"""The register in front of people (Art. 51-1.8, 1.8-1), in a real browser: Debian's Chromium driven by
Playwright searches the register, opens a producer, takes its PDF extract, reads the QR code off the PDF's
rendered page, follows it and sees "authentic"; after the producer is excluded (Art. 51-6) the same QR code
says so, with the date. Every page is checked with axe-core and photographed into the test's artifacts
(``.artifacts/browser/``). The PDF's text is extracted to show that the Kazakh letters are there as letters."""
from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from axe_playwright_python.async_playwright import Axe
from browser import FLAGS, ensure_chromium
from harness import ROOT, Platform, fresh_bin
from ipp_common.law.clock import KZ
from playwright.async_api import Browser, Page, async_playwright

pytestmark = [pytest.mark.integration, pytest.mark.flow]
KAZAKH_NAME = "«Әсем Құрылыс Өнімдері» ЖШС"  # ә, қ, ұ, ө, і — letters the PDF standard fonts do not have
ARTIFACTS = ROOT / ".artifacts" / "browser"
@pytest.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    path = ensure_chromium()
    async with async_playwright() as pw:
        b = await pw.chromium.launch(executable_path=path, headless=True, args=FLAGS)
        yield b
        await b.close()


async def look(page: Page, name: str) -> None:
    """A screenshot into the artifacts, and axe-core over the page: no serious or critical violation."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    result = await Axe().run(page)
    violations = [v for v in result.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not violations, f"{name}: " + json.dumps([{k: v[k] for k in ("id", "impact", "help")} for v in violations],
                                                    ensure_ascii=False)


def qr_of(pdf: bytes) -> tuple[str, str]:
    """The QR code's text read off the PDF's first page rendered at 200 dpi, and the page's text."""
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=200 / 72).to_pil()
    codes = [c.text for c in zxingcpp.read_barcodes(image)]
    assert len(codes) == 1, f"expected one QR code on the extract, found {codes}"
    return codes[0], page.get_textpage().get_text_range()


async def verdict(page: Page) -> tuple[str, str]:
    box = page.locator("#verdict")
    return (await box.inner_text()).strip(), (await box.get_attribute("class") or "")


async def test_art_51_1_8_a_person_checks_an_extract_by_its_qr_code_before_and_after_exclusion(
        platform: Platform, browser: Browser) -> None:
    b = fresh_bin()
    await platform.include(b, company_name=KAZAKH_NAME)
    base = platform.url("registry")
    context = await browser.new_context(accept_downloads=True, bypass_csp=True, locale="kk-KZ")
    page = await context.new_page()
    try:
        # The register: search by BIN in Kazakh, the language of the browser.
        await page.goto(f"{base}/register")
        assert await page.get_attribute("html", "lang") == "kk"
        await look(page, "01-register")
        await page.fill("#q", b)
        await page.click("button[type=submit]")
        await page.wait_for_url(re.compile(r"/register\?"))
        await look(page, "02-search-results")
        await page.click(f"a[href^='/register/{b}']")
        await page.wait_for_url(re.compile(rf"/register/{b}"))
        assert KAZAKH_NAME in await page.inner_text("h1")
        assert await page.inner_text("#status") == "тізілімде"
        assert "62.5" in await page.inner_text("main")
        await look(page, "03-producer")

        # The same search by part of the name, in Russian (the switch keeps the language in the URL).
        await page.goto(f"{base}/register?lang=ru&q=құрылыс")
        assert b in await page.inner_text("main") and await page.get_attribute("html", "lang") == "ru"

        # An extract: issued from the producer's page, then its PDF.
        await page.goto(f"{base}/register/{b}?lang=kk")
        await page.click("form[action*='/extracts'] button")
        await page.wait_for_url(re.compile(r"/register/extracts/"))
        text, tone = await verdict(page)
        assert "verdict good" in tone and text.startswith("Түпнұсқа"), text
        await look(page, "04-extract-issued")
        async with page.expect_download() as download:
            await page.click("a[download]")
        pdf = await asyncio.to_thread(Path(await (await download.value).path()).read_bytes)
        assert pdf.startswith(b"%PDF-")
        await asyncio.to_thread((ARTIFACTS / "extract.pdf").write_bytes, pdf)
        qr, pdf_text = qr_of(pdf)
        assert KAZAKH_NAME in pdf_text, pdf_text  # the letters came out as letters, in an embedded font
        assert "Қазақстандық тауар өндірушілер тізілімінен үзінді-көшірме" in pdf_text
        assert "Выписка из реестра казахстанских товаропроизводителей" in pdf_text
        assert b in pdf_text and "Металлоконструкции" in pdf_text and "62.5" in pdf_text
        assert qr.startswith(f"{base}/register/extracts/"), qr

        # A person scans the QR code: authentic, and it reflects the register today.
        await page.goto(qr)
        text, tone = await verdict(page)
        assert "verdict good" in tone and "Түпнұсқа" in text, text
        await look(page, "05-qr-authentic")

        # The producer leaves the register (Art. 51-6(3)); the same QR code now says so, with the date.
        r = await platform.registry("POST", f"/v1/register/{b}/exclusion-requests", role="applicant", bin_=b,
                                    json={"reason": "production stopped"})
        assert r.status_code == 201, r.text
        excluded_on = datetime.fromisoformat(r.json()["at"]).astimezone(KZ).strftime("%d.%m.%Y")
        await page.goto(qr)
        text, tone = await verdict(page)
        assert "verdict warn" in tone and "Түпнұсқа" in text and f"{excluded_on} тізілімнен шығарылды" in text, text
        await look(page, "06-qr-after-exclusion-kk")
        await page.goto(qr + "?lang=ru")
        text, _ = await verdict(page)
        assert f"исключён из реестра {excluded_on}" in text and "заявление самого производителя" in text, text
        await look(page, "07-qr-after-exclusion-ru")
        await page.goto(f"{base}/register/{b}?lang=ru")
        assert await page.inner_text("#status") == "исключён из реестра"
        assert "исключение из реестра" in await page.inner_text("main")  # its register history

        # The JSON extract, uploaded on the verification page, gets the same answer.
        signed = await platform.registry("GET", f"/v1/register/extracts/{qr.rsplit('/', 1)[1]}", role="public")
        assert signed.status_code == 200, signed.text
        await page.goto(f"{base}/register/verify?lang=ru")
        await look(page, "08-verify-form")
        await page.set_input_files("#extract", files=[{"name": "extract.json", "mimeType": "application/json",
                                                       "buffer": signed.content}])
        await page.click("form[enctype] button")
        text, tone = await verdict(page)
        assert "verdict warn" in tone and excluded_on in text, text
        await look(page, "09-verify-upload")

        # The offtake register's page answers too (its contracts are the contracts suite's).
        await page.goto(f"{base}/offtake?lang=kk")
        await look(page, "10-offtake")
    finally:
        await context.close()


async def test_art_51_1_8_the_extract_by_its_id_as_json_or_pdf(platform: Platform) -> None:
    """Content negotiation: the same extract as the signed JSON or, asked for, as the PDF; unknown → 404."""
    b = fresh_bin()
    await platform.include(b)
    issued = await platform.registry("POST", f"/v1/register/{b}/extracts", role="applicant", bin_=b)
    assert issued.status_code == 201, issued.text
    x = issued.json()
    url = f"/v1/register/extracts/{x['extract']['extract_id']}"
    as_json = await platform.registry("GET", url, role="public")
    assert as_json.headers["content-type"].startswith("application/json") and as_json.json() == x
    as_pdf = await platform.registry("GET", url, role="public", headers={"Accept": "application/pdf"})
    assert as_pdf.status_code == 200 and as_pdf.headers["content-type"] == "application/pdf"
    qr, _ = qr_of(as_pdf.content)
    assert qr.endswith(f"/register/extracts/{x['extract']['extract_id']}")
    again = await platform.registry("GET", url, role="public", headers={"Accept": "application/pdf",
                                                                         "If-None-Match": as_pdf.headers["etag"]})
    assert again.status_code == 304
    preferred = await platform.registry("GET", url, role="public",
                                        headers={"Accept": "application/json, application/pdf;q=0.5"})
    assert preferred.headers["content-type"].startswith("application/json")
    missing = await platform.registry("GET", "/v1/register/extracts/00000000-0000-4000-8000-000000000000", role="public")
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"


async def test_the_pages_are_cached_in_the_chosen_language_and_refuse_nothing_with_a_500(platform: Platform) -> None:
    """ETags and 304 as on the JSON reads, the language from the URL (else Accept-Language), the security
    headers, the register as of a date, and a page — not a problem document — for what is not there."""
    b = fresh_bin()
    await platform.include(b)
    base = platform.url("registry")
    http = platform.http
    page = await http.get(f"{base}/register/{b}", headers={"Accept-Language": "ru-RU,ru;q=0.9"})
    assert page.status_code == 200 and page.headers["content-language"] == "ru" and 'lang="ru"' in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]
    again = await http.get(f"{base}/register/{b}", headers={"Accept-Language": "ru", "If-None-Match": page.headers["etag"]})
    assert again.status_code == 304
    kk = await http.get(f"{base}/register/{b}?lang=kk", headers={"Accept-Language": "ru"})
    assert kk.headers["content-language"] == "kk" and kk.headers["etag"] != page.headers["etag"]
    today = (await platform.today()).isoformat()
    as_of = await http.get(f"{base}/register", params={"q": b, "as_of": today, "lang": "ru"})
    assert as_of.status_code == 200 and f"/register/{b}?" in as_of.text
    before = await http.get(f"{base}/register", params={"q": b, "as_of": "2000-01-01", "lang": "ru"})
    assert f"/register/{b}?" not in before.text and "Ничего не найдено" in before.text
    for path, status in (("/register/000000000000", 404), ("/register/abc", 404), ("/register?as_of=2026-13-01", 400),
                         ("/register/extracts/00000000-0000-4000-8000-000000000000", 404),
                         ("/register/extracts/00000000-0000-4000-8000-000000000000/pdf", 404)):
        r = await http.get(base + path)
        assert r.status_code == status and r.headers["content-type"].startswith("text/html"), (path, r.status_code)
    bad = await http.post(f"{base}/register/verify", files={"extract": ("x.json", b"{not json", "application/json")})
    assert bad.status_code == 422 and "text/html" in bad.headers["content-type"]
