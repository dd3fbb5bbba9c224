"""Security suite: who may call what (every endpoint of every service × every kind of caller), no object of
one BIN reachable by another, limits (body size, page size, rate), strict inputs, and the audit trail."""
from __future__ import annotations

import asyncio
import json
import re
import signal
import uuid
from pathlib import Path

import pytest
import uvicorn
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI
from harness import SERVICES, Platform, free_port, fresh_bin
from ipp_common.cli.token import mint
from jwt.algorithms import OKPAlgorithm

pytestmark = pytest.mark.integration

# Who may call each route: roles (applicant, officer, appeals, customer, agency[:scope]) or "public".
# Every route in every service's OpenAPI must be listed here: a new endpoint without a decision fails.
A, O, AP, C, AG = "applicant", "officer", "appeals", "customer", "agency"
ACCESS: dict[tuple[str, str, str], set[str]] = {
    # registry
    ("registry", "POST", "/v1/applications"): {A},
    ("registry", "GET", "/v1/applications"): {A, O},
    ("registry", "GET", "/v1/applications/{application_id}"): {A, O, AP},
    ("registry", "POST", "/v1/applications/{application_id}/assessment"): {O},
    ("registry", "GET", "/v1/register"): {"public"},
    ("registry", "GET", "/v1/register/signing-keys"): {"public"},
    ("registry", "GET", "/v1/register/{bin}"): {"public"},
    ("registry", "POST", "/v1/extracts/verify"): {"public"},
    ("registry", "GET", "/v1/register/extracts/{extract_id}"): {"public"},
    ("registry", "GET", "/v1/catalogue/{tnved}"): {"public"},
    ("registry", "POST", "/v1/catalogue/{tnved}/versions"): {O},
    ("registry", "GET", "/v1/register/{bin}/history"): {A, O, AP},
    ("registry", "POST", "/v1/register/{bin}/extracts"): {A, O},
    ("registry", "GET", "/v1/register/{bin}/remedy-notices"): {A, O, AP},
    ("registry", "POST", "/v1/register/{bin}/monitoring-checks"): {A, O},
    ("registry", "POST", "/v1/register/{bin}/exclusion-requests"): {A},
    ("registry", "POST", "/v1/software-contests"): {A},
    ("registry", "POST", "/v1/appeals"): {A},
    ("registry", "GET", "/v1/appeals"): {A, AP, O},
    ("registry", "GET", "/v1/appeals/{appeal_id}"): {A, O, AP, C, AG},
    ("registry", "POST", "/v1/appeals/{appeal_id}/actions"): {AP},
    ("registry", "POST", "/v1/appeals/{appeal_id}/decision"): {AP},
    ("registry", "POST", "/v1/wholly-produced-facts"): {AG},
    ("registry", "POST", "/v1/software-notices"): {"agency:informatization"},
    ("registry", "POST", "/v1/ops/monitoring/run"): {O},
    ("registry", "GET", "/v1/ops/register/chain"): {O},
    ("registry", "GET", "/v1/offtake"): {"public"},
    ("registry", "GET", "/v1/offtake/changes"): {"public"},
    ("registry", "GET", "/v1/offtake/{contract_id}"): {"public"},
    ("registry", "POST", "/v1/ops/offtake/rebuild"): {O},
    ("registry", "GET", "/v1/ocds/releases"): {"public"},
    ("registry", "GET", "/v1/ocds/records/{ocid}"): {"public"},
    ("registry", "GET", "/v1/ocds/bulk/{day}"): {"public"},
    ("registry", "GET", "/v1/ocds/extension/extension.json"): {"public"},
    ("registry", "GET", "/v1/ocds/extension/release-schema.json"): {"public"},
    ("registry", "GET", "/v1/register/snapshots"): {"public"},
    ("registry", "GET", "/v1/register/snapshots/{day}"): {"public"},
    ("registry", "GET", "/v1/register/snapshots/{day}/{name}"): {"public"},
    # verification
    ("verification", "GET", "/v1/runs/{run_id}"): {A, O, AP},
    ("verification", "GET", "/v1/runs"): {A, O, AP},
    ("verification", "GET", "/v1/pending"): {O},
    # contracts
    ("contracts", "GET", "/v1/suppliers/{bin}/register-status"): {O, C},
    ("contracts", "POST", "/v1/large-customers"): {O},
    ("contracts", "GET", "/v1/large-customers/{bin}"): {O, C},
    ("contracts", "GET", "/v1/plans"): {O, C},
    ("contracts", "GET", "/v1/plans/{plan_id}"): {O, C},
    ("contracts", "GET", "/v1/contracts"): {O, C, A},
    ("contracts", "POST", "/v1/plans"): {C},
    ("contracts", "POST", "/v1/plans/{plan_id}/review"): {O},
    ("contracts", "POST", "/v1/plans/{plan_id}/resubmission"): {C},
    ("contracts", "POST", "/v1/plans/{plan_id}/publication"): {O},
    ("contracts", "POST", "/v1/plans/{plan_id}/applications"): {A},
    ("contracts", "POST", "/v1/ops/plans/overdue-scan"): {O},
    ("contracts", "POST", "/v1/contracts"): {C},
    ("contracts", "GET", "/v1/contracts/{contract_id}"): {A, O, AP, C, AG},
    ("contracts", "POST", "/v1/contracts/{contract_id}/signature"): {C, A},
    ("contracts", "POST", "/v1/contracts/{contract_id}/amendments"): {C, A},
    ("contracts", "POST", "/v1/contracts/{contract_id}/amendments/{seq}/signature"): {C, A},
    ("contracts", "POST", "/v1/contracts/{contract_id}/pilot-test"): {C},
    ("contracts", "POST", "/v1/contracts/{contract_id}/deliveries"): {C, A},
    ("contracts", "POST", "/v1/contracts/{contract_id}/deliveries/{delivery_id}/acceptance"): {C},
    ("contracts", "GET", "/v1/contracts/{contract_id}/acceptance/{year}"): {A, O, AP, C, AG},
    ("contracts", "POST", "/v1/contracts/{contract_id}/years/{year}/closing"): {O, C},
    ("contracts", "POST", "/v1/contracts/{contract_id}/pledges"): {C, A},
    ("contracts", "POST", "/v1/contracts/{contract_id}/offset-fulfilment"): {O, C},
    ("contracts", "POST", "/v1/contracts/{contract_id}/offset-assessment"): {O},
    ("contracts", "POST", "/v1/icv-programmes"): {C},
    ("contracts", "POST", "/v1/icv-programmes/{programme_id}/decision"): {O},
    ("contracts", "POST", "/v1/icv-programmes/{programme_id}/reports"): {C},
    # measures
    ("measures", "GET", "/v1/eligibility/{bin}/register"): {O},
    ("measures", "GET", "/v1/reference"): {"public"},
    ("measures", "POST", "/v1/measure-applications"): {A},
    ("measures", "GET", "/v1/measure-applications"): {A, O},
    ("measures", "GET", "/v1/measure-applications/{application_id}"): {A, O},
    ("measures", "GET", "/v1/agreements"): {A, O},
    ("measures", "POST", "/v1/measure-applications/{application_id}/expertise"): {O},
    ("measures", "POST", "/v1/agreements"): {O},
    ("measures", "GET", "/v1/agreements/{agreement_id}"): {A, O, AP, C, AG},
    ("measures", "POST", "/v1/agreements/{agreement_id}/reports"): {A, O},
    ("measures", "POST", "/v1/agreements/{agreement_id}/breaches"): {O},
    ("measures", "POST", "/v1/agreements/{agreement_id}/breaches/{breach_id}/cure"): {O},
    ("measures", "POST", "/v1/agreements/{agreement_id}/refund-demands"): {O},
    ("measures", "POST", "/v1/ops/agreements/termination-scan"): {O},
    ("measures", "GET", "/v1/transparency"): {"public"},
    # notifications
    ("notifications", "GET", "/v1/cabinet/notices"): {A, C, O},
    ("notifications", "GET", "/v1/cabinet/notices/{notice_id}"): {A, C, O},
    ("notifications", "POST", "/v1/cabinet/notices/{notice_id}/read"): {A, C},
    ("notifications", "GET", "/v1/cabinet/subjects/{subject}"): {A, C},
    ("notifications", "POST", "/v1/webhooks/subscriptions"): {AG},
    ("notifications", "GET", "/v1/webhooks/subscriptions"): {AG, O},
    ("notifications", "POST", "/v1/webhooks/subscriptions/{sub_id}/verify"): {AG},
    ("notifications", "POST", "/v1/webhooks/subscriptions/{sub_id}/disable"): {AG},
    ("notifications", "GET", "/v1/webhooks/subscriptions/{sub_id}/deliveries"): {AG, O},
    ("notifications", "POST", "/v1/webhooks/deliveries/{delivery_id}/replay"): {AG, O},
    ("notifications", "POST", "/v1/ops/retention/purge"): {O},
}
# every service also has these
for _s in SERVICES:
    ACCESS[(_s, "GET", "/v1/audit")] = {O}
    for _p in ("/health/live", "/health/ready", "/metrics", "/problems", "/problems/{code}"):
        ACCESS[(_s, "GET", _p)] = {"public"}

ROLES = [A, O, AP, C, AG]
OTHER_KEY = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()).decode()
SAMPLE = {"bin": "210340012346", "tnved": "7308909809", "year": "2027", "seq": "1", "subject": "s",
          "breach_id": "b", "code": "not_found"}


def fill(path: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: SAMPLE.get(m.group(1), str(uuid.uuid4())), path)


def caller_token(who: str) -> str | None:
    b = fresh_bin()
    return {"none": None, "expired": mint(A, bin=b, ttl_s=-5), "foreign-key": mint(O, key=OTHER_KEY),
            A: mint(A, bin=b), O: mint(O), AP: mint(AP), C: mint(C, bin=b),
            AG: mint(AG, scopes=["registry-observer"]),
            "agency:informatization": mint(AG, scopes=["informatization"])}[who]


async def routes(platform: Platform, service: str) -> set[tuple[str, str, str]]:
    spec = (await platform.http.get(f"{platform.url(service)}/openapi.json")).json()
    out = set()
    for path, ops in spec["paths"].items():
        for method in ops:
            out.add((service, method.upper(), path))
    return out


async def test_every_endpoint_has_an_access_decision(platform: Platform) -> None:
    found = set()
    for s in SERVICES:
        found |= await routes(platform, s)
    found = {r for r in found if not r[2].startswith("/test/")}
    assert found - set(ACCESS) == set(), "endpoints without an access decision in the matrix"
    assert set(ACCESS) - found == set(), "matrix rows for endpoints that do not exist"


@pytest.mark.parametrize("service", SERVICES)
async def test_authorization_matrix(platform: Platform, service: str) -> None:
    """Every endpoint × every kind of caller: no token, expired, signed with another key → 401 unless public;
    a role not allowed → 403; an allowed role is never refused for its role (401/403)."""
    failures = []
    for (svc, method, path), allowed in sorted(ACCESS.items()):
        if svc != service:
            continue
        url = f"{platform.url(svc)}{fill(path)}"
        body = {} if method in ("POST", "PUT") else None
        for who in ["none", "expired", "foreign-key", *ROLES, "agency:informatization"]:
            token = caller_token(who)
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            r = await platform.http.request(method, url, json=body, headers=headers)
            for _ in range(20):  # the matrix outruns the rate limit on a fast machine: wait as a client would
                if r.status_code != 429:
                    break
                await asyncio.sleep(float(r.headers.get("Retry-After", "1")))
                r = await platform.http.request(method, url, json=body, headers=headers)
            role_ok = "public" in allowed or who in allowed or (who == "agency:informatization" and AG in allowed)
            if "public" in allowed:
                bad = r.status_code in (401, 403)
            elif who in ("none", "expired", "foreign-key"):
                bad = r.status_code != 401
            elif role_ok:
                bad = r.status_code in (401, 403) and r.json().get("code") in ("forbidden_role", "unauthenticated",
                                                                               "token_invalid", "forbidden_scope")
            else:
                bad = r.status_code != 403
            if bad or r.status_code >= 500:
                failures.append(f"{method} {path} as {who}: {r.status_code} {r.text[:120]}")
    assert failures == []


async def test_no_object_of_one_bin_is_reachable_by_another(platform: Platform) -> None:
    x, y = fresh_bin(), fresh_bin()
    app = await platform.include(x)
    notice = await platform.notice_of_type(x, "registry.producer.included")
    extract = await platform.call("registry", "POST", f"/v1/register/{x}/extracts", role="applicant", bin_=x)
    assert extract.status_code == 201
    probes = [("registry", "GET", f"/v1/applications/{app['id']}"), ("registry", "GET", f"/v1/register/{x}/history"),
              ("registry", "POST", f"/v1/register/{x}/extracts"), ("registry", "GET", f"/v1/register/{x}/remedy-notices"),
              ("registry", "POST", f"/v1/register/{x}/monitoring-checks"),
              ("verification", "GET", f"/v1/runs/{app['verification_run_id']}"),
              ("notifications", "GET", f"/v1/cabinet/notices/{notice['id']}"),
              ("notifications", "POST", f"/v1/cabinet/notices/{notice['id']}/read")]
    for service, method, path in probes:
        r = await platform.call(service, method, path, role="applicant", bin_=y)
        assert r.status_code == 404, (path, r.status_code)
        r = await platform.call(service, method, path, role="applicant", bin_=x)
        assert r.status_code in (200, 201, 202), (path, r.status_code, r.text[:200])
    own_list = (await platform.call("registry", "GET", "/v1/applications", role="applicant", bin_=y,
                                    params={"bin": x})).json()
    assert own_list["items"] == []  # an applicant's filter on another BIN is overridden by its own


async def test_page_size_cap_and_strict_inputs(platform: Platform) -> None:
    r = await platform.call("registry", "GET", "/v1/register", role="public", params={"limit": 201})
    assert r.status_code == 422 and r.json()["field"] == "query.limit"
    r = await platform.call("notifications", "GET", "/v1/cabinet/notices", role="applicant", bin_=fresh_bin(),
                            params={"limit": 10_000})
    assert r.status_code == 422
    r = await platform.call("contracts", "POST", "/v1/large-customers", json={
        "bin": fresh_bin(), "name": "x", "category": "quasi_state", "is_admin": True})
    assert r.status_code == 422 and r.json()["errors"][0]["rule"] == "extra_forbidden"
    r = await platform.call("measures", "POST", "/v1/agreements", json={"bin": fresh_bin(), "unexpected": 1})
    assert r.status_code == 422 and any(e["rule"] == "extra_forbidden" for e in r.json()["errors"])


async def test_oversized_body_413_on_every_service(platform: Platform) -> None:
    big = b"{" + b'"a":"' + b"x" * 1_100_000 + b'"}'
    for s in SERVICES:
        r = await platform.http.post(f"{platform.url(s)}/v1/anything", content=big,
                                     headers={"content-type": "application/json"})
        assert r.status_code == 413, s


async def test_rate_limit_answers_429_with_retry_after(platform: Platform) -> None:
    h = platform.headers("applicant", fresh_bin())
    url = f"{platform.url('measures')}/v1/reference"
    results = await asyncio.gather(*(platform.http.get(url, headers=h) for _ in range(600)))
    codes = [r.status_code for r in results]
    assert codes.count(429) > 0 and codes.count(200) >= 40  # measures runs with 20/s, burst 40 in the tests
    limited = next(r for r in results if r.status_code == 429)
    assert int(limited.headers["retry-after"]) >= 1 and limited.json()["code"] == "rate_limited"
    # the IETF RateLimit fields on every limited answer: the bucket (40 requests, full again in 2 s) and what is left
    ok = next(r for r in results if r.status_code == 200)
    assert ok.headers["ratelimit-policy"] == limited.headers["ratelimit-policy"] == '"client";q=40;w=2'
    assert re.fullmatch(r'"client";r=\d+;t=\d+', ok.headers["ratelimit"])
    assert re.fullmatch(r'"client";r=0;t=[12]', limited.headers["ratelimit"])
    # another client is not affected
    assert (await platform.http.get(url, headers=platform.headers("applicant", fresh_bin()))).status_code == 200
    # and the refusals are counted for the operators
    refused, _ = await platform.metric(platform.ports["measures"], "ipp_http_rate_limited_total", service="measures")
    assert refused is not None and refused >= codes.count(429)


async def test_every_write_is_in_the_audit_trail_readable_by_officers_only(platform: Platform) -> None:
    b = fresh_bin()
    r = await platform.call("measures", "POST", "/v1/measure-applications", role="applicant", bin_=b, json={
        "measure": "co_financing", "goods": ["7308909809"], "amount_kzt": "1", "counter_obligations_accepted": True})
    assert r.status_code == 201
    rid = r.headers["x-request-id"]
    audit = (await platform.call("measures", "GET", "/v1/audit", params={"actor": f"applicant:{b}"})).json()["items"]
    http_rows = [x for x in audit if x["action"] == "http.POST /v1/measure-applications"]
    assert http_rows and http_rows[0]["request_id"] == rid and http_rows[0]["actor_bin"] == b
    assert any(x["action"] == "measure.apply" for x in audit)
    for role in ("applicant", "appeals", "customer", "agency"):
        r = await platform.call("measures", "GET", "/v1/audit", role=role, bin_=b)
        assert r.status_code == 403


async def test_openapi_declares_bearer_security_as_the_matrix_says_and_stable_operation_ids(
        platform: Platform) -> None:
    """Issue 21: a client generated from the documents authenticates and has stable names — a bearer
    securityScheme; every operation that needs a token declares it with the roles the matrix admits (none
    listed: any authenticated caller) and the public ones declare none; operationIds are
    ``<service>.<endpoint function>``, unique in each document."""
    everyone = {A, O, AP, C, AG}
    for s in SERVICES:
        spec = (await platform.http.get(f"{platform.url(s)}/openapi.json")).json()
        scheme = spec["components"]["securitySchemes"]["bearer"]
        assert (scheme["type"], scheme["scheme"], scheme["bearerFormat"]) == ("http", "bearer", "JWT")
        ids = []
        for path, ops in spec["paths"].items():
            if path.startswith("/test/"):
                continue
            for method, op in ops.items():
                admitted = {role.split(":")[0] for role in ACCESS[(s, method.upper(), path)]}
                security = op.get("security", [])
                if admitted == {"public"}:
                    assert security == [], (s, method, path)
                else:  # the bearer token; for an agency's operation also how it gets one (OAuth2 client credentials)
                    expected = [["bearer"], ["agencyOAuth2"]] if AG in admitted and admitted != everyone else [["bearer"]]
                    assert [list(r) for r in security] == expected, (s, method, path)
                    assert set(security[0]["bearer"]) == (set() if admitted == everyone else admitted), (s, method, path)
                assert op["operationId"].startswith(f"{s}.") and " " not in op["operationId"]
                ids.append(op["operationId"])
        assert len(ids) == len(set(ids)) > 5


async def test_every_success_answer_of_the_five_documents_has_a_schema(platform: Platform) -> None:
    """Issue 21: a client generated from the OpenAPI documents gets a type for every answer it can succeed
    with — an object with properties or a reference, never a bare ``object``."""
    untyped = []
    for s in SERVICES:
        spec = (await platform.http.get(f"{platform.url(s)}/openapi.json")).json()
        for path, ops in spec["paths"].items():
            if path.startswith("/test/") or path == "/metrics":
                continue
            for method, op in ops.items():
                for code, answer in op["responses"].items():
                    schema = answer.get("content", {}).get("application/json", {}).get("schema")
                    if code.startswith("2") and schema is not None and not (schema.get("$ref")
                                                                            or schema.get("properties")):
                        untyped.append(f"{s} {method.upper()} {path} {code}")
    assert untyped == []


def test_the_readme_lists_exactly_the_public_endpoints() -> None:
    """An integrator reads which endpoints need no token in the README; it must say what the matrix says."""
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    block = readme.split("<!-- public-endpoints -->")[1].split("<!-- /public-endpoints -->")[0]
    listed: set[tuple[str, str, str]] = set()
    for line in block.splitlines():
        every = re.search(r"`GET <every service> (/[^`]+)`", line)
        if every:
            paths = [every.group(1), *re.findall(r"`(/[^`]+)`", line)]
            listed |= {(s, "GET", p) for s in SERVICES for p in paths}
            continue
        listed |= {(s, m, p) for m, s, p in re.findall(r"`(GET|POST) (\w+) (/[^`]+)`", line)}
    public = {k for k, who in ACCESS.items() if who == {"public"}}
    assert listed == public, {"missing from README": public - listed, "not public": listed - public}


class IdentityProvider:
    """The identity provider's JWKS endpoint on loopback: which keys it publishes, and how often it is asked."""

    def __init__(self) -> None:
        self.port, self.keys, self.hits = free_port(), {}, 0
        app = FastAPI()

        @app.get("/jwks.json")
        async def jwks() -> dict:
            self.hits += 1
            return {"keys": [{**json.loads(OKPAlgorithm.to_jwk(k.public_key())), "kid": kid, "use": "sig",
                              "alg": "EdDSA"} for kid, k in self.keys.items()]}
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))

    def token(self, kid: str, key: Ed25519PrivateKey | None = None) -> dict[str, str]:
        pem = (key or self.keys[kid]).private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption()).decode()
        return {"Authorization": f"Bearer {mint(O, key=pem, kid=kid)}"}


async def test_keys_rotate_at_the_identity_provider_with_no_restart(platform: Platform) -> None:
    """A token signed with a key the JWKS publishes is accepted; after the provider rotates, the new key works
    and the withdrawn one no longer does — the same process throughout. Unknown key ids refresh the set at
    most once per ``jwks_refresh_min_s``."""
    idp = IdentityProvider()
    idp.keys["k1"] = Ed25519PrivateKey.generate()
    task = asyncio.create_task(idp.server.serve())
    port = free_port()
    api = platform.spawn("registry", "api", {"REGISTRY_PORT": str(port), "REGISTRY_OPS_PORT": str(free_port()),
                                             "IPP_JWT_JWKS_URL": f"http://127.0.0.1:{idp.port}/jwks.json",
                                             "IPP_JWKS_REFRESH_MIN_S": "1"})
    try:
        url = f"http://127.0.0.1:{port}"
        await platform.wait_http(f"{url}/health/ready")
        assert (await platform.http.get(f"{url}/v1/applications", headers=idp.token("k1"))).status_code == 200
        # the static development key still verifies beside the JWKS
        assert (await platform.http.get(f"{url}/v1/applications", headers=platform.headers(O))).status_code == 200

        old = idp.keys.pop("k1")
        idp.keys["k2"] = Ed25519PrivateKey.generate()
        await asyncio.sleep(1.1)
        assert (await platform.http.get(f"{url}/v1/applications", headers=idp.token("k2"))).status_code == 200
        r = await platform.http.get(f"{url}/v1/applications", headers=idp.token("k1", old))
        assert r.status_code == 401 and r.json()["code"] == "token_invalid"

        hits = idp.hits
        forged = await asyncio.gather(*(platform.http.get(f"{url}/v1/applications",
                                                          headers=idp.token(f"made-up-{i}", old)) for i in range(30)))
        assert {r.status_code for r in forged} == {401}
        assert idp.hits - hits <= 2  # 30 unknown key ids within a second: at most one refresh (two at a boundary)
    finally:
        platform.kill(api, signal.SIGTERM)
        platform.forget(api)
        idp.server.should_exit = True
        await task
