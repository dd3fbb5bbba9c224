from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.participant_kind import ParticipantKind, check_participant_kind

T = TypeVar("T", bound="Participant")


@_attrs_define
class Participant:
    """
    Attributes:
        kind (ParticipantKind):
        organisation (str):
    """

    kind: ParticipantKind
    organisation: str

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        organisation = self.organisation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "organisation": organisation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = check_participant_kind(d.pop("kind"))

        organisation = d.pop("organisation")

        participant = cls(
            kind=kind,
            organisation=organisation,
        )

        return participant
