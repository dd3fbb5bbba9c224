from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_status import ApplicationStatus, check_application_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_public_assessment_type_0 import (
        ApplicationPublicAssessmentType0,
    )
    from ..models.good_on_record import GoodOnRecord
    from ..models.reason import Reason
    from ..models.site_on_record import SiteOnRecord
    from ..models.transition_public import TransitionPublic


T = TypeVar("T", bound="ApplicationPublic")


@_attrs_define
class ApplicationPublic:
    """
    Attributes:
        bin_ (str):
        company_name (None | str):
        filed_at (datetime.datetime):
        goods (list[GoodOnRecord]):
        id (UUID):
        reasons (list[Reason]):
        sites (list[SiteOnRecord]):
        status (ApplicationStatus): Stages of Art. 51-1.1: filing → digital verification → production assessment →
            decision.
        updated_at (datetime.datetime):
        verification_run_id (None | UUID):
        version (int):
        assessment (ApplicationPublicAssessmentType0 | None | Unset): The production assessment as the officers recorded
            it (participants, findings per good, the act of an on-site inspection, Art. 51-1.4-5). Open by design: it keeps
            what each stage recorded
        history (list[TransitionPublic] | None | Unset):
        wholly_produced (bool | Unset):  Default: False.
    """

    bin_: str
    company_name: None | str
    filed_at: datetime.datetime
    goods: list[GoodOnRecord]
    id: UUID
    reasons: list[Reason]
    sites: list[SiteOnRecord]
    status: ApplicationStatus
    updated_at: datetime.datetime
    verification_run_id: None | UUID
    version: int
    assessment: ApplicationPublicAssessmentType0 | None | Unset = UNSET
    history: list[TransitionPublic] | None | Unset = UNSET
    wholly_produced: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.application_public_assessment_type_0 import (
            ApplicationPublicAssessmentType0,
        )

        bin_ = self.bin_

        company_name: None | str
        company_name = self.company_name

        filed_at = self.filed_at.isoformat()

        goods = []
        for goods_item_data in self.goods:
            goods_item = goods_item_data.to_dict()
            goods.append(goods_item)

        id = str(self.id)

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)

        sites = []
        for sites_item_data in self.sites:
            sites_item = sites_item_data.to_dict()
            sites.append(sites_item)

        status: str = self.status

        updated_at = self.updated_at.isoformat()

        verification_run_id: None | str
        if isinstance(self.verification_run_id, UUID):
            verification_run_id = str(self.verification_run_id)
        else:
            verification_run_id = self.verification_run_id

        version = self.version

        assessment: dict[str, Any] | None | Unset
        if isinstance(self.assessment, Unset):
            assessment = UNSET
        elif isinstance(self.assessment, ApplicationPublicAssessmentType0):
            assessment = self.assessment.to_dict()
        else:
            assessment = self.assessment

        history: list[dict[str, Any]] | None | Unset
        if isinstance(self.history, Unset):
            history = UNSET
        elif isinstance(self.history, list):
            history = []
            for history_type_0_item_data in self.history:
                history_type_0_item = history_type_0_item_data.to_dict()
                history.append(history_type_0_item)

        else:
            history = self.history

        wholly_produced = self.wholly_produced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "company_name": company_name,
                "filed_at": filed_at,
                "goods": goods,
                "id": id,
                "reasons": reasons,
                "sites": sites,
                "status": status,
                "updated_at": updated_at,
                "verification_run_id": verification_run_id,
                "version": version,
            }
        )
        if assessment is not UNSET:
            field_dict["assessment"] = assessment
        if history is not UNSET:
            field_dict["history"] = history
        if wholly_produced is not UNSET:
            field_dict["wholly_produced"] = wholly_produced

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.application_public_assessment_type_0 import (
            ApplicationPublicAssessmentType0,
        )
        from ..models.good_on_record import GoodOnRecord
        from ..models.reason import Reason
        from ..models.site_on_record import SiteOnRecord
        from ..models.transition_public import TransitionPublic

        d = dict(src_dict)
        bin_ = d.pop("bin")

        def _parse_company_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_name = _parse_company_name(d.pop("company_name"))

        filed_at = datetime.datetime.fromisoformat(d.pop("filed_at"))

        goods = []
        _goods = d.pop("goods")
        for goods_item_data in _goods:
            goods_item = GoodOnRecord.from_dict(goods_item_data)

            goods.append(goods_item)

        id = UUID(d.pop("id"))

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = Reason.from_dict(reasons_item_data)

            reasons.append(reasons_item)

        sites = []
        _sites = d.pop("sites")
        for sites_item_data in _sites:
            sites_item = SiteOnRecord.from_dict(sites_item_data)

            sites.append(sites_item)

        status = check_application_status(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_verification_run_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verification_run_id_type_0 = UUID(data)

                return verification_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        verification_run_id = _parse_verification_run_id(d.pop("verification_run_id"))

        version = d.pop("version")

        def _parse_assessment(
            data: object,
        ) -> ApplicationPublicAssessmentType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assessment_type_0 = ApplicationPublicAssessmentType0.from_dict(data)

                return assessment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationPublicAssessmentType0 | None | Unset, data)

        assessment = _parse_assessment(d.pop("assessment", UNSET))

        def _parse_history(data: object) -> list[TransitionPublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                history_type_0 = []
                _history_type_0 = data
                for history_type_0_item_data in _history_type_0:
                    history_type_0_item = TransitionPublic.from_dict(
                        history_type_0_item_data
                    )

                    history_type_0.append(history_type_0_item)

                return history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TransitionPublic] | None | Unset, data)

        history = _parse_history(d.pop("history", UNSET))

        wholly_produced = d.pop("wholly_produced", UNSET)

        application_public = cls(
            bin_=bin_,
            company_name=company_name,
            filed_at=filed_at,
            goods=goods,
            id=id,
            reasons=reasons,
            sites=sites,
            status=status,
            updated_at=updated_at,
            verification_run_id=verification_run_id,
            version=version,
            assessment=assessment,
            history=history,
            wholly_produced=wholly_produced,
        )

        application_public.additional_properties = d
        return application_public

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
