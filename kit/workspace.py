"""A student's workspace: the lessons, exercises and articles copied where the student may write.

The kit's own files are never a student's: on a shared server the kit is installed once,
read-only, for everyone, and in a clone of the repository ``git pull`` must not meet a student's
saved notebook. So ``media-kit lab`` (and ``media-kit workspace``, for a hub's start-up hook)
first copies the student material into the workspace, ``$KIT_HOME`` or ``~/media-literacy``:

    notebooks/   the lessons          exercises/   the exercises and their self-check data
    seeds/       the articles (never ``seeds/keys/``, never ``solutions/``)

Notebooks open from there, so their answers files are saved there too, beside them, and the
notebooks' ``../seeds/…`` paths find the articles. Nothing is ever copied over a student's work:

* a file the workspace does not have yet is copied (**added**);
* a file the student has not changed since it was copied, of which the kit has a newer version,
  is replaced (**updated**): ``.kit-workspace.json`` remembers what was copied;
* a file the student changed (a lesson they ran and saved), of which the kit has a newer
  version, stays as it is, and the new version is put beside it as ``<name> (new version).ipynb``
  (**offered**), for the student to open when they choose.

Answers files, checkpoints and anything else the student made are never looked at. Every copy
is written atomically. Where the material comes from: the repository (a clone, or an editable
install), or the copy ``pip install`` puts in ``<prefix>/share/media-literacy-kit/``.

>>> import tempfile, pathlib
>>> home = pathlib.Path(tempfile.mkdtemp()) / "media-literacy"
>>> first = prepare(home)
>>> (home / "notebooks" / "01_reading_the_article.ipynb").is_file(), prepare(home).added
(True, [])
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from .errors import WorkspaceError
from .files import PROJECT, atomic_write_bytes, atomic_write_text

__all__ = ["DISTRIBUTION", "MANIFEST", "MATERIAL", "Workspace", "default_folder", "material_root", "prepare"]

#: What a student gets: the folders copied into a workspace (``seeds/keys/`` is left out).
MATERIAL = ("notebooks", "exercises", "seeds")
#: The teacher's part, never copied: the hand-made answer keys.
_LEFT_OUT = {("seeds", "keys")}
_SKIPPED = {".ipynb_checkpoints", "__pycache__", ".DS_Store"}
MANIFEST = ".kit-workspace.json"
DISTRIBUTION = "media-literacy-kit"
_SHARE = "share/media-literacy-kit"


@dataclass
class Workspace:
    """What :func:`prepare` did to a workspace folder (paths relative to it)."""

    folder: Path
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    offered: list[str] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        """The report, a line a student can read for each kind of change."""
        lines = [f"Your workspace: {self.folder}"]
        if self.added:
            lines.append(f"  {len(self.added)} files copied in (lessons, exercises, articles)")
        if self.updated:
            lines.append(f"  updated (you had not changed them): {', '.join(self.updated)}")
        for name in self.offered:
            lines.append(
                f"  a new version of a file you changed is beside it: {name} (yours is as you left it)"
            )
        return lines


def default_folder() -> Path:
    """The workspace: ``$KIT_HOME`` if set, else ``media-literacy`` in the user's home folder."""
    configured = os.environ.get("KIT_HOME", "").strip()
    return Path(configured).expanduser() if configured else Path.home() / "media-literacy"


def material_root() -> Path:
    """The folder holding ``notebooks/``, ``exercises/`` and ``seeds/``: the repository, or the copy
    an installed kit keeps in ``<prefix>/share/media-literacy-kit``."""
    if all((PROJECT / name).is_dir() for name in MATERIAL):
        return PROJECT
    try:
        files = metadata.files(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:
        files = []
    for entry in files:
        posix = entry.as_posix()
        if posix.endswith(f"{_SHARE}/notebooks/01_reading_the_article.ipynb"):
            return Path(entry.locate()).resolve().parent.parent
    raise WorkspaceError(
        "The kit's lessons are not installed (no notebooks/ beside kit/ and none in "
        f"{_SHARE}): reinstall the kit with pip from its repository or wheel."
    )


def prepare(
    folder: str | os.PathLike[str] | None = None, *, source: str | os.PathLike[str] | None = None
) -> Workspace:
    """Bring the workspace ``folder`` (default :func:`default_folder`) up to date with the kit's
    material in ``source`` (default :func:`material_root`), never over a student's changes."""
    target = Path(folder) if folder is not None else default_folder()
    origin = Path(source) if source is not None else material_root()
    report = Workspace(folder=target)
    try:
        target.mkdir(parents=True, exist_ok=True)
        copied = _read_manifest(target)
        for relative, path in _material(origin):
            data = path.read_bytes()
            digest = _digest(data)
            here = target / relative
            if not here.exists():
                atomic_write_bytes(here, data)
                report.added.append(relative)
            elif here.is_file() and not here.is_symlink():
                mine = _digest(here.read_bytes())
                if mine == digest:
                    pass
                elif mine == copied.get(relative):  # untouched since copied: the kit's newer version
                    atomic_write_bytes(here, data)
                    report.updated.append(relative)
                else:
                    offer = here.with_name(f"{here.stem} (new version){here.suffix}")
                    if not offer.exists() or _digest(offer.read_bytes()) != digest:
                        atomic_write_bytes(offer, data)
                        report.offered.append(offer.relative_to(target).as_posix())
                    continue  # the manifest keeps the version the student started from
            else:
                continue  # a folder or link where a file should be: the student's, left alone
            copied[relative] = digest
        atomic_write_text(target / MANIFEST, json.dumps(copied, indent=1, sort_keys=True) + "\n")
    except OSError as error:
        raise WorkspaceError(
            f"The workspace {target} cannot be written ({error.strerror or error}): set KIT_HOME to a "
            "folder of your own (for example KIT_HOME=~/media-literacy) and start again."
        ) from None
    return report


def _material(origin: Path) -> list[tuple[str, Path]]:
    found = []
    for name in MATERIAL:
        top = origin / name
        for current, dirs, files in os.walk(top):
            here = Path(current)
            parts = here.relative_to(origin).parts
            dirs[:] = sorted(
                d for d in dirs if not (d in _SKIPPED or d.startswith(".") or (*parts, d)[:2] in _LEFT_OUT)
            )
            for file in sorted(files):
                if file.startswith(".") or file in _SKIPPED or ".answers." in file:
                    continue
                found.append(((here / file).relative_to(origin).as_posix(), here / file))
    return found


def _read_manifest(folder: Path) -> dict[str, str]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or damaged: every differing file is then treated as the student's
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
