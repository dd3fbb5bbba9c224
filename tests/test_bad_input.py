"""Bad input gets a clear 4xx problem+json naming the field and the rule (and the article where the law
has one) — never a 500, never a partial write."""
from __future__ import annotations

from typing import Any

import pytest
from harness import Platform, application_body, fresh_bin

pytestmark = pytest.mark.integration


async def post(platform: Platform, bin_: str, body: Any, **headers: str) -> Any:
    h = {**platform.headers("applicant", bin_), **headers}
    return await platform.http.post(f"{platform.url('registry')}/v1/applications", json=body, headers=h)


def assert_problem(r: Any, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    p = r.json()
    assert p["status"] == status and p["type"].endswith(f"/problems/{p['code']}") and p["title"]
    return p


async def no_application_written(platform: Platform, bin_: str) -> bool:
    return await platform.scalar("registry", "SELECT count(*) FROM registry_application WHERE bin=$1", bin_) == 0


@pytest.mark.parametrize("consent,article", [("personal_data", "51-1.2(1)"), ("site_access", "51-1.2(2)"),
                                             ("video_surveillance", "51-1.2(3)")])
async def test_art_51_1_2_missing_consent_refused_at_the_door(platform: Platform, consent: str,
                                                             article: str) -> None:
    b = fresh_bin()
    body = application_body(b)
    body["consents"][consent] = False
    p = assert_problem(await post(platform, b, body), 422)
    assert p["field"] == f"body.consents.{consent}"
    assert p["errors"][0]["rule"] == "consent_required"
    assert p["article"] == article
    assert await no_application_written(platform, b)


async def test_art_51_1_2_consent_absent_entirely(platform: Platform) -> None:
    b = fresh_bin()
    body = application_body(b)
    del body["consents"]["video_surveillance"]
    p = assert_problem(await post(platform, b, body), 422)
    assert p["field"] == "body.consents.video_surveillance" and p["errors"][0]["rule"] == "missing"


async def test_art_51_1_2_evidence_checksum_required(platform: Platform) -> None:
    b = fresh_bin()
    body = application_body(b)
    body["evidence"]["video_sha256"] = "not-a-hash"
    p = assert_problem(await post(platform, b, body), 422)
    assert p["field"] == "body.evidence.video_sha256" and p["article"] == "51-1.2(4)"


@pytest.mark.parametrize("bad", ["12345678901", "190540001013", "191340001012", "ABCDEFGHIJKL",
                                 "١٩٠٥٤٠٠٠١٠١٢", "１９０５４０００１０１２"])  # a valid BIN in other scripts' digits
async def test_invalid_bin_refused(platform: Platform, bad: str) -> None:
    b = fresh_bin()
    body = application_body(b, bin=bad)
    p = assert_problem(await post(platform, b, body), 422)
    assert p["field"] == "body.bin" and p["errors"][0]["rule"] == "bin_invalid"


@pytest.mark.parametrize(("service", "path"), [("registry", "/v1/register/１９０５４０００１０１２"),
                                             ("registry", "/v1/offtake?customer=١٩٠٥٤٠٠٠١٠١٢"),
                                             ("registry", "/v1/catalogue/٧٣٠٨٩٠٩٨٠٩"),
                                             ("contracts", "/v1/suppliers/１９０５４０００１０１２/register-status")])
async def test_codes_in_other_scripts_digits_are_refused_on_reads(platform: Platform, service: str, path: str) -> None:
    """A BIN or goods code is ASCII digits: the same number in another script's digits is another string, which
    no government system knows — refused, not looked up."""
    p = assert_problem(await platform.call(service, "GET", path, role="public" if service == "registry" else "officer"),
                       422)
    assert p["field"] and p["field"].split(".")[-1] in ("bin", "customer", "tnved"), p


@pytest.mark.parametrize(("service", "path", "field", "misspelt", "valid"), [
    ("registry", "/v1/applications", "status", "includd", "included"),
    ("registry", "/v1/appeals", "status", "decidd", "decided"),
    ("registry", "/v1/offtake", "status", "signd", "terminated"),
    ("contracts", "/v1/contracts", "status", "signd", "awaiting_supplier"),
    ("contracts", "/v1/plans", "status", "aproved", "remarks_sent"),
    ("measures", "/v1/agreements", "status", "activ", "flagged_for_review"),
    ("measures", "/v1/agreements", "kind", "grnt", "assembly"),
    ("measures", "/v1/measure-applications", "status", "grantd", "expertise"),
    ("verification", "/v1/runs", "purpose", "inclusio", "monitoring"),
    ("verification", "/v1/runs", "outcome", "passd", "incomplete"),
    ("notifications", "/v1/cabinet/notices", "type", "registry.application.verifed", "registry.application.verified")])
async def test_a_closed_set_filter_refuses_a_value_that_does_not_exist(platform: Platform, service: str, path: str,
                                                                      field: str, misspelt: str, valid: str) -> None:
    """A misspelt status (or kind, purpose, outcome, notice type) would list nothing, as if nothing had it: refused,
    naming the values there are."""
    p = assert_problem(await platform.call(service, "GET", path, role="officer", params={field: misspelt}), 422)
    assert p["field"] == f"query.{field}" and valid in p["errors"][0]["message"], p
    assert (await platform.call(service, "GET", path, role="officer", params={field: valid})).status_code == 200


@pytest.mark.parametrize("code", ["73089098", "73089098091", "7308A09809", "9908909809", "٧٣٠٨٩٠٩٨٠٩"])
async def test_unknown_tnved_format_refused(platform: Platform, code: str) -> None:
    b = fresh_bin()
    body = application_body(b)
    body["goods"][0]["tnved"] = code
    p = assert_problem(await post(platform, b, body), 422)
    assert p["field"] == "body.goods.0.tnved" and p["errors"][0]["rule"] == "tnved_format"


async def test_oversized_body_refused_with_413(platform: Platform) -> None:
    b = fresh_bin()
    body = application_body(b, company_name="x" * 2_000_000)
    assert_problem(await post(platform, b, body), 413)
    assert await no_application_written(platform, b)


async def test_unknown_field_refused(platform: Platform) -> None:
    b = fresh_bin()
    p = assert_problem(await post(platform, b, application_body(b, surprise=1)), 422)
    assert p["field"] == "body.surprise" and p["errors"][0]["rule"] == "extra_forbidden"


@pytest.mark.parametrize(("service", "path"), [("registry", "/v1/register"), ("contracts", "/v1/contracts"),
                                               ("registry", "/health/live")])
async def test_an_undeclared_query_parameter_is_refused(platform: Platform, service: str, path: str) -> None:
    """A misspelt filter would otherwise widen a list silently: every route refuses what it does not declare."""
    r = await platform.call(service, "GET", path, params={"stauts": "included"})
    p = assert_problem(r, 422)
    assert p["code"] == "unknown_parameter" and p["field"] == "stauts", p


async def test_malformed_json_is_400_and_another_media_type_415(platform: Platform) -> None:
    """RFC 9110 §15.5.1 and §15.5.16: a body that is not JSON cannot be checked against the schema (400), and a
    body sent as another media type is not what the operation accepts (415); neither is a 422 of the rules."""
    b = fresh_bin()
    url = f"{platform.url('registry')}/v1/applications"
    r = await platform.http.post(url, content=b"{not json",
                                 headers={**platform.headers("applicant", b), "content-type": "application/json"})
    assert assert_problem(r, 400)["code"] == "json_invalid"
    r = await platform.http.post(url, content=b"bin=190540001012",
                                 headers={**platform.headers("applicant", b),
                                          "content-type": "application/x-www-form-urlencoded"})
    p = assert_problem(r, 415)
    assert p["code"] == "unsupported_media_type" and r.headers["accept-post"] == "application/json"
    assert await no_application_written(platform, b)


async def test_no_token_401_and_wrong_bin_403(platform: Platform) -> None:
    b = fresh_bin()
    r = await platform.http.post(f"{platform.url('registry')}/v1/applications", json=application_body(b))
    assert_problem(r, 401)
    assert r.headers["www-authenticate"] == "Bearer"
    p = assert_problem(await post(platform, fresh_bin(), application_body(b)), 403)
    assert p["code"] == "bin_mismatch" and p["field"] == "bin"
    assert await no_application_written(platform, b)


async def test_token_signed_with_another_key_or_expired_is_401(platform: Platform) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from ipp_common.cli.token import mint

    b = fresh_bin()
    other_key = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()
    for token, code in ((mint("applicant", bin=b, key=other_key), "token_invalid"),
                        (mint("applicant", bin=b, ttl_s=-10), "token_expired")):
        r = await platform.http.post(f"{platform.url('registry')}/v1/applications", json=application_body(b),
                                     headers={"Authorization": f"Bearer {token}"})
        assert assert_problem(r, 401)["code"] == code
        assert r.headers["www-authenticate"].startswith('Bearer error="invalid_token"')  # RFC 6750 §3


async def test_a_malformed_token_is_401_invalid_token_without_internal_text(platform: Platform) -> None:
    """RFC 6750 §3.1: a token that is not a JWT is ``invalid_token``; the answer names no decoder's error."""
    b = fresh_bin()
    for token in ("not-a-jwt", "eyJ\u00ff.e30.x", "a.b.c", "eyJhbGciOiJFZERTQSJ9.\u0100\u0101.x"):
        r = await platform.http.post(f"{platform.url('registry')}/v1/applications", json=application_body(b),
                                     headers={"Authorization": f"Bearer {token}".encode()})
        p = assert_problem(r, 401)
        assert p["code"] == "token_invalid" and r.headers["www-authenticate"] == 'Bearer error="invalid_token"'
        assert "codec" not in p["detail"] and "Error" not in p["detail"] and "decode" not in p["detail"], p


async def test_officer_cannot_file_for_an_applicant(platform: Platform) -> None:
    b = fresh_bin()
    r = await platform.http.post(f"{platform.url('registry')}/v1/applications", json=application_body(b),
                                 headers=platform.headers("officer"))
    assert assert_problem(r, 403)["code"] == "forbidden_role"


async def test_a_position_beyond_what_the_database_holds_is_a_422_not_a_500(platform: Platform) -> None:
    for after in ("9223372036854775808", "99999999999999999999999"):
        r = await platform.registry("GET", "/v1/offtake/changes", role="public", params={"after": after})
        assert_problem(r, 422)
    r = await platform.call("contracts", "GET", "/v1/contracts/3fa85f64-5717-4562-b3fc-2c963f66afa6/acceptance/"
                                               "99999999999")
    assert_problem(r, 422)


@pytest.mark.parametrize("request_id", ["x" * 81, "ünïcode-id", "a b", "x" * 5000])
async def test_a_request_id_the_audit_cannot_hold_is_replaced_never_a_500(platform: Platform, request_id: str) -> None:
    b = fresh_bin()
    h = {**platform.headers("applicant", b), "Idempotency-Key": fresh_bin()}
    try:
        h["X-Request-Id"] = request_id
        r = await platform.http.post(f"{platform.url('registry')}/v1/applications", json=application_body(b), headers=h)
    except UnicodeEncodeError:  # httpx sends only ASCII headers: send the raw bytes instead
        h["X-Request-Id"] = request_id.encode()  # type: ignore[assignment]
        r = await platform.http.post(f"{platform.url('registry')}/v1/applications", json=application_body(b), headers=h)
    assert r.status_code == 202, r.text
    rid = r.headers["x-request-id"]
    assert rid != request_id and len(rid) <= 80
    assert await platform.scalar("registry", "SELECT count(*) FROM audit_log WHERE request_id = $1", rid) >= 1


async def test_a_valid_request_id_is_kept(platform: Platform) -> None:
    b = fresh_bin()
    h = {**platform.headers("applicant", b), "Idempotency-Key": fresh_bin(), "X-Request-Id": "cab-2026.12.02:0001"}
    r = await platform.http.post(f"{platform.url('registry')}/v1/applications", json=application_body(b), headers=h)
    assert r.status_code == 202 and r.headers["x-request-id"] == "cab-2026.12.02:0001"


@pytest.mark.parametrize("service", ["registry", "verification", "contracts", "measures", "notifications"])
async def test_unknown_routes_and_methods_answer_problem_json(platform: Platform, service: str) -> None:
    for method, path in (("GET", "/v1/no-such-things/3fa85f64-5717-4562-b3fc-2c963f66afa6"), ("GET", "/nowhere"),
                         ("DELETE", "/v1"), ("PATCH", "/health/live")):
        for role in ("officer", "public"):
            r = await platform.call(service, method, path, role=role)
            assert r.status_code in (404, 405), (service, method, path, r.status_code)
            p = assert_problem(r, r.status_code)
            assert p["code"] in ("not_found", "method_not_allowed")
