"""A webhook receiver on loopback for the tests: behaviours per path, every request recorded."""
from __future__ import annotations

import asyncio
import json
from collections import defaultdict
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse


class Receiver:
    def __init__(self, port: int):
        self.port = port
        self.requests: list[dict[str, Any]] = []
        self.failures_left: dict[str, int] = defaultdict(lambda: 2)
        app = FastAPI()

        @app.post("/hook/{mode}")
        async def hook(mode: str, request: Request) -> JSONResponse:
            body = (await request.body()).decode()
            headers = {k.lower(): v for k, v in request.headers.items()}
            msg = json.loads(body)
            self.requests.append({"mode": mode, "headers": headers, "body": body, "msg": msg})
            if msg.get("type") == "webhook.verification":
                return JSONResponse({} if mode == "noecho" else {"challenge": msg["challenge"]})
            if mode == "reject":
                return JSONResponse({"error": "not for us"}, status_code=400)
            if mode == "fail2":
                key = headers["webhook-id"]
                if self.failures_left[key] > 0:
                    self.failures_left[key] -= 1
                    return JSONResponse({"error": "busy"}, status_code=503)
            return JSONResponse({"ok": True})

        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        self.task: asyncio.Task | None = None

    def url(self, mode: str) -> str:
        return f"http://127.0.0.1:{self.port}/hook/{mode}"

    async def start(self) -> None:
        self.task = asyncio.create_task(self.server.serve())
        while not self.server.started:
            await asyncio.sleep(0.05)

    async def stop(self) -> None:
        self.server.should_exit = True
        if self.task:
            await self.task

    def for_event(self, event_id: str, mode: str | None = None) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["headers"].get("webhook-id") == event_id
                and (mode is None or r["mode"] == mode)]
