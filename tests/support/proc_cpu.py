"""CPU time of a process from ``/proc`` (Linux), for the benchmark and the cluster layout's measurements."""
from __future__ import annotations

import os


def stat_fields(pid: int) -> list[str]:
    """The fields of ``/proc/<pid>/stat`` after the command name (the 3rd field is index 0); [] if it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()
    except OSError:
        return []


def process_cpu_seconds(pid: int, *, reaped: bool = False) -> float:
    """utime + stime of a process so far, with ``reaped`` also its children that have exited and been waited
    for (a backend per connection, for PostgreSQL's postmaster); 0 if it is gone."""
    f = stat_fields(pid)
    if not f:
        return 0.0
    return sum(int(f[i]) for i in ((11, 12, 13, 14) if reaped else (11, 12))) / os.sysconf("SC_CLK_TCK")
