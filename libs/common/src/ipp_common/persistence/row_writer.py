"""Writing a unit of work's appended rows and compare-and-set updates at commit: the plain path (one
statement per table or updated row), or the ``one_statement`` strategy on PostgreSQL."""
from __future__ import annotations

from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from ipp_common.persistence.one_statement import one_statement

WriteStrategy = Literal["plain", "one_statement"]
"""``plain``: one INSERT per table and one UPDATE per compare-and-set row, on the session's transaction — the
reference path. ``one_statement``: on PostgreSQL all of a commit's writes in one statement (``one_statement``)."""


class StaleVersion(Exception):
    """A compare-and-set update found its row changed (or gone) since it was read: another writer won.
    Raised by the commit; nothing of the transaction stays."""


def _insert(table: sa.Table, dialect: str) -> sa.Insert:
    """A Core INSERT of appended rows, merging where the table says so (``merge_on``)."""
    if "merge_on" not in table.info:
        return sa.insert(table)
    from sqlalchemy.dialects import postgresql, sqlite

    key, newer = table.info["merge_on"]
    ins = (postgresql if dialect == "postgresql" else sqlite).insert(table)
    return ins.on_conflict_do_update(index_elements=list(key),
                                     set_={c.name: ins.excluded[c.name] for c in table.c if c.name not in key},
                                     where=table.c[newer] <= ins.excluded[newer])


async def write_appended_rows(conn: AsyncConnection, rows: dict[sa.Table, list[dict[str, Any]]],
                              updates: dict[sa.Table, list[dict[str, Any]]] | None = None, *,
                              strategy: WriteStrategy = "one_statement") -> None:
    """Write a transaction's compare-and-set ``updates`` (``set_at_commit``) and INSERT its append-only
    rows (tables in the order given: a parent before the rows that refer to it), merging them into existing
    rows where their table says so (``merge_on``): one executemany per table and one UPDATE per updated
    row, or with the ``one_statement`` strategy on PostgreSQL all of it in one statement. Raises
    StaleVersion when an update found its row changed: the
    caller's transaction must then be rolled back."""
    updates = updates or {}
    if strategy == "one_statement" and conn.dialect.name == "postgresql" and (len(rows) > 1 or updates):
        one = one_statement(rows, updates=updates)
        if one is not None:
            result = await conn.exec_driver_sql(*one)
            expected = sum(len(u) for u in updates.values())
            if updates and (updated := result.scalar()) != expected:
                raise StaleVersion(f"{expected - (updated or 0)} of {expected} row(s) changed meanwhile")
            return
    for table, table_rows in updates.items():
        key, version = table.info["versioned"]
        for r in table_rows:
            res = await conn.execute(sa.update(table).where(table.c[key] == r[key], table.c[version] == r[version])
                                     .values({**{c: v for c, v in r.items() if c not in (key, version)},
                                              version: r[version] + 1}))
            if res.rowcount != 1:
                raise StaleVersion(f"{table.name} {r[key]} changed meanwhile")
    for table, table_rows in rows.items():
        await conn.execute(_insert(table, conn.dialect.name), table_rows)
