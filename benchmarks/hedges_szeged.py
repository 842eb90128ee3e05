"""The hedge detector against the Szeged Uncertainty Corpus (an outside check). Prints figures.

Reads a Szeged Uncertainty Corpus XML file (``<Sentence>`` elements whose hedge
cues are marked ``<ccue type=...>``; only ``Text`` parts are used, not titles),
batches the sentences through ``nlp.pipe`` and runs :func:`kit.hedges.hedges_in_doc`
on each. A sentence is "uncertain" in the gold data when it holds at least one
cue, and for the detector when it holds at least one hedge of the compared
categories. Cue-level figures match hedge spans to cue spans one-to-one by
overlap (:func:`kit.keys.match_spans`).

The split: documents go to the HELD-OUT part when ``sha1(DocID) % 3 == 0``,
otherwise to the TUNING part. The rules were developed looking at tuning
sentences only (``--errors`` shows tuning sentences and nothing else); the
held-out figures say whether they generalise.

Three variants of "uncertain" are printed:

* ``epistemic``: possibility, probability, appearance, uncertainty, the
  categories GUIDELINES §3 calls comparable with such corpora;
* ``epistemic + vague_source``: also vague sources. THE TARGET (sentence F1 >=
  0.70) REFERS TO THIS VARIANT. The corpus marks doxastic cues ("is considered",
  "is believed to", "regarded as": a fifth to a third of all cues), which the
  guidelines file under ``vague_source`` when no one is named ("widely seen
  as"); this variant also counts vague sources the corpus does not mark
  ("critics say"), so it is not tuned to the corpus;
* ``all categories``: for information only (approximation, limitation and
  distancing are not what the corpus marks).

Usage: ``python benchmarks/hedges_szeged.py PATH [--errors N] [--cache FILE] [--part tuning]``.
When PATH does not exist the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kit.hedges import EPISTEMIC_CATEGORIES, hedges_in_doc  # noqa: E402
from kit.keys import Score, match_spans, total  # noqa: E402
from kit.pipeline import load_pipeline  # noqa: E402
from kit.records import HEDGE_CATEGORIES  # noqa: E402

VARIANTS = {
    "epistemic": frozenset(EPISTEMIC_CATEGORIES),
    "epistemic + vague_source": frozenset(EPISTEMIC_CATEGORIES) | {"vague_source"},
    "all categories": frozenset(HEDGE_CATEGORIES),
}
TARGET_VARIANT = "epistemic + vague_source"


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    type: str
    text: str


@dataclass(frozen=True)
class SzegedSentence:
    id: str
    doc_id: str
    part: str
    text: str
    cues: tuple[Cue, ...]


def part_of(doc_id: str) -> str:
    """The deterministic split: a third of the documents are held out."""
    return "heldout" if int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "tuning"


def read_sentences(path: Path) -> list[SzegedSentence]:
    root = ET.parse(path).getroot()
    out = []
    for document in root.iter("Document"):
        doc_id = document.findtext("DocID") or ""
        part = part_of(doc_id)
        for section in document.iter("DocumentPart"):
            if section.get("type") != "Text":
                continue
            for sentence in section.iter("Sentence"):
                text = sentence.text or ""
                cues = []
                for child in sentence:
                    words = "".join(child.itertext())
                    if child.tag == "ccue":
                        lead = len(words) - len(words.lstrip())
                        start = len(text) + lead
                        cues.append(
                            Cue(start, start + len(words.strip()), child.get("type", "").strip(), words)
                        )
                    text += words + (child.tail or "")
                out.append(SzegedSentence(sentence.get("id", ""), doc_id, part, text, tuple(cues)))
    return out


def parse_all(nlp, sentences: list[SzegedSentence], cache: Path | None):
    """The parsed sentences, from ``cache`` (a DocBin file) when it matches, else via ``nlp.pipe``."""
    from spacy.tokens import DocBin

    texts = [s.text for s in sentences]
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == texts:
            return docs, None
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=256))
    elapsed = time.perf_counter() - start
    if cache is not None:
        DocBin(docs=docs, store_user_data=False).to_disk(cache)
    return docs, elapsed


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(items, categories: frozenset[str]) -> tuple[tuple[int, int, int, int], Score, Counter, Counter]:
    tp = fp = fn = tn = 0
    cue_scores = []
    by_type_gold: Counter = Counter()
    by_type_found: Counter = Counter()
    for sentence, hedges in items:
        found = [h for h in hedges if h.category in categories]
        gold_uncertain, found_uncertain = bool(sentence.cues), bool(found)
        tp += gold_uncertain and found_uncertain
        fp += found_uncertain and not gold_uncertain
        fn += gold_uncertain and not found_uncertain
        tn += not gold_uncertain and not found_uncertain
        score = match_spans(
            found,
            sentence.cues,
            span_of_found=lambda h: (h.start, h.end),
            span_of_gold=lambda c: (c.start, c.end),
        )
        cue_scores.append(score)
        recalled = {j for _, j in score.matches}
        for j, cue in enumerate(sentence.cues):
            by_type_gold[cue.type] += 1
            by_type_found[cue.type] += j in recalled
    return (tp, fp, fn, tn), total(cue_scores), by_type_gold, by_type_found


def report(name: str, items) -> None:
    n = len(items)
    uncertain = sum(bool(s.cues) for s, _ in items)
    cues = sum(len(s.cues) for s, _ in items)
    share = uncertain / max(n, 1)
    print(f"\n{name.upper()} part: {n} sentences, {uncertain} uncertain ({share:.0%}), {cues} cues")
    print(f"  {'variant':<26} {'sentence P':>10} {'R':>6} {'F1':>6}   {'cue P':>6} {'R':>6} {'F1':>6}")
    for variant, categories in VARIANTS.items():
        (tp, fp, fn, _), cue, _, _ = evaluate(items, categories)
        p, r, f = prf(tp, fp, fn)
        mark = "  <- target F1 >= 0.70" if variant == TARGET_VARIANT else ""
        cue_figures = f"{cue.precision:6.3f} {cue.recall:6.3f} {cue.f1:6.3f}"
        print(f"  {variant:<26} {p:10.3f} {r:6.3f} {f:6.3f}   {cue_figures}{mark}")
    _, _, gold, found = evaluate(items, VARIANTS[TARGET_VARIANT])
    recall = ", ".join(f"{t.replace('speculation_', '')} {found[t]}/{gold[t]}" for t in sorted(gold))
    print(f"  cue recall by corpus type ({TARGET_VARIANT}): {recall}")


def show_errors(items, limit: int) -> None:
    """False positives and negatives of the TUNING part (never the held-out part)."""
    categories = VARIANTS[TARGET_VARIANT]
    fps = [(s, h) for s, h in items if not s.cues and any(x.category in categories for x in h)]
    fns = [(s, h) for s, h in items if s.cues and not any(x.category in categories for x in h)]
    print(f"\nTuning false positives ({len(fps)}), first {limit}:")
    for s, hedges in fps[:limit]:
        found = "; ".join(f"{h.text}/{h.category}" for h in hedges if h.category in categories)
        print(f"  [{found}] {s.text}")
    print(f"\nTuning false negatives ({len(fns)}), first {limit}:")
    for s, _ in fns[:limit]:
        cues = "; ".join(f"{c.text}/{c.type.replace('speculation_', '')}" for c in s.cues)
        print(f"  [{cues}] {s.text}")
    missed = Counter(
        c.text.lower().strip()
        for s, hedges in items
        for c in s.cues
        if not any(h.category in categories and h.start < c.end and c.start < h.end for h in hedges)
    )
    print("\nMost often missed cues (tuning):", ", ".join(f"{w} {n}" for w, n in missed.most_common(30)))
    spurious = Counter(
        h.text.lower()
        for s, hedges in items
        for h in hedges
        if h.category in categories and not any(h.start < c.end and c.start < h.end for c in s.cues)
    )
    print("Most often unmatched hedges (tuning):", ", ".join(f"{w} {n}" for w, n in spurious.most_common(30)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a Szeged Uncertainty Corpus XML file")
    parser.add_argument("--errors", type=int, default=0, help="show N errors of the tuning part")
    parser.add_argument("--cache", type=Path, help="a DocBin file to keep the parses in (outside the repo)")
    parser.add_argument(
        "--part",
        choices=("both", "tuning"),
        default="both",
        help="print the tuning part only (while developing)",
    )
    args = parser.parse_args()
    if not args.path.exists():
        print(f"{args.path} does not exist: nothing to compare against (get the Szeged Uncertainty Corpus).")
        return 0
    sentences = read_sentences(args.path)
    nlp = load_pipeline()
    docs, parse_time = parse_all(nlp, sentences, args.cache)
    words = sum(len(d) for d in docs)
    start = time.perf_counter()
    found = [hedges_in_doc(doc) for doc in docs]
    detect_time = time.perf_counter() - start
    print(f"{args.path.name}: {len(sentences)} sentences, {words} tokens; split by sha1(DocID) % 3")
    if parse_time is not None:
        share = detect_time / parse_time
        print(f"  nlp.pipe {parse_time:.1f} s; hedges_in_doc {detect_time:.2f} s ({share:.1%} of parsing)")
    else:
        print(f"  parses read from {args.cache}; hedges_in_doc {detect_time:.2f} s")
    parts = {"tuning": [], "heldout": []}
    for sentence, hedges in zip(sentences, found, strict=True):
        parts[sentence.part].append((sentence, hedges))
    report("tuning", parts["tuning"])
    if args.part == "both":
        report("held-out", parts["heldout"])
    if args.errors:
        show_errors(parts["tuning"], args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
