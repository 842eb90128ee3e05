"""Speed and loaded-word accuracy of ``kit.tone``. Prints figures; asserts nothing.

Speed: the time of ``find_loaded_words`` + ``profile_speakers`` on the seed and
the practice articles (already parsed, with their ``SourceFindings`` computed
beforehand) against the time of parsing them (``kit.pipeline.parse_many``), as
a ratio. Target: at most 0.05 (the hedges, loaded words and tone together add
at most 10 % to parsing; this module's share is 5 %). Warm figures are medians
of ``--repeat`` runs; the one-off cost of building VADER's analyser on first use
is printed separately.

Accuracy: for every key in ``seeds/keys``, the key's ``loaded_words`` against
``find_loaded_words`` (run with the attribution engine's attributions). A found
word is a **hit** when its span overlaps a key entry's span, one-to-one
(``kit.keys.match_spans``). The keys also list the outlet's evaluative
characterisations of delivery ("effusive", "restrained") among loaded words
(seeds/practice/README.md). The dev set and the hold-out set (``_common.HOLDOUT``)
are reported separately.

Usage: ``python benchmarks/tone_speed.py [--repeat N] [--show]``
(``--show`` lists misses and false alarms per dev article; never for the hold-out).
"""

from __future__ import annotations

import argparse
import statistics
import time

from _common import KEYS, is_holdout, median_time
from _common import corpus_paths as article_paths


def speed(repeat: int) -> None:
    from kit import tone
    from kit.article import load_article
    from kit.pipeline import load_pipeline, parse_many
    from kit.sources import find_sources
    from kit.tone.sentiment import analyzer

    nlp = load_pipeline()
    articles = [load_article(p) for p in article_paths()]
    words = sum(a.word_count for a in articles)

    start = time.perf_counter()
    analyzer()
    vader_build = time.perf_counter() - start

    parsed = list(parse_many(articles, nlp=nlp))  # warm the model
    findings = [find_sources(p) for p in parsed]

    def run_tone() -> None:
        for p, f in zip(parsed, findings, strict=True):
            tone.find_loaded_words(p, attributions=f.attributions)
            tone.profile_speakers(p, f)

    run_tone()  # load the data files once
    # Parse and tone runs alternate, so both see the same load on a shared machine.
    parse_times, tone_times = [], []
    for _ in range(repeat):
        parse_times.append(median_time(lambda: list(parse_many(articles, nlp=nlp)), 1))
        tone_times.append(median_time(run_tone, 3))
    ratios = [t / p for t, p in zip(tone_times, parse_times, strict=True)]
    parse_time, tone_time = statistics.median(parse_times), statistics.median(tone_times)
    print(f"Speed over {len(articles)} articles ({words} words), median of {repeat} runs:")
    print(f"  parse (kit.pipeline.parse_many):            {parse_time * 1000:8.1f} ms")
    print(f"  find_loaded_words + profile_speakers:       {tone_time * 1000:8.1f} ms")
    print(
        f"  ratio tone / parse:                         {statistics.median(ratios):8.3f}"
        f"  (target <= 0.05; range {min(ratios):.3f}–{max(ratios):.3f})"
    )
    print(f"  one-off: building VADER's analyser:         {vader_build * 1000:8.1f} ms (first call only)")


def accuracy(show: bool) -> None:
    from kit import tone
    from kit.keys import Score, load_key, match_spans, total
    from kit.pipeline import parse
    from kit.sources import find_sources

    sets: dict[str, list[Score]] = {"dev": [], "hold-out": []}
    print("\nLoaded words against the hand-made keys (overlap, one-to-one):")
    print(f"  {'article':<34} {'found':>5} {'gold':>4} {'hits':>4} {'P':>5} {'R':>5}")
    for path in sorted(KEYS.glob("*.json")):
        key = load_key(path)
        parsed = parse(key.article)
        found = tone.find_loaded_words(parsed, attributions=find_sources(parsed).attributions)
        score = match_spans(
            found,
            key.loaded_words,
            span_of_found=lambda w: (w.start, w.end),
            span_of_gold=lambda g: (g.start, g.end),
        )
        holdout = is_holdout(path)
        sets["hold-out" if holdout else "dev"].append(score)
        label = path.stem + (" (hold-out)" if holdout else "")
        print(
            f"  {label:<34} {score.found:>5} {score.gold:>4} {score.hits:>4} "
            f"{score.precision:>5.2f} {score.recall:>5.2f}"
        )
        if show and not holdout:
            hit_found = {i for i, _ in score.matches}
            hit_gold = {j for _, j in score.matches}
            for i, w in enumerate(found):
                if i not in hit_found:
                    print(f"      false alarm: {w.text!r}")
            for j, g in enumerate(key.loaded_words):
                if j not in hit_gold:
                    print(f"      missed:      {g.text!r}")
    for name, scores in sets.items():
        if scores:
            s = total(scores)
            print(
                f"  {name:<10} found {s.found}, gold {s.gold}, hits {s.hits}: "
                f"precision {s.precision:.2f}, recall {s.recall:.2f}, F1 {s.f1:.2f}"
            )


def _norm(text: str | None) -> str:
    return " ".join((text or "").replace("’", "'").casefold().split())


def reported_lengths() -> None:
    """The keys' ``reported_length`` of each speaker against the profiles (engine + tone)."""
    from kit import tone
    from kit.keys import load_key
    from kit.pipeline import parse
    from kit.sources import find_sources

    print("\nReported lengths (key speakers with a stated length; a hit shares the key's words):")
    counts = {"dev": [0, 0], "hold-out": [0, 0]}
    for path in sorted(KEYS.glob("*.json")):
        key = load_key(path)
        gold = {_norm(s["name"]): s["reported_length"] for s in key.speakers if s.get("reported_length")}
        if not gold:
            continue
        parsed = parse(key.article)
        profiles = {_norm(s.name): s for s in tone.profile_speakers(parsed, find_sources(parsed))}
        by_surname = {n.split()[-1]: s for n, s in profiles.items() if n}
        which = "hold-out" if is_holdout(path) else "dev"
        for name, stated in gold.items():  # the same name, else the same surname
            found = profiles.get(name) or by_surname.get(name.split()[-1] if name else "")
            text = _norm(found.reported_length if found else None)
            hit = bool(text) and (text in _norm(stated) or _norm(stated) in text)
            counts[which][0] += hit
            counts[which][1] += 1
            if which == "dev":
                ratio = found.reported_length_ratio if found else None
                print(f"  {path.stem[:20]:<20} {name:<24} key {stated!r:<45} found {text!r} ratio {ratio}")
    for which, (hits, total_) in counts.items():
        if total_:
            print(f"  {which:<10} {hits} of {total_} stated lengths found")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--show", action="store_true", help="list misses and false alarms (dev only)")
    args = parser.parse_args(argv)
    speed(args.repeat)
    accuracy(args.show)
    reported_lengths()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
