"""Parameters: those every collection of the API takes the same way, the law's identifiers in a path or a query,
and the refusal of any query parameter an operation does not declare."""
from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import Path, Query, Request, Response
from fastapi.routing import APIRoute

from ipp_common.http.problems import ProblemError
from ipp_common.law.codes import BIN_PATTERN, TNVED_PATTERN

CURSOR_PATTERN = r"^[A-Za-z0-9_-]+$"
"""What a cursor this API issues looks like (URL-safe base64)."""
CursorQuery = Annotated[str | None, Query(max_length=500, pattern=CURSOR_PATTERN,
                                          description="The `next_cursor` of the previous page (opaque)")]
"""The one cursor style of every collection: the position after the last item of the page before."""
LimitQuery = Annotated[int, Query(ge=1, le=200, description="Items per page")]
BinQuery = Annotated[str | None, Query(pattern=BIN_PATTERN)]
BinPath = Annotated[str, Path(pattern=BIN_PATTERN)]
TnvedQuery = Annotated[str | None, Query(pattern=TNVED_PATTERN)]
TnvedPath = Annotated[str, Path(pattern=TNVED_PATTERN)]


class StrictQueryRoute(APIRoute):
    """The route class of every service route: refuses a query parameter the route does not declare (422
    ``unknown_parameter``), as the bodies refuse unknown fields — a misspelt filter (``?stauts=``) would
    otherwise widen a list silently. It tests the query string before anything else runs, where a dependency
    would go through FastAPI's dependency resolution on every request of every route. What the route declares
    is read once from the application's own OpenAPI document."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        declared: dict[str, frozenset[str] | None] = {}  # by method, read on the first query string

        async def strict(request: Request) -> Response:
            if request.scope.get("query_string"):
                if request.method not in declared:
                    declared[request.method] = declared_query(request.app.openapi(), self.path_format,
                                                              request.method)
                refuse_unknown_query(request, declared[request.method])
            return await handler(request)
        return strict


def declared_query(document: dict[str, Any], path: str, method: str) -> frozenset[str] | None:
    """The query parameters an operation of the document declares; None for a route the document leaves out
    (the documentation page), which is not checked."""
    op = document.get("paths", {}).get(path, {}).get(method.lower())
    return None if op is None else frozenset(p["name"] for p in op.get("parameters", []) if p.get("in") == "query")


def refuse_unknown_query(request: Request, declared: frozenset[str] | None) -> None:
    if declared is None:
        return
    unknown = sorted(set(request.query_params) - declared)
    if unknown:
        raise ProblemError(422, "unknown_parameter", "Unknown query parameter",
                           f"This operation takes no query parameter {unknown[0]!r}"
                           + (f"; it takes: {', '.join(sorted(declared))}." if declared else "; it takes none."),
                           field=unknown[0])
