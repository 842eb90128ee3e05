"""Exercises: keys built from the hand-made keys, answers filled in for solutions, and a self-check.

The self-paced exercises have one source: the solution notebooks in
``solutions/``. Each has a *key cell* (a Markdown cell tagged ``key``) holding a
JSON definition of its graded items — points, tolerance, rubric — and naming
the hand-made key in ``seeds/keys/`` its answers come from. Nothing in a
definition is an answer typed twice: spans, tags and numbers are read from the
hand-made key (line by line checked against the article), never from the
engine's output.

Each definition turns into

* the grader's key (:func:`build_key`), with the article's text and sentences:
  compiled in memory from the solution notebook and the hand-made keys whenever
  it is needed (:func:`compile_keys`, kept for the process until one of those
  files changes) and never written to disk, so it can never go stale;
* ``exercises/checks/<notebook>.json``: the self-check's data (:func:`build_check`),
  written by ``python -m kit release`` (:mod:`kit.release`): only salted hashes
  and counts, so no answer can be read off it.

In a notebook, :func:`self_check` compares the student's saved answers with the
check data and gives hints ("3 sentences you gave to the outlet quote someone:
look for quote marks") without saying which sentence or span is right.
:func:`fill_in` writes the key's answers into a solution notebook's answers file,
so that the widgets show the solution and a copy of the solutions scores full marks.

>>> words_in("his “dear friend”")
3
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ExerciseError, KitError
from .records import HEDGE_CATEGORIES
from .words import count_words

if TYPE_CHECKING:
    from .analysis import Analysis
    from .answers import AnswerBook
    from .keys import AnswerKey
    from .records import Sentence

__all__ = [
    "CHECK_FORMAT",
    "SelfCheck",
    "build_check",
    "build_key",
    "compile_key",
    "compile_keys",
    "fill_in",
    "hedge_hunter",
    "quoted_words",
    "read_definition",
    "reported_minutes",
    "self_check",
    "solution_answers",
    "words_in",
]

PROJECT = Path(__file__).resolve().parent.parent
CHECK_FORMAT = "kit-self-check"
KEY_FORMAT = "kit-exercise-key"
OUTLET_SPEAKER = "the outlet itself"  # kit.widgets.tagger.OUTLET
OWN_VOICE = "own_voice"  # kit.widgets.tagger.OWN_VOICE
_JSON_BLOCK = re.compile(r"```json\s*\n(.*?)\n```", re.S)


# --- definitions --------------------------------------------------------------------


def read_definition(notebook: str | Path | Mapping[str, Any], *, name: str | None = None) -> dict[str, Any]:
    """The JSON definition in the key cell (a cell tagged ``key``) of a solution notebook.

    ``name`` names the notebook in error messages when it is given as data.
    """
    if isinstance(notebook, Mapping):
        data, name = notebook, name or "the notebook"
    else:
        path = Path(notebook)
        name = path.name
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ExerciseError(f"The solution notebook {name} cannot be read ({error}).") from None
    found = []
    for cell in data.get("cells", []):
        if "key" in cell.get("metadata", {}).get("tags", []):
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            found += _JSON_BLOCK.findall(source)
    if len(found) != 1:
        raise ExerciseError(
            f"{name} needs exactly one key cell: a Markdown cell tagged 'key' with one ```json block "
            f"(found {len(found)})."
        )
    try:
        definition = json.loads(found[0])
    except ValueError as error:
        raise ExerciseError(f"The key cell of {name} is not valid JSON ({error}).") from None
    for needed in ("notebook", "title", "items"):
        if needed not in definition:
            raise ExerciseError(f"The key cell of {name} has no {needed!r}.")
    return definition


# --- what the hand-made keys say, in numbers ------------------------------------------


def words_in(text: str) -> int:
    """How many words ``text`` has (hyphenated and apostrophe words count once)."""
    return count_words(text)


def _same(a: str, b: str) -> bool:
    from .grading import same_speaker

    return same_speaker(a, b)


def quoted_words(key: AnswerKey, sentences: Sequence[Sentence], speaker: str) -> int:
    """Words the article quotes word for word from ``speaker``, according to a hand-made key.

    A direct attribution counts the quotation its content sits in; a partial one
    counts the quotations in its sentence (the quoted fragment may sit outside the
    keyed content) that are not scare quotes and not someone else's. Each
    quotation counts once.
    """
    from .quotes import find_quotes

    text = key.article.text
    quotes = find_quotes(text, key.article.paragraphs)
    terms = [(t.start, t.end) for t in key.quoted_terms]
    others = [(a.start, a.end) for a in key.attributions if not _same(a.speaker, speaker)]

    def inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
        return any(s < end and start < e for s, e in spans)

    counted: set[int] = set()
    for attribution in key.attributions:
        if not _same(attribution.speaker, speaker) or attribution.kind not in {"direct", "partial"}:
            continue
        if attribution.kind == "direct":
            window = (attribution.start, attribution.end)
        else:
            window = next(
                ((s.start, s.end) for s in sentences if s.start <= attribution.start < s.end),
                (attribution.start, attribution.end),
            )
        for n, quote in enumerate(quotes):
            span = (quote.content_start, quote.content_end)
            if not inside(*span, [window]):
                continue
            if attribution.kind == "partial" and (inside(*span, terms) or inside(*span, others)):
                continue
            counted.add(n)
    return sum(words_in(text[quotes[n].content_start : quotes[n].content_end]) for n in counted)


_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90, "a": 1, "an": 1}
_FRACTIONS = {"a quarter": 0.25, "a third": 1 / 3, "half": 0.5, "a half": 0.5, "a fifth": 0.2, "a tenth": 0.1,
              "twice": 2.0, "three times": 3.0, "two-thirds": 2 / 3, "three quarters": 0.75}  # fmt: skip
_UNITS = {"second": 1 / 60, "minute": 1.0, "hour": 60.0}


def reported_minutes(key: AnswerKey, speaker: str, *, _seen: tuple[str, ...] = ()) -> float | None:
    """The length of ``speaker``'s statement in minutes, from the key's ``reported_length``.

    Understands "around eight minutes", "a brief two-minute reply", "90 seconds",
    and lengths relative to another speaker ("a quarter the length of Putin's").
    None when the article does not say.

    >>> from types import SimpleNamespace
    >>> key = SimpleNamespace(speakers=[
    ...     {"name": "Vladimir Putin", "reported_length": "around eight minutes"},
    ...     {"name": "Xi Jinping", "reported_length": "around a quarter the length of Putin’s"}])
    >>> reported_minutes(key, "Putin"), reported_minutes(key, "Xi Jinping")
    (8.0, 2.0)
    """
    entry = next((s for s in key.speakers if _same(str(s.get("name", "")), speaker)), None)
    length = entry.get("reported_length") if entry else None
    if not length:
        return None
    text = " ".join(str(length).lower().replace("’", "'").replace("-", " ").split())
    unit = re.search(r"(\d+(?:\.\d+)?|[a-z]+) (second|minute|hour)s?\b", text)
    if unit:
        raw = unit.group(1)
        value = float(raw) if raw[0].isdigit() else _NUMBER_WORDS.get(raw)
        if value is not None:
            return value * _UNITS[unit.group(2)]
    relative = re.search(r"(\d+(?:\.\d+)?%|" + "|".join(_FRACTIONS) + r")(?: of)? the length of (.+)", text)
    if relative:
        share = relative.group(1)
        fraction = float(share[:-1]) / 100 if share.endswith("%") else _FRACTIONS[share]
        other = re.sub(r"'s?$", "", relative.group(2).strip(" .")).strip()
        if other in _seen:
            return None
        base = reported_minutes(key, other, _seen=(*_seen, speaker))
        return None if base is None else base * fraction
    return None


def _value_from(rule: Mapping[str, Any], key: AnswerKey, sentences: Sequence[Sentence]) -> float:
    (name, argument), *rest = rule.items()
    if rest:
        raise ExerciseError(f"A 'value_from' rule names one measure, not {list(rule)}.")
    if name == "reported_minutes":
        value = reported_minutes(key, argument)
    elif name == "quoted_words":
        value = quoted_words(key, sentences, argument)
    elif name in {"time_share_percent", "quoted_share_percent"}:
        a, b = argument
        if name == "time_share_percent":
            x, y = reported_minutes(key, a), reported_minutes(key, b)
        else:
            x, y = quoted_words(key, sentences, a), quoted_words(key, sentences, b)
        value = None if x is None or y is None or x + y == 0 else 100 * x / (x + y)
    else:
        raise ExerciseError(f"Unknown measure {name!r} in 'value_from'.")
    if value is None:
        raise ExerciseError(f"The hand-made key does not give {name} for {argument!r}.")
    return round(float(value), 2)


def _answer_from(rule: Mapping[str, Any], key: AnswerKey) -> Any:
    (name, argument), *rest = rule.items()
    if rest:
        raise ExerciseError(f"An 'answer_from' rule names one fact, not {list(rule)}.")
    if name == "source_type_of":
        found = [s.get("source_type") for s in key.speakers if _same(str(s.get("name", "")), argument)]
        found += [a.source_type for a in key.attributions if _same(a.speaker, argument)]
        if not found:
            raise ExerciseError(f"The hand-made key has no source called {argument!r}.")
        return found[0]
    if name == "speakers_of_type":
        names = [str(s["name"]) for s in key.speakers if s.get("source_type") == argument]
        if not names:
            raise ExerciseError(f"The hand-made key has no source of type {argument!r}.")
        return names[0] if len(names) == 1 else names
    if name == "who_hedges":
        quoted = sum(h.in_quote for h in key.hedges)
        share = quoted / len(key.hedges) if key.hedges else 0.0
        labels = argument  # [outlet, speakers, both]
        return labels[0] if share < 1 / 3 else labels[1] if share > 2 / 3 else labels[2]
    raise ExerciseError(f"Unknown fact {name!r} in 'answer_from'.")


# --- the grader's key ---------------------------------------------------------------


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def build_key(
    definition: Mapping[str, Any], *, root: str | Path = PROJECT, source: str | None = None
) -> dict[str, Any]:
    """The grader's key for one exercise notebook, from its definition and the hand-made keys.

    Needs the language model (for the sentences students tag). Paths in the
    definition are relative to ``root`` (where ``seeds/`` lives); ``source`` names
    the solution notebook in the key's note. Writes nothing; use
    :func:`compile_keys` for the memoised keys of a whole ``solutions/`` folder.
    """
    from .article import load_article
    from .keys import load_key
    from .pipeline import parse

    root = Path(root)
    articles: dict[str, Any] = {}
    loaded: dict[str, tuple[AnswerKey, Sequence[Sentence]]] = {}
    for name, spec in definition.get("articles", {}).items():
        article_path = root / spec["article"]
        key_path = root / spec["key"]
        article = load_article(article_path)
        hand_made = load_key(key_path, article=article)
        sentences = parse(article).sentences
        loaded[name] = (hand_made, sentences)
        articles[name] = {
            "id": article_path.name,
            "sha1": _sha1(article.text),
            "title": article.title,
            "source": spec["article"],
            "key": spec["key"],
            "text": article.text,
            "sentences": [[s.start, s.end] for s in sentences],
        }
    items = []
    for raw in definition["items"]:
        item = {k: v for k, v in raw.items() if k not in {"value_from", "answer_from"}}
        item["points"] = float(raw["points"])
        if raw.get("article") is not None:
            if raw["article"] not in loaded:
                raise ExerciseError(f"Item {raw['id']} names article {raw['article']!r}, not in 'articles'.")
            hand_made, sentences = loaded[raw["article"]]
        elif raw["type"] in {"source_tags", "hedge_spans"} or "value_from" in raw or "answer_from" in raw:
            raise ExerciseError(f"Item {raw['id']} needs an 'article'.")
        kind = raw["type"]
        if kind == "source_tags":
            item["gold"] = _gold_tags(hand_made, sentences)
        elif kind == "hedge_spans":
            item["gold"] = [
                {
                    "start": h.start,
                    "end": h.end,
                    "text": h.text,
                    "category": h.category,
                    "in_quote": h.in_quote,
                }
                for h in sorted(hand_made.hedges, key=lambda h: (h.start, h.end))
            ]
        elif kind == "number":
            if "value_from" in raw:
                item["value"] = _value_from(raw["value_from"], hand_made, sentences)
                item["derived_from"] = raw["value_from"]
            elif "value" not in raw:
                raise ExerciseError(f"Number item {raw['id']} needs 'value_from' (or a 'value').")
        elif kind == "choice":
            if "answer_from" in raw:
                item["answer"] = _answer_from(raw["answer_from"], hand_made)
                item["derived_from"] = raw["answer_from"]
            answers = item.get("answer")
            values = [c[1] if isinstance(c, list) else c for c in item.get("choices", [])]
            for value in answers if isinstance(answers, list) else [answers]:
                if values and value not in values:
                    raise ExerciseError(
                        f"Choice item {raw['id']}: the key's answer {value!r} is not an option."
                    )
        elif kind != "rubric":
            raise ExerciseError(f"Item {raw['id']} has an unknown type {kind!r}.")
        if kind == "choice":
            item["choices"] = [c[1] if isinstance(c, list) else c for c in item.get("choices", [])]
        items.append(item)
    hand_made_paths = sorted({spec["key"] for spec in definition.get("articles", {}).values()})
    return {
        "format": KEY_FORMAT,
        "version": 1,
        "notebook": definition["notebook"],
        "title": definition["title"],
        "note": (
            "Compiled in memory from "
            + ", ".join([source or f"solutions/{definition['notebook']}.ipynb", *hand_made_paths])
            + " (never written to disk): edit those."
        ),
        "articles": articles,
        "items": items,
    }


def _gold_tags(key: AnswerKey, sentences: Sequence[Sentence]) -> list[dict[str, Any]]:
    """For each sentence, the tags the key accepts: its attributions, largest overlap first."""
    gold = []
    for index, sentence in enumerate(sentences):
        found: dict[tuple[str, str], int] = {}
        for attribution in key.attributions:
            overlap = min(sentence.end, attribution.end) - max(sentence.start, attribution.start)
            if overlap > 0:
                tag = (attribution.speaker, attribution.kind)
                found[tag] = max(found.get(tag, 0), overlap)
        ranked = sorted(found.items(), key=lambda item: -item[1])
        types = {a.speaker: a.source_type for a in key.attributions}
        gold.append({
            "sentence": index,
            "accept": [{"speaker": s, "kind": k, "source_type": types.get(s)} for (s, k), _ in ranked],
        })  # fmt: skip
    return gold


# --- the grader's keys, compiled in memory ---------------------------------------------


def compile_keys(
    root: str | Path = PROJECT, *, solutions: str | Path | None = None
) -> dict[str, dict[str, Any]]:
    """Every exercise's grader key (:func:`build_key`) by notebook id, compiled in memory.

    The keys come from the key cells of the solution notebooks in ``solutions``
    (default ``root/solutions``) and the articles and hand-made keys they name
    (paths relative to ``root``, where ``seeds/`` lives). Nothing is written. The
    first call needs the language model (for the sentences students tag); a key is
    then kept for the process and compiled again only when its notebook, article
    or hand-made key changes (modification time or size). Each call returns new
    dicts: changing them changes nothing for the next caller.

    >>> keys = compile_keys()
    >>> sorted(keys)[0], keys["ex02_hedge_hunt"]["items"][0]["type"]
    ('ex01_source_tagging', 'hedge_spans')
    """
    root = Path(root).resolve()
    folder = root / "solutions" if solutions is None else Path(solutions).resolve()
    notebooks = sorted(folder.glob("*.ipynb"))
    if not notebooks:
        raise ExerciseError(
            f"There are no solution notebooks (*.ipynb) in '{folder}': the keys are compiled from them."
        )
    return {path.stem: compile_key(path, root=root) for path in notebooks}


def compile_key(notebook: str | Path, *, root: str | Path | None = None) -> dict[str, Any]:
    """The grader's key of one solution notebook, compiled in memory (see :func:`compile_keys`).

    ``root`` (where ``seeds/`` lives) defaults to the parent of the notebook's folder.

    >>> compile_key(PROJECT / "solutions" / "ex05_reflection.ipynb")["items"][0]["type"]
    'rubric'
    """
    path = Path(notebook).resolve()
    base = path.parent.parent if root is None else Path(root).resolve()
    definition = _solution_definition(path)
    needed = [path]
    articles = definition.get("articles") or {}
    for spec in articles.values() if isinstance(articles, Mapping) else ():
        if isinstance(spec, Mapping):
            needed += [base / str(spec[f]) for f in ("article", "key") if f in spec]
    return json.loads(_compiled(path, base, _stamp(needed)))


def _solution_definition(path: Path) -> dict[str, Any]:
    """The key cell's definition of a solution notebook whose file name, metadata and key cell agree."""
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ExerciseError(f"The solution notebook {path.name} cannot be read ({error}).") from None
    if not isinstance(notebook, dict):
        raise ExerciseError(f"{path.name} is not a notebook.")
    definition = read_definition(notebook, name=path.name)
    own = notebook.get("metadata", {}).get("kit", {}).get("notebook")
    if own != path.stem or definition["notebook"] != path.stem:
        raise ExerciseError(
            f"{path.name}: the file name, metadata kit.notebook ({own!r}) and the key cell's notebook "
            f"({definition['notebook']!r}) must be the same id."
        )
    return definition


def _stamp(paths: Sequence[Path]) -> tuple[tuple[str, int, int], ...]:
    """What identifies a version of these files: path, modification time and size (-1 when missing)."""
    out = []
    for path in paths:
        try:
            status = path.stat()
        except OSError:
            out.append((str(path), -1, -1))
        else:
            out.append((str(path), status.st_mtime_ns, status.st_size))
    return tuple(out)


@functools.lru_cache(maxsize=64)
def _compiled(path: Path, root: Path, stamp: tuple[tuple[str, int, int], ...]) -> str:
    # ``stamp`` is only part of the cache key: an edit to any of those files compiles the key again.
    # The key is kept as JSON text, so each caller gets its own dicts, exactly as a key file would give.
    definition = _solution_definition(path)
    source = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    try:
        key = build_key(definition, root=root, source=source)
    except KitError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ExerciseError(
            f"The key cell of {path.name} is incomplete ({type(error).__name__}: {error}): every item needs "
            "'id', 'type', 'exercise' and 'points'; every article 'article' and 'key'."
        ) from None
    return json.dumps(key, ensure_ascii=False, sort_keys=True)


# --- answers for the solution notebooks -----------------------------------------------


def solution_answers(key: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The answers a perfect student saves: ``{exercise: {"widget", "article", "answer"}}``."""
    out: dict[str, dict[str, Any]] = {}
    for item in key["items"]:
        article = key["articles"].get(item.get("article") or "", {}).get("id")
        entry = out.setdefault(
            item["exercise"], {"widget": item.get("widget"), "article": article, "answer": None}
        )
        if item["type"] == "source_tags":
            answer: Any = {}
            for gold in item["gold"]:
                first = gold["accept"][0] if gold["accept"] else None
                answer[str(gold["sentence"])] = (
                    {"speaker": first["speaker"], "kind": first["kind"]} if first
                    else {"speaker": OUTLET_SPEAKER, "kind": OWN_VOICE}
                )  # fmt: skip
        elif item["type"] == "hedge_spans":
            answer = [{k: g[k] for k in ("start", "end", "text", "category")} for g in item["gold"]]
        elif item["type"] == "number":
            answer = f"{item['value']:g}"
        elif item["type"] == "choice":
            answer = item["answer"]
        else:
            answer = item.get("model_answer", "")
        if item.get("field"):
            entry["answer"] = {**(entry["answer"] or {}), item["field"]: answer}
            if item.get("widget") == "StatementComparer":
                entry["answer"].setdefault("speakers", list(item.get("speakers", [])))
        else:
            entry["answer"] = answer
    return out


def _find_check(notebook: str, near: Path | None) -> Path:
    """The self-check data of ``notebook``: in ``near/checks/``, ``../exercises/checks/`` or the kit's."""
    candidates = []
    if near is not None:
        candidates += [
            near / "checks" / f"{notebook}.json",
            near.parent / "exercises" / "checks" / f"{notebook}.json",
        ]
    candidates.append(PROJECT / "exercises" / "checks" / f"{notebook}.json")
    for path in candidates:
        if path.is_file():
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


def _h(salt: str, *parts: object) -> str:
    return hashlib.sha256("|".join([salt, *map(str, parts)]).encode("utf-8")).hexdigest()[:16]


def _tokens(name: str) -> list[str]:
    from .grading import _speaker_tokens

    return sorted(_speaker_tokens(name))


def _norm(text: str) -> str:
    from .grading import _norm as norm

    return norm(text)


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
                    {"kind": _h(salt, i, _norm(t["kind"])),
                     "who": sorted(_h(salt, i, w) for w in _tokens(t["speaker"]))
                     or [_h(salt, i, "=" + _norm(t["speaker"]))]}
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
            entry.update(accept=_h(salt, json.dumps(sorted(_norm(str(a)) for a in answers))))
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
        except (TypeError, ValueError, KeyError, AttributeError):
            headline, hints = "the saved answer looks damaged: use Reset and answer again", []
        lines.append((item["label"], headline, tuple(hints)))
    return SelfCheck(data["notebook"], tuple(lines))


def _check_tags(item: Mapping[str, Any], answer: Any) -> tuple[str, list[str]]:
    from .grading import _tag_of

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
        tag = _tag_of(value, "tag")
        if tag is None:
            continue
        tagged += 1
        sentence = sentences[i]
        mine_kinds[OWN_VOICE if tag[1] == "outlet" else tag[1]] = (
            mine_kinds.get(OWN_VOICE if tag[1] == "outlet" else tag[1], 0) + 1
        )
        if tag[1] == "outlet":
            if sentence["outlet"] == _h(salt, i, "outlet"):
                counts["right"] += 1
            else:
                counts["outlet_quotes" if sentence["quotes"] else "outlet_no_quotes"] += 1
            continue
        if sentence["outlet"] == _h(salt, i, "outlet"):
            counts["not_outlet"] += 1
            continue
        words = _tokens(tag[0])
        mine = {_h(salt, i, w) for w in words} or {_h(salt, i, "=" + _norm(tag[0]))}
        best = 0
        for accepted in sentence["accept"]:
            theirs = set(accepted["who"])
            who_ok = mine <= theirs or theirs <= mine
            kind_ok = accepted["kind"] == _h(salt, i, _norm(tag[1]))
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
        hints.append(f"{len(found) - right} of your found hedges have another category in the key: check the "
                     "category list (GUIDELINES §3).")  # fmt: skip
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
    from .grading import SubmissionError, parse_number

    try:
        value = parse_number(answer)
    except SubmissionError:
        return "write a number (digits), for example 12 or 3.5", []
    if value is None:
        return "no answer yet", []
    k = round(value / float(item["step"]))
    if _h(item["salt"], k) in set(item["accept"]):
        return "close enough to the key ✓", []
    return "not quite: read the chart (and the article) again", [
        f"The answer is in {item['unit']}."
    ] if item.get("unit") else []


def _check_choice(item: Mapping[str, Any], answer: Any) -> tuple[str, list[str]]:
    if answer in (None, [], ""):
        return "no choice made yet", []
    values = answer if isinstance(answer, list) else [answer]
    if _h(item["salt"], json.dumps(sorted(_norm(str(a)) for a in values))) == item["accept"]:
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
