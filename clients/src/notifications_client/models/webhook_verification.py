from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookVerification")


@_attrs_define
class WebhookVerification:
    """The handshake a new subscription's URL receives before any event: answer 2xx with `{"challenge": "<the same
    challenge>"}`

        Attributes:
            challenge (str):
            subscription_id (UUID):
            type_ (Literal['webhook.verification']):
    """

    challenge: str
    subscription_id: UUID
    type_: Literal["webhook.verification"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        challenge = self.challenge

        subscription_id = str(self.subscription_id)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "challenge": challenge,
                "subscription_id": subscription_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        challenge = d.pop("challenge")

        subscription_id = UUID(d.pop("subscription_id"))

        type_ = cast(Literal["webhook.verification"], d.pop("type"))
        if type_ != "webhook.verification":
            raise ValueError(
                f"type must match const 'webhook.verification', got '{type_}'"
            )

        webhook_verification = cls(
            challenge=challenge,
            subscription_id=subscription_id,
            type_=type_,
        )

        webhook_verification.additional_properties = d
        return webhook_verification

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
