"""Chromium for the browser tests: Debian's package, installed where it is missing."""
from __future__ import annotations

from debian_packages import ensure

CHROMIUM = "/usr/bin/chromium"
# The flags the machine's Chromium needs: no sandbox as root, no calls home on a closed network.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def ensure_chromium() -> str:
    """Chromium from Debian's packages, installed here if this machine lacks it (the test never skips)."""
    return ensure("chromium", CHROMIUM)
