from typing import Literal

ParticipantKind = Literal["industry_association", "sectoral_agency"]

PARTICIPANT_KIND_VALUES: set[ParticipantKind] = {
    "industry_association",
    "sectoral_agency",
}


def check_participant_kind(value: str) -> ParticipantKind:
    if value in PARTICIPANT_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PARTICIPANT_KIND_VALUES!r}"
    )
