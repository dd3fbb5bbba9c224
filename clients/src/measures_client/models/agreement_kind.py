from typing import Literal

AgreementKind = Literal["assembly", "competitiveness", "grant"]

AGREEMENT_KIND_VALUES: set[AgreementKind] = {
    "assembly",
    "competitiveness",
    "grant",
}


def check_agreement_kind(value: str) -> AgreementKind:
    if value in AGREEMENT_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGREEMENT_KIND_VALUES!r}"
    )
