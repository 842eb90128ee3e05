"""Every lesson (student and teacher editions), exercise and solution runs headless without error.

Each notebook runs in a temporary copy of its folder and of ``seeds/`` (the lessons
read ``../seeds/...``), so the answers files the widgets save never land in the
repository. The time each notebook took is printed at the end of the test run
(the 20 s budget per notebook is a figure to watch, not an assertion).
"""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("notebooks", "teacher", "exercises", "solutions")
NOTEBOOKS = sorted(p for d in FOLDERS for p in (ROOT / d).glob("*.ipynb"))
LESSONS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
BUDGET_SECONDS = 20
_IGNORE = shutil.ignore_patterns("*.answers.json", "*.answers.corrupt-*", ".ipynb_checkpoints", "__pycache__")


class _Timings:
    """A tiny plugin that prints how long each notebook took, after the test summary."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def pytest_terminal_summary(self, terminalreporter) -> None:
        if not self.seconds:
            return
        terminalreporter.section("notebook execution times")
        for name, seconds in sorted(self.seconds.items()):
            note = "" if seconds <= BUDGET_SECONDS else f"  (over the {BUDGET_SECONDS} s budget)"
            terminalreporter.write_line(f"{seconds:6.1f} s  {name}{note}")


@pytest.fixture(scope="session")
def timings(pytestconfig) -> _Timings:
    plugin = _Timings()
    pytestconfig.pluginmanager.register(plugin, "kit-notebook-timings")
    return plugin


def _workspace(tmp_path: Path, folder: str) -> Path:
    """A copy of ``folder`` and ``seeds/`` under ``tmp_path``; returns the copied folder."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds", ignore=_IGNORE)
    shutil.copytree(ROOT / folder, tmp_path / folder, ignore=_IGNORE)
    return tmp_path / folder


def _execute(path: Path, tmp_path: Path, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    home = tmp_path / "home"
    for name, sub in [
        ("HOME", ""),
        ("JUPYTER_CONFIG_DIR", "jupyter-config"),
        ("JUPYTER_DATA_DIR", "jupyter-data"),
        ("JUPYTER_RUNTIME_DIR", "jupyter-runtime"),
        ("IPYTHONDIR", "ipython"),
    ]:
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(home / sub))
    folder = _workspace(tmp_path / "work", path.parent.name)
    notebook = nbformat.read(folder / path.name, as_version=4)
    client = NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    )
    started = time.perf_counter()
    client.execute()
    return notebook, folder, time.perf_counter() - started


def _errors(notebook) -> list[str]:
    return [
        f"{o.get('ename')}: {o.get('evalue')}"
        for c in notebook.cells
        for o in c.get("outputs", [])
        if o.get("output_type") == "error"
    ]


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_notebook_runs(path, tmp_path, monkeypatch, timings):
    in_repo = set(path.parent.glob("*.answers.json"))
    notebook, folder, seconds = _execute(path, tmp_path, monkeypatch)
    timings.seconds[f"{path.parent.name}/{path.name}"] = seconds
    assert not _errors(notebook)
    assert set(path.parent.glob("*.answers.json")) == in_repo, "answers must not land in the repo"
    if path.name.startswith("05_"):
        # lesson 05: the practice article is analysed; bad input shows a message, not a traceback
        html = [
            o["data"]["text/html"]
            for c in notebook.cells
            for o in c.get("outputs", [])
            if "text/html" in o.get("data", {})
        ]
        notices = [h for h in html if "kit-lesson-notice" in h]
        assert [code for code in ("KIT103", "KIT101", "KIT106") if any(code in h for h in notices)] == [
            "KIT103",
            "KIT101",
            "KIT106",
        ]
        plain = [
            o["data"].get("text/plain", "")
            for c in notebook.cells
            for o in c.get("outputs", [])
            if "data" in o
        ]
        assert any("Calvera" in t for t in plain), "with nothing pasted, lesson 05 uses practice article 01"
    if path.name == "make_an_exercise.ipynb":
        # the teacher's notebook made the exercise (in the copy) and the key editor shows its progress
        assert (folder.parent / "solutions" / "ex07_calvera_budget.ipynb").is_file()
        printed = [
            o.get("text", "")
            for c in notebook.cells
            for o in c.get("outputs", [])
            if o.get("name") == "stdout"
        ]
        assert any("0 of " in "".join(t) and "sentences reviewed" in "".join(t) for t in printed)
    if path in LESSONS:
        # each lesson saves its answers beside the notebook, in a file named after it
        saved = folder / f"{path.stem}.answers.json"
        if saved.exists():
            data = json.loads(saved.read_text(encoding="utf-8"))
            assert data["format"] == "kit-answers" and data["notebook"] == path.stem


# --- what a teacher expects to find in every lesson ----------------------------------------------


def _markdown(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


def _code(path: Path) -> list[str]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


def test_there_are_six_lessons_and_the_first_is_the_one_make_lab_opens():
    from kit.cli import FIRST_LESSON

    assert [p.name[:2] for p in LESSONS] == ["01", "02", "03", "04", "05", "06"]
    assert (ROOT / FIRST_LESSON) == LESSONS[0]


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_has_objectives_timing_prompts_teacher_notes_and_an_exit_question(path):
    assert "## Teacher notes" not in _markdown(path), "the notes are in the teacher edition only"
    text = _markdown(ROOT / "teacher" / path.name)
    assert text.startswith(f"# Lesson {path.name[:2]} ·")
    for heading in ("## Learning objectives", "## Plan and timing", "## Materials", "## Teacher notes"):
        assert heading in text, f"{path.name} lacks '{heading}'"
    assert re.search(r"\|\s*\d+ min\s*\|", text), "the timing table gives minutes per part"
    assert len(re.findall(r"\*\*What to notice\b", text)) >= 4, "a “what to notice” after each result"
    assert "**Discussion" in text
    for practice in ("SIFT", "IMVAIN", "ateral reading", "misconceptions", "45 minutes"):
        assert practice in text, f"{path.name}: the teacher notes should cover {practice}"
    code = "\n".join(_code(path))
    assert "kit.MultipleChoice(" in code or "kit.ShortAnswer(" in code, "an exit question widget"
    assert f'kit.AnswerBook("{path.stem}")' in code, "answers are saved beside the notebook, named after it"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_cells_are_short_and_use_relative_paths(path):
    for source in _code(path):
        lines = [line for line in source.splitlines() if line.strip()]
        assert len(lines) <= 5, f"{path.name}: a cell should be 1–5 lines:\n{source}"
        for literal in re.findall(r"[\"']([^\"']+\.(?:txt|md|json))[\"']", source):
            assert literal.startswith("../seeds/") or "/" not in literal, literal
