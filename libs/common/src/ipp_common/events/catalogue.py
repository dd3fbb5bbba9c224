"""The catalogue of every integration event type: its routing key, payload model and schema version.

Payload models live beside this module, one file per publishing service, so every service reads the
same definition. A type is registered with ``@event(...)``; ``ipp-asyncapi`` writes the catalogue as an
AsyncAPI 3 document into ``docs/``.
"""
from __future__ import annotations

import builtins
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel

from ipp_common.messaging.envelope import CloudEvent

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


class UnknownEventType(LookupError):
    pass


def spec_for(type_: str) -> EventSpec:
    _load_all()
    try:
        return CATALOGUE[type_]
    except KeyError as e:
        raise UnknownEventType(type_) from e


def spec_of(payload: BaseModel) -> EventSpec:
    return spec_for(type(payload).__event_type__)  # type: ignore[attr-defined]  # set on the payload class by the @event decorator


def parse_payload(ev: CloudEvent) -> BaseModel:
    return spec_for(ev.type).payload.model_validate(ev.data)


def addressed_types() -> list[str]:
    _load_all()
    return sorted(t for t, s in CATALOGUE.items() if s.addressed)


def all_specs() -> list[EventSpec]:
    _load_all()
    return [CATALOGUE[k] for k in sorted(CATALOGUE)]


def _load_all() -> None:
    # Importing the payload modules registers them.
    from ipp_common.events import contracts, measures, notifications, registry, verification  # noqa: F401
