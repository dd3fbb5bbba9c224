from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agreement_kind import AgreementKind, check_agreement_kind
from ..models.agreement_status import AgreementStatus, check_agreement_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agreed_measure import AgreedMeasure
    from ..models.breach_public import BreachPublic
    from ..models.obligation_public import ObligationPublic
    from ..models.refund_demand_public import RefundDemandPublic
    from ..models.report_public import ReportPublic


T = TypeVar("T", bound="AgreementView")


@_attrs_define
class AgreementView:
    """An agreement with its monitoring reports and refund demands.

    Attributes:
        bin_ (str):
        breaches (list[BreachPublic]):
        concluded_at (datetime.datetime):
        end (datetime.date):
        id (UUID):
        kind (AgreementKind): The agreements under which measures are granted: on raising competitiveness (Art. 28), a
            grant
            agreement, and on industrial assembly (Art. 65).
        measures (list[AgreedMeasure]):
        obligations (list[ObligationPublic]):
        refund_demands (list[RefundDemandPublic]):
        reports (list[ReportPublic]):
        start (datetime.date):
        status (AgreementStatus): In force; flagged for review when its recipient leaves the register (Art. 51-6); or
            terminated (an
            assembly agreement whose breach was not cured in time, Art. 65).
        flag (None | str | Unset): Why the agreement is flagged for review, as a code: `register_exclusion` (its
            recipient left the register, Art. 25.5)
        flag_kk (None | str | Unset): The same in Kazakh, with the date and ground
        flag_ru (None | str | Unset): The same in Russian, with the date and ground
        region (None | str | Unset):
    """

    bin_: str
    breaches: list[BreachPublic]
    concluded_at: datetime.datetime
    end: datetime.date
    id: UUID
    kind: AgreementKind
    measures: list[AgreedMeasure]
    obligations: list[ObligationPublic]
    refund_demands: list[RefundDemandPublic]
    reports: list[ReportPublic]
    start: datetime.date
    status: AgreementStatus
    flag: None | str | Unset = UNSET
    flag_kk: None | str | Unset = UNSET
    flag_ru: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        breaches = []
        for breaches_item_data in self.breaches:
            breaches_item = breaches_item_data.to_dict()
            breaches.append(breaches_item)

        concluded_at = self.concluded_at.isoformat()

        end = self.end.isoformat()

        id = str(self.id)

        kind: str = self.kind

        measures = []
        for measures_item_data in self.measures:
            measures_item = measures_item_data.to_dict()
            measures.append(measures_item)

        obligations = []
        for obligations_item_data in self.obligations:
            obligations_item = obligations_item_data.to_dict()
            obligations.append(obligations_item)

        refund_demands = []
        for refund_demands_item_data in self.refund_demands:
            refund_demands_item = refund_demands_item_data.to_dict()
            refund_demands.append(refund_demands_item)

        reports = []
        for reports_item_data in self.reports:
            reports_item = reports_item_data.to_dict()
            reports.append(reports_item)

        start = self.start.isoformat()

        status: str = self.status

        flag: None | str | Unset
        if isinstance(self.flag, Unset):
            flag = UNSET
        else:
            flag = self.flag

        flag_kk: None | str | Unset
        if isinstance(self.flag_kk, Unset):
            flag_kk = UNSET
        else:
            flag_kk = self.flag_kk

        flag_ru: None | str | Unset
        if isinstance(self.flag_ru, Unset):
            flag_ru = UNSET
        else:
            flag_ru = self.flag_ru

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "breaches": breaches,
                "concluded_at": concluded_at,
                "end": end,
                "id": id,
                "kind": kind,
                "measures": measures,
                "obligations": obligations,
                "refund_demands": refund_demands,
                "reports": reports,
                "start": start,
                "status": status,
            }
        )
        if flag is not UNSET:
            field_dict["flag"] = flag
        if flag_kk is not UNSET:
            field_dict["flag_kk"] = flag_kk
        if flag_ru is not UNSET:
            field_dict["flag_ru"] = flag_ru
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agreed_measure import AgreedMeasure
        from ..models.breach_public import BreachPublic
        from ..models.obligation_public import ObligationPublic
        from ..models.refund_demand_public import RefundDemandPublic
        from ..models.report_public import ReportPublic

        d = dict(src_dict)
        bin_ = d.pop("bin")

        breaches = []
        _breaches = d.pop("breaches")
        for breaches_item_data in _breaches:
            breaches_item = BreachPublic.from_dict(breaches_item_data)

            breaches.append(breaches_item)

        concluded_at = datetime.datetime.fromisoformat(d.pop("concluded_at"))

        end = datetime.date.fromisoformat(d.pop("end"))

        id = UUID(d.pop("id"))

        kind = check_agreement_kind(d.pop("kind"))

        measures = []
        _measures = d.pop("measures")
        for measures_item_data in _measures:
            measures_item = AgreedMeasure.from_dict(measures_item_data)

            measures.append(measures_item)

        obligations = []
        _obligations = d.pop("obligations")
        for obligations_item_data in _obligations:
            obligations_item = ObligationPublic.from_dict(obligations_item_data)

            obligations.append(obligations_item)

        refund_demands = []
        _refund_demands = d.pop("refund_demands")
        for refund_demands_item_data in _refund_demands:
            refund_demands_item = RefundDemandPublic.from_dict(refund_demands_item_data)

            refund_demands.append(refund_demands_item)

        reports = []
        _reports = d.pop("reports")
        for reports_item_data in _reports:
            reports_item = ReportPublic.from_dict(reports_item_data)

            reports.append(reports_item)

        start = datetime.date.fromisoformat(d.pop("start"))

        status = check_agreement_status(d.pop("status"))

        def _parse_flag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flag = _parse_flag(d.pop("flag", UNSET))

        def _parse_flag_kk(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flag_kk = _parse_flag_kk(d.pop("flag_kk", UNSET))

        def _parse_flag_ru(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flag_ru = _parse_flag_ru(d.pop("flag_ru", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        agreement_view = cls(
            bin_=bin_,
            breaches=breaches,
            concluded_at=concluded_at,
            end=end,
            id=id,
            kind=kind,
            measures=measures,
            obligations=obligations,
            refund_demands=refund_demands,
            reports=reports,
            start=start,
            status=status,
            flag=flag,
            flag_kk=flag_kk,
            flag_ru=flag_ru,
            region=region,
        )

        agreement_view.additional_properties = d
        return agreement_view

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
