"""The kit's layers hold: imports go down only, and no module reaches into another's private names.

The layers are declared in ``pyproject.toml`` (``[tool.importlinter]``) and drawn in the
README ("Layout"). A back-arrow — an engine importing the Analysis, grading importing a
widget — fails here the day it is written, with import-linter's explanation of the chain.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KIT = ROOT / "kit"
SOURCES = sorted(KIT.rglob("*.py"))


def _lint_imports() -> str:
    beside = Path(sys.executable).with_name("lint-imports")
    found = str(beside) if beside.exists() else shutil.which("lint-imports")
    if found is None:
        pytest.fail("lint-imports is not installed: install the test extras (pip install -e '.[test]').")
    return found


def test_import_contracts_hold():
    run = subprocess.run(
        [_lint_imports(), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    report = run.stdout + run.stderr
    assert run.returncode == 0, "A layer contract is broken (pyproject.toml, [tool.importlinter]):\n" + report
    assert "broken" not in report.lower().replace("0 broken", "")


def _module_name(path: Path) -> tuple[str, bool]:
    """The module's dotted name, and whether it is a package (an ``__init__.py``)."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def _is_module(name: str) -> bool:
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _outside_private(origin: str, package: str) -> bool:
    """Is ``origin`` inside a private module (``_name``) whose parent package does not hold ``package``?"""
    parts = origin.split(".")
    for n, part in enumerate(parts):
        parent = ".".join(parts[:n])
        if part.startswith("_") and not part.startswith("__"):
            if package != parent and not package.startswith(parent + "."):
                return True
    return False


def _private_reaches(source: str, module: str, *, is_package: bool = False, where: str = "") -> list[str]:
    """Every private name of another kit module that ``source`` (the text of ``module``) uses."""
    package = module if is_package else module.rpartition(".")[0]
    where = where or module
    found = []
    kit_modules: dict[str, str] = {}  # local name -> the kit module it is bound to
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            origin = ".".join([*base, node.module] if node.module else base)
            if not origin.startswith("kit"):
                continue
            if _outside_private(origin, package):
                found.append(f"{where}:{node.lineno} imports from the private module {origin}")
            for alias in node.names:
                target = f"{origin}.{alias.name}"
                if _is_module(target):
                    kit_modules[alias.asname or alias.name] = target
                    if alias.name.startswith("_") and origin != package:
                        found.append(f"{where}:{node.lineno} imports the private module {target}")
                elif alias.name.startswith("_") and origin != module:
                    found.append(f"{where}:{node.lineno} imports {alias.name} from {origin}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("kit.") and alias.asname:
                    kit_modules[alias.asname] = alias.name
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in kit_modules
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            found.append(f"{where}:{node.lineno} uses {node.attr} of {kit_modules[node.value.id]}")
    return found


def test_no_module_imports_a_private_name_from_another():
    """Privacy by folder, as spaCy does: a name with a leading underscore stays in its module."""
    reaches = []
    for path in SOURCES:
        module, is_package = _module_name(path)
        text = path.read_text(encoding="utf-8")
        reaches += _private_reaches(text, module, is_package=is_package, where=str(path.relative_to(ROOT)))
    advice = "Make the name public in its module (or move the code there):\n"
    assert reaches == [], advice + "\n".join(reaches)


def test_the_private_name_check_sees_a_reach():
    """The check above finds the kind of reach it forbids (and allows a module's own names)."""
    source = "from .article import _WORD\nfrom . import article\narticle._check_english(None)\n"
    reaches = _private_reaches(source, "kit.lessons")
    assert len(reaches) == 2 and "_WORD" in reaches[0] and "_check_english" in reaches[1]
    assert _private_reaches("from .widgets._base import ExerciseWidget\n", "kit.charts") == [
        "kit.charts:1 imports from the private module kit.widgets._base"
    ]
    assert _private_reaches("from ._base import ExerciseWidget\n", "kit.widgets.tagger") == []
