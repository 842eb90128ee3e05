"""A class on one server: a real JupyterHub with three students and a teacher, on 127.0.0.1.

JupyterHub (PyPI) and its proxy, configurable-http-proxy (npm, installed by ``make test`` into
node_modules/), a test authenticator and a local-process spawner that gives each user a home folder
of their own. Each user's server starts with ``python -m kit workspace`` (a hub's start-up hook);
each student runs lesson 01 and exercise 01 through the server's kernel API, as the browser would,
and answers; the answers land in that student's workspace only; a student's token cannot read
another's files; the teacher collects and grades. Everything is stopped by the test.
"""

from __future__ import annotations

import asyncio
import csv
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from kit.grading import collect, grade

ROOT = Path(__file__).resolve().parent.parent
STUDENTS = ("ana", "ben", "cy")
LESSON = "media-literacy/notebooks/01_reading_the_article.ipynb"
EXERCISE = "media-literacy/exercises/ex01_source_tagging.ipynb"

ANSWER = """
import kit
from kit.widgets.tagger import KINDS
_problems = []
for _w in list(Out.values()):
    if isinstance(_w, kit.MultipleChoice):
        _w.choose(_w.options[{choice}][1])
    elif isinstance(_w, kit.SourceTagger):
        _w.tag(_w.speakers[0], KINDS[0])
    else:
        continue
    if _w.answers.error:
        _problems.append(_w.answers.error)
print("problems:", _problems)
"""

CONFIG = """
c = get_config()  # noqa: F821
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_port}"
c.ConfigurableHTTPProxy.should_start = True
c.JupyterHub.db_url = "sqlite:///{folder}/hub.sqlite"
c.JupyterHub.cookie_secret_file = "{folder}/cookie_secret"
c.JupyterHub.pid_file = "{folder}/hub.pid"
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allowed_users = {students!r}
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = "{folder}/home/{{username}}"
# the kit's own hub settings, as deployed (deploy/hub_config.py), then what only this test needs
exec(open({hub_config!r}, encoding="utf-8").read())
c.Spawner.args = [*c.Spawner.args, *{args!r}]
c.Spawner.start_timeout = 120
# answer the start request at once (202) and spawn in the background: three servers start together
c.JupyterHub.tornado_settings = {{"slow_spawn_timeout": 0}}
c.Spawner.http_timeout = 120
c.JupyterHub.services = [{{"name": "teacher", "api_token": "{token}"}}]
c.JupyterHub.load_roles = [{{
    "name": "teacher",
    "scopes": ["admin:users", "admin:servers", "tokens", "access:servers"],
    "services": ["teacher"],
}}]
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _proxy() -> str:
    local = ROOT / "node_modules" / ".bin" / "configurable-http-proxy"
    found = str(local) if local.exists() else shutil.which("configurable-http-proxy")
    if found is None:
        reason = "configurable-http-proxy (npm) is not installed: `make test` installs it into node_modules/"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return found


class Hub:
    """The running hub: its address, the teacher's token, and HTTP helpers."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        self.token = uuid.uuid4().hex
        args = ["--allow-root"] if os.geteuid() == 0 else []
        (folder / "home").mkdir(parents=True)
        for name in STUDENTS:
            (folder / "home" / name).mkdir()
        (folder / "jupyterhub_config.py").write_text(
            CONFIG.format(
                port=self.port, hub_port=_free_port(), proxy=_proxy(), proxy_port=_free_port(), folder=folder,
                students=set(STUDENTS), args=args, hub_config=str(ROOT / "deploy" / "hub_config.py"),
                token=self.token,
            )
        )  # fmt: skip
        self.log = folder / "hub.log"
        env = {
            **os.environ,
            "HOME": str(folder),
            "JUPYTER_RUNTIME_DIR": str(folder / "runtime"),
            # media-kit and jupyterhub-singleuser, as on a hub's PATH
            "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
        }
        env.pop("KIT_HOME", None)
        with open(self.log, "wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "jupyterhub", "-f", str(folder / "jupyterhub_config.py")],
                cwd=folder, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        self.url = f"http://127.0.0.1:{self.port}"

    def request(self, path: str, *, token: str | None = None, method: str = "GET", body: object = None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            self.url + path, data=data, method=method,
            headers={"Authorization": f"token {token or self.token}", "Content-Type": "application/json"},
        )  # fmt: skip
        with urllib.request.urlopen(request, timeout=30) as response:
            raw = response.read()
            return response.status, (json.loads(raw) if raw.strip() else None)

    def server(self, name: str) -> dict:
        """The hub's record of ``name``'s server."""
        return self.request(f"/hub/api/users/{name}")[1]["servers"][""]

    def wait(self, what: str, check, timeout: float = 120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the hub stopped:\n{self.log.read_text(errors='replace')[-3000:]}")
            try:
                value = check()
            except (OSError, urllib.error.HTTPError, ValueError, KeyError):
                value = None
            if value:
                return value
            time.sleep(0.5)
        raise AssertionError(f"timed out waiting for {what}:\n{self.log.read_text(errors='replace')[-3000:]}")

    def stop(self) -> None:
        try:
            for name in STUDENTS:
                self.request(f"/hub/api/users/{name}/server", method="DELETE")
        except (OSError, urllib.error.HTTPError):
            pass
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


async def _run_cells(url: str, token: str, kernel: str, cells: list[str]) -> str:
    """Run ``cells`` in a kernel through the server's websocket, as JupyterLab does; return their output."""
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    address = url.replace("http://", "ws://") + f"/api/kernels/{kernel}/channels"
    connection = await websocket_connect(HTTPRequest(address, headers={"Authorization": f"token {token}"}))
    printed: list[str] = []
    session = uuid.uuid4().hex
    try:
        for code in cells:
            msg_id = uuid.uuid4().hex
            connection.write_message(json.dumps({
                "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "student",
                           "session": session, "version": "5.3", "date": ""},
                "parent_header": {}, "metadata": {}, "channel": "shell",
                "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                            "allow_stdin": False, "stop_on_error": True},
            }))  # fmt: skip
            replied = idle = False
            while not (replied and idle):  # the reply (shell) and the last output (iopub) come in any order
                raw = await asyncio.wait_for(connection.read_message(), timeout=180)
                assert raw is not None, "the kernel's websocket closed"
                message = json.loads(raw)
                if message.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                kind = message["msg_type"]
                if kind == "stream":
                    printed.append(message["content"]["text"])
                elif kind == "error":
                    raise AssertionError("\n".join(message["content"]["traceback"])[-2000:])
                elif kind == "execute_reply":
                    assert message["content"]["status"] == "ok", message["content"]
                    replied = True
                elif kind == "status" and message["content"]["execution_state"] == "idle":
                    idle = True
    finally:
        connection.close()
    return "".join(printed)


def _code_cells(path: Path) -> list[str]:
    return ["".join(c["source"]) for c in json.loads(path.read_text())["cells"] if c["cell_type"] == "code"]


@pytest.mark.hub
def test_a_class_on_one_hub_answers_in_their_own_workspaces_and_the_teacher_grades(tmp_path):
    hub = Hub(tmp_path / "hub")
    try:
        hub.wait("the hub", lambda: hub.request("/hub/api/users")[0] == 200)
        for name in STUDENTS:
            hub.request(f"/hub/api/users/{name}/server", method="POST")
        tokens = {}
        for name in STUDENTS:
            hub.wait(f"{name}'s server", lambda name=name: hub.server(name)["ready"])
            tokens[name] = hub.request(f"/hub/api/users/{name}/tokens", method="POST", body={})[1]["token"]

        for n, name in enumerate(STUDENTS):
            server = f"{hub.url}/user/{name}"
            for path, choice in ((LESSON, n), (EXERCISE, 2)):
                _, session = hub.request(
                    f"/user/{name}/api/sessions", token=tokens[name], method="POST",
                    body={"path": path, "type": "notebook", "kernel": {"name": "python3"}},
                )  # fmt: skip
                cells = [*_code_cells(tmp_path / "hub" / "home" / name / path), ANSWER.format(choice=choice)]
                printed = asyncio.run(_run_cells(server, tokens[name], session["kernel"]["id"], cells))
                assert printed.strip().endswith("problems: []"), printed

        homes = tmp_path / "hub" / "home"
        for n, name in enumerate(STUDENTS):
            saved = homes / name / "media-literacy" / "notebooks" / "01_reading_the_article.answers.json"
            answer = json.loads(saved.read_text())["exercises"]["exit-crude"]["answer"]
            assert (
                answer == ["Vladimir Putin", "Xi Jinping", "Russia’s Finance Ministry"][n]
            )  # each their own
        with pytest.raises(urllib.error.HTTPError) as refused:  # ben's token on ana's server
            hub.request(f"/user/ana/api/contents/{LESSON}", token=tokens["ben"])
        assert refused.value.code in (403, 404)
        assert hub.request(f"/user/ana/api/contents/{LESSON}?content=0", token=tokens["ana"])[0] == 200
    finally:
        hub.stop()

    report = collect([f"{homes}/*/media-literacy"], out=tmp_path / "submissions")
    assert report.lines[-1] == "Collected 6 answers files from 3 of 3 workspaces into submissions/."
    grade(tmp_path / "submissions", key=ROOT / "solutions", out=tmp_path / "grades", chart=False)
    with open(tmp_path / "grades" / "grades.csv", encoding="utf-8-sig", newline="") as handle:
        rows = {row["student"]: row for row in csv.DictReader(handle)}
    assert sorted(rows) == list(STUDENTS)
    assert {row["ex01.document_source"] for row in rows.values()} == {"2"}  # "the official translation…"
