"""Exercises: the self-check a student runs, and the solution notebooks' answers filled in.

The self-paced exercises have one source: the solution notebooks in
``solutions/``, whose key cells the grader compiles into its keys
(:func:`kit.grading.compile_keys`, the key compiler's one home). This module is
what a notebook calls:

* :func:`self_check` compares the student's saved answers with the check data
  in ``exercises/checks/<notebook>.json`` and gives hints ("3 sentences you gave
  to the outlet quote someone: look for quote marks") without saying which
  sentence or span is right. :func:`build_check` makes that data from a compiled
  key, for ``python -m kit release`` (:mod:`kit.release`): only salted hashes and
  counts, so no answer can be read off it.
* :func:`fill_in` writes the key's answers into a solution notebook's answers
  file, so that the widgets show the solution and a copy of the solutions scores
  full marks.
* :func:`hedge_hunter` is the hedge widget set up for graded work.

The key compiler (``compile_keys``, ``build_key``, ``reported_minutes`` …) is
at home in :mod:`kit.grading`, below this module.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .checks import CHECK_FORMAT, choice_is_right, find_checks, salted_hash
from .errors import ExerciseError
from .files import PROJECT
from .grading import SubmissionError, compile_key, parse_number, solution_answers, tag_of
from .records import HEDGE_CATEGORIES, OUTLET_VOICE, OWN_VOICE
from .words import count_words, name_words, normalise

if TYPE_CHECKING:
    from .analysis import Analysis
    from .answers import AnswerBook

__all__ = ["CHECK_FORMAT", "SelfCheck", "build_check", "fill_in", "hedge_hunter", "self_check"]


# --- where the check data and the solution notebooks are ------------------------------


def _find_check(notebook: str, near: Path | None) -> Path:
    """The self-check data of ``notebook``: in ``near/checks/``, ``../exercises/checks/`` or the kit's."""
    path = find_checks(notebook, near)
    if path is not None:
        return path
    raise ExerciseError(
        f"The checks file for {notebook} is missing: keep the notebook in its folder, or ask your "
        "teacher to run `python -m kit release`."
    )


def _has_key_cell(path: Path) -> bool:
    try:
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        return any("key" in cell.get("metadata", {}).get("tags", []) for cell in cells)
    except (OSError, ValueError, AttributeError, TypeError):
        return False


def _find_solution(notebook: str, near: Path | None) -> Path:
    """The solution notebook of ``notebook``: beside the answers, in ``../solutions/`` or the kit's own."""
    candidates = []
    if near is not None:
        candidates += [near / f"{notebook}.ipynb", near.parent / "solutions" / f"{notebook}.ipynb"]
    candidates.append(PROJECT / "solutions" / f"{notebook}.ipynb")
    for path in dict.fromkeys(candidates):
        if path.is_file() and _has_key_cell(path):
            return path
    raise ExerciseError(
        f"The solution notebook {notebook}.ipynb (with its key cell) is missing: fill_in works in the "
        "instructor's copy, a notebook in solutions/ beside seeds/."
    )


def fill_in(book: AnswerBook, *, key: Mapping[str, Any] | str | Path | None = None) -> list[str]:
    """Save the key's answers in ``book`` (solution notebooks only); returns the exercise ids filled.

    Run it before the widgets are made: they load the answers and show the solution.
    ``key`` is a compiled key (:func:`compile_key`), a solution notebook to compile
    it from, or None: the solution notebook named after ``book`` beside its answers
    file, in ``../solutions/`` or in the kit's ``solutions/``. The key is compiled
    in memory; nothing but the answers file is written.
    """
    if isinstance(key, Mapping):
        data = key
    else:
        notebook = (
            Path(key) if key is not None else _find_solution(book.notebook_id, Path(book.folder).resolve())
        )
        data = compile_key(notebook)
    filled = []
    for exercise, entry in solution_answers(data).items():
        book.put(exercise, entry["widget"] or "ShortAnswer", entry["answer"], article=entry["article"])
        filled.append(exercise)
    return filled


# --- widgets set up for graded work -------------------------------------------------


def hedge_hunter(analysis: Analysis, *, answers: AnswerBook | None = None, exercise: str = "hedges") -> Any:
    """A :class:`~kit.widgets.HedgeHunter` for graded work: no "Reveal" button (use :func:`self_check`)."""
    from .widgets import HedgeHunter

    hunter = HedgeHunter(analysis, answers=answers, exercise=exercise)
    hunter.reveal_button.layout.display = "none"
    return hunter


# --- the self-check's data ----------------------------------------------------------------


_h = salted_hash


def _tokens(name: str) -> list[str]:
    return sorted(name_words(name))


def _grid(tolerance: float) -> float:
    return 10 ** math.floor(math.log10(max(tolerance, 0.01))) / 10


def build_check(key: Mapping[str, Any]) -> dict[str, Any]:
    """The self-check data for one exercise: salted hashes and counts only, no readable answer."""
    items = []
    for item in key["items"]:
        salt = _h("kit-self-check", key["notebook"], item["id"])
        entry: dict[str, Any] = {"id": item["id"], "type": item["type"], "exercise": item["exercise"],
                                 "field": item.get("field"),
                                 "label": item.get("label", item["id"]), "salt": salt}  # fmt: skip
        article = key["articles"].get(item.get("article") or "")
        if item["type"] == "source_tags":
            text = article["text"]
            sentences = []
            width = max(2, *(len(g["accept"]) for g in item["gold"]))
            for gold, (start, end) in zip(item["gold"], article["sentences"], strict=True):
                i = gold["sentence"]
                accepted = [
                    {"kind": _h(salt, i, normalise(t["kind"])),
                     "who": sorted(_h(salt, i, w) for w in _tokens(t["speaker"]))
                     or [_h(salt, i, "=" + normalise(t["speaker"]))]}
                    for t in gold["accept"]
                ]  # fmt: skip
                # decoys: every sentence has as many entries, so the outlet's sentences do not stand out
                accepted += [
                    {"kind": _h(salt, i, "decoy", n),
                     "who": sorted(_h(salt, i, "decoy", n, w) for w in range(2 + n % 2))}
                    for n in range(width - len(accepted))
                ]  # fmt: skip
                accepted.sort(key=lambda entry: entry["kind"])
                sentence = text[start:end]
                sentences.append({
                    "outlet": _h(salt, i, "outlet") if not gold["accept"] else _h(salt, i, "source"),
                    "accept": accepted,
                    "quotes": bool(re.search(r"[“”\"«»]", sentence)),
                })  # fmt: skip
            kinds: dict[str, int] = {}
            for gold in item["gold"]:
                kind = gold["accept"][0]["kind"] if gold["accept"] else OWN_VOICE
                kinds[kind] = kinds.get(kind, 0) + 1
            entry.update(sentences=sentences, kinds=dict(sorted(kinds.items())))
        elif item["type"] == "hedge_spans":
            where: dict[str, int] = {}
            categories: dict[str, int] = {}
            for j, gold in enumerate(item["gold"]):
                for c in range(gold["start"], gold["end"]):
                    where.setdefault(_h(salt, "char", c), j)
                categories[gold["category"]] = categories.get(gold["category"], 0) + 1
            entry.update(
                hedges=len(item["gold"]),
                chars=dict(sorted(where.items())),
                category=[_h(salt, "category", j, g["category"]) for j, g in enumerate(item["gold"])],
                categories={c: categories[c] for c in HEDGE_CATEGORIES if c in categories},
                in_quote=sum(bool(g.get("in_quote")) for g in item["gold"]),
            )
        elif item["type"] == "number":
            value, tolerance = float(item["value"]), float(item.get("tolerance", 0))
            if item.get("relative"):
                tolerance = abs(value) * tolerance
            step = _grid(tolerance)
            low, high = (
                math.ceil((value - tolerance) / step - 1e-9),
                math.floor((value + tolerance) / step + 1e-9),
            )
            entry.update(step=step, accept=sorted(_h(salt, k) for k in range(low, high + 1)),
                         unit=item.get("unit", ""))  # fmt: skip
        elif item["type"] == "choice":
            answers = item["answer"] if isinstance(item["answer"], list) else [item["answer"]]
            entry.update(accept=_h(salt, json.dumps(sorted(normalise(str(a)) for a in answers))))
        else:
            entry.update(
                min_words=int(item.get("min_words", 30)),
                criteria=[c["criterion"] for c in item.get("rubric", [])],
            )
        items.append(entry)
    return {
        "format": CHECK_FORMAT,
        "version": 1,
        "notebook": key["notebook"],
        "note": "Self-check data written by `python -m kit release`: salted hashes and counts, no answers.",
        "items": items,
    }


# --- the self-check --------------------------------------------------------------------


@dataclass(frozen=True)
class SelfCheck:
    """Hints about a student's saved answers; shows as a box in a notebook."""

    notebook: str
    lines: tuple[tuple[str, str, tuple[str, ...]], ...]  # (item label, headline, hints)

    def __str__(self) -> str:
        out = [f"Self-check for {self.notebook}"]
        for label, headline, hints in self.lines:
            out.append(f"- {label}: {headline}")
            out += [f"    · {hint}" for hint in hints]
        return "\n".join(out)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        parts = [f'<div class="kit-self-check" style="border:2px solid #0072B2;border-radius:4px;'
                 'padding:.5em 1em;'
                 f'max-width:54em;line-height:1.5"><b>Self-check</b> <small>({html.escape(self.notebook)}): '
                 "hints only; your teacher grades the saved answers.</small><ul>"]  # fmt: skip
        for label, headline, hints in self.lines:
            extra = "".join(f"<li>{html.escape(h)}</li>" for h in hints)
            parts.append(f"<li><b>{html.escape(label)}</b>: {html.escape(headline)}"
                         + (f"<ul>{extra}</ul>" if extra else "") + "</li>")  # fmt: skip
        parts.append("</ul></div>")
        return "".join(parts)


def self_check(book: AnswerBook, *, checks: str | Path | None = None) -> SelfCheck:
    """Hints about the answers saved in ``book``, from the hashed check data (never the key).

    >>> import tempfile
    >>> from kit.answers import AnswerBook
    >>> print(self_check(AnswerBook("ex05_reflection", folder=tempfile.mkdtemp())))  # doctest: +ELLIPSIS
    Self-check for ex05_reflection
    - ...: nothing written yet...
    """
    path = Path(checks) if checks is not None else _find_check(book.notebook_id, Path(book.folder).resolve())
    data = json.loads(path.read_text(encoding="utf-8"))
    lines = []
    for item in data["items"]:
        answer = book.get(item["exercise"])
        if item.get("field") is not None:
            answer = answer.get(item["field"]) if isinstance(answer, dict) else None
        check = _CHECKS[item["type"]]
        try:
            headline, hints = check(item, answer)
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError, SubmissionError):
            # a damaged answer (a tag edited by hand …) is a hint, never a traceback in the notebook
            headline, hints = "the saved answer looks damaged: use Reset and answer again", []
        lines.append((item["label"], headline, tuple(hints)))
    return SelfCheck(data["notebook"], tuple(lines))


def _check_tags(item: Mapping[str, Any], answer: Any) -> tuple[str, list[str]]:
    salt, sentences = item["salt"], item["sentences"]
    answer = answer if isinstance(answer, dict) else {}
    counts = dict.fromkeys(
        ["right", "outlet_quotes", "outlet_no_quotes", "not_outlet", "kind", "speaker", "both"], 0
    )
    mine_kinds: dict[str, int] = {}
    tagged = 0
    for raw, value in answer.items():
        i = int(raw)
        if not 0 <= i < len(sentences):
            continue
        tag = tag_of(value, "tag")
        if tag is None:
            continue
        tagged += 1
        sentence = sentences[i]
        kind = OWN_VOICE if tag[1] == OUTLET_VOICE else tag[1]
        mine_kinds[kind] = mine_kinds.get(kind, 0) + 1
        if tag[1] == OUTLET_VOICE:
            if sentence["outlet"] == _h(salt, i, "outlet"):
                counts["right"] += 1
            else:
                counts["outlet_quotes" if sentence["quotes"] else "outlet_no_quotes"] += 1
            continue
        if sentence["outlet"] == _h(salt, i, "outlet"):
            counts["not_outlet"] += 1
            continue
        words = _tokens(tag[0])
        mine = {_h(salt, i, w) for w in words} or {_h(salt, i, "=" + normalise(tag[0]))}
        best = 0
        for accepted in sentence["accept"]:
            theirs = set(accepted["who"])
            who_ok = mine <= theirs or theirs <= mine
            kind_ok = accepted["kind"] == _h(salt, i, normalise(tag[1]))
            best = max(best, 3 if who_ok and kind_ok else 2 if who_ok else 1 if kind_ok else 0)
        counts[{3: "right", 2: "kind", 1: "speaker", 0: "both"}[best]] += 1
    total = len(sentences)
    if not tagged:
        return f"nothing tagged yet ({total} sentences to tag)", []
    headline = f"{counts['right']} of {total} sentences agree with the key ({tagged} tagged)"
    hints = []
    if tagged < total:
        hints.append(f"{total - tagged} sentences are not tagged yet.")
    if counts["outlet_quotes"]:
        hints.append(
            f"You gave {counts['outlet_quotes']} sentence(s) to the outlet's own voice that quote someone: "
            "look for quote marks, and for who said the words."
        )
    if counts["outlet_no_quotes"]:
        hints.append(
            f"You gave {counts['outlet_no_quotes']} sentence(s) to the outlet's own voice that report what "
            "someone said without quote marks: look for verbs such as said, told, accused, acknowledged, "
            "and for 'according to'."
        )
    if counts["not_outlet"]:
        hints.append(
            f"{counts['not_outlet']} sentence(s) you credited to a source are the outlet's own voice: "
            "a sentence "
            "belongs to a source only when the article says who said it."
        )
    if counts["kind"]:
        hints.append(
            f"{counts['kind']} tag(s) have the right source but another kind: "
            "direct = the words in quote marks; "
            "partial = a few quoted words inside reported speech; indirect = no quote marks; according to = "
            "'according to X'."
        )
    if counts["speaker"]:
        hints.append(
            f"{counts['speaker']} tag(s) have the right kind but another source: who is the subject of the "
            "reporting verb? 'He' and 'his counterpart' stand for a name used earlier."
        )
    if counts["both"]:
        hints.append(f"{counts['both']} tag(s) differ from the key in both source and kind.")
    for kind, n in item["kinds"].items():
        have = mine_kinds.get(kind, 0)
        if tagged == total and have < n:
            hints.append(f"The key has more '{kind}' sentences than you tagged.")
    return headline, hints


_TRAPS = (
    (
        re.compile(r"^May$"),
        "'May' with a capital letter inside a sentence is usually the month, not a hedge.",
    ),
    (
        re.compile(r"^would$", re.I),
        "'would' after 'said' or 'told' is often reported speech (back-shift), not a hedge.",
    ),
    (
        re.compile(r"^about$", re.I),
        "'about' is a hedge only when it blurs a number ('about 1,200'), not a topic.",
    ),
    (re.compile(r"^yet$", re.I), "'yet' meaning 'but' is a conjunction, not a hedge."),
    (re.compile(r"^(said|says|told|added)$", re.I), "A reporting verb on its own does not soften a claim."),
)


def _check_hedges(item: Mapping[str, Any], answer: Any) -> tuple[str, list[str]]:
    salt = item["salt"]
    marks = [m for m in answer or [] if isinstance(m, dict)]
    if not marks:
        return f"nothing marked yet (the key has {item['hedges']} hedges)", []
    found: dict[int, str] = {}
    extras: list[str] = []
    for mark in sorted(marks, key=lambda m: (int(m["start"]), int(m["end"]))):
        text = str(mark.get("text", ""))
        hit = None
        for c in range(int(mark["start"]), min(int(mark["end"]), int(mark["start"]) + 2000)):
            j = item["chars"].get(_h(salt, "char", c))
            if j is not None and j not in found:
                hit = j
                break
        if hit is None:
            extras.append(text)
        else:
            found[hit] = str(mark.get("category") or "")
    right = sum(item["category"][j] == _h(salt, "category", j, category) for j, category in found.items())
    headline = (
        f"{len(found)} of the {item['hedges']} hedges in the key found, {right} with the right category; "
        f"{len(extras)} mark(s) not in the key"
    )
    hints = []
    if len(found) < item["hedges"]:
        hints.append(f"{item['hedges'] - len(found)} hedge(s) still to find. The key's categories: "
                     + ", ".join(f"{c.replace('_', ' ')} {n}" for c, n in item["categories"].items())
                     + ".")  # fmt: skip
    if right < len(found):
        hints.append(f"{len(found) - right} of your found hedges have another category in the key: check "
                     "what each kind means in the table of the eight kinds (lesson 03, part 2).")  # fmt: skip
    for text in extras:
        for pattern, why in _TRAPS:
            if pattern.search(text.strip()):
                hints.append(why)
                break
    if extras:
        hints.append(
            "For each mark not in the key, ask: does it soften or distance the claim, or is it a plain fact?"
        )
    return headline, list(dict.fromkeys(hints))


def _check_number(item: Mapping[str, Any], answer: Any) -> tuple[str, list[str]]:
    try:
        value = parse_number(answer, unit=item.get("unit"))
    except SubmissionError:
        return "write a number, for example 12, 3.5 or twelve", []
    if value is None:
        return "no answer yet", []
    k = round(value / float(item["step"]))
    if _h(item["salt"], k) in set(item["accept"]):
        return "close enough to the key ✓", []
    unit = str(item.get("unit") or "")
    hint = [f"The answer is in {unit}."] if unit and not _written_in(answer, unit) else []
    return "not quite: read the chart (and the article) again", hint


#: How an answer says its unit: "80%", "80 percent", "8 min", "eight minutes".
_UNIT_WORDS = {"percent": r"%|\bper\s?cent", "minutes": r"\bmin(ute)?s?\b"}


def _written_in(answer: Any, unit: str) -> bool:
    """Whether a written answer already says ``unit`` (then "The answer is in percent." would only puzzle).

    >>> _written_in("about 80%", "percent"), _written_in("0.8", "percent"), _written_in("8 min", "minutes")
    (True, False, True)
    """
    pattern = _UNIT_WORDS.get(unit, re.escape(unit))
    return isinstance(answer, str) and re.search(pattern, answer, re.I) is not None


def _check_choice(item: Mapping[str, Any], answer: Any) -> tuple[str, list[str]]:
    right = choice_is_right(dict(item), answer)
    if right is None:
        return "no choice made yet", []
    if right:
        return "right ✓", []
    return "not quite: look again at the article", []


def _check_text(item: Mapping[str, Any], answer: Any) -> tuple[str, list[str]]:
    text = answer if isinstance(answer, str) else ""
    n = count_words(text)
    criteria = [f"Your teacher looks for: {c}" for c in item.get("criteria", [])]
    if not n:
        return "nothing written yet", criteria
    need = item.get("min_words", 30)
    headline = f"{n} words written" + (f" (aim for at least {need})" if n < need else "")
    return headline, criteria


_CHECKS = {
    "source_tags": _check_tags,
    "hedge_spans": _check_hedges,
    "number": _check_number,
    "choice": _check_choice,
    "rubric": _check_text,
}
