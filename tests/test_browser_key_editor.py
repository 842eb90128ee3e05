"""The key editor in a real browser, keyboard only: review three sentences and one hedge, save, reload.

A teacher opens ``teacher/make_an_exercise.ipynb`` in JupyterLab (Debian's
Chromium, driven by Playwright) and runs it: the exercise is made from the practice
article and the editor shows its draft key. From the editor's first control on,
only the keyboard is used: Tab and Shift+Tab move, Enter presses a button, typing
chooses in a list. Three sentences are reviewed (the third corrected: its kind
changed), one hedge accepted, then Save. The page is reloaded and the kernel
restarted: the editor comes back with the review, read from the files on disk.

A second test types JupyterLab's notebook shortcuts ("a", "b", "d d", "x", the arrows) in
the editor's lists and after its buttons: they choose in the list and never add, delete, cut or
leave a notebook cell, and the focus stays in the editor when a hedge's row is redrawn.

The time each step takes is printed (the README's "Make an exercise from today's
news" quotes it). The server runs on 127.0.0.1 with a random token in a temporary
copy of ``notebooks/`` and ``seeds/``, with a temporary HOME. Without chromium the
test is skipped (under CI it must run).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = "teacher/make_an_exercise.ipynb"
NAME = "ex07_calvera_budget"  # the notebook's NAME
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--headless", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
_IGNORE = shutil.ignore_patterns("*.answers.json", "*.answers.corrupt-*", ".ipynb_checkpoints", "__pycache__")


@pytest.fixture
def chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        reason = "Debian's chromium is not installed (apt-get install chromium): the browser test cannot run"
        if os.environ.get("CI"):
            pytest.fail(reason + " — CI must run it (.ci/run installs it).")
        pytest.skip(reason)
    return path


def _poll(what: str, check: Callable[[], Any], *, timeout: float, every: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = check()
        except (OSError, ValueError, KeyError):
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


class _Lab:
    def __init__(self, url: str, token: str, root: Path, process: subprocess.Popen, log: Path) -> None:
        self.url, self.token, self.root, self.process, self.log = url, token, root, process, log

    def api(self, path: str, method: str = "GET") -> Any:
        request = urllib.request.Request(
            self.url + path, method=method, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def kernel_ready(self) -> bool:
        for session in self.api("/api/sessions"):
            kernel = session.get("kernel") or {}
            if (
                session.get("path", "").endswith(NOTEBOOK.split("/")[-1])
                and kernel.get("execution_state") == "idle"
            ):
                return kernel.get("connections", 0) >= 1
        return False

    def stop(self) -> None:
        try:
            for session in self.api("/api/sessions"):
                self.api(f"/api/sessions/{session['id']}", method="DELETE")
        except (OSError, ValueError):
            pass
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[_Lab]:
    from kit.cli import lab_environment

    root = tmp_path / "lab"
    shutil.copytree(ROOT / "teacher", root / "teacher", ignore=_IGNORE)
    shutil.copytree(ROOT / "seeds", root / "seeds", ignore=_IGNORE)
    home = tmp_path / "home"
    env = lab_environment()
    folders = [("HOME", ""), ("JUPYTER_CONFIG_DIR", "jupyter-config"), ("JUPYTER_DATA_DIR", "jupyter-data"),
               ("JUPYTER_RUNTIME_DIR", "jupyter-runtime"), ("IPYTHONDIR", "ipython")]  # fmt: skip
    for name, sub in folders:
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / sub)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    token = secrets.token_hex(16)
    command = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1",
               f"--ServerApp.port={port}", f"--ServerApp.token={token}", f"--ServerApp.root_dir={root}",
               "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]  # fmt: skip
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    log = tmp_path / "jupyterlab.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, env=env, cwd=root, stdout=out, stderr=subprocess.STDOUT)
    server = _Lab(f"http://127.0.0.1:{port}", token, root, process, log)
    try:
        _poll("JupyterLab to start", lambda: process.poll() is None and server.api("/api/status"), timeout=60)
    except AssertionError:
        server.stop()
        raise AssertionError(
            "JupyterLab did not start:\n" + log.read_text(errors="replace")[-3000:]
        ) from None
    yield server
    server.stop()


def _tab_to(page, css: str, *, back: bool = False, limit: int = 80) -> int:
    """Press Tab (Shift+Tab with ``back``) until the focused element is in ``css``; the presses it took."""
    key = "Shift+Tab" if back else "Tab"
    for presses in range(limit):
        if page.evaluate("css => !!(document.activeElement && document.activeElement.closest(css))", css):
            return presses
        page.keyboard.press(key)
    raise AssertionError(f"{limit} presses of {key} never reached {css}")


def test_a_teacher_reviews_a_key_with_the_keyboard_and_the_review_survives_a_reload(
    chromium: str, lab: _Lab, tmp_path: Path
):
    from playwright.sync_api import expect, sync_playwright

    shots = tmp_path / "screenshots"
    shots.mkdir()
    print(f"\nscreenshots: {shots}")
    key_file = lab.root / "seeds" / "keys" / f"{NAME}.json"
    times: dict[str, float] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium, args=CHROMIUM_ARGS, env={**os.environ, "HOME": str(tmp_path / "home")}
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(30_000)
        try:
            started = time.monotonic()
            page.goto(f"{lab.url}/lab/tree/{NOTEBOOK}?token={lab.token}")
            page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell")
            _poll("the notebook's kernel", lab.kernel_ready, timeout=45)
            page.click(".lm-MenuBar-itemLabel:text-is('Run')")
            page.click(".lm-Menu-itemLabel:text-is('Run All Cells')")
            editor = page.locator(".kit-key-editor").first
            progress = editor.locator(".kit-progress")
            expect(progress).to_contain_text("0 of ", timeout=60_000)
            total = int(progress.inner_text().split(" of ")[1].split()[0])
            times["open the notebook, make the exercise, open the editor"] = time.monotonic() - started
            page.screenshot(path=str(shots / "1-draft.png"))

            # keyboard only from here: focus lands on the editor's first control, as a click into it would
            started = time.monotonic()
            editor.locator(".kit-keyed-speaker input").focus()
            _tab_to(page, ".kit-keyed-accept")
            page.keyboard.press("Enter")  # sentence 1: the key is right
            expect(progress).to_contain_text(f"1 of {total} sentences reviewed")
            page.keyboard.press("Enter")  # sentence 2: still on the button
            expect(progress).to_contain_text(f"2 of {total} sentences reviewed")
            # sentence 3: a correction: a source typed in, and how it is reported chosen from the list
            _tab_to(page, ".kit-keyed-speaker", back=True)
            page.keyboard.press("Control+a")
            page.keyboard.type("a committee clerk")
            _tab_to(page, ".kit-keyed-kind")
            page.keyboard.press("Alt+ArrowDown")  # open the list, then the arrows and Enter choose
            page.keyboard.press("Home")
            page.keyboard.press("Enter")  # the first kind: a direct quotation
            expect(editor.locator(".kit-keyed-kind select")).to_have_value(re.compile("^direct"))
            chosen = "direct"
            _tab_to(page, ".kit-keyed-accept")
            page.keyboard.press("Enter")
            expect(progress).to_contain_text(f"3 of {total} sentences reviewed")
            for _ in range(total):  # on to a sentence with a hedge, with the Next button
                if editor.locator(".kit-keyed-hedge-accept").count():
                    break
                _tab_to(page, ".kit-keyed-next")
                page.keyboard.press("Enter")
                page.wait_for_timeout(150)
            hedge = editor.locator(".kit-keyed-hedge-row").first.inner_text().split("”")[0].strip("“ \n")
            _tab_to(page, ".kit-keyed-hedge-accept")
            page.keyboard.press("Enter")
            expect(progress).to_contain_text("1 of ")
            expect(progress).to_contain_text("hedges reviewed")
            _tab_to(page, ".kit-keyed-save")
            page.keyboard.press("Enter")
            expect(editor.locator(".kit-keyed-message")).to_contain_text("Saved at")
            times["review 3 sentences (one corrected) and 1 hedge, save"] = time.monotonic() - started
            page.screenshot(path=str(shots / "2-reviewed.png"))
            reviewed = progress.inner_text()
            assert reviewed.startswith(f"3 of {total} sentences reviewed · 1 of ")

            key = json.loads(key_file.read_text(encoding="utf-8"))
            assert len(key["review"]["sentences"]) == 3
            assert [h["text"] for h in key["hedges"] if h["reviewed"]] == [hedge]
            third = key["review"]["sentences"][2]
            assert any(
                a["speaker"] == "a committee clerk" and a["kind"] == chosen and a["content"] in third
                for a in key["attributions"]
            )

            # reload the page and restart the kernel: the review comes back from the files
            started = time.monotonic()
            page.reload()
            page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell")
            _poll("the notebook's kernel after the reload", lab.kernel_ready, timeout=45)
            page.click(".lm-MenuBar-itemLabel:text-is('Kernel')")
            page.click(".lm-Menu-itemLabel:text-is('Restart Kernel and Run All Cells…')")
            page.click(".jp-Dialog .jp-mod-accept")
            expect(page.locator(".kit-key-editor .kit-progress").first).to_have_text(reviewed, timeout=60_000)
            times["reload, restart, the editor back with the review"] = time.monotonic() - started
            page.screenshot(path=str(shots / "3-after-reload.png"))
            _poll("the kernel to finish", lab.kernel_ready, timeout=45)
        except Exception:
            page.screenshot(path=str(shots / "failure.png"), full_page=True)
            raise
        finally:
            browser.close()
    print("key editor, time per step:")
    for step, seconds in times.items():
        print(f"  {seconds:6.1f} s  {step}")
    print(f"  {sum(times.values()):6.1f} s  in all")


#: Keys that are JupyterLab's notebook shortcuts in command mode: insert a cell above ("a") or below ("b"),
#: delete it ("d d"), cut it ("x"), move to another cell (the arrow keys).
NOTEBOOK_SHORTCUTS = ["a", "b", "d", "d", "x", "ArrowDown", "ArrowUp", "ArrowRight", "ArrowLeft"]


def test_keys_typed_in_the_key_editor_choose_in_its_lists_and_never_edit_the_notebook(
    chromium: str, lab: _Lab, tmp_path: Path
):
    """A teacher typing in the editor's lists never inserts, deletes, cuts or leaves a notebook cell.

    JupyterLab's command mode reads bare letters and arrows as notebook shortcuts; in the editor
    they must choose in the focused list (a letter picks the option it starts with), as in the
    student widgets, and the review then saves as usual.
    """
    from playwright.sync_api import expect, sync_playwright

    key_file = lab.root / "seeds" / "keys" / f"{NAME}.json"
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium, args=CHROMIUM_ARGS, env={**os.environ, "HOME": str(tmp_path / "home")}
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(30_000)
        try:
            page.goto(f"{lab.url}/lab/tree/{NOTEBOOK}?token={lab.token}")
            page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell")
            _poll("the notebook's kernel", lab.kernel_ready, timeout=45)
            page.click(".lm-MenuBar-itemLabel:text-is('Run')")
            page.click(".lm-Menu-itemLabel:text-is('Run All Cells')")
            editor = page.locator(".kit-key-editor").first
            progress = editor.locator(".kit-progress")
            expect(progress).to_contain_text("0 of ", timeout=60_000)
            _poll("the kernel to finish running", lab.kernel_ready, timeout=45)
            total = int(progress.inner_text().split(" of ")[1].split()[0])
            cells = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell")
            active = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell.jp-mod-active")
            count = cells.count()

            kind = editor.locator(".kit-keyed-kind select")
            kind.focus()  # where Tab brings a teacher (the notebook is in command mode, as after a click)
            assert page.evaluate("() => !!document.querySelector('.jp-Notebook.jp-mod-commandMode')")
            here = active.get_attribute("data-windowed-list-index")

            def notebook_untouched(after: str) -> None:
                assert cells.count() == count, (
                    f"“{after}” reached JupyterLab: a cell was inserted, deleted or cut"
                )
                assert active.get_attribute("data-windowed-list-index") == here, (
                    f"“{after}” moved to another cell"
                )
                assert page.evaluate("() => document.activeElement.tagName") == "SELECT", (
                    f"“{after}” left the list"
                )

            for select in (kind, editor.locator(".kit-keyed-source-type select")):
                select.focus()
                for key in NOTEBOOK_SHORTCUTS:
                    page.keyboard.press(key)
                    page.wait_for_timeout(100)
                    notebook_untouched(key)
                page.wait_for_timeout(1100)  # the list's type-ahead starts again

            # a letter chooses the option it starts with: "r" reported speech, then "d" a direct quotation
            kind.focus()
            for letter, label in (("r", "reported speech"), ("d", "direct quotation")):
                page.keyboard.press(letter)
                expect(kind).to_have_value(re.compile("^" + label))
                notebook_untouched(letter)
                page.wait_for_timeout(1100)
            source_type = editor.locator(".kit-keyed-source-type select")
            source_type.focus()
            page.keyboard.press("o")
            expect(source_type).to_have_value("organization")  # the list shows the type's words
            notebook_untouched("o")

            # the review saves as before: the sentence is keyed with what the lists show
            _tab_to(page, ".kit-keyed-accept")
            page.keyboard.press("Enter")
            expect(progress).to_contain_text(f"1 of {total} sentences reviewed")
            _tab_to(page, ".kit-keyed-save")
            page.keyboard.press("Enter")
            expect(editor.locator(".kit-keyed-message")).to_contain_text("Saved at")
            assert cells.count() == count
            key = json.loads(key_file.read_text(encoding="utf-8"))
            assert len(key["review"]["sentences"]) == 1
            first = key["review"]["sentences"][0]
            assert any(a["kind"] == "direct" and a["content"] in first for a in key["attributions"]), first

            # a hedge accepted with Enter: its row is redrawn, and the keys stay in the editor
            for _ in range(total):
                if editor.locator(".kit-keyed-hedge-accept").count():
                    break
                _tab_to(page, ".kit-keyed-next")
                page.keyboard.press("Enter")
                page.wait_for_timeout(150)
            rows = editor.locator(".kit-keyed-hedge-row")
            hedges = rows.count()
            _tab_to(page, ".kit-keyed-hedge-accept")
            page.keyboard.press("Enter")
            expect(progress).to_contain_text(re.compile(r"· 1 of \d+ hedges reviewed"))
            expect(editor.locator(".kit-keyed-hedge-row.kit-reviewed")).to_have_count(1)
            page.wait_for_timeout(300)
            on = "css => !!(document.activeElement && document.activeElement.closest(css))"
            assert page.evaluate(on, ".kit-key-editor .kit-keyed-hedge-accept"), (
                "after Accept the focus left the editor: Tab starts again at the top of the page"
            )
            for key_name in NOTEBOOK_SHORTCUTS:
                page.keyboard.press(key_name)
                page.wait_for_timeout(100)
                assert cells.count() == count, f"“{key_name}” after Accept reached JupyterLab"
                assert active.get_attribute("data-windowed-list-index") == here, f"“{key_name}” moved cells"
            assert page.evaluate(on, ".kit-key-editor .kit-keyed-hedge-accept")
            # "Remove" takes the row away: the focus goes on to "Add a hedge", not out of the editor
            _tab_to(page, ".kit-keyed-hedge-remove")
            page.keyboard.press("Enter")
            expect(editor.locator(".kit-keyed-message")).to_contain_text("Hedge removed.")
            expect(rows).to_have_count(hedges - 1)
            page.wait_for_timeout(300)
            assert page.evaluate(on, ".kit-key-editor .kit-keyed-new-hedge"), (
                "after Remove the focus was lost"
            )
            assert cells.count() == count

            # "Previous" back to the first sentence: the button is disabled there, the focus moves to "Next"
            _tab_to(page, ".kit-keyed-prev", back=True)
            previous = editor.locator(".kit-keyed-prev button, button.kit-keyed-prev").first
            for _ in range(total):
                if previous.is_disabled():
                    break
                page.keyboard.press("Enter")
                page.wait_for_timeout(200)
            expect(editor.locator(".kit-keyed-focus")).to_contain_text(f"Sentence 1 of {total}")
            page.wait_for_timeout(300)
            assert page.evaluate(on, ".kit-key-editor .kit-keyed-next"), "the focus was lost with “Previous”"
            assert cells.count() == count

            # a screen reader names the editor, as it names the student widgets
            group = page.locator(".kit-key-editor[role=group]").first
            expect(group).to_have_attribute("aria-label", "Key editor")
        except Exception:
            page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
            print(f"screenshots: {tmp_path}")
            raise
        finally:
            browser.close()
