"""Debian packages a test needs (Chromium, promtool), installed where the machine lacks them: the tests
that need them never skip."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def ensure(package: str, binary: str) -> str:
    if not Path(binary).exists():
        apt = shutil.which("apt-get")
        assert apt, f"{binary} is not installed and there is no apt-get to install {package}"
        if subprocess.run([apt, "install", "-y", "-q", package], capture_output=True).returncode != 0:
            subprocess.run([apt, "update", "-q"], check=True, capture_output=True)
            subprocess.run([apt, "install", "-y", "-q", package], check=True, capture_output=True)
    return binary
