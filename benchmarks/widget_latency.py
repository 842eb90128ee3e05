"""Server-side latency of the widgets' handlers. Prints figures; asserts nothing.

What a student waits for after an action, measured in the kernel (no browser):

- tag:       SourceTagger, choose a speaker and a kind (engine feedback on) and save to disk
- click:     HedgeHunter, a click on a token (mark or unmark) and save to disk
- click+rev: the same after "Reveal" (the comparison with the kit's hedges is redone)
- re-render: ArticleView, switch a layer on or off (the article HTML and legend rebuilt)

Each is timed over 200 events on the seed, and on a long article (the seed's
paragraphs repeated, about 10x the words). Widget messages are JSON-encoded as a
kernel would encode them, so serialising the state is part of the time.
Target: at most 50 ms per event.

Usage: ``python benchmarks/widget_latency.py [--events N] [--analysis PATH.json]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3f95dd3d0e0f8142.txt"
sys.path.insert(0, str(ROOT))

TARGET_MS = 50.0


def encode_messages_like_a_kernel() -> None:
    """Make widget comms JSON-encode what they send (the default comm outside a kernel drops it)."""
    import comm
    from comm.base_comm import BaseComm

    class JsonComm(BaseComm):
        def publish_msg(
            self, msg_type: str, data: Any = None, metadata: Any = None, buffers: Any = None, **keys: Any
        ) -> None:
            json.dumps({"msg_type": msg_type, "data": data, "metadata": metadata}, default=str)

    comm.create_comm = lambda *args, **kwargs: JsonComm(*args, **kwargs)


def measure(event: Callable[[int], None], events: int) -> tuple[float, float]:
    """Median and max milliseconds of ``event(i)`` for i in range(events)."""
    times = []
    for i in range(events):
        start = time.perf_counter()
        event(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def run(analysis: Any, events: int, label: str) -> None:
    from kit.answers import AnswerBook
    from kit.records import OUTLET_SPEAKER, OWN_VOICE
    from kit.widgets import ArticleView, HedgeHunter, SourceTagger

    folder = tempfile.mkdtemp(prefix="kit-latency-")
    book = AnswerBook("latency", folder=folder)
    found = (
        f"{len(analysis.sentences)} sentences, {analysis.word_count} words, {len(analysis.attributions)} "
        f"attributions, {len(analysis.hedges)} hedges, {len(analysis.loaded_words)} loaded words, "
        f"{len(analysis.speakers)} speakers"
    )
    print(f"\n{label}: {found}")

    tagger = SourceTagger(analysis, answers=book, feedback="engine", exercise="tags")
    people = [s for s in tagger.speakers if s != OUTLET_SPEAKER][:3] or [OUTLET_SPEAKER]
    choices = [(OUTLET_SPEAKER, OWN_VOICE)] + [(p, k) for p in people for k in ("direct", "indirect")]
    sentences = len(analysis.sentences)

    def tag(i: int) -> None:
        tagger.go(i % sentences)
        speaker, kind = choices[(i // sentences + i) % len(choices)]
        tagger.speaker.value = speaker
        if tagger.kind.value != kind:
            tagger.kind.value = kind

    hunter = HedgeHunter(analysis, answers=book, exercise="hedges")
    words = [i for i, t in enumerate(hunter.tokens) if t.is_word]
    step = max(len(words) // 37, 1)

    def click(i: int) -> None:
        hunter.text.click = {"index": words[(i * step) % len(words)], "shift": i % 5 == 4, "n": i}

    view = ArticleView(analysis, answers=book, exercise="view")
    layers = list(view.toggles)

    def rerender(i: int) -> None:
        toggle = view.toggles[layers[i % len(layers)]]
        toggle.value = not toggle.value

    rows = [("tag (choose + save)", tag), ("click (mark + save)", click)]
    results = [(name, *measure(fn, events)) for name, fn in rows]
    hunter.reveal()
    results.append(("click after reveal", *measure(lambda i: click(i + events), events)))
    results.append(("re-render (layer toggle)", *measure(rerender, events)))
    for name, median, worst in results:
        verdict = "ok" if worst <= TARGET_MS else ("median ok" if median <= TARGET_MS else "SLOW")
        figures = f"median {median:6.2f} ms   max {worst:6.2f} ms"
        print(f"  {name:<26} {figures}   [{verdict}, target ≤ {TARGET_MS:.0f} ms]")


def long_article_text(times: int = 10) -> str:
    from kit.article import load_article

    seed = load_article(SEED)
    paragraphs = [seed.text[p.start : p.end] for p in seed.paragraphs]
    return (seed.title or "Long article") + "\n\n" + "\n\n".join(paragraphs * times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--analysis", type=Path, help="an Analysis saved as JSON (default: analyse the seed)")
    args = parser.parse_args()

    import kit
    from kit.analysis import Analysis

    encode_messages_like_a_kernel()
    seed = Analysis.load(args.analysis) if args.analysis else kit.analyze(SEED)
    run(seed, args.events, "seed" if not args.analysis else args.analysis.name)
    run(kit.analyze(long_article_text()), args.events, "long article (seed x10)")


if __name__ == "__main__":
    main()
