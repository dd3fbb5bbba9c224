"""Column types and default factories the platform's table models share."""
from __future__ import annotations

import inspect
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

F = TypeVar("F", bound=Callable[..., Any])


JSONType = sa.JSON().with_variant(JSONB(), "postgresql")


def model_factory(fn: F) -> F:
    """A default factory for table models, with its signature worked out once: pydantic inspects a
    factory's signature on every instance it builds (``FieldInfo.get_default``), which for the builtin
    ``list`` costs ~180 µs per object — most of an ORM object's construction in the register's submit."""
    fn.__dict__["__signature__"] = inspect.signature(fn)
    return fn


@model_factory
def utcnow() -> datetime:
    return datetime.now(UTC)


@model_factory
def new_id() -> uuid.UUID:
    return uuid.uuid4()


@model_factory
def empty_list() -> list[Any]:
    return []


@model_factory
def empty_dict() -> dict[str, Any]:
    return {}


class UTCDateTime(sa.TypeDecorator[datetime]):
    """An instant, read back with its offset on every database. PostgreSQL keeps ``timestamptz``; SQLite has
    no time-zone type, so instants are stored there as UTC and given back their UTC offset when read (an
    API answer then says ``…+00:00`` on either database, never a bare local time)."""
    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None and dialect.name == "sqlite":
            return value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


def tz_column(nullable: bool = False, index: bool = False) -> Any:
    return sa.Column(UTCDateTime(), nullable=nullable, index=index)


def json_column(nullable: bool = False) -> Any:
    return sa.Column(JSONType, nullable=nullable)
