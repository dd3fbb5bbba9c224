from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_refused_stage import (
    ApplicationRefusedStage,
    check_application_refused_stage,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reason import Reason


T = TypeVar("T", bound="ApplicationRefused")


@_attrs_define
class ApplicationRefused:
    """
    Attributes:
        application_id (UUID):
        bin_ (str):
        reasons (list[Reason]):
        stage (ApplicationRefusedStage):
        may_reapply (bool | Unset):  Default: True.
    """

    application_id: UUID
    bin_: str
    reasons: list[Reason]
    stage: ApplicationRefusedStage
    may_reapply: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        bin_ = self.bin_

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)

        stage: str = self.stage

        may_reapply = self.may_reapply

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "bin": bin_,
                "reasons": reasons,
                "stage": stage,
            }
        )
        if may_reapply is not UNSET:
            field_dict["may_reapply"] = may_reapply

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reason import Reason

        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        bin_ = d.pop("bin")

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = Reason.from_dict(reasons_item_data)

            reasons.append(reasons_item)

        stage = check_application_refused_stage(d.pop("stage"))

        may_reapply = d.pop("may_reapply", UNSET)

        application_refused = cls(
            application_id=application_id,
            bin_=bin_,
            reasons=reasons,
            stage=stage,
            may_reapply=may_reapply,
        )

        application_refused.additional_properties = d
        return application_refused

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
