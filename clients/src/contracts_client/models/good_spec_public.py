from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.good_spec_public_specs import GoodSpecPublicSpecs


T = TypeVar("T", bound="GoodSpecPublic")


@_attrs_define
class GoodSpecPublic:
    """
    Attributes:
        name (str):
        specs (GoodSpecPublicSpecs): Detailed technical characteristics, physical and chemical properties and
            completeness (Art. 48.5). Open by design: each good has its own.
        tnved (str):
    """

    name: str
    specs: GoodSpecPublicSpecs
    tnved: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        specs = self.specs.to_dict()

        tnved = self.tnved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "specs": specs,
                "tnved": tnved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.good_spec_public_specs import GoodSpecPublicSpecs

        d = dict(src_dict)
        name = d.pop("name")

        specs = GoodSpecPublicSpecs.from_dict(d.pop("specs"))

        tnved = d.pop("tnved")

        good_spec_public = cls(
            name=name,
            specs=specs,
            tnved=tnved,
        )

        good_spec_public.additional_properties = d
        return good_spec_public

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
