from typing import Literal

AgreementCreateKind = Literal["assembly", "competitiveness", "grant"]

AGREEMENT_CREATE_KIND_VALUES: set[AgreementCreateKind] = {
    "assembly",
    "competitiveness",
    "grant",
}


def check_agreement_create_kind(value: str) -> AgreementCreateKind:
    if value in AGREEMENT_CREATE_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGREEMENT_CREATE_KIND_VALUES!r}"
    )
