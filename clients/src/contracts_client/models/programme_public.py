from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.programme_public_status import (
    ProgrammePublicStatus,
    check_programme_public_status,
)

if TYPE_CHECKING:
    from ..models.programme_ground_found import ProgrammeGroundFound
    from ..models.programme_public_directions import ProgrammePublicDirections
    from ..models.programme_public_reports_item import ProgrammePublicReportsItem


T = TypeVar("T", bound="ProgrammePublic")


@_attrs_define
class ProgrammePublic:
    """A large customer's ICV development programme (Art. 61-1): its decision and yearly reports.

    Attributes:
        customer_bin (str):
        directions (ProgrammePublicDirections): The programme's directions (Art. 61-1.3): ICV share with its baseline
            and yearly targets, industrial contracts planned, SME measures, other. Open by design: the law lists directions,
            not forms
        end_year (int):
        grounds (list[ProgrammeGroundFound]):
        id (UUID):
        reports (list[ProgrammePublicReportsItem]): The customer's yearly reports, each with the year's ICV target and
            whether it was met; open by design (the report form)
        start_year (int):
        status (ProgrammePublicStatus):
    """

    customer_bin: str
    directions: ProgrammePublicDirections
    end_year: int
    grounds: list[ProgrammeGroundFound]
    id: UUID
    reports: list[ProgrammePublicReportsItem]
    start_year: int
    status: ProgrammePublicStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_bin = self.customer_bin

        directions = self.directions.to_dict()

        end_year = self.end_year

        grounds = []
        for grounds_item_data in self.grounds:
            grounds_item = grounds_item_data.to_dict()
            grounds.append(grounds_item)

        id = str(self.id)

        reports = []
        for reports_item_data in self.reports:
            reports_item = reports_item_data.to_dict()
            reports.append(reports_item)

        start_year = self.start_year

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_bin": customer_bin,
                "directions": directions,
                "end_year": end_year,
                "grounds": grounds,
                "id": id,
                "reports": reports,
                "start_year": start_year,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.programme_ground_found import ProgrammeGroundFound
        from ..models.programme_public_directions import ProgrammePublicDirections
        from ..models.programme_public_reports_item import ProgrammePublicReportsItem

        d = dict(src_dict)
        customer_bin = d.pop("customer_bin")

        directions = ProgrammePublicDirections.from_dict(d.pop("directions"))

        end_year = d.pop("end_year")

        grounds = []
        _grounds = d.pop("grounds")
        for grounds_item_data in _grounds:
            grounds_item = ProgrammeGroundFound.from_dict(grounds_item_data)

            grounds.append(grounds_item)

        id = UUID(d.pop("id"))

        reports = []
        _reports = d.pop("reports")
        for reports_item_data in _reports:
            reports_item = ProgrammePublicReportsItem.from_dict(reports_item_data)

            reports.append(reports_item)

        start_year = d.pop("start_year")

        status = check_programme_public_status(d.pop("status"))

        programme_public = cls(
            customer_bin=customer_bin,
            directions=directions,
            end_year=end_year,
            grounds=grounds,
            id=id,
            reports=reports,
            start_year=start_year,
            status=status,
        )

        programme_public.additional_properties = d
        return programme_public

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
