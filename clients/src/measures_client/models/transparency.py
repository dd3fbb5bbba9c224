from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.counter_obligations import CounterObligations
    from ..models.transparency_granted_by_kind import TransparencyGrantedByKind
    from ..models.transparency_granted_by_region import TransparencyGrantedByRegion
    from ..models.transparency_granted_by_year import TransparencyGrantedByYear


T = TypeVar("T", bound="Transparency")


@_attrs_define
class Transparency:
    """Support granted by kind, region and year, and how counter-obligations are met — aggregates only,
    no company's data (Art. 4.4, 5).

        Attributes:
            counter_obligations (CounterObligations):
            granted_by_kind (TransparencyGrantedByKind):
            granted_by_region (TransparencyGrantedByRegion):
            granted_by_year (TransparencyGrantedByYear):
    """

    counter_obligations: CounterObligations
    granted_by_kind: TransparencyGrantedByKind
    granted_by_region: TransparencyGrantedByRegion
    granted_by_year: TransparencyGrantedByYear
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counter_obligations = self.counter_obligations.to_dict()

        granted_by_kind = self.granted_by_kind.to_dict()

        granted_by_region = self.granted_by_region.to_dict()

        granted_by_year = self.granted_by_year.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counter_obligations": counter_obligations,
                "granted_by_kind": granted_by_kind,
                "granted_by_region": granted_by_region,
                "granted_by_year": granted_by_year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.counter_obligations import CounterObligations
        from ..models.transparency_granted_by_kind import TransparencyGrantedByKind
        from ..models.transparency_granted_by_region import TransparencyGrantedByRegion
        from ..models.transparency_granted_by_year import TransparencyGrantedByYear

        d = dict(src_dict)
        counter_obligations = CounterObligations.from_dict(d.pop("counter_obligations"))

        granted_by_kind = TransparencyGrantedByKind.from_dict(d.pop("granted_by_kind"))

        granted_by_region = TransparencyGrantedByRegion.from_dict(
            d.pop("granted_by_region")
        )

        granted_by_year = TransparencyGrantedByYear.from_dict(d.pop("granted_by_year"))

        transparency = cls(
            counter_obligations=counter_obligations,
            granted_by_kind=granted_by_kind,
            granted_by_region=granted_by_region,
            granted_by_year=granted_by_year,
        )

        transparency.additional_properties = d
        return transparency

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
