"""The contracts' use cases in this process (real unit of work and repositories on SQLite, no broker, no
network): who may propose a contract (Art. 1.25), the offset threshold in the MRP of the contract's year
(Art. 49.1), signature feeding the offtake register (Art. 48.6), and an excluded supplier's contracts
flagged from the register's event (Art. 51-6)."""
import uuid
from datetime import UTC, datetime

import pytest
from contracts.adapters.unit_of_work import ContractsUnitOfWork
from contracts.schemas import ContractCreate, LargeCustomerCreate
from contracts.service_layer import customers, offtake
from contracts.service_layer.context import ContractsContext
from contracts.service_layer.handlers import supplier_register_status
from harness import fresh_bin
from ipp_common.events.envelope import CloudEvent
from ipp_common.events.registry import ProducerExcluded
from ipp_common.law.errors import Conflict, Forbidden, Rejected
from ipp_common.law.principal import Principal, Role
from ipp_common.testing.in_process import InProcessService
from requests_of import offtake_body

Contracts = InProcessService[ContractsUnitOfWork, ContractsContext]
OFFICER = Principal(sub="officer:1", role=Role.officer)


def customer_of(bin_: str) -> Principal:
    return Principal(sub=f"egov:{bin_}", role=Role.customer, bin=bin_)


def supplier_of(bin_: str) -> Principal:
    return Principal(sub=f"egov:{bin_}", role=Role.applicant, bin=bin_)


async def large_customer(contracts: Contracts, purchases: dict[int, str]) -> str:
    c = fresh_bin()
    await customers.register_customer(contracts.uow(), contracts.ctx, LargeCustomerCreate(
        bin=c, name=f"АО «Заказчик {c[-4:]}»", category="subsoil_solid_minerals", region="Карагандинская",
        annual_purchases_kzt=purchases), OFFICER)
    return c


def offset_contract(supplier: str, year: int) -> ContractCreate:
    return ContractCreate.model_validate({
        "kind": "offset", "supplier_bin": supplier, "unit_price_kzt": "1", "contract_sum_kzt": "1000",
        "goods": [{"tnved": "8413702100", "name": "Насосы", "specs": {"flow_m3h": 500}}],
        "term_start": f"{year}-01-01", "term_end": f"{year + 1}-12-31",
        "offset_obligations": [{"kind": "other", "description": "x", "amount_kzt": "100", "due": f"{year + 1}-01-01"}]})


async def test_art_1_25_only_a_registered_large_customer_proposes_a_contract(contracts: Contracts) -> None:
    stranger = fresh_bin()
    with pytest.raises(Forbidden) as refused:
        await offtake.create_contract(contracts.uow(), contracts.ctx, ContractCreate.model_validate(
            offtake_body(fresh_bin())), customer_of(stranger))
    assert (refused.value.code, refused.value.article) == ("not_large_customer", "1.25")
    assert await contracts.rows("SELECT id FROM contracts_contract") == []


@pytest.mark.parametrize(("year", "met"), [(2025, True), (2026, False)])
async def test_art_49_1_the_offset_threshold_is_500000_mrp_of_the_contracts_year(
        contracts: Contracts, year: int, met: bool) -> None:
    """2,000,000,000 KZT is above 500,000 × MRP 2025 (3,932) and below 500,000 × MRP 2026 (4,325)."""
    c = await large_customer(contracts, {2025: "2000000000", 2026: "2000000000"})
    create = offtake.create_contract(contracts.uow(), contracts.ctx, offset_contract(fresh_bin(), year), customer_of(c))
    if met:
        assert (await create)["kind"] == "offset"
        return
    with pytest.raises(Rejected) as refused:
        await create
    assert (refused.value.code, refused.value.article) == ("offset_threshold_not_met", "49.1")
    assert refused.value.extra["threshold_kzt"] == "2162500000"


async def test_art_48_6_a_signed_contract_is_published_to_the_offtake_register(contracts: Contracts) -> None:
    c, s = await large_customer(contracts, {2026: "5000000000000"}), fresh_bin()
    proposed = await offtake.create_contract(contracts.uow(), contracts.ctx, ContractCreate.model_validate(
        offtake_body(s)), customer_of(c))
    assert await contracts.published() == []  # a proposal is not yet a contract of the register
    with pytest.raises(Conflict, match="only the supplier signs"):
        await offtake.sign(contracts.uow(), contracts.ctx, uuid.UUID(proposed["id"]), customer_of(c))
    signed = await offtake.sign(contracts.uow(), contracts.ctx, uuid.UUID(proposed["id"]), supplier_of(s))
    assert signed["status"] == "signed" and signed["signed_on"] == "2026-03-02"
    [event] = await contracts.published("contracts.contract.signed")
    assert event["recipient"] == s and event["data"]["customer_bin"] == c and event["data"]["supplier_bin"] == s


async def test_art_51_6_an_excluded_suppliers_contracts_are_flagged_once(contracts: Contracts) -> None:
    c, s = await large_customer(contracts, {2026: "5000000000000"}), fresh_bin()
    proposed = await offtake.create_contract(contracts.uow(), contracts.ctx, ContractCreate.model_validate(
        offtake_body(s)), customer_of(c))
    excluded = CloudEvent(source="/ipp/registry", type="registry.producer.excluded", subject=s, recipient=s,
                          data=ProducerExcluded(bin=s, entry_id=uuid.uuid4(), ground="liquidation",
                                                excluded_at=datetime(2026, 3, 2, tzinfo=UTC)).model_dump(mode="json"))
    assert await contracts.deliver(excluded)
    assert not await contracts.deliver(excluded)  # delivered again: no second flag
    [flagged] = await contracts.published("contracts.contract.flagged")
    assert flagged["data"]["contract_id"] == proposed["id"] and "liquidation" in flagged["data"]["flagged"]
    status = await supplier_register_status(contracts.uow(), s)
    assert status["included"] is False and status["ground"] == "liquidation"
