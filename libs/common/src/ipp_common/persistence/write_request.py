"""An HTTP write as its edge hands it to the units of work of its request (``UnitOfWork(write=…)``): what
the first of them to commit writes with the change — the request's audit row and its Idempotency-Key record —
and the precondition it checks before acting. Made by the middleware for every POST, PUT, PATCH and DELETE;
no context variable carries it: a unit of work made without it (a read, a scheduled duty) writes neither."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class IdempotencyClaim:
    """The request's Idempotency-Key (ADR 23): recorded in flight with the change, its answer filled in after."""
    principal: str
    key: str
    request_hash: str


@dataclass
class WriteRequest:
    audit_row: Callable[[int | None], dict[str, Any]]
    """The request's audit row for ``AUDIT_TABLE``, given the answer's status (None: not yet known)."""
    idempotency: IdempotencyClaim | None = None
    """Set by the edge once the caller is known and the key was not used before."""
    precondition: Callable[[], Awaitable[None]] | None = None
    """The request's If-Match check (``http.preconditions``), run by the first unit of work as it begins."""
    written: bool = False
    """A unit of work committed the audit row with the change (the edge writes it otherwise)."""
    idempotency_recorded: bool = False
    """A unit of work committed the key's record: the edge stores the answer on it before sending it."""

    def take_precondition(self) -> Callable[[], Awaitable[None]] | None:
        """The precondition, once: only the request's first unit of work checks it."""
        p, self.precondition = self.precondition, None
        return p
