from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.wholly_produced_fact_create_kind import (
    WhollyProducedFactCreateKind,
    check_wholly_produced_fact_create_kind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhollyProducedFactCreate")


@_attrs_define
class WhollyProducedFactCreate:
    """A fact from the competent agency on a good wholly produced in Kazakhstan (Art. 51-3.2-6).

    Attributes:
        bin_ (str):
        document_ref (str):
        kind (WhollyProducedFactCreateKind):
        tnved (str):
        valid_from (datetime.date):
        valid_to (datetime.date | None | Unset):
    """

    bin_: str
    document_ref: str
    kind: WhollyProducedFactCreateKind
    tnved: str
    valid_from: datetime.date
    valid_to: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        document_ref = self.document_ref

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

        field_dict.update(
            {
                "bin": bin_,
                "document_ref": document_ref,
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
        bin_ = d.pop("bin")

        document_ref = d.pop("document_ref")

        kind = check_wholly_produced_fact_create_kind(d.pop("kind"))

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

        wholly_produced_fact_create = cls(
            bin_=bin_,
            document_ref=document_ref,
            kind=kind,
            tnved=tnved,
            valid_from=valid_from,
            valid_to=valid_to,
        )

        return wholly_produced_fact_create
