"""The OpenTelemetry collector's place in this layout: accepts OTLP/HTTP exports and drops them, counting the
requests (the collector itself is not ours to test; the services' exporters should find it there).

    python otlp_sink.py HOST PORT
"""
from __future__ import annotations

import sys

import uvicorn

received = {"exports": 0}


async def app(scope: dict, receive, send) -> None:  # type: ignore[no-untyped-def]
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    received["exports"] += 1
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": b"{}"})


if __name__ == "__main__":
    uvicorn.run(app, host=sys.argv[1], port=int(sys.argv[2]), log_level="warning")
