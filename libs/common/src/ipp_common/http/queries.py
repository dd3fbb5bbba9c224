"""Query parameters: those every collection of the API takes the same way, and the refusal of any other."""
from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import Query, Request, Response
from fastapi.routing import APIRoute

from ipp_common.http.problems import ProblemError

CursorQuery = Annotated[str | None, Query(max_length=500, pattern=r"^[A-Za-z0-9_-]+$",
                                          description="The `next_cursor` of the previous page (opaque)")]
"""The one cursor style of every collection: the position after the last item of the page before."""
LimitQuery = Annotated[int, Query(ge=1, le=200, description="Items per page")]
BinQuery = Annotated[str | None, Query(pattern=r"^[0-9]{12}$")]


class StrictQueryRoute(APIRoute):
    """The route class of every service route: refuses a query parameter the route does not declare before
    anything else runs — one test of the query string on each request, where a dependency would go through
    FastAPI's dependency resolution on every request of every route."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def strict(request: Request) -> Response:
            if request.scope.get("query_string"):
                await refuse_unknown_query(request)
            return await handler(request)
        return strict


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
