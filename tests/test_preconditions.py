"""ETags on reads and If-Match on the POSTs that change a resource (issue 21, item 3): a party acting on a
contract it read before someone else changed it gets 412 with the current ETag, not a silent overwrite;
If-None-Match answers 304; a retried POST still gets its first answer."""
from __future__ import annotations

import uuid
from datetime import date

import pytest
from harness import Platform, fresh_bin
from requests_of import customer, offtake_body

pytestmark = [pytest.mark.integration, pytest.mark.dated]
AMENDMENT = {"mode": "bilateral", "rationale": "budget cut", "effective_on": "2026-12-01", "volumes": {"2027": "80"}}


async def test_a_stale_etag_is_refused_with_412_and_the_current_one_is_accepted(platform: Platform) -> None:
    await platform.set_all_today(date(2026, 11, 20))
    c, s = await customer(platform), fresh_bin()
    r = await platform.call("contracts", "POST", "/v1/contracts", role="customer", bin_=c, json=offtake_body(s))
    url = f"{platform.url('contracts')}/v1/contracts/{r.json()['id']}"
    supplier, buyer = platform.headers("applicant", s), platform.headers("customer", c)

    seen = await platform.http.get(url, headers=supplier)
    tag = seen.headers["etag"]
    assert seen.status_code == 200 and tag.startswith('"')
    again = await platform.http.get(url, headers={**supplier, "If-None-Match": tag})
    assert again.status_code == 304 and again.headers["etag"] == tag and again.content == b""

    r = await platform.http.post(f"{url}/signature", headers={**supplier, "If-Match": '"not-the-tag"'})
    assert r.status_code == 412 and r.json()["code"] == "precondition_failed" and r.headers["etag"] == tag, r.text
    key = str(uuid.uuid4())
    signed = await platform.http.post(f"{url}/signature", headers={**supplier, "If-Match": tag, "Idempotency-Key": key})
    assert signed.status_code == 200 and signed.json()["status"] == "signed", signed.text
    # the change answers the contract's new tag (as its GET now has it): the next change needs no GET first
    now = (await platform.http.get(url, headers=supplier)).headers["etag"]
    assert signed.headers["etag"] == now != tag
    pledged = await platform.http.post(f"{url}/pledges", headers={**supplier, "If-Match": signed.headers["etag"]},
                                       json={"bank": "Development Bank of Kazakhstan", "pledged_on": "2026-11-20",
                                             "amount_kzt": "1000"})
    assert pledged.status_code == 201 and pledged.headers["etag"] == (
        await platform.http.get(url, headers=supplier)).headers["etag"], pledged.text
    tag = now
    # the same request again: its first answer, although the contract's tag has changed since
    replay = await platform.http.post(f"{url}/signature", headers={**supplier, "If-Match": tag, "Idempotency-Key": key})
    assert replay.status_code == 200 and replay.headers.get("idempotent-replayed") == "true"

    # the customer acts on the view it read before the signature: refused, and told the current tag
    stale = await platform.http.post(f"{url}/amendments", headers={**buyer, "If-Match": tag}, json=AMENDMENT)
    assert stale.status_code == 412, stale.text
    current = (await platform.http.get(url, headers=buyer)).headers["etag"]
    assert stale.headers["etag"] == current != tag
    fresh = await platform.http.post(f"{url}/amendments", headers={**buyer, "If-Match": current}, json=AMENDMENT)
    assert fresh.status_code == 201, fresh.text
    # '*': act only if the resource exists — another business cannot see it, so for it there is none
    r = await platform.http.post(f"{url}/pledges", headers={**platform.headers("applicant", fresh_bin()),
                                                              "If-Match": "*"},
                                 json={"bank": "Halyk", "pledged_on": "2026-11-20", "amount_kzt": "1000"})
    assert r.status_code == 412


async def test_a_refused_precondition_is_not_the_idempotency_keys_answer(platform: Platform) -> None:
    """A 412 changes nothing, so the same key with the current ETag then acts. The check reads the notice as
    its GET does — which records the recipient's first retrieval — and that read's commit is not the POST's:
    it wrote the key's record, and the 412 was then replayed as the key's answer, as plain JSON."""
    b = fresh_bin()
    await platform.include(b)
    n = await platform.notice_of_type(b, "registry.producer.included")
    url, recipient = f"{platform.url('notifications')}/v1/cabinet/notices/{n['id']}", platform.headers("applicant", b)
    key = {"Idempotency-Key": str(uuid.uuid4())}
    stale = await platform.http.post(f"{url}/read", headers={**recipient, **key, "If-Match": '"stale"'})
    assert stale.status_code == 412 and stale.headers["content-type"] == "application/problem+json", stale.text
    current = (await platform.http.get(url, headers=recipient)).headers["etag"]
    done = await platform.http.post(f"{url}/read", headers={**recipient, **key, "If-Match": current})
    assert done.status_code == 200 and done.headers.get("idempotent-replayed") is None, done.text
    assert done.json()["read_at"] is not None


async def test_the_documents_declare_if_match_and_etag(platform: Platform) -> None:
    spec = (await platform.http.get(f"{platform.url('contracts')}/openapi.json")).json()
    sign = spec["paths"]["/v1/contracts/{contract_id}/signature"]["post"]
    assert any(p.get("name") == "If-Match" for p in sign["parameters"]) and "412" in sign["responses"]
    create = spec["paths"]["/v1/contracts"]["post"]
    assert not any(p.get("name") == "If-Match" for p in create["parameters"])  # it changes no existing resource
    assert "ETag" in spec["paths"]["/v1/contracts/{contract_id}"]["get"]["responses"]["200"]["headers"]
