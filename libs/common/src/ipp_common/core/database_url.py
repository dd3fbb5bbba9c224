"""A database URL as the drivers need it: one function, used by the settings (which normalise what the
operator gives once, when they are read) and by whatever is handed a URL directly (migrations, tests)."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit


def async_database_url(url: str) -> str:
    """The SQLAlchemy URL of the async driver for a database URL as operators provide it: ``postgresql://``
    and ``postgres://`` (CloudNativePG's ``uri`` secret key, Heroku-style) become ``postgresql+asyncpg://``
    (libpq's ``sslmode`` becomes asyncpg's ``ssl``), ``sqlite://`` becomes ``sqlite+aiosqlite://``; URLs that
    already name a driver are kept."""
    scheme, rest = url.split("://", 1) if "://" in url else (url, "")
    if scheme in ("postgresql", "postgres"):
        parts = urlsplit("postgresql+asyncpg://" + rest)
        query = [("ssl", v) if k == "sslmode" else (k, v) for k, v in parse_qsl(parts.query)]
        return urlunsplit(parts._replace(query=urlencode(query)))
    if scheme == "sqlite":
        return "sqlite+aiosqlite://" + rest
    return url
