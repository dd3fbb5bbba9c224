from typing import Literal

GoodFindingsInConditionsMetItem = Literal[
    "product_testing", "raw_materials", "technical_documents"
]

GOOD_FINDINGS_IN_CONDITIONS_MET_ITEM_VALUES: set[GoodFindingsInConditionsMetItem] = {
    "product_testing",
    "raw_materials",
    "technical_documents",
}


def check_good_findings_in_conditions_met_item(
    value: str,
) -> GoodFindingsInConditionsMetItem:
    if value in GOOD_FINDINGS_IN_CONDITIONS_MET_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOOD_FINDINGS_IN_CONDITIONS_MET_ITEM_VALUES!r}"
    )
