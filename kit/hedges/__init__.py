"""Hedges: language that softens or distances (GUIDELINES §3).

A hedge is a word or phrase by which the writer (or a speaker) avoids full
commitment: "could", "appeared", "around eight minutes", "so far", "what it
terms", "critics say", "it is unclear whether". Each hit is a
:class:`~kit.records.Hedge` with one of the eight categories of
``HEDGE_CATEGORIES``, a one-sentence explanation for students, whether it
stands inside quotation marks, and whose it is: the writer's (the outlet's own
voice) or that of the source whose speech the article quotes or reports.

How it works
------------
* The lexicon is data: ``kit/data/hedges.tsv`` (patterns, categories, context
  rules, explanations), ``hedge_categories.tsv`` (default explanations) and
  ``hedge_wordlists.tsv`` (word lists the rules use). The patterns are compiled
  once per spaCy vocabulary into a :class:`spacy.matcher.PhraseMatcher` and cached.
* Ambiguous words pass a context rule that reads the parse (tags,
  dependencies, entities), e.g.:

  - ``may`` is a hedge as a modal ("prices may rise"), not as the month ("in May");
  - ``about``/``around`` only before a quantity or a time ("about 1,200",
    "around eight minutes"), not as a topic or a place ("talked about Taiwan",
    "around the world"); ``up to`` and ``as many as`` before a quantity are a
    ceiling ("up to 900 million euros"), not before a year, a rank or "a point",
    at the top of a range or as a limit a rule sets ("faces up to ten years in
    prison");
  - ``yet`` only as the "so far" adverb in a negative, superlative or
    "has yet to" context ("no date had yet been set"), not as a conjunction
    ("small, yet effective");
  - ``would`` is a hypothetical ("it would collapse", "in what would be a
    show of solidarity"), not a reported-speech back-shift after a reporting
    verb set in the past ("said he would attend", a reported future: "declined
    to say when more money would be available", "asked whether it would"),
    nor a refusal ("would not say"), volition ("would like"),
    a past habit ("would often") or narrative future-in-the-past ("would later");
  - ``some`` before a number is an approximation ("some 300 people"); "some",
    "many" or a bare plural such as "critics" or "officials" is a vague source
    only as the subject of a verb of saying or believing ("some officials
    said", "critics argue") or after "according to"; "some" before any other
    noun ("some progress") is not a hedge;
  - agentless judgements ("is widely regarded as", "it is believed that",
    "a woman believed to be his wife") are vague sources; with a named judge
    ("was seen as a failure by the IMF") they are not hedges;
  - ``claims`` distances when it reports a claim ("claimed that", "claims as
    its own"), not in "the storm claimed three lives".
* Decisions where GUIDELINES §3 is silent (the answer keys agree with them):

  - a verb of belief, expectation or opinion with a named subject ("Putin was
    expecting Xi to visit", "we believe the judge was wrong", "critics consider
    it") is an attribution cue (see :mod:`kit.sources`), not a hedge; only the
    vague subject ("critics") is;
  - conditionals ("if", "unless") are not hedges themselves; the modal in the
    main clause is ("schools could face strikes unless ...");
  - frequency adverbs ("often", "usually"), "at least" and epistemic "can" are
    not counted; "careful not to" is a limitation (the issue names it: the
    writer presents restraint as deliberate caution instead of a flat "has not");
  - "unclear whether", "too early to say whether" count once; a concessive
    "whether X or not" ("whether anyone liked it or not") asks no question and
    is not a hedge, nor is a refusal to guess ("declined to speculate", like
    "declined to comment" in GUIDELINES §2).
* Overlapping matches: the longest accepted one wins ("may or may not").
* Whose hedge it is (GUIDELINES §3): a hedge inside the content of an
  attribution (direct, partial, indirect or "according to") is the reported
  source's, and its ``speaker`` is that source; ``in_quote`` says only whether
  it stands inside quotation marks. Distancing and vague-source hedges are the
  writer's wherever they stand (``speaker`` is ``None``): they frame the
  report. So is a hedge in the writer's aside inside an unquoted report ("said
  he expected a visit in what would be a show of solidarity", ", a move that
  could anger Washington"). :attr:`~kit.records.Hedge.by_writer` says whose.
  A blurred source inside quotation marks is none: “People think this place is
  about fixing things” is what the speaker said, not how the writer frames it;
  nor is "police said" (the police are an institution, GUIDELINES §2).

:func:`find_hedges` works on a parsed article; :func:`hedges_in_doc` runs the
same code on any spaCy ``Doc`` (a sentence of a research corpus, say).

Where things are
----------------
* :mod:`kit.hedges.vocabulary`: the categories (labels, default explanations)
  and the named word lists;
* :mod:`kit.hedges.lexicon`: the entries of ``hedges.tsv``, their patterns and
  the phrase matcher;
* :mod:`kit.hedges.context`: what a context rule receives and may read;
  :mod:`kit.hedges.rules_modal_time` (modal verbs, amounts, time) and
  :mod:`kit.hedges.rules_source_doubt` (sources, seeming, doubt): the rules;
  :mod:`kit.hedges.rules`: the table of rules by name;
* :mod:`kit.hedges.detect`: matching, overlaps, quotations, and the counts.

This package is an engine: it reads a parse and returns records, importing only
the text and ground layers below it (records, the data-file reader, quotations);
the readable report of its findings is in :mod:`kit.summary`.

>>> from kit import analyze
>>> [(h.text, h.category) for h in analyze("Prices\\n\\nPrices may rise in May.").hedges]
[('may', 'possibility')]
"""

from __future__ import annotations

from .detect import HedgeFindings, count_hedges, find_hedges, hedges_in_doc
from .lexicon import LEXICON_FILE, HedgeEntry, expand_pattern, load_lexicon
from .rules import RULES
from .vocabulary import (
    CATEGORY_FILE,
    EPISTEMIC_CATEGORIES,
    WORDLIST_FILE,
    category_explanation,
    category_label,
)

__all__ = [
    "CATEGORY_FILE",
    "EPISTEMIC_CATEGORIES",
    "LEXICON_FILE",
    "RULES",
    "WORDLIST_FILE",
    "HedgeEntry",
    "HedgeFindings",
    "category_explanation",
    "category_label",
    "count_hedges",
    "expand_pattern",
    "find_hedges",
    "hedges_in_doc",
    "load_lexicon",
]
