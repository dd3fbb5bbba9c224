"""The catalogue of every integration event type: its routing key, payload model and schema version.

Payload models live beside this module, one file per publishing service, so every service reads the
same definition. A type is registered with ``@event(...)`` (``declare``); ``ipp-asyncapi`` writes the catalogue as an
AsyncAPI 3 document into ``docs/``.
"""
from __future__ import annotations

from pydantic import BaseModel

from ipp_common.events.declare import CATALOGUE, EventSpec, event
from ipp_common.events.envelope import CloudEvent

__all__ = ["CATALOGUE", "EventSpec", "UnknownEventType", "addressed_types", "all_specs", "event", "parse_payload",
           "spec_for", "spec_of"]

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
