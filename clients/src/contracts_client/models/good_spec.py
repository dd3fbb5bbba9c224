from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.good_spec_specs import GoodSpecSpecs


T = TypeVar("T", bound="GoodSpec")


@_attrs_define
class GoodSpec:
    """
    Attributes:
        name (str):
        specs (GoodSpecSpecs):
        tnved (str):
    """

    name: str
    specs: GoodSpecSpecs
    tnved: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        specs = self.specs.to_dict()

        tnved = self.tnved

        field_dict: dict[str, Any] = {}

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
        from ..models.good_spec_specs import GoodSpecSpecs

        d = dict(src_dict)
        name = d.pop("name")

        specs = GoodSpecSpecs.from_dict(d.pop("specs"))

        tnved = d.pop("tnved")

        good_spec = cls(
            name=name,
            specs=specs,
            tnved=tnved,
        )

        return good_spec
