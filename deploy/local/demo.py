"""Drive the first flow against the running platform and print each step as it happens:
a healthy manufacturer passes digital verification, a company with tax arrears is refused with reasons,
each gets its notice in its own cabinet, and one company cannot read the other's notice — through the
typed clients generated from the OpenAPI documents (clients/), as an integrator would.

    python deploy/local/demo.py [--registry URL] [--notifications URL]
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
import uuid

import notifications_client
import registry_client
from ipp_common.cli.token import mint
from notifications_client.api.cabinet import notifications_list_notices as list_notices
from notifications_client.api.cabinet import notifications_read_notice as read_notice
from registry_client.api.applications import registry_file_application as file_application
from registry_client.api.applications import registry_read_application as read_application
from registry_client.models import ApplicationCreate, ApplicationPublic

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
    for bin_ in (PASSING, FAILING):
        token = mint("applicant", bin=bin_)
        with registry_client.AuthenticatedClient(base_url=a.registry, token=token) as registry, \
                notifications_client.AuthenticatedClient(base_url=a.notifications, token=token) as cabinet:
            r = file_application.sync_detailed(client=registry, body=ApplicationCreate.from_dict(application(bin_)),
                                               idempotency_key=str(uuid.uuid4()))
            if not isinstance(r.parsed, ApplicationPublic):
                sys.exit(f"filing failed: {r.status_code} {r.content.decode()}")
            app = r.parsed
            step(f"BIN {bin_}: application {app.id} filed -> status {app.status}")
            deadline = time.time() + a.timeout
            while time.time() < deadline and app.status == "verification":
                time.sleep(0.3)
                app = read_application.sync(app.id, client=registry)
            step(f"BIN {bin_}: digital verification done -> status {app.status}")
            for reason in app.reasons or []:
                step(f"    reason {reason.code}: expected {reason.expected}, found {reason.found}")
            deadline, items = time.time() + a.timeout, []
            while time.time() < deadline and not items:
                items = [n for n in list_notices.sync(client=cabinet).items if n.subject == str(app.id)]
                time.sleep(0.3)
            if not items:
                sys.exit(f"no notice reached the cabinet of {bin_}")
            n = read_notice.sync(items[0].id, client=cabinet)
            notices[bin_] = n.id
            step(f"BIN {bin_}: cabinet notice «{n.title_ru}» / «{n.title_kk}» (served {n.served_at})")
            print("      " + n.body_ru.replace("\n", "\n      "))
    with notifications_client.AuthenticatedClient(base_url=a.notifications,
                                                  token=mint("applicant", bin=FAILING)) as other:
        r = read_notice.sync_detailed(notices[PASSING], client=other)
    step(f"BIN {FAILING} tries to read BIN {PASSING}'s notice -> HTTP {int(r.status_code)}")
    step("done: the flow application -> verification -> decision -> cabinet notice works end to end")


if __name__ == "__main__":
    main()
