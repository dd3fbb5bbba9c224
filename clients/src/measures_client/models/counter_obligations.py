from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CounterObligations")


@_attrs_define
class CounterObligations:
    """
    Attributes:
        agreements_reported (int):
        fully_fulfilled (int):
        mean_fulfilment (None | str | Unset):
    """

    agreements_reported: int
    fully_fulfilled: int
    mean_fulfilment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agreements_reported = self.agreements_reported

        fully_fulfilled = self.fully_fulfilled

        mean_fulfilment: None | str | Unset
        if isinstance(self.mean_fulfilment, Unset):
            mean_fulfilment = UNSET
        else:
            mean_fulfilment = self.mean_fulfilment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agreements_reported": agreements_reported,
                "fully_fulfilled": fully_fulfilled,
            }
        )
        if mean_fulfilment is not UNSET:
            field_dict["mean_fulfilment"] = mean_fulfilment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agreements_reported = d.pop("agreements_reported")

        fully_fulfilled = d.pop("fully_fulfilled")

        def _parse_mean_fulfilment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mean_fulfilment = _parse_mean_fulfilment(d.pop("mean_fulfilment", UNSET))

        counter_obligations = cls(
            agreements_reported=agreements_reported,
            fully_fulfilled=fully_fulfilled,
            mean_fulfilment=mean_fulfilment,
        )

        counter_obligations.additional_properties = d
        return counter_obligations

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
