from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appeal_outcome import AppealOutcome, check_appeal_outcome
from ..models.appeal_status import AppealStatus, check_appeal_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appeal_action_public import AppealActionPublic
    from ..models.appeal_document_public import AppealDocumentPublic
    from ..models.appeal_public_decision_type_0 import AppealPublicDecisionType0


T = TypeVar("T", bound="AppealPublic")


@_attrs_define
class AppealPublic:
    """An appeal against an exclusion (Art. 51-5) and, when read one at a time, the commission's actions.

    Attributes:
        bin_ (str):
        documents (list[AppealDocumentPublic]):
        due (datetime.date):
        exclusion_entry_id (UUID):
        filed_at (datetime.datetime):
        filed_by (str):
        filed_on (datetime.date):
        grounds (str):
        id (UUID):
        status (AppealStatus):
        version (int):
        actions (list[AppealActionPublic] | None | Unset):
        decision (AppealPublicDecisionType0 | None | Unset): The commission's written decision (outcome, reasons in
            Kazakh and Russian, goods restored, Art. 51-5.5). Open by design: kept as decided
        outcome (AppealOutcome | None | Unset):
    """

    bin_: str
    documents: list[AppealDocumentPublic]
    due: datetime.date
    exclusion_entry_id: UUID
    filed_at: datetime.datetime
    filed_by: str
    filed_on: datetime.date
    grounds: str
    id: UUID
    status: AppealStatus
    version: int
    actions: list[AppealActionPublic] | None | Unset = UNSET
    decision: AppealPublicDecisionType0 | None | Unset = UNSET
    outcome: AppealOutcome | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.appeal_public_decision_type_0 import AppealPublicDecisionType0

        bin_ = self.bin_

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        due = self.due.isoformat()

        exclusion_entry_id = str(self.exclusion_entry_id)

        filed_at = self.filed_at.isoformat()

        filed_by = self.filed_by

        filed_on = self.filed_on.isoformat()

        grounds = self.grounds

        id = str(self.id)

        status: str = self.status

        version = self.version

        actions: list[dict[str, Any]] | None | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, list):
            actions = []
            for actions_type_0_item_data in self.actions:
                actions_type_0_item = actions_type_0_item_data.to_dict()
                actions.append(actions_type_0_item)

        else:
            actions = self.actions

        decision: dict[str, Any] | None | Unset
        if isinstance(self.decision, Unset):
            decision = UNSET
        elif isinstance(self.decision, AppealPublicDecisionType0):
            decision = self.decision.to_dict()
        else:
            decision = self.decision

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, str):
            outcome = self.outcome
        else:
            outcome = self.outcome

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "documents": documents,
                "due": due,
                "exclusion_entry_id": exclusion_entry_id,
                "filed_at": filed_at,
                "filed_by": filed_by,
                "filed_on": filed_on,
                "grounds": grounds,
                "id": id,
                "status": status,
                "version": version,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions
        if decision is not UNSET:
            field_dict["decision"] = decision
        if outcome is not UNSET:
            field_dict["outcome"] = outcome

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.appeal_action_public import AppealActionPublic
        from ..models.appeal_document_public import AppealDocumentPublic
        from ..models.appeal_public_decision_type_0 import AppealPublicDecisionType0

        d = dict(src_dict)
        bin_ = d.pop("bin")

        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:
            documents_item = AppealDocumentPublic.from_dict(documents_item_data)

            documents.append(documents_item)

        due = datetime.date.fromisoformat(d.pop("due"))

        exclusion_entry_id = UUID(d.pop("exclusion_entry_id"))

        filed_at = datetime.datetime.fromisoformat(d.pop("filed_at"))

        filed_by = d.pop("filed_by")

        filed_on = datetime.date.fromisoformat(d.pop("filed_on"))

        grounds = d.pop("grounds")

        id = UUID(d.pop("id"))

        status = check_appeal_status(d.pop("status"))

        version = d.pop("version")

        def _parse_actions(data: object) -> list[AppealActionPublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                actions_type_0 = []
                _actions_type_0 = data
                for actions_type_0_item_data in _actions_type_0:
                    actions_type_0_item = AppealActionPublic.from_dict(
                        actions_type_0_item_data
                    )

                    actions_type_0.append(actions_type_0_item)

                return actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AppealActionPublic] | None | Unset, data)

        actions = _parse_actions(d.pop("actions", UNSET))

        def _parse_decision(data: object) -> AppealPublicDecisionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decision_type_0 = AppealPublicDecisionType0.from_dict(data)

                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppealPublicDecisionType0 | None | Unset, data)

        decision = _parse_decision(d.pop("decision", UNSET))

        def _parse_outcome(data: object) -> AppealOutcome | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = check_appeal_outcome(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppealOutcome | None | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        appeal_public = cls(
            bin_=bin_,
            documents=documents,
            due=due,
            exclusion_entry_id=exclusion_entry_id,
            filed_at=filed_at,
            filed_by=filed_by,
            filed_on=filed_on,
            grounds=grounds,
            id=id,
            status=status,
            version=version,
            actions=actions,
            decision=decision,
            outcome=outcome,
        )

        appeal_public.additional_properties = d
        return appeal_public

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
