"""The measures' use cases in this process (real unit of work and repositories on SQLite, no broker, no
network): a measure only for a producer in the register, as the register's events tell it (Art. 25.5),
and the unilateral termination of an assembly agreement whose breach is not cured in three months
(Art. 62.4)."""
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from harness import fresh_bin
from ipp_common.events.common import Good
from ipp_common.events.envelope import CloudEvent
from ipp_common.events.registry import ProducerIncluded
from ipp_common.law.errors import Rejected
from ipp_common.law.principal import Principal, Role
from ipp_common.testing.in_process import InProcessService
from measures.adapters.unit_of_work import MeasuresUnitOfWork
from measures.schemas import AgreementCreate, BreachCreate, MeasureApplicationCreate
from measures.service_layer import handlers as use_cases
from measures.service_layer.context import MeasuresContext
from requests_of import GOOD, agreement, application

Measures = InProcessService[MeasuresUnitOfWork, MeasuresContext]
OFFICER = Principal(sub="officer:1", role=Role.officer)


def applicant(bin_: str) -> Principal:
    return Principal(sub=f"egov:{bin_}", role=Role.applicant, bin=bin_)


async def included(measures_svc: Measures, bin_: str) -> None:
    """The register's event that ``bin_`` was included, as the consumer applies it."""
    assert await measures_svc.deliver(CloudEvent(
        source="/ipp/registry", type="registry.producer.included", subject=bin_, recipient=bin_,
        data=ProducerIncluded(bin=bin_, entry_id=uuid.uuid4(), goods=[Good(tnved=GOOD, name="Металлоконструкции")],
                              included_at=datetime(2026, 3, 1, tzinfo=UTC)).model_dump(mode="json")))


async def test_art_25_5_a_measure_is_for_producers_in_the_register(measures: Measures) -> None:
    b = fresh_bin()
    cmd = MeasureApplicationCreate.model_validate(application())
    refused = await use_cases.apply(measures.uow(), measures.ctx, cmd, applicant(b))
    assert refused["status"] == "refused"
    assert [g["article"] for g in refused["grounds"] if g["ground"] == "not_in_register"] == ["25.5"]

    await included(measures, b)
    decided = await use_cases.apply(measures.uow(), measures.ctx, cmd, applicant(b))
    assert decided["status"] != "refused" and decided["grounds"] == []
    outcomes = [e["data"]["outcome"] for e in await measures.published("measures.application.decided")]
    assert outcomes == ["refused", decided["status"]]
    assert [a["action"] for a in await measures.audited()] == ["measure.apply", "measure.apply"]


async def test_art_25_5_an_agreement_is_concluded_only_with_a_producer_in_the_register(measures: Measures) -> None:
    b = fresh_bin()
    with pytest.raises(Rejected) as refused:
        await use_cases.conclude(measures.uow(), measures.ctx, AgreementCreate.model_validate(agreement(b)), OFFICER)
    assert (refused.value.code, refused.value.article) == ("not_in_register", "25.5")
    assert await measures.published() == []


async def test_art_62_4_an_assembly_breach_uncured_for_three_months_terminates(measures: Measures) -> None:
    b = fresh_bin()
    await included(measures, b)
    a = await use_cases.conclude(measures.uow(), measures.ctx,
                                AgreementCreate.model_validate(agreement(b, kind="assembly")), OFFICER)
    notified = await use_cases.breach(measures.uow(), measures.ctx, uuid.UUID(a["id"]),
                                     BreachCreate(reason="Localisation below the schedule"), OFFICER)
    cure_due = date.fromisoformat(notified["breaches"][0]["cure_due"])
    assert cure_due == date(2026, 6, 2)  # three months from the notice of 2026-03-02

    measures.ctx.clock.set_today(cure_due)
    assert await use_cases.terminate_uncured(measures.uow(), measures.ctx) == []
    measures.ctx.clock.set_today(cure_due + timedelta(days=1))
    assert await use_cases.terminate_uncured(measures.uow(), measures.ctx) == [a["id"]]
    [ended] = await measures.published("measures.agreement.terminated")
    assert ended["data"]["reason"] == "breach_not_cured" and ended["data"]["cure_due"] == cure_due.isoformat()
    assert await use_cases.terminate_uncured(measures.uow(), measures.ctx) == []  # terminated once
