from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offtake_executor_register_status import (
    OfftakeExecutorRegisterStatus,
    check_offtake_executor_register_status,
)

T = TypeVar("T", bound="OfftakeExecutor")


@_attrs_define
class OfftakeExecutor:
    """The supplier executing the contract and where it stands in the register of producers.

    Attributes:
        bin_ (str):
        register_status (OfftakeExecutorRegisterStatus):
    """

    bin_: str
    register_status: OfftakeExecutorRegisterStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        register_status: str = self.register_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "register_status": register_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bin_ = d.pop("bin")

        register_status = check_offtake_executor_register_status(
            d.pop("register_status")
        )

        offtake_executor = cls(
            bin_=bin_,
            register_status=register_status,
        )

        offtake_executor.additional_properties = d
        return offtake_executor

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
