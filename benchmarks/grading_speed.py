"""How long grading a class takes. Prints figures; asserts nothing.

Generates SUBMISSIONS for N students (default 300) in a temporary folder, each with an
answers file for every exercise: a mix of perfect (the key's answers), partial (some of
the key plus mistakes), empty (nothing answered) and corrupt (damaged JSON) files. Then
runs the grader as a teacher would, ``media-kit grade SUBMISSIONS --key solutions
--out grades`` in a fresh interpreter (so the time includes start-up, compiling the keys
in memory from the solution notebooks and ``seeds/keys/`` with the language model, every
feedback page and the summary chart). A second fresh interpreter times the two parts
separately: compiling the keys (model load included) and grading with them. Last,
``grade()`` runs in-process without the chart, the keys already compiled.

Target: at most 10 s for 300 students × every exercise, compiling the keys once included.

Usage: ``python benchmarks/grading_speed.py [--students N] [--seed S]``
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = ("direct", "partial", "indirect", "according_to", "own_voice")
CATEGORIES = ("possibility", "probability", "appearance", "approximation", "limitation", "distancing")


def _partial(item: dict, key: dict, rng: random.Random) -> object:
    """A plausible half-right answer for one item."""
    from kit.grading import solution_answers

    right = solution_answers({**key, "items": [item]})[item["exercise"]]["answer"]
    if item.get("field"):
        right = right[item["field"]]
    kind = item["type"]
    if kind == "source_tags":
        out = {}
        for index, tag in right.items():
            if rng.random() < 0.6:
                out[index] = tag
            elif rng.random() < 0.7:
                speaker = rng.choice(["the outlet itself", "someone not listed", tag["speaker"]])
                out[index] = {"speaker": speaker, "kind": rng.choice(KINDS)}
        return out
    if kind == "hedge_spans":
        text = key["articles"][item["article"]]["text"]
        marks = [dict(m, category=rng.choice(CATEGORIES)) if rng.random() < 0.2 else m
                 for m in right if rng.random() < 0.6]  # fmt: skip
        for _ in range(rng.randint(0, 4)):  # extra marks on random words
            start = rng.randrange(0, len(text) - 10)
            while start < len(text) and not text[start].isalpha():
                start += 1
            end = start
            while end < len(text) and text[end].isalpha():
                end += 1
            if end > start and not any(m["start"] < end and start < m["end"] for m in marks):
                marks.append({"start": start, "end": end, "text": text[start:end], "category": "possibility"})
        return sorted(marks, key=lambda m: m["start"])
    if kind == "number":
        return f"{float(item['value']) * rng.uniform(0.8, 1.2):.1f}"
    if kind == "choice":
        return right if rng.random() < 0.5 else "something else"
    return "The article quotes Putin at length and Xi hardly at all. " * rng.randint(1, 4)


def generate(folder: Path, students: int, seed: int) -> dict[str, int]:
    from kit.grading import compile_keys, solution_answers

    rng = random.Random(seed)
    keys = list(compile_keys(ROOT).values())
    mix = {"perfect": 0, "partial": 0, "empty": 0, "corrupt": 0}
    for n in range(students):
        student = folder / f"Student {n:03d}"
        student.mkdir(parents=True)
        for key in keys:
            kind = rng.choices(list(mix), weights=[2, 5, 2, 1])[0]
            mix[kind] += 1
            path = student / f"{key['notebook']}.answers.json"
            if kind == "corrupt":
                path.write_text('{"format": "kit-answers", "version": 1, "exerc', encoding="utf-8")
                continue
            exercises = {}
            if kind != "empty":
                perfect = solution_answers(key)
                for exercise, entry in perfect.items():
                    exercises[exercise] = {**entry, "updated": "2024-01-01T00:00:00+00:00"}
                if kind == "partial":
                    for item in key["items"]:
                        entry = exercises[item["exercise"]]
                        value = _partial(item, key, rng)
                        if item.get("field"):
                            entry["answer"] = {**entry["answer"], item["field"]: value}
                        else:
                            entry["answer"] = value
            data = {"format": "kit-answers", "version": 1, "notebook": key["notebook"], "student": None,
                    "updated": "2024-01-01T00:00:00+00:00", "exercises": exercises}  # fmt: skip
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return mix


# Run in a fresh interpreter: the key-compile time and the grading time, apart.
_PARTS = """
import json, sys, time
started = time.perf_counter()
from kit.pipeline import load_pipeline
load_pipeline()
model = time.perf_counter() - started
from kit.grading import grade, load_keys
started = time.perf_counter()
load_keys(sys.argv[2])
compiled = time.perf_counter() - started
started = time.perf_counter()
grade(sys.argv[1], key=sys.argv[2], out=sys.argv[3])
graded = time.perf_counter() - started
print(json.dumps({"model": model, "compile": compiled, "grade": graded}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        subs, out = Path(tmp) / "submissions", Path(tmp) / "grades"
        from kit.grading import compile_keys

        started = time.perf_counter()
        compile_keys(ROOT)
        compiled = time.perf_counter() - started
        print(f"compiled the keys in memory from solutions/ and seeds/keys/ (model load included): "
              f"{compiled:.2f} s")  # fmt: skip
        started = time.perf_counter()
        mix = generate(subs, args.students, args.seed)
        made = time.perf_counter() - started
        files = sum(mix.values())
        print(f"generated {args.students} students, {files} answers files in {made:.1f} s: "
              + ", ".join(f"{v} {k}" for k, v in mix.items()))  # fmt: skip

        started = time.perf_counter()
        media_kit = Path(sys.executable).with_name("media-kit")  # the README's command
        launcher = [str(media_kit)] if media_kit.is_file() else [sys.executable, "-P", "-m", "kit"]
        command = [*launcher, "grade", str(subs), "--key", str(ROOT / "solutions")]
        done = subprocess.run(
            [*command, "--out", str(out)], cwd=ROOT, capture_output=True, text=True, check=False
        )
        cli = time.perf_counter() - started
        if done.returncode:
            print(done.stderr)
            raise SystemExit("the grader failed")
        pages = len(list((out / "feedback").glob("*.html")))
        name = Path(launcher[0]).name
        print(f"{name} grade (fresh interpreter, keys compiled, all reports, chart): {cli:.2f} s "
              f"for {args.students} students × {files // args.students} exercises "
              f"({pages} feedback pages; target ≤ 10 s)")  # fmt: skip

        parts = subprocess.run(
            [sys.executable, "-c", _PARTS, str(subs), str(ROOT / "solutions"), str(Path(tmp) / "grades3")],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
        if parts.returncode:
            print(parts.stderr)
            raise SystemExit("the grader failed")
        part = json.loads(parts.stdout.strip().splitlines()[-1])
        print(f"the same in parts (another fresh interpreter): loading the model {part['model']:.2f} s, "
              f"compiling the keys {part['compile']:.2f} s, grading with them {part['grade']:.2f} s "
              f"(all reports, chart)")  # fmt: skip

        from kit.grading import grade

        started = time.perf_counter()
        report = grade(subs, key=ROOT / "solutions", out=Path(tmp) / "grades2", chart=False)
        warm = time.perf_counter() - started
        ungraded = sum(s.status != "graded" for s in report.students)
        print(f"grade() in-process, keys already compiled, no chart: {warm:.2f} s "
              f"({1000 * warm / files:.2f} ms per answers file; {ungraded} rows with ungraded items, "
              f"{len(report.lines)} report lines)")  # fmt: skip


if __name__ == "__main__":
    main()
