"""Which failures mean that a system the service depends on is down (its database, the broker, the
network), as opposed to something wrong with the request or the message. A consumer waits out such a
failure without using up the message's retries; the HTTP edge answers it 503 with Retry-After."""
from __future__ import annotations

import socket

import aiormq
import asyncpg
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

OUTAGE_TYPES: tuple[type[Exception], ...] = (
    OperationalError, InterfaceError, PoolTimeout, ConnectionError, TimeoutError, socket.gaierror,
    asyncpg.exceptions.CannotConnectNowError, asyncpg.exceptions.PostgresConnectionError,
    asyncpg.exceptions.TooManyConnectionsError, aiormq.exceptions.AMQPConnectionError)
"""``PostgresConnectionError`` covers SQLSTATE class 08, among them ``ConnectionDoesNotExistError`` (a
connection closed mid-operation — a pooler or server restarting, even during the handshake, when SQLAlchemy
does not mark the connection invalidated)."""


def is_transient(e: BaseException) -> bool:
    """True when ``e``, or an exception it was raised from, is an outage of a dependency."""
    if isinstance(e, OUTAGE_TYPES):
        return True
    if isinstance(e, DBAPIError) and e.connection_invalidated:
        return True
    return e.__cause__ is not None and e.__cause__ is not e and is_transient(e.__cause__)
