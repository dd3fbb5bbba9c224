"""The cluster layout of ``deploy/k8s`` on this machine, loopback and network namespaces only.

- **RabbitMQ**: three nodes of their own (names, ports, data) joined in one cluster, behind a Service
  (``tests/support/tcp_service.py``) that routes each connection to a live node.
- **PostgreSQL**: the machine's server behind PgBouncer in session mode, as the manifests' Poolers
  (``<service>-db-pooler``), and behind a Service as the primaries (``<service>-db-rw``: the migrations and the
  lasting sessions), each service's at an address of its own.
- **Pods**: every Deployment and Job of the manifests generated with this environment's values
  (``values.yaml`` here: addresses only), each replica a process in a network namespace of its own with its
  own address — so each listens on exactly the port its manifest names — started with exactly the
  manifest's arguments and environment (the image's entrypoint and ENV first; ``$(VAR)`` expanded as the
  kubelet does; secrets filled with values in the format their operators write). Names resolve through
  ``/etc/netns/<pod>/hosts`` as the cluster's DNS would.
- **Prometheus**, in a network namespace of its own (the ``monitoring`` namespace), scrapes every pod each
  second and evaluates the manifests' PrometheusRule.
- **NetworkPolicies**: the manifests' policies as nftables rules in every pod's namespace (``tests/support/netpol.py``);
  each service's pooler and primary have addresses of their own, so a pod reaching another's is refused.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from debian_packages import ensure
from harness import free_port
from manifests import render_with

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent
PYTHON = sys.executable
BRIDGE = "ippc0"
GATEWAY = "10.213.0.1"
# The cluster's Services on the bridge: name → address.
ADDRESSES = {"rabbitmq": "10.213.0.10", "egov": "10.213.0.13", "otel": "10.213.0.14", "idp": "10.213.0.15"}
RABBIT_PORTS = (5681, 5682, 5683)
PROMETHEUS_PORT = 9391
SERVICES = ["registry", "verification", "contracts", "measures", "notifications"]
# Each service's pooler (``<service>-db-pooler``) and primary (``<service>-db-rw``) at an address of its own, so
# that a policy can let a service's pods reach its database and refuse them another's.
POOLERS = {s: f"10.213.2.{i + 1}" for i, s in enumerate(SERVICES)}
PRIMARIES = {s: f"10.213.3.{i + 1}" for i, s in enumerate(SERVICES)}
# The cluster's shared namespaces, each at an address of its own: monitoring is Prometheus's own network
# namespace; the others are the machine's addresses a client binds to act as that namespace (the test's HTTP
# client is the ingress controller).
NAMESPACE_ADDRESSES = {"monitoring": "10.213.0.2", "ingress-nginx": "10.213.0.3", "keda": "10.213.0.4",
                       "rabbitmq-system": "10.213.0.5", "cnpg-system": "10.213.0.6"}


def sh(*cmd: str, check: bool = True, timeout: float = 120, env: dict[str, str] | None = None
       ) -> subprocess.CompletedProcess[str]:
    r = subprocess.run(list(cmd), capture_output=True, text=True, timeout=timeout, env=env)
    if check and r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: {r.returncode} {r.stdout[-2000:]} {r.stderr[-2000:]}")
    return r


def ensure_packages() -> None:
    """PgBouncer, Prometheus (promtool) and nftables from Debian's packages, installed if this machine lacks
    them."""
    for package, binary in (("pgbouncer", "/usr/sbin/pgbouncer"), ("prometheus", "/usr/bin/prometheus"),
                            ("nftables", "/usr/sbin/nft")):
        ensure(package, binary)


# ---------------------------------------------------------------- RabbitMQ: three nodes, one cluster

@dataclass
class RabbitNode:
    index: int
    base: Path

    @property
    def name(self) -> str:
        return f"ippc{self.index}@localhost"

    @property
    def port(self) -> int:
        return RABBIT_PORTS[self.index - 1]

    @property
    def management_port(self) -> int:
        return self.port + 10000

    def env(self) -> dict[str, str]:
        d = self.base / f"n{self.index}"
        return {**os.environ, "RABBITMQ_NODENAME": self.name, "RABBITMQ_NODE_PORT": str(self.port),
                "RABBITMQ_DIST_PORT": str(self.port + 20000), "RABBITMQ_MNESIA_BASE": str(d / "mnesia"),
                "RABBITMQ_LOG_BASE": str(d / "log"), "RABBITMQ_CONFIG_FILE": str(d / "rabbitmq.conf"),
                "RABBITMQ_ENABLED_PLUGINS_FILE": str(d / "enabled_plugins"), "RABBITMQ_PID_FILE": str(d / "pid")}

    def prepare(self) -> None:
        d = self.base / f"n{self.index}"
        d.mkdir(parents=True, exist_ok=True)
        # RabbitMQ 3.10 (Debian's) has no default_queue_type; the services declare their queues quorum
        # themselves (IPP_QUEUE_TYPE in the manifests)
        (d / "rabbitmq.conf").write_text(f"listeners.tcp.1 = 127.0.0.1:{self.port}\nloopback_users = none\n"
                                         "cluster_partition_handling = pause_minority\n"
                                         f"management.tcp.ip = 127.0.0.1\nmanagement.tcp.port = {self.management_port}\n")
        # the management API: what KEDA's scaler and the topology operator call (and the policies guard)
        (d / "enabled_plugins").write_text("[rabbitmq_management].\n")
        for p in [d, *d.rglob("*")]:  # Debian's rabbitmq-server runs the node as the rabbitmq user
            shutil.chown(p, "rabbitmq", "rabbitmq")

    def start(self) -> None:
        sh("rabbitmq-server", "-detached", env=self.env())

    def wait(self) -> None:
        sh("rabbitmqctl", "-n", self.name, "wait", str(self.base / f"n{self.index}" / "pid"), "--timeout", "90",
           timeout=120)

    def ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return sh("rabbitmqctl", "-n", self.name, "-q", *args, check=check, timeout=120)

    def stop(self) -> None:
        self.ctl("stop", check=False)


class RabbitCluster:
    def __init__(self, base: Path):
        self.nodes = [RabbitNode(i, base) for i in (1, 2, 3)]
        # hex: a password that begins with "-" is read by rabbitmqctl as an option (and hex needs no escaping
        # in the amqp:// URL the services are given)
        self.user, self.password = "ipp-default-user", secrets.token_hex(18)

    def start(self) -> None:
        for n in self.nodes:
            n.stop()  # a node left by an earlier run
            n.prepare()
            n.start()
        for n in self.nodes:
            n.wait()
        for n in self.nodes[1:]:
            n.ctl("stop_app")
            n.ctl("join_cluster", self.nodes[0].name)
            n.ctl("start_app")
        first = self.nodes[0]
        first.ctl("add_user", self.user, self.password)
        first.ctl("set_user_tags", self.user, "administrator")
        first.ctl("set_permissions", "-p", "/", self.user, ".*", ".*", ".*")

    def connections_by_node(self) -> dict[str, int]:
        """Consumer connections (named ``<service>:consumer``) on each node."""
        live = next(n for n in self.nodes if n.ctl("ping", check=False).returncode == 0)
        rows = json.loads(live.ctl("list_connections", "name", "client_properties", "--formatter", "json").stdout)
        by_port = {str(n.port): n.name for n in self.nodes}
        out = {n.name: 0 for n in self.nodes}
        for row in rows:
            props = row["client_properties"]
            if isinstance(props, list):
                props = {p[0]: p[2] for p in props}
            node = by_port.get(str(row["name"]).rsplit(":", 1)[-1])  # "127.0.0.1:40412 -> 127.0.0.1:5682"
            if node and str(props.get("connection_name", "")).endswith(":consumer"):
                out[node] += 1
        return out

    def stop(self) -> None:
        for n in self.nodes:
            n.stop()


# ---------------------------------------------------------------- PostgreSQL as CloudNativePG runs it: TLS and SCRAM

PG_BIN = Path("/usr/lib/postgresql") / (sorted(os.listdir("/usr/lib/postgresql"))[-1] if Path("/usr/lib/postgresql").is_dir()
                                        else "15") / "bin"


class DatabaseCA:
    """A certificate authority made for the run, and one server certificate it signs for every name the roles
    dial (each service's ``-db-rw`` and ``-db-pooler``) and 127.0.0.1 (the pooler's own dial): as
    CloudNativePG's cluster CA signs its server certificate, which its Poolers present too."""

    def __init__(self, base: Path, names: list[str]):
        import datetime
        import ipaddress

        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        base.mkdir(parents=True, exist_ok=True)
        now = datetime.datetime.now(datetime.UTC)
        ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
        ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ipp test database CA")])
        ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
              .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(hours=1))
              .not_valid_after(now + datetime.timedelta(days=1))
              .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
              .sign(ca_key, hashes.SHA256()))
        server = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
                  .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
                  .not_valid_before(now - datetime.timedelta(hours=1)).not_valid_after(now + datetime.timedelta(days=1))
                  .add_extension(x509.SubjectAlternativeName([*map(x509.DNSName, names),
                                                              x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                                 critical=False)
                  .sign(ca_key, hashes.SHA256()))
        pem = serialization.Encoding.PEM
        self.ca_pem = ca.public_bytes(pem).decode()
        self.ca_file, self.cert_file, self.key_file = base / "ca.crt", base / "server.crt", base / "server.key"
        self.ca_file.write_text(self.ca_pem)
        self.cert_file.write_bytes(server.public_bytes(pem))
        self.key_file.write_bytes(key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption()))
        for f in (base, self.ca_file, self.cert_file, self.key_file):
            shutil.chown(f, "postgres", "postgres")
        self.key_file.chmod(0o600)


class Postgres:
    """A PostgreSQL server of the run's own (the machine's stays as it is): TLS with the test CA's certificate,
    SCRAM for every TCP login, the application's role with a password; the test itself connects over the
    Unix socket as the superuser."""

    def __init__(self, base: Path, ca: DatabaseCA):
        self.data, self.socket_dir, self.ca = base / "data", base / "socket", ca
        self.user, self.password = "ipp_app", secrets.token_hex(16)
        # a port the system hands out now, not a fixed one: a fixed port among the ephemeral ones can be taken by
        # any client's outgoing connection when the server starts
        self.port = free_port()

    def start(self) -> None:
        for d in (self.data.parent, self.socket_dir):
            d.mkdir(parents=True, exist_ok=True)
            shutil.chown(d, "postgres", "postgres")
        sh("runuser", "-u", "postgres", "--", str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust",
           "-U", "postgres", "--no-sync", timeout=120)
        (self.data / "postgresql.conf").write_text(
            (self.data / "postgresql.conf").read_text()
            + f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{self.socket_dir}'\n"
              f"max_connections = 200\nssl = on\nssl_cert_file = '{self.ca.cert_file}'\n"
              f"ssl_key_file = '{self.ca.key_file}'\npassword_encryption = 'scram-sha-256'\nfsync = off\n")
        (self.data / "pg_hba.conf").write_text("local all all trust\n"
                                               "hostssl all all 127.0.0.1/32 scram-sha-256\n"
                                               "host all all 0.0.0.0/0 reject\n")
        sh("runuser", "-u", "postgres", "--", str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-w", "-l",
           str(self.data.parent / "postgres.log"), "start", timeout=120)
        sh("runuser", "-u", "postgres", "--", "psql", "-h", str(self.socket_dir), "-p", str(self.port), "-q", "-c",
           f"CREATE ROLE {self.user} LOGIN PASSWORD '{self.password}'")

    def admin(self, database: str = "postgres") -> str:
        """The superuser over the Unix socket (what the test reads and sets up with)."""
        return f"postgresql://postgres@/{database}?host={self.socket_dir}&port={self.port}"

    def scram_secret(self) -> str:
        return sh("runuser", "-u", "postgres", "--", "psql", "-h", str(self.socket_dir), "-p", str(self.port), "-tAc",
                  f"SELECT rolpassword FROM pg_authid WHERE rolname = '{self.user}'").stdout.strip()

    def stop(self) -> None:
        if self.data.exists():
            sh("runuser", "-u", "postgres", "--", str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
               "stop", check=False, timeout=60)


# ---------------------------------------------------------------- the network: a bridge, a namespace per pod

class Network:
    def __init__(self) -> None:
        self.pods: list[str] = []

    def up(self) -> None:
        self.down()
        sh("ip", "link", "add", BRIDGE, "type", "bridge")
        sh("ip", "addr", "add", f"{GATEWAY}/16", "dev", BRIDGE)
        on_machine = {k: a for k, a in NAMESPACE_ADDRESSES.items() if k != "monitoring"}
        for address in [*ADDRESSES.values(), *POOLERS.values(), *PRIMARIES.values(), *on_machine.values()]:
            sh("ip", "addr", "add", f"{address}/16", "dev", BRIDGE)
        sh("ip", "link", "set", BRIDGE, "up")

    def pod(self, name: str, address: str, hosts: dict[str, str]) -> None:
        """A network namespace with one address on the bridge and the cluster's names in its hosts file."""
        ns, host_end, pod_end = f"ippc-{name}", f"vh{len(self.pods)}", f"vp{len(self.pods)}"
        sh("ip", "netns", "add", ns)
        sh("ip", "link", "add", host_end, "type", "veth", "peer", "name", pod_end)
        sh("ip", "link", "set", pod_end, "netns", ns)
        sh("ip", "link", "set", host_end, "master", BRIDGE)
        sh("ip", "link", "set", host_end, "up")
        sh("ip", "netns", "exec", ns, "ip", "addr", "add", f"{address}/16", "dev", pod_end)
        sh("ip", "netns", "exec", ns, "ip", "link", "set", pod_end, "up")
        sh("ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up")
        etc = Path("/etc/netns") / ns
        etc.mkdir(parents=True, exist_ok=True)
        (etc / "hosts").write_text("127.0.0.1 localhost\n" + "".join(f"{ip} {n}\n" for n, ip in hosts.items()))
        self.pods.append(ns)

    def mount(self, name: str, mount_path: str, files: dict[str, str]) -> None:
        """A volume's files where the container reads them: ``ip netns exec`` binds each entry of
        ``/etc/netns/<ns>/`` over ``/etc/`` for the pod's processes alone (the mount path must be under /etc)."""
        path = Path(mount_path)
        assert path.parts[:2] == ("/", "etc"), f"a volume mounted outside /etc: {mount_path}"
        (Path("/etc") / path.parts[2]).mkdir(exist_ok=True)  # the bind needs a place on the machine
        target = Path("/etc/netns") / f"ippc-{name}" / path.relative_to("/etc")
        target.mkdir(parents=True, exist_ok=True)
        for file, text in files.items():
            (target / file).write_text(text)

    def enforce(self, name: str, script: str) -> None:
        """Load a pod's NetworkPolicy rules (netpol.nft_script) into its namespace's nftables."""
        r = subprocess.run(["ip", "netns", "exec", f"ippc-{name}", "nft", "-f", "-"], input=script, text=True,
                           capture_output=True, timeout=30)
        if r.returncode != 0:
            raise RuntimeError(f"nft in {name}: {r.stderr}\n{script}")

    def down(self) -> None:
        for ns in sh("ip", "netns", "list", check=False).stdout.split("\n"):
            name = ns.split(" ")[0]
            if name.startswith("ippc-"):
                sh("ip", "netns", "delete", name, check=False)
                shutil.rmtree(Path("/etc/netns") / name, ignore_errors=True)
        sh("ip", "link", "delete", BRIDGE, check=False)
        # the kernel frees a deleted namespace's veth pairs a moment later: wait for them, so that a run right
        # after another does not find their names taken
        for _ in range(100):
            left = [line.split(": ")[1].split("@")[0] for line in sh("ip", "-o", "link", "show").stdout.splitlines()
                    if re.match(r"\d+: vh\d+@", line)]
            if not left:
                break
            for name in left:
                sh("ip", "link", "delete", name, check=False)
            time.sleep(0.1)
        self.pods.clear()


# ---------------------------------------------------------------- the manifests' pods as processes

@dataclass
class Pod:
    """One replica of a Deployment (or a Job's pod): a process in its own network namespace."""
    deployment: str
    service: str
    role: str
    index: int
    address: str
    argv: list[str]
    env: dict[str, str]
    port: int
    workdir: Path
    labels: dict[str, str] = field(default_factory=dict)  # the pod template's
    ports: dict[str, int] = field(default_factory=dict)  # the container's named ports
    popen: subprocess.Popen[bytes] | None = None
    restarts: int = 0
    logs: list[Path] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.deployment}-{self.index}"

    @property
    def url(self) -> str:
        return f"http://{self.address}:{self.port}"

    def start(self) -> None:
        log = self.workdir / f"{self.name}.{self.restarts}.log"
        self.logs.append(log)
        cmd = ["ip", "netns", "exec", f"ippc-{self.name}", "env", "-i", *[f"{k}={v}" for k, v in self.env.items()],
               *self.argv]
        self.popen = subprocess.Popen(cmd, cwd=self.workdir, stdout=open(log, "wb"), stderr=subprocess.STDOUT)

    @property
    def alive(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.popen is not None and self.alive:
            self.popen.send_signal(sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.popen.wait(20)

    def restart(self) -> None:
        """What the kubelet does for a container that died: start it again, same pod, same environment."""
        self.restarts += 1
        self.start()


def expand(env: list[dict[str, Any]], secrets_: dict[tuple[str, str], str]) -> dict[str, str]:
    """A container's environment as the kubelet makes it: values and secret references in order, ``$(VAR)``
    replaced by a variable defined before it. A secret this test does not know fails the run."""
    out: dict[str, str] = {}
    for e in env:
        if "value" in e:
            out[e["name"]] = re.sub(r"\$\((\w+)\)", lambda m: out.get(m.group(1), m.group(0)), e["value"])
        else:
            ref = e["valueFrom"]["secretKeyRef"]
            key = (ref["name"], ref["key"])
            assert key in secrets_, f"the manifests reference a secret this layout does not provide: {key}"
            out[e["name"]] = secrets_[key]
    return out


def image_env() -> dict[str, str]:
    """The image's own ENV (the Dockerfile's runtime stage), under the container's: the venv first on PATH."""
    return {"PYTHONUNBUFFERED": "1", "PYTHONDONTWRITEBYTECODE": "1",
            "PATH": f"{Path(PYTHON).parent}:/usr/local/bin:/usr/bin:/bin"}


def generate(values: dict[str, Any], out: Path) -> list[dict[str, Any]]:
    """The production overlay rendered as the operators render it (the generator with this environment's values,
    then ``kubectl kustomize``), kept in ``out`` for reading."""
    docs = render_with(values, out.parent, "prod")
    out.write_text(yaml.safe_dump_all(docs, sort_keys=False, width=120))
    return docs


def environment_values(sim_port: int) -> dict[str, Any]:
    """deploy/k8s/values.yaml with this environment's addresses: the e-gov gateway is the simulator (no mTLS), the
    identity provider and the collector are names that answer nothing (tokens carry no key id, so the JWKS is
    never fetched; spans are dropped)."""
    values = yaml.safe_load((ROOT / "deploy" / "k8s" / "values.yaml").read_text())
    values.update({"egov_base_url": f"http://egov-gateway.internal:{sim_port}",
                   "egov_client_tls_secret": None,  # the simulator speaks plain HTTP, and asks for no certificate
                   "idp_jwks_url": "http://idp.internal/.well-known/jwks.json",
                   "otel_endpoint": "http://otel-collector.ipp:4318",
                   "trusted_proxies": ["10.213.0.0/16"]})
    # what lies outside the cluster, for the egress policies: the simulator as the e-gov gateway, the identity
    # provider's name
    values["egress"] = {**values["egress"], "egov": [f"{ADDRESSES['egov']}/32"], "idp": [f"{ADDRESSES['idp']}/32"]}
    return values
