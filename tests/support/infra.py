"""Where the tests' PostgreSQL and RabbitMQ come from.

Testcontainers when a Docker engine answers; otherwise the services this machine runs
(``IPP_TEST_PG`` / ``AMQP_URL``, defaults 127.0.0.1). If neither is reachable the tests fail with the
reason: they are never skipped (CI sets ``CI=true``, and the suite has no skip path at all).
"""
from __future__ import annotations

import os
import socket
import subprocess
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse


@dataclass
class Infra:
    pg_base: str       # postgresql://user@host:port  (no database)
    amqp_url: str
    via: str           # "testcontainers" | "local services"
    containers: list[Any] = field(default_factory=list)
    rabbit_container: Any = None

    def sqlalchemy_url(self, db: str) -> str:
        return self.pg_base.replace("postgresql://", "postgresql+asyncpg://", 1) + f"/{db}"

    def rabbitmqctl(self, *args: str) -> None:
        if self.rabbit_container is not None:
            code, out = self.rabbit_container.exec(["rabbitmqctl", *args])
            if code != 0:
                raise RuntimeError(f"rabbitmqctl {args} failed: {out}")
        else:
            subprocess.run(["rabbitmqctl", *args], check=True, capture_output=True, timeout=120)

    def postgres(self, action: str) -> None:
        """Stop or start PostgreSQL (the reliability suite's outage)."""
        if self.containers:
            pg = self.containers[0].get_wrapped_container()
            (pg.pause if action == "stop" else pg.unpause)()
            return
        version = sorted(os.listdir("/etc/postgresql"))[0]
        cmd = ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action]
        if action == "stop":
            cmd += ["-m", "fast"]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def stop(self) -> None:
        for c in self.containers:
            c.stop()


def _reachable(url: str, default_port: int) -> bool:
    u = urlparse(url)
    try:
        with socket.create_connection((u.hostname or "127.0.0.1", u.port or default_port), timeout=3):
            return True
    except OSError:
        return False


def _docker_available() -> bool:
    if os.environ.get("IPP_TEST_NO_CONTAINERS"):
        return False
    try:
        import docker

        docker.from_env(timeout=3).ping()
        return True
    except Exception:  # noqa: BLE001 - no engine: fall back to local services
        return False


def resolve() -> Infra:
    if _docker_available():
        from testcontainers.postgres import PostgresContainer
        from testcontainers.rabbitmq import RabbitMqContainer

        pg = PostgresContainer("postgres:16-alpine", username="postgres", password="postgres").start()
        rmq = RabbitMqContainer("rabbitmq:3.13-management").start()
        host, port = pg.get_container_host_ip(), pg.get_exposed_port(5432)
        amqp = f"amqp://guest:guest@{rmq.get_container_host_ip()}:{rmq.get_exposed_port(5672)}/"
        return Infra(f"postgresql://postgres:postgres@{host}:{port}", amqp, "testcontainers", [pg, rmq], rmq)
    pg_base = os.environ.get("IPP_TEST_PG", "postgresql://postgres@127.0.0.1:5432")
    amqp = os.environ.get("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/")
    missing = [n for n, ok in (("PostgreSQL at " + pg_base, _reachable(pg_base, 5432)),
                               ("RabbitMQ at " + amqp, _reachable(amqp, 5672))) if not ok]
    if missing:
        raise RuntimeError("integration tests need real services and no Docker engine answered; not reachable: "
                           + "; ".join(missing) + ". Start them (see README) — these tests are never skipped.")
    return Infra(pg_base, amqp, "local services")
