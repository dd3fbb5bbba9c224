"""The platform's Kubernetes objects as an operator renders them: ``kubectl kustomize`` of an overlay under
``deploy/k8s/overlays`` (ADR 33). ``kubectl`` is the machine's, else Debian's ``kubernetes-client`` is
installed (its kustomize v2 renders the overlays as newer ones do)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]  # PyYAML ships no type stubs
from debian_packages import ensure

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
OVERLAYS = ("dev", "stage", "prod")


def kubectl() -> str:
    return shutil.which("kubectl") or ensure("kubernetes-client", "/usr/bin/kubectl")


def render(overlay: str = "prod", tree: Path = K8S) -> list[dict[str, Any]]:
    """The objects ``kubectl kustomize <tree>/overlays/<overlay>`` writes."""
    r = subprocess.run([kubectl(), "kustomize", str(tree / "overlays" / overlay)], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, f"kubectl kustomize {overlay}: {r.stderr[-3000:]}"
    return [d for d in yaml.safe_load_all(r.stdout) if d]


def render_with(values: dict[str, Any], workdir: Path, overlay: str = "prod") -> list[dict[str, Any]]:
    """An overlay rendered over the base and parts that ``values`` generate (another environment's values), in
    ``workdir``: the generator the operators run, then kubectl."""
    tree = workdir / "k8s"
    tree.mkdir(parents=True, exist_ok=True)
    (tree / "values.yaml").write_text(yaml.safe_dump(values))
    r = subprocess.run([sys.executable, str(K8S / "generate.py"), "--values", str(tree / "values.yaml"),
                        "--out-dir", str(tree)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    return render_generated(tree, overlay)


def render_generated(tree: Path, overlay: str = "prod") -> list[dict[str, Any]]:
    """An overlay of deploy/k8s rendered over the base and parts generated into ``tree``."""
    shutil.copytree(K8S / "overlays", tree / "overlays", dirs_exist_ok=True)
    return render(overlay, tree)
