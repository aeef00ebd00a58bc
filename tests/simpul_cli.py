"""Run the real `simpul` command line in a child process (tests import this)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def simpul(*args: str, cwd: Path | None = None, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "simpul", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, check=False)
