"""Drive the platform's flows against the running platform and print each step as it happens — through
the typed clients generated from the OpenAPI documents (clients/), as an integrator would:

1. a healthy manufacturer passes digital verification, a company with tax arrears is refused with reasons,
   each gets its notice in its own cabinet, and one company cannot read the other's notice;
2. the register fills by each of its paths: the healthy manufacturer after the production assessment
   (Art. 51-1), a wheat grower on the agriculture ministry's fact (wholly produced, Art. 51-1.9) and a
   software house on the informatization ministry's notice (Art. 51-2);
3. a large customer signs an offtake contract with the manufacturer (Art. 48), which records a delivery the
   customer accepts — and the public pages show it all: the register, the producer (with its extract), the
   offtake register and its OCDS record.

    python deploy/local/demo.py [--registry URL] [--contracts URL] [--notifications URL]
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
import uuid
from datetime import date
from typing import Any

import contracts_client
import notifications_client
import registry_client
from contracts_client.api.contracts import contracts_create, contracts_sign
from contracts_client.api.deliveries import contracts_accept, contracts_deliver
from contracts_client.api.large_customers import contracts_large_customer
from contracts_client.models import AcceptanceCreate, ContractCreate, DeliveryCreate, LargeCustomerCreate
from ipp_common.cli.token import mint
from notifications_client.api.cabinet import notifications_list_notices as list_notices
from notifications_client.api.cabinet import notifications_read_notice as read_notice
from registry_client.api.agencies import registry_software_notice, registry_wholly_produced_fact
from registry_client.api.applications import registry_assess
from registry_client.api.applications import registry_file_application as file_application
from registry_client.api.applications import registry_read_application as read_application
from registry_client.api.catalogue import registry_amend_catalogue
from registry_client.api.offtake_register_public import registry_offtake_record
from registry_client.api.register_public import registry_register_record
from registry_client.models import (
    ApplicationCreate,
    ApplicationPublic,
    AssessmentDecision,
    CatalogueVersionCreate,
    OfftakePublic,
    SoftwareNotice,
    WhollyProducedFactCreate,
)

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


def done(r: Any, what: str) -> Any:
    """The answer's model, or the demo stops with the platform's problem."""
    if int(r.status_code) >= 300:
        sys.exit(f"{what} failed: {int(r.status_code)} {r.content.decode()}")
    return r.parsed


def key() -> str:
    return str(uuid.uuid4())


def wait(what: str, fn: Any, timeout: float) -> Any:
    deadline = time.time() + timeout
    while time.time() < deadline:
        got = fn()
        if got:
            return got
        time.sleep(0.3)
    sys.exit(f"timed out waiting for {what}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--registry", default="http://127.0.0.1:8001")
    p.add_argument("--contracts", default="http://127.0.0.1:8003")
    p.add_argument("--notifications", default="http://127.0.0.1:8005")
    p.add_argument("--timeout", type=float, default=30)
    a = p.parse_args()
    notices, app_ids = {}, {}
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
            app_ids[bin_] = str(app.id)
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
    step("the flow application -> verification -> decision -> cabinet notice works end to end")
    grower, software = fill_register(a, PASSING, app_ids[PASSING])
    contract_id = offtake(a, PASSING)
    web = a.registry
    step("the public pages show it:")
    for page in (f"{web}/register", f"{web}/register/{PASSING}", f"{web}/register/{grower}",
                 f"{web}/register/{software}", f"{web}/offtake",
                 f"{web}/v1/ocds/records/{OCID_PREFIX}-{contract_id}", f"{web}/v1/register/snapshots"):
        print(f"      {page}")
    print(f"      an extract: the button on {web}/register/{PASSING}")


OCID_PREFIX = "ocds-kzipp1"  # REGISTRY_OCDS_OCID_PREFIX's default


def fill_register(a: argparse.Namespace, manufacturer: str, app_id: str) -> tuple[str, str]:
    """The register's three paths: assessment, an agency's fact of wholly produced goods, a software notice."""
    today = date.today()
    with registry_client.AuthenticatedClient(base_url=a.registry, token=mint("officer")) as officer:
        r = registry_amend_catalogue.sync_detailed("7308909809", client=officer, idempotency_key=key(),
                                                   body=CatalogueVersionCreate.from_dict({
                                                       "effective_from": f"{today.year}-01-01",
                                                       "conditions": ["technical_documents"],
                                                       "operations": ["резка", "сварка", "покраска", "сборка"],
                                                       "min_operations": 3, "basis": "demo order No. 1"}))
        if int(r.status_code) not in (201, 422):  # 422: the catalogue already has this good (a second run)
            done(r, "the catalogue entry")
        decided = done(registry_assess.sync_detailed(uuid.UUID(app_id), client=officer, idempotency_key=key(),
                                                     body=AssessmentDecision.from_dict({
                "participants": [{"organisation": "Ministry of Industry, sectoral dept.", "kind": "sectoral_agency"}],
                "outcome": "decide", "findings": [{"tnved": "7308909809",
                                                   "confirmed_operations": ["резка", "сварка", "покраска"],
                                                   "conditions_met": ["technical_documents"]}]})), "the assessment")
        step(f"BIN {manufacturer}: production assessment -> {decided.status} (Art. 51-1)")

    grower = healthy_bin()
    agriculture = mint("agency", sub="agency:agriculture", scopes=["agriculture"])
    with registry_client.AuthenticatedClient(base_url=a.registry, token=agriculture) as agency:
        done(registry_wholly_produced_fact.sync_detailed(client=agency, idempotency_key=key(),
                                                         body=WhollyProducedFactCreate.from_dict({
            "bin": grower, "tnved": "1001990000", "kind": "agricultural", "document_ref": f"AGRI-{grower}",
            "valid_from": f"{today.year}-01-01"})), "the wholly-produced fact")
    body = application(grower)
    body.update(company_name=f"Demo grain {grower}", wholly_produced=True,
                goods=[{"tnved": "1001990000", "name": "Пшеница", "declared_icv_pct": "100",
                        "declared_operations": ["выращивание"]}])
    with registry_client.AuthenticatedClient(base_url=a.registry, token=mint("applicant", bin=grower)) as c:
        app = done(file_application.sync_detailed(client=c, body=ApplicationCreate.from_dict(body),
                                                  idempotency_key=key()), "the grower's application")
        app = wait("the grower's inclusion", lambda: (x := read_application.sync(app.id, client=c)) and
                   x.status != "verification" and x, a.timeout)
    step(f"BIN {grower}: wheat, wholly produced on the agriculture ministry's fact -> {app.status} (Art. 51-1.9)")

    software = healthy_bin()
    informatization = mint("agency", sub="agency:informatization", scopes=["informatization"])
    with registry_client.AuthenticatedClient(base_url=a.registry, token=informatization) as agency:
        entry = done(registry_software_notice.sync_detailed(client=agency, idempotency_key=key(),
                                                             body=SoftwareNotice.from_dict({
            "bin": software, "action": "include", "company_name": f"Demo software {software}", "region": "Астана",
            "goods": [{"tnved": "8523491000", "name": "ERP", "trusted_register_ref": f"TSR-{software}"}],
            "reason": "entered in the trusted software register"})), "the software notice")
    step(f"BIN {software}: software, on the informatization ministry's notice -> {entry.kind} (Art. 51-2)")
    with registry_client.Client(base_url=a.registry) as public:
        for b in (manufacturer, grower, software):
            wait(f"{b} on the public register",
                 lambda b=b: registry_register_record.sync_detailed(b, client=public).status_code == 200, a.timeout)
    return grower, software


def offtake(a: argparse.Namespace, supplier: str) -> str:
    """A large customer and the manufacturer sign an offtake contract; a delivery is recorded and accepted."""
    today = date.today()
    buyer = healthy_bin()
    with contracts_client.AuthenticatedClient(base_url=a.contracts, token=mint("officer")) as officer:
        done(contracts_large_customer.sync_detailed(client=officer, idempotency_key=key(),
                                                    body=LargeCustomerCreate.from_dict({
            "bin": buyer, "name": f"АО «Demo Заказчик {buyer[-4:]}»", "category": "subsoil_solid_minerals",
            "region": "Карагандинская",
            "annual_purchases_kzt": {str(today.year): 5_000_000_000_000, str(today.year + 1): 5_000_000_000_000}})),
             "the large customer")
    years = [today.year, today.year + 1]
    with contracts_client.AuthenticatedClient(base_url=a.contracts, token=mint("customer", bin=buyer)) as customer, \
            contracts_client.AuthenticatedClient(base_url=a.contracts,
                                                 token=mint("applicant", bin=supplier)) as manufacturer:
        k = done(contracts_create.sync_detailed(client=customer, idempotency_key=key(), body=ContractCreate.from_dict({
            "kind": "offtake", "supplier_bin": supplier, "unit_price_kzt": "1000", "contract_sum_kzt": "200000",
            "goods": [{"tnved": "7308909809", "name": "Металлоконструкции",
                       "specs": {"steel_grade": "09G2S", "thickness_mm": 12, "standard": "GOST 19281-2014"}}],
            "volumes": {str(y): "100" for y in years}, "term_start": f"{years[0]}-01-01",
            "term_end": f"{years[1]}-12-31", "min_icv_pct": "40", "icv_programme_obligation": True})),
                 "the offtake contract")
        done(contracts_sign.sync_detailed(k.id, client=manufacturer, idempotency_key=key()), "the signature")
        step(f"offtake contract {k.id}: customer {buyer}, supplier {supplier}, 100 a year {years[0]}-{years[1]}, "
             "signed (Art. 48)")
        d = done(contracts_deliver.sync_detailed(k.id, client=manufacturer, idempotency_key=key(),
                                                 body=DeliveryCreate.from_dict({
            "year": today.year, "quantity": "40", "delivered_on": today.isoformat()})), "the delivery")
        done(contracts_accept.sync_detailed(k.id, d.id, client=customer, idempotency_key=key(),
                                            body=AcceptanceCreate.from_dict({"accepted": "40",
                                                                             "refused_supplier_fault": "0"})),
             "the acceptance")
        step("delivery of 40 recorded by the supplier and accepted by the customer (Art. 48.2)")
    with registry_client.Client(base_url=a.registry) as public:
        def shown() -> bool:  # signed, delivered, accepted
            r = registry_offtake_record.sync_detailed(k.id, client=public)
            return isinstance(r.parsed, OfftakePublic) and len(r.parsed.releases or []) >= 3
        wait("the offtake register", shown, a.timeout)
    step("the offtake register shows the contract, its delivery and acceptance (Art. 48.6)")
    return str(k.id)


if __name__ == "__main__":
    main()
