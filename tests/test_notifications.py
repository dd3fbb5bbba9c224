"""Notifications: the cabinet inbox (filters, service time, isolation, out-of-order safety, retention) and
agency webhooks per Standard Webhooks (signed, URL control proven first, retried on 5xx only, logged,
SSRF-guarded), with exactly-once effect under duplicate delivery."""
from __future__ import annotations

import asyncio
import base64
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from harness import TAX_ARREARS, Platform, assert_instants_have_offsets, free_port, fresh_bin, publish_raw
from ipp_common.events.envelope import CloudEvent
from receiver import Receiver
from requests_of import OBSERVER, refused_event
from standardwebhooks.webhooks import Webhook

pytestmark = [pytest.mark.integration, pytest.mark.dated]
@pytest.fixture(scope="module")
async def receiver() -> AsyncIterator[Receiver]:
    r = Receiver(free_port())
    await r.start()
    yield r
    await r.stop()


async def notif(platform: Platform, method: str, path: str, role: str = "agency", token: dict | None = None,
                bin_: str | None = None, **kw):  # noqa: ANN201
    h = platform.headers(role, bin_, **(token or {}))
    return await platform.http.request(method, f"{platform.url('notifications')}{path}", headers=h, **kw)


async def subscribe(platform: Platform, url: str, types: list[str], token: dict = OBSERVER) -> dict:
    r = await notif(platform, "POST", "/v1/webhooks/subscriptions", token=token, json={"url": url, "event_types": types})
    assert r.status_code == 201, r.text
    return r.json()


async def deliveries(platform: Platform, sub_id: str) -> list[dict]:
    r = await notif(platform, "GET", f"/v1/webhooks/subscriptions/{sub_id}/deliveries", token=OBSERVER)
    return r.json()["items"]


@pytest.mark.flow
async def test_receiver_failing_twice_gets_one_success_after_three_attempts(platform: Platform,
                                                                           receiver: Receiver) -> None:
    sub = await subscribe(platform, receiver.url("fail2"), ["registry.application.refused"])
    assert sub["status"] == "active" and sub["secret"].startswith("whsec_")
    assert len(base64.b64decode(sub["secret"].removeprefix("whsec_"), validate=True)) >= 24  # strict decoders too
    app = (await platform.file(TAX_ARREARS)).json()
    await platform.wait_status(app["id"], TAX_ARREARS)

    async def settled() -> list | None:
        ds = [d for d in await deliveries(platform, sub["id"]) if d["status"] == "succeeded"]
        return ds or None
    [d] = await platform.until(settled, 30, what="delivery succeeded")
    assert d["attempts"] == 3
    assert [a["outcome"] for a in d["attempt_log"]] == ["retry", "retry", "succeeded"]
    assert [a["status_code"] for a in d["attempt_log"]] == [503, 503, 200]
    assert assert_instants_have_offsets(d) >= 1 and assert_instants_have_offsets(sub) >= 1
    got = receiver.for_event(d["event_id"], "fail2")
    assert len(got) == 3
    # the receiver checks the signature with the Standard Webhooks library's own verifier
    payload = Webhook(sub["secret"]).verify(got[-1]["body"], got[-1]["headers"])
    assert payload["id"] == d["event_id"] and payload["data"]["application_id"] == app["id"]
    with pytest.raises(Exception):
        Webhook("whsec_" + "A" * 43).verify(got[-1]["body"], got[-1]["headers"])


async def test_4xx_receiver_is_not_retried(platform: Platform, receiver: Receiver) -> None:
    sub = await subscribe(platform, receiver.url("reject"), ["registry.application.refused"])
    ev = refused_event(fresh_bin())
    await publish_raw(platform, ev)

    async def failed() -> list | None:
        ds = [d for d in await deliveries(platform, sub["id"]) if d["event_id"] == ev.id and d["status"] == "failed"]
        return ds or None
    [d] = await platform.until(failed, 20, what="delivery failed")
    await asyncio.sleep(1.0)
    d = [x for x in await deliveries(platform, sub["id"]) if x["event_id"] == ev.id][0]
    assert d["attempts"] == 1 and d["attempt_log"][0]["status_code"] == 400
    assert len(receiver.for_event(ev.id, "reject")) == 1
    # replay is the operator's decision: it sends again
    r = await notif(platform, "POST", f"/v1/webhooks/deliveries/{d['id']}/replay", token=OBSERVER)
    assert r.status_code == 200
    await platform.until(lambda: _count(receiver, ev.id, 2), 20, what="replayed")


async def _count(receiver: Receiver, event_id: str, n: int) -> bool:
    return len(receiver.for_event(event_id, "reject")) >= n


async def test_duplicate_event_gives_one_notice_and_one_delivery(platform: Platform, receiver: Receiver) -> None:
    sub = await subscribe(platform, receiver.url("ok"), ["registry.application.refused"])
    b = fresh_bin()
    ev = refused_event(b)
    await publish_raw(platform, ev)
    await publish_raw(platform, ev)
    await platform.wait_notice(b, ev.subject)
    await platform.until(lambda: _delivered(receiver, ev.id), 20, what="webhook delivered")
    await asyncio.sleep(1.5)
    assert len(await platform.notices(b)) == 1
    assert len(receiver.for_event(ev.id, "ok")) == 1
    assert len([d for d in await deliveries(platform, sub["id"]) if d["event_id"] == ev.id]) == 1


async def _delivered(receiver: Receiver, event_id: str) -> bool:
    return bool(receiver.for_event(event_id, "ok"))


async def test_url_control_must_be_proven_before_any_data(platform: Platform, receiver: Receiver) -> None:
    sub = await subscribe(platform, receiver.url("noecho"), ["registry.application.refused"])
    assert sub["status"] == "pending_verification"
    ev = refused_event(fresh_bin())
    await publish_raw(platform, ev)
    await platform.wait_notice(ev.recipient, ev.subject)
    await asyncio.sleep(1.0)
    assert receiver.for_event(ev.id, "noecho") == [] and await deliveries(platform, sub["id"]) == []
    assert receiver.for_event(ev.id, "ok")  # an active subscription to the same type did get it


async def test_a_type_without_notice_reaches_a_subscriber(platform: Platform, receiver: Receiver) -> None:
    """The queue is bound to the noticed types only, plus what subscriptions ask for (ADR 11): an agency
    subscribed to filings (no cabinet notice) gets them, signed, once."""
    sub = await subscribe(platform, receiver.url("ok"), ["registry.application.submit*"])
    assert sub["status"] == "active"
    app = (await platform.file(fresh_bin())).json()

    async def got() -> list | None:
        ds = [d for d in await deliveries(platform, sub["id"]) if d["status"] == "succeeded"]
        return ds or None
    [d] = await platform.until(got, 30, what="filing delivered to the subscriber")
    [hit] = receiver.for_event(d["event_id"], "ok")
    payload = Webhook(sub["secret"]).verify(hit["body"], hit["headers"])
    assert payload["type"] == "registry.application.submitted" and payload["data"]["application_id"] == app["id"]


@pytest.mark.parametrize("url", ["https://169.254.169.254/latest/meta-data", "https://10.1.2.3/hook",
                                 "https://192.168.0.10/hook", "https://user:pw@127.0.0.1/hook",
                                 "ftp://127.0.0.1/hook"])
async def test_subscription_to_private_or_unsafe_url_refused(platform: Platform, url: str) -> None:
    r = await notif(platform, "POST", "/v1/webhooks/subscriptions", token=OBSERVER,
                    json={"url": url, "event_types": ["registry.producer.*"]})
    assert r.status_code == 422 and r.json()["code"] == "webhook_url_refused" and r.json()["field"] == "url"


async def test_subscription_limited_to_the_tokens_scopes(platform: Platform, receiver: Receiver) -> None:
    r = await notif(platform, "POST", "/v1/webhooks/subscriptions", token={"scopes": ["bank"], "sub": "agency:bank"},
                    json={"url": receiver.url("ok"), "event_types": ["registry.producer.excluded"]})
    assert r.status_code == 403 and r.json()["code"] == "event_type_out_of_scope"
    r = await notif(platform, "POST", "/v1/webhooks/subscriptions", role="applicant", bin_=fresh_bin(),
                    json={"url": receiver.url("ok"), "event_types": ["registry.producer.*"]})
    assert r.status_code == 403
    # another agency does not see or replay this agency's subscriptions
    sub = await subscribe(platform, receiver.url("ok"), ["registry.producer.*"])
    r = await notif(platform, "GET", f"/v1/webhooks/subscriptions/{sub['id']}/deliveries",
                    token={"scopes": ["registry-observer"], "sub": "agency:someone-else"})
    assert r.status_code == 404


async def test_an_agency_disables_its_own_subscription_only(platform: Platform, receiver: Receiver) -> None:
    sub = await subscribe(platform, receiver.url("ok"), ["registry.producer.*"])
    r = await notif(platform, "POST", f"/v1/webhooks/subscriptions/{sub['id']}/disable",
                    token={"scopes": ["registry-observer"], "sub": "agency:someone-else"})
    assert r.status_code == 404
    r = await notif(platform, "POST", f"/v1/webhooks/subscriptions/{sub['id']}/disable", token=OBSERVER)
    assert r.status_code == 200 and r.json()["status"] == "disabled" and r.json()["secret"] is None, r.text
    r = await notif(platform, "GET", "/v1/webhooks/subscriptions", token=OBSERVER)
    assert {s["id"]: s["status"] for s in r.json()["items"]}[sub["id"]] == "disabled"
    r = await notif(platform, "GET", f"/v1/webhooks/subscriptions/{sub['id']}/deliveries", token=OBSERVER)
    assert r.status_code == 200  # the record of what was sent outlives the subscription


async def test_out_of_order_events_never_move_the_subject_backwards(platform: Platform) -> None:
    b, subject = fresh_bin(), str(uuid.uuid4())
    newer, older = refused_event(b, subject, sequence=5), refused_event(b, subject, sequence=3)
    await publish_raw(platform, newer)
    await platform.wait_notice(b, subject)
    await publish_raw(platform, older)

    async def both() -> bool:
        return len(await platform.notices(b, subject)) == 2
    await platform.until(both, 20, what="both notices kept")
    r = await notif(platform, "GET", f"/v1/cabinet/subjects/{subject}", role="applicant", bin_=b)
    state = r.json()
    assert state["sequence"] == 5 and state["notice"]["source_event_id"] == newer.id
    stale = [n for n in await platform.notices(b, subject) if n["source_event_id"] == older.id][0]
    assert stale["stale"] is True


async def test_inbox_filters_read_mark_and_etag(platform: Platform) -> None:
    b = fresh_bin()
    for _ in range(3):
        await publish_raw(platform, refused_event(b))
    await platform.until(lambda: _n_notices(platform, b, 3), 20, what="3 notices")
    h = platform.headers("applicant", b)
    url = f"{platform.url('notifications')}/v1/cabinet/notices"
    page1 = await platform.http.get(url, headers=h, params={"limit": 2})
    assert len(page1.json()["items"]) == 2 and page1.json()["next_cursor"]
    page2 = await platform.http.get(url, headers=h, params={"limit": 2, "cursor": page1.json()["next_cursor"]})
    assert len(page2.json()["items"]) == 1
    assert {n["id"] for n in page1.json()["items"]}.isdisjoint({n["id"] for n in page2.json()["items"]})
    again = await platform.http.get(url, headers={**h, "If-None-Match": page1.headers["etag"]}, params={"limit": 2})
    assert again.status_code == 304
    first = page1.json()["items"][0]["id"]
    r = await platform.http.post(f"{url}/{first}/read", headers=h)
    assert r.status_code == 200 and r.json()["read_at"]
    unread = (await platform.http.get(url, headers=h, params={"unread": "true"})).json()["items"]
    assert first not in {n["id"] for n in unread} and len(unread) == 2
    typed = (await platform.http.get(url, headers=h, params={"type": "registry.producer.included"})).json()
    assert typed["items"] == []
    future = (await platform.clock_now("notifications") + timedelta(days=1)).isoformat()
    assert (await platform.http.get(url, headers=h, params={"since": future})).json()["items"] == []
    assert len((await platform.http.get(url, headers=h, params={"until": future})).json()["items"]) == 3
    other = await platform.http.post(f"{url}/{first}/read", headers=platform.headers("applicant", fresh_bin()))
    assert other.status_code == 404


async def _n_notices(platform: Platform, b: str, n: int) -> bool:
    return len(await platform.notices(b)) >= n


async def test_retention_purges_notices_of_a_type_past_its_period(platform: Platform) -> None:
    b = fresh_bin()
    keep = refused_event(b)
    purge = CloudEvent(source="/ipp/registry", type="registry.application.inspection_scheduled", recipient=b,
                       subject=str(uuid.uuid4()), data={"application_id": str(uuid.uuid4()), "bin": b,
                                                        "reason": "video unclear", "planned_on": None})
    await publish_raw(platform, keep)
    await publish_raw(platform, purge)
    await platform.until(lambda: _n_notices(platform, b, 2), 20, what="2 notices")
    r = await notif(platform, "POST", "/v1/ops/retention/purge", role="officer")
    assert r.status_code == 200 and r.json()["purged"] >= 1
    assert [n["notice_type"] for n in await platform.notices(b)] == ["registry.application.refused"]


async def test_a_subjects_events_arriving_together_keep_its_latest_state(platform: Platform) -> None:
    """Events of one subject that wait together are applied in one batch, the subject's state loaded once
    for the batch (ADR 10 prefetch): each sees the state the one before it left."""
    b, subject = fresh_bin(), str(uuid.uuid4())
    events = [refused_event(b, subject, sequence=s) for s in (3, 5, 4)]
    for ev in events:
        await publish_raw(platform, ev)

    async def all_three() -> bool:
        return len(await platform.notices(b, subject)) == 3
    await platform.until(all_three, 20, what="three notices kept")
    r = await notif(platform, "GET", f"/v1/cabinet/subjects/{subject}", role="applicant", bin_=b)
    assert r.json()["sequence"] == 5 and r.json()["notice"]["source_event_id"] == events[1].id
    stale = {n["source_event_id"]: n["stale"] for n in await platform.notices(b, subject)}
    assert stale[events[2].id] is True  # 4 arrived after 5
    assert stale[events[1].id] is False
