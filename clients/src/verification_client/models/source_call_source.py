from typing import Literal

SourceCallSource = Literal["esf", "gbd-ul", "kgd", "sgd", "utilities", "video"]

SOURCE_CALL_SOURCE_VALUES: set[SourceCallSource] = {
    "esf",
    "gbd-ul",
    "kgd",
    "sgd",
    "utilities",
    "video",
}


def check_source_call_source(value: str) -> SourceCallSource:
    if value in SOURCE_CALL_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SOURCE_CALL_SOURCE_VALUES!r}"
    )
