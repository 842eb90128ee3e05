"""The readable report printed by ``python -m kit analyze`` and ``print(analysis)``.

All presentation of an :class:`~kit.analysis.Analysis` as text lives here, one
section per question: who said what (:func:`sources_lines`), how sure the writer
is (:func:`hedges_lines`), and the framing: loaded words and speaker profiles
(:func:`tone_lines`). The detectors only find things; this module is the one
place that knows every detector's findings, and it reads them from the record.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .hedges import category_label, count_hedges
from .records import HEDGE_CATEGORIES

if TYPE_CHECKING:
    from .analysis import Analysis
    from .records import Hedge, Speaker, Tone

__all__ = ["format_summary", "hedges_lines", "shorten", "sources_lines", "tone_lines"]

WIDTH = 88


def shorten(text: str, width: int = 70) -> str:
    """One line of at most ``width`` characters."""
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" …")


def format_summary(analysis: Analysis) -> str:
    """The whole report: the article's facts, then who said what, hedges, loaded words and speakers."""
    title = analysis.title or "(untitled article)"
    facts = [
        f"Outlet: {analysis.outlet or 'unknown'}",
        f"Date: {analysis.date or 'unknown'}",
        f"{analysis.word_count} words, {len(analysis.paragraphs)} paragraphs, "
        f"{len(analysis.sentences)} sentences",
    ]
    lines = [title, "=" * min(len(title), WIDTH), " · ".join(facts)]
    if analysis.source:
        lines.append(f"File: {analysis.source}   Model: {analysis.model}")
    for warning in analysis.warnings:
        lines.append(f"WARNING: {warning}")
    if analysis.boilerplate:
        lines += ["", f"Removed as web boilerplate ({len(analysis.boilerplate)}):"]
        lines += [f"  - {shorten(b)}" for b in analysis.boilerplate]
    for section in (sources_lines, hedges_lines, tone_lines):
        block = section(analysis)
        if block:
            lines += ["", *block]
    return "\n".join(lines) + "\n"


# --- who said what ---------------------------------------------------------------------------


def sources_lines(analysis: Analysis) -> list[str]:
    """The "who said what" section: attributions, non-statements, quoted terms, unsourced claims.

    >>> from kit.analysis import analyze
    >>> lines = sources_lines(analyze("Talks\\n\\n“We are ready,” said Jane Smith."))
    >>> lines[1]
    '  1. Jane Smith (named_person) · direct · "said": “We are ready,”'
    """
    text = analysis.text
    lines = [f"Who said what ({len(analysis.attributions)} attributions):"]
    if not analysis.attributions:
        lines.append("  (no attributed statements found)")
    for n, a in enumerate(analysis.attributions, 1):
        content = shorten(text[a.content_start : a.content_end], 60)
        shown = f"“{content}”" if a.kind == "direct" else content
        cue = f'"{a.cue}"' if a.cue else "no cue"  # a quotation after a sentence about its speaker
        lines.append(f"  {n}. {a.speaker} ({a.source_type}) · {a.kind} · {cue}: {shown}")
    if analysis.non_statements:
        lines += ["", "Said nothing (refused or absent statements):"]
        for s in analysis.non_statements:
            what = (
                f": {shorten(text[s.content_start : s.content_end], 50)}"
                if s.content_start is not None
                else ""
            )
            lines.append(f'  - {s.speaker} · "{s.cue}"{what}')
    if analysis.quoted_terms:
        lines += ["", "Quoted terms (scare quotes and labels):"]
        for t in analysis.quoted_terms:
            owner = f"{t.owner}'s term" if t.owner else "whose term? the text does not say"
            lines.append(f"  - “{shorten(t.text, 50)}” ({owner})")
    if analysis.unattributed:
        lines += ["", "Claims with no source (the outlet's own voice: says who?):"]
        for c in analysis.unattributed:
            lines.append(f"  - {shorten(c.text, 80)}")
    if analysis.speakers:
        lines += [
            "",
            "Sources: "
            + "; ".join(f"{s.name} ({s.source_type}, {len(s.attributions)})" for s in analysis.speakers),
        ]
    return lines


# --- how sure the writer is ------------------------------------------------------------------


def _context(analysis: Analysis, hedge: Hedge, width: int = 34) -> str:
    """The hedge's words in a short window of its sentence, the words in «»."""
    text = analysis.text
    if 0 <= hedge.sentence < len(analysis.sentences):
        sentence = analysis.sentences[hedge.sentence]
        low, high = sentence.start, sentence.end
    else:
        low, high = 0, len(text)
    left = " ".join(text[max(low, hedge.start - width) : hedge.start].split())
    right = " ".join(text[hedge.end : min(high, hedge.end + width)].split())
    if hedge.start - width > low:
        left = "…" + left.split(" ", 1)[-1] if " " in left else "…" + left
    if hedge.end + width < high:
        right = (right.rsplit(" ", 1)[0] if " " in right else right) + "…"
    words = " ".join(hedge.text.split())
    gap = "" if right[:1] in (",", ".", ";", ":", "!", "?", ")", "”", "’", '"') else " "
    return f"{left} «{words}»{gap}{right}".strip()


def _whose(hedge: Hedge) -> str:
    """Who hedges, as the report tags it: the outlet, or a source the article quotes or reports."""
    if hedge.by_writer:
        return "outlet, inside quote marks" if hedge.in_quote else "outlet"
    return f"{hedge.speaker or 'a speaker'}, {'quoted' if hedge.in_quote else 'reported'}"


def hedges_lines(analysis: Analysis) -> list[str]:
    """The hedges section: counts by category and voice, each hedge in its context, per paragraph.

    A hedge in reported speech, quoted or not, is the reported source's (GUIDELINES §3): it is
    tagged with the source's name and "quoted" or "reported". Every other hedge is the outlet's,
    and so is every distancing or vague-source hedge, wherever it stands.

    >>> from kit import analyze
    >>> result = analyze("T\\n\\nTalks have so far stalled. Prices could rise, Ed Li said.")
    >>> print("\\n".join(hedges_lines(result)))
    Hedges: 2 (18.2 per 100 words) — 1 by the outlet, 1 by the sources it quotes or reports
      possibility (1: sources 1)
        - “could” [Ed Li, reported]  Prices «could» rise, Ed Li said.
      limitation (1: outlet 1)
        - “so far” [outlet]  Talks have «so far» stalled.
      Per paragraph: ¶1 2
    """
    hedges = analysis.hedges
    counts = count_hedges(analysis)
    if not hedges:
        return ["Hedges: none found (no word that softens or distances the claims)."]
    quoted = f"; {counts['in_quotes']} inside quote marks" if counts["in_quotes"] else ""
    lines = [
        f"Hedges: {counts['total']} ({counts['per_100_words']:.1f} per 100 words) — "
        f"{counts['outlet']} by the outlet, {counts['sources']} by the sources it quotes or reports{quoted}"
    ]
    for category in HEDGE_CATEGORIES:
        found = [h for h in hedges if h.category == category]
        if not found:
            continue
        outlet = counts["by_category_outlet"][category]
        sources = counts["by_category_sources"][category]
        voices = ", ".join(
            part for part, n in ((f"outlet {outlet}", outlet), (f"sources {sources}", sources)) if n
        )
        lines.append(f"  {category_label(category)} ({len(found)}: {voices})")
        for hedge in found:
            words = " ".join(hedge.text.split())
            lines.append(f"    - “{words}” [{_whose(hedge)}]  {_context(analysis, hedge)}")
    per_paragraph = " · ".join(f"¶{i + 1} {n}" for i, n in enumerate(counts["by_paragraph"]) if n)
    lines.append(f"  Per paragraph: {per_paragraph}")
    return lines


# --- the framing: loaded words and speaker profiles --------------------------------------------


def _top_words(tone: Tone | None, n: int = 4) -> str:
    if tone is None or not tone.words:
        return "no sentiment words"
    ranked = sorted(tone.words, key=lambda w: -abs(w.score))[:n]
    return ", ".join(f"{w.text} {w.score:+.1f}" for w in ranked)


def _cell(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _comparison_lines(speakers: Sequence[Speaker]) -> list[str]:
    """Speaking time against words quoted, relative to the reference speaker (GUIDELINES §5)."""
    reference = next((s for s in speakers if s.reported_length_ratio == 1.0), None)
    if reference is None or not reference.quoted_words:
        return []
    out = []
    for s in speakers:
        if s is reference or s.reported_length_ratio is None:
            continue
        out.append(
            f"  Compare: {s.name} spoke {s.reported_length_ratio:.2f} × as long as {reference.name} "
            f"(as reported) and is quoted {s.quoted_words / reference.quoted_words:.2f} × as many words."
        )
    return out


def tone_lines(analysis: Analysis) -> list[str]:
    """The loaded words and speaker profile sections.

    >>> import kit
    >>> print("\\n".join(tone_lines(kit.analyze("Vote\\n\\nThe mob cheered."))))
    Loaded words in the outlet's own voice (1):
      - “mob” (paragraph 1) → try “crowd”: implies a violent, irrational crowd
    """
    lines: list[str] = []
    if analysis.loaded_words:
        lines.append(f"Loaded words in the outlet's own voice ({len(analysis.loaded_words)}):")
        for word in analysis.loaded_words:
            lines.append(
                f"  - “{word.text}” (paragraph {word.paragraph + 1}) → try “{word.alternative}”: "
                f"{word.explanation}"
            )
    else:
        lines.append("Loaded words in the outlet's own voice: none found.")
    speakers = [s for s in analysis.speakers if s.statements or s.framing or s.reported_length]
    if not speakers:
        return lines
    lines += ["", "Speaker profiles: what each speaker said, and how the outlet framed it:"]
    header = (
        f"  {'Speaker':<20} {'Stmts':>5} {'Quoted':>6}  {'Reported length':<38} {'Ratio':>5}  Tone (score)"
    )
    lines += [header, "  " + "-" * (len(header) - 2)]
    for s in speakers:
        ratio = f"{s.reported_length_ratio:.2f}" if s.reported_length_ratio is not None else "–"
        tone = f"{s.tone.label} ({s.tone.score:+.2f})" if s.tone else "–"
        lines.append(
            f"  {_cell(s.name, 20):<20} {len(s.statements):>5} {s.quoted_words:>6}  "
            f"{_cell(s.reported_length or '–', 38):<38} {ratio:>5}  {tone}"
        )
    lines += _comparison_lines(speakers)
    for s in speakers:
        details = []
        if s.tone is not None and s.tone.words:
            details.append(f"tone words: {_top_words(s.tone)}")
        markers = []
        if s.warmth:
            markers.append("warmth: " + ", ".join(m.text for m in s.warmth))
        if s.intensity:
            markers.append("intensity: " + ", ".join(m.text for m in s.intensity))
        if markers:
            details.append(" · ".join(markers))
        if s.framing:
            framing = ", ".join(f"“{f.text}”" for f in s.framing)
            details.append(f"framing (the outlet's words, not the speaker's): {framing}")
        if details:
            lines.append(f"  {s.name}")
            lines += [f"      {d}" for d in details]
    return lines
