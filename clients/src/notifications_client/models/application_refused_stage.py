from typing import Literal

ApplicationRefusedStage = Literal["assessment", "verification"]

APPLICATION_REFUSED_STAGE_VALUES: set[ApplicationRefusedStage] = {
    "assessment",
    "verification",
}


def check_application_refused_stage(value: str) -> ApplicationRefusedStage:
    if value in APPLICATION_REFUSED_STAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLICATION_REFUSED_STAGE_VALUES!r}"
    )
