"""``python -m kit present 03``: a lesson as an app (Voilà), no code on screen, answers saved."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--headless",
    "--disable-background-networking",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(what: str, check, *, process: subprocess.Popen, log: Path, timeout: float = 90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        if process.poll() is not None:
            raise AssertionError(f"the server stopped:\n{log.read_text(errors='replace')[-2000:]}")
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}:\n{log.read_text(errors='replace')[-2000:]}")


def _stamp(path: Path) -> int | None:
    return path.stat().st_mtime_ns if path.exists() else None


def _hedge_marks(path: Path) -> list:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return []
    return [m for e in data["exercises"].values() if e["widget"] == "HedgeHunter" for m in e["answer"]]


@pytest.mark.browser
def test_a_lesson_presented_as_an_app_shows_no_code_and_saves_answers(tmp_path):
    chromium = shutil.which("chromium")
    if chromium is None:
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is needed (.ci/run installs it)")
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import expect, sync_playwright

    home = tmp_path / "home"
    home.mkdir()
    port = _free_port()
    env = {**os.environ, "HOME": str(home), "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
           "JUPYTER_CONFIG_DIR": str(home / ".jupyter"), "JUPYTER_DATA_DIR": str(home / "data")}  # fmt: skip
    env.pop("KIT_HOME", None)
    log = tmp_path / "voila.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "kit", "present", "03", "--no-browser", "--port", str(port)],
            cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    answers = home / "media-literacy" / "notebooks" / "03_hedge_hunt.answers.json"
    kit_file = _stamp(ROOT / "notebooks" / "03_hedge_hunt.answers.json")
    try:
        _wait(
            "Voilà", lambda: f"127.0.0.1:{port}" in log.read_text(errors="replace"), process=process, log=log
        )
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, env={**env})
            page = browser.new_page(viewport={"width": 1366, "height": 768})
            page.set_default_timeout(90_000)
            page.goto(f"http://127.0.0.1:{port}/")
            hunter = page.locator(".kit-hedge-hunter").first
            expect(hunter.locator(".kit-token").first).to_be_visible()
            text = page.inner_text("body")
            assert "kit.analyze(" not in text and "import kit" not in text, "no code on screen"
            assert page.locator(".jp-InputArea-editor, .cm-editor").count() == 0
            token = hunter.locator(".kit-token").filter(has_text=re.compile(r"^claims$")).first
            token.scroll_into_view_if_needed()
            token.click()
            expect(hunter.locator(".kit-mark").first).to_have_text("claims")
            browser.close()
        marks = _wait("the mark in the answers file", lambda: _hedge_marks(answers), process=process, log=log)
        assert [m["text"] for m in marks] == ["claims"]
        kit_now = _stamp(ROOT / "notebooks" / "03_hedge_hunt.answers.json")
        assert kit_now == kit_file, "the kit's own folder is untouched"
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
