"""kit.reopen in a real browser: a lesson run, saved and reopened after its server stopped shows no error.

What a class meets the next day: lesson 04 (widgets and charts) is run and saved; JupyterLab stops (the
end of the lesson, a restarted machine); it starts again and the lesson is opened before anything is
run. Every widget shows its last state under "Run this cell to continue — your answers are safe in
….answers.json", every chart its picture, and nowhere "Error displaying widget". The saved notebook
exported with ``jupyter nbconvert --to html`` shows the charts too.

One JupyterLab at a time, on 127.0.0.1, in a temporary copy of notebooks/ and seeds/ with a temporary
HOME (the fixtures in conftest.py). Without Debian's chromium the test is skipped (failed under CI).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

LESSON = "notebooks/04_two_statements.ipynb"
CHARTS = 2  # speaking_time_vs_quotes and tone_and_warmth


def _saved_state(path: Path) -> bool:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    state = notebook.get("metadata", {}).get("widgets", {})
    return bool(state.get("application/vnd.jupyter.widget-state+json", {}).get("state"))


def test_a_lesson_reopened_after_the_server_stopped_shows_its_last_state_and_no_error(
    browser, jupyterlab, tmp_path
):
    root, home = jupyterlab.workspace(tmp_path, ("notebooks", "seeds"))
    saved = root / LESSON
    server = jupyterlab.start(root, home)
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.set_default_timeout(30_000)
    try:
        server.open(page, LESSON)
        server.run_all(page, LESSON)
        widgets = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .kit-widget").count()
        assert widgets >= 5, "the lesson's widgets are on screen"
        before = saved.stat().st_mtime_ns
        server.save(page)
        written = lambda: saved.stat().st_mtime_ns != before and _saved_state(saved)  # noqa: E731
        jupyterlab.poll("the save with the widget state", written, timeout=20)
    finally:
        page.close()
        server.stop()

    again = jupyterlab.start(root, home)  # the next day: another server, another token
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.set_default_timeout(30_000)
    try:
        again.open(page, LESSON, kernel=False)
        panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        notes = panel.get_by_text("Run this cell to continue")
        jupyterlab.poll("the restored widgets and charts", lambda: notes.count() >= widgets, timeout=30)
        page.wait_for_timeout(1500)  # anything that would fail to display has had its chance
        text = panel.inner_text()
        assert "Error displaying widget" not in text and "model not found" not in text
        assert "answers are safe in 04_two_statements.answers.json" in text
        pictures = panel.locator(".jp-OutputArea-output img, .jp-OutputArea-output svg.marks, "
                                 ".jp-RenderedSVG svg")  # fmt: skip
        assert pictures.count() >= CHARTS, "each chart shows its picture"
        restored = panel.locator(".kit-widget").count()
        assert restored >= widgets - CHARTS, f"{restored} kit widgets shown of {widgets}"
        page.screenshot(path=str(tmp_path / "reopened.png"))
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        print(f"screenshots: {tmp_path}")
        raise
    finally:
        page.close()
        again.stop()

    out = tmp_path / "export"
    subprocess.run(
        [sys.executable, "-m", "jupyter", "nbconvert", "--to", "html", "--output-dir", str(out), str(saved)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    exported = (out / "04_two_statements.html").read_text(encoding="utf-8")
    # nbconvert writes each chart's picture as an image of its SVG
    assert exported.count('data-mime-type="image/svg+xml"') >= CHARTS, "the charts are in the export"
    assert "Error displaying widget" not in exported
