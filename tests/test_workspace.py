"""A student's workspace: the kit's material copied where the student may write, never over their work.

The last test installs the kit's wheel into a folder made read-only and runs lesson 01 and
exercise 01 from a student's workspace as a user the file permissions apply to: every answer is
saved, and nothing in the installed kit changes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from kit.cli import main
from kit.errors import WorkspaceError
from kit.workspace import MANIFEST, prepare

ROOT = Path(__file__).resolve().parent.parent
LESSON = "notebooks/01_reading_the_article.ipynb"


@pytest.fixture
def material(tmp_path) -> Path:
    """A small copy of the kit's material: one lesson, one exercise, the seed, its key."""
    source = tmp_path / "kit-material"
    for relative in (LESSON, "exercises/ex01_source_tagging.ipynb", "seeds/000_3f95dd3d0e0f8142.txt"):
        (source / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / relative, source / relative)
    (source / "seeds" / "keys").mkdir()
    (source / "seeds" / "keys" / "000_3f95dd3d0e0f8142.json").write_text("{}")
    return source


def files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_a_new_workspace_gets_the_lessons_exercises_and_articles_but_no_keys(material, tmp_path):
    work = tmp_path / "media-literacy"
    report = prepare(work, source=material)
    assert files(work) == [
        MANIFEST,
        "exercises/ex01_source_tagging.ipynb",
        LESSON,
        "seeds/000_3f95dd3d0e0f8142.txt",
    ]
    assert report.lines[0] == f"Your workspace: {work}"
    assert report.lines[1] == "  3 files copied in (lessons, exercises, articles)"
    assert prepare(work, source=material).lines == [f"Your workspace: {work}"], (
        "nothing to do the second time"
    )


def test_an_update_never_overwrites_a_students_work(material, tmp_path):
    work = tmp_path / "media-literacy"
    prepare(work, source=material)
    mine = work / LESSON
    mine.write_text(mine.read_text() + " ")  # the student ran the lesson and saved it
    (work / "notebooks" / "01_reading_the_article.answers.json").write_text('{"mine": true}')
    for relative in (LESSON, "exercises/ex01_source_tagging.ipynb"):  # the kit is updated
        path = material / relative
        path.write_text(path.read_text().replace("Vladimir Putin", "Vladimir V. Putin"))

    report = prepare(work, source=material)

    assert report.updated == ["exercises/ex01_source_tagging.ipynb"]  # untouched by the student
    assert "Vladimir V. Putin" in (work / "exercises" / "ex01_source_tagging.ipynb").read_text()
    assert mine.read_text().endswith(" ") and "Vladimir V. Putin" not in mine.read_text()
    offered = work / "notebooks" / "01_reading_the_article (new version).ipynb"
    assert "Vladimir V. Putin" in offered.read_text()
    assert report.lines[-1] == (
        "  a new version of a file you changed is beside it: "
        "notebooks/01_reading_the_article (new version).ipynb (yours is as you left it)"
    )
    assert (work / "notebooks" / "01_reading_the_article.answers.json").read_text() == '{"mine": true}'
    assert prepare(work, source=material).offered == [], "offered once, not again"


def test_a_workspace_that_cannot_be_written_says_what_to_do(material, tmp_path):
    (tmp_path / "blocked").write_text("a file where the workspace folder should be")
    with pytest.raises(WorkspaceError, match="set KIT_HOME to a folder of your own") as info:
        prepare(tmp_path / "blocked" / "media-literacy", source=material)
    assert info.value.code == "KIT205"


def test_kit_workspace_uses_kit_home(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KIT_HOME", str(tmp_path / "class" / "ana"))
    assert main(["workspace"]) == 0
    assert (tmp_path / "class" / "ana" / LESSON).is_file()
    assert not (tmp_path / "class" / "ana" / "seeds" / "keys").exists()
    assert not (tmp_path / "class" / "ana" / "solutions").exists()
    assert capsys.readouterr().out.startswith(f"Your workspace: {tmp_path / 'class' / 'ana'}\n")


# --- an installed kit, read-only ------------------------------------------------------

STUDENT = r"""
import json, sys
from pathlib import Path
import nbformat
from nbclient import NotebookClient

ANSWER = '''
import kit
from kit.widgets.tagger import KINDS
_problems = []
for _w in list(Out.values()):
    if isinstance(_w, kit.MultipleChoice):
        _w.choose(_w.options[0][1])
    elif isinstance(_w, kit.ShortAnswer):
        _w.write("I would look for the Chinese readout of the call.")
    elif isinstance(_w, kit.SourceTagger):
        _w.tag(_w.speakers[0], KINDS[0])
    else:
        continue
    if _w.answers.error:
        _problems.append(_w.answers.error)
print("problems:", _problems)
'''

work = Path(sys.argv[1])
for relative in ("notebooks/01_reading_the_article.ipynb", "exercises/ex01_source_tagging.ipynb"):
    path = work / relative
    notebook = nbformat.read(path, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(ANSWER))
    NotebookClient(notebook, timeout=300, resources={"metadata": {"path": str(path.parent)}}).execute()
    print(relative, "".join(o.get("text", "") for o in notebook.cells[-1].outputs).strip())
"""


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _as_restricted_user() -> list[str]:
    """A prefix that runs a command with the file permissions applied (root without its override)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("setpriv (util-linux) is needed to run as root without permission overrides")
    dropped = "-dac_override,-dac_read_search,-fowner"
    return [setpriv, f"--bounding-set={dropped}", f"--inh-caps={dropped}", "--"]


@pytest.mark.notebook
def test_a_read_only_install_saves_every_answer_in_the_students_workspace(tmp_path):
    source = tmp_path / "source"  # a copy: building in the repository would leave build/ there
    for name in ("pyproject.toml", "README.md"):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, source / name)
    skip = shutil.ignore_patterns("__pycache__", "*.answers*")
    for name in ("kit", "notebooks", "exercises", "seeds"):
        shutil.copytree(ROOT / name, source / name, ignore=skip)
    wheel_dir = tmp_path / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
         "-w", str(wheel_dir), str(source)],
        check=True, capture_output=True,
    )  # fmt: skip
    prefix = tmp_path / "install"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--ignore-installed", "--no-deps", "--no-index", "-q",
         "--prefix", str(prefix), *map(str, wheel_dir.glob("*.whl"))],
        check=True, capture_output=True,
    )  # fmt: skip
    site = Path(sysconfig.get_path("purelib", vars={"base": str(prefix), "platbase": str(prefix)}))
    assert (prefix / "share" / "media-literacy-kit" / LESSON).is_file()
    assert not (prefix / "share" / "media-literacy-kit" / "seeds" / "keys").exists()
    subprocess.run(["chmod", "-R", "a-w", str(prefix)], check=True)
    installed = _tree(prefix)
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "PYTHONPATH": str(site),  # the installed kit, not this checkout
        "JUPYTER_CONFIG_DIR": str(home / ".jupyter"),
        "JUPYTER_DATA_DIR": str(home / ".local" / "share" / "jupyter"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "IPYTHONDIR": str(home / ".ipython"),
    }
    env.pop("KIT_HOME", None)
    run = _as_restricted_user()
    try:
        assert subprocess.run([*run, "touch", str(site / "kit" / "x")], capture_output=True).returncode != 0
        script = home / "student.py"
        script.write_text(STUDENT)
        shared = prefix / "share" / "media-literacy-kit"
        student = [*run, sys.executable, str(script)]
        before = subprocess.run(  # lessons opened where the kit is installed: nothing can be saved
            [*student, str(shared)], env=env, cwd=home, capture_output=True, text=True
        )
        assert before.returncode == 0, before.stderr[-3000:]
        lines = before.stdout.splitlines()
        assert len(lines) == 2 and all("could not be saved" in line for line in lines), before.stdout
        command = [*run, sys.executable, "-m", "kit", "workspace"]
        made = subprocess.run(command, env=env, cwd=home, capture_output=True, text=True)
        assert made.returncode == 0, made.stderr
        work = home / "media-literacy"
        assert made.stdout.startswith(f"Your workspace: {work}\n")
        ran = subprocess.run([*student, str(work)], env=env, cwd=home, capture_output=True, text=True)
        assert ran.returncode == 0, ran.stderr[-3000:]
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(prefix)], check=True)
    assert ran.stdout.splitlines() == [
        "notebooks/01_reading_the_article.ipynb problems: []",
        "exercises/ex01_source_tagging.ipynb problems: []",
    ]
    lesson = json.loads((work / "notebooks" / "01_reading_the_article.answers.json").read_text())
    exercise = json.loads((work / "exercises" / "ex01_source_tagging.answers.json").read_text())
    assert set(lesson["exercises"]) == {"exit-crude", "exit-check"}
    assert set(exercise["exercises"]) == {"tags", "document_source"}
    assert _tree(prefix) == installed, "nothing is written into the installed kit"
