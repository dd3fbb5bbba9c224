from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wholly_produced_fact_public_kind import (
    WhollyProducedFactPublicKind,
    check_wholly_produced_fact_public_kind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhollyProducedFactPublic")


@_attrs_define
class WhollyProducedFactPublic:
    """
    Attributes:
        agency (str):
        bin_ (str):
        created_at (datetime.datetime):
        document_ref (str):
        id (UUID):
        kind (WhollyProducedFactPublicKind):
        tnved (str):
        valid_from (datetime.date):
        valid_to (datetime.date | None | Unset):
    """

    agency: str
    bin_: str
    created_at: datetime.datetime
    document_ref: str
    id: UUID
    kind: WhollyProducedFactPublicKind
    tnved: str
    valid_from: datetime.date
    valid_to: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agency = self.agency

        bin_ = self.bin_

        created_at = self.created_at.isoformat()

        document_ref = self.document_ref

        id = str(self.id)

        kind: str = self.kind

        tnved = self.tnved

        valid_from = self.valid_from.isoformat()

        valid_to: None | str | Unset
        if isinstance(self.valid_to, Unset):
            valid_to = UNSET
        elif isinstance(self.valid_to, datetime.date):
            valid_to = self.valid_to.isoformat()
        else:
            valid_to = self.valid_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agency": agency,
                "bin": bin_,
                "created_at": created_at,
                "document_ref": document_ref,
                "id": id,
                "kind": kind,
                "tnved": tnved,
                "valid_from": valid_from,
            }
        )
        if valid_to is not UNSET:
            field_dict["valid_to"] = valid_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agency = d.pop("agency")

        bin_ = d.pop("bin")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        document_ref = d.pop("document_ref")

        id = UUID(d.pop("id"))

        kind = check_wholly_produced_fact_public_kind(d.pop("kind"))

        tnved = d.pop("tnved")

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        def _parse_valid_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_to_type_0 = datetime.date.fromisoformat(data)

                return valid_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_to = _parse_valid_to(d.pop("valid_to", UNSET))

        wholly_produced_fact_public = cls(
            agency=agency,
            bin_=bin_,
            created_at=created_at,
            document_ref=document_ref,
            id=id,
            kind=kind,
            tnved=tnved,
            valid_from=valid_from,
            valid_to=valid_to,
        )

        wholly_produced_fact_public.additional_properties = d
        return wholly_produced_fact_public

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
