"""The notifications' use cases in this process (real unit of work and repositories on SQLite, no broker,
no network): an addressed decision becomes one notice in its recipient's cabinet, in Kazakh and Russian,
whatever the broker redelivers; only its recipient sees it; its first retrieval by the recipient is its
service time (from which terms run), recorded and announced once; an older event arriving late never moves
the subject's state back."""
import uuid
from datetime import UTC, date, datetime

from harness import fresh_bin
from ipp_common.events.envelope import CloudEvent
from ipp_common.events.registry import ProducerExcluded
from ipp_common.law.principal import Principal, Role
from ipp_common.testing.in_process import InProcessService
from notifications.adapters.unit_of_work import NotificationsUnitOfWork
from notifications.service_layer import handlers as use_cases
from notifications.service_layer.context import NotificationsContext

Notifications = InProcessService[NotificationsUnitOfWork, NotificationsContext]


def cabinet(bin_: str) -> Principal:
    return Principal(sub=f"egov:{bin_}", role=Role.applicant, bin=bin_)


def excluded(bin_: str, sequence: int = 1, subject: str | None = None) -> CloudEvent:
    return CloudEvent(source="/ipp/registry", type="registry.producer.excluded", subject=subject or bin_,
                      recipient=bin_, sequence=sequence, data=ProducerExcluded(
                          bin=bin_, entry_id=uuid.uuid4(), ground="monitoring", appeal_due=date(2026, 4, 14),
                          excluded_at=datetime(2026, 3, 2, tzinfo=UTC)).model_dump(mode="json"))


async def inbox(svc: Notifications, bin_: str) -> list[dict]:
    page = await use_cases.list_notices(svc.uow(), cabinet(bin_), bin_=None, notice_type=None, unread=None,
                                        cursor=None, limit=50)
    return list(page["items"])


async def test_an_exclusion_becomes_one_notice_in_kazakh_and_russian_for_its_recipient(
        notifications: Notifications) -> None:
    b = fresh_bin()
    event = excluded(b)
    assert await notifications.deliver(event)
    assert not await notifications.deliver(event)  # redelivered: still one notice
    [notice] = await inbox(notifications, b)
    assert notice["source_event_id"] == event.id
    assert "14.04.2026" in notice["body_ru"] and "14.04.2026" in notice["body_kk"]  # the appeal term, Art. 51-5.3
    assert await inbox(notifications, fresh_bin()) == []  # another business sees nothing of it
    assert len(await notifications.published("notifications.notice.delivered")) == 1


async def test_the_recipients_first_retrieval_is_the_service_time_recorded_once(notifications: Notifications) -> None:
    b = fresh_bin()
    await notifications.deliver(excluded(b))
    [notice] = await inbox(notifications, b)
    nid, clock = uuid.UUID(notice["id"]), notifications.ctx.clock
    officer = Principal(sub="officer:1", role=Role.officer)
    assert (await use_cases.read_notice(notifications.uow(), clock, officer, nid))["served_at"] is None
    served = await use_cases.read_notice(notifications.uow(), clock, cabinet(b), nid)
    assert served["served_at"] is not None
    again = await use_cases.read_notice(notifications.uow(), clock, cabinet(b), nid)
    assert again["served_at"] == served["served_at"]
    [event] = await notifications.published("notifications.notice.served")
    assert event["data"]["notice_id"] == str(nid)


async def test_an_older_event_arriving_late_is_kept_but_does_not_move_the_state_back(
        notifications: Notifications) -> None:
    b, subject = fresh_bin(), str(uuid.uuid4())
    await notifications.deliver(excluded(b, sequence=2, subject=subject))
    await notifications.deliver(excluded(b, sequence=1, subject=subject))
    state = await use_cases.subject_state(notifications.uow(), cabinet(b), subject)
    assert state["sequence"] == 2
    stale = {n["sequence"]: n["stale"] for n in await inbox(notifications, b)}
    assert stale == {2: False, 1: True}
