"""``kit new-exercise``: any article into a draft exercise (article, metadata, draft key, solution notebook).

:func:`new_exercise` reads the article as the kit reads any (an article it refuses
is refused here, with the same one-line error, before anything is written), then
writes four files under the project (``root``):

* ``seeds/<name><suffix>``: the article, copied byte for byte (pasted text becomes ``.txt``);
* ``seeds/<name>.meta.json``: outlet, date, author and address as found, where it came
  from, when it was added, and a licence note for the teacher to fill in;
* ``seeds/keys/<name>.json``: a **draft** hand-made key written from the engine's
  findings (who says what, hedges, speakers), marked unreviewed
  (:mod:`kit.authoring.keydata` says how);
* ``solutions/<name>.ipynb``: the solution notebook with its key cell; the number,
  choice and written items are marked unreviewed too.

The exercise is graded and released like the built-in ones once the key is reviewed
(``kit.KeyEditor``); until then ``kit release`` refuses it (``--draft`` makes a trial).
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..analysis import Analysis, analyze
from ..article import Article, load_article
from ..errors import ExerciseExistsError, NewExerciseError
from ..files import PROJECT, atomic_write_bytes, atomic_write_text
from ..keys import unique_context
from ..records import OUTLET_SPEAKER
from .keydata import dump_key, dump_notebook

__all__ = [
    "ITEMS",
    "NewExercise",
    "draft_definition",
    "draft_key",
    "new_exercise",
    "parse_items",
    "solution_notebook",
]

#: What ``--items`` can name, in the order they appear in the notebook.
ITEMS = ("source-tags", "hedges", "numbers", "choices", "reflection")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,59}$")
_SOURCE_CHOICES = [
    ["a named person", "named_person"],
    ["a spokesperson", "spokesperson"],
    ["an organisation", "organization"],
    ["a document", "document"],
    ["an anonymous source (unnamed, with a reason)", "anonymous"],
    ["a vague source (unnamed and unqualified)", "vague"],
]
LICENCE_NOTE = (
    "FILL IN before sharing: who owns this text and on what terms you use it "
    "(e.g. 'quoted for teaching in class; not for redistribution')."
)


@dataclass(frozen=True)
class NewExercise:
    """What :func:`new_exercise` wrote, and what it could not draft (``notes``)."""

    name: str
    article: Path
    meta: Path
    key: Path
    notebook: Path
    notes: tuple[str, ...] = ()

    def __str__(self) -> str:
        lines = [
            f"New exercise {self.name} (a draft: review its key before releasing it):",
            f"  article   {self.article}",
            f"  metadata  {self.meta}   <- fill in the licence note",
            f"  key       {self.key}",
            f"  solution  {self.notebook}",
            *(f"  note: {n}" for n in self.notes),
            "Next: review the key in teacher/make_an_exercise.ipynb "
            f"(kit.KeyEditor({self.name!r})), "
            "then run `python -m kit release`.",
        ]
        return "\n".join(lines)


def parse_items(items: str | Iterable[str] | None) -> tuple[str, ...]:
    """``"source-tags,hedges"`` (or a list) as item names in notebook order; every item when None."""
    if items is None:
        return ITEMS
    names = [n.strip().replace("_", "-") for n in (items.split(",") if isinstance(items, str) else items)]
    names = [n for n in names if n]
    unknown = [n for n in names if n not in ITEMS]
    if unknown or not names:
        raise NewExerciseError(
            f"--items takes some of {','.join(ITEMS)} (comma-separated)"
            + (f"; {', '.join(map(repr, unknown))} is not one of them." if unknown else ", not nothing.")
        )
    return tuple(n for n in ITEMS if n in names)


def _slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "_".join(words[:4])[:40] or "article"


def default_name(article: Article, source: str, *, root: Path) -> str:
    """``ex<NN>_<first words of the title>``, NN one more than the highest exercise number in use."""
    numbers = [
        int(m.group(1))
        for folder in ("solutions", "exercises")
        for p in (root / folder).glob("ex*.ipynb")
        if (m := re.match(r"ex(\d+)", p.stem))
    ]
    return f"ex{max(numbers, default=0) + 1:02d}_{_slug(article.title or source)}"


def _taken(name: str, root: Path) -> list[Path]:
    seeds = root / "seeds"
    found = [
        root / "solutions" / f"{name}.ipynb",
        root / "exercises" / f"{name}.ipynb",
        seeds / "keys" / f"{name}.json",
        seeds / f"{name}.meta.json",
    ]
    found += [p for p in seeds.glob(f"{name}.*") if p.is_file()]
    return sorted({p for p in found if p.exists()})


# --- the draft key -----------------------------------------------------------------------


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return {"text": text[start:end], "context": unique_context(text, start, end)}


def draft_key(analysis: Analysis, *, article: str, made: str | None = None) -> dict[str, Any]:
    """A hand-made key written from the engine's findings, every part of it unreviewed.

    ``article`` is the article's path relative to ``seeds/``. Spans are named by their
    words (with a ``context`` when the words occur more than once), as in every key.
    """
    text = analysis.text
    attributions = []
    for a in analysis.attributions:
        span = _span(text, a.content_start, a.content_end)
        if not span["text"]:
            continue
        attributions.append(
            {
                "speaker": a.speaker,
                "source_type": a.source_type,
                "kind": a.kind,
                "cue": a.cue,
                "content": span["text"],
                "context": span["context"],
            }
        )
    hedges = [
        {
            "text": s["text"],
            "category": h.category,
            "in_quote": h.in_quote,
            "context": s["context"],
            "reviewed": False,
        }
        for h in analysis.hedges
        if (s := _span(text, h.start, h.end))["text"]
    ]
    speakers = [
        {"name": s.name, "source_type": s.source_type, "reported_length": s.reported_length}
        for s in analysis.speakers
        if s.name != OUTLET_SPEAKER
    ]
    terms = [{**_span(text, q.start, q.end), "owner": q.owner} for q in analysis.quoted_terms]
    return {
        "article": article,
        "notes": (
            f"DRAFT written by `kit new-exercise` from the engine's findings ({made or 'today'}). "
            "Nothing here is checked: review every sentence and hedge in the key editor (kit.KeyEditor) "
            "before grading with "
            "it. Conventions as in the other keys (seeds/practice/README.md)."
        ),
        "review": {"status": "draft", "sentences": []},
        "attributions": attributions,
        "hedges": hedges,
        "speakers": speakers,
        "quoted_terms": [t for t in terms if t["text"]],
    }


# --- the key cell and the notebook -------------------------------------------------------


def _pick_choice_speaker(analysis: Analysis) -> str | None:
    speakers = [s for s in analysis.speakers if s.name != OUTLET_SPEAKER and s.attributions]
    unnamed = [s for s in speakers if s.source_type in {"anonymous", "vague", "spokesperson", "document"}]
    chosen = (unnamed or speakers or [None])[0]
    return chosen.name if chosen is not None else None


def draft_definition(
    analysis: Analysis, *, name: str, title: str, article: str, key: str, items: tuple[str, ...]
) -> tuple[dict[str, Any], list[str]]:
    """The key cell's definition for ``items``, and notes on what could not be drafted."""
    notes: list[str] = []
    out: list[dict[str, Any]] = []
    base = {"article": "article"}
    if "source-tags" in items:
        out.append(
            {
                "id": f"{name}.tags",
                "label": "Source tags, sentence by sentence",
                "type": "source_tags",
                "exercise": "tags",
                "widget": "SourceTagger",
                **base,
                "points": 10,
            }
        )
    if "hedges" in items:
        out.append(
            {
                "id": f"{name}.hedges",
                "label": "Hedges marked in the article",
                "type": "hedge_spans",
                "exercise": "hedges",
                "widget": "HedgeHunter",
                **base,
                "points": 10,
                "category_weight": 0.5,
            }
        )
    if "numbers" in items:
        quoted = sorted(
            (s for s in analysis.speakers if s.name != OUTLET_SPEAKER and s.quoted_words),
            key=lambda s: -s.quoted_words,
        )
        if quoted:
            who = quoted[0].name
            out.append(
                {
                    "id": f"{name}.quoted_words",
                    "label": f"Words quoted from {who}",
                    "type": "number",
                    "exercise": "quoted_words",
                    "widget": "ShortAnswer",
                    **base,
                    "points": 2,
                    "question": (
                        f"How many words does the article quote from {who}, word for word "
                        "(inside quote marks)?"
                    ),
                    "value_from": {"quoted_words": who},
                    "tolerance": 2,
                    "unit": "words",
                    "reviewed": False,
                }
            )
        else:
            notes.append("no number item: the engine found no one quoted word for word in this article.")
    if "choices" in items:
        who = _pick_choice_speaker(analysis)
        if who is not None:
            out.append(
                {
                    "id": f"{name}.source_type",
                    "label": "What kind of source?",
                    "type": "choice",
                    "exercise": "source_type",
                    "widget": "MultipleChoice",
                    **base,
                    "points": 2,
                    "question": f"What kind of source is “{who}”?",
                    "answer_from": {"source_type_of": who},
                    "reviewed": False,
                }
            )
        else:
            notes.append("no choice item: the engine found no source in this article.")
    if "reflection" in items:
        out.append(
            {
                "id": f"{name}.reflection",
                "label": "Reflection",
                "type": "rubric",
                "exercise": "reflection",
                "widget": "ShortAnswer",
                "points": 4,
                "min_words": 40,
                "question": (
                    "Who gets to speak in this article, and how sure is the writer of what it reports?"
                ),
                "rubric": [
                    {
                        "criterion": (
                            "names a source and says how the article reports it (quoted, reported, unnamed)"
                        ),
                        "points": 2,
                    },
                    {
                        "criterion": "gives a hedge from the article and what it does to the claim",
                        "points": 1,
                    },
                    {"criterion": "neutral wording, accurate to the article", "points": 1},
                ],
                "model_answer": "",
                "reviewed": False,
            }
        )
    definition = {
        "notebook": name,
        "title": title,
        "articles": {"article": {"article": article, "key": key}},
        "items": out,
    }
    return definition, notes


def _cell(kind: str, source: str, *, tags: tuple[str, ...] = (), n: int) -> dict[str, Any]:
    cell: dict[str, Any] = {"cell_type": kind, "id": f"cell-{n:02d}", "metadata": {}, "source": source}
    if tags:
        cell["metadata"]["tags"] = list(tags)
    if kind == "code":
        cell["execution_count"] = None
        cell["outputs"] = []
    return cell


def _points(value: float) -> str:
    return f"{value:g}"


def solution_notebook(definition: Mapping[str, Any], *, article_file: str, about: str) -> dict[str, Any]:
    """The solution notebook of a drafted exercise: title, instructor's note, key cell, one part per item."""
    name, title = definition["notebook"], definition["title"]
    items = definition["items"]
    total = sum(float(i["points"]) for i in items)
    minutes = 5 + 5 * len(items)
    cells = [
        (
            "markdown",
            f"# {title}<!-- BEGIN SOLUTION --> — instructor's copy (solutions)<!-- END SOLUTION -->\n\n"
            f"**Self-paced, about {minutes} minutes · {_points(total)} points.**\n\n{about}",
            (),
        ),
        (
            "markdown",
            "**Instructor's copy.** Made by `kit new-exercise` from the engine's findings: a draft until "
            "you review its key in `teacher/make_an_exercise.ipynb` (`kit.KeyEditor"
            f'("{name}")`). `python -m kit release` writes the student version to `exercises/` once the '
            "key is reviewed; `python -m kit grade` grades it like the built-in exercises.",
            ("instructor",),
        ),
        (
            "markdown",
            "**Key (instructor only; `python -m kit release` removes this cell).** The graded items of "
            "this exercise. Answers are never typed here: they are read from the hand-made key named "
            "under `articles`. Edit points and tolerances in the key editor or here.\n\n```json\n"
            + json.dumps(definition, indent=1, ensure_ascii=False)
            + "\n```",
            ("key",),
        ),
        (
            "code",
            f'import kit\nimport kit.exercises\n\narticle = kit.analyze("../{article_file}")\n'
            f'book = kit.AnswerBook("{name}")\n### BEGIN SOLUTION\nkit.exercises.fill_in(book)  '
            "# the instructor's copy opens with the key's answers in the widgets\n### END SOLUTION",
            (),
        ),
    ]
    part = 0
    for item in items:
        part += 1
        head = f"## Part {part} · {item['label']} ({_points(float(item['points']))} points)"
        if item["type"] == "source_tags":
            cells += [
                (
                    "markdown",
                    head + "\n\nFor each sentence choose **who speaks** and **how the article tells "
                    "you** (direct, partial, indirect, according to, or the outlet's own voice).",
                    (),
                ),
                ("code", 'tagger = kit.SourceTagger(article, answers=book, exercise="tags")\ntagger', ()),
            ]
        elif item["type"] == "hedge_spans":
            cells += [
                ("markdown", head + "\n\nChoose the kind, click a word, shift-click to extend a mark.", ()),
                (
                    "code",
                    'hunter = kit.exercises.hedge_hunter(article, answers=book, exercise="hedges")\nhunter',
                    (),
                ),
            ]
        elif item["type"] == "number":
            cells += [
                ("markdown", head, ()),
                (
                    "code",
                    f"kit.ShortAnswer({json.dumps(item['question'], ensure_ascii=False)},\n"
                    f'                rows=1, answers=book, exercise="{item["exercise"]}")',
                    (),
                ),
            ]
        elif item["type"] == "choice":
            cells += [
                ("markdown", head, ()),
                (
                    "code",
                    f"kit.MultipleChoice(\n    {json.dumps(item['question'], ensure_ascii=False)},\n"
                    f"    {json.dumps(_SOURCE_CHOICES, ensure_ascii=False)},\n"
                    f'    answers=book, exercise="{item["exercise"]}",\n)',
                    (),
                ),
            ]
        else:
            cells += [
                ("markdown", head, ()),
                (
                    "code",
                    f"kit.ShortAnswer(\n    {json.dumps(item['question'], ensure_ascii=False)},\n"
                    f'    rows=6, max_words=200, answers=book, exercise="{item["exercise"]}",\n)',
                    (),
                ),
            ]
    cells += [
        (
            "markdown",
            "## Check your work, then hand it in\n\nRun the cell below whenever you like: it gives hints, "
            "never the answers. Your answers are saved as you work in the file "
            f"**`{name}.answers.json`**, next to this notebook.\n\nTo hand in, put that file in the folder "
            "your teacher gave you (one folder per student, named after you).",
            (),
        ),
        ("code", "kit.exercises.self_check(book)", ()),
    ]
    return {
        "cells": [
            _cell(kind, source, tags=tags, n=n) for n, (kind, source, tags) in enumerate(cells, start=1)
        ],
        "metadata": {
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "kit": {"notebook": name, "role": "solution"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


# --- new_exercise ------------------------------------------------------------------------


def new_exercise(
    article: str | Path,
    *,
    items: str | Iterable[str] | None = None,
    name: str | None = None,
    force: bool = False,
    root: str | Path = PROJECT,
    today: str | None = None,
) -> NewExercise:
    """Turn an article (a file, or its text) into a draft exercise under ``root``; see the module.

    ``items``: some of :data:`ITEMS` (default all). ``name``: the exercise id (default
    ``ex<NN>_<title words>``); a name in use is refused (:class:`ExerciseExistsError`)
    unless ``force``. An article the kit refuses raises its usual error and nothing is
    written.
    """
    root = Path(root)
    chosen = parse_items(items)
    is_file = isinstance(article, Path) or (
        isinstance(article, str) and "\n" not in article.strip() and Path(article.strip()).suffix != ""
    )
    loaded = load_article(Path(article) if is_file else article)
    source = Path(article).name if is_file else "pasted text"
    if name is None:
        name = default_name(loaded, Path(article).stem if is_file else "article", root=root)
    if not _NAME.match(name):
        raise NewExerciseError(
            f"{name!r} cannot name an exercise: use lower-case letters, digits, '_' and '-' "
            "(up to 60, starting with a letter or digit), e.g. ex06_harbour_tram."
        )
    taken = _taken(name, root)
    if taken and not force:
        shown = ", ".join(p.relative_to(root).as_posix() for p in taken)
        raise ExerciseExistsError(
            f"The name {name!r} is taken ({shown}): choose another with --name, or replace it with --force."
        )
    suffix = Path(article).suffix.lower() if is_file else ".txt"
    made = today or _dt.date.today().isoformat()
    analysis = analyze(loaded)
    article_rel = f"{name}{suffix}"
    definition, notes = draft_definition(
        analysis,
        name=name,
        title=f"Exercise · {loaded.title or name}",
        article=f"seeds/{article_rel}",
        key=f"seeds/keys/{name}.json",
        items=chosen,
    )
    if not definition["items"]:
        raise NewExerciseError(
            f"None of the items asked for ({', '.join(chosen)}) can be drafted: " + " ".join(notes)
        )
    about = (
        f"**Article.** {loaded.title or 'an article'}"
        + "".join(f", {v}" for v in (loaded.outlet, loaded.date) if v)
        + "."
    )
    notebook = solution_notebook(definition, article_file=f"seeds/{article_rel}", about=about)
    meta = {
        k: v
        for k, v in (
            ("outlet", loaded.outlet),
            ("date", loaded.date),
            ("author", loaded.author),
            ("url", loaded.url),
        )
        if v
    }
    meta.update({"language": "en", "came_from": source, "added": made, "licence": LICENCE_NOTE})

    seeds = root / "seeds"
    for old in taken:  # --force: what the name held goes, so no second article of that name remains
        if old.parent == seeds and old.suffix != ".json" and old.name != article_rel:
            old.unlink()
    article_path = seeds / article_rel
    if is_file:
        atomic_write_bytes(article_path, Path(article).read_bytes())
    else:
        atomic_write_text(article_path, str(article))
    meta_path = atomic_write_text(
        seeds / f"{name}.meta.json", json.dumps(meta, indent=2, ensure_ascii=False) + "\n"
    )
    key_path = atomic_write_text(
        seeds / "keys" / f"{name}.json", dump_key(draft_key(analysis, article=article_rel, made=made))
    )
    notebook_path = atomic_write_text(root / "solutions" / f"{name}.ipynb", dump_notebook(notebook))
    return NewExercise(name, article_path, meta_path, key_path, notebook_path, tuple(notes))
