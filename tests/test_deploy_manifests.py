"""The Kubernetes manifests: generated from one description and up to date; built-in kinds validated
against the Kubernetes schemas (strict); the CRDs checked for the fields we rely on; every service and
every role covered with the right autoscaler."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import kubernetes_validate
import yaml

ROOT = Path(__file__).resolve().parents[1]
DOCS = [d for d in yaml.safe_load_all((ROOT / "deploy/k8s/platform.yaml").read_text()) if d]
SERVICES = ["registry", "verification", "contracts", "measures", "notifications"]
BUILTIN = {"v1", "apps/v1", "autoscaling/v2", "policy/v1"}


def find(kind: str, name: str) -> dict:
    [d] = [d for d in DOCS if d["kind"] == kind and d["metadata"]["name"] == name]
    return d


def test_manifests_are_generated_and_current() -> None:
    r = subprocess.run([sys.executable, "deploy/k8s/generate.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_builtin_kinds_validate_against_kubernetes_schemas() -> None:
    checked = 0
    for d in DOCS:
        if d["apiVersion"] in BUILTIN:
            kubernetes_validate.validate(d, "1.31", strict=True)
            checked += 1
    assert checked >= 5 * 6


def test_crds_have_the_fields_we_rely_on() -> None:
    for d in DOCS:
        if d["kind"] == "ScaledObject":
            assert d["apiVersion"] == "keda.sh/v1alpha1" and d["spec"]["scaleTargetRef"]["name"]
            t = d["spec"]["triggers"][0]
            assert t["type"] in ("rabbitmq", "prometheus") and t["metadata"]
            assert 1 <= d["spec"]["minReplicaCount"] <= d["spec"]["maxReplicaCount"]
    rmq = find("RabbitmqCluster", "ipp-rabbitmq")
    assert rmq["spec"]["replicas"] == 3 and "default_queue_type = quorum" in rmq["spec"]["rabbitmq"]["additionalConfig"]


def test_every_service_and_role_is_covered() -> None:
    for s in SERVICES:
        for role in ("api", "consumer", "relay"):
            dep = find("Deployment", f"{s}-{role}")
            c = dep["spec"]["template"]["spec"]["containers"][0]
            assert c["args"][:2] == [s, role]
            env = {e["name"]: e for e in c["env"]}
            assert env["IPP_QUEUE_TYPE"]["value"] == "quorum" and env["IPP_ENV"]["value"] == "prod"
            assert "secretKeyRef" in env[f"{s.upper()}_DATABASE_URL"]["valueFrom"]
        api = find("Deployment", f"{s}-api")["spec"]["template"]["spec"]
        assert api["initContainers"][0]["args"] == [s, "migrate"]
        assert find("Service", f"{s}-api") and find("HorizontalPodAutoscaler", f"{s}-api")["spec"]["metrics"][0][
            "resource"]["name"] == "cpu"
        consumer = find("ScaledObject", f"{s}-consumer")["spec"]["triggers"][0]
        assert consumer["type"] == "rabbitmq" and consumer["metadata"]["queueName"] == f"ipp.{s}"
        assert find("ScaledObject", f"{s}-relay")["spec"]["triggers"][0]["type"] == "prometheus"
        assert find("Cluster", f"{s}-db")["spec"]["instances"] >= 2
    assert find("Deployment", "otel-collector")
