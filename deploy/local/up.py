"""Start the whole platform on one machine: the e-gov simulator and the five services (each running its
API, consumer and relay in one process, on SQLite under .data/), against the RabbitMQ at AMQP_URL.

    python deploy/local/up.py [--postgres URL_BASE] [--otel console] [--port-base N] [--data-dir DIR]

Logs (JSON) go to .run/<service>.log (or DIR/run/). Ctrl-C stops everything. --port-base and --data-dir run
a second platform beside the first (the demo's browser test does): the services on N+1 … N+5 and the
simulator on N+90, their SQLite files and logs under DIR; IPP_EXCHANGE and IPP_QUEUE_PREFIX keep its
events apart on the same broker.
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVICES = {"registry": 8001, "verification": 8002, "contracts": 8003, "measures": 8004, "notifications": 8005}


def wait_ready(url: str, timeout: float = 60) -> bool:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return True
        except Exception:  # noqa: BLE001
            time.sleep(0.3)
    return False


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--postgres", metavar="URL_BASE", help="use PostgreSQL, e.g. postgresql+asyncpg://postgres@"
                   "127.0.0.1:5432 (one database per service, created if missing)")
    p.add_argument("--otel", default=os.environ.get("OTEL_EXPORTER", "none"),
                   help="trace exporter: none | console | otlp | file:<path>")
    p.add_argument("--port-base", type=int, default=8000,
                   help="the services listen on N+1 … N+5 (registry … notifications), the simulator on N+90")
    p.add_argument("--data-dir", type=Path, default=None,
                   help="where the SQLite databases (and logs, in run/) go; default .data/ and .run/")
    a = p.parse_args()
    sim_port = a.port_base + 90
    for i, name in enumerate(SERVICES, start=1):
        SERVICES[name] = a.port_base + i
    data = a.data_dir.resolve() if a.data_dir else ROOT / ".data"
    run = data / "run" if a.data_dir else ROOT / ".run"
    run.mkdir(parents=True, exist_ok=True)
    data.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "OTEL_EXPORTER": a.otel, "PYTHONUNBUFFERED": "1"}
    env.setdefault("AMQP_URL", "amqp://guest:guest@localhost:5672/")
    busy = [str(port) for port in [sim_port, *SERVICES.values()] if _port_busy(port)]
    if busy:
        sys.exit(f"ports already in use: {', '.join(busy)} (is the platform already running?)")
    procs: list[tuple[str, subprocess.Popen]] = []

    def spawn(name: str, args: list[str], extra: dict[str, str]) -> None:
        log = open(run / f"{name}.log", "ab")
        procs.append((name, subprocess.Popen([sys.executable, *args], cwd=ROOT, env={**env, **extra},
                                             stdout=log, stderr=subprocess.STDOUT)))

    spawn("egov-sim", ["-m", "egov_sim", "--port", str(sim_port)], {})
    for name, port in SERVICES.items():
        extra = {f"{name.upper()}_PORT": str(port),
                 "VERIFICATION_EGOV_BASE_URL": f"http://127.0.0.1:{sim_port}"}
        if a.postgres:
            _ensure_pg_db(a.postgres, f"ipp_{name}")
            extra[f"{name.upper()}_DATABASE_URL"] = f"{a.postgres}/ipp_{name}"
        elif a.data_dir:
            extra[f"{name.upper()}_DATABASE_URL"] = f"sqlite+aiosqlite:///{data}/{name}.db"
        spawn(name, ["-m", name, "all"], extra)

    def stop(*_: object) -> None:
        for _, pr in procs:
            pr.terminate()
        for _, pr in procs:
            try:
                pr.wait(10)
            except subprocess.TimeoutExpired:
                pr.kill()
        sys.exit(0)
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)

    print(f"starting the platform (broker {env['AMQP_URL']}) ...", flush=True)
    ok = wait_ready(f"http://127.0.0.1:{sim_port}/health/live")
    print(f"  {'egov-sim':14} http://127.0.0.1:{sim_port}/docs  {'up' if ok else 'NOT UP'}", flush=True)
    for name, port in SERVICES.items():
        ok = wait_ready(f"http://127.0.0.1:{port}/health/ready")
        print(f"  {name:14} http://127.0.0.1:{port}/docs  {'ready' if ok else f'NOT READY (see {run}/{name}.log)'}",
              flush=True)
    print(f"\nlogs: {run}/<service>.log   run the demo in another shell: make demo   stop: Ctrl-C", flush=True)
    while True:
        for name, pr in procs:
            if pr.poll() is not None:
                print(f"{name} exited with {pr.returncode}; see {run}/{name}.log", flush=True)
                stop()
        time.sleep(1)


def _port_busy(port: int) -> bool:
    import socket

    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _ensure_pg_db(base: str, db: str) -> None:
    import asyncio

    import asyncpg

    async def go() -> None:
        dsn = base.replace("postgresql+asyncpg", "postgresql") + "/postgres"
        conn = await asyncpg.connect(dsn)
        try:
            if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname=$1", db):
                await conn.execute(f'CREATE DATABASE "{db}"')
        finally:
            await conn.close()
    asyncio.run(go())


if __name__ == "__main__":
    main()
