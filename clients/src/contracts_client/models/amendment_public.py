from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.amendment_public_mode import (
    AmendmentPublicMode,
    check_amendment_public_mode,
)
from ..models.amendment_public_signed_by_item import (
    AmendmentPublicSignedByItem,
    check_amendment_public_signed_by_item,
)
from ..models.amendment_public_status import (
    AmendmentPublicStatus,
    check_amendment_public_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_terms import ContractTerms


T = TypeVar("T", bound="AmendmentPublic")


@_attrs_define
class AmendmentPublic:
    """A change to a contract with its rationale and signatures (Art. 48.2: unilateral only where allowed).

    Attributes:
        before (ContractTerms): The terms of a contract an amendment changes (only those it changes), or the terms
            before it.
        changes (ContractTerms): The terms of a contract an amendment changes (only those it changes), or the terms
            before it.
        contract_id (UUID):
        effective_on (datetime.date):
        id (UUID):
        mode (AmendmentPublicMode):
        proposed_on (datetime.date):
        rationale (str):
        seq (int):
        signed_by (list[AmendmentPublicSignedByItem]):
        status (AmendmentPublicStatus):
        applied_on (datetime.date | None | Unset):
    """

    before: ContractTerms
    changes: ContractTerms
    contract_id: UUID
    effective_on: datetime.date
    id: UUID
    mode: AmendmentPublicMode
    proposed_on: datetime.date
    rationale: str
    seq: int
    signed_by: list[AmendmentPublicSignedByItem]
    status: AmendmentPublicStatus
    applied_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        before = self.before.to_dict()

        changes = self.changes.to_dict()

        contract_id = str(self.contract_id)

        effective_on = self.effective_on.isoformat()

        id = str(self.id)

        mode: str = self.mode

        proposed_on = self.proposed_on.isoformat()

        rationale = self.rationale

        seq = self.seq

        signed_by = []
        for signed_by_item_data in self.signed_by:
            signed_by_item: str = signed_by_item_data
            signed_by.append(signed_by_item)

        status: str = self.status

        applied_on: None | str | Unset
        if isinstance(self.applied_on, Unset):
            applied_on = UNSET
        elif isinstance(self.applied_on, datetime.date):
            applied_on = self.applied_on.isoformat()
        else:
            applied_on = self.applied_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "before": before,
                "changes": changes,
                "contract_id": contract_id,
                "effective_on": effective_on,
                "id": id,
                "mode": mode,
                "proposed_on": proposed_on,
                "rationale": rationale,
                "seq": seq,
                "signed_by": signed_by,
                "status": status,
            }
        )
        if applied_on is not UNSET:
            field_dict["applied_on"] = applied_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contract_terms import ContractTerms

        d = dict(src_dict)
        before = ContractTerms.from_dict(d.pop("before"))

        changes = ContractTerms.from_dict(d.pop("changes"))

        contract_id = UUID(d.pop("contract_id"))

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        id = UUID(d.pop("id"))

        mode = check_amendment_public_mode(d.pop("mode"))

        proposed_on = datetime.date.fromisoformat(d.pop("proposed_on"))

        rationale = d.pop("rationale")

        seq = d.pop("seq")

        signed_by = []
        _signed_by = d.pop("signed_by")
        for signed_by_item_data in _signed_by:
            signed_by_item = check_amendment_public_signed_by_item(signed_by_item_data)

            signed_by.append(signed_by_item)

        status = check_amendment_public_status(d.pop("status"))

        def _parse_applied_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                applied_on_type_0 = datetime.date.fromisoformat(data)

                return applied_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        applied_on = _parse_applied_on(d.pop("applied_on", UNSET))

        amendment_public = cls(
            before=before,
            changes=changes,
            contract_id=contract_id,
            effective_on=effective_on,
            id=id,
            mode=mode,
            proposed_on=proposed_on,
            rationale=rationale,
            seq=seq,
            signed_by=signed_by,
            status=status,
            applied_on=applied_on,
        )

        amendment_public.additional_properties = d
        return amendment_public

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
