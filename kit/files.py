"""The kit's files: where they are, and how the kit writes files (always atomically, so no work is
ever half-saved)."""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

__all__ = ["PROJECT", "atomic_write_bytes", "atomic_write_text"]

#: The folder the kit runs from: the one that holds ``kit/``, ``notebooks/``, ``exercises/``,
#: ``solutions/`` and ``seeds/``.
PROJECT = Path(__file__).resolve().parent.parent

_UMASK_LOCK = threading.Lock()


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file and an atomic rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _mode_for(path))  # mkstemp makes 0600 files; keep the usual permissions
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return path


def _mode_for(path: Path) -> int:
    """The existing file's permissions, or what a plain ``open(path, "w")`` would give."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        with _UMASK_LOCK:  # reading the umask sets it: two threads at once could leave it at 0
            mask = os.umask(0)
            os.umask(mask)
        return 0o666 & ~mask


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Write UTF-8 ``text`` to ``path`` atomically; return the path."""
    return atomic_write_bytes(path, text.encode("utf-8"))
