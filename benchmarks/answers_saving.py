"""Saving answers: how long a save takes, and whether two kernels or a killed kernel lose any.

Prints figures; asserts nothing (``tests/test_answers_concurrency.py`` checks the same
behaviour at a smaller size).

1. **Latency** of one :meth:`AnswerBook.put` in one kernel, on a file the size of a finished
   exercise notebook (a ShortAnswer saved on every keystroke): median and 95th percentile, and
   what the lock alone costs.
2. **Two writers**: two processes (two kernels on one file: two tabs, or a copy of the notebook)
   each make ``--saves`` acknowledged saves at full speed, ``--trials`` times, then ``--typing``
   saves each at typing pace (one every 25 to 75 ms). An answer counts once ``put`` has returned; at
   the end every counted answer must be in the file.
3. **Killed while saving**: a process saving in a loop is SIGKILLed at random moments
   (``--kills`` times); after each kill the file must read, hold every acknowledged answer, and
   the temporary files the kill left must be gone once the next kernel opens the book.

Usage: ``python benchmarks/answers_saving.py [--saves 1200] [--trials 10] [--typing 180]
[--kills 20] [--kit DIR]`` (``--kit``: the folder of another copy of the package, e.g. an older
version, to compare).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WRITER = r"""
import os, random, sys, time
from kit.answers import AnswerBook
from kit.errors import AnswersFileError
folder, name, count, go, gap = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], float(sys.argv[5])
book = AnswerBook("nb", folder=folder)
print("ready", flush=True)
while not os.path.exists(go):
    time.sleep(0.001)
for i in range(count):
    if gap:
        time.sleep(gap * random.uniform(0.5, 1.5))
    start = time.perf_counter()
    try:
        book.put(f"{name}-{i}", "ShortAnswer", f"{name} answer {i}")
    except AnswersFileError as error:
        print(f"error {error}", flush=True)
        continue
    print(f"ack {name}-{i} {(time.perf_counter() - start) * 1000:.3f}", flush=True)
"""

LOOPER = r"""
import sys
from kit.answers import AnswerBook
book = AnswerBook("nb", folder=sys.argv[1])
print("ready", flush=True)
i = 0
while True:
    answer = f"{sys.argv[2]} {i} " + "x" * (i * 37 % 4000)
    book.put(f"{sys.argv[2]}-{i}", "ShortAnswer", answer)
    print(f"ack {sys.argv[2]}-{i} {len(answer)}", flush=True)
    i += 1
"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def python(kit: Path, script: str, *args: object) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(kit), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tempfile.gettempdir(),
    )  # fmt: skip


def latency(saves: int) -> None:
    from kit.answers import AnswerBook

    try:
        from kit.files import file_lock
    except ImportError:  # a kit from before the lock
        file_lock = None
    folder = Path(tempfile.mkdtemp())
    book = AnswerBook("nb", folder=folder)
    tags = {str(n): {"speaker": "Vladimir Putin", "kind": "direct"} for n in range(25)}
    marks = [
        {"start": n * 40, "end": n * 40 + 6, "text": "could", "category": "possibility"} for n in range(15)
    ]
    book.put("source-tagger", "SourceTagger", tags, article="seed.txt")
    book.put("hedge-hunter", "HedgeHunter", marks, article="seed.txt")
    for n in range(6):
        book.put(f"q{n}", "ShortAnswer", "An answer of a few words. " * 8)
    text, times = "", []
    for n in range(saves):
        text += "word "[n % 5]
        start = time.perf_counter()
        book.put("typing", "ShortAnswer", text)
        times.append((time.perf_counter() - start) * 1000)
    locks = [0.0]
    for _ in range(saves if file_lock is not None else 0):
        start = time.perf_counter()
        with file_lock(folder / ".nb.answers.lock", timeout=5):
            pass
        locks.append((time.perf_counter() - start) * 1000)
    size = book.path.stat().st_size
    print(f"1. latency of a save ({saves} keystrokes, a {size / 1024:.1f} KB answers file):")
    print(f"   put: median {statistics.median(times):.2f} ms, p95 {percentile(times, 0.95):.2f} ms, "
          f"max {max(times):.2f} ms; of which taking and releasing the lock: median "
          f"{statistics.median(locks):.3f} ms")  # fmt: skip


def two_writers(kit: Path, saves: int, trials: int, *, gap: float = 0.0) -> None:
    pace = f"one every {gap * 500:g}-{gap * 1500:g} ms (typing pace)" if gap else "at full speed"
    print(f"2. two writers x {saves} saves {pace}, {trials} trials:")
    total_lost = total_acked = 0
    for trial in range(trials):
        folder = Path(tempfile.mkdtemp())
        go = folder / "go"
        writers = [python(kit, WRITER, folder, name, saves, go, gap) for name in ("left", "right")]
        for writer in writers:
            assert writer.stdout is not None
            line = writer.stdout.readline()
            if line != "ready\n":
                sys.exit(f"a writer did not start: {line!r} {writer.stderr.read() if writer.stderr else ''}")
        start = time.perf_counter()
        go.touch()
        acked, times, errors = [], [], 0
        for writer in writers:
            out, _err = writer.communicate(timeout=3600)
            for line in out.splitlines():
                if line.startswith("ack "):
                    _, exercise, ms = line.split()
                    acked.append(exercise)
                    times.append(float(ms))
                elif line.startswith("error"):
                    errors += 1
        seconds = time.perf_counter() - start
        saved = json.loads((folder / "nb.answers.json").read_text(encoding="utf-8"))["exercises"]
        lost = [e for e in acked if e not in saved]
        leftovers = len(list(folder.glob(".*.tmp")))
        total_lost += len(lost)
        total_acked += len(acked)
        print(f"   trial {trial + 1}: {len(lost)} of {len(acked)} acknowledged answers lost, {errors} saves "
              f"refused (lock timeout), {leftovers} temporary files left; {seconds:.1f} s; a save: median "
              f"{statistics.median(times):.2f} ms, p95 {percentile(times, 0.95):.2f} ms")  # fmt: skip
    print(f"   all trials: {total_lost} of {total_acked} acknowledged answers lost")


def kills(kit: Path, count: int) -> None:
    from kit.answers import AnswerBook, AnswersFileWarning

    print(f"3. a kernel killed while saving, {count} times:")
    rng = random.Random(1)
    folder = Path(tempfile.mkdtemp())
    acked: dict[str, int] = {}
    unreadable = lost = left = cleaned = 0
    seen: set[Path] = set()
    for n in range(count):
        looper = python(kit, LOOPER, folder, f"k{n}")
        assert looper.stdout is not None and looper.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.02, 0.3))
        looper.send_signal(signal.SIGKILL)
        out, _err = looper.communicate(timeout=60)
        for line in out.splitlines(keepends=True):
            if line.startswith("ack ") and line.endswith("\n"):
                _, exercise, length = line.split()
                acked[exercise] = int(length)
        temporaries = [p for p in folder.glob(".nb.answers.json.*.tmp") if p not in seen]
        seen.update(temporaries)
        left += len(temporaries)
        try:
            saved = json.loads((folder / "nb.answers.json").read_text(encoding="utf-8"))["exercises"]
        except (OSError, ValueError):
            unreadable += 1
            continue
        lost += sum(1 for e, length in acked.items() if len(saved.get(e, {}).get("answer", "")) != length)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", AnswersFileWarning)
            AnswerBook("nb", folder=folder)  # the next kernel opens it
        unreadable += len(caught)
        cleaned += sum(1 for p in temporaries if not p.exists())
    print(f"   {len(acked)} acknowledged answers; after the kills: {unreadable} unreadable files, {lost} "
          f"answers lost, {left} temporary files left by the kills, {cleaned} of them cleaned when the "
          "next kernel opened the book")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--saves", type=int, default=1200, help="saves per writer (default 1200)")
    parser.add_argument("--trials", type=int, default=10, help="two-writer trials (default 10)")
    parser.add_argument("--typing", type=int, default=180, help="saves per writer at typing pace (180)")
    parser.add_argument("--kills", type=int, default=20, help="kills of a saving kernel (default 20)")
    parser.add_argument("--latency", type=int, default=500, help="keystrokes timed (default 500)")
    parser.add_argument("--kit", type=Path, default=ROOT, help="the folder holding the kit/ to run")
    options = parser.parse_args()
    kit = options.kit.resolve()
    sys.path.insert(0, str(kit))
    import kit as package

    print(f"kit: {Path(package.__file__).parent}")
    latency(options.latency)
    two_writers(kit, options.saves, options.trials)
    two_writers(kit, options.typing, 1, gap=0.05)
    kills(kit, options.kills)


if __name__ == "__main__":
    main()
