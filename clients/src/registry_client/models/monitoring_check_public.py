from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.monitoring_check_public_outcome_type_0 import (
    MonitoringCheckPublicOutcomeType0,
    check_monitoring_check_public_outcome_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MonitoringCheckPublic")


@_attrs_define
class MonitoringCheckPublic:
    """
    Attributes:
        bin_ (str):
        id (UUID):
        reason (str):
        requested_at (datetime.datetime):
        completed_at (datetime.datetime | None | Unset):
        outcome (MonitoringCheckPublicOutcomeType0 | None | Unset): The verification run's result; null while it runs
        run_id (None | Unset | UUID):
    """

    bin_: str
    id: UUID
    reason: str
    requested_at: datetime.datetime
    completed_at: datetime.datetime | None | Unset = UNSET
    outcome: MonitoringCheckPublicOutcomeType0 | None | Unset = UNSET
    run_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        id = str(self.id)

        reason = self.reason

        requested_at = self.requested_at.isoformat()

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, str):
            outcome = self.outcome
        else:
            outcome = self.outcome

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        elif isinstance(self.run_id, UUID):
            run_id = str(self.run_id)
        else:
            run_id = self.run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "id": id,
                "reason": reason,
                "requested_at": requested_at,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if run_id is not UNSET:
            field_dict["run_id"] = run_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bin_ = d.pop("bin")

        id = UUID(d.pop("id"))

        reason = d.pop("reason")

        requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_outcome(
            data: object,
        ) -> MonitoringCheckPublicOutcomeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = check_monitoring_check_public_outcome_type_0(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MonitoringCheckPublicOutcomeType0 | None | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                run_id_type_0 = UUID(data)

                return run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        monitoring_check_public = cls(
            bin_=bin_,
            id=id,
            reason=reason,
            requested_at=requested_at,
            completed_at=completed_at,
            outcome=outcome,
            run_id=run_id,
        )

        monitoring_check_public.additional_properties = d
        return monitoring_check_public

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
