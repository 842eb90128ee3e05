"""The readable report printed by ``python -m kit analyze`` and ``print(analysis)``."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Analysis

__all__ = ["format_summary", "shorten"]

WIDTH = 88


def shorten(text: str, width: int = 70) -> str:
    """One line of at most ``width`` characters."""
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" …")


def format_summary(analysis: Analysis) -> str:
    from . import hedges, sources, tone

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
    for section in (sources.summary_lines, hedges.summary_lines, tone.summary_lines):
        block = section(analysis)
        if block:
            lines += ["", *block]
    return "\n".join(lines) + "\n"
