"""A Kubernetes Service on this machine: accepts TCP connections at one address and forwards each to the next
backend that accepts it, round-robin, skipping backends that refuse (a stopped RabbitMQ node, as kube-proxy
stops routing to a pod that is not ready). A backend that goes away closes the connections it had; clients
reconnect through the Service and reach a live one.

    python tcp_service.py LISTEN_HOST[,LISTEN_HOST ...]:PORT BACKEND_HOST:PORT [BACKEND_HOST:PORT ...]
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
from collections.abc import Callable


async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
               observe: Callable[[bytes], None] | None = None) -> None:
    """Copy one direction of a connection until it ends; ``observe`` sees each chunk before it is passed on."""
    try:
        while data := await reader.read(65536):
            if observe is not None:
                observe(data)
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        writer.close()


async def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("listen")
    p.add_argument("backends", nargs="+")
    a = p.parse_args()
    backends = [(h, int(port)) for h, port in (b.rsplit(":", 1) for b in a.backends)]
    turn = itertools.cycle(range(len(backends)))

    async def accept(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        start = next(turn)
        for i in range(len(backends)):
            host, port = backends[(start + i) % len(backends)]
            try:
                server_r, server_w = await asyncio.wait_for(asyncio.open_connection(host, port), 2)
            except (TimeoutError, OSError):
                continue
            await asyncio.gather(pipe(client_r, server_w), pipe(server_r, client_w))
            return
        client_w.close()

    host, port = a.listen.rsplit(":", 1)
    server = await asyncio.start_server(accept, host.split(","), int(port), reuse_address=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
