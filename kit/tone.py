"""Tone and loaded words: how things are said, and how the outlet frames them (GUIDELINES §4).

Placeholder until the tone engine lands: finds nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from .records import Attribution, LoadedWord, Speaker

if TYPE_CHECKING:
    from .analysis import Analysis
    from .pipeline import ParsedArticle
    from .sources import SourceFindings

__all__ = ["find_loaded_words", "profile_speakers", "summary_lines"]


def find_loaded_words(
    parsed: ParsedArticle, *, attributions: Sequence[Attribution] = ()
) -> tuple[LoadedWord, ...]:
    """Evaluative or emotive words in the outlet's own voice, with neutral alternatives."""
    del parsed, attributions
    return ()


def profile_speakers(parsed: ParsedArticle, sources: SourceFindings) -> tuple[Speaker, ...]:
    """The speakers of ``sources``, each with statements, tone, warmth and framing."""
    del parsed
    return sources.speakers


def summary_lines(analysis: Analysis) -> list[str]:
    """The loaded words and speaker profile sections of the readable summary."""
    del analysis
    return []
