from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_entry_detail import AuditEntryDetail


T = TypeVar("T", bound="AuditEntry")


@_attrs_define
class AuditEntry:
    """One write: who (subject, role, BIN), what (action on a resource), when, through which request.

    Attributes:
        action (str): What was done, as `<resource>.<verb>` (`contract.propose`) or the HTTP method and route of a
            request: an open vocabulary that grows with the API
        actor (str):
        at (datetime.datetime):
        detail (AuditEntryDetail): What the action recorded beside it (an outcome, a status): open by design, each
            action its own
        id (int):
        resource (str):
        resource_id (str):
        role (str): The actor's role: a token's (applicant, officer, appeals, customer, agency), `public` for an
            anonymous request, or the reason of a scheduled action (monitoring): open, since the platform's own actors are
            not token roles
        actor_bin (None | str | Unset):
        request_id (None | str | Unset):
    """

    action: str
    actor: str
    at: datetime.datetime
    detail: AuditEntryDetail
    id: int
    resource: str
    resource_id: str
    role: str
    actor_bin: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        actor = self.actor

        at = self.at.isoformat()

        detail = self.detail.to_dict()

        id = self.id

        resource = self.resource

        resource_id = self.resource_id

        role = self.role

        actor_bin: None | str | Unset
        if isinstance(self.actor_bin, Unset):
            actor_bin = UNSET
        else:
            actor_bin = self.actor_bin

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor": actor,
                "at": at,
                "detail": detail,
                "id": id,
                "resource": resource,
                "resource_id": resource_id,
                "role": role,
            }
        )
        if actor_bin is not UNSET:
            field_dict["actor_bin"] = actor_bin
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audit_entry_detail import AuditEntryDetail

        d = dict(src_dict)
        action = d.pop("action")

        actor = d.pop("actor")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        detail = AuditEntryDetail.from_dict(d.pop("detail"))

        id = d.pop("id")

        resource = d.pop("resource")

        resource_id = d.pop("resource_id")

        role = d.pop("role")

        def _parse_actor_bin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_bin = _parse_actor_bin(d.pop("actor_bin", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        audit_entry = cls(
            action=action,
            actor=actor,
            at=at,
            detail=detail,
            id=id,
            resource=resource,
            resource_id=resource_id,
            role=role,
            actor_bin=actor_bin,
            request_id=request_id,
        )

        audit_entry.additional_properties = d
        return audit_entry

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
