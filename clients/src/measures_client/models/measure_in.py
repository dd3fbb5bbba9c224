from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeasureIn")


@_attrs_define
class MeasureIn:
    """
    Attributes:
        amount_kzt (float | str):
        disbursed_on (datetime.date):
        measure (str):
        application_id (None | Unset | UUID):
    """

    amount_kzt: float | str
    disbursed_on: datetime.date
    measure: str
    application_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount_kzt: float | str
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

        def _parse_amount_kzt(data: object) -> float | str:
            return cast(float | str, data)

        amount_kzt = _parse_amount_kzt(d.pop("amount_kzt"))

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

        measure_in = cls(
            amount_kzt=amount_kzt,
            disbursed_on=disbursed_on,
            measure=measure,
            application_id=application_id,
        )

        return measure_in
