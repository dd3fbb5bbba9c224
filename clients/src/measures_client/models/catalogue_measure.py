from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_requirement import ApplicationRequirement


T = TypeVar("T", bound="CatalogueMeasure")


@_attrs_define
class CatalogueMeasure:
    """A measure of state stimulation (Art. 29) in force: its operator, documents and legal basis.

    Attributes:
        article (str):
        basis (str):
        code (str):
        effective_from (datetime.date):
        name (str):
        name_kk (str):
        name_ru (str):
        operator (str):
        required_documents (list[str]):
        application_required (ApplicationRequirement | None | Unset):
        effective_to (datetime.date | None | Unset):
        expertise (bool | Unset):  Default: False.
        requires_assembly_agreement (bool | Unset):  Default: False.
    """

    article: str
    basis: str
    code: str
    effective_from: datetime.date
    name: str
    name_kk: str
    name_ru: str
    operator: str
    required_documents: list[str]
    application_required: ApplicationRequirement | None | Unset = UNSET
    effective_to: datetime.date | None | Unset = UNSET
    expertise: bool | Unset = False
    requires_assembly_agreement: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.application_requirement import ApplicationRequirement

        article = self.article

        basis = self.basis

        code = self.code

        effective_from = self.effective_from.isoformat()

        name = self.name

        name_kk = self.name_kk

        name_ru = self.name_ru

        operator = self.operator

        required_documents = self.required_documents

        application_required: dict[str, Any] | None | Unset
        if isinstance(self.application_required, Unset):
            application_required = UNSET
        elif isinstance(self.application_required, ApplicationRequirement):
            application_required = self.application_required.to_dict()
        else:
            application_required = self.application_required

        effective_to: None | str | Unset
        if isinstance(self.effective_to, Unset):
            effective_to = UNSET
        elif isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        expertise = self.expertise

        requires_assembly_agreement = self.requires_assembly_agreement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article": article,
                "basis": basis,
                "code": code,
                "effective_from": effective_from,
                "name": name,
                "name_kk": name_kk,
                "name_ru": name_ru,
                "operator": operator,
                "required_documents": required_documents,
            }
        )
        if application_required is not UNSET:
            field_dict["application_required"] = application_required
        if effective_to is not UNSET:
            field_dict["effective_to"] = effective_to
        if expertise is not UNSET:
            field_dict["expertise"] = expertise
        if requires_assembly_agreement is not UNSET:
            field_dict["requires_assembly_agreement"] = requires_assembly_agreement

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.application_requirement import ApplicationRequirement

        d = dict(src_dict)
        article = d.pop("article")

        basis = d.pop("basis")

        code = d.pop("code")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        name = d.pop("name")

        name_kk = d.pop("name_kk")

        name_ru = d.pop("name_ru")

        operator = d.pop("operator")

        required_documents = cast(list[str], d.pop("required_documents"))

        def _parse_application_required(
            data: object,
        ) -> ApplicationRequirement | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                application_required_type_0 = ApplicationRequirement.from_dict(data)

                return application_required_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationRequirement | None | Unset, data)

        application_required = _parse_application_required(
            d.pop("application_required", UNSET)
        )

        def _parse_effective_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_to_type_0 = datetime.date.fromisoformat(data)

                return effective_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_to = _parse_effective_to(d.pop("effective_to", UNSET))

        expertise = d.pop("expertise", UNSET)

        requires_assembly_agreement = d.pop("requires_assembly_agreement", UNSET)

        catalogue_measure = cls(
            article=article,
            basis=basis,
            code=code,
            effective_from=effective_from,
            name=name,
            name_kk=name_kk,
            name_ru=name_ru,
            operator=operator,
            required_documents=required_documents,
            application_required=application_required,
            effective_to=effective_to,
            expertise=expertise,
            requires_assembly_agreement=requires_assembly_agreement,
        )

        catalogue_measure.additional_properties = d
        return catalogue_measure

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
