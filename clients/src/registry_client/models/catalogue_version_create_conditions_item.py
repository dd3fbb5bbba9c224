from typing import Literal

CatalogueVersionCreateConditionsItem = Literal[
    "product_testing", "raw_materials", "technical_documents"
]

CATALOGUE_VERSION_CREATE_CONDITIONS_ITEM_VALUES: set[
    CatalogueVersionCreateConditionsItem
] = {
    "product_testing",
    "raw_materials",
    "technical_documents",
}


def check_catalogue_version_create_conditions_item(
    value: str,
) -> CatalogueVersionCreateConditionsItem:
    if value in CATALOGUE_VERSION_CREATE_CONDITIONS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CATALOGUE_VERSION_CREATE_CONDITIONS_ITEM_VALUES!r}"
    )
