from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApplicationVerified")


@_attrs_define
class ApplicationVerified:
    """
    Attributes:
        application_id (UUID):
        bin_ (str):
        status (str):
        verification_run_id (UUID):
    """

    application_id: UUID
    bin_: str
    status: str
    verification_run_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        bin_ = self.bin_

        status = self.status

        verification_run_id = str(self.verification_run_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "bin": bin_,
                "status": status,
                "verification_run_id": verification_run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        bin_ = d.pop("bin")

        status = d.pop("status")

        verification_run_id = UUID(d.pop("verification_run_id"))

        application_verified = cls(
            application_id=application_id,
            bin_=bin_,
            status=status,
            verification_run_id=verification_run_id,
        )

        application_verified.additional_properties = d
        return application_verified

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
