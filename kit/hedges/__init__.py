"""Hedges: language that softens or distances (GUIDELINES §3).

A hedge is a word or phrase by which the writer (or a speaker) avoids full
commitment: "could", "appeared", "around eight minutes", "so far", "what it
terms", "critics say", "it is unclear whether". Each hit is a
:class:`~kit.records.Hedge` with one of the eight categories of
``HEDGE_CATEGORIES``, a one-sentence explanation for students, and whether it
stands inside a quotation (the speaker hedges) or in the outlet's own voice.

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
    "around the world");
  - ``yet`` only as the "so far" adverb in a negative, superlative or
    "has yet to" context ("no date had yet been set"), not as a conjunction
    ("small, yet effective");
  - ``would`` is a hypothetical ("it would collapse", "in what would be a
    show of solidarity"), not a reported-speech back-shift after a past
    reporting verb ("said he would attend"), nor volition ("would like"),
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
  - "unclear whether", "too early to say whether" count once.
* Overlapping matches: the longest accepted one wins ("may or may not").
* Hedges inside quotations are still counted, with ``in_quote=True`` and the
  speaker of the attribution that covers them, when there is one.

:func:`find_hedges` works on a parsed article; :func:`hedges_in_doc` runs the
same code on any spaCy ``Doc`` (a sentence of a research corpus, say).

>>> from kit import analyze
>>> [(h.text, h.category) for h in analyze("Prices\\n\\nPrices may rise in May.").hedges]
[('may', 'possibility')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..records import HEDGE_CATEGORIES, Attribution, Hedge, TextSpan

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Span_
    from spacy.vocab import Vocab

    from ..pipeline import ParsedArticle
    from ..quotes import Quote

__all__ = [
    "EPISTEMIC_CATEGORIES",
    "HedgeEntry",
    "category_explanation",
    "count_hedges",
    "find_hedges",
    "hedges_in_doc",
    "load_lexicon",
]

DATA = Path(__file__).resolve().parent.parent / "data"
LEXICON_FILE = DATA / "hedges.tsv"
CATEGORY_FILE = DATA / "hedge_categories.tsv"
WORDLIST_FILE = DATA / "hedge_wordlists.tsv"

#: The categories comparable with sentence-level "uncertain" labels of research corpora.
EPISTEMIC_CATEGORIES = ("possibility", "probability", "appearance", "uncertainty")


# --- the lexicon -------------------------------------------------------------------------


@dataclass(frozen=True)
class HedgeEntry:
    """One line of ``kit/data/hedges.tsv``."""

    pattern: str
    category: str
    rule: str | None
    explanation: str | None
    line: int

    def explain(self, text: str) -> str:
        template = self.explanation or category_explanation(self.category)
        return template.replace("{text}", " ".join(text.split()))


def _data_lines(path: Path) -> list[tuple[int, list[str]]]:
    """The rows of a tab-separated data file: no comments, no blank lines, no column header."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        rows.append((number, line.rstrip("\n").split("\t")))
    return rows[1:]  # the first row names the columns


@functools.cache
def _categories() -> dict[str, tuple[str, str]]:
    table = {cells[0]: (cells[1], cells[2]) for _, cells in _data_lines(CATEGORY_FILE)}
    missing = set(HEDGE_CATEGORIES) - set(table)
    if missing:
        raise ValueError(f"{CATEGORY_FILE.name} has no explanation for {sorted(missing)}.")
    return table


def category_explanation(category: str) -> str:
    """The default explanation of a category ("{text}" stands for the words found).

    >>> category_explanation("limitation").replace("{text}", "so far")
    '“so far” limits the claim to some times or some cases, so it may not always hold.'
    """
    return _categories()[category][1]


def category_label(category: str) -> str:
    return _categories()[category][0]


@functools.cache
def _wordlists() -> dict[str, frozenset[str]]:
    return {cells[0]: frozenset(cells[1].split()) for _, cells in _data_lines(WORDLIST_FILE)}


def _words(name: str) -> frozenset[str]:
    return _wordlists()[name]


@functools.cache
def load_lexicon() -> tuple[HedgeEntry, ...]:
    """Every entry of ``kit/data/hedges.tsv``, checked.

    >>> entries = load_lexicon()
    >>> sorted({e.category for e in entries}) == sorted(HEDGE_CATEGORIES)
    True
    """
    entries = []
    for number, cells in _data_lines(LEXICON_FILE):
        if len(cells) != 4:
            raise ValueError(f"{LEXICON_FILE.name} line {number}: expected 4 tab-separated columns.")
        pattern, category, rule, explanation = (c.strip() for c in cells)
        if category not in HEDGE_CATEGORIES:
            raise ValueError(f"{LEXICON_FILE.name} line {number}: unknown category {category!r}.")
        if rule != "-" and rule not in RULES:
            raise ValueError(f"{LEXICON_FILE.name} line {number}: unknown rule {rule!r}.")
        entries.append(
            HedgeEntry(
                pattern=pattern,
                category=category,
                rule=None if rule == "-" else rule,
                explanation=None if explanation == "-" else explanation,
                line=number,
            )
        )
    return tuple(entries)


# --- patterns ------------------------------------------------------------------------------

_LITERAL = re.compile(r"n['’]t|\w+(?=n['’]t)|\w+|[^\w\s]")


def _spellings(word: str) -> list[str]:
    """A word and its curly-apostrophe spelling ("n't" and "n’t")."""
    return sorted({word, word.replace("'", "’")})


def _alternatives(piece: str) -> list[tuple[str, ...]]:
    """The token sequences one space-separated piece of a pattern stands for."""
    optional = piece.endswith("?") and len(piece) > 1
    base = piece[:-1] if optional else piece
    words = sorted(_words(base[1:])) if base.startswith("@") else base.lower().split("|")
    out: list[tuple[str, ...]] = [tuple(_LITERAL.findall(w)) for w in words if w]
    if optional:
        out.append(())
    return out


def expand_pattern(pattern: str) -> list[tuple[str, ...]]:
    """Every phrase (a tuple of lower-case words) a lexicon pattern stands for.

    >>> expand_pattern("so-called")
    [('so', '-', 'called')]
    >>> expand_pattern("widely? seen|regarded as")
    [('widely', 'seen', 'as'), ('widely', 'regarded', 'as'), ('seen', 'as'), ('regarded', 'as')]
    >>> expand_pattern("for now / for the time being")
    [('for', 'now'), ('for', 'the', 'time', 'being')]
    """
    phrases: list[tuple[str, ...]] = []
    for alternative in pattern.split(" / "):
        partial: list[tuple[str, ...]] = [()]
        for piece in alternative.split():
            partial = [p + alt for p in partial for alt in _alternatives(piece)]
        phrases.extend(partial)
    out: list[tuple[str, ...]] = []
    for phrase in phrases:
        if not phrase:
            continue
        for variant in itertools.product(*(_spellings(w) for w in phrase)):
            if variant not in out:
                out.append(variant)
    return out


_MATCHERS: dict[int, tuple[Vocab, PhraseMatcher]] = {}


def _matcher(vocab: Vocab) -> PhraseMatcher:
    """The hedge matcher of a vocabulary, built once: one key per lexicon entry, matched on LOWER."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    matcher = PhraseMatcher(vocab, attr="LOWER")
    for index, entry in enumerate(load_lexicon()):
        phrases = [Doc(vocab, words=list(p)) for p in expand_pattern(entry.pattern)]
        matcher.add(f"kit_hedge_{index}", phrases)
    _MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


# --- context rules -------------------------------------------------------------------------
# A rule receives the Doc and the token span [start, end) of a match; it returns the span of
# the hedge (the same, or extended to the quantity it blurs) or None to reject the match.

Span = tuple[int, int]
Rule = Callable[["Doc", int, int], "Span | None"]

NEGATIONS = frozenset({"not", "n't", "n’t", "no", "never", "none", "nobody", "nothing", "neither", "nor"})
CURRENCY = frozenset({"$", "£", "€", "¥", "us$", "usd", "eur"})
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them"})


def _tagged(doc: Doc) -> bool:
    return doc.has_annotation("TAG")


def _parsed(doc: Doc) -> bool:
    return doc.has_annotation("DEP")


def _sentence(doc: Doc, i: int) -> Span_:
    """The sentence of token ``i``, or the whole Doc when sentences are not set (a blank pipeline)."""
    if doc.has_annotation("SENT_START") or _parsed(doc):
        return doc[i].sent
    return doc[:]


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def _at(doc: Doc, i: int) -> Token | None:
    return doc[i] if 0 <= i < len(doc) else None


def _lower(doc: Doc, i: int) -> str:
    token = _at(doc, i)
    return token.lower_ if token is not None else ""


def _is_modal(doc: Doc, i: int) -> bool:
    """A modal verb before its verb ("may rise", "may, in fact, be"), not a noun ("might makes right")."""
    if not _tagged(doc):
        return True
    if doc[i].tag_ != "MD":
        return False
    following = _at(doc, i + 1)
    if following is None or following.text in (".", "!", "?", ")"):
        return False  # an ellipsis: "its members may."
    return (
        following.pos_ not in ("NOUN", "PROPN", "DET", "NUM", "ADJ", "PRON") or following.lower_ in NEGATIONS
    )


def _negated(doc: Doc, i: int) -> bool:
    """Is the word at ``i`` (a modal or verb) negated ("could not", "couldn't")?"""
    token = doc[i]
    if _lower(doc, i + 1) in NEGATIONS:
        return True
    head = token.head if token.dep_ in ("aux", "auxpass") else token
    return any(c.dep_ == "neg" for c in head.children)


def rule_modal(doc: Doc, start: int, end: int) -> Span | None:
    """A modal verb, not a noun ("might", not "military might")."""
    return (start, end) if _is_modal(doc, start) else None


def rule_may(doc: Doc, start: int, end: int) -> Span | None:
    """ "may" the modal ("prices may rise"), not "May" the month or a name."""
    token = doc[start]
    if token.text != token.text.lower() and not token.text.isupper():
        return None  # "In May", "Theresa May", "May 20"
    if not _is_modal(doc, start):
        return None
    if _lower(doc, start - 1) == "it" and _lower(doc, start - 2) == "as":
        return None  # "be that as it may"
    following = _at(doc, start + 1)
    if following is None or following.like_num or following.text in (".", "!", "?", ")"):
        return None  # a lower-case month: "since may 2020", "in may."
    return start, end


def rule_could(doc: Doc, start: int, end: int) -> Span | None:
    """ "could" of possibility, not negated past ability ("could not attend")."""
    if not _is_modal(doc, start) or _negated(doc, start):
        return None
    return start, end


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a modal or auxiliary belongs to, climbing coordinations."""
    verb = token.head if token.dep_ in ("aux", "auxpass") else token
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb


def _reported(verb: Token) -> bool:
    """Is the clause of ``verb`` the content of a past reporting verb or noun ("said it would")?"""
    if verb.dep_ in ("ccomp", "xcomp", "parataxis"):
        head = verb.head
        if head.pos_ in ("VERB", "AUX") and _lemma(head) in _words("reporting"):
            return head.tag_ in ("VBD", "VBN") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD",) for c in head.children
            )
    if verb.dep_ in ("acl", "ccomp", "relcl") and verb.head.pos_ == "NOUN":
        return _lemma(verb.head) in _words("reporting_nouns") or verb.head.lower_ in _words("reporting_nouns")
    return False


def _reported_that_clause(doc: Doc, i: int) -> bool:
    """A that-clause after a past reporting verb, found by the words when the parse goes astray:
    "we were told that bigger classes are a price worth paying, that technology would fill the gap"."""
    sentence = _sentence(doc, i)
    that = next((t for t in reversed(doc[max(sentence.start, i - 8) : i]) if t.lower_ == "that"), None)
    if that is None or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[that.i + 1 : i]):
        return False
    return any(
        t.tag_ in ("VBD", "VBN") and _lemma(t) in _words("reporting") for t in doc[sentence.start : that.i]
    )


def _narrative_date(doc: Doc, i: int) -> bool:
    """A past date earlier in the sentence ("In 1983, he would ...", "Years later it would ...")."""
    sentence = _sentence(doc, i)
    words = {t.lower_ for t in sentence}
    if words & {"if", "unless", "otherwise", "whether"}:
        return False
    for ent in sentence.ents:
        if ent.label_ != "DATE" or ent.end > i:
            continue
        before = _lower(doc, ent.start - 1)
        texts = {t.lower_ for t in ent}
        if "later" in texts or "earlier" in texts:
            return True
        has_year = any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in ent)
        if has_year and before in {"in", "on", "during", "after", "from", "between", "since"}:
            return True
    return False


def rule_would(doc: Doc, start: int, end: int) -> Span | None:
    """Hypothetical "would", not back-shift, volition, habit or narrative future-in-the-past."""
    if not _is_modal(doc, start):
        return None
    following = [_lower(doc, start + k) for k in (1, 2)]
    if following[0] in _words("volition"):
        return None  # "would like to", "would rather"
    if following[0] in _words("habitual") or (following[0] == "not" and following[1] in _words("habitual")):
        return None  # "would often visit"
    if any(w in _words("narrative") for w in following) and "if" not in {
        t.lower_ for t in _sentence(doc, start)
    }:
        return None  # "would later become", "would go on to"
    if _parsed(doc):
        if _reported(_clause_verb(doc[start])) or _reported_that_clause(doc, start):
            return None  # "said he would attend", "were told that the money would come"
        if _narrative_date(doc, start):
            return None
    return start, end


def _quantity_end(doc: Doc, i: int, *, times: bool = False) -> int | None:
    """If a quantity starts at token ``i``, the index after it (and its counted noun), else None."""
    j = i
    while _lower(doc, j) in CURRENCY or (_at(doc, j) is not None and doc[j].is_currency):
        j += 1
    token = _at(doc, j)
    if token is None:
        return None
    quantities = _words("quantity_words")
    units = _words("unit_nouns")
    if token.lower_ in ("a", "an") and _lower(doc, j + 1) in quantities | units:
        j += 2
    elif token.lower_ == "one" and _lower(doc, j + 1) in ("of", "thing", "another", "day", "way"):
        return None
    elif token.like_num or token.lower_ in quantities:
        j += 1
    elif times and (token.lower_ in _words("time_words") or token.ent_type_ == "TIME"):
        return j + 1
    elif times and token.lower_ == "the" and _lower(doc, j + 1) == "same":
        return j + 2
    else:
        return None
    # more of the number: "10 to 15", "1.5 million", "half a dozen", "60 percent"
    while True:
        word = _lower(doc, j)
        nxt = _at(doc, j + 1)
        if _at(doc, j) is not None and (
            doc[j].like_num or word in quantities or word in ("%", "per", "cent")
        ):
            j += 1
        elif word in ("to", "-", "–", "or", "and") and nxt is not None and nxt.like_num:
            j += 2
        elif word in ("a", "an") and _lower(doc, j + 1) in quantities:
            j += 2
        else:
            break
    noun = _at(doc, j)
    if noun is not None and noun.pos_ in ("NOUN",) and not noun.is_punct:
        j += 1
    return j


def rule_quantity(doc: Doc, start: int, end: int) -> Span | None:
    """An approximator before a quantity: "about 1,200", "around eight minutes", "some 300 people"."""
    times = doc[start].lower_ in ("about", "around")
    stop = _quantity_end(doc, end, times=times)
    return (start, stop) if stop is not None else None


def rule_degree(doc: Doc, start: int, end: int) -> Span | None:
    """ "nearly"/"almost" before a quantity or a word of totality ("nearly all", "almost always")."""
    stop = _quantity_end(doc, end)
    if stop is not None:
        return start, stop
    if _lower(doc, end) in _words("degree_words"):
        return start, end + 1
    return None


def rule_after_quantity(doc: Doc, start: int, end: int) -> Span | None:
    """ "or so" after a quantity ("a week or so", "20 or so")."""
    before = _at(doc, start - 1)
    if before is not None and (
        before.like_num or before.lower_ in _words("unit_nouns") | _words("quantity_words")
    ):
        return start, end
    return None


def rule_yet(doc: Doc, start: int, end: int) -> Span | None:
    """ "yet" meaning "so far" ("not yet", "has yet to", "the biggest yet"), not the conjunction."""
    token = doc[start]
    if _tagged(doc) and token.pos_ in ("CCONJ", "SCONJ"):
        return None
    before, after = _lower(doc, start - 1), _lower(doc, start + 1)
    if token.is_sent_start or before in ("and", "but", "or", ",", ";", "—", "–", "-", ":"):
        return None  # "Yet he agreed", "small, yet effective", "and yet"
    if (
        after in ("another", "again", "more", "further", "still", "other")
        or (doc[start + 1 :][:1]
        and (doc[start + 1].tag_ in ("JJR", "RBR")))
    ):
        return None  # "yet another", "yet more"
    if before == "as" or (after == "to" and _lemma(doc[start - 1]) in ("have", "be") if start else False):
        return start, end
    sentence = _sentence(doc, start)
    earlier = doc[sentence.start : start]
    if any(t.lower_ in NEGATIONS or t.dep_ == "neg" for t in earlier):
        return start, end
    if any(t.tag_ in ("JJS", "RBS") for t in earlier):
        return start, end  # "the biggest yet"
    if sentence.text.rstrip().endswith("?"):
        return start, end  # "Has it arrived yet?"
    return None


def rule_so_far(doc: Doc, start: int, end: int) -> Span | None:
    """ "so far" in time ("has so far been careful"), not distance or degree ("so far as", "so far from")."""
    if _lower(doc, end) in {
        "as",
        "from",
        "away",
        "beyond",
        "behind",
        "ahead",
        "off",
        "out",
        "apart",
        "removed",
    }:
        return None
    return start, end


def rule_to_date(doc: Doc, start: int, end: int) -> Span | None:
    """ "to date" ("the largest to date"), not "up to date"."""
    return None if _lower(doc, start - 1) == "up" else (start, end)


def rule_not_of(doc: Doc, start: int, end: int) -> Span | None:
    """A time or surface phrase used on its own, not "at the moment of", "on the surface of"."""
    return None if _lower(doc, end) in {"of", "when", "where", "that", "which"} else (start, end)


def rule_appear(doc: Doc, start: int, end: int) -> Span | None:
    """ "appear" of seeming ("appeared cool", "appears to be"), not of showing up ("appeared in court")."""
    token = doc[start]
    after = _at(doc, start + 1)
    if after is None:
        return None
    if (
        after.lower_ == "to"
        and (_at(doc, start + 2) is not None)
        and (doc[start + 2].pos_ in ("VERB", "AUX") or not _tagged(doc))
    ):
        return start, end
    if after.lower_ in ("that", "like") or (
        after.lower_ == "as" and _lower(doc, start + 2) in ("if", "though")
    ):
        return start, end
    if after.pos_ == "ADJ" or (
        after.pos_ == "ADV" and _at(doc, start + 2) is not None and doc[start + 2].pos_ == "ADJ"
    ):
        return start, end
    if any(c.dep_ in ("acomp", "oprd", "attr", "ccomp") for c in token.children):
        return start, end
    return None


def rule_apparent(doc: Doc, start: int, end: int) -> Span | None:
    """ "an apparent attempt" (attributive), not "it became apparent" (= clear)."""
    token = doc[start]
    after = _at(doc, start + 1)
    if token.dep_ == "amod" or (after is not None and after.pos_ in ("NOUN", "PROPN")):
        return start, end
    return None


def rule_attributive(doc: Doc, start: int, end: int) -> Span | None:
    """An adjective before its noun ("the supposed threat")."""
    return rule_apparent(doc, start, end)


def rule_possible(doc: Doc, start: int, end: int) -> Span | None:
    """ "a possible deal", "it is possible that"; not "as soon as possible", "the maximum possible"
    or feasibility ("it is possible to reach the city by road")."""
    token = doc[start]
    before = _at(doc, start - 1)
    if before is not None:
        if before.lower_ in {
            "as",
            "maximum",
            "minimum",
            "best",
            "worst",
            "every",
            "all",
            "any",
            "not",
            "n't",
            "n’t",
            "highest",
            "lowest",
            "largest",
            "greatest",
            "smallest",
            "fastest",
            "earliest",
            "shortest",
        } or before.tag_ in ("JJS", "RBS"):
            return None
    if token.dep_ in ("oprd", "ccomp", "acomp", "xcomp", "dobj") and _lemma(token.head) in ("make", "render"):
        return None
    if any(_lemma(t) in ("make", "render") for t in doc[max(0, start - 3) : start]):
        return None
    if before is not None and (
        (before.like_num and before.lower_ != "one") or before.pos_ in ("NOUN", "PROPN")
    ):
        return None  # "four possible patterns", "the best score possible" (but "one possible cause")
    if before is not None and before.lower_ == "the" and _lower(doc, start - 2) in ("all", "of"):
        return None  # "all the possible combinations"
    after = _lower(doc, start + 1)
    if token.dep_ == "amod" or (after and _at(doc, start + 1).pos_ in ("NOUN", "PROPN", "ADJ")):
        return start, end  # "a possible deal"
    if after == "that" or (
        after in (",", ".", ";", "") and _lemma(doc[start - 1]) in ("be", "remain", "seem")
    ):
        return start, end  # "it is possible that", "That is possible.", "conflicts are possible"
    return None  # feasibility, not doubt: "it is possible to bend the pins", "sometimes possible"


def rule_potential(doc: Doc, start: int, end: int) -> Span | None:
    """ "a potential deal", "the potential for violence", not "economic potential"."""
    after = _at(doc, start + 1)
    if doc[start].dep_ == "amod" or (after is not None and (after.pos_ in ("NOUN", "PROPN", "ADJ"))):
        return start, end
    if _lower(doc, start + 1) in ("for", "to"):
        return start, end
    return None


def rule_negated(doc: Doc, start: int, end: int) -> Span | None:
    """ "did not rule out", "cannot be ruled out": a possibility kept open."""
    window = {t.lower_ for t in doc[max(0, start - 4) : start]}
    if window & (NEGATIONS | {"cannot", "refused", "refuses", "declined", "declines", "wouldn't"}):
        return start, end
    return None


def _has_clause(token: Token) -> bool:
    return any(c.dep_ in ("ccomp",) for c in token.children) or any(
        c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in token.children
    )


def rule_clause(doc: Doc, start: int, end: int) -> Span | None:
    """A verb of belief or expectation with a clause ("analysts expect prices to fall")."""
    token = doc[start]
    after = _lower(doc, start + 1)
    if not _parsed(doc):
        return (start, end) if after in ("that", "to") else None
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if after in ("about", "of", "for", "over"):
        return None
    if after == "that" or _has_clause(token):
        return start, end
    return None


def _subject(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in ("nsubj", "csubj")), None)


def _is_person(token: Token) -> bool:
    return (
        token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or token.lower_ in PERSONAL_PRONOUNS
        or token.lower_ in _words("source_nouns")
        or token.pos_ == "PROPN"
    )


def rule_evidence(doc: Doc, start: int, end: int) -> Span | None:
    """ "the data indicate", "this implies": evidence that points without proving; not a person."""
    token = doc[start]
    if _tagged(doc) and token.pos_ not in ("VERB", "AUX"):
        return None
    subject = _subject(token)
    if subject is None:
        return (start, end) if _has_clause(token) or _lower(doc, start + 1) == "that" else None
    return None if _is_person(subject) else (start, end)


def rule_suggest(doc: Doc, start: int, end: int) -> Span | None:
    """ "suggest" of evidence ("the results suggest") or a cautious claim ("she suggested that it was")."""
    if rule_evidence(doc, start, end) is not None:
        return start, end
    token = doc[start]
    if _has_clause(token) and not any(c.dep_ == "xcomp" for c in token.children):
        return start, end
    return None


def rule_claim(doc: Doc, start: int, end: int) -> Span | None:
    """ "claimed that", "claims to be", "claims as its own", "claims of"; not "claimed the lives"."""
    token = doc[start]
    after = _lower(doc, start + 1)
    if token.pos_ == "NOUN" or (not _tagged(doc) and token.lower_ == "claims"):
        return (start, end) if after in ("that", "of", "to") else None
    if after in ("that", "to") or (_parsed(doc) and _has_clause(token)):
        return start, end
    if (
        _parsed(doc)
        and _lower(doc, start - 1) != "as"
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
    ):
        return start, end  # "the island, which China claims as its own": a disputed claim
    return None


def rule_whether(doc: Doc, start: int, end: int) -> Span | None:
    """ "whether" of an open question, not "regardless of whether"."""
    if _lower(doc, start - 1) == "of" and _lower(doc, start - 2) in ("regardless", "irrespective"):
        return None
    return start, end


def rule_if_question(doc: Doc, start: int, end: int) -> Span | None:
    """ "if" introducing an open question ("asked if", "unclear if"), not a condition."""
    heads = _words("question_heads")
    token = doc[start]
    if _parsed(doc) and token.dep_ == "mark":
        clause = token.head
        if clause.dep_ in ("ccomp", "xcomp", "advcl") and _lemma(clause.head) in heads:
            return start, end
    if _lemma(doc[start - 1]) in heads if start else False:
        return start, end
    return None


def rule_unknown(doc: Doc, start: int, end: int) -> Span | None:
    """ "is unknown", "an unknown number", "unknown whether", not "a relative unknown"."""
    token = doc[start]
    after = _lower(doc, start + 1)
    if token.dep_ in ("acomp", "attr") and token.pos_ == "ADJ":
        return start, end
    if after in {"whether", "if", "how", "why", "what", "when", "where", "who"}:
        return start, end
    if after in {
        "number",
        "amount",
        "quantity",
        "cause",
        "causes",
        "reason",
        "reasons",
        "extent",
        "origin",
        "fate",
    }:
        return start, end
    return None


def rule_doubt(doc: Doc, start: int, end: int) -> Span | None:
    """ "doubts about", "cast doubt", "doubted", not "no doubt" or "little doubt" (which are sure)."""
    if _lower(doc, start - 1) in {"no", "little", "without", "beyond", "nothing"}:
        return None
    if _lower(doc, start - 2) in {"no", "little", "without", "beyond"} and doc[start - 1].pos_ == "ADJ":
        return None
    return start, end


def rule_adverbial(doc: Doc, start: int, end: int) -> Span | None:
    """ "sort of"/"kind of" softening the next word ("kind of odd"), not "this kind of car"."""
    before = _at(doc, start - 1)
    if before is not None and (
        before.pos_ in ("DET", "ADJ", "PRON", "NUM") or before.lower_ in ("what", "which")
    ):
        return None
    after = _at(doc, end)
    if after is not None and after.pos_ in ("ADJ", "VERB", "ADV"):
        return start, end
    return None


def _vague_role(head: Token) -> bool:
    """Is ``head`` the source of a claim: subject of a verb of saying or believing, or "according to"?"""
    verbs = _words("source_verbs")
    if head.dep_ in ("nsubj", "nsubjpass") and _lemma(head.head) in verbs:
        return True
    if head.dep_ == "pobj":
        prep = head.head
        if prep.lower_ == "to" and _lower(head.doc, prep.i - 1) == "according":
            return True
        if prep.lower_ == "by" and prep.dep_ == "agent" and _lemma(prep.head) in verbs:
            return True
    return False


def rule_plural_subject(doc: Doc, start: int, end: int) -> Span | None:
    """A verb of saying whose subject is a bare plural with no name: "Engineers say", "legal experts argue".

    Returns the span of the subject, not of the verb.
    """
    if not _parsed(doc):
        return None
    verb = doc[start]
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in _words("saying_verbs"):
        return None
    if verb.dep_ != "parataxis" and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return None  # "shippers have complained for months about ...": no claim is reported
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS" or subject.ent_type_ or subject.i > verb.i:
        return None
    if any(
        c.dep_ in ("det", "poss", "nummod", "appos", "prep", "relcl", "acl", "conj") for c in subject.children
    ):
        return None
    modifiers = doc[subject.left_edge.i : subject.i]
    if any(t.pos_ not in ("ADJ", "NOUN") or t.ent_type_ for t in modifiers):
        return None  # "Nordbane engineers" is a named group
    return subject.left_edge.i, subject.i + 1


def rule_source_subject(doc: Doc, start: int, end: int) -> Span | None:
    """ "critics say", "some officials said", "according to many": a group with no name as the source."""
    if not _parsed(doc):
        return None
    head = doc[end - 1]
    if start == end - 1 and head.lower_ not in _words("vague_quantifiers") | {"others"}:
        # a bare plural: no determiner, owner, number, name or qualifying phrase
        if any(c.dep_ in ("det", "poss", "nummod", "appos", "prep") for c in head.children):
            return None
    elif start < end - 1:
        if any(c.dep_ in ("poss", "nummod", "appos") for c in head.children):
            return None
        if any(c.dep_ == "prep" and c.lower_ not in ("in", "within") for c in head.children):
            return None  # "some experts at Harvard": qualified
    elif head.dep_ == "det" and head.head.pos_ == "VERB" and head.head.i > head.i:
        return (start, end) if _lemma(head.head) in _words("source_verbs") else None  # "Some worry that"
    elif head.dep_ == "det" or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None  # "some officials" is handled whole; "many of the branches" is not a source
    return (start, end) if _vague_role(head) else None


_JUDGEMENT_AS = frozenset({"seen", "viewed", "regarded", "described", "perceived", "touted"})
_BELIEF_TO = frozenset(
    {"believed", "thought", "said", "rumoured", "rumored", "reputed", "presumed", "assumed"}
)


def _judgement_follows(doc: Doc, participle: int, end: int) -> Span | None:
    word = doc[participle].lower_
    while _at(doc, end) is not None and doc[end].is_quote:
        end += 1  # 'is considered "neo-soul"'
    after = _at(doc, end)
    if after is None:
        return None
    if after.lower_ == "by":
        agent = _at(doc, end + 1)
        vague = _words("vague_quantifiers") | _words("source_nouns") | {"others", "experts"}
        return (participle, end + 2) if agent is not None and agent.lower_ in vague else None
    if word in _JUDGEMENT_AS:  # "seen as", "seen to be"; not "seen to enter the building"
        if after.lower_ == "as" or (after.lower_ == "to" and _lower(doc, end + 1) in ("be", "have")):
            return participle, end
        return None
    if word in _BELIEF_TO:
        return (participle, end) if after.lower_ in ("to", "that") else None
    # considered, deemed: "considered the best", "deemed necessary", "considered one of"
    if after.lower_ in ("as", "to", "a", "an", "the", "one", "among", "among"):
        return participle, end
    if after.pos_ in ("ADJ", "NOUN", "NUM", "DET"):
        return participle, end
    if after.pos_ in ("ADV", "PART") and _at(doc, end + 1) is not None:
        again = doc[end + 1]
        if again.pos_ in ("ADJ", "DET", "NUM") or again.lower_ in ("as", "to", "a", "an", "the", "one"):
            return participle, end  # "considered easily the greatest", "considered not true"
    return None


def _named_agent(doc: Doc, i: int) -> bool:
    """Does a "by ..." agent that is not a vague group follow in the clause ("by the IMF", not "by many")?"""
    vague = _words("vague_quantifiers") | _words("source_nouns") | {"others", "some", "many"}
    sentence_end = _sentence(doc, i - 1).end if i > 0 else len(doc)
    for j in range(i, sentence_end):
        word = doc[j]
        if word.text in (",", ";", ":", "—", "–") or word.lower_ in ("that", "which", "who"):
            return False
        if word.lower_ == "by":
            following = _at(doc, j + 1)
            if following is not None and following.tag_ == "NNS":
                return False  # "by gamers", "by groups and individuals": a group with no name
            agent = next((t for t in doc[j + 1 : sentence_end] if t.pos_ != "DET" and t.pos_ != "ADJ"), None)
            return agent is not None and agent.lower_ not in vague
    return False


def rule_passive_judgement(doc: Doc, start: int, end: int) -> Span | None:
    """A judgement in the passive with no one named: "is widely regarded as", "was believed to",
    "are traditionally considered the best", "a woman believed to be his wife"."""
    token = doc[start]
    if not _parsed(doc) or token.tag_ not in ("VBN", "VBD"):
        return None
    passive = [c for c in token.children if c.dep_ == "auxpass"]
    if not passive:
        if any(c.dep_ in ("nsubj", "aux") for c in token.children):
            return None  # active: "critics considered it", "she has considered running"
        if token.dep_ not in ("acl", "advcl", "amod", "conj", "relcl", "ROOT", "pcomp", "xcomp"):
            return None
    found = _judgement_follows(doc, start, end)
    if found is None:
        return None
    if _named_agent(doc, found[1]):
        return None  # "was seen as a failure by the IMF": the source is named
    first = passive[0].i if passive else start
    return min(first, start), found[1]


def rule_passive_doubt(doc: Doc, start: int, end: int) -> Span | None:
    """ "the figures have been questioned", "its origin is disputed": a claim in doubt, no one named.

    Not a person being questioned ("he was questioned by police").
    """
    token = doc[start]
    if not _parsed(doc):
        return None
    passive = [c for c in token.children if c.dep_ == "auxpass"]
    if not passive:
        return None  # "the disputed territory" is a quarrel over land, not doubt about a claim
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and _is_person(subject) and subject.lower_ not in ("it", "this", "that"):
        return None
    if _named_agent(doc, end):
        return None
    return (passive[0].i if passive else start), end


def rule_before_verb(doc: Doc, start: int, end: int) -> Span | None:
    """ "is set to" before a verb ("is set to become"), not "set to music"."""
    after = _at(doc, end)
    if after is None:
        return None
    if _tagged(doc):
        return (start, end) if after.pos_ in ("VERB", "AUX") else None
    return (start, end) if after.is_lower and after.is_alpha else None


def rule_after_number(doc: Doc, start: int, end: int) -> Span | None:
    """ "-odd" after a number ("thirty-odd episodes"): the number is blurred."""
    before = _at(doc, start - 1)
    return (start - 1, end) if before is not None and before.like_num else None


_WHAT_GAP = frozenset({"PRON", "PROPN", "NOUN", "DET", "ADJ", "PART", "AUX"})


def rule_what_terms(doc: Doc, start: int, end: int) -> Span | None:
    """ "in what it terms", "what he called", "what Russia describes as": someone else's label."""
    for k in range(1, 6):
        i = start - k
        if i < 0:
            return None
        word = doc[i]
        if word.lower_ == "what":
            return (i, end) if k > 1 else None
        if word.is_punct or (_tagged(doc) and word.pos_ not in _WHAT_GAP):
            return None
    return None


def rule_opinion(doc: Doc, start: int, end: int) -> Span | None:
    """An active verb of opinion with its judgement: "considers it a threat", "sees the West as hostile"."""
    token = doc[start]
    if (
        not _parsed(doc)
        or token.pos_ != "VERB"
        or (token.tag_ == "VBN"
        and not any(c.dep_ == "aux" for c in token.children))
    ):
        return None  # passives are vague sources ("is considered"), handled by other entries
    consider = _lemma(token) == "consider"
    if consider and (any(c.dep_ in ("ccomp", "oprd") for c in token.children) or _has_clause(token)):
        return start, end
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return start, end
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is not None and any(c.dep_ == "prep" and c.lower_ == "as" for c in obj.children):
        return start, end
    if consider and obj is not None:
        after = _at(doc, obj.right_edge.i + 1)
        if after is not None and after.pos_ in ("ADJ", "DET", "NOUN") and not after.is_punct:
            return start, end  # "consider LSD a sacrament"
    return None


def rule_it_that(doc: Doc, start: int, end: int) -> Span | None:
    """ "it is said that", "it was believed only women ...", not "it is widely known for its role"."""
    after = _at(doc, end)
    if after is None:
        return None
    if after.lower_ in ("that", "to", ",", "by"):
        return start, end
    if after.is_punct or after.pos_ == "ADP":
        return None  # "it is widely known for its role", "it is known as"
    return start, end


def rule_like_clause(doc: Doc, start: int, end: int) -> Span | None:
    """ "looks like the deal will fail" (a judgement), not "looks like a piece of wood" (a resemblance)."""
    for token in doc[end : end + 8]:
        if token.is_punct:
            return None
        if token.tag_ in ("VBZ", "VBD", "VBP", "MD") or (token.pos_ == "AUX" and token.tag_ != "VB"):
            return start, end
    return None if _tagged(doc) else (start, end)


def rule_sentence_adverbial(doc: Doc, start: int, end: int) -> Span | None:
    """ "On the surface, the deal looks good": set off as a comment, not a place ("ore on the surface")."""
    before, after = _at(doc, start - 1), _at(doc, end)
    if doc[start].is_sent_start or (before is not None and before.text in (",", "—", "–", ";", "(")):
        return start, end
    if after is not None and after.text in (",", "—", "–", ")"):
        return start, end
    return None


RULES: dict[str, Rule] = {
    "modal": rule_modal,
    "may": rule_may,
    "could": rule_could,
    "would": rule_would,
    "quantity": rule_quantity,
    "degree": rule_degree,
    "after_quantity": rule_after_quantity,
    "yet": rule_yet,
    "so_far": rule_so_far,
    "to_date": rule_to_date,
    "not_of": rule_not_of,
    "appear": rule_appear,
    "apparent": rule_apparent,
    "attributive": rule_attributive,
    "possible": rule_possible,
    "potential": rule_potential,
    "negated": rule_negated,
    "clause": rule_clause,
    "evidence": rule_evidence,
    "suggest": rule_suggest,
    "claim": rule_claim,
    "whether": rule_whether,
    "if_question": rule_if_question,
    "unknown": rule_unknown,
    "doubt": rule_doubt,
    "adverbial": rule_adverbial,
    "source_subject": rule_source_subject,
    "passive_judgement": rule_passive_judgement,
    "before_verb": rule_before_verb,
    "after_number": rule_after_number,
    "what_terms": rule_what_terms,
    "opinion": rule_opinion,
    "it_that": rule_it_that,
    "like_clause": rule_like_clause,
    "sentence_adverbial": rule_sentence_adverbial,
    "plural_subject": rule_plural_subject,
    "passive_doubt": rule_passive_doubt,
}


# --- detection -----------------------------------------------------------------------------


def _matches(doc: Doc) -> list[tuple[int, int, HedgeEntry]]:
    """Accepted, non-overlapping (start token, end token, entry) triples, in text order."""
    if len(doc) == 0:
        return []
    matcher = _matcher(doc.vocab)
    entries = load_lexicon()
    strings = doc.vocab.strings
    accepted: list[tuple[int, int, int]] = []
    seen: set[tuple[int, int, int]] = set()
    for match_id, start, end in matcher(doc):
        index = int(strings[match_id].rsplit("_", 1)[1])
        if (start, end, index) in seen:
            continue
        seen.add((start, end, index))
        entry = entries[index]
        span: Span | None = (start, end)
        if entry.rule is not None:
            try:
                span = RULES[entry.rule](doc, start, end)
            except IndexError:  # a rule looked past the end of a short text
                span = None
        if span is not None:
            accepted.append((span[0], span[1], index))
    accepted.sort(key=lambda m: (-(m[1] - m[0]), m[0], m[2]))
    taken = bytearray(len(doc) + 1)
    kept = []
    for start, end, index in accepted:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append((start, end, entries[index]))
    kept.sort(key=lambda m: m[0])
    return _merge_questions(kept)


def _merge_questions(kept: list[tuple[int, int, HedgeEntry]]) -> list[tuple[int, int, HedgeEntry]]:
    """One hedge for "unclear whether", "too early to say whether": the question word joins its frame."""
    out: list[tuple[int, int, HedgeEntry]] = []
    for start, end, entry in kept:
        if out:
            p_start, p_end, p_entry = out[-1]
            if (
                p_end == start
                and p_entry.category == entry.category == "uncertainty"
                and entry.rule
                in (
                    "whether",
                    "if_question",
                )
            ):
                out[-1] = (p_start, end, p_entry)
                continue
        out.append((start, end, entry))
    return out


def _detect(
    doc: Doc,
    *,
    quotes: Sequence[Quote],
    attributions: Sequence[Attribution],
    sentence_starts: Sequence[int],
    paragraph_starts: Sequence[int],
) -> tuple[Hedge, ...]:
    """The code shared by :func:`find_hedges` and :func:`hedges_in_doc`."""
    text = doc.text
    hedges = []
    for start, end, entry in _matches(doc):
        char_start = doc[start].idx
        char_end = doc[end - 1].idx + len(doc[end - 1].text)
        words = text[char_start:char_end]
        quote = next((q for q in quotes if q.content_start <= char_start < q.content_end), None)
        speaker = None
        if quote is not None:
            covering = [
                a for a in attributions if a.content_start <= char_start and char_end <= a.content_end
            ]
            if covering:
                speaker = min(covering, key=lambda a: a.content_end - a.content_start).speaker
        hedges.append(
            Hedge(
                start=char_start,
                end=char_end,
                text=words,
                category=entry.category,
                explanation=entry.explain(words),
                in_quote=quote is not None,
                sentence=max(0, bisect.bisect_right(sentence_starts, char_start) - 1),
                paragraph=max(0, bisect.bisect_right(paragraph_starts, char_start) - 1),
                speaker=speaker,
            )
        )
    return tuple(hedges)


def find_hedges(parsed: ParsedArticle, *, attributions: Sequence[Attribution] = ()) -> tuple[Hedge, ...]:
    """Every hedge in the article, in order, each with its category and explanation.

    Hedges inside quotations are marked ``in_quote`` and credited to the speaker
    of the attribution whose content covers them.

    >>> from kit.pipeline import parse
    >>> from kit.article import load_article
    >>> parsed = parse(load_article("T\\n\\nTalks have so far stalled. “It could fail,” she said."))
    >>> [(h.text, h.category, h.in_quote) for h in find_hedges(parsed)]
    [('so far', 'limitation', False), ('could', 'possibility', True)]
    """
    return _detect(
        parsed.doc,
        quotes=parsed.quotes,
        attributions=attributions,
        sentence_starts=[s.start for s in parsed.sentences],
        paragraph_starts=[p.start for p in parsed.article.paragraphs],
    )


def hedges_in_doc(
    doc: Doc,
    *,
    attributions: Sequence[Attribution] = (),
    quotes: Sequence[Quote] | None = None,
) -> tuple[Hedge, ...]:
    """The hedges of any spaCy ``Doc`` (a sentence, a paragraph), without an article.

    Sentences are the Doc's own; paragraphs are split at blank lines; quotations
    are found in the Doc's text unless given.

    >>> from kit.pipeline import load_pipeline
    >>> doc = load_pipeline()("It is unclear whether the treaty would survive.")
    >>> [(h.text, h.category) for h in hedges_in_doc(doc)]
    [('unclear whether', 'uncertainty'), ('would', 'possibility')]
    """
    from ..quotes import find_quotes

    text = doc.text
    paragraphs: list[TextSpan] = []
    position = 0
    for part in text.split("\n\n"):
        paragraphs.append(TextSpan(position, position + len(part)))
        position += len(part) + 2
    if quotes is None:
        quotes = find_quotes(text, paragraphs)
    if doc.has_annotation("SENT_START") or _parsed(doc):
        sentence_starts = [s.start_char for s in doc.sents]
    else:
        sentence_starts = [0]
    return _detect(
        doc,
        quotes=quotes,
        attributions=attributions,
        sentence_starts=sentence_starts,
        paragraph_starts=[p.start for p in paragraphs],
    )


# --- counts ------------------------------------------------------


class HedgeFindings(Protocol):
    """What :func:`count_hedges` reads: an :class:`~kit.analysis.Analysis`, or anything like it."""

    @property
    def hedges(self) -> Sequence[Hedge]: ...

    @property
    def paragraphs(self) -> Sequence[TextSpan]: ...

    @property
    def word_count(self) -> int: ...


def count_hedges(analysis: HedgeFindings) -> dict[str, Any]:
    """Counts per category, per paragraph, speaker vs. outlet, and per 100 words.

    Keys: ``total``, ``by_category``, ``by_paragraph``, ``in_quotes`` (hedges
    by speakers), ``outlet`` (by the writer), ``per_100_words``, and
    ``by_category_outlet``, ``by_category_in_quotes``, ``by_speaker``,
    ``epistemic`` (possibility, probability, appearance, uncertainty),
    ``per_100_words_by_category``.

    >>> from kit import analyze
    >>> counts = count_hedges(analyze("T\\n\\nPrices could rise. “It may fail,” she said."))
    >>> counts["total"], counts["outlet"], counts["in_quotes"], counts["by_category"]["possibility"]
    (2, 1, 1, 2)
    """
    hedges = analysis.hedges
    words = max(analysis.word_count, 1)
    by_paragraph = [0] * len(analysis.paragraphs)
    for hedge in hedges:
        if 0 <= hedge.paragraph < len(by_paragraph):
            by_paragraph[hedge.paragraph] += 1
    by_speaker: dict[str, int] = {}
    for hedge in hedges:
        if hedge.in_quote and hedge.speaker:
            by_speaker[hedge.speaker] = by_speaker.get(hedge.speaker, 0) + 1
    return {
        "total": len(hedges),
        "by_category": {c: sum(h.category == c for h in hedges) for c in HEDGE_CATEGORIES},
        "by_paragraph": by_paragraph,
        "in_quotes": sum(h.in_quote for h in hedges),
        "outlet": sum(not h.in_quote for h in hedges),
        "per_100_words": round(100 * len(hedges) / words, 2),
        "by_category_outlet": {
            c: sum(h.category == c and not h.in_quote for h in hedges) for c in HEDGE_CATEGORIES
        },
        "by_category_in_quotes": {
            c: sum(h.category == c and h.in_quote for h in hedges) for c in HEDGE_CATEGORIES
        },
        "by_speaker": by_speaker,
        "epistemic": sum(h.category in EPISTEMIC_CATEGORIES for h in hedges),
        "per_100_words_by_category": {
            c: round(100 * sum(h.category == c for h in hedges) / words, 2) for c in HEDGE_CATEGORIES
        },
    }
