"""Hedge accuracy against the hand-made keys, and what hedge detection costs. Prints figures.

For the seed and every practice article with a key (``seeds/keys/*.json``), the
hedges found by :func:`kit.hedges.find_hedges` are matched one-to-one to the
key's hedges by overlapping span (:func:`kit.keys.match_spans`). Printed per
article and in total, separately for DEV (the seed and the practice articles tuned on)
and HOLD-OUT (``_common.HOLDOUT``, never used to develop the rules):

* precision, recall and F1 of the spans (targets: F1 >= 0.90 on the seed,
  >= 0.85 on the practice articles);
* category agreement: the share of matched hedges whose category is the key's;
* ``in_quote`` agreement on the matched hedges.

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
from kit.keys import AnswerKey, Score, load_key, match_spans, total
from kit.pipeline import load_pipeline, parse


def score_article(key: AnswerKey, hedges) -> tuple[Score, int, int]:
    score = match_spans(
        hedges,
        key.hedges,
        span_of_found=lambda h: (h.start, h.end),
        span_of_gold=lambda g: (g.start, g.end),
    )
    same_category = sum(hedges[i].category == key.hedges[j].category for i, j in score.matches)
    same_quote = sum(hedges[i].in_quote == key.hedges[j].in_quote for i, j in score.matches)
    return score, same_category, same_quote


def line(name: str, score: Score, category: int, quote: int) -> str:
    matched = len(score.matches) if score.matches else score.hits
    agree = f"{category / matched:6.0%}" if matched else "     –"
    agree_q = f"{quote / matched:6.0%}" if matched else "     –"
    return (
        f"  {name:<34} {score.gold:4d} {score.found:5d} {score.precision:6.2f} {score.recall:6.2f}"
        f" {score.f1:6.2f}   {agree}   {agree_q}"
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
    groups: dict[str, list[tuple[str, Score, int, int]]] = {"DEV": [], "HOLD-OUT": []}
    parse_total = hedge_total = 0.0
    errors: list[str] = []
    for key_path in key_paths:
        key = load_key(key_path)
        parsed = parse(key.article, nlp=nlp)
        hedges = find_hedges(parsed)
        score, category, quote = score_article(key, hedges)
        group = "HOLD-OUT" if is_hold_out(key_path) else "DEV"
        groups[group].append((key_path.stem, score, category, quote))
        parse_total += timed(lambda a=key.article: parse(a, nlp=nlp), args.repeat)
        hedge_total += timed(lambda p=parsed: find_hedges(p), args.repeat * 4)
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
    header = f"  {'article':<34} {'gold':>4} {'found':>5} {'P':>6} {'R':>6} {'F1':>6}   category   in_quote"
    targets = {"seed": 0.90, "practice": 0.85}
    for group, rows in groups.items():
        if not rows:
            continue
        print(f"\n{group} ({len(rows)} articles)")
        print(header)
        for name, score, category, quote in rows:
            print(line(name, score, category, quote))
        practice = [r for r in rows if not r[0].startswith("000_")]
        if practice:
            summed = total(r[1] for r in practice)
            print(
                line("practice, all", summed, sum(r[2] for r in practice), sum(r[3] for r in practice))
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
