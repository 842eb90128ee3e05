"""A class on one machine: N students open lesson 01 at the same time (kernels only, no browser).

Each simulated student gets a workspace of their own (a copy of the lesson beside the seed
articles) and a kernel started through ``jupyter_client``, as a Jupyter server starts one. All
kernels start together, as at the start of a lesson, and run every code cell of the lesson; then
each student answers the lesson's questions (the widgets it displayed) through their own methods
(what a click or a keystroke calls in the kernel). Prints, asserts nothing:

* **memory per active student**: each kernel's proportional set size (PSS: its own pages, plus
  its share of the library pages the kernels map together), so that N times the mean is what
  the N kernels take from the server;
* **time to first lesson**: from the kernel's start to the last cell of the lesson done, median and
  slowest student;
* **widget actions**: in each kernel, a multiple-choice answer chosen and checked, and a short
  answer typed word by word (11 changes, each saved), timed in the kernel; and the longest round
  trip seen by the client for all of one student's answers.

The server process itself, the browser and JupyterLab's front end are not counted.

Usage: ``python benchmarks/class_size.py [--students 30] [--lesson notebooks/01_reading_the_article.ipynb]``
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from jupyter_client.manager import KernelManager

ROOT = Path(__file__).resolve().parent.parent

ACTIONS = r"""
import json, time
import kit
_times = []
for _widget in [o for o in Out.values() if isinstance(o, (kit.MultipleChoice, kit.ShortAnswer))]:
    _start = time.perf_counter()
    if isinstance(_widget, kit.MultipleChoice):
        _widget.choose(_widget.options[0][1])
        _widget.check()
    else:
        for _n in range(1, 12):  # typed word by word: every change is saved
            _widget.write(" ".join(["word"] * _n))
    _times.append(time.perf_counter() - _start)
print(json.dumps({"actions": _times}))
"""


def _pss(pid: int) -> int:
    """The proportional set size of a process and its children, in bytes (0 if unknown)."""
    total = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                total += int(line.split()[1]) * 1024
    except OSError:
        return 0
    return total


class Student:
    """One student's workspace and kernel, and what they measured."""

    def __init__(self, n: int, lesson: Path, home: Path) -> None:
        self.name = f"student{n:02d}"
        self.folder = home / self.name / "notebooks"
        self.folder.mkdir(parents=True)
        shutil.copy(lesson, self.folder / lesson.name)
        (home / self.name / "seeds").symlink_to(ROOT / "seeds")
        self.cells = [
            "".join(cell["source"])
            for cell in json.loads(lesson.read_text(encoding="utf-8"))["cells"]
            if cell["cell_type"] == "code"
        ]
        self.manager = KernelManager(kernel_name="python3")
        self.ready = 0.0
        self.actions: list[float] = []
        self.round_trip = 0.0
        self.error = ""
        self.pid = 0

    def run(self) -> None:
        start = time.perf_counter()
        try:
            env = {**os.environ, "PYTHONPATH": str(ROOT), "MPLBACKEND": "agg"}
            with open(self.folder.parent / "kernel.log", "wb") as log:  # the kernel's own warnings
                self.manager.start_kernel(cwd=str(self.folder), env=env, stdout=log, stderr=log)
            self.pid = self.manager.provisioner.pid if self.manager.provisioner else 0
            client = self.manager.client()
            client.start_channels()
            client.wait_for_ready(timeout=300)
            for source in self.cells:
                self._execute(client, source)
            self.ready = time.perf_counter() - start
            sent = time.perf_counter()
            output = self._execute(client, ACTIONS)
            self.round_trip = time.perf_counter() - sent
            self.actions = json.loads(output.strip().splitlines()[-1])["actions"]
            client.stop_channels()
        except Exception as error:  # a failed student is reported; the class goes on
            self.error = f"{type(error).__name__}: {error}"

    @staticmethod
    def _execute(client, source: str) -> str:
        printed: list[str] = []

        def keep(message: dict) -> None:
            if message["header"]["msg_type"] == "stream":
                printed.append(message["content"]["text"])
            elif message["header"]["msg_type"] == "error":
                raise RuntimeError("\n".join(message["content"]["traceback"])[-500:])

        reply = client.execute_interactive(source, timeout=600, output_hook=keep)
        if reply["content"]["status"] != "ok":
            raise RuntimeError(
                f"cell failed: {reply['content'].get('ename')}: {reply['content'].get('evalue')}"
            )
        return "".join(printed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--lesson", default="notebooks/01_reading_the_article.ipynb")
    args = parser.parse_args()
    lesson = (ROOT / args.lesson).resolve()
    home = Path(tempfile.mkdtemp(prefix="kit-class-"))
    os.environ["JUPYTER_RUNTIME_DIR"] = str(home / "runtime")
    students = [Student(n, lesson, home) for n in range(1, args.students + 1)]
    threads = [threading.Thread(target=s.run) for s in students]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    pss = [_pss(s.pid) for s in students if s.pid]
    try:
        ok = [s for s in students if not s.error]
        print(
            f"A class of {args.students} on {os.cpu_count()} cores: {lesson.relative_to(ROOT)}, kernels only"
        )
        for s in students:
            if s.error:
                print(f"  {s.name}: FAILED {s.error}")
        print(f"  students whose lesson ran: {len(ok)} of {len(students)}; all done after {wall:.1f} s")
        if pss:
            print(
                f"  memory per active student (kernel PSS): mean {statistics.mean(pss) / 2**20:.0f} MB, "
                f"largest {max(pss) / 2**20:.0f} MB, all kernels {sum(pss) / 2**30:.1f} GB "
                "(target: at most 300 MB)"
            )
        if ok:
            ready = sorted(s.ready for s in ok)
            print(f"  time to first lesson (kernel start to last cell done): "
                  f"median {statistics.median(ready):.1f} s, slowest {ready[-1]:.1f} s")  # fmt: skip
            actions = [t for s in ok for t in s.actions]
            if actions:
                print(f"  widget actions in the kernel: median {statistics.median(actions) * 1000:.0f} ms, "
                      f"slowest {max(actions) * 1000:.0f} ms ({len(actions)} actions)")  # fmt: skip
            trip = max(s.round_trip for s in ok)
            print(f"  slowest client round trip for a student's answers: {trip * 1000:.0f} ms")
    finally:
        for s in students:
            try:
                s.manager.shutdown_kernel(now=True)
            except Exception:  # best effort: a kernel already gone is fine
                pass
        shutil.rmtree(home, ignore_errors=True)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
