from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_kind import ContractKind, check_contract_kind
from ..models.contract_status import ContractStatus, check_contract_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amendment_public import AmendmentPublic
    from ..models.contract_with_history_volumes import ContractWithHistoryVolumes
    from ..models.delivery_public import DeliveryPublic
    from ..models.good_spec_public import GoodSpecPublic
    from ..models.offset_obligation_public import OffsetObligationPublic
    from ..models.penalty_public import PenaltyPublic
    from ..models.pilot_outcome import PilotOutcome
    from ..models.pledge_public import PledgePublic


T = TypeVar("T", bound="ContractWithHistory")


@_attrs_define
class ContractWithHistory:
    """A contract with every amendment, delivery and penalty (its full history).

    Attributes:
        amendments (list[AmendmentPublic]):
        contract_sum_kzt (str):
        created_at (datetime.datetime):
        customer_bin (str):
        deliveries (list[DeliveryPublic]):
        goods (list[GoodSpecPublic]):
        icv_programme_obligation (bool):
        id (UUID):
        kind (ContractKind): The contracts for industrial development a large customer proposes: offtake (Art. 48),
            guaranteed
            purchase (Art. 48-1) and offset (Art. 49).
        offset_obligations (list[OffsetObligationPublic]):
        overdue (list[Literal['conclusion']]): Statutory deadlines the contract was concluded after (Art. 47.7)
        penalties (list[PenaltyPublic]):
        pilot_required (bool):
        pledges (list[PledgePublic]):
        status (ContractStatus): Where a contract for industrial development stands (Art. 46, 48, 48-1, 49): proposed by
            the large
            customer and awaiting the supplier's signature, signed by both, or terminated (Art. 47.8). Shared by
            contract: the offtake register (registry) lists contracts by it.
        supplier_bin (str):
        term_end (datetime.date):
        term_start (datetime.date):
        unit_price_kzt (str):
        version (int):
        volumes (ContractWithHistoryVolumes):
        flagged (None | str | Unset):
        liability (None | str | Unset):
        min_icv_pct (None | str | Unset):
        pilot (None | PilotOutcome | Unset):
        plan_id (None | Unset | UUID):
        signed_on (datetime.date | None | Unset):
    """

    amendments: list[AmendmentPublic]
    contract_sum_kzt: str
    created_at: datetime.datetime
    customer_bin: str
    deliveries: list[DeliveryPublic]
    goods: list[GoodSpecPublic]
    icv_programme_obligation: bool
    id: UUID
    kind: ContractKind
    offset_obligations: list[OffsetObligationPublic]
    overdue: list[Literal["conclusion"]]
    penalties: list[PenaltyPublic]
    pilot_required: bool
    pledges: list[PledgePublic]
    status: ContractStatus
    supplier_bin: str
    term_end: datetime.date
    term_start: datetime.date
    unit_price_kzt: str
    version: int
    volumes: ContractWithHistoryVolumes
    flagged: None | str | Unset = UNSET
    liability: None | str | Unset = UNSET
    min_icv_pct: None | str | Unset = UNSET
    pilot: None | PilotOutcome | Unset = UNSET
    plan_id: None | Unset | UUID = UNSET
    signed_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pilot_outcome import PilotOutcome

        amendments = []
        for amendments_item_data in self.amendments:
            amendments_item = amendments_item_data.to_dict()
            amendments.append(amendments_item)

        contract_sum_kzt = self.contract_sum_kzt

        created_at = self.created_at.isoformat()

        customer_bin = self.customer_bin

        deliveries = []
        for deliveries_item_data in self.deliveries:
            deliveries_item = deliveries_item_data.to_dict()
            deliveries.append(deliveries_item)

        goods = []
        for goods_item_data in self.goods:
            goods_item = goods_item_data.to_dict()
            goods.append(goods_item)

        icv_programme_obligation = self.icv_programme_obligation

        id = str(self.id)

        kind: str = self.kind

        offset_obligations = []
        for offset_obligations_item_data in self.offset_obligations:
            offset_obligations_item = offset_obligations_item_data.to_dict()
            offset_obligations.append(offset_obligations_item)

        overdue = self.overdue

        penalties = []
        for penalties_item_data in self.penalties:
            penalties_item = penalties_item_data.to_dict()
            penalties.append(penalties_item)

        pilot_required = self.pilot_required

        pledges = []
        for pledges_item_data in self.pledges:
            pledges_item = pledges_item_data.to_dict()
            pledges.append(pledges_item)

        status: str = self.status

        supplier_bin = self.supplier_bin

        term_end = self.term_end.isoformat()

        term_start = self.term_start.isoformat()

        unit_price_kzt = self.unit_price_kzt

        version = self.version

        volumes = self.volumes.to_dict()

        flagged: None | str | Unset
        if isinstance(self.flagged, Unset):
            flagged = UNSET
        else:
            flagged = self.flagged

        liability: None | str | Unset
        if isinstance(self.liability, Unset):
            liability = UNSET
        else:
            liability = self.liability

        min_icv_pct: None | str | Unset
        if isinstance(self.min_icv_pct, Unset):
            min_icv_pct = UNSET
        else:
            min_icv_pct = self.min_icv_pct

        pilot: dict[str, Any] | None | Unset
        if isinstance(self.pilot, Unset):
            pilot = UNSET
        elif isinstance(self.pilot, PilotOutcome):
            pilot = self.pilot.to_dict()
        else:
            pilot = self.pilot

        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        elif isinstance(self.plan_id, UUID):
            plan_id = str(self.plan_id)
        else:
            plan_id = self.plan_id

        signed_on: None | str | Unset
        if isinstance(self.signed_on, Unset):
            signed_on = UNSET
        elif isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amendments": amendments,
                "contract_sum_kzt": contract_sum_kzt,
                "created_at": created_at,
                "customer_bin": customer_bin,
                "deliveries": deliveries,
                "goods": goods,
                "icv_programme_obligation": icv_programme_obligation,
                "id": id,
                "kind": kind,
                "offset_obligations": offset_obligations,
                "overdue": overdue,
                "penalties": penalties,
                "pilot_required": pilot_required,
                "pledges": pledges,
                "status": status,
                "supplier_bin": supplier_bin,
                "term_end": term_end,
                "term_start": term_start,
                "unit_price_kzt": unit_price_kzt,
                "version": version,
                "volumes": volumes,
            }
        )
        if flagged is not UNSET:
            field_dict["flagged"] = flagged
        if liability is not UNSET:
            field_dict["liability"] = liability
        if min_icv_pct is not UNSET:
            field_dict["min_icv_pct"] = min_icv_pct
        if pilot is not UNSET:
            field_dict["pilot"] = pilot
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if signed_on is not UNSET:
            field_dict["signed_on"] = signed_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amendment_public import AmendmentPublic
        from ..models.contract_with_history_volumes import ContractWithHistoryVolumes
        from ..models.delivery_public import DeliveryPublic
        from ..models.good_spec_public import GoodSpecPublic
        from ..models.offset_obligation_public import OffsetObligationPublic
        from ..models.penalty_public import PenaltyPublic
        from ..models.pilot_outcome import PilotOutcome
        from ..models.pledge_public import PledgePublic

        d = dict(src_dict)
        amendments = []
        _amendments = d.pop("amendments")
        for amendments_item_data in _amendments:
            amendments_item = AmendmentPublic.from_dict(amendments_item_data)

            amendments.append(amendments_item)

        contract_sum_kzt = d.pop("contract_sum_kzt")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        customer_bin = d.pop("customer_bin")

        deliveries = []
        _deliveries = d.pop("deliveries")
        for deliveries_item_data in _deliveries:
            deliveries_item = DeliveryPublic.from_dict(deliveries_item_data)

            deliveries.append(deliveries_item)

        goods = []
        _goods = d.pop("goods")
        for goods_item_data in _goods:
            goods_item = GoodSpecPublic.from_dict(goods_item_data)

            goods.append(goods_item)

        icv_programme_obligation = d.pop("icv_programme_obligation")

        id = UUID(d.pop("id"))

        kind = check_contract_kind(d.pop("kind"))

        offset_obligations = []
        _offset_obligations = d.pop("offset_obligations")
        for offset_obligations_item_data in _offset_obligations:
            offset_obligations_item = OffsetObligationPublic.from_dict(
                offset_obligations_item_data
            )

            offset_obligations.append(offset_obligations_item)

        overdue = []
        _overdue = d.pop("overdue")
        for overdue_item_data in _overdue:
            overdue_item = cast(Literal["conclusion"], overdue_item_data)
            if overdue_item != "conclusion":
                raise ValueError(
                    f"overdue_item must match const 'conclusion', got '{overdue_item}'"
                )
            overdue.append(overdue_item)

        penalties = []
        _penalties = d.pop("penalties")
        for penalties_item_data in _penalties:
            penalties_item = PenaltyPublic.from_dict(penalties_item_data)

            penalties.append(penalties_item)

        pilot_required = d.pop("pilot_required")

        pledges = []
        _pledges = d.pop("pledges")
        for pledges_item_data in _pledges:
            pledges_item = PledgePublic.from_dict(pledges_item_data)

            pledges.append(pledges_item)

        status = check_contract_status(d.pop("status"))

        supplier_bin = d.pop("supplier_bin")

        term_end = datetime.date.fromisoformat(d.pop("term_end"))

        term_start = datetime.date.fromisoformat(d.pop("term_start"))

        unit_price_kzt = d.pop("unit_price_kzt")

        version = d.pop("version")

        volumes = ContractWithHistoryVolumes.from_dict(d.pop("volumes"))

        def _parse_flagged(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flagged = _parse_flagged(d.pop("flagged", UNSET))

        def _parse_liability(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        liability = _parse_liability(d.pop("liability", UNSET))

        def _parse_min_icv_pct(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_icv_pct = _parse_min_icv_pct(d.pop("min_icv_pct", UNSET))

        def _parse_pilot(data: object) -> None | PilotOutcome | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pilot_type_0 = PilotOutcome.from_dict(data)

                return pilot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PilotOutcome | Unset, data)

        pilot = _parse_pilot(d.pop("pilot", UNSET))

        def _parse_plan_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                plan_id_type_0 = UUID(data)

                return plan_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        plan_id = _parse_plan_id(d.pop("plan_id", UNSET))

        def _parse_signed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)

                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        signed_on = _parse_signed_on(d.pop("signed_on", UNSET))

        contract_with_history = cls(
            amendments=amendments,
            contract_sum_kzt=contract_sum_kzt,
            created_at=created_at,
            customer_bin=customer_bin,
            deliveries=deliveries,
            goods=goods,
            icv_programme_obligation=icv_programme_obligation,
            id=id,
            kind=kind,
            offset_obligations=offset_obligations,
            overdue=overdue,
            penalties=penalties,
            pilot_required=pilot_required,
            pledges=pledges,
            status=status,
            supplier_bin=supplier_bin,
            term_end=term_end,
            term_start=term_start,
            unit_price_kzt=unit_price_kzt,
            version=version,
            volumes=volumes,
            flagged=flagged,
            liability=liability,
            min_icv_pct=min_icv_pct,
            pilot=pilot,
            plan_id=plan_id,
            signed_on=signed_on,
        )

        contract_with_history.additional_properties = d
        return contract_with_history

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
