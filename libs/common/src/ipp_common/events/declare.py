"""How a payload model declares the event type it is (``@event``), and the table of declared types that the
catalogue reads. The payload modules import only this, so the catalogue can import them all."""
from __future__ import annotations

import builtins
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel

P = TypeVar("P", bound=type[BaseModel])


@dataclass(frozen=True)
class EventSpec:
    type: str
    version: int
    payload: builtins.type[BaseModel]
    summary: str
    addressed: bool
    """Addressed events carry a ``recipient`` BIN and become a notice in that recipient's cabinet."""
    article: str | None = None

    @property
    def dataschema(self) -> str:
        return f"urn:ipp:events:{self.type}:v{self.version}"

    @property
    def publisher(self) -> str:
        return self.type.split(".", 1)[0]


CATALOGUE: dict[str, EventSpec] = {}


def event(type_: str, *, version: int = 1, summary: str, addressed: bool = False,
          article: str | None = None) -> Callable[[P], P]:
    def register(cls: P) -> P:
        if type_ in CATALOGUE:
            raise RuntimeError(f"event type {type_} registered twice")
        CATALOGUE[type_] = EventSpec(type_, version, cls, summary, addressed, article)
        cls.__event_type__ = type_  # type: ignore[attr-defined]  # set on the payload class by the @event decorator
        return cls
    return register
