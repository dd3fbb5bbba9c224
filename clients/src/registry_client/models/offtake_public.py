from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_status import ContractStatus, check_contract_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offtake_customer import OfftakeCustomer
    from ..models.offtake_executor import OfftakeExecutor
    from ..models.offtake_good import OfftakeGood
    from ..models.offtake_public_volumes import OfftakePublicVolumes
    from ..models.offtake_release_public import OfftakeReleasePublic
    from ..models.offtake_term import OfftakeTerm


T = TypeVar("T", bound="OfftakePublic")


@_attrs_define
class OfftakePublic:
    """A contract in the offtake register (Art. 1.8-1, 48.6), with its executor's register status.

    Attributes:
        contract_id (UUID):
        customer (OfftakeCustomer):
        executor (OfftakeExecutor): The supplier executing the contract and where it stands in the register of
            producers.
        goods (list[OfftakeGood]):
        ocid (str):
        pledged (bool):
        status (ContractStatus): Where a contract for industrial development stands (Art. 46, 48, 48-1, 49): proposed by
            the large
            customer and awaiting the supplier's signature, signed by both, or terminated (Art. 47.8). Shared by
            contract: the offtake register (registry) lists contracts by it.
        term (OfftakeTerm):
        updated_at (datetime.datetime):
        version (int):
        volumes (OfftakePublicVolumes): The contracted volume of each calendar year of the term
        flagged (None | str | Unset): Why the contract is flagged for review, when it is
        min_icv_pct (None | str | Unset):
        releases (list[OfftakeReleasePublic] | None | Unset):
    """

    contract_id: UUID
    customer: OfftakeCustomer
    executor: OfftakeExecutor
    goods: list[OfftakeGood]
    ocid: str
    pledged: bool
    status: ContractStatus
    term: OfftakeTerm
    updated_at: datetime.datetime
    version: int
    volumes: OfftakePublicVolumes
    flagged: None | str | Unset = UNSET
    min_icv_pct: None | str | Unset = UNSET
    releases: list[OfftakeReleasePublic] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_id = str(self.contract_id)

        customer = self.customer.to_dict()

        executor = self.executor.to_dict()

        goods = []
        for goods_item_data in self.goods:
            goods_item = goods_item_data.to_dict()
            goods.append(goods_item)

        ocid = self.ocid

        pledged = self.pledged

        status: str = self.status

        term = self.term.to_dict()

        updated_at = self.updated_at.isoformat()

        version = self.version

        volumes = self.volumes.to_dict()

        flagged: None | str | Unset
        if isinstance(self.flagged, Unset):
            flagged = UNSET
        else:
            flagged = self.flagged

        min_icv_pct: None | str | Unset
        if isinstance(self.min_icv_pct, Unset):
            min_icv_pct = UNSET
        else:
            min_icv_pct = self.min_icv_pct

        releases: list[dict[str, Any]] | None | Unset
        if isinstance(self.releases, Unset):
            releases = UNSET
        elif isinstance(self.releases, list):
            releases = []
            for releases_type_0_item_data in self.releases:
                releases_type_0_item = releases_type_0_item_data.to_dict()
                releases.append(releases_type_0_item)

        else:
            releases = self.releases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contract_id": contract_id,
                "customer": customer,
                "executor": executor,
                "goods": goods,
                "ocid": ocid,
                "pledged": pledged,
                "status": status,
                "term": term,
                "updated_at": updated_at,
                "version": version,
                "volumes": volumes,
            }
        )
        if flagged is not UNSET:
            field_dict["flagged"] = flagged
        if min_icv_pct is not UNSET:
            field_dict["min_icv_pct"] = min_icv_pct
        if releases is not UNSET:
            field_dict["releases"] = releases

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.offtake_customer import OfftakeCustomer
        from ..models.offtake_executor import OfftakeExecutor
        from ..models.offtake_good import OfftakeGood
        from ..models.offtake_public_volumes import OfftakePublicVolumes
        from ..models.offtake_release_public import OfftakeReleasePublic
        from ..models.offtake_term import OfftakeTerm

        d = dict(src_dict)
        contract_id = UUID(d.pop("contract_id"))

        customer = OfftakeCustomer.from_dict(d.pop("customer"))

        executor = OfftakeExecutor.from_dict(d.pop("executor"))

        goods = []
        _goods = d.pop("goods")
        for goods_item_data in _goods:
            goods_item = OfftakeGood.from_dict(goods_item_data)

            goods.append(goods_item)

        ocid = d.pop("ocid")

        pledged = d.pop("pledged")

        status = check_contract_status(d.pop("status"))

        term = OfftakeTerm.from_dict(d.pop("term"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        volumes = OfftakePublicVolumes.from_dict(d.pop("volumes"))

        def _parse_flagged(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flagged = _parse_flagged(d.pop("flagged", UNSET))

        def _parse_min_icv_pct(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_icv_pct = _parse_min_icv_pct(d.pop("min_icv_pct", UNSET))

        def _parse_releases(data: object) -> list[OfftakeReleasePublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                releases_type_0 = []
                _releases_type_0 = data
                for releases_type_0_item_data in _releases_type_0:
                    releases_type_0_item = OfftakeReleasePublic.from_dict(
                        releases_type_0_item_data
                    )

                    releases_type_0.append(releases_type_0_item)

                return releases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OfftakeReleasePublic] | None | Unset, data)

        releases = _parse_releases(d.pop("releases", UNSET))

        offtake_public = cls(
            contract_id=contract_id,
            customer=customer,
            executor=executor,
            goods=goods,
            ocid=ocid,
            pledged=pledged,
            status=status,
            term=term,
            updated_at=updated_at,
            version=version,
            volumes=volumes,
            flagged=flagged,
            min_icv_pct=min_icv_pct,
            releases=releases,
        )

        offtake_public.additional_properties = d
        return offtake_public

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
