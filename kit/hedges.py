"""Hedges: language that softens or distances (GUIDELINES §3).

Placeholder until the hedge detector lands: finds nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from .records import HEDGE_CATEGORIES, Attribution, Hedge

if TYPE_CHECKING:
    from .analysis import Analysis
    from .pipeline import ParsedArticle

__all__ = ["find_hedges", "count_hedges", "summary_lines"]


def find_hedges(
    parsed: ParsedArticle, *, attributions: Sequence[Attribution] = ()
) -> tuple[Hedge, ...]:
    """Every hedge in the article, in order, each with its category and explanation."""
    del parsed, attributions
    return ()


def count_hedges(analysis: Analysis) -> dict[str, Any]:
    """Counts per category, per paragraph, speaker vs. outlet, and per 100 words."""
    hedges = analysis.hedges
    words = max(analysis.word_count, 1)
    by_paragraph = [0] * len(analysis.paragraphs)
    for hedge in hedges:
        by_paragraph[hedge.paragraph] += 1
    return {
        "total": len(hedges),
        "by_category": {c: sum(h.category == c for h in hedges) for c in HEDGE_CATEGORIES},
        "by_paragraph": by_paragraph,
        "in_quotes": sum(h.in_quote for h in hedges),
        "outlet": sum(not h.in_quote for h in hedges),
        "per_100_words": round(100 * len(hedges) / words, 2),
    }


def summary_lines(analysis: Analysis) -> list[str]:
    """The hedges section of the readable summary."""
    del analysis
    return []
