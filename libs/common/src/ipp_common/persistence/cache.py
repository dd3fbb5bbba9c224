"""A read-through cache that PostgreSQL keeps true: a trigger NOTIFYs a channel when the cached rows
change (delivered at commit, in every process that listens), and the cache drops the key it names — or
everything when the payload is empty. See docs/adr/0008-caches-invalidated-by-notify.md.

The rule that makes it safe: the cache answers only while its LISTEN connection is up. Until it has
connected, after it is lost, and on SQLite, every look-up goes to the database. A load that overlaps an
invalidation is not stored (generation check), so a reader can never re-insert a value older than a
change it was told about.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Generic, TypeVar

from sqlalchemy.ext.asyncio import AsyncEngine

from ipp_common.persistence.listener import PgListener

V = TypeVar("V")
_MISSING = object()


class NotifiedCache(Generic[V]):
    def __init__(self, name: str, channel: str, engine: Callable[[], AsyncEngine], *, enabled: bool,
                 max_entries: int = 100_000, session_url: str | None = None):
        self.name = name
        self.enabled = enabled
        self.max_entries = max_entries
        self._data: OrderedDict[str, Any] = OrderedDict()
        self._generation = 0
        self._listener = PgListener(engine, channel, on_notify=self._on_notify, on_change=self._forget_all,
                                    url=session_url)

    def __contains__(self, key: str) -> bool:
        return key in self._data

    def __len__(self) -> int:
        return len(self._data)

    @property
    def generation(self) -> int:
        """Counts the notifications and losses of the listener: a load that saw it change is not kept."""
        return self._generation

    @property
    def listener(self) -> PgListener:
        return self._listener

    def _on_notify(self, payload: str) -> None:
        if payload:
            self.forget([payload])
        else:
            self._forget_all()

    def _forget_all(self) -> None:
        """Listening started or the connection was lost: any change may have gone unheard."""
        self._generation += 1
        self._data.clear()

    async def _listening(self) -> bool:
        if not self.enabled:
            return False
        if await self._listener.ensure():
            return True
        self._data.clear()
        return False

    async def trusted(self) -> bool:
        """Whether answers come from the cache now (the listener is up)."""
        return await self._listening()

    async def get(self, key: str, load: Callable[[], Awaitable[V]]) -> V:
        """The cached value of ``key``, or ``load()``'s (stored only if nothing changed meanwhile)."""
        if not await self._listening():
            return await load()
        value = self._data.get(key, _MISSING)
        if value is not _MISSING:
            self._data.move_to_end(key)
            return value
        generation = self._generation
        value = await load()
        if generation == self._generation:
            self._data[key] = value
            if len(self._data) > self.max_entries:
                self._data.popitem(last=False)
        return value

    def forget(self, keys: Iterable[str]) -> None:
        """This process has just committed changes to these keys: drop them now rather than when their
        notification arrives, so that the process that wrote reads its own write (ADR 8)."""
        self._generation += 1
        for key in keys:
            self._data.pop(key, None)

    async def close(self) -> None:
        await self._listener.close()
