"""Collecting: students' answers files gathered from their workspaces into a submissions folder.

``media-kit collect '/home/*/media-literacy' --out submissions`` (or a folder of exported
workspaces, one folder or ``.zip`` file per student) copies every ``<notebook>.answers.json``
from each workspace into ``submissions/<student>/``, the folder :func:`kit.grading.grade` reads.
The student's name is what the first wildcard matched (the user name in ``/home/*/…``) or the
name of the exported folder or zip file.

A workspace is read as data, with the grader's care (:func:`kit.grading.submissions.walk`):
links are never followed (not a workspace reached through one, not a file inside one), only
regular files are copied, each at most :data:`~kit.grading.submissions.MAX_ANSWERS_BYTES`, at
most :data:`MAX_FILES` per student, and a zip file's members are read with the same caps,
never extracted by their own names. Every copy is written atomically. What cannot be collected
(no answers yet, a link, a file too large, a folder the teacher may not read) becomes one line
of the report; it never stops the others.

Collecting again brings each student's folder up to date: a changed answers file replaces the
collected copy (the student's own file is never touched), an unchanged one is left alone.

>>> import tempfile, pathlib
>>> home = pathlib.Path(tempfile.mkdtemp())
>>> _ = (home / "ana" / "media-literacy").mkdir(parents=True)
>>> _ = (home / "ana" / "media-literacy" / "ex01.answers.json").write_text("{}")
>>> report = collect([f"{home}/*/media-literacy"], out=home / "submissions")
>>> report.lines[-1]
'Collected 1 answers file from 1 of 1 workspaces into submissions/.'
"""

from __future__ import annotations

import glob
import os
import stat
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..errors import CollectError
from ..files import atomic_write_bytes, read_capped
from .model import ANSWERS_SUFFIX, safe_file_name, visible
from .submissions import IGNORED_NAMES, MAX_ANSWERS_BYTES, MAX_DEPTH, walk

__all__ = ["MAX_FILES", "MAX_ZIP_BYTES", "CollectReport", "Collected", "collect"]

#: Answers files taken from one workspace at most (a class's lessons and exercises make about 15).
MAX_FILES = 200
#: An exported workspace larger than this is not opened.
MAX_ZIP_BYTES = 200 * 1024 * 1024
_WILDCARDS = frozenset("*?[")


@dataclass
class Collected:
    """One student's workspace: where it was, the folder it went to, and what happened to its files."""

    student: str
    source: Path
    folder: Path
    copied: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class CollectReport:
    """What :func:`collect` did: one entry per workspace and the lines of its report."""

    out: Path
    workspaces: list[Collected] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    @property
    def files(self) -> int:
        """How many answers files the submissions folder now holds from this collection."""
        return sum(len(w.copied) + len(w.unchanged) for w in self.workspaces)


def collect(
    sources: Sequence[str | os.PathLike[str]], *, out: str | os.PathLike[str] = "submissions"
) -> CollectReport:
    """Copy the answers files of every workspace in ``sources`` into ``out/<student>/``.

    Each source is a path pattern (``/home/*/media-literacy``: the first wildcard names the
    student) or a folder of exported workspaces (a folder or ``.zip`` file per student).
    Raises :class:`~kit.errors.CollectError` when no workspace is found at all or ``out`` cannot
    be used; everything else is a line of the report.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise CollectError(
            f"'{out}' is a file: give --out a folder for the submissions (it is made if needed)."
        )
    report = CollectReport(out=out)
    found = [entry for source in sources for entry in _workspaces(str(source), report.lines)]
    if not found:
        raise CollectError(
            "No workspace found in " + ", ".join(f"'{s}'" for s in sources) + ": give a pattern such as "
            "'/home/*/media-literacy' (quoted) or a folder holding one folder or .zip file per student."
        )
    taken: set[str] = set()
    resolved_out = out.resolve()
    for student, source in sorted(found, key=lambda pair: (pair[0].casefold(), str(pair[1]))):
        if source.resolve() == resolved_out or resolved_out in source.resolve().parents:
            continue
        name = safe_file_name(student, taken=taken)
        entry = Collected(student=name, source=source, folder=out / name)
        if name != student:
            entry.problems.append(f"collected as '{name}' ('{visible(student)}' is taken or not a file name)")
        _collect_one(entry)
        report.workspaces.append(entry)
        report.lines.extend(_lines(entry))
    with_files = sum(bool(w.copied or w.unchanged) for w in report.workspaces)
    noun = "file" if report.files == 1 else "files"
    report.lines.append(
        f"Collected {report.files} answers {noun} from {with_files} of {len(report.workspaces)} workspaces "
        f"into {out.name or out}/."
    )
    return report


# --- finding the workspaces ----------------------------------------------------


def _workspaces(source: str, lines: list[str]) -> Iterator[tuple[str, Path]]:
    if any(c in _WILDCARDS for c in source):
        yield from _matched(source, lines)
        return
    folder = Path(source)
    if not folder.is_dir():
        lines.append(f"'{source}': no such folder (quote a pattern such as '/home/*/media-literacy').")
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        lines.append(
            f"'{source}' cannot be listed ({error.strerror}): run collect as a user who can read it."
        )
        return
    for entry in entries:
        if entry.name in IGNORED_NAMES or entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_symlink():
            lines.append(f"{visible(entry.name)}: a link, not followed.")
        elif entry.is_dir(follow_symlinks=False):
            yield entry.name, path
        elif entry.name.lower().endswith(".zip") and entry.is_file(follow_symlinks=False):
            yield entry.name[: -len(".zip")], path


def _matched(pattern: str, lines: list[str]) -> Iterator[tuple[str, Path]]:
    parts = Path(pattern).parts
    first = next(i for i, part in enumerate(parts) if any(c in _WILDCARDS for c in part))
    for match in sorted(glob.glob(pattern)):
        path = Path(match)
        student = path.parts[first] if len(path.parts) > first else path.name
        if os.path.realpath(path) != os.path.abspath(path):
            lines.append(f"{visible(student)}: '{visible(match)}' is reached through a link, not followed.")
        elif path.is_dir():
            yield student, path


# --- copying one workspace -------------------------------------------------------


def _collect_one(entry: Collected) -> None:
    try:
        entry.folder.mkdir(parents=True, exist_ok=True)  # a student with nothing yet gets a row too
        files = _from_zip(entry) if entry.source.is_file() else _from_folder(entry)
        for relative, data in files:
            target = entry.folder / relative
            if len(entry.copied) + len(entry.unchanged) >= MAX_FILES:
                entry.problems.append(f"more than {MAX_FILES} answers files: the rest were left out")
                break
            if target.is_file() and not target.is_symlink() and _same(target, data):
                entry.unchanged.append(relative)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, data)
            entry.copied.append(relative)
    except OSError as error:
        where = error.filename or entry.folder
        entry.problems.append(
            f"could not be collected ({error.strerror or error}): check the permissions of {where}"
        )


def _same(target: Path, data: bytes) -> bool:
    found = read_capped(target, limit=len(data), follow=False)
    return found.kind == "file" and found.data == data


def _from_folder(entry: Collected) -> Iterator[tuple[str, bytes]]:
    found = walk(entry.source)
    for listed, what in (
        (found.links, "is a link, not followed"),
        (found.special, "is not a regular file, not read"),
        (found.unreadable, "cannot be listed (permissions)"),
    ):
        entry.problems.extend(f"'{_relative(p, entry.source)}' {what}" for p in listed)
    paths = [path for group in found.answers.values() for path in group] + found.set_aside
    for path in sorted(paths):
        relative = _relative(path, entry.source)
        read = read_capped(path, limit=MAX_ANSWERS_BYTES, follow=False)
        if read.kind != "file":
            entry.problems.append(f"'{relative}' changed while it was collected ({read.kind}), not read")
        elif read.data is None:
            entry.problems.append(
                f"'{relative}' is too large for an answers file ({read.size >> 10} KB), left out"
            )
        else:
            yield relative, read.data


def _from_zip(entry: Collected) -> Iterator[tuple[str, bytes]]:
    if entry.source.stat().st_size > MAX_ZIP_BYTES:
        entry.problems.append(f"the zip file is larger than {MAX_ZIP_BYTES // 2**20} MB, not opened")
        return
    try:
        archive = zipfile.ZipFile(entry.source)
    except (zipfile.BadZipFile, OSError):
        entry.problems.append("the zip file is damaged: ask the student to export the workspace again")
        return
    with archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            relative = _zip_name(info)
            if relative is None:
                continue
            if info.file_size > MAX_ANSWERS_BYTES:
                entry.problems.append(f"'{relative}' is too large for an answers file, left out")
                continue
            try:
                with archive.open(info) as member:
                    data = member.read(MAX_ANSWERS_BYTES + 1)
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
                entry.problems.append(f"'{relative}' cannot be read from the zip file (damaged or encrypted)")
                continue
            if len(data) > MAX_ANSWERS_BYTES:
                entry.problems.append(f"'{relative}' is too large for an answers file, left out")
            else:
                yield relative, data


def _zip_name(info: zipfile.ZipInfo) -> str | None:
    """The member's path inside the student's folder, if it is an answers file we take: never
    absolute, never above the folder, no hidden parts, at most the grader's depth."""
    if info.is_dir() or stat.S_ISLNK(info.external_attr >> 16):
        return None
    parts = [p for p in PurePosixPath(info.filename.replace("\\", "/")).parts if p not in ("", "/", ".")]
    if not parts or any(p == ".." or p.startswith(".") or p in IGNORED_NAMES for p in parts):
        return None
    if not parts[-1].endswith(ANSWERS_SUFFIX) or len(parts) > MAX_DEPTH + 1:
        return None
    return "/".join(safe_file_name(p) for p in parts)


def _relative(path: Path, root: Path) -> str:
    return visible(path.relative_to(root).as_posix())


def _lines(entry: Collected) -> list[str]:
    name = visible(entry.student)
    if entry.copied or entry.unchanged:
        head = f"{name}: {len(entry.copied)} new or changed, {len(entry.unchanged)} unchanged"
    else:
        head = f"{name}: no answers files yet (has the student opened a lesson?)"
    return [head, *(f"  {name}: {problem}" for problem in entry.problems)]
