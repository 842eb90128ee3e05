"""How long the charts take: import, build, export to PNG and SVG, and the one-off offline bundle.

Prints figures; asserts nothing. Each chart is built from the seed's analysis (or an
analysis loaded from ``--analysis FILE.json``, e.g. one saved with ``Analysis.save``) and
exported ``--repeat`` times; the first PNG of a process is reported apart (vl-convert
starts its JavaScript engine then).

Usage: ``python benchmarks/chart_speed.py [--repeat N] [--analysis FILE.json]``
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _common import SEED, median_time


def timed(function, repeat: int) -> float:
    """Median wall time of ``repeat`` calls, in milliseconds."""
    return 1000 * median_time(function, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--analysis", type=Path, help="an Analysis saved as JSON (default: analyse the seed)")
    args = parser.parse_args()

    import kit
    from kit import charts
    from kit.analysis import Analysis

    analysis = Analysis.load(args.analysis) if args.analysis else kit.analyze(SEED)
    start = time.perf_counter()
    import altair as alt

    print(f"import altair: {1000 * (time.perf_counter() - start):.0f} ms (once per kernel)")

    sentences = range(min(5, len(analysis.sentences)))
    tags = {str(i): {"speaker": "someone", "kind": "indirect"} for i in sentences}
    builders = {
        "speaking_time_vs_quotes": lambda: charts.speaking_time_vs_quotes(analysis),
        "hedges_by_paragraph": lambda: charts.hedges_by_paragraph(analysis),
        "source_mix": lambda: charts.source_mix(analysis),
        "tone_and_warmth": lambda: charts.tone_and_warmth(analysis),
        "tags_vs_key": lambda: charts.tags_vs_key(tags, tags, analysis=analysis),
    }
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        first = next(iter(builders.values()))()
        start = time.perf_counter()
        charts.save(first, out / "first.png")
        print(f"first PNG export: {1000 * (time.perf_counter() - start):.0f} ms (vl-convert warming up)")
        print(f"\n{'chart':<26}{'build':>9}{'to_dict':>9}{'PNG':>9}{'SVG':>9}  (median ms of {args.repeat})")
        for name, build in builders.items():
            chart = build()
            empty = "Nothing to show yet" in str(chart.to_dict())
            print(
                f"{name:<26}{timed(build, args.repeat):>9.1f}{timed(chart.to_dict, args.repeat):>9.1f}"
                f"{timed(lambda c=chart: charts.save(c, out / 'c.png'), args.repeat):>9.1f}"
                f"{timed(lambda c=chart: charts.save(c, out / 'c.svg'), args.repeat):>9.1f}"
                + ("  (nothing found: message only)" if empty else "")
            )

    start = time.perf_counter()
    alt.JupyterChart.enable_offline()
    bundle = len(alt.JupyterChart._esm.encode("utf-8"))
    print(
        f"\noffline JavaScript bundle: {1000 * (time.perf_counter() - start):.0f} ms once per kernel, "
        f"{bundle / 1e6:.2f} MB sent to the browser with each displayed chart (not saved in the notebook)"
    )


if __name__ == "__main__":
    main()
