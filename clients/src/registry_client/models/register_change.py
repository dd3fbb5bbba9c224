from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.basis import Basis, check_basis
from ..models.entry_kind import EntryKind, check_entry_kind
from ..models.ground import Ground, check_ground
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterChange")


@_attrs_define
class RegisterChange:
    """An entry of a producer's public register history (Art. 51-1.8, 51-6): its kind, date, basis or ground.

    Attributes:
        at (datetime.datetime):
        goods (list[str]):
        id (UUID):
        kind (EntryKind):
        seq (int):
        basis (Basis | None | Unset):
        ground (Ground | None | Unset):
    """

    at: datetime.datetime
    goods: list[str]
    id: UUID
    kind: EntryKind
    seq: int
    basis: Basis | None | Unset = UNSET
    ground: Ground | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        goods = self.goods

        id = str(self.id)

        kind: str = self.kind

        seq = self.seq

        basis: None | str | Unset
        if isinstance(self.basis, Unset):
            basis = UNSET
        elif isinstance(self.basis, str):
            basis = self.basis
        else:
            basis = self.basis

        ground: None | str | Unset
        if isinstance(self.ground, Unset):
            ground = UNSET
        elif isinstance(self.ground, str):
            ground = self.ground
        else:
            ground = self.ground

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "goods": goods,
                "id": id,
                "kind": kind,
                "seq": seq,
            }
        )
        if basis is not UNSET:
            field_dict["basis"] = basis
        if ground is not UNSET:
            field_dict["ground"] = ground

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        goods = cast(list[str], d.pop("goods"))

        id = UUID(d.pop("id"))

        kind = check_entry_kind(d.pop("kind"))

        seq = d.pop("seq")

        def _parse_basis(data: object) -> Basis | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                basis_type_0 = check_basis(data)

                return basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Basis | None | Unset, data)

        basis = _parse_basis(d.pop("basis", UNSET))

        def _parse_ground(data: object) -> Ground | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ground_type_0 = check_ground(data)

                return ground_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Ground | None | Unset, data)

        ground = _parse_ground(d.pop("ground", UNSET))

        register_change = cls(
            at=at,
            goods=goods,
            id=id,
            kind=kind,
            seq=seq,
            basis=basis,
            ground=ground,
        )

        register_change.additional_properties = d
        return register_change

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
