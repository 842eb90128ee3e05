"""Finding hedges in a parsed text, and counting them.

The phrases of the lexicon are matched, each match passes its context rule (if
its entry names one), the longest accepted match wins where matches overlap,
and a question word joins the frame before it ("unclear" + "whether"). Each
hedge left becomes a :class:`~kit.records.Hedge`: its words, category and
explanation, whether it stands inside quotation marks, whose it is (the
reported source's when it stands in reported speech), and its sentence and
paragraph. :func:`count_hedges` turns the hedges of an analysis into the
counts that charts and the readable report show.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from ..records import HEDGE_CATEGORIES, WRITER_HEDGE_CATEGORIES, Attribution, Hedge, TextSpan, index_at
from .context import Span, has_parse, has_sentences, lemma
from .lexicon import HedgeEntry, load_lexicon, phrase_matches
from .rules import RULES
from .vocabulary import EPISTEMIC_CATEGORIES, word_list

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..pipeline import ParsedArticle
    from ..quotes import Quote

__all__ = ["HedgeFindings", "count_hedges", "find_hedges", "hedges_in_doc"]


def _matches(doc: Doc) -> list[tuple[int, int, HedgeEntry]]:
    """Accepted, non-overlapping (start token, end token, entry) triples, in text order."""
    if len(doc) == 0:
        return []
    entries = load_lexicon()
    accepted: list[tuple[int, int, int]] = []
    seen: set[tuple[int, int, int]] = set()
    for start, end, index in phrase_matches(doc):
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
                and entry.rule in ("whether", "if_question")
            ):
                out[-1] = (p_start, end, p_entry)
                continue
        out.append((start, end, entry))
    return out


def _writers_aside(doc: Doc, i: int) -> bool:
    """Does token ``i`` stand in the writer's own comment on the report, not in the reported words:
    "in what would be a show of solidarity", ", a move that could anger Washington"?

    Read from the parse: on the way from the word to the root of its sentence, a clause that is the
    object of "in" with "what" as its subject, or a relative clause on an appositive after a comma
    that comments on the whole clause (attached to a verb, or a noun such as "move" or "step")."""
    if not has_parse(doc):
        return False
    token = doc[i]
    for _ in range(12):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ == "pcomp" and head.lower_ == "in" and any(c.lower_ == "what" for c in token.children):
            return True
        if (
            token.dep_ == "relcl"
            and head.dep_ == "appos"
            and (head.head.pos_ in ("VERB", "AUX") or lemma(head) in word_list("comment_nouns"))
            and head.left_edge.i > 0
            and doc[head.left_edge.i - 1].text == ","
        ):
            return True
        token = head
    return False


def _reported_source(
    doc: Doc, start: int, end: int, category: str, *, quoted: bool, attributions: Sequence[Attribution]
) -> str | None:
    """Whose hedge the tokens ``[start, end)`` are: the source of the innermost attribution whose
    content holds them (quoted or not, GUIDELINES §3), or whose cue they are ("Analysts expect …"),
    or ``None`` for the writer. Distancing and vague-source hedges are the writer's wherever they
    stand: they frame the report, they are not what the source said; so is the writer's aside inside
    an unquoted report ("said he expected a visit in what would be a show of solidarity")."""
    if category in WRITER_HEDGE_CATEGORIES:
        return None
    char_start = doc[start].idx
    char_end = doc[end - 1].idx + len(doc[end - 1].text)
    covering = [a for a in attributions if a.content_start <= char_start and char_end <= a.content_end]
    if not covering:
        # the cue itself: "Solvane expects revenue to grow", "We believe …": the forecast is the source's
        cues = (a for a in attributions if a.cue_start is not None and a.cue_end is not None)
        cue = next((a for a in cues if a.cue_start < char_end and char_start < a.cue_end), None)
        return cue.speaker if cue is not None else None
    if not quoted and _writers_aside(doc, start):
        return None
    return min(covering, key=lambda a: a.content_end - a.content_start).speaker


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
        if quote is not None and entry.category == "vague_source":
            continue  # a blurred source is the writer's framing; quoted, "People think …" is the speaker's
        hedges.append(
            Hedge(
                start=char_start,
                end=char_end,
                text=words,
                category=entry.category,
                explanation=entry.explain(words),
                in_quote=quote is not None,
                sentence=index_at(sentence_starts, char_start),
                paragraph=index_at(paragraph_starts, char_start),
                speaker=_reported_source(
                    doc, start, end, entry.category, quoted=quote is not None, attributions=attributions
                ),
            )
        )
    return tuple(hedges)


def find_hedges(parsed: ParsedArticle, *, attributions: Sequence[Attribution] = ()) -> tuple[Hedge, ...]:
    """Every hedge in the article, in order, each with its category and explanation.

    Hedges inside quotation marks are marked ``in_quote``; a hedge in the content
    of an attribution, quoted or not, is credited to its speaker (the reported
    source), except distancing and vague-source hedges, which stay the writer's.

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
    if has_sentences(doc):
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
    """Counts per category, per paragraph, the writer's vs. the sources', and per 100 words.

    Whose hedge it is (GUIDELINES §3): a hedge in the content of reported speech,
    quoted or not, is the reported source's; every other hedge, and every
    distancing or vague-source hedge wherever it stands, is the writer's.

    Keys: ``total``, ``by_category``, ``by_paragraph``; ``outlet`` (the
    writer's hedges, in the outlet's own voice) and ``sources`` (the hedges of
    the sources the article quotes or reports), which add up to ``total``;
    ``in_quotes`` (hedges inside quotation marks, whoever's);
    ``per_100_words``; ``by_category_outlet``, ``by_category_sources``,
    ``by_category_in_quotes``; ``by_speaker`` (each named source's hedges);
    ``epistemic`` (possibility, probability, appearance, uncertainty);
    ``per_100_words_by_category``.

    >>> from kit import analyze
    >>> result = analyze("T\\n\\nPrices could rise. “It may fail,” Ann Wu said. Ed Li said sales might fall.")
    >>> counts = count_hedges(result)
    >>> counts["total"], counts["outlet"], counts["sources"], counts["in_quotes"], counts["by_speaker"]
    (3, 1, 2, 1, {'Ann Wu': 1, 'Ed Li': 1})
    """
    hedges = analysis.hedges
    words = max(analysis.word_count, 1)
    by_paragraph = [0] * len(analysis.paragraphs)
    for hedge in hedges:
        if 0 <= hedge.paragraph < len(by_paragraph):
            by_paragraph[hedge.paragraph] += 1
    by_speaker: dict[str, int] = {}
    for hedge in hedges:
        if hedge.speaker and not hedge.by_writer:
            by_speaker[hedge.speaker] = by_speaker.get(hedge.speaker, 0) + 1
    return {
        "total": len(hedges),
        "by_category": {c: sum(h.category == c for h in hedges) for c in HEDGE_CATEGORIES},
        "by_paragraph": by_paragraph,
        "in_quotes": sum(h.in_quote for h in hedges),
        "outlet": sum(h.by_writer for h in hedges),
        "sources": sum(not h.by_writer for h in hedges),
        "per_100_words": round(100 * len(hedges) / words, 2),
        "by_category_outlet": {
            c: sum(h.category == c and h.by_writer for h in hedges) for c in HEDGE_CATEGORIES
        },
        "by_category_sources": {
            c: sum(h.category == c and not h.by_writer for h in hedges) for c in HEDGE_CATEGORIES
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
