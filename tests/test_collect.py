"""Collecting: students' answers files gathered from their workspaces, ready for the grader."""

from __future__ import annotations

import csv
import json
import os
import zipfile
from pathlib import Path

import pytest

from kit.answers import AnswerBook
from kit.cli import main
from kit.errors import CollectError
from kit.exercises import fill_in
from kit.grading import collect, compile_keys, grade

ROOT = Path(__file__).resolve().parent.parent


def workspace(home: Path, user: str, **answers: str) -> Path:
    """A student's workspace on a hub, ``/home/<user>/media-literacy``, with answers saved the way
    the notebooks save them (one multiple-choice answer per notebook)."""
    folder = home / user / "media-literacy"
    folder.mkdir(parents=True, exist_ok=True)
    for notebook, answer in answers.items():
        AnswerBook(notebook, folder=folder).put("q1", "MultipleChoice", answer, article="seed.txt")
    return folder


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def test_each_students_answers_land_in_their_own_submissions_folder(tmp_path):
    home = tmp_path / "home"
    ana = workspace(home, "ana", ex01_source_tagging="Xi Jinping", lesson_01="EurActiv")
    workspace(home, "ben", ex01_source_tagging="Vladimir Putin")
    (home / "cy" / "media-literacy").mkdir(parents=True)  # opened nothing yet
    before = snapshot(home)

    report = collect([f"{home}/*/media-literacy"], out=tmp_path / "submissions")

    subs = tmp_path / "submissions"
    assert sorted(p.name for p in subs.iterdir()) == ["ana", "ben", "cy"]
    assert (subs / "ana" / "ex01_source_tagging.answers.json").read_bytes() == (
        ana / "ex01_source_tagging.answers.json"
    ).read_bytes()
    assert sorted(p.name for p in (subs / "ben").iterdir()) == ["ex01_source_tagging.answers.json"]
    assert report.lines == [
        "ana: 2 new or changed, 0 unchanged",
        "ben: 1 new or changed, 0 unchanged",
        "cy: no answers files yet (has the student opened a lesson?)",
        "Collected 3 answers files from 2 of 3 workspaces into submissions/.",
    ]
    assert snapshot(home) == before, "students' files are only read"


def test_collecting_again_updates_only_what_changed(tmp_path):
    home = tmp_path / "home"
    workspace(home, "ana", ex01_source_tagging="Xi Jinping", ex02_hedge_hunt="so far")
    collect([f"{home}/*/media-literacy"], out=tmp_path / "subs")
    AnswerBook("ex02_hedge_hunt", folder=home / "ana" / "media-literacy").put(
        "q1", "MultipleChoice", "appeared", article="seed.txt"
    )

    report = collect([f"{home}/*/media-literacy"], out=tmp_path / "subs")

    assert report.lines[0] == "ana: 1 new or changed, 1 unchanged"
    saved = json.loads((tmp_path / "subs" / "ana" / "ex02_hedge_hunt.answers.json").read_text())
    assert saved["exercises"]["q1"]["answer"] == "appeared"


def test_links_are_never_followed(tmp_path):
    home = tmp_path / "home"
    ana = workspace(home, "ana", ex01_source_tagging="Xi Jinping")
    (home / "mallory").mkdir()
    (home / "mallory" / "media-literacy").symlink_to(ana)  # someone else's work, through a link
    dan = workspace(home, "dan", ex01_source_tagging="Vladimir Putin")
    secret = tmp_path / "secret.txt"
    secret.write_text("the teacher's own notes")
    (dan / "ex02_hedge_hunt.answers.json").symlink_to(secret)

    report = collect([f"{home}/*/media-literacy"], out=tmp_path / "subs")

    assert not (tmp_path / "subs" / "mallory").exists()
    assert sorted(p.name for p in (tmp_path / "subs" / "dan").iterdir()) == [
        "ex01_source_tagging.answers.json"
    ]
    text = "\n".join(report.lines)
    assert "mallory: '" in text and "is reached through a link, not followed" in text
    assert "dan: 'ex02_hedge_hunt.answers.json' is a link, not followed" in text


def test_oversized_and_special_files_are_left_out_with_a_reason(tmp_path):
    home = tmp_path / "home"
    ana = workspace(home, "ana", ex01_source_tagging="Xi Jinping")
    (ana / "ex02_hedge_hunt.answers.json").write_bytes(b" " * (3 * 1024 * 1024))
    os.mkfifo(ana / "ex03_statement_comparison.answers.json")  # would block a careless reader

    report = collect([f"{home}/*/media-literacy"], out=tmp_path / "subs")

    assert sorted(p.name for p in (tmp_path / "subs" / "ana").iterdir()) == [
        "ex01_source_tagging.answers.json"
    ]
    text = "\n".join(report.lines)
    assert "'ex02_hedge_hunt.answers.json' is too large for an answers file (3072 KB), left out" in text
    assert "'ex03_statement_comparison.answers.json' is not a regular file, not read" in text


def test_exported_workspaces_folders_and_zip_files(tmp_path):
    exported = tmp_path / "exported"
    workspace(tmp_path / "x", "ana", ex01_source_tagging="Xi Jinping")
    (exported / "Ana López").parent.mkdir(parents=True)
    (tmp_path / "x" / "ana" / "media-literacy").rename(exported / "Ana López")
    with zipfile.ZipFile(exported / "Ben.zip", "w") as archive:
        archive.writestr("media-literacy/ex01_source_tagging.answers.json", '{"format": "kit-answers"}')
        archive.writestr("../../escaped.answers.json", "{}")  # a path out of the folder: never written
        archive.writestr("media-literacy/notes.txt", "not an answers file")
    (exported / "Cy.zip").write_bytes(b"PK\x03\x04 cut short")

    report = collect([exported], out=tmp_path / "subs")

    subs = tmp_path / "subs"
    assert (subs / "Ana López" / "ex01_source_tagging.answers.json").is_file()
    assert [p.relative_to(subs).as_posix() for p in sorted((subs / "Ben").rglob("*")) if p.is_file()] == [
        "Ben/media-literacy/ex01_source_tagging.answers.json"
    ]
    assert not list(tmp_path.rglob("escaped.answers.json"))
    assert "  Cy: the zip file is damaged: ask the student to export the workspace again" in report.lines


def test_collected_answers_are_graded(tmp_path):
    home = tmp_path / "home"
    folder = home / "ana" / "media-literacy"
    folder.mkdir(parents=True)
    compiled = compile_keys(ROOT)
    fill_in(AnswerBook("ex04_transfer", folder=folder), key=compiled["ex04_transfer"])

    collect([f"{home}/*/media-literacy"], out=tmp_path / "subs")
    grade(tmp_path / "subs", key=ROOT / "solutions", out=tmp_path / "grades", chart=False)

    with open(tmp_path / "grades" / "grades.csv", encoding="utf-8-sig", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row["student"] == "ana"
    assert (row["ex04.hedges"], row["ex04.source_type"], row["ex01.tags"]) == ("10", "2", "missing")


def test_the_command_line_says_what_to_do_when_nothing_is_found(tmp_path, capsys):
    assert (
        main(["collect", str(tmp_path / "nobody" / "*" / "media-literacy"), "--out", str(tmp_path / "s")])
        == 2
    )
    error = capsys.readouterr().err
    assert error.startswith("kit: No workspace found in ") and "'/home/*/media-literacy' (quoted)" in error
    assert error.count("\n") == 1


def test_out_must_be_a_folder(tmp_path):
    workspace(tmp_path / "home", "ana", ex01_source_tagging="Xi Jinping")
    (tmp_path / "subs").write_text("not a folder")
    with pytest.raises(CollectError, match="give --out a folder") as info:
        collect([f"{tmp_path}/home/*/media-literacy"], out=tmp_path / "subs")
    assert info.value.code == "KIT340"


def test_the_submissions_folder_inside_the_exports_is_not_a_student(tmp_path, capsys):
    exported = tmp_path / "exported"
    workspace(exported, "ana", ex01_source_tagging="Xi Jinping")
    assert main(["collect", str(exported), "--out", str(exported / "submissions")]) == 0
    assert main(["collect", str(exported), "--out", str(exported / "submissions")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert sorted(p.name for p in (exported / "submissions").iterdir()) == ["ana"]
    assert out[-2:] == [
        "ana: 0 new or changed, 1 unchanged",
        "Collected 1 answers file from 1 of 1 workspaces into submissions/.",
    ]
