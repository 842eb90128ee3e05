"""The project as a new user meets it: README commands, environment files, CI, clean notebooks."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pyproject_requirements() -> dict[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    project = data["project"]
    requirements = project["dependencies"] + [
        r for extra in project["optional-dependencies"].values() for r in extra
    ]
    return {_normalise(Requirement(r).name): str(Requirement(r).specifier) for r in requirements}


def _environment_requirements() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert env["channels"] == ["conda-forge"]
    found: dict[str, str] = {}
    for entry in env["dependencies"]:
        items = entry["pip"] if isinstance(entry, dict) else [entry]
        for item in items:
            name = re.split(r"[<>=!~ ]", item, maxsplit=1)[0]
            if name in {"python", "pip"}:
                continue
            found[_normalise(name)] = str(Requirement(item.replace(name, "x", 1)).specifier)
    return found


def test_environment_yml_declares_the_same_dependencies_as_pyproject():
    assert _environment_requirements() == _pyproject_requirements()


def test_readme_quick_start_is_two_commands_and_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"## Quick start.*?```(?:sh|bash|console)?\n(.*?)```", readme, re.S)
    assert block, "README needs a Quick start code block"
    commands = [line for line in block.group(1).splitlines() if line.strip() and not line.startswith("#")]
    commands = [c.split("#")[0].strip() for c in commands]
    assert commands == ["make lab", "make test"]
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^\s*make test\b", ci, re.M), ".ci/run must run the README's test command"


def test_seed_is_an_unchanged_copy_with_metadata():
    seed = ROOT / "seeds" / "000_3f95dd3d0e0f8142.txt"
    shared = ROOT.parent / "shared" / "seeds" / seed.name
    if shared.exists():
        assert seed.read_bytes() == shared.read_bytes()
    meta = json.loads(seed.with_name(seed.stem + ".meta.json").read_text())
    assert meta["outlet"] == "EurActiv" and meta["date"] == "2022-12-30" and meta["language"] == "en"


NOTEBOOKS = sorted(p for d in ("notebooks", "exercises", "solutions") for p in (ROOT / d).glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_notebooks_are_committed_clean(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"/(root|home|Users|work)/", text), "no machine-specific paths"


def test_lab_command_opens_the_first_lesson_offline():
    from kit.cli import FIRST_LESSON, lab_command, lab_environment

    command = lab_command(browser=False)
    assert command[1:3] == ["-m", "jupyterlab"]
    assert f"--LabApp.default_url=/lab/tree/{FIRST_LESSON}" in command
    assert "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate" in command
    config = Path(lab_environment()["JUPYTER_CONFIG_PATH"].split(":")[0])
    page = json.loads((config / "labconfig" / "page_config.json").read_text())
    assert page["disabledExtensions"]["@jupyterlab/apputils-extension:announcements"] is True


def test_readme_layout_names_every_module_of_the_kit():
    """A newcomer reading the README's Layout finds every file of kit/ where it is."""
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"## Layout\n+```\n(.*?)```", readme, re.S)
    assert block, "README needs a Layout code block"
    layout = block.group(1)
    words = set(re.findall(r"[\w.]+/?", layout))
    missing = []
    for path in sorted((ROOT / "kit").iterdir()):
        if path.suffix == ".py" and path.name != "__init__.py" and path.name not in words:
            missing.append(path.name)
        elif path.is_dir() and (path / "__init__.py").exists():
            if f"{path.name}/" not in words:
                missing.append(f"{path.name}/")
            missing += [
                f"{path.name}/{m.name}"
                for m in sorted(path.glob("*.py"))
                if not m.name.startswith("_") and m.stem not in words
            ]
    assert missing == [], f"README's Layout does not mention: {', '.join(missing)}"
