"""How much the kit costs on top of bare spaCy. Prints figures; asserts nothing.

1. Warm analysis: ``kit.analyze`` on the seed, and ``analyze_many`` on a 200-article corpus
   (the seed and the practice articles repeated), against bare ``nlp.pipe`` on the same cleaned
   texts with the same model, in alternating pairs (the median of the pairs' ratios). Target: at
   most 1.25x.
2. Cold start, each in a fresh interpreter: ``import kit`` + model load + first analysis of the
   seed, against bare ``import spacy; spacy.load(model)``. Target: at most 1.5x.

Times are CPU seconds (of this process for 1, of the child interpreters for 2), so that the load
of a shared machine barely moves them; ``--wall`` times by the clock instead.

Usage: ``python benchmarks/speed.py [--repeat N] [--no-cold] [--wall]``
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from _common import ROOT, SEED, corpus_paths

CLOCK: Callable[[], float] = time.process_time


def timed(function: Callable[[], object], repeat: int) -> float:
    """Median time of ``repeat`` calls, in seconds of ``CLOCK``."""
    times = []
    for _ in range(repeat):
        start = CLOCK()
        function()
        times.append(CLOCK() - start)
    return statistics.median(times)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def warm(repeat: int) -> None:
    import spacy

    import kit
    from kit.analysis import analyze_many
    from kit.article import load_article
    from kit.pipeline import load_pipeline, pipeline_info

    nlp = load_pipeline()
    bare = spacy.load(pipeline_info(nlp).name)  # the same model, without the kit's additions
    seed = load_article(SEED)
    paths = corpus_paths()
    articles = [load_article(paths[i % len(paths)]) for i in range(200)]
    texts = [a.text for a in articles]
    words = sum(a.word_count for a in articles)

    kit.analyze(seed)  # warm both
    list(bare.pipe([seed.text]))

    t_bare = timed(lambda: list(bare.pipe([seed.text])), repeat)
    t_kit = timed(lambda: kit.analyze(seed), repeat)
    print(f"Seed ({seed.word_count} words), median of {repeat}:")
    print(f"  bare nlp.pipe   {t_bare * 1000:8.1f} ms")
    print(f"  kit.analyze     {t_kit * 1000:8.1f} ms   ratio {t_kit / t_bare:.2f}x  (target <= 1.25x)")

    # bare and kit runs alternate, and the ratio is taken within each pair: a shared machine's load
    # drifts over minutes and would otherwise favour whichever side ran in a quieter spell
    def pair() -> tuple[float, float]:
        t_bare = timed(lambda: list(bare.pipe(texts, batch_size=64)), 1)
        return t_bare, timed(lambda: list(analyze_many(articles)), 1)

    pairs = [pair() for _ in range(max(3, repeat // 3))]
    ratios = sorted(k / b for b, k in pairs)
    t_bare = statistics.median(b for b, _ in pairs)
    t_kit = statistics.median(k for _, k in pairs)
    print(f"Corpus of 200 articles ({len(paths)} distinct, {words} words), {len(pairs)} alternating pairs:")
    print(f"  bare nlp.pipe   {t_bare:8.2f} s   ({words / t_bare:,.0f} words/s, median)")
    print(f"  analyze_many    {t_kit:8.2f} s   (median)")
    spread = ", ".join(f"{r:.2f}" for r in ratios)
    median = statistics.median(ratios)
    print(f"  ratio           {median:.2f}x median of the pairs ({spread})  (target <= 1.25x)")


COLD_BARE = "import spacy; spacy.load({model!r})"
COLD_KIT = "import kit; kit.analyze({seed!r})"


def cold(repeat: int) -> None:
    import spacy.util

    from kit.pipeline import MODEL_CHAIN

    model = next((m for m in MODEL_CHAIN if spacy.util.is_package(m)), MODEL_CHAIN[-1])

    def run(code: str) -> float:
        start = time.perf_counter() if CLOCK is time.perf_counter else _children_cpu()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)
        return (time.perf_counter() if CLOCK is time.perf_counter else _children_cpu()) - start

    bare = statistics.median(run(COLD_BARE.format(model=model)) for _ in range(repeat))
    full = statistics.median(run(COLD_KIT.format(seed=str(SEED))) for _ in range(repeat))
    print(f"Cold start in a fresh interpreter, median of {repeat}:")
    print(f"  python -c 'import spacy; spacy.load(...)'     {bare:6.2f} s")
    ratio = full / bare
    label = "python -c 'import kit; kit.analyze(seed)'"
    print(f"  {label}     {full:6.2f} s   ratio {ratio:.2f}x  (target <= 1.5x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--no-cold", action="store_true", help="skip the cold starts")
    parser.add_argument("--wall", action="store_true", help="time by the clock, not CPU time")
    args = parser.parse_args()
    global CLOCK
    CLOCK = time.perf_counter if args.wall else time.process_time
    print(f"Times: {'wall-clock' if args.wall else 'CPU'} seconds.")
    warm(args.repeat)
    if not args.no_cold:
        cold(max(3, args.repeat // 2))


if __name__ == "__main__":
    main()
