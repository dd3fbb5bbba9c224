from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_public_status import (
    SubscriptionPublicStatus,
    check_subscription_public_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.verification import Verification


T = TypeVar("T", bound="SubscriptionPublic")


@_attrs_define
class SubscriptionPublic:
    """An agency's webhook subscription. The signing secret (Standard Webhooks ``whsec_…``) is in the answer
    to the subscription only; a verification attempt's outcome in the answer to ``verify``.

        Attributes:
            agency (str):
            created_at (datetime.datetime):
            event_types (list[str]): Event types or patterns (`registry.producer.*`) the agency subscribed to
            id (UUID):
            status (SubscriptionPublicStatus):
            url (str):
            secret (None | str | Unset):
            verification (None | Unset | Verification):
            verified_at (datetime.datetime | None | Unset):
    """

    agency: str
    created_at: datetime.datetime
    event_types: list[str]
    id: UUID
    status: SubscriptionPublicStatus
    url: str
    secret: None | str | Unset = UNSET
    verification: None | Unset | Verification = UNSET
    verified_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.verification import Verification

        agency = self.agency

        created_at = self.created_at.isoformat()

        event_types = self.event_types

        id = str(self.id)

        status: str = self.status

        url = self.url

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        verification: dict[str, Any] | None | Unset
        if isinstance(self.verification, Unset):
            verification = UNSET
        elif isinstance(self.verification, Verification):
            verification = self.verification.to_dict()
        else:
            verification = self.verification

        verified_at: None | str | Unset
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        elif isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agency": agency,
                "created_at": created_at,
                "event_types": event_types,
                "id": id,
                "status": status,
                "url": url,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret
        if verification is not UNSET:
            field_dict["verification"] = verification
        if verified_at is not UNSET:
            field_dict["verified_at"] = verified_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.verification import Verification

        d = dict(src_dict)
        agency = d.pop("agency")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        event_types = cast(list[str], d.pop("event_types"))

        id = UUID(d.pop("id"))

        status = check_subscription_public_status(d.pop("status"))

        url = d.pop("url")

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        def _parse_verification(data: object) -> None | Unset | Verification:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verification_type_0 = Verification.from_dict(data)

                return verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Verification, data)

        verification = _parse_verification(d.pop("verification", UNSET))

        def _parse_verified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)

                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verified_at = _parse_verified_at(d.pop("verified_at", UNSET))

        subscription_public = cls(
            agency=agency,
            created_at=created_at,
            event_types=event_types,
            id=id,
            status=status,
            url=url,
            secret=secret,
            verification=verification,
            verified_at=verified_at,
        )

        subscription_public.additional_properties = d
        return subscription_public

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
