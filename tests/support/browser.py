"""Chromium for the browser tests: Debian's package, installed where it is missing."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
# The flags the machine's Chromium needs: no sandbox as root, no calls home on a closed network.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def ensure_chromium() -> str:
    """Chromium from Debian's packages, installed here if this machine lacks it (the test never skips)."""
    if not Path(CHROMIUM).exists():
        apt = shutil.which("apt-get")
        assert apt, "Chromium is not installed and there is no apt-get to install it"
        if subprocess.run([apt, "install", "-y", "-q", "chromium"], capture_output=True).returncode != 0:
            subprocess.run([apt, "update", "-q"], check=True, capture_output=True)
            subprocess.run([apt, "install", "-y", "-q", "chromium"], check=True, capture_output=True)
    return CHROMIUM
