"""The platform under test: the e-gov simulator and the five services as real processes (``python -m
<service> <role>``) on PostgreSQL databases of their own and an isolated exchange/queue prefix on the real
RabbitMQ. Tests talk to them over HTTP like the cabinet backend does, and read the services' databases
only to assert what happened."""
from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

import aio_pika
import asyncpg
import contracts_client
import httpx
import measures_client
import notifications_client
import registry_client
import verification_client
from infra import Infra
from ipp_common.cli.token import mint
from ipp_common.law.bin import make_bin
from ipp_common.persistence.migrations import upgrade
from notifications_client.api.cabinet import notifications_list_notices as list_notices
from registry_client.api.applications import registry_file_application as file_application
from registry_client.api.applications import registry_read_application as read_application
from registry_client.models import ApplicationCreate

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("registry", "verification", "contracts", "measures", "notifications")

# Roles each service runs as. The registry's relay and scheduler are processes of their own so that tests can
# kill them alone.
DEFAULT_LAYOUT = {"registry": ["api", "consumer", "relay", "scheduler"], "verification": ["all"], "contracts": ["all"],
                  "measures": ["all"], "notifications": ["all"]}
# On SQLite every service runs as one process, as `make up` runs them (the embedded default).
EMBEDDED_LAYOUT = {s: ["all"] for s in SERVICES}
DATABASES = ("postgresql", "sqlite")


def test_database() -> str:
    """Which database the platform under test runs on: ``IPP_TEST_DB`` (postgresql by default; sqlite is
    the embedded default of `make up`, on which the flow tests run too)."""
    db = os.environ.get("IPP_TEST_DB", "postgresql")
    if db not in DATABASES:
        raise ValueError(f"IPP_TEST_DB={db!r}: one of {DATABASES}")
    return db

PASSING = "190540001012"
TAX_ARREARS = "190540001042"
LIQUIDATED = "190540001022"
NO_EMPLOYEES = "190540001032"

_serials = itertools.count(int(time.time()) % 50000 + 20000)


def fresh_bin() -> str:
    """A valid BIN no fixture uses: a healthy manufacturer in the simulator."""
    while True:
        try:
            return make_bin("2103", 4, 0, next(_serials) % 100000)
        except ValueError:
            continue


_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_OFFSET = re.compile(r"(Z|[+-]\d{2}:\d{2})$")


def assert_instants_have_offsets(doc: Any, where: str = "$") -> int:
    """Every date-time in an API answer is RFC 3339 in UTC with ``Z`` (one form in every service), on either
    database; returns how many were seen (a test asserts it saw some)."""
    seen = 0
    if isinstance(doc, dict):
        for k, v in doc.items():
            seen += assert_instants_have_offsets(v, f"{where}.{k}")
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            seen += assert_instants_have_offsets(v, f"{where}[{i}]")
    elif isinstance(doc, str) and _INSTANT.match(doc):
        assert "T" in doc and _OFFSET.search(doc), f"{where} = {doc!r} is not RFC 3339 with an offset"
        assert doc.endswith("Z"), f"{where} = {doc!r}: every instant is written in one form, UTC with Z"
        seen += 1
    return seen


_given: set[int] = set()


def free_port() -> int:
    """A port no one listens on, below the kernel's ephemeral range (32768-60999 here): a port the kernel
    picks from that range can be taken by an outgoing connection (to PostgreSQL, RabbitMQ) before the
    service binds it, which once failed a suite's set-up with "address already in use"."""
    while True:
        port = random.randint(20000, 32000)
        if port in _given:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        _given.add(port)
        return port


def application_body(bin_: str, **overrides: Any) -> dict[str, Any]:
    body = {"bin": bin_, "company_name": f"Test {bin_}",
            "consents": {"personal_data": True, "site_access": True, "video_surveillance": True},
            "evidence": {"video_uri": f"https://cdn.example.kz/process/{bin_}.mp4",
                         "video_sha256": hashlib.sha256(bin_.encode()).hexdigest()},
            "goods": [{"tnved": "7308909809", "name": "Металлоконструкции", "declared_icv_pct": "62.5",
                       "declared_operations": ["резка", "сварка"]}],
            "sites": [{"site_id": f"SITE-{bin_}-1", "address": "Алматы", "region": "Алматы"}]}
    body.update(overrides)
    return body


REFERENCE_PATH = {"IPP_WRITE_STRATEGY": "plain", "{U}_CONSUMER_BATCH_MAX": "1", "IPP_ACK_STRATEGY": "each",
                  "VERIFICATION_HTTP_TRANSPORT": "httpcore"}
"""The settings that turn every optimisation off: commits through the session, one statement per table
(``write_strategy``); one event per transaction (``consumer_batch_max``); one ack per event
(``ack_strategy``); httpx's own transport to the e-gov systems (``http_transport``)."""


GENERATED = {"registry": registry_client, "verification": verification_client, "contracts": contracts_client,
             "measures": measures_client, "notifications": notifications_client}


class Answer:
    """A generated client's answer, read as the tests read one: status, headers, the JSON as sent (``json()``)
    and the typed model it was parsed into (``parsed``)."""

    def __init__(self, r: Any):
        self.status_code, self.headers, self.content, self.parsed = int(r.status_code), r.headers, r.content, r.parsed

    def json(self) -> Any:
        return json.loads(self.content)

    @property
    def text(self) -> str:
        return self.content.decode()

    def ok(self) -> Any:
        """The JSON of a success answer, which the client has parsed into the operation's model."""
        assert self.status_code < 300 and hasattr(self.parsed, "to_dict"), (self.status_code, self.text)
        return self.json()


class Proc:
    def __init__(self, service: str, role: str, popen: subprocess.Popen, log: Path):
        self.service, self.role, self.popen, self.log = service, role, popen, log

    @property
    def alive(self) -> bool:
        return self.popen.poll() is None


class Platform:
    running: set[Platform] = set()
    """Platforms started and not yet stopped (a suite that stops PostgreSQL waits for all of them)."""

    def __init__(self, infra: Infra, workdir: Path, layout: dict[str, list[str]] | None = None,
                 database: str | None = None, path: str = "optimised", db_pool_size: int | None = 6,
                 env: dict[str, str] | None = None):
        """``path``: ``optimised`` runs every service on its default settings; ``reference`` on the plain
        path each optimisation can be switched off to (REFERENCE_PATH). ``db_pool_size``: each process's
        connection pool — small, so that a suite's platforms stay under PostgreSQL's default 100
        connections: up to 10 processes (8, and two a test adds), each with this pool and up to 2 more
        connections (LISTEN, the scheduler's lock), 10 × (6 + 2) = 80; with the default pool (20) a busy
        run reached "too many clients". None: the services' default (the benchmarks). ``env``: settings
        every process of this platform gets, over the suite's."""
        self.db_pool_size = db_pool_size
        self.overrides = env or {}
        self.infra = infra
        self.path = path
        self.workdir = workdir
        self.database = database or test_database()
        self.layout = layout or (EMBEDDED_LAYOUT if self.database == "sqlite" else DEFAULT_LAYOUT)
        self.tag = "t" + uuid.uuid4().hex[:8]
        self.exchange = f"ipp-test-{self.tag}.events"
        self.queue_prefix = f"ipp-test-{self.tag}"
        self.ports = {s: free_port() for s in SERVICES}
        self.sim_port = free_port()
        self.procs: list[Proc] = []
        self.spans_dir = workdir / "spans"
        self.spans_dir.mkdir(parents=True, exist_ok=True)
        self.http = httpx.AsyncClient(timeout=30)
        self._pg: dict[str, asyncpg.Pool] = {}
        self._sqlite: dict[str, sqlite3.Connection] = {}
        self.expected_dead_letters: set[str] = set()
        """Ids of events a test dead-letters on purpose (a poison message)."""
        self.tapped: list[tuple[str, bytes]] = []
        """Every message published on the platform's exchange, as it travelled (routing key, body): a queue
        of the suite's own, bound to every routing key, so that tests check the messages against AsyncAPI."""
        self._tap: Any = None

    # ------------------------------------------------------------ lifecycle

    def db_name(self, service: str) -> str:
        return f"ipp_{self.tag}_{service}"

    def database_url(self, service: str) -> str:
        if self.database == "sqlite":
            return f"sqlite+aiosqlite:///{self.workdir / (service + '.db')}"
        return self.infra.sqlalchemy_url(self.db_name(service))

    def url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.ports[service]}"

    @property
    def sim_url(self) -> str:
        return f"http://127.0.0.1:{self.sim_port}"

    def env(self, service: str, extra: dict[str, str] | None = None) -> dict[str, str]:
        u = service.upper()
        e = {**os.environ, "IPP_ENV": "test", "AMQP_URL": self.infra.amqp_url, "IPP_EXCHANGE": self.exchange,
             "IPP_QUEUE_PREFIX": self.queue_prefix, "PYTHONUNBUFFERED": "1", "LOG_LEVEL": "INFO",
             "OTEL_EXPORTER": f"file:{self.spans_dir}/{service}.jsonl",
             f"{u}_DATABASE_URL": self.database_url(service),
             f"{u}_GAUGE_INTERVAL_S": "0.5", f"{u}_SCHEDULER_POLL_S": "0.5",
             f"{u}_PORT": str(self.ports[service]), f"{u}_RETRY_DELAYS_MS": "[200, 400, 800]",
             f"{u}_RELAY_POLL_INTERVAL_S": "0.1", f"{u}_RATE_LIMIT_PER_S": "200", f"{u}_RATE_LIMIT_BURST": "400",
             "VERIFICATION_EGOV_BASE_URL": self.sim_url, "VERIFICATION_SOURCE_BACKOFF_S": "0.05",
             "VERIFICATION_SOURCE_TIMEOUT_S": "2", "VERIFICATION_PENDING_POLL_S": "0.5",
             "VERIFICATION_PENDING_BACKOFF_S": "0.5", "VERIFICATION_PENDING_BACKOFF_MAX_S": "2",
             "VERIFICATION_STATUS_FEED_POLL_S": "0.3", "REGISTRY_MONITORING_TICK_S": "3600",
             # the test receivers listen on loopback over http: allowed here only (refused in prod)
             "NOTIFICATIONS_WEBHOOK_ALLOWED_PRIVATE_CIDRS": '["127.0.0.0/8"]',
             "NOTIFICATIONS_WEBHOOK_REQUIRE_HTTPS": "false", "NOTIFICATIONS_WEBHOOK_BACKOFF_S": "0.2",
             "NOTIFICATIONS_WEBHOOK_POLL_S": "0.2", "NOTIFICATIONS_WEBHOOK_MAX_ATTEMPTS": "4",
             "NOTIFICATIONS_RETENTION_DAYS": '{"registry.application.inspection_scheduled": 0}'}
        if service == "measures":  # a low limit here lets the security suite see 429 regardless of machine speed
            e.update({"MEASURES_RATE_LIMIT_PER_S": "20", "MEASURES_RATE_LIMIT_BURST": "40"})
        if self.db_pool_size is not None:
            e[f"{u}_DB_POOL_SIZE"] = str(self.db_pool_size)
        if self.path == "reference":
            e.update({k.replace("{U}", u): v for k, v in REFERENCE_PATH.items()})
        e.update(self.overrides)
        e.update(extra or {})
        return e

    async def start(self, *, existing_databases: bool = False) -> None:
        """``existing_databases``: the databases are there already (a restored cluster): migrate, do not create."""
        Platform.running.add(self)
        if self.database == "postgresql" and not existing_databases:
            await self._create_databases()
        for s in SERVICES:  # migrations in a prestart step, like a deployment's init job
            await asyncio.to_thread(upgrade, self.database_url(s), s)
        self._spawn_raw("egov-sim", "sim", [sys.executable, "-m", "egov_sim", "--port", str(self.sim_port)],
                        os.environ.copy())
        for s, roles in self.layout.items():
            for r in roles:
                self.spawn(s, r)
        await self.wait_http(f"{self.sim_url}/health/ready")  # the same health endpoints as the services
        for s in SERVICES:
            if any(r in ("api", "all") for r in self.layout[s]):
                await self.wait_http(f"{self.url(s)}/health/ready")
        for s in SERVICES:
            if any(r in ("consumer", "all") for r in self.layout[s]):
                await self.wait_consumers(f"{self.queue_prefix}.{s}", 1)
        await self._start_tap()

    async def _start_tap(self) -> None:
        self._tap = await aio_pika.connect_robust(self.infra.amqp_url)
        ch = await self._tap.channel()
        exchange = await ch.declare_exchange(self.exchange, aio_pika.ExchangeType.TOPIC, passive=True)
        queue = await ch.declare_queue(exclusive=True, auto_delete=True)
        await queue.bind(exchange, routing_key="#")

        async def keep(message: aio_pika.abc.AbstractIncomingMessage) -> None:
            self.tapped.append((message.routing_key or "", message.body))
            await message.ack()
        await queue.consume(keep)

    def spawn(self, service: str, role: str, extra_env: dict[str, str] | None = None, *,
              fault: str | None = None) -> Proc:
        """Start a role of a service; with ``fault`` (see ``faults.py``) it runs with that fault injected."""
        launcher = [str(Path(__file__).with_name("faults.py")), fault] if fault else ["-m"]
        return self._spawn_raw(service, role, [sys.executable, *launcher, service, role, "--no-migrate"],
                               self.env(service, extra_env))

    def _spawn_raw(self, service: str, role: str, cmd: list[str], env: dict[str, str]) -> Proc:
        log = self.workdir / f"{service}-{role}-{len(self.procs)}.log"
        p = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=open(log, "wb"), stderr=subprocess.STDOUT)
        proc = Proc(service, role, p, log)
        self.procs.append(proc)
        return proc

    def find(self, service: str, role: str) -> Proc:
        return next(p for p in reversed(self.procs) if p.service == service and p.role == role and p.alive)

    def current(self) -> dict[tuple[str, str], Proc]:
        """The newest process of each (service, role): what should be running now."""
        out: dict[tuple[str, str], Proc] = {}
        for p in self.procs:
            out[(p.service, p.role)] = p
        return out

    def forget(self, proc: Proc) -> None:
        """A process that was meant to die (fault injection) is no longer expected to run."""
        self.procs.remove(proc)

    def all_current_alive(self) -> list[str]:
        return [f"{s} {r}" for (s, r), p in self.current().items() if not p.alive]

    def kill(self, proc: Proc, sig: int = signal.SIGKILL) -> int:
        proc.popen.send_signal(sig)
        return proc.popen.wait(30)

    async def stop(self) -> None:
        Platform.running.discard(self)
        for p in self.procs:
            if p.alive:
                p.popen.terminate()
        for p in self.procs:
            try:
                p.popen.wait(15)
            except subprocess.TimeoutExpired:
                p.popen.kill()
        await self.http.aclose()
        if self._tap is not None:
            await self._tap.close()
        for pool in self._pg.values():
            await pool.close()
        for conn in self._sqlite.values():
            conn.close()
        await self.drop_broker_objects()
        if self.database == "postgresql":
            await self._drop_databases()

    async def unexpected_dead_letters(self) -> list[dict[str, Any]]:
        from ipp_common.messaging.dlq import list_dead_letters
        out = []
        for s in SERVICES:
            for d in await list_dead_letters(self.infra.amqp_url, f"{self.queue_prefix}.{s}"):
                if d["event_id"] not in self.expected_dead_letters:
                    out.append({"queue": s, **d})
        return out

    async def _admin(self) -> asyncpg.Connection:
        return await asyncpg.connect(self.infra.pg_base + "/postgres")

    async def _create_databases(self) -> None:
        conn = await self._admin()
        try:
            for s in SERVICES:
                await conn.execute(f'CREATE DATABASE "{self.db_name(s)}"')
        finally:
            await conn.close()

    async def _drop_databases(self) -> None:
        conn = await self._admin()
        try:
            for s in SERVICES:
                await conn.execute(f'DROP DATABASE IF EXISTS "{self.db_name(s)}" WITH (FORCE)')
        finally:
            await conn.close()

    async def drop_broker_objects(self) -> None:
        await drop_broker_objects(self.infra.amqp_url, self.queue_prefix, self.exchange)

    # ------------------------------------------------------------ waiting

    async def wait_http(self, url: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        last = ""
        while time.monotonic() < deadline:
            try:
                r = await self.http.get(url)
                if r.status_code == 200:
                    return
                last = f"{r.status_code} {r.text[:200]}"
            except httpx.HTTPError as e:
                last = str(e)
            await asyncio.sleep(0.2)
        raise TimeoutError(f"{url} not ready: {last}; logs in {self.workdir}")

    async def wait_consumers(self, queue: str, n: int, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        conn = await aio_pika.connect(self.infra.amqp_url)
        try:
            while time.monotonic() < deadline:
                ch = await conn.channel()
                try:
                    q = await ch.declare_queue(queue, passive=True)
                    if (q.declaration_result.consumer_count or 0) >= n:
                        return
                except aio_pika.exceptions.ChannelClosed:
                    pass
                finally:
                    if not ch.is_closed:
                        await ch.close()
                await asyncio.sleep(0.2)
        finally:
            await conn.close()
        raise TimeoutError(f"queue {queue} has no {n} consumer(s)")

    @staticmethod
    async def until(fn: Any, timeout: float = 30, interval: float = 0.2, what: str = "condition") -> Any:
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            last = await fn()
            if last:
                return last
            await asyncio.sleep(interval)
        raise TimeoutError(f"timed out waiting for {what}; last={last!r}")

    # ------------------------------------------------------------ acting like a client

    @staticmethod
    def headers(role: str = "applicant", bin_: str | None = None, **kw: Any) -> dict[str, str]:
        return {"Authorization": f"Bearer {mint(role, bin=bin_, **kw)}"}

    # The flows act as an integrator would: through the clients generated from the OpenAPI documents
    # (clients/), each answer parsed into its typed model — an answer its schema does not describe fails.

    def client(self, service: str, role: str = "applicant", bin_: str | None = None, **claims: Any) -> Any:
        """The generated client of a service, authenticated as ``role`` (a context manager)."""
        return GENERATED[service].AuthenticatedClient(base_url=self.url(service), token=mint(role, bin=bin_, **claims),
                                                      raise_on_unexpected_status=True)

    async def file(self, bin_: str, body: dict[str, Any] | None = None, key: str | None = None) -> Answer:
        async with self.client("registry", "applicant", bin_) as c:
            return Answer(await file_application.asyncio_detailed(
                client=c, body=ApplicationCreate.from_dict(body or application_body(bin_)),
                idempotency_key=key or str(uuid.uuid4())))

    async def application(self, app_id: str, bin_: str) -> dict[str, Any]:
        async with self.client("registry", "applicant", bin_) as c:
            return Answer(await read_application.asyncio_detailed(uuid.UUID(app_id), client=c)).ok()

    async def wait_status(self, app_id: str, bin_: str, timeout: float = 30) -> dict[str, Any]:
        async def done() -> dict | None:
            a = await self.application(app_id, bin_)
            return a if a["status"] != "verification" else None
        return await self.until(done, timeout, what=f"decision on {app_id}")

    async def notices(self, bin_: str, subject: str | None = None) -> list[dict[str, Any]]:
        async with self.client("notifications", "applicant", bin_) as c:
            items = Answer(await list_notices.asyncio_detailed(client=c, limit=200)).ok()["items"]
        return [n for n in items if subject is None or n["subject"] == subject]

    async def wait_notice(self, bin_: str, subject: str, timeout: float = 30) -> dict[str, Any]:
        async def got() -> dict | None:
            ns = await self.notices(bin_, subject)
            return ns[0] if ns else None
        return await self.until(got, timeout, what=f"notice for {subject}")

    # ------------------------------------------------------------ looking inside (assertions only)

    async def metric(self, port: int, name: str, **labels: str) -> tuple[float | None, str]:
        """The value of metric ``name`` (with ``labels``) on the metrics page of the process serving
        ``port`` (an API's or an ops port), and the page."""
        page = (await self.http.get(f"http://127.0.0.1:{port}/metrics")).text
        for m in re.finditer(rf"^{name}\{{([^}}]*)\}} (\S+)$", page, re.M):
            if all(f'{k}="{v}"' in m.group(1) for k, v in labels.items()):
                return float(m.group(2)), page
        return None, page

    async def sql(self, service: str, query: str, *args: Any) -> list[Any]:
        """Rows of a query on a service's database (assertions only). Written for PostgreSQL (``$1``); on
        SQLite the same numbered parameters are used (``?1``) and UUIDs are compared as SQLite stores them."""
        if self.database == "sqlite":
            return await asyncio.to_thread(self._sqlite_rows, service, query, args)
        if service not in self._pg:
            self._pg[service] = await asyncpg.create_pool(self.infra.pg_base + "/" + self.db_name(service),
                                                          min_size=1, max_size=2)
        return await self._pg[service].fetch(query, *args)

    def _sqlite_rows(self, service: str, query: str, args: tuple[Any, ...]) -> list[Any]:
        if service not in self._sqlite:
            conn = sqlite3.connect(self.workdir / f"{service}.db", timeout=30, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            self._sqlite[service] = conn
        conn = self._sqlite[service]
        params = [a.hex if isinstance(a, uuid.UUID) else a for a in args]
        rows = conn.execute(re.sub(r"\$(\d+)", r"?\1", query), params).fetchall()
        conn.commit()
        return rows

    async def scalar(self, service: str, query: str, *args: Any) -> Any:
        rows = await self.sql(service, query, *args)
        return rows[0][0] if rows else None

    def spans(self) -> list[dict[str, Any]]:
        out = []
        for f in self.spans_dir.glob("*.jsonl"):
            out += [json.loads(line) for line in f.read_text().splitlines() if line.strip()]
        return out

    async def sim(self, method: str, path: str, **kw: Any) -> httpx.Response:
        return await self.http.request(method, f"{self.sim_url}{path}", **kw)

    # ------------------------------------------------------------ the register

    async def registry(self, method: str, path: str, role: str = "officer", bin_: str | None = None,
                       **kw: Any) -> httpx.Response:
        headers = {**(self.headers(role, bin_, **kw.pop("token", {})) if role != "public" else {}),
                   **kw.pop("headers", {})}
        return await self.http.request(method, f"{self.url('registry')}{path}", headers=headers, **kw)

    async def set_today(self, d: Any, service: str = "registry") -> None:
        """Move one service's clock to that Almaty date (None: back to where the run started it)."""
        r = await self.http.put(f"{self.url(service)}/test/clock", json={"today": d.isoformat() if d else None})
        r.raise_for_status()

    async def set_now(self, at: datetime, *services: str) -> None:
        """Move services' clocks (all of them by default) to an instant."""
        for s in services or SERVICES:
            r = await self.http.put(f"{self.url(s)}/test/clock", json={"now": at.isoformat()})
            r.raise_for_status()

    async def set_all_today(self, d: date) -> None:
        """Every service's clock to that Almaty date: a scenario written on a fixed calendar runs there."""
        for s in SERVICES:
            await self.set_today(d, s)

    async def reset_clocks(self) -> None:
        for s in SERVICES:
            await self.set_today(None, s)

    async def _clock(self, service: str) -> dict[str, str]:
        r = await self.http.get(f"{self.url(service)}/test/clock")
        r.raise_for_status()
        return r.json()

    async def clock_now(self, service: str = "registry") -> datetime:
        return datetime.fromisoformat((await self._clock(service))["now"])

    async def today(self, service: str = "registry") -> date:
        """The service's today (Almaty): what a test builds its dates from, never the machine's date."""
        return date.fromisoformat((await self._clock(service))["today"])

    async def call(self, service: str, method: str, path: str, role: str = "officer", bin_: str | None = None,
                   **kw: Any) -> httpx.Response:
        headers = {**(self.headers(role, bin_, **kw.pop("token", {})) if role != "public" else {}),
                   **kw.pop("headers", {})}
        return await self.http.request(method, f"{self.url(service)}{path}", headers=headers, **kw)

    async def ensure_catalogue(self, tnved: str = "7308909809") -> None:
        r = await self.registry("GET", f"/v1/catalogue/{tnved}", role="public")
        if r.status_code == 404:
            r = await self.registry("POST", f"/v1/catalogue/{tnved}/versions", json={
                "effective_from": "2026-01-01", "conditions": ["technical_documents"],
                "operations": ["резка", "сварка", "покраска", "сборка"], "min_operations": 3,
                "basis": "test order No. 1"})
            assert r.status_code in (201, 422), r.text

    async def assess(self, app_id: str, confirmed: list[str], *, tnved: str = "7308909809",
                     act: bool = False, expected_version: int | None = None) -> httpx.Response:
        body: dict[str, Any] = {"participants": [{"organisation": "Ministry of Industry, sectoral dept.",
                                                  "kind": "sectoral_agency"}], "outcome": "decide",
                                "findings": [{"tnved": tnved, "confirmed_operations": confirmed,
                                              "conditions_met": ["technical_documents"]}]}
        if act:
            body["assessment_act"] = {"number": "A-1", "drawn_up_on": "2026-11-20", "inspectors": ["Inspector"],
                                      "uri": "https://docs.example.kz/act-1.pdf", "sha256": "a" * 64}
        if expected_version is not None:
            body["expected_version"] = expected_version
        return await self.registry("POST", f"/v1/applications/{app_id}/assessment", json=body)

    async def include(self, bin_: str, ops: list[str] | None = None, **overrides: Any) -> dict[str, Any]:
        """A producer taken through every stage of Art. 51-1 to inclusion (``overrides``: of the application)."""
        await self.ensure_catalogue()
        ops = ops or ["резка", "сварка", "покраска"]
        body = application_body(bin_, **overrides)
        body["goods"][0]["declared_operations"] = ops
        r = await self.file(bin_, body)
        assert r.status_code == 202, r.text
        app = await self.wait_status(r.json()["id"], bin_)
        assert app["status"] == "awaiting_assessment", app
        decided = await self.assess(app["id"], ops)
        assert decided.status_code == 200 and decided.json()["status"] == "included", decided.text
        return decided.json()

    async def producer(self, bin_: str) -> dict[str, Any]:
        r = await self.registry("GET", f"/v1/register/{bin_}", role="public")
        r.raise_for_status()
        return r.json()

    async def wait_producer_status(self, bin_: str, status: str, timeout: float = 30) -> dict[str, Any]:
        async def check() -> dict | None:
            p = await self.producer(bin_)
            return p if p["status"] == status else None
        return await self.until(check, timeout, what=f"{bin_} {status}")

    async def remedy_notices(self, bin_: str) -> list[dict[str, Any]]:
        r = await self.registry("GET", f"/v1/register/{bin_}/remedy-notices")
        r.raise_for_status()
        return r.json()["items"]

    async def history(self, bin_: str) -> list[dict[str, Any]]:
        r = await self.registry("GET", f"/v1/register/{bin_}/history")
        r.raise_for_status()
        return r.json()["entries"]

    async def notice_of_type(self, bin_: str, notice_type: str, timeout: float = 30) -> dict[str, Any]:
        async def got() -> dict | None:
            ns = [n for n in await self.notices(bin_) if n["notice_type"] == notice_type]
            return ns[0] if ns else None
        return await self.until(got, timeout, what=f"{notice_type} notice for {bin_}")


async def publish_raw(platform: Platform, ev: Any) -> None:
    """Publish an event the way a service's relay would (used to deliver duplicates and out-of-order)."""
    conn = await aio_pika.connect(platform.infra.amqp_url)
    try:
        ch = await conn.channel(publisher_confirms=True)
        ex = await ch.get_exchange(platform.exchange)
        await ex.publish(aio_pika.Message(ev.to_bytes(), message_id=ev.id, type=ev.type,
                                          content_type="application/cloudevents+json"), routing_key=ev.type)
    finally:
        await conn.close()


async def drop_broker_objects(amqp_url: str, queue_prefix: str, exchange: str) -> None:
    """Delete a platform's queues (with their retry and dead-letter queues) and its exchange: best effort."""
    conn = await aio_pika.connect(amqp_url)
    try:
        ch = await conn.channel()
        for s in SERVICES:
            q = f"{queue_prefix}.{s}"
            for name in [q, f"{q}.dlq", *(f"{q}.retry.{i}" for i in range(1, 4))]:
                await ch.queue_delete(name)
        await ch.exchange_delete(exchange)
    except Exception:  # noqa: BLE001 - best effort clean-up
        pass
    finally:
        await conn.close()
