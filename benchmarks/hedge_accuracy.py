"""Hedge accuracy against the hand-made keys, and what hedge detection costs. Prints figures.

For the seed and every practice article with a key (``seeds/keys/*.json``), the
hedges found by :func:`kit.hedges.find_hedges` are matched one-to-one to the
key's hedges by overlapping span (:func:`kit.keys.match_spans`). Printed per
article and in total, separately for DEV (the seed and the practice articles tuned on)
and HOLD-OUT (``_common.HOLDOUT``, never used to develop the rules):

* precision, recall and F1 of the spans (targets: F1 >= 0.90 on the seed,
  >= 0.85 on the practice articles);
* category agreement: the share of matched hedges whose category is the key's;
* ``in_quote`` agreement on the matched hedges;
* speaker agreement: on the matched hedges whose key entry gives a ``speaker`` (keys 12 on:
  ``null`` = the writer, a name = the reported source whose hedge it is, GUIDELINES §3), the share
  the kit credits to the same voice: the writer's hedge to the writer, a source's hedge to the same
  source (:func:`kit.words.same_speaker`). Entries without the field are unknown and not counted;
  the column shows ``agreed/counted``.

The hedges are found as :func:`kit.analyze` finds them, with the attributions of
:func:`kit.sources.find_sources` (which decide whose hedge it is).

Speed: the time of ``find_hedges`` against the time of parsing the same
article (``kit.pipeline.parse``), medians of ``--repeat`` runs, summed over all
articles. The hedge detector's share of the 10 % budget is 4 %.

Usage: ``python benchmarks/hedge_accuracy.py [--repeat N] [--errors] [--dev-only]`` (``--errors`` lists the
misses and false alarms of the DEV articles only).
"""

from __future__ import annotations

import argparse
import sys

from _common import KEYS
from _common import is_holdout as is_hold_out
from _common import median_time as timed

from kit.hedges import find_hedges
from kit.keys import AnswerKey, KeyHedge, Score, load_key, match_spans, total
from kit.pipeline import load_pipeline, parse
from kit.records import Hedge
from kit.sources import find_sources
from kit.words import same_speaker


def same_voice(found: Hedge, gold: KeyHedge) -> bool:
    """Does the kit credit the hedge to the voice the key gives: the writer (null) or that source?"""
    if gold.speaker is None:
        return found.by_writer
    return not found.by_writer and found.speaker is not None and same_speaker(found.speaker, gold.speaker)


def score_article(key: AnswerKey, hedges) -> tuple[Score, int, int, tuple[int, int]]:
    score = match_spans(
        hedges,
        key.hedges,
        span_of_found=lambda h: (h.start, h.end),
        span_of_gold=lambda g: (g.start, g.end),
    )
    same_category = sum(hedges[i].category == key.hedges[j].category for i, j in score.matches)
    same_quote = sum(hedges[i].in_quote == key.hedges[j].in_quote for i, j in score.matches)
    given = [(i, j) for i, j in score.matches if key.hedges[j].speaker_given]
    same_speaker_ = sum(same_voice(hedges[i], key.hedges[j]) for i, j in given)
    return score, same_category, same_quote, (same_speaker_, len(given))


def line(name: str, score: Score, category: int, quote: int, speaker: tuple[int, int]) -> str:
    matched = len(score.matches) if score.matches else score.hits
    agree = f"{category / matched:6.0%}" if matched else "     –"
    agree_q = f"{quote / matched:6.0%}" if matched else "     –"
    agreed, counted = speaker
    agree_s = f"{agreed / counted:4.0%} {agreed:>2}/{counted:<2}" if counted else "   –"
    return (
        f"  {name:<34} {score.gold:4d} {score.found:5d} {score.precision:6.2f} {score.recall:6.2f}"
        f" {score.f1:6.2f}   {agree}   {agree_q}   {agree_s}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--errors", action="store_true", help="list the errors on the DEV articles")
    parser.add_argument(
        "--dev-only", action="store_true", help="skip the HOLD-OUT articles (while developing)"
    )
    args = parser.parse_args()
    key_paths = sorted(KEYS.glob("*.json"))
    if args.dev_only:
        key_paths = [p for p in key_paths if not is_hold_out(p)]
    if not key_paths:
        print(f"No answer keys in {KEYS}: nothing to score.")
        return 0
    nlp = load_pipeline()
    groups: dict[str, list[tuple[str, Score, int, int, tuple[int, int]]]] = {"DEV": [], "HOLD-OUT": []}
    parse_total = hedge_total = 0.0
    errors: list[str] = []
    for key_path in key_paths:
        key = load_key(key_path)
        parsed = parse(key.article, nlp=nlp)
        attributions = find_sources(parsed).attributions
        hedges = find_hedges(parsed, attributions=attributions)
        score, category, quote, speaker = score_article(key, hedges)
        group = "HOLD-OUT" if is_hold_out(key_path) else "DEV"
        groups[group].append((key_path.stem, score, category, quote, speaker))
        parse_total += timed(lambda a=key.article: parse(a, nlp=nlp), args.repeat)
        hedge_total += timed(lambda p=parsed, a=attributions: find_hedges(p, attributions=a), args.repeat * 4)
        if args.errors and group == "DEV":
            text = key.article.text
            found = {i for i, _ in score.matches}
            recalled = {j for _, j in score.matches}
            errors.append(f"\n{key_path.stem}:")
            for i, h in enumerate(hedges):
                if i not in found:
                    around = text[max(0, h.start - 40) : h.end + 40]
                    errors.append(f"  FALSE ALARM {h.category:<13} {h.text!r:<24} …{around}…")
            for j, g in enumerate(key.hedges):
                if j not in recalled:
                    around = text[max(0, g.start - 40) : g.end + 40]
                    errors.append(f"  MISSED      {g.category:<13} {g.text!r:<24} …{around}…")
            for i, j in score.matches:
                h, g = hedges[i], key.hedges[j]
                if h.category != g.category or h.in_quote != g.in_quote:
                    errors.append(
                        f"  DISAGREE    {h.text!r}: found {h.category}/in_quote={h.in_quote},"
                        f" key {g.category}/in_quote={g.in_quote}"
                    )
                if g.speaker_given and not same_voice(h, g):
                    found_voice = "the writer" if h.by_writer else (h.speaker or "an unnamed speaker")
                    errors.append(
                        f"  WHOSE       {h.text!r}: found {found_voice}, key {g.speaker or 'the writer'}"
                    )
    header = (
        f"  {'article':<34} {'gold':>4} {'found':>5} {'P':>6} {'R':>6} {'F1':>6}   category   in_quote"
        "   speaker"
    )
    targets = {"seed": 0.90, "practice": 0.85}
    for group, rows in groups.items():
        if not rows:
            continue
        print(f"\n{group} ({len(rows)} articles)")
        print(header)
        for name, score, category, quote, speaker in rows:
            print(line(name, score, category, quote, speaker))
        practice = [r for r in rows if not r[0].startswith("000_")]
        if practice:
            summed = total(r[1] for r in practice)
            speakers = (sum(r[4][0] for r in practice), sum(r[4][1] for r in practice))
            print(
                line(
                    "practice, all",
                    summed,
                    sum(r[2] for r in practice),
                    sum(r[3] for r in practice),
                    speakers,
                )
                + f"   (target F1 >= {targets['practice']:.2f})"
            )
        seed = [r for r in rows if r[0].startswith("000_")]
        if seed:
            print(f"  seed target: F1 >= {targets['seed']:.2f}")
    print(
        f"\nSpeed over {len(key_paths)} articles (medians): parse {parse_total * 1000:.1f} ms, "
        f"find_hedges {hedge_total * 1000:.2f} ms, ratio {hedge_total / parse_total:.1%} (budget <= 4%)"
    )
    if errors:
        print("\nErrors on the DEV articles:" + "\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
