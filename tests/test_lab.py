"""``python -m kit lab``: JupyterLab on lesson 01 in the student's workspace, started from any folder."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST = "notebooks/01_reading_the_article.ipynb"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _started(process: subprocess.Popen, log: Path, *, timeout: float = 60) -> str:
    """The address JupyterLab prints for the user, once it is up (fails with the log if it stops)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = re.search(r"http://127\.0\.0\.1:\d+/\S+\?token=\w+", log.read_text(errors="replace"))
        if found:
            return found.group(0)
        if process.poll() is not None:
            raise AssertionError("JupyterLab stopped:\n" + log.read_text(errors="replace")[-2000:])
        time.sleep(0.2)
    raise AssertionError("JupyterLab did not print its address:\n" + log.read_text(errors="replace")[-2000:])


def test_kit_lab_from_another_folder_opens_lesson_01_in_the_students_workspace(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "JUPYTER_CONFIG_DIR": str(home / ".jupyter"),
        "JUPYTER_DATA_DIR": str(home / "data"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "PYTHONPATH": str(ROOT),  # the kit of this checkout, whatever the current folder
    }
    log = tmp_path / "lab.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "kit", "lab", "--no-browser", "--port", str(_free_port())],
            cwd=tmp_path,  # not the repository
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        address = _started(process, log)
        base, query = address.split("/lab/", 1)
        assert query.startswith(f"tree/{FIRST}?token="), address  # the lesson, not the Launcher
        token = query.rsplit("=", 1)[1]
        request = urllib.request.Request(
            f"{base}/api/contents/{FIRST}?content=0", headers={"Authorization": f"token {token}"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            assert json.load(response)["type"] == "notebook"
        work = home / "media-literacy"  # the student's own copy: the kit's files stay as they are
        assert log.read_text().startswith(f"Your workspace: {work}\n")
        assert f"Starting JupyterLab on {work / FIRST}" in log.read_text()
        assert (work / FIRST).is_file()
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
