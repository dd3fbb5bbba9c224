from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consents import Consents
    from ..models.evidence import Evidence
    from ..models.good_create import GoodCreate
    from ..models.site_create import SiteCreate


T = TypeVar("T", bound="ApplicationCreate")


@_attrs_define
class ApplicationCreate:
    """An application for inclusion in the register of Kazakhstani producers (Art. 51-1.2).

    Attributes:
        bin_ (str):
        consents (Consents): The three consents of Art. 51-1.2(1)-(3); each must be given.
        evidence (Evidence): Evidence that the declared conditions and operations are met (Art. 51-1.2(4)), including a
            video of
            the technological process. The platform stores the reference and checksum, not the video.
        goods (list[GoodCreate]):
        sites (list[SiteCreate]):
        company_name (None | str | Unset):
        wholly_produced (bool | Unset):  Default: False.
    """

    bin_: str
    consents: Consents
    evidence: Evidence
    goods: list[GoodCreate]
    sites: list[SiteCreate]
    company_name: None | str | Unset = UNSET
    wholly_produced: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        consents = self.consents.to_dict()

        evidence = self.evidence.to_dict()

        goods = []
        for goods_item_data in self.goods:
            goods_item = goods_item_data.to_dict()
            goods.append(goods_item)

        sites = []
        for sites_item_data in self.sites:
            sites_item = sites_item_data.to_dict()
            sites.append(sites_item)

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        wholly_produced = self.wholly_produced

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bin": bin_,
                "consents": consents,
                "evidence": evidence,
                "goods": goods,
                "sites": sites,
            }
        )
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if wholly_produced is not UNSET:
            field_dict["wholly_produced"] = wholly_produced

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.consents import Consents
        from ..models.evidence import Evidence
        from ..models.good_create import GoodCreate
        from ..models.site_create import SiteCreate

        d = dict(src_dict)
        bin_ = d.pop("bin")

        consents = Consents.from_dict(d.pop("consents"))

        evidence = Evidence.from_dict(d.pop("evidence"))

        goods = []
        _goods = d.pop("goods")
        for goods_item_data in _goods:
            goods_item = GoodCreate.from_dict(goods_item_data)

            goods.append(goods_item)

        sites = []
        _sites = d.pop("sites")
        for sites_item_data in _sites:
            sites_item = SiteCreate.from_dict(sites_item_data)

            sites.append(sites_item)

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        wholly_produced = d.pop("wholly_produced", UNSET)

        application_create = cls(
            bin_=bin_,
            consents=consents,
            evidence=evidence,
            goods=goods,
            sites=sites,
            company_name=company_name,
            wholly_produced=wholly_produced,
        )

        return application_create
