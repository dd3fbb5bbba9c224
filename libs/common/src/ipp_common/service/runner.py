"""``python -m <service> api|consumer|relay|scheduler|all|migrate``: run one role of a service, or all of
them in one process. Ops scale each role on its own: the API by CPU, consumers by queue depth, the relay by
outbox backlog (it is safe to run several: rows are leased); schedulers run two or more for failover, one
of them active (ADR 22)."""
from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import logging
import os
import signal
import time
from collections.abc import Callable
from typing import Any, TypeVar

import uvicorn
import uvloop
from fastapi import FastAPI

from ipp_common.core.loops import every
from ipp_common.core.outages import is_transient
from ipp_common.core.settings import ServiceSettings
from ipp_common.http.health import ops_app
from ipp_common.persistence.migrations import SchemaBehind, check_schema
from ipp_common.service.runtime import ServiceRuntime, setup_observability
from ipp_common.service.scheduler import run_scheduler

log = logging.getLogger("ipp.runner")

ROLES = ("api", "consumer", "relay", "scheduler", "all", "migrate")


S = TypeVar("S", bound=ServiceSettings)


def main(service: str, settings_factory: Callable[[], S], runtime_factory: Callable[[S, str], ServiceRuntime[Any, Any]],
         app_factory: Callable[[ServiceRuntime[Any, Any]], FastAPI], argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog=f"python -m {service}",
                                     description=f"Run the {service} service of the industrial-policy platform.")
    parser.add_argument("role", choices=ROLES, help="api: HTTP API; consumer: event handlers; relay: outbox "
                        "publisher; scheduler: periodic duties (one active among its replicas); all: the four "
                        "in one process; migrate: apply database migrations and exit")
    parser.add_argument("--no-migrate", action="store_true", help="do not apply migrations before starting")
    args = parser.parse_args(argv)
    settings = settings_factory()
    setup_observability(settings)
    runtime = runtime_factory(settings, args.role)
    profile_to = os.environ.get("IPP_PROFILE_OUT")  # operator's tool: cProfile the process, stats written at exit
    profiler = cProfile.Profile(time.process_time) if profile_to else None  # CPU time, not waits
    if profiler:
        profiler.enable()
    main_coro = _run(args.role, runtime, app_factory, migrate=not args.no_migrate)
    try:
        if settings.event_loop == "uvloop":
            uvloop.run(main_coro)
        else:
            asyncio.run(main_coro)
    except KeyboardInterrupt:
        pass
    finally:
        if profiler:
            profiler.disable()
            profiler.dump_stats(str(profile_to))


async def _messaging(role: str, runtime: ServiceRuntime, stop: asyncio.Event) -> None:
    """Connect to the broker, however long it takes (the API serves meanwhile, and SIGTERM ends the wait);
    then start what needs it: the consumer (with the loop that counts its dead-letter queue) and the relay."""
    if not await runtime.connect_broker(stop):
        return
    log.info("broker connected", extra={"role": role})
    duties = []
    if role in ("consumer", "all"):
        await runtime.start_consumer()
        if runtime.consumer is not None:
            duties.append(every(stop, runtime.settings.gauge_interval_s, runtime.consumer.dead_letters,
                                what="counting the dead-letter queue"))
    if role in ("relay", "all"):
        assert runtime.relay is not None
        duties.append(runtime.relay.run(stop))
    await asyncio.gather(*duties, stop.wait())


def tune_gc(settings: ServiceSettings) -> None:
    """Keep the cyclic collector off what start-up built (ADR 13). Modules, classes, SQLAlchemy's mappers
    and pydantic's validators live as long as the process, yet every full collection traversed them all —
    5-7% of a busy service's CPU when sampled. Frozen, they are never traversed again; the young
    generation is collected less often, since nearly everything a request allocates dies by refcount."""
    gc.collect()
    gc.freeze()
    if settings.gc_young_threshold:
        _, older, oldest = gc.get_threshold()
        gc.set_threshold(settings.gc_young_threshold, older, oldest)


STARTUP_DB_WAIT_S = 30.0
"""How long a starting process waits for its database (a pooler restarting, a failover) before it gives up
and exits, leaving the restart to its supervisor."""


async def _schema_checked(runtime: ServiceRuntime) -> None:
    """The schema check at start, waiting (with back-off) while the database cannot be reached at all."""
    deadline, delay = asyncio.get_running_loop().time() + STARTUP_DB_WAIT_S, 0.5
    while True:
        try:
            return await check_schema(runtime.engine, runtime.migrations_package)
        except Exception as e:
            # an outage as the rest of the service judges one — a connection reset while it opens (a pooler
            # restarting mid-handshake) included; anything the database answered is not a matter of waiting
            if not (isinstance(e, OSError) or is_transient(e)) or asyncio.get_running_loop().time() + delay > deadline:
                raise
            log.warning("database not reachable at start; waiting", extra={"error": type(e).__name__,
                                                                          "retry_in_s": delay})
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)


async def _run(role: str, runtime: ServiceRuntime, app_factory: Callable[[ServiceRuntime], FastAPI],
               *, migrate: bool) -> None:
    runtime.init_db()
    if role == "migrate" or migrate:
        await runtime.migrate()
        if role == "migrate":
            log.info("migrations applied")
            await runtime.engine.dispose()
            return
    else:  # migrated by the Job (or a test's prestart step): refuse a schema older than this release's
        try:
            await _schema_checked(runtime)
        except SchemaBehind as e:
            log.error("database schema older than this release; not starting", extra={"error": str(e)})
            await runtime.engine.dispose()
            raise SystemExit(3) from e
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    servers: list[uvicorn.Server] = []  # the API's, or the ops endpoints of a role that serves no API

    def _stop() -> None:
        stop.set()
        for server in servers:
            server.should_exit = True
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, _stop)

    await runtime.start(connect_broker=False)
    tasks = []
    try:
        if role in ("consumer", "all"):
            tasks += [asyncio.create_task(loop(stop), name=f"background-{i}")
                      for i, loop in enumerate(runtime.background)]
        if role in ("relay", "all"):
            assert runtime.relay is not None  # counted from the start: a backlog grows while the broker is away
            tasks.append(asyncio.create_task(every(stop, runtime.settings.gauge_interval_s, runtime.relay.backlog,
                                                   what="counting the outbox backlog"), name="outbox-gauges"))
        if role in ("scheduler", "all"):
            tasks.append(asyncio.create_task(run_scheduler(runtime.settings, runtime.duties, stop), name="scheduler"))
        if role != "scheduler":  # the scheduler's duties write to the database only
            tasks.append(asyncio.create_task(_messaging(role, runtime, stop), name="messaging"))
        if role not in ("api", "all") and runtime.settings.ops_port:
            ops = uvicorn.Server(uvicorn.Config(ops_app(runtime.readiness(role)), host=runtime.settings.host,
                                                port=runtime.settings.ops_port, log_config=None, access_log=False,
                                                lifespan="off"))
            servers.append(ops)
            tasks.append(asyncio.create_task(ops.serve(), name="ops"))
        if role in ("api", "all"):
            app = app_factory(runtime)
            config = uvicorn.Config(app, host=runtime.settings.host, port=runtime.settings.port,
                                    log_config=None, access_log=False, lifespan="on",
                                    timeout_keep_alive=runtime.settings.keep_alive_s)
            servers.append(uvicorn.Server(config))
            tasks.append(asyncio.create_task(servers[-1].serve(), name="api"))
        tune_gc(runtime.settings)
        log.info("service started", extra={"role": role, "port": runtime.settings.port if role in ("api", "all")
                                           else runtime.settings.ops_port})
        waiter = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait([waiter, *tasks], return_when=asyncio.FIRST_COMPLETED)
        stop.set()
        for server in servers:
            server.should_exit = True
        for t in done:
            if t is not waiter and t.exception():
                log.error("role crashed", extra={"task": t.get_name(), "error": str(t.exception())})
        await asyncio.wait(tasks, timeout=10)
    finally:
        await runtime.close()
