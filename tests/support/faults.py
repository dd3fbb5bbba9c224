"""Run a service role with a fault injected, for the reliability suite: ``python tests/support/faults.py
<fault> <service> <role> [args…]``. The process dies with ``os._exit(137)`` — what SIGKILL or a lost node
does to it, with no chance to clean up — at the one moment the test is about. Production code carries no
fault hooks: this launcher wraps the platform's public seams before the service's ``__main__`` runs.

Faults:
- ``relay-after-publish``: the relay has published a batch and the broker confirmed it, and the process
  dies before the rows are marked sent.
- ``consumer-after-commit``: a consumer's transaction that applied an event has committed, and the process
  dies before the delivery is acked.
"""
from __future__ import annotations

import argparse
import os
import runpy
import sys
from typing import Any

from ipp_common.messaging.relay import OutboxRelay
from ipp_common.persistence.unit_of_work import UnitOfWork

FAULTS = ("relay-after-publish", "consumer-after-commit")


def die(why: str) -> None:
    sys.stderr.write(f"fault injection: {why}\n")
    sys.stderr.flush()
    os._exit(137)


def relay_after_publish() -> None:
    publish = OutboxRelay.publish_rows

    async def publish_then_die(self: OutboxRelay, rows: list[Any]) -> list[bool | BaseException]:
        results = await publish(self, rows)
        if any(r is True or r is False for r in results):
            die("the relay dies after publishing, before marking the rows sent")
        return results
    OutboxRelay.publish_rows = publish_then_die  # type: ignore[method-assign]


def consumer_after_commit() -> None:
    commit = UnitOfWork.commit

    async def commit_then_die(self: UnitOfWork) -> None:
        applying = self.applies_event
        await commit(self)
        if applying:
            die("the consumer dies after its commit, before the ack")
    UnitOfWork.commit = commit_then_die  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fault", choices=FAULTS)
    parser.add_argument("service")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="the service's own arguments (role, …)")
    ns = parser.parse_args()
    {"relay-after-publish": relay_after_publish, "consumer-after-commit": consumer_after_commit}[ns.fault]()
    sys.argv = [ns.service, *ns.args]
    runpy.run_module(ns.service, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
