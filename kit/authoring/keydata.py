"""A solution's key data opened for review: the hand-made key and the key cell's items, edited and saved.

An exercise made by ``kit new-exercise`` starts as a *draft*: its hand-made key
(``seeds/keys/<name>.json``) was written from the engine's findings, and nothing in
it counts until a teacher has looked at it. What is reviewed is recorded in the
files themselves, so a review can stop and go on another day:

* the key's ``review.sentences`` lists the sentences whose source and kind were
  checked (by their text);
* each hedge the engine proposed has ``"reviewed": false`` until it is accepted
  (removed hedges are deleted; hedges a teacher adds are reviewed);
* each number, choice and written-answer item of the key cell has
  ``"reviewed": false`` until its question and answer are confirmed.

A key without a ``review`` block and items without ``reviewed`` (every hand-made
key and exercise before this) are reviewed. :func:`unreviewed` lists what is left;
``kit release`` refuses an exercise while anything is. :class:`EditableKey` makes
the edits the key editor offers and saves both files atomically.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..article import Article, load_article
from ..errors import ExerciseError, KeyEditorError
from ..files import PROJECT, atomic_write_text
from ..grading import gold_tags, quoted_words, read_definition
from ..keys import AnswerKey, key_from_data, unique_context
from ..pipeline import parse
from ..quotes import find_quotes
from ..records import (
    ATTRIBUTION_KINDS,
    HEDGE_CATEGORIES,
    OUTLET_SPEAKER,
    OWN_VOICE,
    SOURCE_TYPES,
    Sentence,
)
from ..words import same_speaker

__all__ = [
    "CHECKED_TYPES",
    "EditableKey",
    "Progress",
    "dump_key",
    "dump_notebook",
    "replace_definition",
    "unreviewed",
]

#: Item types whose question and answer a teacher confirms one by one (``"reviewed": false`` in a draft).
CHECKED_TYPES = ("number", "choice", "rubric")
_JSON_BLOCK = re.compile(r"(```json\s*\n)(.*?)(\n```)", re.S)

Tag = tuple[str, str]


def dump_key(raw: Mapping[str, Any]) -> str:
    """A hand-made key as the files in ``seeds/keys/`` are written (two spaces, letters as they are)."""
    return json.dumps(raw, indent=2, ensure_ascii=False) + "\n"


def dump_notebook(notebook: Mapping[str, Any]) -> str:
    """A notebook as Jupyter saves it (one space, sorted keys, sources split into lines)."""
    out = json.loads(json.dumps(notebook))
    for cell in out.get("cells", []):
        if isinstance(cell.get("source"), str):
            cell["source"] = cell["source"].splitlines(keepends=True)
    return json.dumps(out, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def replace_definition(notebook: dict[str, Any], definition: Mapping[str, Any]) -> None:
    """Put ``definition`` in the notebook's key cell (its one ```json block), in place."""
    block = json.dumps(definition, indent=1, ensure_ascii=False)
    for cell in notebook.get("cells", []):
        if "key" in cell.get("metadata", {}).get("tags", []):
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            new, count = _JSON_BLOCK.subn(lambda m: m.group(1) + block + m.group(3), source, count=1)
            if count:
                cell["source"] = new
                return
    raise ExerciseError("The notebook has no key cell (a Markdown cell tagged 'key' with a ```json block).")


@dataclass(frozen=True)
class Progress:
    """How far a review has got: sentences, hedges and items to confirm."""

    sentences_reviewed: int
    sentences: int
    hedges_reviewed: int
    hedges: int
    items_left: tuple[str, ...]

    @property
    def done(self) -> bool:
        return (
            self.sentences_reviewed == self.sentences
            and self.hedges_reviewed == self.hedges
            and not self.items_left
        )

    def __str__(self) -> str:
        parts = [
            f"{self.sentences_reviewed} of {self.sentences} sentences reviewed",
            f"{self.hedges_reviewed} of {self.hedges} hedges reviewed",
        ]
        left = len(self.items_left)
        parts.append(
            "every question confirmed" if not left else f"{left} question{'s' * (left != 1)} to confirm"
        )
        return " · ".join(parts)


def _is_draft(raw: Mapping[str, Any]) -> bool:
    return "review" in raw or any(
        h.get("reviewed") is False for h in raw.get("hedges", []) if isinstance(h, dict)
    )


def unreviewed(notebook: str | Path, *, root: str | Path = PROJECT) -> list[str]:
    """What is left to review in a solution notebook's key, in words; empty when it is reviewed.

    ``["ex06_tram.tags: 3 of 28 sentences", "ex06_tram.hedges: 5 of 18 hedges", "ex06_tram.source_type"]``.
    Keys that are not drafts cost nothing (no language model is needed).
    """
    path = Path(notebook)
    definition = read_definition(path)
    root = Path(root)
    left: list[str] = []
    drafts: dict[str, EditableKey] = {}
    for item in definition.get("items", []):
        if not isinstance(item, dict):
            continue
        kind, name = item.get("type"), item.get("article")
        if kind in CHECKED_TYPES and item.get("reviewed") is False:
            left.append(str(item.get("id")))
        if kind not in {"source_tags", "hedge_spans"} or not isinstance(name, str):
            continue
        spec = definition.get("articles", {}).get(name)
        if not isinstance(spec, dict) or "key" not in spec:
            continue
        try:
            raw = json.loads((root / spec["key"]).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # the key compiler says what is wrong with it
        if not isinstance(raw, dict) or not _is_draft(raw):
            continue
        if name not in drafts:
            drafts[name] = EditableKey(path, root=root, article=name)
        progress = drafts[name].progress()
        if kind == "source_tags" and progress.sentences_reviewed < progress.sentences:
            left.append(
                f"{item.get('id')}: {progress.sentences - progress.sentences_reviewed} of "
                f"{progress.sentences} sentences"
            )
        if kind == "hedge_spans" and progress.hedges_reviewed < progress.hedges:
            left.append(
                f"{item.get('id')}: {progress.hedges - progress.hedges_reviewed} of {progress.hedges} hedges"
            )
    return left


class EditableKey:
    """The key data of one solution notebook, for review: sentences, hedges, items; saved atomically.

    ``notebook`` is the solution notebook (``solutions/<name>.ipynb``); ``root`` the
    folder holding ``seeds/`` (default: its parent's parent); ``article`` the name of the
    article in the key cell (default: the first). Needs the language model (the
    sentences are those students tag).
    """

    def __init__(
        self, notebook: str | Path, *, root: str | Path | None = None, article: str | None = None
    ) -> None:
        self.notebook_path = Path(notebook)
        if not self.notebook_path.is_file():
            raise KeyEditorError(
                f"There is no solution notebook at '{self.notebook_path}': make the exercise first with "
                "`python -m kit new-exercise ARTICLE` (or kit.authoring.new_exercise)."
            )
        self.root = Path(root) if root is not None else self.notebook_path.resolve().parent.parent
        try:
            self.notebook = json.loads(self.notebook_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ExerciseError(
                f"The solution notebook {self.notebook_path.name} cannot be read ({error})."
            ) from None
        self.definition = read_definition(self.notebook, name=self.notebook_path.name)
        articles = self.definition.get("articles") or {}
        if not articles:
            raise KeyEditorError(
                f"{self.notebook_path.name} names no article and key: there is nothing to edit."
            )
        self.article_name = article or next(iter(articles))
        if self.article_name not in articles:
            raise KeyEditorError(f"{self.notebook_path.name} has no article {self.article_name!r}.")
        spec = articles[self.article_name]
        self.key_path = self.root / spec["key"]
        self.article: Article = load_article(self.root / spec["article"])
        try:
            raw = json.loads(self.key_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise KeyEditorError(f"The key {self.key_path.name} cannot be read ({error}).") from None
        self.raw: dict[str, Any] = raw
        self.key: AnswerKey = key_from_data(raw, article=self.article, path=self.key_path)
        self.sentences: tuple[Sentence, ...] = tuple(parse(self.article).sentences)
        self._quotes = find_quotes(self.article.text, self.article.paragraphs)

    # --- reading -------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self.article.text

    @property
    def name(self) -> str:
        return str(self.definition["notebook"])

    def sentence_text(self, index: int) -> str:
        s = self._sentence(index)
        return self.text[s.start : s.end]

    def tag(self, index: int) -> Tag:
        """The key's tag for sentence ``index``: ``(speaker, kind)``, or the outlet's own voice."""
        accept = gold_tags(self.key, [self._sentence(index)])[0]["accept"]
        return (accept[0]["speaker"], accept[0]["kind"]) if accept else (OUTLET_SPEAKER, OWN_VOICE)

    def speakers(self) -> list[str]:
        """The key's sources: its speakers, then any other speaker an attribution names."""
        names = [str(s["name"]) for s in self.raw.get("speakers", [])]
        for entry in self.raw.get("attributions", []):
            if not any(same_speaker(entry["speaker"], n) for n in names):
                names.append(entry["speaker"])
        return names

    def source_type(self, speaker: str) -> str | None:
        for entry in self.raw.get("speakers", []):
            if same_speaker(str(entry["name"]), speaker):
                return str(entry.get("source_type", "named_person"))
        for entry in self.raw.get("attributions", []):
            if same_speaker(entry["speaker"], speaker):
                return str(entry["source_type"])
        return None

    def reviewed(self, index: int) -> bool:
        return self.sentence_text(index) in set(self.raw.get("review", {}).get("sentences", []))

    def hedges_in(self, index: int) -> list[tuple[int, dict[str, Any]]]:
        """The key's hedges in sentence ``index``: ``(number in the key's list, entry)``."""
        s = self._sentence(index)
        return [
            (n, self.raw["hedges"][n]) for n, h in enumerate(self.key.hedges) if s.start <= h.start < s.end
        ]

    def items(self) -> list[dict[str, Any]]:
        return list(self.definition.get("items", []))

    def item(self, item_id: str) -> dict[str, Any]:
        for item in self.definition.get("items", []):
            if item.get("id") == item_id:
                return item
        raise KeyEditorError(
            f"There is no item {item_id!r} in {self.name}: the items are "
            f"{', '.join(str(i.get('id')) for i in self.items())}."
        )

    def answer_of(self, item_id: str) -> str:
        """The answer a number or choice item has now, in words (what the grader will expect)."""
        item = self.item(item_id)
        rule = item.get("value_from") or item.get("answer_from") or {}
        if "quoted_words" in rule:
            return f"{quoted_words(self.key, self.sentences, rule['quoted_words'])} words"
        if "source_type_of" in rule:
            return str(self.source_type(rule["source_type_of"]) or "no such source in the key")
        return str(item.get("value", item.get("answer", item.get("model_answer", ""))))

    def progress(self) -> Progress:
        done = set(self.raw.get("review", {}).get("sentences", []))
        reviewed = sum(self.text[s.start : s.end] in done for s in self.sentences)
        hedges = self.raw.get("hedges", [])
        left = tuple(
            str(i["id"])
            for i in self.items()
            if i.get("type") in CHECKED_TYPES and i.get("reviewed") is False
        )
        return Progress(
            reviewed,
            len(self.sentences),
            sum(h.get("reviewed") is not False for h in hedges),
            len(hedges),
            left,
        )

    # --- editing ---------------------------------------------------------------------
    def accept_sentence(self, index: int) -> None:
        """The key's tag of sentence ``index`` is right: mark it reviewed."""
        self._sentence(index)
        review = self.raw.setdefault("review", {})
        sentences = review.setdefault("sentences", [])
        text = self.sentence_text(index)
        if text not in sentences:
            sentences.append(text)

    def set_sentence(self, index: int, speaker: str, kind: str, *, source_type: str | None = None) -> None:
        """Correct sentence ``index``: ``speaker`` speaks, reported as ``kind`` (or the outlet's own voice).

        The key's attributions inside the sentence are replaced by one covering it;
        one that runs on into another sentence keeps its part there. A new speaker
        needs ``source_type``. The sentence is then reviewed.
        """
        s = self._sentence(index)
        outlet = kind == OWN_VOICE or speaker == OUTLET_SPEAKER
        if not outlet:
            speaker = speaker.strip()
            if not speaker:
                raise KeyEditorError("Give the name of who speaks in this sentence.")
            if kind not in ATTRIBUTION_KINDS:
                raise KeyEditorError(
                    f"{kind!r} is not a kind of report: choose one of "
                    f"{', '.join((*ATTRIBUTION_KINDS, OWN_VOICE))}."
                )
            known = self.source_type(speaker)
            source_type = source_type or known
            if source_type not in SOURCE_TYPES:
                raise KeyEditorError(
                    f"{speaker} is new in this key: say what kind of source it is "
                    f"({', '.join(SOURCE_TYPES)})."
                )
        text = self.text
        kept: list[dict[str, Any]] = []
        for entry, found in zip(self.raw.get("attributions", []), self.key.attributions, strict=True):
            a, b = found.start, found.end
            if not (a < s.end and s.start < b):
                kept.append(entry)
                continue
            for start, end in ((a, s.start), (s.end, b)):  # the parts outside this sentence
                piece = text[start:end]
                lead = len(piece) - len(piece.lstrip())
                start, end = start + lead, start + len(piece.rstrip())
                if end - start >= 2:
                    kept.append(
                        {**entry, "content": text[start:end], "context": unique_context(text, start, end)}
                    )
        if not outlet:
            start = s.start + len(text[s.start : s.end]) - len(text[s.start : s.end].lstrip())
            end = s.start + len(text[s.start : s.end].rstrip())
            kept.append(
                {
                    "speaker": speaker,
                    "source_type": source_type,
                    "kind": kind,
                    "cue": None,
                    "content": text[start:end],
                    "context": unique_context(text, start, end),
                }
            )
            if not any(same_speaker(str(e["name"]), speaker) for e in self.raw.get("speakers", [])):
                self.raw.setdefault("speakers", []).append(
                    {"name": speaker, "source_type": source_type, "reported_length": None}
                )
        self._reload({**self.raw, "attributions": kept})
        self.raw["attributions"] = self._in_text_order(self.raw["attributions"], "content")
        self._reload(self.raw)
        self.accept_sentence(index)

    def set_source_type(self, speaker: str, source_type: str) -> None:
        """What kind of source ``speaker`` is (in the speakers list and every attribution to them)."""
        if source_type not in SOURCE_TYPES:
            raise KeyEditorError(f"{source_type!r} is not a source type: {', '.join(SOURCE_TYPES)}.")
        found = False
        for entry in self.raw.get("speakers", []):
            if same_speaker(str(entry["name"]), speaker):
                entry["source_type"], found = source_type, True
        for entry in self.raw.get("attributions", []):
            if same_speaker(entry["speaker"], speaker):
                entry["source_type"], found = source_type, True
        if not found:
            raise KeyEditorError(f"There is no source {speaker!r} in this key.")
        self._reload(self.raw)

    def accept_hedge(self, number: int, *, category: str | None = None) -> None:
        """Hedge ``number`` (in the key's list) is right, with ``category`` when it is given."""
        entry = self._hedge(number)
        if category is not None:
            if category not in HEDGE_CATEGORIES:
                raise KeyEditorError(f"{category!r} is not a hedge category: {', '.join(HEDGE_CATEGORIES)}.")
            entry["category"] = category
        entry["reviewed"] = True

    def remove_hedge(self, number: int) -> None:
        """Hedge ``number`` is not a hedge: it leaves the key."""
        self._hedge(number)
        hedges = list(self.raw["hedges"])
        del hedges[number]
        self._reload({**self.raw, "hedges": hedges})

    def add_hedge(self, index: int, words: str, category: str) -> int:
        """Add the hedge ``words`` (as they are in sentence ``index``) with ``category``; its number."""
        if category not in HEDGE_CATEGORIES:
            raise KeyEditorError(f"{category!r} is not a hedge category: {', '.join(HEDGE_CATEGORIES)}.")
        words = words.strip()
        s = self._sentence(index)
        inner = self.text[s.start : s.end].find(words) if words else -1
        if inner < 0:
            raise KeyEditorError(
                f"{words!r} is not in sentence {index + 1}: copy the words exactly as the article has them."
            )
        start, end = s.start + inner, s.start + inner + len(words)
        if any(h.start < end and start < h.end for h in self.key.hedges):
            raise KeyEditorError(
                f"{words!r} overlaps a hedge the key has already: accept or remove that one."
            )
        in_quote = any(q.content_start <= start < q.content_end for q in self._quotes)
        entry = {
            "text": words,
            "category": category,
            "in_quote": in_quote,
            "context": unique_context(self.text, start, end),
            "reviewed": True,
        }
        hedges = self._in_text_order([*self.raw.get("hedges", []), entry], "text")
        self._reload({**self.raw, "hedges": hedges})
        return hedges.index(entry)

    def set_points(self, item_id: str, points: float) -> None:
        self._number(item_id, "points", points)

    def set_tolerance(self, item_id: str, tolerance: float) -> None:
        if self.item(item_id).get("type") != "number":
            raise KeyEditorError(f"{item_id} is not a number item: only those have a tolerance.")
        self._number(item_id, "tolerance", tolerance)

    def set_model_answer(self, item_id: str, text: str) -> None:
        """The model answer of a written item (what the solution notebook shows; the rubric scores)."""
        item = self.item(item_id)
        if item.get("type") != "rubric":
            raise KeyEditorError(f"{item_id} is not a written answer: its answer comes from the key.")
        item["model_answer"] = str(text).strip()

    def confirm_item(self, item_id: str, reviewed: bool = True) -> None:
        """The question and answer of a number, choice or written item are checked."""
        item = self.item(item_id)
        if item.get("type") not in CHECKED_TYPES:
            raise KeyEditorError(
                f"{item_id} is reviewed sentence by sentence and hedge by hedge, not at once."
            )
        item["reviewed"] = bool(reviewed)

    def save(self) -> list[Path]:
        """Write the key and the solution notebook (atomically, each only when it changed)."""
        written = []
        key_text = dump_key(self.raw)
        if not self.key_path.is_file() or self.key_path.read_text(encoding="utf-8") != key_text:
            written.append(atomic_write_text(self.key_path, key_text))
        replace_definition(self.notebook, self.definition)
        book = dump_notebook(self.notebook)
        if self.notebook_path.read_text(encoding="utf-8") != book:
            written.append(atomic_write_text(self.notebook_path, book))
        return written

    # --- internals -----------------------------------------------------------------
    def _sentence(self, index: int) -> Sentence:
        if not isinstance(index, int) or not 0 <= index < len(self.sentences):
            raise KeyEditorError(
                f"There is no sentence {index!r}: the article has {len(self.sentences)} (from 0)."
            )
        return self.sentences[index]

    def _hedge(self, number: int) -> dict[str, Any]:
        hedges = self.raw.get("hedges", [])
        if not isinstance(number, int) or not 0 <= number < len(hedges):
            raise KeyEditorError(f"There is no hedge {number!r} in the key (it has {len(hedges)}).")
        return hedges[number]

    def _number(self, item_id: str, field: str, value: float) -> None:
        item = self.item(item_id)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1000:
            raise KeyEditorError(
                f"{field.capitalize()} of {item_id} must be a number from 0 to 1000, not {value!r}."
            )
        item[field] = int(value) if float(value).is_integer() else float(value)

    def _in_text_order(self, entries: Sequence[dict[str, Any]], field: str) -> list[dict[str, Any]]:
        def where(entry: dict[str, Any]) -> int:
            context = entry.get("context")
            base = self.text.find(context) if context else self.text.find(entry[field])
            return base + (context.find(entry[field]) if context else 0)

        return sorted(entries, key=where)

    def _reload(self, raw: dict[str, Any]) -> None:
        """Resolve ``raw`` against the article; keep it only when every entry still resolves."""
        new = dict(raw)
        key = key_from_data(new, article=self.article, path=self.key_path)
        self.raw.clear()
        self.raw.update(new)
        self.key = key
