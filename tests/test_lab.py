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


class Lab:
    """``python -m kit lab --no-browser`` started from a folder outside the repository."""

    def __init__(self, tmp_path: Path, *options: str) -> None:
        self.home = tmp_path / "home"
        self.home.mkdir()
        env = {
            **os.environ,
            "HOME": str(self.home),
            "JUPYTER_CONFIG_DIR": str(self.home / ".jupyter"),
            "JUPYTER_DATA_DIR": str(self.home / "data"),
            "JUPYTER_RUNTIME_DIR": str(self.home / "runtime"),
            "PYTHONPATH": str(ROOT),  # the kit of this checkout, whatever the current folder
        }
        env.pop("KIT_HOME", None)
        self.log = tmp_path / "lab.log"
        command = [sys.executable, "-m", "kit", "lab", "--no-browser", "--port", str(_free_port()), *options]
        with open(self.log, "wb") as out:
            self.process = subprocess.Popen(
                command, cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT
            )
        self.address = _started(self.process, self.log)
        self.base, self.query = self.address.split("/lab/", 1)
        self.token = self.query.rsplit("=", 1)[1]
        deadline = time.monotonic() + 30  # the address is printed a moment before the port answers
        while True:
            try:
                self.api("/api/status")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def api(self, path: str, *, method: str = "GET", body: object = None):
        request = urllib.request.Request(
            f"{self.base}{path}",
            data=json.dumps(body).encode() if body is not None else None,
            method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            raw = response.read()
        return json.loads(raw) if raw.strip() else None

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def test_kit_lab_from_another_folder_opens_lesson_01_in_the_students_workspace(tmp_path):
    lab = Lab(tmp_path)
    try:
        assert lab.query.startswith(f"tree/{FIRST}?token="), lab.address  # the lesson, not the Launcher
        assert lab.api(f"/api/contents/{FIRST}?content=0")["type"] == "notebook"
        work = lab.home / "media-literacy"  # the student's own copy: the kit's files stay as they are
        assert lab.log.read_text().startswith(f"Your workspace: {work}\n")
        assert f"Starting JupyterLab on {work / FIRST}" in lab.log.read_text()
        assert (work / FIRST).is_file()
    finally:
        lab.stop()


def test_an_idle_kernel_is_shut_down_and_gives_its_memory_back(tmp_path):
    lab = Lab(tmp_path, "--idle-minutes", "0.05")  # 3 seconds, for the test (the default is an hour)
    try:
        kernel = lab.api("/api/kernels", method="POST", body={"name": "python3"})["id"]
        assert kernel in [k["id"] for k in lab.api("/api/kernels")]
        deadline = time.monotonic() + 60
        while kernel in [k["id"] for k in lab.api("/api/kernels")]:
            assert time.monotonic() < deadline, "the idle kernel was not shut down within a minute"
            time.sleep(0.5)
        assert "Culling kernel" in lab.log.read_text() or "culling" in lab.log.read_text().lower()
    finally:
        lab.stop()
