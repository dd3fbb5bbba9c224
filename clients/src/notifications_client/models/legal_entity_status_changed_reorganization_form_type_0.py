from typing import Literal

LegalEntityStatusChangedReorganizationFormType0 = Literal[
    "acquisition", "division", "merger", "separation", "transformation"
]

LEGAL_ENTITY_STATUS_CHANGED_REORGANIZATION_FORM_TYPE_0_VALUES: set[
    LegalEntityStatusChangedReorganizationFormType0
] = {
    "acquisition",
    "division",
    "merger",
    "separation",
    "transformation",
}


def check_legal_entity_status_changed_reorganization_form_type_0(
    value: str,
) -> LegalEntityStatusChangedReorganizationFormType0:
    if value in LEGAL_ENTITY_STATUS_CHANGED_REORGANIZATION_FORM_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEGAL_ENTITY_STATUS_CHANGED_REORGANIZATION_FORM_TYPE_0_VALUES!r}"
    )
