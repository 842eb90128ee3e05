"""Who the article names: the source word lists, the article's lookups and its name table.

The ground the attribution engine stands on (:mod:`kit.sources`):

* :func:`load_lexicon` reads ``kit/data/reporting_verbs.txt`` and ``kit/data/sources_words.tsv``
  (through :func:`kit.lexicon.read_rows`; a line it cannot use raises
  :class:`~kit.errors.LexiconError` naming the file and the line);
* :class:`Source` is a resolved source (who, what type, which mention names it);
* :class:`ArticleContext` holds the look-ups over one parsed article: sentences,
  paragraphs, quotations, entities and datelines by character or token;
* :class:`NameTable` is the per-article name table: PERSON mentions with their fullest
  form ("Putin" → "Vladimir Putin"), titles and nationality words ("Russian President"),
  gender evidence (Mr/Ms, spokeswoman, "her son"), and ORG names ("the authority" →
  "the Midland Health Authority").

Turning a subject into a source is :mod:`kit.sources.resolver`'s job.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..article import DATELINE
from ..lexicon import Row, given_names, read_rows
from ..pipeline import AFTER_POST_TIME, POST_TIME, aged_at, sentence_span
from ..quotes import QUESTION_NUMBER, ROLE_LABELS, TITLE_ABBREVIATIONS, label_head
from ..records import TextSpan
from ..words import HYPHENS, KIN

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..pipeline import ParsedArticle
    from ..quotes import Quote

SUBJECTS = ("nsubj", "nsubjpass")
#: verbs of answering a charge ("denies causing death by …", "admitted manslaughter", "pleaded guilty"):
#: a plea, not a statement of content; their subject is a court report's defendant
PLEADING = frozenset({"deny", "admit", "plead"})
#: a closing quote mark (the end of the quotation a tag follows; "’" closes a single-quoted one)
CLOSING_MARKS = frozenset({"”", "\"", "''", "’"})
# "went on to say", "continued to insist", "interrupted to ask": verbs whose subject a following
# reporting verb shares ("is expected to announce", "wants to say" report no statement).
GOING_ON = frozenset(
    {"go", "continue", "keep", "proceed", "hasten", "rush", "take", "repeat", "add", "begin"}
    | {"interrupt", "interject", "intervene"}
)
PERSON_PRONOUNS = {
    "he": "male",
    "him": "male",
    "his": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
}
NAMED_ENTS = {"PERSON"}
#: words that open a place's name, never a person's ("High Skellgill", "Upper Werrin", "Nether Stowe")
_PLACE_OPENERS = frozenset(
    {"high", "upper", "lower", "nether", "great", "little", "north", "south", "east", "west"}
)
#: what the model may call a person's name by mistake, when it calls the same words PERSON elsewhere
_PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
# A live blog's post opens with its time ("18:10 — ", "Updated 15:35: "): like a dateline, never a source.
_TIMESTAMP = re.compile(r"(?:Updated\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:[—–-]|:)\s+")
ORG_ENTS = {"ORG", "GPE", "NORP", "FAC"}
#: labels the model gives an organization's name by mistake
_ORG_SLIPS = {"PERSON", "WORK_OF_ART", "PRODUCT"}
TIME_ENTS = {"DATE", "TIME"}
TITLE_STRIP = re.compile(r"^(?:the|a|an)\s+", re.I)


# --- the lexicon ---------------------------------------------------------------

#: The frames a reporting verb may list (``kit/data/reporting_verbs.txt`` explains them).
FRAMES = frozenset({"clause", "object", "as", "label"})
#: The categories of ``kit/data/sources_words.tsv`` (its header comment explains them).
CATEGORIES = frozenset(
    {
        "spokesperson", "document", "organization", "vague", "anonymous", "title", "male", "female",
        "speech_noun", "length_noun", "refusal", "silence", "naming", "speech_act", "company_suffix",
        "org_suffix", "company_word", "silence_phrase", "not_speech", "street_suffix", "product_word",
        "postnominal", "person_word", "org_prefix", "mood", "trial_side",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``kit/data``: reporting verbs and source words."""

    frames: dict[str, frozenset[str]]
    particles: dict[str, str]
    words: dict[str, frozenset[str]]
    #: verb → its VerbNet classes (the data file's fourth column; empty for hand-only verbs)
    classes: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def has(self, category: str, word: str) -> bool:
        return word.lower() in self.words.get(category, frozenset())

    def phrases(self, category: str) -> frozenset[str]:
        return self.words.get(category, frozenset())


@functools.cache
def load_lexicon() -> Lexicon:
    """Read the word lists once per process.

    >>> lexicon = load_lexicon()
    >>> sorted(lexicon.frames["describe"]), lexicon.has("document", "translation")
    (['as', 'clause', 'object'], True)
    """
    return build_lexicon(
        read_rows("reporting_verbs.txt", header=False), read_rows("sources_words.tsv", header=False)
    )


#: words that make a title another post: "deputy ambassador" is not "ambassador", "the shadow
#: chancellor" not "the chancellor"
RANKS = frozenset("deputy vice assistant acting former junior shadow interim".split())


def build_lexicon(verbs: Sequence[Row], words: Sequence[Row]) -> Lexicon:
    """The lexicon of the rows of ``reporting_verbs.txt`` (LEMMA, FRAMES, PARTICLE, CLASSES, ORIGIN) and of
    ``sources_words.tsv`` (CATEGORY, ENTRY); a row it cannot use raises ``row.error(...)``.

    >>> from kit.lexicon import Row
    >>> build_lexicon([Row("v.txt", 5, ("say", "clause"))], [Row("w.tsv", 9, ("vague", "Critics"))]).words
    {'vague': frozenset({'critics'})}
    >>> build_lexicon([], [Row("w.tsv", 9, ("vague",))])
    Traceback (most recent call last):
    kit.errors.LexiconError: w.tsv, line 9: expected CATEGORY <TAB> ENTRY. ...
    """
    frames: dict[str, frozenset[str]] = {}
    particles: dict[str, str] = {}
    classes: dict[str, tuple[str, ...]] = {}
    for row in verbs:
        if not 1 <= len(row) <= 5 or not row[0]:
            raise row.error("expected LEMMA <TAB> FRAMES [<TAB> PARTICLE <TAB> CLASSES <TAB> ORIGIN]")
        listed = frozenset(row[1].split(",")) if len(row) > 1 else frozenset({"clause"})
        if not listed <= FRAMES:
            raise row.error(
                f"unknown frame {', '.join(sorted(listed - FRAMES))!r} (known: {', '.join(sorted(FRAMES))})"
            )
        frames[row[0]] = listed
        if row[2]:
            particles[row[0]] = row[2]
        if row[3] and row[3] != "-":
            classes[row[0]] = tuple(row[3].split(","))
    found: dict[str, set[str]] = {}
    for row in words:
        if len(row) != 2 or not row[0] or not row[1]:
            raise row.error("expected CATEGORY <TAB> ENTRY")
        if row[0] not in CATEGORIES:
            raise row.error(f"unknown category {row[0]!r}")
        found.setdefault(row[0], set()).add(row[1].lower())
    return Lexicon(frames, particles, {k: frozenset(v) for k, v in found.items()}, classes)


@dataclass(frozen=True)
class Source:
    """A resolved source: who, what type, and the mention that names it (None if inherited)."""

    name: str
    type: str
    start: int | None
    end: int | None
    gender: str | None = None
    #: an inherited source's subject ("The council" for "warned" in "The council backed the plan and
    #: warned …"): where its source phrase is, though the words are the first clause's, not a mention
    inherited_at: tuple[int, int] | None = None

    @property
    def at(self) -> tuple[int, int] | None:
        """Where the source's phrase is: its mention, else the subject it inherits."""
        if self.start is not None and self.end is not None:
            return self.start, self.end
        return self.inherited_at

    def inherited(self) -> Source:
        """The same source taken over by another cue: no mention of its own."""
        return Source(self.name, self.type, None, None, self.gender, self.at)


# --- the per-article context --------------------------------------------------------


class ArticleContext:
    """Lookups over one parsed article: tokens ↔ sentences, paragraphs, quotes, entities, names."""

    def __init__(self, parsed: ParsedArticle) -> None:
        self.parsed = parsed
        self.doc: Doc = parsed.doc
        self.text: str = parsed.text
        self.lex = load_lexicon()
        self.sentences = parsed.sentences
        self.quotes: list[Quote] = list(parsed.quotes)
        self.quote_starts = [q.start for q in self.quotes]
        self.ent_of: dict[int, Span] = {}
        #: the article's entities, as the model and the kit's repairs left them (``doc.ents`` builds
        #: them anew at every read)
        self.ents: tuple[Span, ...] = self.doc.ents
        self._sentence_spans: dict[int, Span] = {}
        for ent in self.ents:
            if ent.label_ == "PERSON" and self.is_place_name(clean_name(ent, self.lex)):
                ent = ent.doc[ent.start : ent.end]
                ent.label_ = "FAC"  # "Coldharbour Street has changed around her": a street, nobody
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        self.dateline_end = self._datelines()
        self._tokens_with: dict[tuple[str, ...], list[Token]] = {}
        #: token index → its appositions after it, in order ("Ofstream" of "the regulator, Ofstream,"):
        #: the few tokens that have one, read once instead of every token's right children
        self.appositions: dict[int, list[Token]] = {}
        for token in self.tokens_with("DEP", "appos"):
            if token.head.i < token.i:
                self.appositions.setdefault(token.head.i, []).append(token)
        self.names = NameTable(self)

    def tokens_with(self, attr: str, *values: str) -> list[Token]:
        """The article's tokens whose ``attr`` (``"POS"``, ``"TAG"``, ``"DEP"`` …) is one of ``values``, in
        order: read from one array, so that a pass over the names need not make every token of the article."""
        key = (attr, *values)
        if key not in self._tokens_with:
            import numpy
            from spacy.strings import get_string_id

            array = self.doc.to_array(attr)
            # (the ids as the array's own type: a mix of NumPy types would compare as floats)
            found = numpy.isin(array, numpy.array([get_string_id(v) for v in values], dtype=array.dtype))
            self._tokens_with[key] = [self.doc[i] for i in found.nonzero()[0].tolist()]
        return self._tokens_with[key]

    def lemmatized(self, lemmas: Iterable[str]) -> list[Token]:
        """The article's tokens whose lemma, in lower case, is one of ``lemmas``, in order (read from one
        array, as :meth:`tokens_with`)."""
        import numpy

        wanted = frozenset(lemmas)
        array = self.doc.to_array("LEMMA")
        strings = self.doc.vocab.strings
        ids = [i for i in numpy.unique(array).tolist() if strings[i].lower() in wanted]
        found = numpy.isin(array, numpy.array(ids, dtype=array.dtype))
        return [self.doc[i] for i in found.nonzero()[0].tolist()]

    def is_place_name(self, words: list[str]) -> bool:
        """A name the model tagged PERSON that is a place: a street ("Coldharbour Street", "Mill Road")
        or the town of the dateline ("BRACKENHOLT (The Fellside Courier) —" and then "in Brackenholt",
        "CARRICK NESS —" and then "Carrick Ness harbour")."""
        if not words:
            return False
        if len(words) > 1 and self.lex.has("street_suffix", words[-1].lower().rstrip(".")):
            return True
        if opens_a_place(words):
            return True
        place = self.parsed.article.place
        return place is not None and " ".join(words).lower() == " ".join(place.split()).lower()

    # positions
    def sentence_of(self, char: int) -> int:
        return self.parsed.sentence_at(char)

    def paragraph_of(self, char: int) -> int:
        return self.parsed.paragraph_at(char)

    def quote_of(self, char: int) -> int | None:
        """Index of the quotation (marks included) that contains ``char``."""
        # (quotations never overlap: the last one that starts at or before ``char``, if it is still open;
        # bisect without index_at's call, read for every token of the article, often more than once)
        i = bisect.bisect_right(self.quote_starts, char) - 1
        return i if i >= 0 and char < self.quotes[i].end else None

    def in_quote(self, token: Token) -> bool:
        """Inside quotation marks. A transcript turn is not: its speaker reports others in it
        ("a farmer there, Odile Farrant, said …"), and those reports are read like the outlet's."""
        i = self.quote_of(token.idx)
        return i is not None and not self.quotes[i].turn

    def in_turn(self, token: Token) -> bool:
        """Inside a transcript turn (its label included)."""
        i = self.quote_of(token.idx)
        return i is not None and self.quotes[i].turn

    def in_label(self, token: Token) -> bool:
        """In a transcript turn's label, before its words ("Sunil Varcoe (01:31):")."""
        i = self.quote_of(token.idx)
        return i is not None and self.quotes[i].turn and token.idx < self.quotes[i].content_start

    def sentence_tokens(self, index: int) -> Span:
        if index not in self._sentence_spans:  # (read again and again: looked up once)
            s = self.sentences[index]
            span = self.doc.char_span(s.start, s.end, alignment_mode="expand")
            self._sentence_spans[index] = span if span is not None else self.doc[0:0]
        return self._sentence_spans[index]

    def sentence_before(self, token: Token) -> Span:
        """The tokens of the sentence before the token's, when it stands in the same paragraph (else
        none): where "It reads …" or "The report says …" finds the document it stands for."""
        k = self.sentence_of(token.idx) - 1
        if k < 0 or self.paragraph_of(self.sentences[k].start) != self.paragraph_of(token.idx):
            return self.doc[0:0]
        return self.sentence_tokens(k)

    def _datelines(self) -> dict[int, int]:
        out = {}
        for p in self.parsed.article.paragraphs:
            match = DATELINE.match(self.text, p.start, p.end) or _TIMESTAMP.match(self.text, p.start, p.end)
            if match:
                out[p.start] = match.end()
        return out

    def dateline_end_at(self, char: int) -> int:
        """Where the dateline of the paragraph holding ``char`` ends (-1: it has none)."""
        starts = self.parsed.paragraph_starts
        return self.dateline_end.get(starts[self.paragraph_of(char)] if starts else 0, -1)

    def in_dateline(self, token: Token) -> bool:
        return token.idx < self.dateline_end_at(token.idx)




#: the kin word seen from the other side: X is "her son", so she is "his mother"
KIN_INVERSE: dict[str, frozenset[str]] = {
    **dict.fromkeys(("son", "daughter"), frozenset({"mother", "father"})),
    **dict.fromkeys(("mother", "father"), frozenset({"son", "daughter"})),
    **dict.fromkeys(("wife", "husband", "partner", "widow", "widower"), frozenset({"wife", "husband"})),
    **dict.fromkeys(("brother", "sister"), frozenset({"brother", "sister"})),
}


def opens_a_place(words: list[str]) -> bool:
    """ "High Skellgill", "Upper Werrin": a farm's or a village's name, by a word that opens no person's."""
    return len(words) > 1 and words[0].lower() in _PLACE_OPENERS


def without_possessive(name: str) -> str:
    """The name without a final possessive: "the company’s" → "the company", "Reuters'" → "Reuters"."""
    return re.sub(r"\s*[’']s?$", "", name)


def join_name(words: Iterable[str]) -> str:
    """The words of a name as one string, a hyphenated part joined again ("Chen - Holloway")."""
    return re.sub(r" ([-‐‑]) ", r"\1", " ".join(words))


def clean_name(tokens: Iterable[Token], lex: Lexicon) -> list[str]:
    tokens = list(tokens)
    if len(tokens) > 1 and tokens[0].text in ("Q.", "A.") and tokens[0].is_sent_start:
        tokens = tokens[1:]  # "Q. Tobias Kettle, …": a print Q&A's letter, which the model joins to a name
    if len(tokens) > 1 and QUESTION_NUMBER.fullmatch(tokens[0].text):
        tokens = tokens[1:]  # "Q105 Rachel Osei": a committee transcript's question number
    while (
        len(tokens) > 1
        and tokens[0].is_title
        and tokens[-1].ent_type_ == "PERSON"
        and tokens[-1].text[:1].islower()
    ):
        tokens.pop()  # "Eze lashes a half-volley" tagged "Eze lashes a": a person's name ends capitalised
    colon = next((k for k, t in enumerate(tokens) if t.text == ":"), None)
    if colon is not None:
        tokens = tokens[:colon]  # "Rachel Osei: Dr Asante", a label and the name it addresses: the label's
    words = [
        t.text
        for t in tokens
        # a hyphen inside a name ("Maria Chen-Holloway") stays a word: join_name() puts it back
        if (t.text in HYPHENS and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_)
        or (not t.is_punct and t.text not in ("’s", "'s", "’", "'"))
    ]
    while words and (lex.has("title", words[0].rstrip(".")) or words[0].lower() in ("the", "a", "an")):
        words = words[1:]
    # "Fire Chief Renata Hargrove", "Police Sergeant Ann Cole": up to the last title before the name
    titled = [k for k, w in enumerate(words[:-2]) if lex.has("title", w.rstrip(".").lower())]
    if titled:
        words = words[titled[-1] + 1 :]
    while len(words) > 1 and lex.has("postnominal", words[-1].rstrip(".").lower()):
        words = words[:-1]  # "Rachel Imrie KC", "Sir Ian Pell MP": the person is Rachel Imrie
    return words


def _after_a_role(first: Token, roles: frozenset[str] | set[str]) -> bool:
    """ "the Minister for Sport, Hollis Quarmby,": a name right after a comma that closes a role's
    phrase, both hung on the same word by the parser (not on the role), is that role's holder."""
    doc = first.doc
    if first.i < 2 or doc[first.i - 1].text != ",":
        return False
    role = doc[first.i - 2]
    while role.dep_ in ("pobj", "prep") and role.head.i < role.i:  # "Minister for Sport"
        role = role.head
    return role.lemma_.lower() in roles and role.dep_ in ("appos", "nsubj", "ROOT", "dobj", "pobj")


class NameTable:
    """The article's name table: every PERSON mention, its fullest form, titles and gender."""

    def __init__(self, art: ArticleContext) -> None:
        self.art = art
        lex = art.lex
        self.full: list[tuple[int, tuple[str, ...]]] = []  # (token index, words)
        self.attrs: dict[str, set[str]] = {}
        self._holders: dict[frozenset[str], str | None] = {}  # only_holder(), read once per title
        self.gender: dict[str, str] = {}
        self.mentions: dict[str, list[TextSpan]] = {}
        self.acronyms = _acronyms(art.text)  # "NPSO" → "National Product Safety Office"
        self.kin_owner: dict[str, tuple[str, Token]] = {}  # "Her son, Reuben": Reuben → ("son", "Her")
        labels = {(q.content_start, q.content_end) for q in art.quotes}
        # "QUESTION:", "MINISTER:" (a transcript's role labels) the model may tag as people
        roles = [
            (q.label_start, q.label_end)
            for q in art.quotes
            if q.turn and self._a_role_label(art.text[q.label_start : q.label_end])
        ]
        # "Halvorsen" alone, tagged PERSON, after "Halvorsen Foods": the company's short name
        long_names = [(e.label_, words) for e in art.ents if len(words := clean_name(e, lex)) > 1]
        companies = {
            tuple(w.lower() for w in words[:-1])
            for _, words in long_names
            if lex.has("company_suffix", words[-1].lower().rstrip("."))
        }
        # "Ravelston’s chief financial officer" tagged PERSON after "Ravelston Meters plc": one word that
        # opens an organization's longer name, and ends no person's full name, is its short name
        opening = {
            words[0].lower()
            for label, words in long_names
            if label == "ORG" or tuple(w.lower() for w in words[:-1]) in companies
        }
        surnames = {
            words[-1].lower()
            for label, words in long_names
            if label in NAMED_ENTS and words[0].lower() in given_names()
        }
        short_of_org = opening - surnames
        # "Stridewell, a maker of fitness trackers": a business, whatever the model tagged there (if
        # anything): name → its first token, and the tokens of every such mention
        self.businesses: dict[str, int] = {}
        business_at: dict[int, str] = {}  # each token of such a mention → the name
        for t in art.tokens_with("POS", "PROPN", "NOUN"):  # (a name or a trade, below)
            ent = art.ent_of.get(t.i)
            if ent is not None and ent.label_ == "PERSON" and ent[0].lower_ in given_names():
                continue  # "Craig Fenwick, 44, a furnace operator": a man, not a train operator
            if age_beside(t):
                continue  # "Ray Dunleavy, 71, a retired grain elevator operator": a man, his age beside him
            if t.pos_ == "PROPN" and (
                any(c.dep_ == "appos" and lex.has("company_word", c.lemma_.lower()) for c in t.rights)
                # "Industrial pump maker Pellow Brandt", "carmaker Voltara": the trade before the name
                or any(
                    c.dep_ == "compound" and c.pos_ == "NOUN" and lex.has("company_word", c.lemma_.lower())
                    for c in t.lefts
                )
            ):
                first = t.i
                while (  # the name's words before it, each hung on a later one ("Kestrel" on "Bay" of
                    # "Kestrel Bay Capital")
                    first > 0
                    and art.doc[first - 1].is_title
                    and first <= art.doc[first - 1].head.i <= t.i
                ):
                    first -= 1
                name = art.doc[first : t.i + 1].text
                self.businesses.setdefault(name, first)
                business_at.update(dict.fromkeys(range(first, t.i + 1), name))
            elif t.pos_ == "NOUN" and lex.has("company_word", t.lemma_.lower()):
                # "The detergent maker Calvex", parsed as the trade with its name in apposition
                name_at = next((c for c in t.rights if c.dep_ == "appos" and c.i == t.i + 1), None)
                if name_at is not None and name_at.pos_ == "PROPN" and name_at.lower_ not in given_names():
                    last = name_at.i
                    while last + 1 < len(art.doc) and art.doc[last + 1].pos_ == "PROPN":
                        last += 1
                    name = art.doc[name_at.i : last + 1].text
                    self.businesses.setdefault(name, name_at.i)
                    business_at.update(dict.fromkeys(range(name_at.i, last + 1), name))
        self.business_names = {_name_words(name) for name in self.businesses}
        # "HeatShare, a program that lets homeowners …": a product or a scheme, not who "the company" is
        self.products = {
            _name_words(art.doc[t.left_edge.i if t.left_edge.pos_ == "PROPN" else t.i : t.i + 1].text)
            for t in map(art.doc.__getitem__, art.appositions)
            if t.pos_ == "PROPN"
            and any(lex.has("product_word", c.lemma_.lower()) for c in art.appositions[t.i])
        }
        # "the regulator, Ofstream, set out …": a later "the regulator" is Ofstream
        self.introduced: dict[str, list[tuple[int, str]]] = {}
        # (each case below reads a noun, or a word with an apposition)
        nouns = {t.i: t for t in art.tokens_with("TAG", "NN")}
        nouns.update((i, art.doc[i]) for i in art.appositions if i not in nouns)
        for t in [nouns[i] for i in sorted(nouns)]:
            appositions = art.appositions.get(t.i, ())
            name = next((c for c in appositions if c.pos_ == "PROPN"), None)
            if (
                name is not None
                and t.tag_ == "NN"
                and lex.has("organization", t.lemma_.lower())
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.lefts)
                and (art.ent_of.get(name.i) is None or art.ent_of[name.i].label_ == "ORG")
            ):
                first = name.left_edge.i if name.left_edge.pos_ == "PROPN" else name.i
                words = without_possessive(art.doc[first : name.i + 1].text)
                self.introduced.setdefault(t.lemma_.lower(), []).append((t.i, words))
            elif (
                t.tag_ == "NN"
                and lex.has("organization", t.lemma_.lower())
                and t.i + 1 < len(art.doc)
                and (
                    any(c.dep_ == "det" and c.lower_ == "the" for c in t.lefts)
                    # "the older people's charity Evergrove": "the" on the owner the parser gave the name
                    or (t.dep_ == "compound" and t.head.i == t.i + 1 and t.head.left_edge.lower_ == "the")
                )
                and art.doc[t.i + 1].pos_ in ("PROPN", "NOUN")
                and art.ent_of.get(t.i + 1) is not None
                and art.ent_of[t.i + 1].label_ == "ORG"
            ):
                # "the housing charity Shelterwell": the name right after its description, however parsed
                ent = art.ent_of[t.i + 1]
                self.introduced.setdefault(t.lemma_.lower(), []).append((t.i, without_possessive(ent.text)))
            # and the other way round: "Lanternways, the region's largest young carers' charity," and
            # then "The Brackwell-based charity … said"
            kind = next((c for c in appositions if c.tag_ == "NN"), None)
            ent = art.ent_of.get(t.i)
            if (
                kind is not None
                and (t.pos_ == "PROPN" or (ent is not None and ent.label_ == "ORG"))  # "Lanternways": NNS
                and lex.has("organization", kind.lemma_.lower())
                and (ent is None or ent.label_ == "ORG")
            ):
                first = t.left_edge.i if t.left_edge.pos_ == "PROPN" else t.i
                words = without_possessive(ent.text if ent is not None else art.doc[first : t.i + 1].text)
                self.introduced.setdefault(kind.lemma_.lower(), []).append((kind.i, words))
        # "Carers Compass said …" after "the charity Carers Compass": the body, though tagged a person
        self.body_names = {_name_words(words) for named in self.introduced.values() for _, words in named}
        # a name the model tagged a place once and a person elsewhere ("news to Doreen Ashworth"): her
        persons = {e.text for e in art.ents if e.label_ in NAMED_ENTS}
        people = [
            e
            for e in map(_with_first_name, art.ents)
            if (e.label_ in NAMED_ENTS or (e.label_ in _PLACE_LABELS and e.text in persons))
            and any(t.text[:1].isupper() for t in e)  # "café" tagged PERSON: no name
            and not org_name(words := clean_name(e, lex), lex)
            and tuple(w.lower() for w in words) not in companies
            and not (len(words) == 1 and words[0].lower() in short_of_org)
            and (e.start_char, e.end_char) not in labels  # its “Simpler Halvorsen” plan: a label, nobody
            and not any(a <= e.start_char < b for a, b in roles)
            and _name_words(e.text) not in self.business_names
            and _name_words(e.text) not in self.body_names
            and not any(t.i in business_at for t in e)
            and not art.is_place_name(words)  # "Coldharbour Street", the dateline's town, tagged PERSON
            and not _born_as(e)
            # "The Scot, who took over in 2023, said …": one word after "the" describes, no name takes it
            and not (len(e) == 1 and e.start > 0 and art.doc[e.start - 1].lower_ == "the")
        ] + self._appositive_people()  # "Corvale Biotech" tagged PERSON is a company: see _orgs
        people.sort(key=lambda e: e.start)
        for ent in people:
            words = clean_name(ent, lex)
            if words:
                self.full.append((ent.start, tuple(words)))
        self.lower = [(i, tuple(w.lower() for w in words)) for i, words in self.full]
        self._canonical: dict[tuple[str, ...], str] = {}
        self._organizations: dict[tuple[str, ...], str | None] = {}  # organization(), read once per key
        self._known: dict[str, bool] = {}  # knows(), read once per word
        self._by_word: dict[str, list[int]] | None = None  # word → the names (``lower``) holding it
        named = {i for e in people for i in range(e.start, e.end)}
        self.short = self._short_names(named)
        self.orgs = self._orgs(named, business_at)
        self._orgs_by_word: dict[str, list[tuple[str, tuple[str, ...]]]] | None = None  # _named_in_sentence
        self._places: set[str] = set()
        self.extra = {t: e for e in people if e.label_ not in NAMED_ENTS for t in range(e.start, e.end)}
        hints: list[tuple[str, str]] = []
        holders = collections.Counter(w for words in {words for _, words in self.lower} for w in set(words))
        tagged_otherwise = (e.root for e in art.ents if e.label_ != "PERSON")
        shorts = itertools.chain(tagged_otherwise, (span.root for span in self.short))
        for t in shorts:
            # "Sarkissian, the two-term governor of a neighboring state, spoke …" (a short name, however
            # the model tagged it, of one person only: not "Marković" where a wife shares it): "the
            # governor" later (the entities and short names only: no walk over every word)
            if t.pos_ == "PROPN" and t.n_rights and holders[t.lower_] == 1 and not art.in_quote(t):
                described = _described_by(t)
                if described:
                    self.attrs.setdefault(self.canonical([t.text], t.i), set()).update(described)
        for span in self.short:
            name = self.canonical(clean_name(span, lex), span.start)
            self.mentions.setdefault(name, []).append(TextSpan(span.start_char, span.end_char))
            if (pronoun := _own_possessive(span)) is not None:  # "Reszka, who has spent his second term"
                hints.append((name, pronoun))
        for ent in people:
            words = clean_name(ent, lex)
            if not words:
                continue
            name = self.canonical(words, ent.start)
            self.mentions.setdefault(name, []).append(TextSpan(ent.start_char, ent.end_char))
            attrs = self.attrs.setdefault(name, set())
            root = ent.root
            near = [t for t in root.lefts if t.dep_ in ("compound", "amod", "nmod", "poss")]
            for t in near:
                attrs.update(w.lemma_.lower() for w in t.subtree if not w.is_punct)
            for t in ent:
                if lex.has("title", t.text.rstrip(".")):
                    attrs.add(t.lemma_.lower())
            # "Her son, Daniel Whitaker": the noun it stands beside (not another person's name the parser
            # hung it on: "read by Mr Oduya, Helen Stannard, …")
            if root.dep_ == "appos" and root.head.ent_type_ != "PERSON":
                attrs.add(root.head.lemma_.lower())
                of = root.head.head
                if root.head.dep_ == "pobj" and of.lower_ == "of" and lex.has("title", of.head.lower_):
                    # "the Archbishop of Aldershavn, Mattias Okonkwo,": the parser hung the name on the see
                    attrs.add(of.head.lemma_.lower())
                owner = next((c for c in root.head.lefts if c.dep_ == "poss"), None)
                if root.head.lemma_.lower() in KIN and owner is not None:
                    self.kin_owner.setdefault(name, (root.head.lemma_.lower(), owner))
                # (and the body it is of: "the council's leader, Cllr Farida Haidari" is the council leader)
                attrs.update(
                    c.lemma_.lower()
                    for c in root.head.lefts
                    if c.dep_ in ("compound", "amod") or (c.dep_ == "poss" and c.pos_ == "NOUN")
                )
            attrs.update(_described_by(root), _role_by_the_copula(root))
            before = art.doc[ent.start - 1] if ent.start > 0 else None
            if before is not None:
                attrs.add(before.lower_.rstrip("."))
                noun = art.doc[ent.start - 2] if ent.start > 1 else None
                # "his niece, Jo Pellow", however parsed (not "since I was a girl, Walter was …": the
                # complement of a clause before the name)
                if before.text == "," and noun is not None and noun.pos_ == "NOUN" and noun.dep_ != "attr":
                    attrs.add(noun.lemma_.lower())
            attrs.update(_TITLES_WRITTEN_SHORT[w] for w in attrs & _TITLES_WRITTEN_SHORT.keys())
            told = _gender_told(attrs, lex)
            if told is not None:
                self.gender.setdefault(name, told)
            if (pronoun := self._pronoun_after(ent) or _own_possessive(ent)) is not None:
                hints.append((name, pronoun))
        told: dict[str, set[str]] = {}
        for name, pronoun in hints:
            told.setdefault(name, set()).add(pronoun)
        for name, pronoun in hints:  # weaker evidence, read after all the rest
            if len(told[name]) > 1:
                continue  # "he" after one mention, "she" after another: no evidence either way
            hinted = "female" if pronoun == "she" else "male"
            given = given_names().get(name.split()[0].lower()) if " " in name else None
            if given in ("female", "male") and given != hinted:
                continue  # "Mallender, 68, keeps a smaller flock …. He is less keen …": not Ruth
            self.gender.setdefault(name, hinted)

    def gender_of(self, name: str) -> str | None:
        """The person's gender as the article tells it, if it does; a full name the table missed
        takes the gender of its first name when that is a name of its own ("Her brother,
        Matthias," then "Matthias Varga wrote"), else of a given name that tells it
        (:func:`given_names`)."""
        found = self.gender.get(name)
        if found is None and " " in name:
            found = self.gender.get(name.split()[0])
        if found is None and " " in name:  # "Alan Pruett", never "he" in the article: a man's name
            found = given_names().get(name.split()[0].lower())
        return found if found != "either" else None

    def told_gender(self, name: str) -> bool:
        """Does the article itself tell the person's gender (not only a given name's usual one)?"""
        return name in self.gender or (" " in name and name.split()[0] in self.gender)

    def _pronoun_after(self, ent: Span) -> str | None:
        """ "she"/"he" opening the sentence after the one the person is the subject of ("Agnes Varro
        … died on Sunday. She was 88."), or "her"/"his" opening it ("Ines Varga, 67, has kept the
        light since 1981. Her brother kept it before her.")."""
        if ent.root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        first = self._next_opener(ent.start_char)
        if first is not None and first.lower_ in ("she", "he") and first.dep_ in ("nsubj", "nsubjpass"):
            return first.lower_
        if first is not None and first.lower_ in ("her", "his") and first.dep_ == "poss":
            return "she" if first.lower_ == "her" else "he"
        return None

    def _next_opener(self, char: int) -> Token | None:
        """The first word of the sentence after the one at ``char``, in the same paragraph (a new
        paragraph's "She also read out …" may be anyone), in the writer's voice (not the "She" of
        "‘She never once bluffed,’ Ostrowski said", someone else's words)."""
        art = self.art
        following = art.sentence_of(char) + 1
        first = art.sentence_tokens(following)[:1] if following < len(art.sentences) else []
        if not first or art.paragraph_of(first[0].idx) != art.paragraph_of(char) or art.in_quote(first[0]):
            return None
        return first[0]

    def canonical(self, words: list[str] | tuple[str, ...], position: int) -> str:
        """The fullest PERSON name containing ``words`` (on a tie, the one introduced first)."""
        key = tuple(w.lower() for w in words)
        if not key:
            return join_name(words)
        if len(key) == 1 and (titled := self._by_courtesy_title(key[0], position)) is not None:
            return titled  # "Mrs Ferrier" after "Winston Ferrier" and "his widow, Maureen Ferrier"
        if key in self._canonical:
            return self._canonical[key]
        best: tuple[bool, int, int] | None = None
        best_words: tuple[str, ...] = tuple(words)
        for n in self._holding(key[0]):  # (a name holding ``key`` holds its first word)
            i, lowered = self.lower[n]
            if not _contains(lowered, key):
                continue
            # the fullest name; on a tie the one introduced first; a name that holds the words on their
            # own before one that holds them in a double-barrelled surname ("Munro" is Alasdair Munro,
            # not his grandson Kofi Asamoah-Munro)
            rank = (not _half_of_a_surname(lowered, key), len(lowered), -i)
            if best is None or rank > best:
                best, best_words = rank, self.full[n][1]
        self._canonical[key] = join_name(best_words)
        return self._canonical[key]

    def _holding(self, word: str) -> list[int]:
        """The full names (their indices in ``lower``) holding a lower-case word (an index made once)."""
        if self._by_word is None:
            self._by_word = {}
            for n, (_, lowered) in enumerate(self.lower):
                for w in dict.fromkeys(lowered):
                    self._by_word.setdefault(w, []).append(n)
        return self._by_word.get(word, [])

    def _by_courtesy_title(self, surname: str, position: int) -> str | None:
        """A surname after "Mr", "Mrs", "Ms" or "Miss" that two or more full names share: the one whose
        first name is of the title's gender, when only one is."""
        doc = self.art.doc
        if not 0 <= position < len(doc):
            return None
        before = (doc[position - 1] if position > 0 else None, doc[position])
        titles = [t.lower_.rstrip(".") for t in before if t is not None]
        wanted = next((_COURTESY_GENDER[t] for t in titles if t in _COURTESY_GENDER), None)
        if wanted is None:
            return None
        holders = {
            self.full[n][1]
            for n in self._holding(surname)
            if len(lowered := self.lower[n][1]) > 1 and lowered[-1] == surname
        }
        if len(holders) < 2:
            return None
        fitting = [words for words in holders if given_names().get(words[0].lower()) == wanted]
        return join_name(fitting[0]) if len(fitting) == 1 else None

    def _appositive_people(self) -> list[Span]:
        """Names the model missed as PERSON but the text marks as people: "the finance director,
        Karen Holt," or "His wife, Carys Tarrant," (a proper name in apposition to a role or a
        relative), "Council leader Sarah Mills", "Marta Ilves, senior economist at …" (a role in apposition
        to the name), "Ines Varga, 67," (a name with an age) or "Dion Fairclough" (a given name and a
        surname, tagged ORG or FAC by the model: :func:`given_names`)."""
        art, lex = self.art, self.art.lex
        roles = lex.phrases("title") | lex.phrases("spokesperson") | lex.phrases("vague") | KIN
        # surnames the article gives a personal title ("says Mrs Wedderburn"): "Clarice Wedderburn",
        # tagged a body, is the woman
        courtesy = {
            art.doc[t.i + 1].lower_
            for t in art.doc[:-1]
            if t.is_title and t.lower_.rstrip(".") in TITLE_ABBREVIATIONS and art.doc[t.i + 1].is_title
        }
        out = []
        for t in art.tokens_with("POS", "PROPN"):
            if art.in_quote(t) or not t.text[:1].isupper():
                continue  # (nor a noun in lower case the tagger read as a name: "says the skipper, 66,")
            start = double_barrelled_start(t)
            while start > 0 and art.doc[start - 1].dep_ == "compound" and _name_part(art.doc[start - 1]):
                start -= 1
            titled = any(c.dep_ == "compound" and c.lower_ in roles for c in t.lefts)
            # "Marta Ilves, senior economist at Caldera Bank,", "Marian Holt, a retired midwife,": a role
            # or an occupation in apposition to the name
            tagged_a_body = t.ent_type_ == "ORG"
            described = any(
                (c.lemma_.lower() in roles or occupation(c))
                # (not a body's trade: "Ardent Living, a housing developer with permission for …")
                and not (tagged_a_body and lex.has("company_word", c.lemma_.lower()))
                for c in art.appositions.get(t.i, ())
            )
            described = described or (t.dep_ == "appos" and _after_a_role(art.doc[start], roles))
            given = (
                1 <= t.i - start <= 2
                and art.doc[start].is_title  # not an acronym: "TED Talks"
                and art.doc[start].lower_ in given_names()
                and not (start > 0 and art.doc[start - 1].lower_ == "the")  # "the Amber Palace": a place
            )
            given = given or (t.i - start == 1 and art.doc[start].is_title and t.lower_ in courtesy)
            alone = start == t.i and self._given_name_then_pronoun(t)
            if (
                not titled
                and not described
                and not given
                and not alone
                and not _aged(t)
                and (t.dep_ != "appos" or t.head.lemma_.lower() not in roles)
            ):
                continue
            kin = t.dep_ == "appos" and t.head.lemma_.lower() in KIN  # "His wife, Carys,": one name will do
            ent = art.ent_of.get(t.i)
            place = ent is not None and ent.label_ in ("GPE", "LOC", "NORP")
            # (a relative is a person, whatever the model tagged: "Her son, Tomas, 45,"; so is a given name
            # and a surname beside a role: "its chair, Priya Calloway," tagged a place)
            beside_a_role = given and t.dep_ == "appos" and t.head.lemma_.lower() in roles
            # (a place has no age: "Wilfredo Apaza, a 29-year-old drill operator," tagged two places;
            # "Gethin Rowlands, 71," tagged one)
            beside_a_role = beside_a_role or (described and _described_with_an_age(t)) or (given and _aged(t))
            # (or a given name alone described by what she does: "Marta, a picker, said …", tagged a place)
            beside_a_role = beside_a_role or (described and start == t.i and t.lower_ in given_names())
            if ent is not None and (ent.label_ in NAMED_ENTS or (place and not kin and not beside_a_role)):
                continue
            if art.is_place_name([w.text for w in art.doc[start : t.i + 1]]):
                continue  # "Victoria Road"; "Born in 1938 on Engine Street, the son of a miner, …"
            if _born_as(art.doc[start : t.i + 1]):
                continue
            # so will an age ("Gwen, 68, has driven over …") or a given name described by what she does
            # ("Abena, a 29-year-old nursery teacher, has waited …", tagged a body)
            one_name = kin or _aged(t) or alone or (described and t.lower_ in given_names())
            if (start < t.i or one_name) and not org_name([w.text for w in art.doc[start : t.i + 1]], lex):
                out.append(art.doc[start : t.i + 1])
        return out

    def _given_name_then_pronoun(self, t: Token) -> bool:
        """ "Linh is one of the students who did come. She arrived from Da Nang …": a given name alone,
        the subject of its sentence, with the next sentence of the paragraph opening with the pronoun
        its gender takes (the model tagged no name)."""
        gender = given_names().get(t.lower_)
        if t.dep_ != "nsubj" or gender not in ("female", "male") or t.ent_type_ not in ("", "PERSON"):
            return False
        first = self._next_opener(t.idx)
        return first is not None and first.lower_ == ("she" if gender == "female" else "he")

    def _a_role_label(self, label: str) -> bool:
        """Is a transcript's label a role ("QUESTION", "PRESS OFFICER", "DEPUTY MAYOR"), no name?"""
        words = label_head(label).lower().split()
        lex = self.art.lex
        return bool(words) and (
            lex.has("spokesperson", " ".join(words))
            or all(w in ROLE_LABELS or lex.has("title", w) for w in words)
        )

    def _short_names(self, named: set[int]) -> list[Span]:
        """Mentions of a person already named in full that the model tagged ORG or missed:
        "Reyes" (ORG) after "Tomas Reyes" (PERSON) is the man, not an organization. Tokens of a
        person's full mention (``named``) are that person's already."""
        art, lex, doc = self.art, self.art.lex, self.art.doc
        known = {w for _, words in self.lower for w in words}
        out: list[Span] = []
        # (a name, or a word with an entity tag: see below)
        candidates = {t.i: t for t in art.tokens_with("POS", "PROPN")}
        candidates.update((i, doc[i]) for i in art.ent_of if i not in candidates)
        for t in [candidates[i] for i in sorted(candidates)]:
            ent = art.ent_of.get(t.i)
            if not t.is_title or t.lower_ not in known or art.in_quote(t) or t.i in named:
                continue
            if t.pos_ != "PROPN" and ent is None:
                continue  # a capitalised common noun ("Park" opening a sentence) needs an entity tag
            if ent is not None and (ent.label_ != "ORG" or org_name(clean_name(ent, lex), lex)):
                continue  # a PERSON is in the table already; "London" (GPE) stays a place
            if ent is None and _first_name_before(t, known):
                continue  # "Carys Tarrant" after "Owen Tarrant": someone else of the same family
            span = ent if ent is not None else doc[t.i : t.i + 1]
            words = clean_name(span, lex)
            if words and all(w.lower() in known for w in words) and (not out or out[-1].end <= span.start):
                out.append(span)
        return out

    def _orgs(self, named: set[int], business_at: dict[int, str]) -> list[tuple[int, str, tuple[str, ...]]]:
        """ORG mentions, company-like names the model tagged PERSON, and the article's own outlet
        (so that "the Herald" is "the Tidewater Herald"): (token index, name, lower-case words).
        ``named``: the tokens of people's names, an ORG tag on them is the model's slip ("said Dr
        Anouk Berring, a family doctor" tagged ORG)."""
        out = []
        art, doc, lex = self.art, self.art.doc, self.art.lex
        people = {span.start for span in self.short} | named
        for ent in art.ents:
            if art.in_quote(ent[0]) or ent.start in people:
                continue
            business = next((business_at[i] for i in range(ent.start, ent.end) if i in business_at), None)
            if business is None and _name_words(ent.text) not in self.business_names and (
                # (a company's name the model tagged a person or a work: "Ashgill Water" read as a title)
                ent.label_ != "ORG" and not (ent.label_ in _ORG_SLIPS and org_name(clean_name(ent, lex), lex))
            ):
                continue
            name = business or without_possessive(" ".join(ent.text.split()))
            if name.lower().startswith("the "):
                name = "the " + name[4:]
            elif ent.start > 0 and doc[ent.start - 1].lower_ == "the":
                name = "the " + name
            words = _name_words(name)
            if words:
                out.append((ent.start, name, words))
        covered = {j + k for j, _, w in out for k in range(len(w))}
        for name, i in self.businesses.items():  # a business the model saw no name in
            if i not in covered:
                out.append((i, name, _name_words(name)))
        for t in art.tokens_with("POS", "PROPN"):  # (each case below is a name)
            if t.dep_ == "poss" and t.i not in covered and t.i not in people:
                # "the Marrach Seabird Trust’s annual count": a body's name the model tagged nothing, known
                # only by its possessive
                first = t.i
                while first > 0 and doc[first - 1].dep_ in ("compound", "amod") and doc[first - 1].is_title:
                    first -= 1
                words = [w.text for w in doc[first : t.i + 1]]
                untagged = all(not w.ent_type_ for w in doc[first : t.i + 1])
                if untagged and len(words) > 1 and org_name(words, lex) and not art.in_quote(t):
                    name = ("the " if first > 0 and doc[first - 1].lower_ == "the" else "") + " ".join(words)
                    out.append((first, name, _name_words(name)))
                    covered.update(range(first, t.i + 1))
            # "Carrick Vale Fire and Rescue Service": one name the parser split at "and"
            if t.dep_ == "conj" and t.head.pos_ == "PROPN" and t.head.i < t.i:
                first = t.head.left_edge.i
                words = [w.text for w in doc[first : t.i + 1]]
                if (
                    first not in covered
                    and all(w.pos_ == "PROPN" or w.lower_ in ("and", "&") for w in doc[first : t.i + 1])
                    and org_name(words, lex)
                    and not art.in_quote(t)
                ):
                    out.append((first, " ".join(words), _name_words(" ".join(words))))
                    covered.update(range(first, t.i + 1))
            if (
                t.is_title
                and t.dep_ not in ("poss", "compound", "conj", "nmod")
                and t.i not in covered
                and t.i not in people
            ):
                named = self._untagged_body(t)  # "the Road and Passenger Workers’ Union"
                if named is not None and not covered.intersection(range(named[0], t.i + 1)):
                    out.append((named[0], named[1], _name_words(named[1])))
        out.sort(key=lambda o: o[0])
        outlet = " ".join((art.parsed.article.outlet or "").split())
        if outlet:
            words = tuple(w.lower() for w in outlet.split())
            the = any(n.startswith("the ") and _contains(words, w) for _, n, w in out)
            out.insert(0, (-1, f"the {outlet}" if the else outlet, words))
        return out

    def _untagged_body(self, last: Token) -> tuple[int, str] | None:
        """ "the Road and Passenger Workers’ Union": a body's name the model tagged nothing, its words in
        capitals (with "and", "of", "&" or a plural possessive between them) hung on its last, an
        organization word; its first token and the name."""
        art, doc = self.art, self.art.doc
        if last.ent_type_ or art.in_quote(last):
            return None
        first = last.i
        while first > max(last.i - _BODY_WORDS, 0):
            before = doc[first - 1]
            joining = before.lower_ in ("and", "of", "&") or before.text in ("’", "'")
            # (a place or a body may open the name: "Little Pensford Parish Council", "Tarrant Police")
            inside = before.ent_type_ in _IN_A_BODY and before.lower_ != "the"
            if not inside or not (before.is_title or joining):
                break
            first -= 1
        of = next((w.i for w in doc[first : last.i] if w.lower_ == "of"), None)
        if of is not None and not org_name([w.text for w in doc[first:of]], art.lex):
            first = of + 1  # "Managing Director of Tarnbrook Water": the body is what follows "of"
        while first < last.i and not doc[first].is_title:
            first += 1  # (it opens on a word of its own, not on "and")
        words = [w.text for w in doc[first : last.i + 1] if not w.is_punct]
        if len(words) < 2 or not org_name(words, art.lex):
            return None
        name = doc[first : last.i + 1].text
        return first, ("the " if first > 0 and doc[first - 1].lower_ == "the" else "") + name

    def introduced_body(self, ent: Span) -> str | None:
        """The body a name tagged a person stands for when the article introduced it with a noun for
        a body ("Carers Compass said …" after "the charity Carers Compass") or a business ("Redes Sierra,
        the province's main power distributor"), or None."""
        name = _with_first_name(ent).text
        words = _name_words(name)
        if words not in self.body_names and words not in self.business_names:
            return None
        return self.organization(words, ent.start) or without_possessive(name)

    def organization(self, words: list[str] | tuple[str, ...], position: int) -> str | None:
        """The fullest ORG name containing ``words`` (the first introduced on a tie)."""
        key = tuple(w.lower() for w in words if w.lower() != "the")
        if key in self._organizations:
            return self._organizations[key]
        best, best_rank = None, None
        for i, name, lowered in self.orgs:
            if key and _contains(lowered, key):
                rank = (len(lowered), -i)
                if best_rank is None or rank > best_rank:
                    best, best_rank = name, rank
        spelled = self.acronyms.get(words[-1]) if len(key) == 1 else None
        if spelled is not None and (best is None or _name_words(best) == key):
            # "The SFO said …" after "the Serious Fraud Office (SFO)": the name it abbreviates, given with
            # it in brackets (not "The MP for Wraxton" after "Marrowdale Police")
            best = self.organization(spelled.split(), position) or best
        self._organizations[key] = best
        return best

    def described(self, head: Token, *, company: bool) -> str | None:
        """The organization a definite description stands for ("the company", "the ministry"):
        the name it was introduced with ("the regulator, Ofstream,"), else the most salient
        compatible name before it (most mentions, short names and possessives
        included, then most often the subject, then the most recent). A company word fits a
        business name ("Corvale Biotech", "Novapharm"), not a hospital, university or agency, and
        first a name the text calls a business ("Tessary Mobility, a maker of cargo bikes"); any
        other head fits names that end with it ("the ministry" → "the Finance Ministry"), its
        modifiers included; with none before it, the first such name after it that holds its modifiers
        too ("The fire service
        says …" at the top of a live blog, "Eastmoor Fire and Rescue Service" in an earlier post
        below)."""
        lex, lemma = self.art.lex, head.lemma_.lower()
        introduced = [name for i, name in self.introduced.get(lemma, ()) if i <= head.i]
        if introduced and not company and head.tag_ not in ("NNS", "NNPS"):  # (not "the unions": several)
            return introduced[-1]  # "the regulator, Ofstream," here or before
        modifiers = {c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod") and c.pos_ != "ADJ"}
        # name → (said to be a business, mentions, as a subject, last position)
        counts: dict[str, tuple[bool, int, int, int]] = {}
        for i, name, lowered in self.orgs:
            if i >= head.i and (counts or company or not modifiers):
                break  # a live blog puts the latest post first: "the fire service" may be named later
            if i < 0:
                continue  # the outlet, until the text names it
            if company:
                fits = lowered not in self.products and (
                    lex.has("company_suffix", lowered[-1]) or not org_name(lowered, lex)
                )
            else:
                ends = {head.lower_, lemma} | _NAMED_AS.get(lemma, set())  # "the union": "… Federation"
                fits = _named_by(lowered, ends) and modifiers <= set(lowered)
            if fits:
                full = self.organization(lowered, i) or name
                business, mentions, subjects, _ = counts.get(full, (False, 0, 0, 0))
                business = business or (
                    company and (lowered in self.business_names or lex.has("company_suffix", lowered[-1]))
                )  # said to be a business, or named as one ("Kestrel Home Energy")
                ent = self.art.ent_of.get(i)
                subject = ent is not None and ent.root.dep_ in SUBJECTS
                counts[full] = (business, mentions + 1, subjects + subject, i)
                if i >= head.i:
                    break
        if not counts and not company:
            return self._named_in_sentence(head)
        # a name ending in the word itself first ("the union": "… Staff Union", before "… Association")
        word = {head.lower_, lemma}
        exact = set() if company else {n for n in counts if _named_by(n.lower().split(), word)}
        return max(counts, key=lambda n: (n in exact, counts[n]), default=None)

    def _named_in_sentence(self, head: Token) -> str | None:
        """ "Calls to Fair Tap’s helpline have risen, the consumer charity said": with no name of its
        kind anywhere before, the description closing a sentence stands for the one organization
        named earlier in that sentence, when its name says no other kind ("… Council", "… Ministry")."""
        art, doc = self.art, self.art.doc
        verb = head.head
        span = art.sentence_tokens(art.sentence_of(head.idx))
        closing = (
            head.dep_ == "nsubj"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)  # not "…, police said"
            and verb.i > head.i
            and head.left_edge.i > 0
            and doc[head.left_edge.i - 1].text == ","
            and all(t.is_punct or t.is_space for t in doc[verb.i + 1 : span.end])
        )
        if not closing:  # only a tag closing the sentence: "…, the consumer charity said."
            return None
        if art.lex.has("document", head.lemma_.lower()):
            return None  # "Green Future could hold the balance …, the poll suggests": a document, no body
        words = tuple(t.lower_ for t in doc[span.start : head.i] if t.lower_ not in ("’s", "'s"))
        if self._orgs_by_word is None:  # an organization's names by their first word, read once
            self._orgs_by_word = {}
            for i, name, lowered in self.orgs:
                if i >= 0:
                    self._orgs_by_word.setdefault(lowered[0], []).append((name, lowered))
            self._places = {e.text.lower() for e in self.art.ents if e.label_ in ("GPE", "LOC", "NORP")}
        named = {  # an organization's name, wherever the model tagged it, among the sentence's words
            name: lowered
            for k, word in enumerate(words)
            for name, lowered in self._orgs_by_word.get(word, ())
            if words[k : k + len(lowered)] == lowered
        }
        if len(named) != 1:
            return None
        name, lowered = next(iter(named.items()))
        return None if org_name(lowered, art.lex) or " ".join(lowered) in self._places else name

    def forward(self, wanted: set[str], position: int, paragraphs: int = 2) -> str | None:
        """Delayed identification: the first person named after ``position`` with the title wanted."""
        art = self.art
        here = art.paragraph_of(art.doc[position].idx)
        titles = art.lex.phrases("title")
        for i, words in self.full:
            if i <= position:
                continue
            if art.paragraph_of(art.doc[i].idx) - here > paragraphs:
                break
            name = self.canonical(words, i)
            attrs = self.attrs.get(name, set())
            if (attrs & RANKS) - wanted:
                continue  # "the deputy ambassador, Maren Kolby" is not "Selmark's ambassador"
            if (wanted and wanted <= attrs) or (not wanted and attrs & titles):
                return name
        return None

    def person_at(self, i: int) -> Span | None:
        return self.extra.get(i)

    def is_business(self, name: str) -> bool:
        """Is ``name`` a business the article introduces as one ("The detergent maker Calvex")?"""
        return _name_words(name) in self.business_names

    def in_a_business_name(self, word: str) -> bool:
        """Is ``word`` part of the name of a business the article introduces as one ("Mabrey" of "regional
        lender Mabrey Federal")?"""
        w = word.lower()
        return any(w in words for words in self.business_names)

    def knows(self, word: str) -> bool:
        w = word.lower()
        if w not in self._known:
            self._known[w] = any(w in lowered for _, lowered in self.lower)
        return self._known[w]

    def only_holder(self, wanted: set[str]) -> str | None:
        """The one person the whole article introduces with all of ``wanted``, if only one (read once
        per set of words: a long article may ask for the same title many times)."""
        key = frozenset(wanted)
        if key not in self._holders:
            holders = {name for name, attrs in self.attrs.items() if wanted <= attrs}
            self._holders[key] = holders.pop() if len(holders) == 1 else None
        return self._holders[key]

    def by_attributes(self, wanted: set[str], position: int, exclude: set[str]) -> str | None:
        """The most recent person introduced with all of ``wanted`` (title, nationality…)."""
        best = None
        for i, words in self.full:
            if i >= position:
                break
            name = self.canonical(words, i)
            if name in exclude:
                continue
            if wanted <= self.attrs.get(name, set()):
                best = name
        return best


#: endings of nouns for what a person does ("midwife", "teacher", "economist", "librarian")
_OCCUPATION_ENDINGS = ("wife", "man", "woman", "er", "or", "ist", "ian", "ant", "ent", "ee", "eer")


def occupation_word(word: str) -> bool:
    """Does the word end like a noun for what a person does ("midwife", "teacher", "scientist")?"""
    return word.endswith(_OCCUPATION_ENDINGS)


def occupation(noun: Token) -> bool:
    """A common noun for a person's occupation, not an organization's description: "a retired midwife",
    "a teacher at …"; not "a member of …", "a supplier of …" (what an organization is to another)."""
    return (
        noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and occupation_word(noun.lower_)
        and not any(c.dep_ == "prep" and c.lower_ in ("of", "to", "for") for c in noun.children)
    )


def _aged(name: Token) -> bool:
    """A proper name followed by an age between commas: "Ines Varga, 67, has kept the light"."""
    return aged_at(name.doc, name.i)


def _first_name_before(surname: Token, known: set[str]) -> bool:
    """A capitalised proper noun before ``surname``, as part of its name, that no known name holds
    and that is no title: a first name of another person ("Carys" in "Carys Tarrant")."""
    if surname.i == 0:
        return False
    before = surname.doc[surname.i - 1]
    return (
        before.pos_ == "PROPN"
        and before.is_title
        and before.dep_ == "compound"
        and before.head.i == surname.i
        and before.lower_ not in known
        and not load_lexicon().has("title", before.lower_.rstrip("."))
    )


def _with_first_name(ent: Span) -> Span:
    """A one-word PERSON entity with the first name the model left out ("Agnes" of "Agnes Varro"
    tagged "Varro"): a capitalised proper noun just before it, a compound of the name, not a title."""
    if ent.label_ != "PERSON" or ent.start == 0 or len(ent) != 1:
        return ent
    before = ent.doc[ent.start - 1]
    if (
        before.pos_ == "PROPN"
        and before.is_title
        and before.dep_ == "compound"
        and ent.start <= before.head.i < ent.end
        and not before.ent_type_
        and not load_lexicon().has("title", before.lower_.rstrip("."))
    ):
        from spacy.tokens import Span as SpacySpan

        return SpacySpan(ent.doc, ent.start - 1, ent.end, label=ent.label_)
    return ent


#: the last words of the names a description of a kind of body also stands for ("the union" → "the
#: Dockers’ Federation", "the charity" → "the Lane Trust" or "the Larder Network", "the utility" →
#: "Tarrow Valley Water")
_NAMED_AS: dict[str, set[str]] = {
    "union": {"federation", "association", "confederation", "guild", "congress", "alliance"},
    "charity": {"trust", "foundation", "fund", "society", "appeal", "network", "alliance"},
    "utility": {"water", "power", "energy", "gas", "electric", "electricity"},
    "regulator": {"authority", "commission", "office", "board", "agency", "administration"},
    "agency": {"authority", "service", "office", "board", "administration"},
    "force": {"police", "constabulary"},  # "Westdale Police … the force said"
    "service": {"brigade"},  # "the fire service": "… Fire Brigade"
}


def org_name(words: list[str] | tuple[str, ...], lex: Lexicon) -> bool:
    """Does a name end with an organization word ("Corvale Biotech", "Halverton University
    Hospital", "Acme Inc.") or open with one ("NHS Strathcairn")? Such a name is an organization
    whatever the NER model says."""
    last = words[-1].lower().rstrip(".") if words else ""
    if len(words) > 1 and lex.has("organization", f"{words[-2].lower()} {last}"):
        return True  # "County Hall", "the White House": a two-word name of an institution
    if len(words) > 1 and lex.has("org_prefix", words[0].lower()):
        return True  # "NHS Strathcairn": a health board
    return any(lex.has(c, last) for c in ("company_suffix", "org_suffix", "organization"))


#: a name and the acronym it is given in brackets: "The National Product Safety Office (NPSO)"
_ACRONYM_GIVEN = re.compile(r"((?:[A-Z][\w'’-]*[ \t]+(?:(?:of|for|and|the|on)[ \t]+)?){2,8})\(([A-Z]{2,6})\)")
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on"})


def _acronyms(text: str) -> dict[str, str]:
    """Each acronym the article spells out in brackets after a name, with that name: the shortest
    run of words before the brackets whose capitals' initials are the acronym."""
    found: dict[str, str] = {}
    for match in _ACRONYM_GIVEN.finditer(text):
        words, acronym = match.group(1).split(), match.group(2)
        for n in range(len(words)):
            run = words[n:]
            if run[0].lower() in _SMALL_WORDS:
                continue
            if "".join(w[0] for w in run if w.lower() not in _SMALL_WORDS) == acronym:
                found.setdefault(acronym, " ".join(run))
                break
    return found


def _name_words(name: str) -> tuple[str, ...]:
    """An organization's name as lower-case words, without "the" or a possessive (``NameTable.orgs``)."""
    return tuple(w.lower() for w in without_possessive(name).split() if w.lower() != "the")


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def _half_of_a_surname(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    """Do the words stand in the name only joined to another by a hyphen ("munro" in "asamoah - munro")?"""
    n = len(needle)
    at = [i for i in range(len(haystack) - n + 1) if haystack[i : i + n] == needle]

    def hyphened(i: int) -> bool:
        before = i > 0 and haystack[i - 1] in HYPHENS
        return before or (i + n < len(haystack) and haystack[i + n] in HYPHENS)

    return bool(at) and all(hyphened(i) for i in at)


_FOCUS_WORDS = frozenset({"even", "just", "also"})


def is_focus_word(token: Token) -> bool:
    """The writer's emphasis before a source ("*even* some allies", "*just* 28 percent of voters"):
    not part of who the source is."""
    return token.dep_ == "advmod" and token.lower_ in _FOCUS_WORDS


def is_label(noun: Token) -> bool:
    """A noun phrase ending in a colon: a label before the sentence ("Correction:", "Update:"), or a
    wire story's update note with its time ("UPDATE, 6:45 p.m.:", "ORIGINAL STORY, 10:05 a.m.:")."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].text == ":":
        return True
    if noun.lower_ not in _UPDATE_NOTES or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return False
    rest = doc[noun.i + 2 : noun.i + 6]  # the time, then its colon
    return any(t.text == ":" for t in rest) and any(any(c.isdigit() for c in t.text) for t in rest)


#: the words of a wire story's update notes ("UPDATE, 6:45 p.m.:", "ORIGINAL STORY, 10:05 a.m.:")
_UPDATE_NOTES = frozenset({"update", "updated", "story", "earlier", "correction"})


def _named_by(lowered: list[str] | tuple[str, ...], words: set[str]) -> bool:
    """Does the organization's name (its words in lower case) end in one of ``words``, or is it
    built on one ("the University of Carnford")?"""
    return lowered[-1] in words or _head_before_of(lowered) in words


def _head_before_of(lowered: list[str] | tuple[str, ...]) -> str | None:
    """The head noun of a name built as "X of Y" / "X for Y": "university" in "University of
    Fellmouth", "office" in "Office for Rail Standards"; None for a name without one."""
    for i, word in enumerate(lowered[1:], start=1):
        if word in ("of", "for"):
            return lowered[i - 1]
    return None


def _born_as(name: Span) -> bool:
    """ "Born Agnes Kovari in 1937, she came to Kellmoor …", "Jane Doe (née Smith)": the name someone
    was born with, not another person (the model may take "Born" into the name)."""
    before = name.doc[name.start - 1].lower_ if name.start > 0 else ""
    return before in ("born", "née", "nee") or name[0].lower_ == "born"


def double_barrelled_start(token: Token) -> int:
    """Where a hyphenated name that ends with ``token`` starts ("Iyer-Castell", which the tokenizer
    splits in three): "Castell" alone is half a surname, no name the article gives."""
    doc, start = token.doc, token.i
    while (
        start >= 2
        and doc[start - 1].text in HYPHENS
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_title
    ):
        start -= 2
    return start


def _name_part(token: Token) -> bool:
    """A word of a name before its last: a proper noun, or a given name the model read as a noun
    ("Dion Fairclough scored twice")."""
    return token.pos_ == "PROPN" or (token.is_title and token.lower_ in given_names())


#: time zones a live blog may print after its times ("18:52 GMT —")
TIME_ZONES = frozenset("GMT BST UTC CET CEST EET ET EST EDT CT CST CDT MT MST MDT PT PST PDT".split())


#: "a.m." / "p.m." between a time and its zone ("10:45 a.m. PT —")
_HALF_DAYS = frozenset({"a.m.", "p.m.", "am", "pm"})


def zoned_time(token: Token) -> bool:
    """A time zone after a post's time: "GMT" in "18:52 GMT", "PT" in "10:45 a.m. PT"."""
    if token.text not in TIME_ZONES or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.lower_ in _HALF_DAYS and token.i > 1:
        before = token.doc[token.i - 2]
    return POST_TIME.fullmatch(before.text) is not None


def _post_time(token: Token) -> bool:
    """A live blog post's time read as a subject: "09:30" (or "09:30 GMT", "10:45 a.m. PT") before a
    dash or a colon."""
    following = token.i + 1
    zoned = zoned_time(token)
    return (
        (POST_TIME.fullmatch(token.text) is not None or zoned)
        and following < len(token.doc)
        and token.doc[following].text in AFTER_POST_TIME
    )


def _own_possessive(ent: Span) -> str | None:
    """ "Reszka, who has spent his second term …": the "his" or "her" of the name's own relative
    clause, or a word for a woman or a man it calls the person ("who became the first woman to …"),
    as "he" or "she" (weak evidence, as a pronoun after the name is)."""
    for clause in ent.root.rights:
        if clause.dep_ != "relcl" or not any(w.lower_ == "who" for w in clause.children):
            continue
        lex = load_lexicon()
        for word in itertools.islice(clause.subtree, 12):
            if word.dep_ == "poss" and word.lower_ in ("his", "her") and not _someone_elses(word.head):
                return "he" if word.lower_ == "his" else "she"
        # "Rosaleen Kassim, who … and became the first woman to chair …": what the clause says she is
        verbs = [clause, *(c for c in clause.children if c.dep_ == "conj")]
        for word in (c for verb in verbs for c in verb.children if c.dep_ == "attr" and c.tag_ == "NN"):
            told = next((g for g in ("female", "male") if lex.has(g, word.lemma_.lower())), None)
            if told is not None:
                return "she" if told == "female" else "he"
    return None


def _someone_elses(noun: Token) -> bool:
    """ "Delroy Fairweather, who served as her deputy": a relation or a role the possessive gives someone
    else ("her deputy", "his wife", "her boss"), which tells nothing of the person's own gender; so does
    a possessive that is no noun's ("sat across the table from her for most of …", misread)."""
    word = noun.lemma_.lower()
    lex = load_lexicon()
    return (
        noun.pos_ != "NOUN"
        or word in KIN
        or lex.has("title", word)
        or lex.has("person_word", word)
        or word in ("deputy", "colleague", "boss", "partner", "friend", "successor", "predecessor", "rival")
    )


def _carries_the_phrase(half: Token) -> bool:
    """Does a half of a hyphenated subject carry the noun phrase: a name in apposition, or (and not the
    other half's) its article, owner or modifiers?"""
    return any(c.dep_ in _PHRASE_PARTS and not c.is_punct for c in half.children)


_PHRASE_PARTS = frozenset({"appos", "det", "poss", "compound", "amod"})


def _addressed_then_a_body(subject: Token, verb: Token) -> Token | None:
    """ "Dr Naidoo, the Transport Commission says …": a person addressed by name at the start of the
    sentence, then the body that says it, which the parser hung on the name as its apposition (no
    comma closes it before the verb, as one would after "Jane Smith, the council leader, says")."""
    doc = verb.doc
    if subject.ent_type_ != "PERSON" or not (
        subject.left_edge.is_sent_start or doc[subject.left_edge.i - 1].text == ":"
    ):
        return None  # (read first: the cheap test, once per cue)
    lex = load_lexicon()
    body = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "ORG"), None)
    # "Mr. Ruark, an email from one of your track supervisors, dated Jan. 22 …, says …": a document is
    # nobody's apposition, whatever follows it before the verb
    document = next(
        (
            c
            for c in subject.children
            if c.dep_ == "appos" and c.pos_ == "NOUN" and lex.has("document", c.lemma_)
        ),
        None,
    )
    if body is None and document is None:
        return None
    if document is not None and doc[document.left_edge.i - 1].text == "," and document.i < verb.i:
        return document
    if body is None or body.right_edge.i != verb.i - 1 or doc[body.left_edge.i - 1].text != ",":
        return None
    return body


#: titles written short before a name, and the word "the …" uses later ("Gov. Raymond Szczepanski" …
#: "the governor wrote")
_TITLES_WRITTEN_SHORT = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "cllr": "councillor",
    "prof": "professor",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "sgt": "sergeant",
    "gen": "general",
    "capt": "captain",
}
#: the personal titles, which tell a gender before any other word near a name does (the short titles,
#: whose gendered ones the lexicon knows, and the two written in full)
_COURTESY = TITLE_ABBREVIATIONS | {"lord", "lady"}
_BODY_WORDS = 8  # tokens: the longest body's name read without an entity tag
_IN_A_BODY = frozenset({"", "ORG", "GPE", "LOC", "NORP", "FAC"})  # entity tags a body's name may hold
#: the gender a courtesy title tells
_COURTESY_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}


def _gender_told(attrs: set[str], lex: Lexicon) -> str | None:
    """The gender the words introducing a person tell: a personal title's first ("Mr Noori", though
    "wife" stands near his name), else the one gender all the others tell; None when they disagree
    (whatever order a set gives them in)."""
    for words in (attrs & _COURTESY, attrs):
        told = {g for w in words for g in ("male", "female") if lex.has(g, w)}
        if len(told) == 1:
            return told.pop()
        if told:
            return None
    return None


_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
_OPENING_PHRASE = 12  # tokens: "In re-examination, …", "At his pre-match press conference on Thursday, …"


def _opening_phrase_end(verb: Token) -> int | None:
    """The comma closing a sentence's opening prepositional phrase ("In re-examination, …"), when the
    verb comes after it (a short phrase: a bounded look)."""
    first = verb.doc[sentence_span(verb).start]
    if first.pos_ != "ADP" or first.dep_ != "prep":
        return None
    window = verb.doc[first.i : min(verb.i, first.i + _OPENING_PHRASE)]
    return next((t.i for t in window if t.text == ","), None)


def _described_with_an_age(name: Token) -> bool:
    """ "Wilfredo Apaza, a 29-year-old drill operator,": a description beside the name that gives an age."""
    doc = name.doc
    return any(
        c.dep_ == "appos" and _YEARS_OLD.search(doc[c.left_edge.i : c.i].text) is not None
        for c in name.rights
    )


_YEARS_OLD = re.compile(r"\b\d{1,3}-year-old\b")


def _described_by(root: Token) -> set[str]:
    """The words of a description set beside a name ("Sarkissian, the two-term governor of …"):
    its noun and the words that qualify it (not the words of a clause or a phrase in it: "Owain
    Pritchard, a gas engineer who examined the boiler after Ms Culhane's death," is no "Ms")."""
    words: set[str] = set()
    for t in root.rights:
        if t.dep_ != "appos":
            continue
        words.add(t.lemma_.lower())
        qualifying = [c for c in t.children if c.dep_ in ("compound", "amod")]
        while qualifying:
            w = qualifying.pop()
            words.add(w.lemma_.lower())
            qualifying += [c for c in w.children if c.dep_ in ("compound", "amod")]
    return words


def _role_by_the_copula(root: Token) -> set[str]:
    """ "Deborah Mensah-Whitlock has been head teacher at Ferncroft for 11 years", "X is the club's
    chairman": the role the name's verb of being gives it, bare or with "the" (not "a nurse", one of
    many), and the words that qualify it; "the head teacher" later is that person."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ not in ("be", "become"):
        return set()
    role = next((c for c in verb.children if c.dep_ == "attr" and c.tag_ == "NN"), None)
    if role is None or any(c.dep_ == "det" and c.lower_ != "the" for c in role.children):
        return set()
    return {role.lemma_.lower()} | {c.lemma_.lower() for c in role.lefts if c.dep_ in ("compound", "amod")}


def age_beside(name: Token) -> bool:
    """Is an age set beside the name ("Ray Dunleavy, 71, a retired grain elevator operator")? Then it
    names a person, whatever trade follows."""
    return any(c.dep_ == "appos" and c.like_num and len(c.text) <= 3 for c in name.children)


def who_clause(noun: Token) -> bool:
    """Does a "who" relative clause describe the noun ("a friend who runs a practice")? Then it
    stands for a person."""
    return any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in noun.children)


def own_subject(verb: Token, *, main: bool = False) -> Token | None:
    """The verb's own subject, if it has one (an expletive "it" of a passive is none). Of two the
    parser gives, the one after a relative pronoun ("Achterberg, whom supporters call …": the
    supporters; with ``main``, for a verb coordinated with this one, the one before it: "…, told
    the BBC" is Achterberg's) or a name right after its description ("The state news agency OTA
    called …")."""
    subjects = [
        c
        for c in verb.children
        if c.dep_ in SUBJECTS
        and not (c.dep_ == "nsubjpass" and c.lower_ == "it")
        and c.lower_ not in ("’s", "'s")  # "…, of the force’s … Unit, said": a possessive ending, no one
        and c.text not in HYPHENS  # "Its co-ordinator, …, called": the hyphen the parser made a subject
    ]
    if subjects and _post_time(subjects[0]):
        if len(subjects) > 1:
            subjects = subjects[1:]  # "09:30 — A track worker at the scene … told us": a live blog's time
        else:  # "13:40 — The city's mayor, Rhiannon Delacey, wrote …": the time's apposition
            subjects = [c for c in subjects[0].children if c.dep_ == "appos"][:1] or subjects
    if len(subjects) > 1 and verb.i > 0 and verb.doc[verb.i - 1].text in (",", "”", "''", '"'):
        after = [c for c in subjects if c.i > verb.i]
        if after and any(c.i < verb.i for c in subjects):
            return after[0]  # "The rejection … signals “the beginning of the end”, said Geert Wilders": him
    nominal = [c for c in subjects if c.pos_ in _NOMINAL]
    if len(subjects) > 1 and nominal:
        # "Cross-examining him, the prosecutor said …", "Cross-examined …, Pieter van der Merwe … said":
        # a participle (or its first half) the parser made a subject
        subjects = nominal
    if len(subjects) > 1:
        # "The vice-chancellor, Clarissa Dunmore, said": one hyphenated word the parser made two subjects
        # (the half that carries the phrase: its article and modifiers, "The Hemsby Fen co-operative told",
        # unless the other carries the name in apposition, "Its co-ordinator, Farid Okonjo-Bell,")
        doc = verb.doc
        split = {
            (b.i if _carries_the_phrase(a) and not _carries_the_phrase(b) else a.i)
            for a, b in itertools.pairwise(subjects)
            if b.i == a.i + 2 and doc[a.i + 1].text == "-" and not (a.whitespace_ or doc[a.i + 1].whitespace_)
        }
        subjects = [c for c in subjects if c.i not in split]
    if len(subjects) > 1 and (opener := _opening_phrase_end(verb)) is not None:
        # "In re-examination, Quillon's barrister … asked": the opening phrase's noun is no subject
        subjects = [c for c in subjects if c.i > opener] or subjects
    elif len(subjects) == 1 and subjects[0].pos_ == "VERB":
        # "Replying, the cabinet member …, Cllr Farida Haddad, said …": the participle as the subject, the
        # speaker its apposition
        participle = subjects[0]
        named = [c for c in participle.children if c.dep_ == "appos" and c.i > participle.i]
        # (or a name set off before a description the parser read as a clause: "Sandford boss Gareth
        # Pryce, all smiles in the tunnel, told reporters: …")
        named += [
            c
            for c in participle.children
            if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < participle.i and c.nbor().text == ","
        ]
        subjects = named[:1] or subjects
    if len(subjects) > 1:
        labels = [c for c in subjects if is_label(c)]
        if labels and len(labels) < len(subjects):  # "Correction: an earlier version of this post said …"
            subjects = [c for c in subjects if c not in labels]
        relatives = [c.i for c in verb.children if c.lower_ in ("whom", "which") and c.dep_ == "dobj"]
        if relatives:
            before = [c for c in subjects if c.i < min(relatives)]
            after = [c for c in subjects if c.i > max(relatives)]
            if main and before:
                return before[0]
            if not main and after:
                return after[0]
        for a, b in itertools.pairwise(subjects):
            if b.left_edge.i == a.i + 1 and b.pos_ == "PROPN" and a.pos_ == "NOUN":
                return b  # "The road safety charity Safer Journeys says …": the name
        first, second = subjects[0], subjects[-1]
        doc = verb.doc
        if (
            len(subjects) == 2
            and first.i < second.i < verb.i
            and first.left_edge.is_sent_start  # "Councillor Oyelaran, the professor says …":
            and doc[first.i + 1].text == ","  # a name addressed, then the subject
            and second.left_edge.i == first.i + 2
            and (
                (first.pos_ == "PROPN" and second.pos_ != "PROPN")
                # "Prices, the bank said on Monday, will rise": the first is the reported clause's
                or (first.pos_ == "NOUN" and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children))
            )
        ):
            return second
        if (
            len(subjects) == 2
            and first.pos_ == "NOUN"
            and second.ent_type_ == "PERSON"
            and first.i < second.i < verb.i
            and first.right_edge.i + 2 == second.left_edge.i
            and doc[first.right_edge.i + 1].text == ","
            and second.right_edge.i + 1 == verb.i
        ):
            return second  # "A pharmacist who was watching …, Ruth Abara told us …": her name after it
    if len(subjects) == 1 and (addressed := _addressed_then_a_body(subjects[0], verb)) is not None:
        return addressed
    if subjects and is_label(subjects[0]):  # the parser's apposition: "Correction: an earlier version …"
        label = subjects[0]
        colon = next((t.i for t in label.doc[label.i : label.i + 8] if t.text == ":"), label.i)
        # (past the label's own time: "UPDATE, 2:30 p.m.: St. Agnes … said")
        named = next((c for c in label.children if c.dep_ == "appos" and c.i > max(label.i + 1, colon)), None)
        return named or label
    if len(subjects) == 1 and (after := _named_after_the_closing_mark(subjects[0], verb)) is not None:
        return after
    return subjects[0] if subjects else None


def _named_after_the_closing_mark(subject: Token, verb: Token) -> Token | None:
    """The speaker of an inverted cue whose subject the parser took from the end of the quotation before
    it: "“… We don’t have freedom of opinion anymore. #Cologne,” tweeted a user from Hanover": "Cologne"
    is the post's last word (only a comma and the closing mark stand between it and the cue), the user
    its writer, whom the parser made the verb's object."""
    doc = verb.doc
    between = doc[subject.i + 1 : verb.i]
    if not (between and between[-1].text in CLOSING_MARKS and all(t.is_punct for t in between)):
        return None
    objects = (c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1)
    return next((c for c in objects if c.pos_ in ("NOUN", "PROPN")), None)


def on_a_day(prep: Token) -> bool:
    """ "on Tuesday night", "on Monday": when, not part of a speaker's description ("Her lawyer on
    Tuesday night told …", where the parser hung the time on the noun)."""
    return prep.lower_ == "on" and any(c.dep_ == "pobj" and c.ent_type_ in TIME_ENTS for c in prep.children)


def clause_read_as_the_sentence(verb: Token) -> Token | None:
    """ "Multiple outlets reported on Wednesday the Secret Service had …": the parser read the past
    tense as a participle describing its subject ("outlets reported on Wednesday") and the reported
    clause as the sentence, whose verb then has a second subject. Returns that subject, the first
    word of what was reported (not "the figures reported on Monday showed …": one subject)."""
    head = verb.head
    clause = head.head
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in ("VBD", "VBN")
        or head.dep_ != "nsubj"
        or clause.i < verb.i
        or any(c.dep_ in ("agent", "auxpass", "dobj", "ccomp", "xcomp", "dative") for c in verb.children)
    ):
        return None
    after = verb.right_edge.i
    subjects = (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i > after)
    second = next(subjects, None)
    if second is not None and _name_of_the_noun_before(second.left_edge, verb.right_edge):
        # "A statement posted on the website GunBroker.com said …": the name of the phrase's last noun
        # (the website), which the parser made a second subject; the statement says it, not the site
        return None
    return second


def _name_of_the_noun_before(first: Token, last: Token) -> bool:
    """``first`` is a proper name straight after the common noun ``last`` ("the website GunBroker.com",
    "the newspaper Il Tirreno"): the noun's name, not a new phrase (not "on Wednesday the Secret
    Service", which opens with its own "the")."""
    return (
        first.i == last.i + 1
        and last.pos_ == "NOUN"
        and last.ent_type_ not in TIME_ENTS
        and (first.pos_ == "PROPN" or first.tag_ == "ADD")
    )
