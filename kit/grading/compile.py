"""The key compiler: the grader's keys, built in memory from the solution notebooks and hand-made keys.

The self-paced exercises have one source: the solution notebooks in
``solutions/``. Each has a *key cell* (a Markdown cell tagged ``key``) holding a
JSON definition of its graded items — points, tolerance, rubric — and naming
the hand-made key in ``seeds/keys/`` its answers come from. Nothing in a
definition is an answer typed twice: spans, tags and numbers are read from the
hand-made key (line by line checked against the article), never from the
engine's output.

Each definition turns into the grader's key (:func:`build_key`), with the
article's text and sentences, compiled in memory whenever it is needed
(:func:`compile_keys`, kept for the process until one of those files changes)
and never written to disk, so it can never go stale. :func:`load_keys` gives
the grader those keys as :class:`~kit.grading.model.ExerciseKey` records;
:func:`solution_answers` the answers a perfect student saves (the solution
notebooks' ``fill_in``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..article import load_article
from ..errors import ExerciseError, GradingError, KitError
from ..files import PROJECT
from ..keys import load_key
from ..lengths import ReportedLength, minutes, parse_length
from ..numbers import LIMIT
from ..pipeline import parse
from ..quotes import find_quotes
from ..records import OUTLET_SPEAKER, OWN_VOICE
from ..words import count_words, normalise, same_speaker
from .model import ITEM_TYPES, KEY_FORMAT, ExerciseKey, Item, KeyArticle

if TYPE_CHECKING:
    from ..keys import AnswerKey
    from ..records import Sentence

__all__ = [
    "build_key",
    "compile_key",
    "compile_keys",
    "fingerprint",
    "gold_tags",
    "load_keys",
    "quoted_words",
    "read_definition",
    "reported_minutes",
    "solution_answers",
    "solution_id_problem",
]

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


def solution_id_problem(notebook: Mapping[str, Any], definition: Mapping[str, Any], path: Path) -> str | None:
    """What is wrong when a solution notebook's file name, ``metadata.kit.notebook`` and key cell do not
    name the same exercise id; None when they agree. (The key compiler and the release both check it.)

    >>> print(solution_id_problem({"metadata": {}}, {"notebook": "ex09"}, Path("solutions/ex09.ipynb")))
    ex09.ipynb: the file name, metadata kit.notebook (None) and the key cell's notebook ('ex09') must be ...
    """
    own = notebook.get("metadata", {}).get("kit", {}).get("notebook")
    if own != path.stem or definition["notebook"] != path.stem:
        return (
            f"{path.name}: the file name, metadata kit.notebook ({own!r}) and the key cell's notebook "
            f"({definition['notebook']!r}) must be the same id."
        )
    return None


# --- what the hand-made keys say, in numbers ------------------------------------------


def quoted_words(key: AnswerKey, sentences: Sequence[Sentence], speaker: str) -> int:
    """Words the article quotes word for word from ``speaker``, according to a hand-made key.

    A direct attribution counts the quotation its content sits in; a partial one
    counts the quotations in its sentence (the quoted fragment may sit outside the
    keyed content) that are not scare quotes and not someone else's. Each
    quotation counts once.
    """
    text = key.article.text
    quotes = find_quotes(text, key.article.paragraphs)
    terms = [(t.start, t.end) for t in key.quoted_terms]
    others = [(a.start, a.end) for a in key.attributions if not same_speaker(a.speaker, speaker)]

    def inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
        return any(s < end and start < e for s, e in spans)

    counted: set[int] = set()
    for attribution in key.attributions:
        if not same_speaker(attribution.speaker, speaker) or attribution.kind not in {"direct", "partial"}:
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
    return sum(count_words(text[quotes[n].content_start : quotes[n].content_end]) for n in counted)


def reported_minutes(key: AnswerKey, speaker: str) -> float | None:
    """The length of ``speaker``'s statement in minutes, from the key's ``reported_length``.

    Read as the whole kit reads lengths (:func:`kit.lengths.parse_length`): "around
    eight minutes", "half an hour", "twenty-five minutes", "a brief two-minute
    reply", "90 seconds", and lengths relative to another speaker of the key ("a
    quarter the length of Putin's", "25% of the length of …"). A relative length
    that names nobody ("a third as long") is relative to the one other speaker
    with a length. None when the key does not say (or cannot tell whose).

    >>> from types import SimpleNamespace
    >>> key = SimpleNamespace(speakers=[
    ...     {"name": "Vladimir Putin", "reported_length": "around eight minutes"},
    ...     {"name": "Xi Jinping", "reported_length": "around a quarter the length of Putin’s"}])
    >>> reported_minutes(key, "Putin"), reported_minutes(key, "Xi Jinping")
    (8.0, 2.0)
    >>> ortiz = {"name": "Lena Ortiz", "reported_length": "half an hour"}
    >>> reported_minutes(SimpleNamespace(speakers=[ortiz]), "Ortiz")
    30.0
    """
    return _minutes_of(key.speakers, speaker, seen=())


def _name(entry: Mapping[str, Any]) -> str:
    return str(entry.get("name", ""))


def _length(entry: Mapping[str, Any]) -> ReportedLength | None:
    said = entry.get("reported_length")
    return parse_length(str(said)) if said else None


def _minutes_of(
    speakers: Sequence[Mapping[str, Any]], speaker: str, *, seen: tuple[str, ...]
) -> float | None:
    """``speaker``'s minutes; ``seen`` holds the speakers whose lengths are relative to this one."""
    entry = next((s for s in speakers if same_speaker(_name(s), speaker)), None)
    length = _length(entry) if entry is not None else None
    if entry is None or length is None:
        return None
    if not length.relative:
        return minutes(length)
    name = _name(entry)
    if length.relative_to:
        other = length.relative_to
    else:
        others = [_name(s) for s in speakers if not same_speaker(_name(s), name) and _length(s) is not None]
        if len(others) != 1:
            return None
        other = others[0]
    if any(same_speaker(other, earlier) for earlier in (*seen, name)):
        return None  # relative to itself, or to a length relative to this one
    base = _minutes_of(speakers, other, seen=(*seen, name))
    return None if base is None else base * length.value


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


def answer_from(rule: Mapping[str, Any], key: AnswerKey) -> Any:
    """The answer an ``answer_from`` rule reads from the hand-made key (one fact per rule)."""
    (name, argument), *rest = rule.items()
    if rest:
        raise ExerciseError(f"An 'answer_from' rule names one fact, not {list(rule)}.")
    if name == "source_type_of":
        found = [s.get("source_type") for s in key.speakers if same_speaker(str(s.get("name", "")), argument)]
        found += [a.source_type for a in key.attributions if same_speaker(a.speaker, argument)]
        if not found:
            raise ExerciseError(f"The hand-made key has no source called {argument!r}.")
        return found[0]
    if name == "speakers_of_type":
        names = [str(s["name"]) for s in key.speakers if s.get("source_type") == argument]
        if not names:
            raise ExerciseError(f"The hand-made key has no source of type {argument!r}.")
        return names[0] if len(names) == 1 else names
    if name == "who_hedges":  # GUIDELINES §3: a hedge in reported speech, quoted or not, is the source's
        reported = sum(h.in_quote or h.speaker is not None for h in key.hedges)
        share = reported / len(key.hedges) if key.hedges else 0.0
        labels = argument  # [outlet, speakers, both]
        return labels[0] if share < 1 / 3 else labels[1] if share > 2 / 3 else labels[2]
    if name in {"hedges_among", "loaded_among"}:  # the options that are the key's hedges (loaded words)
        spans = key.hedges if name == "hedges_among" else key.loaded_words
        listed = {normalise(span.text) for span in spans}
        found = [option for option in argument if normalise(str(option)) in listed]
        if not found:
            raise ExerciseError(f"None of {argument!r} is in the hand-made key ({name}).")
        return found
    if name == "source_of_claim":  # who the key credits a claim to, or the label for the outlet's own voice
        start = key.article.text.find(argument["claim"])
        if start < 0:
            raise ExerciseError(f"The claim {argument['claim']!r} is not in the article.")
        end = start + len(argument["claim"])
        if any(u.start < end and u.end > start for u in key.unattributed):
            return argument["outlet"]
        for a in key.attributions:
            if a.start < end and a.end > start:
                return a.speaker
        raise ExerciseError(f"The hand-made key neither credits nor lists the claim {argument['claim']!r}.")
    if name in {"trimmed_from", "hedge_replaced"}:
        return _traced(name, argument, key)
    raise ExerciseError(f"Unknown fact {name!r} in 'answer_from'.")


def _traced(name: str, argument: Mapping[str, Any], key: AnswerKey) -> str:
    """A fact of a trace key (``seeds/keys/coverage/*.json``): the words of the original that one
    outlet's quotation leaves out (``trimmed_from``), or the original's hedge that its words replace
    (``hedge_replaced``; ``by``: the outlet's word). ``argument`` names the ``outlet`` and words of the
    ``quotation``."""
    outlet, words = argument.get("outlet"), str(argument.get("quotation"))
    quotations = [
        q
        for q in key.raw.get("quotations", [])
        if q.get("outlet") == outlet and words in str(q.get("article"))
    ]
    if len(quotations) != 1:
        raise ExerciseError(
            f"The trace key has {len(quotations)} quotations of outlet {outlet!r} with the words {words!r}: "
            "name one."
        )
    findings = quotations[0].get("findings", [])
    if name == "trimmed_from":
        found = [f["original"] for f in findings if f.get("type") == "trimmed"]
    else:
        by = argument.get("by")
        found = [
            f["original"] for f in findings if f.get("type") == "dropped_hedge" and f.get("article") == by
        ]
    if len(found) != 1:
        raise ExerciseError(
            f"The trace key gives {len(found)} answers for {name} {dict(argument)!r}, not one."
        )
    return str(found[0])


def _answer_among(rule: Mapping[str, Any], keys: Mapping[str, AnswerKey]) -> Any:
    """A fact across several articles (an item's ``among``): the article (its name under ``articles``)
    whose hand-made key gives the largest share of its attributions to sources of the types named
    (``most_of_types``); a list of names when several tie."""
    (name, argument), *rest = rule.items()
    if rest or name != "most_of_types":
        raise ExerciseError(
            f"An 'answer_from' rule with 'among' names one fact, 'most_of_types', not {list(rule)}."
        )
    types = {argument} if isinstance(argument, str) else set(argument)
    shares = {
        article: sum(a.source_type in types for a in key.attributions) / max(len(key.attributions), 1)
        for article, key in keys.items()
    }
    best = max(shares.values())
    tied = [article for article, share in shares.items() if share == best]
    return tied[0] if len(tied) == 1 else tied


# --- the grader's key ---------------------------------------------------------------


def fingerprint(text: str) -> str:
    """The SHA-1 of an article's text, as answers files name it (``sha1:`` + this)."""
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
            "sha1": fingerprint(article.text),
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
        for name in ("points", "tolerance", "value", "category_weight"):
            if name in item and not _usable_number(item[name], negative=name == "value"):
                raise ExerciseError(
                    f"Item {raw['id']}: '{name}' is {item[name]!r}, not a finite number of usable size "
                    "(0 to a million billion)."
                )
        among = raw.get("among")
        if among is not None:
            if not isinstance(among, list) or not among or any(name not in loaded for name in among):
                raise ExerciseError(f"Item {raw['id']}: 'among' must list articles named in 'articles'.")
        elif raw.get("article") is not None:
            if raw["article"] not in loaded:
                raise ExerciseError(f"Item {raw['id']} names article {raw['article']!r}, not in 'articles'.")
            hand_made, sentences = loaded[raw["article"]]
        elif raw["type"] in {"source_tags", "hedge_spans"} or "value_from" in raw or "answer_from" in raw:
            raise ExerciseError(f"Item {raw['id']} needs an 'article'.")
        kind = raw["type"]
        if kind == "source_tags":
            item["gold"] = gold_tags(hand_made, sentences)
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
            if "answer_from" in raw and among is not None:
                item["answer"] = _answer_among(raw["answer_from"], {name: loaded[name][0] for name in among})
                item["derived_from"] = raw["answer_from"]
            elif "answer_from" in raw:
                item["answer"] = answer_from(raw["answer_from"], hand_made)
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
    # exercise ids the notebook's widgets save but nothing grades (a comparer's notes): not "unknown"
    not_graded = definition.get("not_graded", [])
    if not isinstance(not_graded, list) or not all(isinstance(e, str) and e for e in not_graded):
        raise ExerciseError("'not_graded' must list exercise ids (the exercise= of widgets not graded).")
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
        "not_graded": list(not_graded),
    }


def _usable_number(value: Any, *, negative: bool = False) -> bool:
    """A key's points, tolerance or value: finite, at most :data:`kit.numbers.LIMIT`, not negative
    (unless ``negative``)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return False
    return math.isfinite(value) and abs(value) <= LIMIT and (negative or value >= 0)


def gold_tags(key: AnswerKey, sentences: Sequence[Sentence]) -> list[dict[str, Any]]:
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
    problem = solution_id_problem(notebook, definition, path)
    if problem:
        raise ExerciseError(problem)
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


# --- the keys as the grader reads them ---------------------------------------------------


def load_keys(folder: str | Path) -> dict[str, ExerciseKey]:
    """The exercise keys of the solution notebooks in ``folder`` (the ``--key`` folder), by notebook id.

    The keys are compiled in memory (:func:`compile_keys`) from the notebooks' key
    cells and the hand-made keys in ``seeds/keys/``, with paths relative to the
    folder's parent (where ``seeds/`` lives); nothing is written. Raises
    :class:`~kit.errors.GradingError` when there is no notebook, no
    ``seeds/keys/`` or a key cannot be compiled: the keys are the instructor's
    files, so the run stops with a message.

    >>> keys = load_keys(PROJECT / "solutions")
    >>> keys["ex02_hedge_hunt"].items[0].type
    'hedge_spans'
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise GradingError(f"There is no key folder at '{folder}': give the solutions/ folder with --key.")
    if not any(folder.glob("*.ipynb")):
        raise GradingError(
            f"There are no solution notebooks (*.ipynb) in '{folder}': give the solutions/ folder with --key."
        )
    root = folder.resolve().parent
    if not (root / "seeds" / "keys").is_dir():
        raise GradingError(
            f"There is no seeds/keys/ folder beside '{folder}' (looked for '{root / 'seeds' / 'keys'}'): "
            "the keys are compiled from the solution notebooks and the hand-made keys, so keep solutions/ "
            "and seeds/ side by side."
        )
    try:
        compiled = compile_keys(root, solutions=folder)
    except GradingError:
        raise
    except KitError as error:
        raise GradingError(f"The keys cannot be compiled from '{folder}': {error}") from None
    keys: dict[str, ExerciseKey] = {}
    for stem, data in compiled.items():
        key = _key_from_data(data, folder.resolve() / f"{stem}.ipynb")
        keys[key.notebook] = key
    return keys


def _key_from_data(data: Mapping[str, Any], path: Path) -> ExerciseKey:
    """An :class:`ExerciseKey` from a compiled key (:func:`build_key`)."""
    try:
        if data.get("format") != KEY_FORMAT:
            raise ValueError(f"format {data.get('format')!r}, not {KEY_FORMAT!r}")
        articles = {
            name: KeyArticle(
                id=a["id"],
                sha1=a["sha1"],
                title=a.get("title"),
                text=a["text"],
                sentences=tuple((int(s), int(e)) for s, e in a.get("sentences", [])),
            )
            for name, a in data.get("articles", {}).items()
        }
        items = []
        for raw in data["items"]:
            if raw["type"] not in ITEM_TYPES:
                raise ValueError(f"unknown item type {raw['type']!r}")
            if raw.get("article") is not None and raw["article"] not in articles:
                raise ValueError(f"item {raw['id']} names an article that is not in the key")
            items.append(
                Item(
                    id=raw["id"],
                    notebook=data["notebook"],
                    exercise=raw["exercise"],
                    type=raw["type"],
                    points=float(raw["points"]),
                    label=raw.get("label", raw["id"]),
                    widget=raw.get("widget"),
                    article=raw.get("article"),
                    field=raw.get("field"),
                    spec=raw,
                )
            )
        return ExerciseKey(
            notebook=data["notebook"], title=data.get("title", data["notebook"]), items=tuple(items),
            articles=articles, path=path, not_graded=tuple(str(e) for e in data.get("not_graded", ())),
        )  # fmt: skip
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise GradingError(
            f"The key cell of {path.name} cannot be used ({error}): fix it (see `python -m kit release`)."
        ) from None
