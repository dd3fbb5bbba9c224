"""The ``one_statement`` write strategy (PostgreSQL): a transaction's appended rows, compare-and-set
updates and inbox claim as one statement of data-modifying CTEs over ``unnest`` arrays — one round trip,
one fixed text per shape, prepared once per connection."""
from __future__ import annotations

import functools
import json
from typing import Any

import sqlalchemy as sa

from ipp_common.persistence.columns import utcnow

_ARRAY_TYPES = {"VARCHAR": "varchar[]", "TEXT": "text[]", "TIMESTAMP WITH TIME ZONE": "timestamptz[]",
                "INTEGER": "int8[]", "BIGINT": "int8[]", "BOOLEAN": "bool[]", "UUID": "uuid[]"}


def one_statement(rows: dict[sa.Table, list[dict[str, Any]]], claim: tuple[str, str, str] | None = None,
                   updates: dict[sa.Table, list[dict[str, Any]]] | None = None) -> tuple[str, tuple[Any, ...]] | None:
    """The rows' INSERTs as one PostgreSQL statement, or None when a column's type has no array form here.
    With ``claim`` (consumer, event id, event type) the statement first claims the event in the inbox and
    writes the rows only if that claim took; it then returns one row: 1 if claimed, 0 if applied before.
    With ``updates`` (compare-and-set rows by table, see ``set_at_commit``) the statement updates them first
    and returns how many it updated. A table's rows travel as one array per column (``unnest``), or, when it
    has a single row, as plain values: one-element arrays cost the driver and the server about twice as much
    to encode and take apart. The text depends only on the tables, their columns and which of them have a
    single row, so it is built once per shape (and prepared once per connection); only the parameters are
    built per call."""
    shape = []
    parts = [*((t, r, True) for t, r in (updates or {}).items()), *((t, r, False) for t, r in rows.items())]
    for table, table_rows, is_update in parts:
        keys = table_rows[0].keys()
        if any(r.keys() != keys for r in table_rows):
            return None  # rows of one table must name the same columns
        shape.append((table, tuple(keys), is_update, len(table_rows) == 1))
    sql = _statement_text(tuple(shape), claim is not None)
    if sql is None:
        return None
    params: list[Any] = [*claim, utcnow()] if claim is not None else []
    for (table, cols, _, single), (_, table_rows, _) in zip(shape, parts, strict=True):
        for c, (_, cast) in zip(cols, _column_arrays(table, cols) or (), strict=True):
            # JSON (the only columns with a cast) serialised as SQLAlchemy's JSON type would (None → JSON null)
            if single:
                params.append(json.dumps(table_rows[0][c]) if cast else table_rows[0][c])
            else:
                params.append([json.dumps(r[c]) for r in table_rows] if cast else [r[c] for r in table_rows])
    return sql, tuple(params)


@functools.lru_cache(maxsize=512)
def _column_arrays(table: sa.Table, cols: tuple[str, ...]) -> tuple[tuple[str, str], ...] | None:
    """Per column: the array type its values travel in (a single value: its element type), and the cast
    that turns what arrives into the column's type — only JSON has one (it arrives as text)."""
    from sqlalchemy.dialects import postgresql

    dialect = postgresql.dialect()
    out = []
    for c in cols:
        pg = table.c[c].type.compile(dialect=dialect).split("(")[0]
        if pg in ("JSON", "JSONB"):
            out.append(("text[]", f"::{pg.lower()}"))
        elif pg in _ARRAY_TYPES:
            out.append((_ARRAY_TYPES[pg], ""))
        else:
            return None
    return tuple(out)


@functools.lru_cache(maxsize=512)
def _statement_text(shape: tuple[tuple[sa.Table, tuple[str, ...], bool, bool], ...], claim: bool) -> str | None:
    n = 4 if claim else 0  # the claim's parameters come first
    guard = " WHERE EXISTS (SELECT 1 FROM claimed)" if claim else ""
    inserts: list[str] = []
    updates: list[str] = []
    for table, cols, is_update, single in shape:
        plan = _column_arrays(table, cols)
        if plan is None:
            return None
        values: dict[str, str] = {}  # column → the expression of its (new) value
        arrays = []
        for c, (array, cast) in zip(cols, plan, strict=True):
            n += 1
            if single:
                values[c] = f"${n}::{array.removesuffix('[]')}{cast}"
            else:
                arrays.append(f"${n}::{array}")
                values[c] = f'u."{c}"{cast}'
        names = ", ".join(f'"{c}"' for c in cols)
        source = "" if single else f' FROM unnest({", ".join(arrays)}) AS u({names})'
        if is_update:
            key, version = table.info["versioned"]
            t = f'"{table.name}"'
            sets = [f'"{c}" = {v}' for c, v in values.items() if c not in (key, version)]
            match = f'{t}."{key}" = {values[key]} AND {t}."{version}" = {values[version]}'
            updates.append(f'UPDATE {t} SET {", ".join(sets)}, "{version}" = {values[version]} + 1{source} '
                           f'WHERE {match} RETURNING 1')
        else:
            inserts.append(f'INSERT INTO "{table.name}" ({names}) SELECT {", ".join(values.values())}'
                           f'{source}{guard}{_merge_clause(table, cols)}')
    if claim or updates:
        ctes = ([_CLAIM_CTE] if claim else []) + [f"v{i} AS ({u})" for i, u in enumerate(updates)] + \
            [f"w{i} AS ({ins})" for i, ins in enumerate(inserts)]
        result = "(SELECT count(*) FROM claimed)" if claim else \
            " + ".join(f"(SELECT count(*) FROM v{i})" for i in range(len(updates)))
        return "WITH " + ", ".join(ctes) + " SELECT " + result
    *first, last = inserts
    return ("WITH " + ", ".join(f"w{i} AS ({ins})" for i, ins in enumerate(first)) + " " if first else "") + last


_CLAIM_CTE = ("claimed AS (INSERT INTO inbox (consumer, event_id, event_type, processed_at) "
              "VALUES ($1::varchar, $2::varchar, $3::varchar, $4::timestamptz) ON CONFLICT DO NOTHING RETURNING 1)")


def _merge_clause(table: sa.Table, cols: tuple[str, ...]) -> str:
    if "merge_on" not in table.info:
        return ""
    key, newer = table.info["merge_on"]
    names = ", ".join(f'"{k}"' for k in key)
    sets = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in cols if c not in key)
    return f' ON CONFLICT ({names}) DO UPDATE SET {sets} WHERE "{table.name}"."{newer}" <= EXCLUDED."{newer}"'
