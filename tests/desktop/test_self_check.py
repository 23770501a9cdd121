"""``ideabank --self-check`` opens the real window offscreen and reports plainly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _self_check(env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", **env_extra}
    return subprocess.run([sys.executable, "-m", "desktop", "--self-check"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def test_self_check_passes_on_a_working_install(tmp_path):  # noqa: ANN001
    done = _self_check({"IDEABANK_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert "self-check passed" in done.stdout


def test_version_is_the_projects_version():
    from shared.version import __version__

    done = subprocess.run([sys.executable, "-m", "desktop", "--version"], cwd=REPO,
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.stdout.strip() == f"ideabank {__version__}"
