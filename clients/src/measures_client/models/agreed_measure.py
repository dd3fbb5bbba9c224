from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgreedMeasure")


@_attrs_define
class AgreedMeasure:
    """A measure an agreement grants, with the application it carries out where one was made.

    Attributes:
        amount_kzt (str):
        disbursed_on (datetime.date):
        measure (str):
        application_id (None | Unset | UUID):
    """

    amount_kzt: str
    disbursed_on: datetime.date
    measure: str
    application_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_kzt = self.amount_kzt

        disbursed_on = self.disbursed_on.isoformat()

        measure = self.measure

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        elif isinstance(self.application_id, UUID):
            application_id = str(self.application_id)
        else:
            application_id = self.application_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_kzt": amount_kzt,
                "disbursed_on": disbursed_on,
                "measure": measure,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_kzt = d.pop("amount_kzt")

        disbursed_on = datetime.date.fromisoformat(d.pop("disbursed_on"))

        measure = d.pop("measure")

        def _parse_application_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                application_id_type_0 = UUID(data)

                return application_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        application_id = _parse_application_id(d.pop("application_id", UNSET))

        agreed_measure = cls(
            amount_kzt=amount_kzt,
            disbursed_on=disbursed_on,
            measure=measure,
            application_id=application_id,
        )

        agreed_measure.additional_properties = d
        return agreed_measure

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
