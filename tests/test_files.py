"""Atomic writes: the file is whole or untouched, with ordinary permissions."""

from __future__ import annotations

import os

import pytest

from kit.files import atomic_write_text


def test_new_file_gets_ordinary_permissions(tmp_path):
    mask = os.umask(0o022)
    try:
        path = atomic_write_text(tmp_path / "out" / "answers.json", "{}")
    finally:
        os.umask(mask)
    assert path.read_text() == "{}"
    assert path.stat().st_mode & 0o777 == 0o644


def test_existing_permissions_are_kept(tmp_path):
    path = tmp_path / "a.json"
    path.write_text("old")
    path.chmod(0o600)
    atomic_write_text(path, "new")
    assert path.read_text() == "new" and path.stat().st_mode & 0o777 == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "a.json"
    path.write_text("old")

    def broken_replace(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write_text(path, "new")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]
