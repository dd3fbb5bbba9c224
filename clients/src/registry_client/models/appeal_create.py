from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appeal_document import AppealDocument


T = TypeVar("T", bound="AppealCreate")


@_attrs_define
class AppealCreate:
    """An objection to exclusion by monitoring (Art. 51-5.1, 51-5.3).

    Attributes:
        exclusion_entry_id (UUID):
        grounds (str):
        documents (list[AppealDocument] | Unset):
    """

    exclusion_entry_id: UUID
    grounds: str
    documents: list[AppealDocument] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        exclusion_entry_id = str(self.exclusion_entry_id)

        grounds = self.grounds

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "exclusion_entry_id": exclusion_entry_id,
                "grounds": grounds,
            }
        )
        if documents is not UNSET:
            field_dict["documents"] = documents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.appeal_document import AppealDocument

        d = dict(src_dict)
        exclusion_entry_id = UUID(d.pop("exclusion_entry_id"))

        grounds = d.pop("grounds")

        _documents = d.pop("documents", UNSET)
        documents: list[AppealDocument] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = AppealDocument.from_dict(documents_item_data)

                documents.append(documents_item)

        appeal_create = cls(
            exclusion_entry_id=exclusion_entry_id,
            grounds=grounds,
            documents=documents,
        )

        return appeal_create
