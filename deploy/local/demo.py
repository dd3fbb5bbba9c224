"""Drive the first flow against the running platform and print each step as it happens:
a healthy manufacturer passes digital verification, a company with tax arrears is refused with reasons,
each gets its notice in its own cabinet, and one company cannot read the other's notice.

    python deploy/local/demo.py [--registry URL] [--notifications URL]
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
import uuid

import httpx
from ipp_common.cli.token import mint

FAILING = "190540001042"   # ТОО «Должник» in the simulator: tax arrears above the limit


def healthy_bin() -> str:
    """A fresh valid BIN: the simulator answers for it as a healthy manufacturer, so the demo can be rerun
    (a BIN may have only one open application)."""
    import random

    from ipp_common.law.bin import make_bin
    while True:
        try:
            return make_bin("2201", 4, 0, random.randint(0, 99999))
        except ValueError:
            continue


def application(bin_: str) -> dict:
    return {"bin": bin_, "company_name": f"Demo {bin_}",
            "consents": {"personal_data": True, "site_access": True, "video_surveillance": True},
            "evidence": {"video_uri": f"https://cdn.example.kz/process/{bin_}.mp4",
                         "video_sha256": hashlib.sha256(bin_.encode()).hexdigest()},
            "goods": [{"tnved": "7308909809", "name": "Металлоконструкции", "declared_icv_pct": "62.5",
                       "declared_operations": ["резка", "сварка", "покраска"]}],
            "sites": [{"site_id": f"SITE-{bin_}-1", "address": "Алматы, ул. Заводская 1", "region": "Алматы"}]}


def step(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--registry", default="http://127.0.0.1:8001")
    p.add_argument("--notifications", default="http://127.0.0.1:8005")
    p.add_argument("--timeout", type=float, default=30)
    a = p.parse_args()
    notices = {}
    PASSING = healthy_bin()
    with httpx.Client(timeout=10) as http:
        for bin_ in (PASSING, FAILING):
            token = mint("applicant", bin=bin_)
            h = {"Authorization": f"Bearer {token}", "Idempotency-Key": str(uuid.uuid4())}
            r = http.post(f"{a.registry}/v1/applications", json=application(bin_), headers=h)
            if r.status_code != 202:
                sys.exit(f"filing failed: {r.status_code} {r.text}")
            app = r.json()
            step(f"BIN {bin_}: application {app['id']} filed -> status {app['status']}")
            deadline, status = time.time() + a.timeout, app["status"]
            while time.time() < deadline and status == "verification":
                time.sleep(0.3)
                status = http.get(f"{a.registry}/v1/applications/{app['id']}", headers=h).json()["status"]
            step(f"BIN {bin_}: digital verification done -> status {status}")
            full = http.get(f"{a.registry}/v1/applications/{app['id']}", headers=h).json()
            for reason in full["reasons"]:
                step(f"    reason {reason['code']}: expected {reason['expected']}, found {reason['found']}")
            deadline, items = time.time() + a.timeout, []
            while time.time() < deadline and not items:
                items = http.get(f"{a.notifications}/v1/cabinet/notices", headers=h).json()["items"]
                items = [n for n in items if n["subject"] == app["id"]]
                time.sleep(0.3)
            if not items:
                sys.exit(f"no notice reached the cabinet of {bin_}")
            n = http.get(f"{a.notifications}/v1/cabinet/notices/{items[0]['id']}", headers=h).json()
            notices[bin_] = n["id"]
            step(f"BIN {bin_}: cabinet notice «{n['title_ru']}» / «{n['title_kk']}» (served {n['served_at']})")
            print("      " + n["body_ru"].replace("\n", "\n      "))
        other = {"Authorization": f"Bearer {mint('applicant', bin=FAILING)}"}
        r = http.get(f"{a.notifications}/v1/cabinet/notices/{notices[PASSING]}", headers=other)
        step(f"BIN {FAILING} tries to read BIN {PASSING}'s notice -> HTTP {r.status_code}")
    step("done: the flow application -> verification -> decision -> cabinet notice works end to end")


if __name__ == "__main__":
    main()
