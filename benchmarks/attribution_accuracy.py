"""Attribution accuracy and speed of ``kit.sources`` against the hand-made keys. Prints; asserts nothing.

Accuracy: for every key in ``seeds/keys`` the article is parsed once and
``find_sources`` runs on it. A found attribution is a **hit** when its content
span overlaps the content span of a key attribution and the speakers match;
matching is one-to-one (``kit.keys.match_spans``, greedy in text order), so
one long span cannot count for several key entries.

Speakers match when

* their canonical names are equal, compared case-insensitively (spaces
  collapsed, ’ and ' treated alike); or
* the source is unnamed: the key's and the engine's ``source_type`` are both
  ``anonymous`` or ``vague`` (either of the two on each side). The descriptive
  phrase of an unnamed source ("people familiar with the talks") is free text,
  so for these only the type and the overlapping span are compared.

The kind (direct, partial, …) and the cue are not part of a hit.

Printed per article and overall, with the dev set (the seed and practice
articles 01–06) and the hold-out set (07–08) reported separately:

* precision, recall and F1 of attributions;
* speaker accuracy: of the found attributions whose content overlaps some key
  attribution, the share whose speaker matches one of those key attributions;
* (secondary) precision and recall of unattributed claims and non-statements
  (span overlap) and of quoted terms (span overlap and the same owner, or both
  without one).

Speed: the time of ``find_sources`` on the parsed articles against the time of
bare spaCy parsing (``nlp.pipe`` over the same paragraphs, as ``kit.pipeline``
batches them), as a ratio. Target: at most 0.25 (attribution adds at most 25 %).

Usage: ``python benchmarks/attribution_accuracy.py [--repeat N] [--only dev|holdout] [--show]``
(``--show`` lists misses and false alarms per article; use it on dev articles only).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kit.keys import AnswerKey, Score, load_key, match_spans, overlaps, total  # noqa: E402

KEYS = ROOT / "seeds" / "keys"
HOLDOUT = ("07_", "08_")
UNNAMED = {"anonymous", "vague"}


def _norm(name: str | None) -> str:
    return " ".join((name or "").replace("’", "'").casefold().split())


def same_speaker(found, gold) -> bool:
    """The rule in the module docstring (``found``: an Attribution, ``gold``: a KeyAttribution)."""
    if _norm(found.speaker) == _norm(gold.speaker):
        return True
    return found.source_type in UNNAMED and gold.source_type in UNNAMED


def key_paths(which: str) -> list[Path]:
    paths = sorted(KEYS.glob("*.json"))
    if which == "dev":
        return [p for p in paths if not p.name.startswith(HOLDOUT)]
    return [p for p in paths if p.name.startswith(HOLDOUT)]


def speaker_accuracy(found, gold) -> tuple[int, int]:
    """(found attributions overlapping a key one, of which with a matching speaker)."""
    touching = right = 0
    for f in found:
        near = [g for g in gold if overlaps(f.content_start, f.content_end, g.start, g.end)]
        if near:
            touching += 1
            right += any(same_speaker(f, g) for g in near)
    return touching, right


def evaluate(paths: list[Path], *, show: bool) -> tuple[Score, int, int]:
    from kit.pipeline import parse
    from kit.sources import find_sources

    scores: list[Score] = []
    claim_scores: list[Score] = []
    term_scores: list[Score] = []
    silence_scores: list[Score] = []
    touching = right = 0
    print(f"  {'article':34s} {'found':>5s} {'key':>4s} {'P':>6s} {'R':>6s} {'F1':>6s} {'speaker':>8s}")
    for path in paths:
        key: AnswerKey = load_key(path)
        findings = find_sources(parse(key.article))
        found = findings.attributions
        score = match_spans(
            found,
            key.attributions,
            span_of_found=lambda a: (a.content_start, a.content_end),
            span_of_gold=lambda g: (g.start, g.end),
            agree=same_speaker,
        )
        claims = match_spans(
            findings.unattributed,
            key.unattributed,
            span_of_found=lambda c: (c.start, c.end),
            span_of_gold=lambda g: (g.start, g.end),
        )
        claim_scores.append(claims)
        term_scores.append(
            match_spans(
                findings.quoted_terms,
                key.quoted_terms,
                span_of_found=lambda t: (t.start, t.end),
                span_of_gold=lambda g: (g.start, g.end),
                agree=lambda t, g: _norm(t.owner) == _norm(g.owner),
            )
        )
        silence_scores.append(
            match_spans(
                findings.non_statements,
                key.non_statements,
                span_of_found=lambda n: (
                    n.cue_start,
                    n.content_end if n.content_end is not None else n.cue_end,
                ),
                span_of_gold=lambda g: (g.start, g.end),
            )
        )
        t, r = speaker_accuracy(found, key.attributions)
        touching, right = touching + t, right + r
        scores.append(score)
        accuracy = f"{r / t:8.2f}" if t else "       -"
        print(
            f"  {path.stem[:34]:34s} {score.found:5d} {score.gold:4d} "
            f"{score.precision:6.2f} {score.recall:6.2f} {score.f1:6.2f} {accuracy}"
        )
        if show:
            _show(key, found, score)
            _show_claims(key, findings.unattributed, claims)
    overall = total(scores)
    accuracy = right / touching if touching else 0.0
    print(
        f"  {'OVERALL':34s} {overall.found:5d} {overall.gold:4d} {overall.precision:6.2f} "
        f"{overall.recall:6.2f} {overall.f1:6.2f} {accuracy:8.2f}"
    )
    for label, part in (
        ("unattributed claims", claim_scores),
        ("quoted terms (+owner)", term_scores),
        ("non-statements", silence_scores),
    ):
        sub = total(part)
        print(
            f"  (secondary) {label:22s} P {sub.precision:.2f}  R {sub.recall:.2f}  F1 {sub.f1:.2f}"
            f"  ({sub.found} found, {sub.gold} in the keys)"
        )
    return overall, touching, right


def _show(key: AnswerKey, found, score: Score) -> None:
    text = key.article.text
    hit_found = {i for i, _ in score.matches}
    hit_gold = {j for _, j in score.matches}
    for j, g in enumerate(key.attributions):
        if j not in hit_gold:
            print(f"      MISSED  {g.speaker} [{g.source_type}/{g.kind}] {text[g.start : g.end][:70]!r}")
    for i, f in enumerate(found):
        if i not in hit_found:
            print(
                f"      EXTRA   {f.speaker} [{f.source_type}/{f.kind}/{f.cue}] "
                f"{text[f.content_start : f.content_end][:70]!r}"
            )


def _show_claims(key: AnswerKey, found, score: Score) -> None:
    hit_found = {i for i, _ in score.matches}
    hit_gold = {j for _, j in score.matches}
    for j, g in enumerate(key.unattributed):
        if j not in hit_gold:
            print(f"      CLAIM MISSED  {g.text[:80]!r}")
    for i, c in enumerate(found):
        if i not in hit_found:
            print(f"      CLAIM EXTRA   {c.text[:80]!r}")


def speed(repeat: int) -> None:
    import spacy

    from kit.article import PARAGRAPH_BREAK, load_article
    from kit.pipeline import load_pipeline, parse_many, pipeline_info
    from kit.sources import find_sources

    nlp = load_pipeline()
    bare = spacy.load(pipeline_info(nlp).name)  # the same model, without the kit's additions
    sources = [ROOT / "seeds" / "000_3f95dd3d0e0f8142.txt"]
    sources += sorted(
        p for p in (ROOT / "seeds" / "practice").glob("[0-9][0-9]_*") if p.suffix in {".txt", ".md"}
    )
    articles = [load_article(sources[i % len(sources)]) for i in range(60)]
    texts = []
    for article in articles:
        paragraphs = article.paragraph_texts
        texts += [p + (PARAGRAPH_BREAK if i < len(paragraphs) - 1 else "") for i, p in enumerate(paragraphs)]
    list(bare.pipe(texts[:20]))  # warm up
    parsed = list(parse_many(articles))
    find_sources(parsed[0])
    parse_times, source_times = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        list(bare.pipe(texts, batch_size=64))
        parse_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        for p in parsed:
            find_sources(p)
        source_times.append(time.perf_counter() - start)
    parse_time, source_time = statistics.median(parse_times), statistics.median(source_times)
    words = sum(a.word_count for a in articles)
    print(f"  {len(articles)} articles, {words} words, median of {repeat} runs")
    print(f"  bare spaCy nlp.pipe (the kit's paragraphs): {parse_time * 1000:8.1f} ms")
    print(f"  find_sources on the parsed Docs:            {source_time * 1000:8.1f} ms")
    print(f"  ratio find_sources / parsing:               {source_time / parse_time:8.3f}  (target <= 0.25)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", choices=["dev", "holdout"], default=None)
    parser.add_argument("--show", action="store_true", help="list misses and false alarms")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args(argv)
    results = []
    for which, title in (("dev", "DEV (seed + practice 01-06)"), ("holdout", "HOLD-OUT (practice 07-08)")):
        if args.only and args.only != which:
            continue
        paths = key_paths(which)
        print(f"\n{title}")
        if not paths:
            print("  (no keys found)")
            continue
        results.append(evaluate(paths, show=args.show and which == "dev"))
    if len(results) == 2:
        overall = results[0][0] + results[1][0]
        touching, right = results[0][1] + results[1][1], results[0][2] + results[1][2]
        print(
            f"\nALL ARTICLES (dev + hold-out): P {overall.precision:.2f}  R {overall.recall:.2f}  "
            f"F1 {overall.f1:.2f}  speaker accuracy {right / max(touching, 1):.2f}"
        )
    if not args.no_speed:
        print("\nSPEED")
        speed(args.repeat)


if __name__ == "__main__":
    main()
