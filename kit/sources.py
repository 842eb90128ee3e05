"""Sources: who said what, how, and which claims have no source (GUIDELINES §2).

Placeholder until the attribution engine lands: finds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .records import Attribution, NonStatement, QuotedTerm, Speaker, UnattributedClaim

if TYPE_CHECKING:
    from .analysis import Analysis
    from .pipeline import ParsedArticle

__all__ = ["SourceFindings", "find_sources", "summary_lines"]


@dataclass(frozen=True)
class SourceFindings:
    attributions: tuple[Attribution, ...] = ()
    quoted_terms: tuple[QuotedTerm, ...] = ()
    non_statements: tuple[NonStatement, ...] = ()
    unattributed: tuple[UnattributedClaim, ...] = ()
    speakers: tuple[Speaker, ...] = ()


def find_sources(parsed: ParsedArticle) -> SourceFindings:
    """Find attributions, quoted terms, non-statements, unattributed claims, speakers."""
    del parsed
    return SourceFindings()


def summary_lines(analysis: Analysis) -> list[str]:
    """The "who said what" section of the readable summary."""
    del analysis
    return []
