"""A PostgreSQL cluster of a test's own, archiving its WAL with barman-cloud to an S3-compatible server the test
starts (moto), so that a test can lose it and restore it to a point in time — what CloudNativePG does with the
manifests' ``backup`` (docs/operations.md, restore).

PostgreSQL runs as the ``postgres`` user, which cannot read the project's virtualenv (its interpreter lives under
``/root``) nor, in a checkout under a private directory, the checkout itself: barman-cloud (pinned) goes into a
virtualenv of the system's Python under ``/var/tmp`` (``IPP_BARMAN_VENV`` overrides), made once per version."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

PG_BIN = Path("/usr/lib/postgresql") / sorted(os.listdir("/usr/lib/postgresql"))[-1] / "bin"
BARMAN = "barman[cloud]==3.19.1"
BARMAN_VENV = Path(os.environ.get("IPP_BARMAN_VENV", f"/var/tmp/ipp-{BARMAN.replace('[cloud]==', '-')}"))
BUCKET, SERVER = "ipp-backups", "ipp"
KEYS = {"AWS_ACCESS_KEY_ID": "drill", "AWS_SECRET_ACCESS_KEY": "drill", "AWS_DEFAULT_REGION": "us-east-1"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def barman_bin() -> Path:
    """barman-cloud's commands, runnable by the postgres user."""
    marker = BARMAN_VENV / f".{BARMAN}"
    if not marker.exists():
        shutil.rmtree(BARMAN_VENV, ignore_errors=True)
        BARMAN_VENV.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["/usr/bin/python3", "-m", "venv", str(BARMAN_VENV)], check=True)
        subprocess.run([str(BARMAN_VENV / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", BARMAN],
                       check=True)
        marker.touch()
    return BARMAN_VENV / "bin"


def as_postgres(*cmd: str, timeout: float = 180) -> str:
    r = subprocess.run(["runuser", "-u", "postgres", "--", *cmd], env={**os.environ, **KEYS}, capture_output=True,
                       text=True, timeout=timeout)
    if r.returncode != 0:
        raise RuntimeError(f"{Path(cmd[0]).name} failed: {r.stdout[-2000:]} {r.stderr[-2000:]}")
    return r.stdout


class ObjectStore:
    """moto's S3 server on loopback, with the backups' bucket."""

    def __init__(self, workdir: Path):
        import boto3

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([str(Path(sys.executable).with_name("moto_server")), "-H", "127.0.0.1", "-p",
                                      str(self.port)], stdout=open(workdir / "moto.log", "wb"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            try:
                boto3.client("s3", endpoint_url=self.url, region_name="us-east-1", aws_access_key_id="drill",
                             aws_secret_access_key="drill").create_bucket(Bucket=BUCKET)
                return
            except Exception:  # noqa: BLE001 - not listening yet
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


class Cluster:
    """One PostgreSQL instance in ``workdir/name``, on a port of its own, trusting loopback."""

    def __init__(self, workdir: Path, name: str, store: ObjectStore):
        self.dir, self.store, self.port = workdir / name, store, free_port()
        self.log = workdir / f"{name}.log"
        self.bin = barman_bin()

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}"

    def _conf(self, extra: str) -> None:
        with open(self.dir / "postgresql.auto.conf", "a") as f:
            f.write(f"port = {self.port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{self.dir.parent}'\n"
                    f"max_connections = 150\n{extra}")

    def init_archiving(self) -> None:
        """initdb, and archive every WAL segment to the object store."""
        as_postgres(str(PG_BIN / "initdb"), "-D", str(self.dir), "-A", "trust", "-U", "postgres")
        archive = f"{self.bin}/barman-cloud-wal-archive --endpoint-url {self.store.url} s3://{BUCKET} {SERVER} %p"
        self._conf(f"wal_level = replica\narchive_mode = on\narchive_command = '{archive}'\n")

    def start(self) -> None:
        as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.dir), "-l", str(self.log), "-w", "-t", "300", "start")

    def crash(self) -> None:
        as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.dir), "-m", "immediate", "stop")

    def stop(self) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", str(PG_BIN / "pg_ctl"), "-D", str(self.dir), "-m", "fast",
                        "stop"], capture_output=True)

    def base_backup(self) -> str:
        as_postgres(f"{self.bin}/barman-cloud-backup", "--immediate-checkpoint", "--endpoint-url", self.store.url,
                    "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", f"s3://{BUCKET}", SERVER)
        listed = json.loads(as_postgres(f"{self.bin}/barman-cloud-backup-list", "--endpoint-url", self.store.url,
                                        "--format", "json", f"s3://{BUCKET}", SERVER))
        return str(listed["backups_list"][-1]["backup_id"])

    def restore(self, backup_id: str, target_time: str) -> None:
        """A new instance from the base backup, replaying the archived WAL up to ``target_time``."""
        as_postgres(f"{self.bin}/barman-cloud-restore", "--endpoint-url", self.store.url, f"s3://{BUCKET}", SERVER,
                    backup_id, str(self.dir))
        restore = f"{self.bin}/barman-cloud-wal-restore --endpoint-url {self.store.url} s3://{BUCKET} {SERVER} %f %p"
        self._conf(f"archive_mode = off\nrestore_command = '{restore}'\nrecovery_target_time = '{target_time}'\n"
                   "recovery_target_action = 'promote'\n")
        (self.dir / "recovery.signal").touch()
        shutil.chown(self.dir / "recovery.signal", "postgres")
