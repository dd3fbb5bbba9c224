"""Query parameters: those every collection of the API takes the same way, and the refusal of any other."""
from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request

from ipp_common.http.problems import ProblemError

CursorQuery = Annotated[str | None, Query(max_length=500, pattern=r"^[A-Za-z0-9_-]+$",
                                          description="The `next_cursor` of the previous page (opaque)")]
"""The one cursor style of every collection: the position after the last item of the page before."""
LimitQuery = Annotated[int, Query(ge=1, le=200, description="Items per page")]
BinQuery = Annotated[str | None, Query(pattern=r"^[0-9]{12}$")]


async def refuse_unknown_query(request: Request) -> None:
    """Every route refuses a query parameter it does not declare (422 ``unknown_parameter``), as the bodies
    refuse unknown fields: a misspelt filter (``?stauts=``) would otherwise widen a list silently. What a
    route declares is read from the application's own OpenAPI document, once per operation."""
    if not request.query_params:
        return
    route = request.scope.get("route")
    key = (request.method, getattr(route, "path_format", ""))
    known: dict[tuple[str, str], frozenset[str] | None] = request.app.state.query_names
    if key not in known:
        op = request.app.openapi().get("paths", {}).get(key[1], {}).get(key[0].lower())
        known[key] = None if op is None else frozenset(
            p["name"] for p in op.get("parameters", []) if p.get("in") == "query")
    names = known[key]
    unknown = sorted(set(request.query_params) - names) if names is not None else []
    if unknown:
        raise ProblemError(422, "unknown_parameter", "Unknown query parameter",
                           f"This operation takes no query parameter {unknown[0]!r}"
                           + (f"; it takes: {', '.join(sorted(names))}." if names else "; it takes none."),
                           field=unknown[0])
