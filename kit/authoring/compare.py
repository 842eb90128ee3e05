"""Two keys of one article compared: agreement and Cohen's kappa per item, and the disagreements.

How a department checks a key before grading with it: two teachers key the same
article (or a teacher and the engine: ``B`` = ``"engine"``), and
``python -m kit keys compare A B`` prints, item by item,

* **source tags**, sentence by sentence as students tag them (the key's first tag
  for the sentence, or the outlet's own voice): who + how, who only, how only;
  names match as the grader matches them ("Putin" = "Vladimir Putin");
* **hedges**, word by word (each word of the article is a hedge of some category,
  or none);
* **source types** of the sources both keys name (what the choice items ask);

with the percentage of agreement and Cohen's kappa (the grader's
:func:`kit.grading.cohen_kappa`), then every disagreement.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..analysis import analyze
from ..article import load_article
from ..errors import AnswerKeyError, KeyCompareError
from ..grading import cohen_kappa, gold_tags
from ..keys import AnswerKey, key_from_data, load_key
from ..pipeline import parse
from ..records import OUTLET_SPEAKER, OWN_VOICE
from ..words import WORD, same_speaker
from .create import draft_key

__all__ = ["ENGINE", "Agreement", "KeyComparison", "compare_keys"]

#: Give this instead of a second key to compare a key with the engine's findings.
ENGINE = "engine"
_NONE = "not a hedge"


@dataclass(frozen=True)
class Agreement:
    """One item: what is compared, how many units, the share agreed, and kappa (None without units)."""

    item: str
    units: str
    count: int
    agreed: int
    kappa: float | None

    @property
    def percent(self) -> float:
        return 100.0 * self.agreed / self.count if self.count else 100.0


@dataclass(frozen=True)
class KeyComparison:
    """The result of :func:`compare_keys`: items, disagreements, and what was compared."""

    first: str
    second: str
    title: str
    items: tuple[Agreement, ...]
    disagreements: tuple[str, ...]

    def item(self, name: str) -> Agreement:
        return next(a for a in self.items if a.item == name)

    def __str__(self) -> str:
        lines = [f"A = {self.first}", f"B = {self.second}", f"article: {self.title}", ""]
        lines.append(f"{'item':<28}{'compared':>16}{'agreement':>11}{'kappa':>8}")
        for a in self.items:
            kappa = "-" if a.kappa is None else f"{a.kappa:.2f}"
            lines.append(f"{a.item:<28}{f'{a.count} {a.units}':>16}{a.percent:>10.0f}%{kappa:>8}")
        lines.append("")
        if self.disagreements:
            lines.append(f"{len(self.disagreements)} disagreement{'s' * (len(self.disagreements) != 1)}:")
            lines += [f"  {d}" for d in self.disagreements]
        else:
            lines.append("No disagreements: the two keys say the same.")
        return "\n".join(lines) + "\n"


def _load(source: str | Path, *, engine_of: AnswerKey | None = None) -> AnswerKey:
    if engine_of is not None:
        raw = draft_key(analyze(engine_of.article), article=str(engine_of.raw["article"]))
        return key_from_data(raw, article=engine_of.article, path=Path("engine"))
    path = Path(source)
    if not path.is_file():
        raise KeyCompareError(f"There is no key at '{path}': give two hand-made keys (seeds/keys/*.json).")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as error:
        raise KeyCompareError(f"{path.name} is not a key: it cannot be read as JSON ({error}).") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("article"), str):
        raise KeyCompareError(f"{path.name} is not a hand-made key (it has no 'article').")
    try:
        return load_key(path)
    except AnswerKeyError:
        raise
    except (KeyError, TypeError, ValueError) as error:  # an article that cannot be read says so itself
        raise KeyCompareError(f"{path.name} cannot be compared ({error}).") from None


def _tag(accept: Sequence[dict[str, Any]]) -> tuple[str, str]:
    return (accept[0]["speaker"], accept[0]["kind"]) if accept else (OUTLET_SPEAKER, OWN_VOICE)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def compare_keys(first: str | Path, second: str | Path) -> KeyComparison:
    """Compare two hand-made keys of the same article (``second`` may be :data:`ENGINE`)."""
    a = _load(first)
    b = _load(second, engine_of=a if str(second) == ENGINE else None)
    if a.article.text != b.article.text:
        raise KeyCompareError(
            f"{Path(first).name} and {Path(second).name} are keys of different articles "
            f"({a.raw['article']} and {b.raw['article']}): compare two keys of the same article."
        )
    text = a.article.text
    sentences = parse(load_article(a.article)).sentences
    items: list[Agreement] = []
    notes: list[str] = []

    # source tags, sentence by sentence; B's names become A's when they name the same source
    tags_a = [_tag(g["accept"]) for g in gold_tags(a, sentences)]
    tags_b = []
    for g in gold_tags(b, sentences):
        speaker, kind = _tag(g["accept"])
        same = next((s for s, _ in tags_a if same_speaker(s, speaker)), speaker)
        tags_b.append((same, kind))

    def agreement(item: str, units: str, x: Sequence[Any], y: Sequence[Any]) -> None:
        items.append(
            Agreement(item, units, len(x), sum(p == q for p, q in zip(x, y, strict=True)), cohen_kappa(x, y))
        )

    agreement("source tags (who + how)", "sentences", tags_a, tags_b)
    agreement("  who speaks", "sentences", [t[0] for t in tags_a], [t[0] for t in tags_b])
    agreement("  how it is reported", "sentences", [t[1] for t in tags_a], [t[1] for t in tags_b])
    for n, (x, y) in enumerate(zip(tags_a, tags_b, strict=True)):
        if x != y:
            s = sentences[n]
            notes.append(
                f"sentence {n + 1} “{_short(text[s.start : s.end])}”: A {x[0]} · {x[1]}; B {y[0]} · {y[1]}"
            )

    # hedges, word by word
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]

    def labels(key: AnswerKey) -> list[str]:
        return [next((h.category for h in key.hedges if h.start < e and s < h.end), _NONE) for s, e in words]

    agreement("hedges (word by word)", "words", labels(a), labels(b))
    for h in a.hedges:
        other = [g for g in b.hedges if g.start < h.end and h.start < g.end]
        if not other:
            notes.append(f"hedge “{h.text}”: A {h.category}; B {_NONE}")
        elif all(g.category != h.category for g in other):
            notes.append(f"hedge “{h.text}”: A {h.category}; B {other[0].category}")
        elif all((g.start, g.end) != (h.start, h.end) for g in other):
            notes.append(f"hedge “{h.text}”: B marks other words, “{other[0].text}” ({h.category} in both)")
    for g in b.hedges:
        if not any(h.start < g.end and g.start < h.end for h in a.hedges):
            notes.append(f"hedge “{g.text}”: A {_NONE}; B {g.category}")

    # source types of the sources both keys name
    def types(key: AnswerKey) -> dict[str, str]:
        found = {str(s["name"]): str(s.get("source_type")) for s in key.speakers}
        for attribution in key.attributions:
            found.setdefault(attribution.speaker, attribution.source_type)
        return found

    types_a, types_b = types(a), types(b)
    pairs = []
    for name, kind in types_a.items():
        match = next((t for n, t in types_b.items() if same_speaker(n, name)), None)
        if match is not None:
            pairs.append((name, kind, match))
    agreement("source types", "sources", [p[1] for p in pairs], [p[2] for p in pairs])
    notes += [f"source “{n}”: A {x}; B {y}" for n, x, y in pairs if x != y]
    only_a = [n for n in types_a if not any(same_speaker(n, m) for m in types_b)]
    only_b = [n for n in types_b if not any(same_speaker(n, m) for m in types_a)]
    notes += [f"source “{n}”: only in A" for n in only_a] + [f"source “{n}”: only in B" for n in only_b]
    name_b = "the engine's findings" if str(second) == ENGINE else str(second)
    return KeyComparison(
        str(first), name_b, a.article.title or str(a.raw["article"]), tuple(items), tuple(notes)
    )
