"""Sources: who said what, how, and which claims have no source (GUIDELINES §2).

:func:`find_sources` reads the one parsed ``Doc`` of an article (no re-parsing)
and returns :class:`SourceFindings`: attributions, quoted terms, non-statements,
unattributed claims and speakers. The rules, in the order they run:

1. **Cues.** A spaCy ``Matcher`` finds the reporting verbs listed in
   ``kit/data/reporting_verbs.txt`` and "according to"; cues inside quotation
   marks are the quoted speaker's own words and are skipped. A negated cue
   ("did not mention"), one under a verb of refusal ("declined to comment") or
   under "without" ("left without taking questions"), is a non-statement
   (``DependencyMatcher`` rules), never content; a verb that speaks only with its
   object ("take questions") is listed as a ``silence_phrase``. The verb list is
   built from VerbNet 3.4's classes of communication and of stated judgement
   (``scripts/build_reporting_verbs.py``; the file's header names the classes,
   the members left out and why, and the reviewed hand overlay); a cue's text is
   its verb group (``cues.verb_group``: "has said", "called for", "said in a
   statement"), and a student's explanation names its class ("a verb of
   saying", ``cue_kind``).
2. **Speakers.** The subject of the cue; when the cue has none, the subject of
   the verb it is coordinated with ("Moscow has backed … and accused …") or
   depends on ("…, instead stressing …"); a passive cue's subject is what was
   talked about, its agent ("by the mayor") the speaker; "who" in a relative clause is the noun
   the clause describes. Names resolve to the fullest PERSON name in the
   article ("Putin" → "Vladimir Putin", "Xi" → "Xi Jinping"), even when the
   model tagged the short name ORG; a name ending in an organization word
   ("Corvale Biotech", "… Hospital") is an organization whatever the model
   says; a short organization name resolves to the fullest one, the outlet of
   the dateline included ("the Herald" → "the Tidewater Herald"). Titles ("the
   Russian president", "his Chinese counterpart") resolve to the person
   introduced with that title; "the company" / "the ministry" to the most
   salient compatible organization (and then keep standing for it);
   "he"/"she" to a person mentioned in any role in this or the previous
   sentence (gender evidence excludes, subjects first), else the most recent
   compatible subject; "it" in a clause reported for an organization to that
   organization. "according to" a document noun ("results", "figures", a
   "survey") cites that document, named by its noun phrase. A quotation with
   a cue is always an attribution: an unresolved "he" keeps its best guess.
   Source types follow ``kit/data/sources_words.tsv``.
3. **Content.** A quotation (with its own marks) whose sentence holds a cue is
   ``direct``, whether the cue comes before, after, inside or inverted; a
   quotation without a cue continues the previous speaker's words when it
   follows them in the same or the next paragraph; right after a sentence about
   a person ("Ossen paused. “Survive, yes.”") it is that person's, with no cue.
   Otherwise the content is the
   cue's complement (a that-clause, or for verbs like "accuse" an object and
   its phrase): ``indirect``, or ``partial`` when it carries quoted words.
   Content never leaves its sentence, except a multi-paragraph quotation.
4. **Quoted terms.** A short quotation in the outlet's voice with no clause of
   its own is a label; its owner is given only when the text says whose term
   it is ("in what it terms a …", "as she put it", "which critics call a …").
5. **Unattributed claims**: main clauses in the outlet's own voice that no
   attribution touches (the rule: :func:`kit.sources.voice.find_claims`).

The package, each module with one job (imports run down this list only):

* ``__init__`` (this face): :func:`find_sources`, :class:`SourceFindings`, the lexicon;
* :mod:`~kit.sources.engine`: :class:`~kit.sources.engine.SourceEngine`, the one pass
  over the article that applies the rules above, in that order;
* :mod:`~kit.sources.voice`: unattributed claims and the speaker table (reported
  lengths of statements included);
* :mod:`~kit.sources.patterns`: the Matcher and DependencyMatcher rules, as a table;
* :mod:`~kit.sources.cues`: a cue's subject, complements and the clause they span;
* :mod:`~kit.sources.resolver`: names, titles, pronouns and source types of a subject;
* :mod:`~kit.sources.names`: the word lists, the article's look-ups and its name table;
* :mod:`~kit.sources.mentions`: which tokens mention which speaker, for the engines
  that read the speaker table afterwards (tone).

>>> from kit.analysis import analyze
>>> result = analyze("Talks\\n\\n“We are ready,” said Jane Smith, the mayor.")
>>> [(a.speaker, a.kind, a.cue) for a in result.attributions]
[('Jane Smith', 'direct', 'said')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import QuotedTerm
from .cues import cue_kind
from .engine import SourceEngine, SourceFindings
from .names import Lexicon, load_lexicon

if TYPE_CHECKING:
    from ..pipeline import ParsedArticle

__all__ = ["Lexicon", "SourceFindings", "cue_kind", "find_sources", "load_lexicon"]


def find_sources(parsed: ParsedArticle) -> SourceFindings:
    """Find attributions, quoted terms, non-statements, unattributed claims and speakers.

    >>> from kit.article import load_article
    >>> from kit.pipeline import parse
    >>> found = find_sources(parse(load_article("Rain\\n\\nThe forecaster said it would rain.")))
    >>> [(a.speaker, a.source_type, a.kind) for a in found.attributions]
    [('the forecaster', 'vague', 'indirect')]
    """
    doc = parsed.doc
    if len(doc) == 0 or not doc.has_annotation("DEP"):
        return _quotes_only(parsed)
    return SourceEngine(parsed).run()


def _quotes_only(parsed: ParsedArticle) -> SourceFindings:
    """Without a parser (blank pipeline): every quotation is listed as a quoted term."""
    terms = tuple(
        QuotedTerm(q.content_start, q.content_end, q.content(parsed.text), None, parsed.sentence_at(q.start))
        for q in parsed.quotes
        if q.content_end > q.content_start
    )
    return SourceFindings(quoted_terms=terms)
