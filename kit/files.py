"""The kit's files: where they are, how the kit writes them (always atomically, so no work is ever
half-saved), how it reads a file it did not write (never blocking on a pipe or a device, never
reading without a limit), and how two processes take turns on one file (an advisory lock).

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> with file_lock(folder / ".notes.lock", timeout=1.0) as locked:
...     _ = atomic_write_text(folder / "notes.txt", "hello")
>>> read_capped(folder / "notes.txt", limit=100).data
b'hello'
>>> read_capped(folder, limit=100).kind
'folder'
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

_fcntl: Any
_msvcrt: Any
try:  # Linux, macOS and the other POSIX systems the kit runs on
    import fcntl as _fcntl
except ImportError:  # Windows
    _fcntl = None
try:  # Windows: byte locks instead of POSIX record locks
    import msvcrt as _msvcrt
except ImportError:
    _msvcrt = None

__all__ = [
    "PROJECT",
    "FileRead",
    "atomic_write_bytes",
    "atomic_write_text",
    "file_lock",
    "locking_available",
    "nested_deeper_than",
    "read_capped",
    "remove_stale_temporaries",
]

#: The folder the kit runs from: the one that holds ``kit/``, ``notebooks/``, ``exercises/``,
#: ``solutions/`` and ``seeds/``.
PROJECT = Path(__file__).resolve().parent.parent

_UMASK_LOCK = threading.Lock()


# --- writing -----------------------------------------------------------------------------------
def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file and an atomic rename.

    The temporary file (``.<name>.<random>.tmp`` beside ``path``) is flushed to disk before the
    rename, and the folder after it, so that a crash or a power cut leaves the old file or the new
    one, never a mix and never neither (where the system lets a folder be synced).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):  # mkstemp makes 0600 files; keep the usual permissions
            os.fchmod(fd, _mode_for(path))
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
    _sync_folder(path.parent)
    return path


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable: fsync the folder itself (POSIX; skipped where refused)."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:  # Windows cannot open a folder; some network file systems refuse
        return
    try:
        os.fsync(fd)
    except OSError:  # EINVAL on file systems that do not sync folders: the rename is still done
        pass
    finally:
        os.close(fd)


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


def remove_stale_temporaries(path: str | Path, *, older_than: float = 0.0) -> list[Path]:
    """Delete the temporary files that interrupted atomic writes of ``path`` left behind.

    A process killed between creating its temporary file and the rename leaves
    ``.<name>.<random>.tmp`` beside ``path``; nothing else ever removes it. Only files at least
    ``older_than`` seconds old are removed: call it with 0 while holding the lock every writer of
    ``path`` takes (no write can then be under way). Returns what was removed; errors are ignored.
    """
    path = Path(path)
    prefix, removed = f".{path.name}.", []
    cutoff = time.time() - older_than
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(".tmp")) or len(name) <= len(prefix) + 4:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and info.st_mtime <= cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


# --- reading -----------------------------------------------------------------------------------
class FileRead(NamedTuple):
    """What :func:`read_capped` found at a path.

    ``kind`` is ``"missing"``, ``"file"``, ``"folder"``, ``"named pipe"``, ``"device"``,
    ``"socket"`` or ``"special file"``; ``data`` holds the bytes of a file of at most ``limit``
    bytes (None otherwise); ``size`` and ``mode`` come from the open file (0 when missing).
    """

    kind: str
    data: bytes | None
    size: int
    mode: int


def _kind(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def read_capped(path: str | Path, *, limit: int, follow: bool = True) -> FileRead:
    """Read the regular file at ``path`` if it holds at most ``limit`` bytes.

    Never blocks and never reads without end: the kind of file is checked before it is opened,
    and again on the open file (``O_NONBLOCK``, so a named pipe swapped in meanwhile does not wait
    for a writer); a folder, a pipe, a device or a socket is reported by its ``kind``, unread.
    With ``follow=False`` (a student's hand-in) a link is not followed: its ``kind`` is ``"link"``.
    Raises :class:`OSError` when the file exists but cannot be read (permissions, a link loop).

    >>> read_capped("/no/such/file", limit=10).kind
    'missing'
    """
    try:
        before = os.stat(path) if follow else os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return FileRead("missing", None, 0, 0)
    if stat.S_ISLNK(before.st_mode):
        return FileRead("link", None, 0, before.st_mode)
    if not stat.S_ISREG(before.st_mode):
        return FileRead(_kind(before.st_mode), None, 0, before.st_mode)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except (FileNotFoundError, NotADirectoryError):  # removed since the stat
        return FileRead("missing", None, 0, 0)
    except OSError as error:
        if not follow and error.errno == errno.ELOOP:  # swapped for a link since the lstat
            return FileRead("link", None, 0, 0)
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return FileRead(_kind(info.st_mode), None, 0, info.st_mode)
        if info.st_size > limit:
            return FileRead("file", None, info.st_size, info.st_mode)
        chunks, total = [], 0
        while total <= limit:  # the file may have grown since the fstat: read limit + 1 at most
            chunk = os.read(fd, limit + 1 - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        data = b"".join(chunks)
        if total > limit:
            return FileRead("file", None, total, info.st_mode)
        return FileRead("file", data, total, info.st_mode)
    finally:
        os.close(fd)


def nested_deeper_than(value: object, limit: int) -> bool:
    """True when parsed JSON ``value`` nests more than ``limit`` lists and dicts inside each other.

    Checked without recursion, so a hand-edited file ten thousand levels deep costs nothing.

    >>> nested_deeper_than({"a": [1, {"b": []}]}, 4), nested_deeper_than({"a": [1, {"b": []}]}, 3)
    (False, True)
    """
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth >= limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


# --- taking turns ------------------------------------------------------------------------------
#: errno values meaning "this file system or OS has no locks": the caller goes on unlocked.
_NO_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, getattr(errno, "ENOTSUP", errno.EOPNOTSUPP)}
#: errno values meaning "another process holds the lock": try again until the timeout.
_BUSY = {errno.EACCES, errno.EAGAIN, getattr(errno, "EDEADLOCK", errno.EDEADLK)}

_PROCESS_LOCKS: dict[str, threading.Lock] = {}
_PROCESS_LOCKS_GUARD = threading.Lock()


def locking_available() -> bool:
    """True when this system offers file locks (POSIX ``lockf``, or ``msvcrt`` on Windows)."""
    return _fcntl is not None or _msvcrt is not None


def _process_lock(path: Path) -> threading.Lock:
    key = os.path.realpath(path)
    with _PROCESS_LOCKS_GUARD:
        return _PROCESS_LOCKS.setdefault(key, threading.Lock())


@contextlib.contextmanager
def file_lock(path: str | Path, *, timeout: float) -> Iterator[bool]:
    """Hold an exclusive lock on the lock file ``path`` (created, empty, if needed) for a block.

    Every process and thread that takes the lock of one path takes turns: the block runs once
    the others' blocks have ended. Yields True when locked, or False when the file system or the
    OS has no locks (the block then runs unlocked: the caller should say so). Raises
    :class:`TimeoutError` when another holder keeps the lock for more than ``timeout`` seconds,
    and :class:`OSError` when the lock file cannot be created or opened (a read-only folder).
    Not re-entrant: do not take the lock of one path twice in one thread.

    The lock is a POSIX record lock (``fcntl.lockf``) on the whole lock file: the kind that network
    file systems (NFS through its lock manager or NFSv4, SMB) carry between machines (on Linux,
    ``flock`` over NFS is itself turned into such a lock), and that the system drops at once when
    its holder dies, so a killed kernel never leaves a stale lock. Record locks belong to a process,
    not to one open file, so threads of one process also take turns on a :class:`threading.Lock`
    per lock file, held while the file is open (closing any handle of it would release the lock).
    On Windows ``msvcrt.locking`` is used instead; with neither, the block runs unlocked.
    """
    path = Path(path)
    deadline = time.monotonic() + max(0.0, timeout)
    in_process = _process_lock(path)
    if not in_process.acquire(timeout=max(0.0, timeout)):
        raise TimeoutError(errno.EAGAIN, f"the lock on {path.name} is held in this process")
    try:
        fd = _open_lock_file(path)
        try:
            locked = _lock(fd, path, deadline)
            try:
                yield locked
            finally:
                if locked:
                    _unlock(fd)
        finally:
            os.close(fd)
    finally:
        in_process.release()


def _open_lock_file(path: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags, 0o666)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, f"{path.name} is not a regular file", str(path))
    return fd


def _lock(fd: int, path: Path, deadline: float) -> bool:
    """Take the system lock on ``fd``; poll with short random sleeps until ``deadline``."""
    if _fcntl is None and _msvcrt is None:
        return False
    pause = 0.0005
    while True:
        try:
            if _fcntl is not None:
                _fcntl.lockf(fd, _fcntl.LOCK_EX | _fcntl.LOCK_NB)
            else:  # pragma: no cover - Windows
                os.lseek(fd, 0, os.SEEK_SET)
                _msvcrt.locking(fd, _msvcrt.LK_NBLCK, 1)
            return True
        except OSError as error:
            if error.errno in _NO_LOCKS:
                return False
            if error.errno not in _BUSY:
                raise
        if time.monotonic() >= deadline:
            raise TimeoutError(errno.EAGAIN, f"another process holds the lock on {path.name}")
        time.sleep(pause * random.uniform(0.5, 1.5))
        pause = min(pause * 2, 0.01)


def _unlock(fd: int) -> None:
    try:
        if _fcntl is not None:
            _fcntl.lockf(fd, _fcntl.LOCK_UN)
        else:  # pragma: no cover - Windows
            os.lseek(fd, 0, os.SEEK_SET)
            _msvcrt.locking(fd, _msvcrt.LK_UNLCK, 1)
    except OSError:  # closing the file releases it anyway
        pass
