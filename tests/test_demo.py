"""What a newcomer sees: `make up` (the whole platform on SQLite, deploy/local/up.py) and `make demo`
(deploy/local/demo.py), then the public pages in a browser — the demo's producers in the register (Art.
51-1.8), an extract taken from one of them, and the demo's contract in the offtake register (Art. 48.6)."""
from __future__ import annotations

import asyncio
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from browser import FLAGS, ensure_chromium
from harness import ROOT, drop_broker_objects
from infra import Infra
from playwright.async_api import async_playwright

pytestmark = [pytest.mark.integration]
SERVICES = ("registry", "verification", "contracts", "measures", "notifications")


def _free_base() -> int:
    """A port base whose six ports (N+1 … N+5, N+90) nothing listens on."""
    for _ in range(50):
        base = random.randrange(20000, 60000, 100)
        ports = [base + i for i in range(1, 6)] + [base + 90]
        if all(_free(p) for p in ports):
            return base
    raise RuntimeError("no free port base")


def _free(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return bool(r.status == 200)
    except Exception:  # noqa: BLE001  (not up yet)
        return False


@pytest.fixture(scope="module")
def made_up(infra: Infra, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """`make up` beside the suite's platform: its own ports, SQLite files and exchange on the same broker."""
    base, data, tag = _free_base(), tmp_path_factory.mktemp("made-up"), uuid.uuid4().hex[:8]
    env = {**os.environ, "AMQP_URL": infra.amqp_url, "IPP_EXCHANGE": f"ipp-demo-{tag}.events",
           "IPP_QUEUE_PREFIX": f"ipp-demo-{tag}", "PYTHONUNBUFFERED": "1"}
    env.pop("IPP_ENV", None)
    env.pop("IPP_TEST_TODAY", None)
    log = open(data / "up.log", "wb")
    up = subprocess.Popen([sys.executable, "deploy/local/up.py", "--port-base", str(base), "--data-dir", str(data)],
                          cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    urls = {s: f"http://127.0.0.1:{base + i}" for i, s in enumerate(SERVICES, start=1)}
    try:
        deadline = time.monotonic() + 120
        while not all(_ready(f"{u}/health/ready") for u in urls.values()):
            assert up.poll() is None, (data / "up.log").read_text()
            assert time.monotonic() < deadline, (data / "up.log").read_text()
            time.sleep(0.5)
        yield {"urls": urls, "env": env, "sqlite": data / "registry.db"}
    finally:
        os.killpg(up.pid, signal.SIGTERM)
        try:
            up.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(up.pid, signal.SIGKILL)
        log.close()
        asyncio.run(drop_broker_objects(infra.amqp_url, env["IPP_QUEUE_PREFIX"], env["IPP_EXCHANGE"]))


async def test_after_make_up_and_make_demo_the_public_pages_show_the_demos_producers_and_contract(
        made_up: dict[str, Any]) -> None:
    urls = made_up["urls"]
    args = [sys.executable, "deploy/local/demo.py", "--registry", urls["registry"], "--contracts", urls["contracts"],
            "--notifications", urls["notifications"]]
    demo = await asyncio.to_thread(subprocess.run, args, cwd=ROOT, env=made_up["env"], capture_output=True, text=True,
                                   timeout=300)
    assert demo.returncode == 0, demo.stdout + demo.stderr
    out = demo.stdout
    manufacturer = re.search(r"BIN (\d{12}): production assessment -> included", out)
    grower = re.search(r"BIN (\d{12}): wheat, wholly produced .* -> included", out)
    software = re.search(r"BIN (\d{12}): software, .* -> inclusion", out)
    contract = re.search(r"offtake contract ([0-9a-f-]{36}):", out)
    assert manufacturer and grower and software and contract, out
    bins = [m.group(1) for m in (manufacturer, grower, software)]
    assert f"{urls['registry']}/offtake" in out and f"{urls['registry']}/register/{bins[0]}" in out  # it says where

    web = urls["registry"]
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=ensure_chromium(), headless=True, args=FLAGS)
        try:
            page = await browser.new_page(locale="ru-RU")
            await page.goto(f"{web}/register?lang=ru")
            listed = await page.inner_text("main")
            assert all(b in listed for b in bins), listed
            await page.click(f"a[href^='/register/{bins[0]}']")
            await page.wait_for_url(re.compile(rf"/register/{bins[0]}"))
            await page.click("form[action*='/extracts'] button")
            await page.wait_for_url(re.compile(r"/register/extracts/"))
            verdict = (await page.locator("#verdict").inner_text()).strip()
            assert "verdict good" in (await page.locator("#verdict").get_attribute("class") or ""), verdict
            await page.goto(f"{web}/offtake?lang=ru")
            offtake = await page.inner_text("main")
            assert contract.group(1) in offtake and bins[0] in offtake, offtake
        finally:
            await browser.close()
    assert made_up["sqlite"].exists()  # it ran on SQLite, the default of `make up`
