"""What an AMQP client writes, read on the wire: a TCP proxy in front of the broker that forwards both ways
and parses the client's frames with pamqp's public ``frame.unmarshal``. Tests observe the acks a consumer
sends (which delivery tags, ``multiple`` or not) without reaching into the client library."""
from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import urlsplit, urlunsplit

import pamqp.frame
from pamqp import commands
from tcp_service import pipe


class AmqpWire:
    def __init__(self, amqp_url: str):
        self._upstream = urlsplit(amqp_url)
        self.acks: list[tuple[int, bool]] = []  # (delivery tag, multiple), in the order the client wrote them
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> str:
        """Listen on a free loopback port; the URL to give the client (the broker's, with this host and port)."""
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        netloc = self._upstream.netloc.rsplit("@", 1)
        creds = netloc[0] + "@" if len(netloc) == 2 else ""
        return urlunsplit(self._upstream._replace(netloc=f"{creds}127.0.0.1:{port}"))

    async def _accept(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        server_r, server_w = await asyncio.open_connection(self._upstream.hostname, self._upstream.port or 5672)
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            left = [b""]  # the start of the client's next frame, kept until the rest arrives

            def observe(data: bytes) -> None:
                left[0] = self._frames(left[0] + data)
            await asyncio.gather(pipe(client_r, server_w, observe), pipe(server_r, client_w))
        finally:
            self._tasks.discard(task)

    def _frames(self, buf: bytes) -> bytes:
        """Record the complete frames in ``buf``; return what is left of the next one."""
        if buf.startswith(b"AMQP"):
            buf = buf[8:]  # the protocol header
        while len(buf) >= 7:
            end = 7 + int.from_bytes(buf[3:7], "big") + 1  # type, channel, size; payload; frame end
            if len(buf) < end:
                break
            _, _, frame = pamqp.frame.unmarshal(buf[:end])
            buf = buf[end:]
            if isinstance(frame, commands.Basic.Ack):
                self.acks.append((frame.delivery_tag, frame.multiple))
        return buf

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            for task in list(self._tasks):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
