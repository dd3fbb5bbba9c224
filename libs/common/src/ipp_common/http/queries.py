"""Query parameters every collection of the API takes the same way."""
from __future__ import annotations

from typing import Annotated

from fastapi import Query

CursorQuery = Annotated[str | None, Query(max_length=500, pattern=r"^[A-Za-z0-9_-]+$",
                                          description="The `next_cursor` of the previous page (opaque)")]
"""The one cursor style of every collection: the position after the last item of the page before."""
LimitQuery = Annotated[int, Query(ge=1, le=200, description="Items per page")]
BinQuery = Annotated[str | None, Query(pattern=r"^[0-9]{12}$")]
