"""Atomic writes (whole or untouched, ordinary permissions, durable), capped reads, and the file lock."""

from __future__ import annotations

import errno
import os
import stat
import threading
import time

import pytest

from kit.files import FileRead, atomic_write_text, file_lock, read_capped, remove_stale_temporaries


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


def test_the_folder_is_synced_after_the_rename(tmp_path, monkeypatch):
    """After a crash the new file is there: the rename itself is flushed (the folder fsynced)."""
    events = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append("sync folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "sync file")
        real_fsync(fd)

    def replace(*args):
        events.append("rename")
        real_replace(*args)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    atomic_write_text(tmp_path / "a.json", "{}")
    assert events == ["sync file", "rename", "sync folder"]


def test_a_folder_that_cannot_be_synced_does_not_fail_the_write(tmp_path, monkeypatch):
    real_fsync = os.fsync

    def fsync(fd):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    assert atomic_write_text(tmp_path / "a.json", "{}").read_text() == "{}"


def test_stale_temporaries_of_one_file_are_removed_and_no_others(tmp_path):
    target = tmp_path / "a.json"
    stale = [tmp_path / ".a.json.x1y2z3.tmp", tmp_path / ".a.json.abcdefgh.tmp"]
    kept = [tmp_path / ".b.json.x1y2z3.tmp", tmp_path / "a.json.tmp", tmp_path / ".a.json.tmp"]
    for path in stale + kept:
        path.write_text("x")
    young = tmp_path / ".a.json.young123.tmp"
    young.write_text("x")
    old = time.time() - 3600
    for path in stale:
        os.utime(path, (old, old))
    assert sorted(remove_stale_temporaries(target, older_than=60)) == sorted(stale)
    assert all(p.exists() for p in [*kept, young])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_reading_a_named_pipe_or_a_device_never_blocks_nor_runs_on(tmp_path):
    os.mkfifo(tmp_path / "pipe")  # no writer: a plain open() would wait for ever
    assert read_capped(tmp_path / "pipe", limit=10) == FileRead("named pipe", None, 0, ANY_MODE)
    (tmp_path / "zero").symlink_to("/dev/zero")  # endless: a plain read() would fill the memory
    assert read_capped(tmp_path / "zero", limit=10).kind == "device"
    (tmp_path / "big").write_bytes(b"x" * 11)
    assert read_capped(tmp_path / "big", limit=10)[:3] == ("file", None, 11)
    assert read_capped(tmp_path / "big", limit=11).data == b"x" * 11


class _AnyMode:
    def __eq__(self, other):
        return isinstance(other, int)


ANY_MODE = _AnyMode()


def test_threads_taking_the_same_lock_take_turns(tmp_path):
    """Record locks belong to a process: threads of one kernel must still exclude each other."""
    inside, overlaps = [0], []

    def work():
        for _ in range(50):
            with file_lock(tmp_path / ".lock", timeout=10):
                inside[0] += 1
                overlaps.append(inside[0])
                time.sleep(0.0001)
                inside[0] -= 1

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(overlaps) == 200 and max(overlaps) == 1


def test_a_lock_file_that_is_not_a_file_is_refused(tmp_path):
    (tmp_path / ".lock").mkdir()
    with pytest.raises(OSError), file_lock(tmp_path / ".lock", timeout=0.1):
        pass
