"""The article loader on saved web pages: the article-extraction benchmark's F1. Prints figures.

Usage: ``python benchmarks/extraction.py BENCHMARK_ROOT [--errors N] [--trafilatura]``.

BENCHMARK_ROOT is a copy of ``scrapinghub/article-extraction-benchmark`` (MIT licence; 181 saved
news and blog pages in ``html/*.html.gz``, their hand-checked article bodies in
``ground-truth.json``, and the benchmark's own ``evaluate.py``). Nothing of it is copied into this
repository: the script reads it where it is.

Each page is written, as the bytes it was saved with, to ``<id>.html`` in a temporary folder and
read with ``kit.load_article(path, check_language=False)`` (a few pages are not in English; the
loader's text is what counts here, not the language check). The prediction is ``article.text``,
the body the analysis reads: no title, no dateline, no boilerplate. A page the loader refuses
with a ``KitError`` counts as an empty prediction.

The metric is the benchmark's own, imported from ``BENCHMARK_ROOT/evaluate.py`` (not reimplemented):
``string_shingle_matching`` (token 4-gram shingles, each page's counts normalised so long pages
weigh no more than short ones) and ``metrics_from_tp_fp_fns`` (precision and recall averaged over
pages, F1 from the two averages), the numbers its README table reports, without the bootstrap.
The time per page is the wall time of ``load_article`` alone (the first call, which imports the
readers, is timed separately). ``--trafilatura`` also prints bare ``trafilatura.extract(html)``
on the same pages, for reference. When BENCHMARK_ROOT does not exist the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kit.article import load_article  # noqa: E402
from kit.errors import KitError  # noqa: E402


def _benchmark_module(root: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("aeb_evaluate", root / "evaluate.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"{root / 'evaluate.py'} cannot be imported")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pages(root: Path) -> dict[str, bytes]:
    return {
        path.name.split(".")[0]: gzip.decompress(path.read_bytes())
        for path in sorted((root / "html").glob("*.html.gz"))
    }


def _kit_predictions(pages: dict[str, bytes]) -> tuple[dict[str, str], list[float], float, Counter]:
    predictions: dict[str, str] = {}
    times: list[float] = []
    refused: Counter = Counter()
    first = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for n, (key, data) in enumerate(pages.items()):
            path = Path(folder) / f"{key}.html"
            path.write_bytes(data)
            start = time.perf_counter()
            try:
                text = load_article(path, check_language=False).text
            except KitError as error:
                text = ""
                refused[type(error).__name__] += 1
            elapsed = time.perf_counter() - start
            if n == 0:
                first = elapsed
            else:
                times.append(elapsed)
            predictions[key] = text
    return predictions, times, first, refused


def _trafilatura_predictions(pages: dict[str, bytes]) -> tuple[dict[str, str], list[float]]:
    import trafilatura

    predictions: dict[str, str] = {}
    times = []
    for key, data in pages.items():
        html = data.decode("utf-8")
        start = time.perf_counter()
        predictions[key] = trafilatura.extract(html) or ""
        times.append(time.perf_counter() - start)
    return predictions, times


def _score(evaluate: ModuleType, truth: dict[str, dict], predictions: dict[str, str]) -> tuple[dict, list]:
    per_page = [
        evaluate.string_shingle_matching(true=truth[key].get("articleBody", ""), pred=predictions[key])
        for key in truth
    ]
    return evaluate.metrics_from_tp_fp_fns(per_page), per_page


def _line(name: str, metrics: dict, times: list[float]) -> str:
    return (
        f"{name:<26} F1 {metrics['f1']:.3f}   P {metrics['precision']:.3f}   R {metrics['recall']:.3f}   "
        f"{statistics.mean(times) * 1000:6.1f} ms/page (median {statistics.median(times) * 1000:.1f})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="a copy of scrapinghub/article-extraction-benchmark")
    parser.add_argument("--errors", type=int, default=0, help="show the N pages with the lowest F1")
    parser.add_argument("--trafilatura", action="store_true", help="also score bare trafilatura.extract")
    args = parser.parse_args(argv)
    if not (args.root / "ground-truth.json").is_file() or not (args.root / "evaluate.py").is_file():
        print(f"{args.root}: not a copy of article-extraction-benchmark (no ground-truth.json/evaluate.py)")
        return 0
    evaluate = _benchmark_module(args.root)
    truth = json.loads((args.root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = _pages(args.root)
    if pages.keys() != truth.keys():
        raise SystemExit("the pages in html/ do not match ground-truth.json")
    predictions, times, first, refused = _kit_predictions(pages)
    metrics, per_page = _score(evaluate, truth, predictions)
    print(f"{len(pages)} pages; metric: the benchmark's evaluate.py (token 4-gram shingles)")
    print(_line("kit.load_article", metrics, times))
    print(f"{'':<26} first page (imports the readers): {first * 1000:.0f} ms")
    if refused:
        print(f"{'':<26} refused: " + ", ".join(f"{n} {name}" for name, n in refused.most_common()))
    if args.trafilatura:
        bare, bare_times = _trafilatura_predictions(pages)
        print(_line("trafilatura.extract", _score(evaluate, truth, bare)[0], bare_times))
    if args.errors:
        def f1(counts: tuple[float, float, float]) -> float:
            tp, fp, fn = counts
            return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

        worst = sorted(zip(truth, per_page, strict=True), key=lambda item: f1(item[1]))[: args.errors]
        for key, counts in worst:
            tp, fp, fn = counts
            url = truth[key]["url"]
            print(f"  {key[:12]}  F1 {f1(counts):.2f}  tp {tp:.2f} fp {fp:.2f} fn {fn:.2f}  {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
