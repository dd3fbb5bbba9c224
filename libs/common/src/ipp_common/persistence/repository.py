"""Base of a service's repositories."""
from __future__ import annotations

from typing import Any

from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession


class Repository:
    """Base of a service's repositories: add and get by primary key on the unit of work's session."""

    def __init__(self, session: AsyncSession):
        self.session = session

    def add(self, obj: SQLModel) -> None:
        self.session.add(obj)

    async def get(self, model: type[Any], key: Any) -> Any:
        return await self.session.get(model, key)
