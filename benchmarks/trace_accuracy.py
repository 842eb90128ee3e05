"""trace_quote and compare_coverage against the hand-made trace key of the coverage set. Prints figures.

For each event in ``seeds/keys/coverage/*.json`` (the trace key: every quotation and paraphrase of the
leaders in each outlet, the original words, and what changed), each outlet's article is traced to the
event's original with :func:`kit.trace_quote` and compared with the key:

* quotations: the key's quotations the tracing finds in the original at the key's place (recall), and the
  traces found in the original that are not in the key (extra: the engine credits a statement that the key
  does not list, or traces a sentence to the original that does not come from it);
* findings, by type: a key ``trimmed`` finding is found when the left-out words overlap; ``ellipsis``,
  ``bracket`` and ``changed`` when a change of that type has the key's original words; ``dropped_hedge``
  when a dropped hedge's words are inside the key's; ``kept_hedge`` when the hedge is not reported dropped.
  Findings the tracing reports that the key does not have are counted as extra;
* compare_coverage: the outlet it finds relying most on unnamed sources, against the keys' attributions.

Also the time of a tracing (the analyses made beforehand), median of ``--repeat`` runs.

Usage: ``python benchmarks/trace_accuracy.py [--repeat N] [--list]`` (``--list`` prints every finding).
"""

from __future__ import annotations

import argparse
import statistics
import time

from _common import KEYS

from kit.words import WORD, normalise


def _words(text: str) -> set[str]:
    return {normalise(w) for w in WORD.findall(text)}


def main() -> None:
    import kit
    from kit.keys import load_key, load_trace_key

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--list", action="store_true")
    options = parser.parse_args()
    for path in sorted((KEYS / "coverage").glob("*.json")):
        key = load_trace_key(path)
        original = kit.analyze(key.original)
        analyses = {name: kit.analyze(article) for name, article in key.outlets.items()}
        traced = {name: kit.trace_quote(a, original) for name, a in analyses.items()}
        found_q = extra_q = 0
        hits: dict[str, list[int]] = {}
        extra: dict[str, int] = {}
        used: set[tuple[str, int]] = set()
        for q in key.quotations:
            traces = [
                (n, t) for n, t in enumerate(traced[q.outlet].traces) if t.start < q.end and q.start < t.end
            ]
            trace = traces[0][1] if traces else None
            ok = bool(
                trace
                and trace.found
                and trace.original_start < q.original_end
                and q.original_start < trace.original_end
            )
            found_q += ok
            if traces:
                used.add((q.outlet, traces[0][0]))
            for f in q.findings:
                got = False
                if trace is not None and trace.found:
                    if f.type == "trimmed":
                        got = bool(
                            _words(f"{trace.trimmed_before} {trace.trimmed_after}") & _words(f.original)
                        )
                    elif f.type in {"ellipsis", "bracket", "changed"}:
                        got = any(
                            c.kind == f.type and _words(c.original) & _words(f.original)
                            for c in trace.changes
                        )
                    elif f.type == "dropped_hedge":
                        got = any(_words(h.text) <= _words(f.original) for h in trace.hedges_dropped)
                    elif f.type == "kept_hedge":
                        got = not any(_words(h.text) <= _words(f.original) for h in trace.hedges_dropped)
                hits.setdefault(f.type, [0, 0])
                hits[f.type][0] += got
                hits[f.type][1] += 1
                if options.list:
                    print(f"  {q.outlet} {f.type:<13} {'found ' if got else 'MISSED'} {f.original!r}")
            if trace is not None and trace.found:
                keyed = {f.type for f in q.findings}
                if (trace.trimmed_before or trace.trimmed_after) and "trimmed" not in keyed:
                    extra["trimmed"] = extra.get("trimmed", 0) + 1
                for c in trace.changes:
                    kind = c.kind if c.kind in {"ellipsis", "bracket"} else "changed"
                    if kind not in keyed:
                        extra[kind] = extra.get(kind, 0) + 1
                for h in trace.hedges_dropped:
                    if not any(
                        f.type == "dropped_hedge" and _words(h.text) <= _words(f.original) for f in q.findings
                    ):
                        extra["dropped_hedge"] = extra.get("dropped_hedge", 0) + 1
        for name, tracing in traced.items():
            extra_q += sum(1 for n, t in enumerate(tracing.traces) if t.found and (name, n) not in used)
        print(f"{key.event} ({path.name}): {len(key.quotations)} quotations in {len(key.outlets)} outlets")
        print(
            f"  quotations found at the key's place: {found_q}/{len(key.quotations)}; extra traces: {extra_q}"
        )
        for kind, (got, total) in sorted(hits.items()):
            print(f"  {kind:<14} found {got}/{total}   extra {extra.get(kind, 0)}")
        comparison = kit.compare_coverage(list(analyses.values()))
        shares = {}
        for name, key_path in key.outlet_keys.items():
            attributions = load_key(key_path).attributions
            shares[key.outlet_names[name]] = sum(
                a.source_type in {"anonymous", "vague"} for a in attributions
            ) / len(attributions)
        print(
            f"  relies most on unnamed sources: kit {comparison.most('unnamed_share').outlet!r}, "
            f"key {max(shares, key=shares.get)!r} (key shares: "
            + ", ".join(f"{k} {v:.0%}" for k, v in shares.items())
            + "; kit: "
            + ", ".join(f"{o.outlet} {o.unnamed_share:.0%}" for o in comparison.outlets)
            + ")"
        )
        times = []
        for _ in range(options.repeat):
            started = time.perf_counter()
            for a in analyses.values():
                kit.trace_quote(a, original)
            times.append(time.perf_counter() - started)
        print(
            f"  tracing {len(analyses)} analysed articles: {1000 * statistics.median(times):.0f} ms (median)"
        )


if __name__ == "__main__":
    main()
