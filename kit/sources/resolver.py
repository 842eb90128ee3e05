"""Who a subject stands for: a cue's subject (or a possessor, a relative pronoun) resolved to a source.

:class:`Resolver` turns the subject of a cue into a :class:`~kit.sources.names.Source`:
a name (the fullest form in the article's :class:`~kit.sources.names.NameTable`), a
title, a pronoun ("he" → a person of this or the previous sentence, else the most
recent compatible subject or speaker), a relative pronoun, an organization ("the
company" → the most salient business named before), a document (named by its owner:
"the commission's report" → "the Regional Audit Commission report"), or an unnamed
source (anonymous or vague). It remembers every source it resolved, in text order,
so that later pronouns and descriptions can refer back to them.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..pipeline import NAME_GIVEN, aged_at, ents_in, sentence_span
from ..quotes import TITLE_ABBREVIATIONS
from .names import (
    KIN,
    KIN_INVERSE,
    NAMED_ENTS,
    ORG_ENTS,
    PERSON_PRONOUNS,
    PLEADING,
    RANKS,
    SUBJECTS,
    TIME_ENTS,
    TITLE_STRIP,
    ArticleContext,
    Source,
    age_beside,
    clause_read_as_the_sentence,
    clean_name,
    double_barrelled_start,
    given_names,
    is_focus_word,
    load_lexicon,
    occupation,
    occupation_word,
    on_a_day,
    opens_a_place,
    org_name,
    own_subject,
    who_clause,
    without_possessive,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..records import TextSpan
    from .names import Lexicon

_THING_PRONOUNS = {"it", "its"}
_GROUP_PRONOUNS = {"they", "them", "their"}
_RELATIVES = {"who", "which", "that", "whom"}


# --- noun phrases ---------------------------------------------------------------------


#: a noun of people and its other number, as spaCy lemmatizes them ("people" stays "people")
_NUMBER_FORMS = {
    "person": "people", "people": "person", "man": "men", "men": "man", "woman": "women", "women": "woman",
}  # fmt: skip
#: word kinds of nouns that can stand for people ("critics", "the minister", "the father")
#: word kinds a record never is ("according to the count" is a record, "according to the firm" no)
_NOT_A_RECORD = ("person_word", "company_word", "org_suffix", "speech_noun")
#: words for a part of a body that speaks as one ("the regional economics unit at Teesmouth University")
_BODY_WORDS = frozenset("unit centre center lab laboratory desk panel".split())  # (lexicon: office, network)
#: what a record does, whose subject it is ("The count found that …")
_RECORDS_DO = frozenset({"find", "show", "suggest", "reveal", "indicate", "estimate", "conclude", "record"})
#: the plain words for someone a feature sets in its scene before naming them ("The woman waiting at
#: the top of the slipway …")
_SCENE_PEOPLE = frozenset({"man", "woman", "boy", "girl"})
_HUMAN_KINDS = ("vague", "anonymous", "title", "spokesperson", "organization", "male", "female")
#: word kinds with a meaning of their own, which a description repeating a person never is
_NOT_A_DESCRIPTION = (*_HUMAN_KINDS, "document", "company_word")
_AGED = re.compile(r"^(?:the )?(\d{1,3})-year-old$")
#: the people who run an event, speaking as its body: "the organisers said"
_RUNNERS = frozenset({"organiser", "organizer"})
#: an age and what the person does: "the 58-year-old retired school bus driver"
_AGED_ROLE = re.compile(r"^the (\d{1,3})-year-old(?: [a-z][\w'’-]*){1,4}$")
#: things said that are no occasion to speak at: "his letter", "her post", "their claim"
_NOT_AN_OCCASION = frozenset({"letter", "post", "tweet", "message", "claim", "promise", "pledge", "threat"})


#: an apposition after these gives one member of a group, not its name ("Critics, among them …")
_EXAMPLE_PREPS = frozenset({"among", "including", "like"})
#: counsel described before they are named, and how a court report names them ("Jo Bell KC, prosecuting,")
_COUNSEL = {"prosecutor": "prosecuting", "barrister": "defending", "counsel": "defending"}
#: a court report's one defendant ("the defendant said …"): who denies, admits or pleads to a charge,
#: or is accused or charged
_THE_ACCUSED = frozenset({"defendant", "accused"})
#: the word right before a name, at the end of the text searched ("Republican Brandt Kowalczyk")
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) $")
#: a sentence about someone giving evidence ("was giving evidence", "under cross-examination", "was
#: cross-examined", "testified"), not one about asking the questions ("Cross-examining, …")
_GIVING_EVIDENCE = re.compile(
    r"\b(?:giving evidence|gave evidence|give evidence|cross-examination|cross-examined|testified"
    r"|in the witness box)\b"
)
#: how many sentences back "the witness" looks for the one giving evidence
_WITNESS_WINDOW = 12
_CHARGING = frozenset({"accuse", "charge"})
_CHARGE_VERBS = PLEADING | _CHARGING
_COUNSEL_NAMED = re.compile(r"\b((?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+)(?: [KQ]C)?, (prosecuting|defending)\b")
#: what the outlet calls the text the reader is reading ("this article", "this story")
_THIS_PIECE = frozenset({"article", "story", "piece", "column", "newspaper", "blog"})
#: the endings of nouns for people by what they do ("protesters", "campaigners", "activists")
_AGENT_ENDINGS = ("ers", "ors", "ists", "ants", "ents")
#: nouns for people gathered ("a small group of protesters"), not a body
_GATHERINGS = frozenset({"group", "crowd", "handful", "band", "knot", "bunch"})
#: a name given with an age, the way a feature names the person it has described ("Ray Marsh, 67,"; or
#: closing a tag: "“…,” said Shona Birkett, 46.")
_NAME_AND_AGE = re.compile(r"(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+, \d{1,3}(?:,|\.(?=\s|$))")
#: a feature's late naming of the person it opened with ("Her name is Ruth Gannaway.")
_NAME_IS = re.compile(r"\b(Her|His) name is ((?:[A-Z][\w'’-]+ ?){1,4})")
#: "a group of former drivers", "a crowd of fans": the people of "some of them" in the next sentence
_COLLECTIVES = frozenset(
    {"group", "crowd", "number", "couple", "pair", "handful", "dozen", "team", "band", "delegation", "panel"}
)
_AGENT_ENDINGS = ("ers", "ors", "ists", "ians", "ents", "ants", "ees", "eers")
#: singular nouns for a body of people ("one of the staff", "most of the crew")
_STAFF = frozenset({"staff", "crew", "workforce", "personnel", "faculty", "cast"})
_NOT_AGENTS = frozenset(
    "numbers papers letters waters powers orders matters centers centres computers borders chambers "
    "quarters headquarters others markets comments documents payments elements events agreements "
    "accidents incidents statements amounts results points".split()
)
#: document nouns that a later definite noun of the other kind refers back to ("a study published in
#: the journal … the paper states")
#: what "the report" just after it can stand for ("published its annual survey. The report says …")
_REPORTED_IN = frozenset({"survey", "study", "review", "audit", "inquiry", "assessment", "analysis"})
_SAME_KIND: dict[str, frozenset[str]] = {
    "paper": frozenset({"study", "research"}),
    "study": frozenset({"paper", "research"}),  # "Research by the University of Tolland … The study found"
    "research": frozenset({"study", "paper"}),
    "survey": frozenset({"poll"}),  # "according to the same survey" after "A … poll … found"
    "poll": frozenset({"survey"}),
    # "The findings suggest …" after "The paper … reports": the study's (or the report's, the survey's)
    "finding": frozenset({"study", "paper", "research", "report", "survey", "review", "audit"}),
}


#: what others do to a document that does not make them its author ("a memo seen by the agency")
_READ_BY = frozenset({"see", "obtain", "read", "review", "leak", "receive", "examine"})
#: participles by which a noun carries words ("a statement saying …", "a sign reading …")
_CARRYING = frozenset({"say", "read", "state", "show", "suggest", "indicate", "find"})


def _plural_possessive(mark: Token) -> bool:
    """The apostrophe of "Residents’ Association", not a closing quote mark."""
    doc = mark.doc
    return (
        mark.text in ("’", "'")
        and mark.i > 0
        and doc[mark.i - 1].text.lower().endswith("s")
        and not doc[mark.i - 1].whitespace_
    )


_OPENING_CLAUSE = 40
_PLACE_PREPOSITIONS = frozenset({"at", "in", "near", "outside", "beside", "across", "around", "inside"})
_MEETING_MARKS = frozenset({"when", "after", "as", "once", "before", "while"})
_POSSESSIVE_PRONOUNS = frozenset({"my", "our", "your", "his", "her", "their"})
_IRREGULAR_PLURALS = frozenset({"people", "women", "men", "children"})


#: words for a body that are plural in form but name one body ("Police said …", "Security forces said …")
_ONE_BODY = frozenset({"police", "military", "force"})
#: a role and the title its holders are named with: a British judge is "Mrs Justice Ferrow"
_TITLE_SYNONYMS = {"judge": "justice"}
#: how many of the article's first name mentions may stand in its first sentence
_FIRST_NAMES = 10
#: how many words ahead "a coroner" looks for the coroner named ("the area coroner, Philippa Strand")
_ROLE_AHEAD = 400
#: how many words back "the spokesperson" looks for the spokesperson introduced before
_SPOKESPERSON_BACK = 200


def _peoples_body(head: Token, np: list[Token]) -> str | None:
    """ "Older People's Forum", "the Women's Institute", "Children's Society": a name whose possessive
    is a plural that takes "'s" (a regular plural's apostrophe: :func:`_plural_possessive`); the
    name runs from the first capitalised word of the phrase to its head."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _IRREGULAR_PLURALS), None)
    if owner is None or not owner.is_title or not any(c.dep_ == "case" for c in owner.children):
        return None
    words = [t for t in np if t.i <= head.i]
    first = next((i for i, t in enumerate(words) if t.is_title and t.pos_ == "PROPN"), None)
    if first is None or words[first].i > owner.i:
        return None
    the = "the " if first and words[first - 1].lower_ == "the" else ""
    return the + span_text(words[first:])


def np_tokens(head: Token, *, limit: int = 14) -> list[Token]:
    """The noun phrase headed by ``head`` (its subtree, cut at a comma-led clause, at most ``limit``)."""
    tokens = [t for t in head.subtree if t.i >= head.left_edge.i]
    marks = (t.i for t in tokens if t.i < head.i and t.is_quote and t.tag_ in ("``", "''"))
    quote = max((i for i in marks if not _plural_possessive(head.doc[i])), default=None)
    if quote is not None:  # "“What if …?” the 43-year-old asked": a tag the parser hung on its noun
        tokens = [t for t in tokens if t.i > quote]
    out: list[Token] = []
    for t in tokens:
        if t.i > head.i and t.is_punct and t.text in ",;:—–()":
            break
        if t.i > head.i and out and t.i != out[-1].i + 1:
            break  # a word the parser hung on the noun across its verb: "A poll … found …, Derek Strom"
        finite = (
            t.tag_ == "VBD"
            or (head.dep_ == "ROOT" and t.tag_ == "VBN")
            or (t.head.i == head.i and clause_read_as_the_sentence(t) is not None)
        )
        if t.i == head.i + 1 and t.dep_ == "acl" and finite:
            break  # … and its verb: a finite verb cannot describe a noun ("a man yelled “…”")
        if t.i > head.i and t.dep_ == "acl" and t.head.i == head.i and t.lemma_.lower() in _CARRYING:
            break  # "a statement saying …", "records showing that …": what it says is not its name
        if t.i > head.i and t.dep_ == "prep" and t.head.i == head.i and on_a_day(t):
            break  # "Her lawyer on Tuesday night told …": when she spoke, which the parser hung on the noun
        out.append(t)
    while out and (out[-1].is_punct or out[-1].is_space):
        out.pop()
    doc = head.doc
    if out and out[-1] == head and head.i + 2 < len(doc) and doc[head.i + 1].text == "-":
        glued = not (head.whitespace_ or doc[head.i + 1].whitespace_) and doc[head.i + 2].is_alpha
        if glued:  # "the Hemsby Fen co-operative", which the tokenizer split: the whole word
            out.extend(doc[head.i + 1 : head.i + 3])
    while out and (out[0].is_punct or out[0].is_space or is_focus_word(out[0])):
        out.pop(0)
    if out and out[-1] == head and head.tag_ == "CD":  # "Nearly 6 in 10", "seven out of 10": a poll's share
        doc, i = head.doc, head.i + 1
        words = [t.lower_ for t in doc[i : i + 3]]
        size = 2 if words[:1] == ["in"] else 3 if words[:2] == ["out", "of"] else 0
        if size and i + size <= len(doc) and doc[i + size - 1].tag_ == "CD":
            out.extend(doc[i : i + size])
    return out[:limit]


@functools.cache
def _capitalised_run(words: tuple[str, ...]) -> re.Pattern[str]:
    """Two to five capitalised words ending in ``words`` written with capitals ("West Penrose Police")."""
    tail = r"\s".join(re.escape(w.capitalize()) for w in words)
    return re.compile(rf"\b(?:[A-Z][\w’'.-]*\s){{1,4}}{tail}\b(?!\s[A-Z])")  # (not "… Police Chief Ray …")


def _ends_with(name: str, words: tuple[str, ...]) -> bool:
    """Does a longer name end in these lower-case words ("Ashdale Police" in "police")?"""
    own = name.replace("’", "'").lower().split()
    return len(own) > len(words) and tuple(own[-len(words) :]) == words


def _by_someone(token: Token) -> bool:
    """A personal pronoun as a clause's subject ("we finished", "I commissioned")."""
    return token.dep_ == "nsubj" and token.lower_ in ("i", "we", "you", "he", "she", "they")


#: a point put to someone, and the answers to it ("put it to …", "suggested to …"; "He accepted …")
_PUTTING = frozenset("put suggest ask".split())
_ANSWERS = frozenset("accept admit concede deny agree reply answer insist reject acknowledge".split())


#: a body named by its kind alone, where an article names one of that kind: "police", "the council"
_ONE_OF_A_KIND = re.compile(
    r"(?:the )?(?:police(?: department)?|(?:borough |county |city |town |district )?council"
    r"|sheriff[’']s office|fire service"
    r"|(?:fire and )?rescue service|ambulance service|health board|coastguard|force|band|choir|orchestra"
    r"|club)"
)


#: last words of football clubs' names ("Dunmore Athletic", "Harwick Albion"), for "the club"
_CLUB_NAMES = ("athletic", "united", "rovers", "wanderers", "albion", "rangers", "fc", "afc")

#: how many mentions back "they" looks for the group that spoke just before
_LOOK_BACK = 40


#: determiners of bodies left unnamed: "some charities", "many unions", "other groups"
_SOME = frozenset("some many other several various".split())


#: the last word of a document's own name: "the Kessler Report", "the state's annual Crime and Safety
#: Survey" (a review only when named after its author, "the Hallam Review": "Urban Health Review" is a
#: journal)
_NAMED_DOCUMENTS = frozenset({"report", "study", "survey", "audit", "assessment", "census"})

#: a spokesperson of the opposition, who speaks for herself as a politician
_OPPOSITION = re.compile(r"\b(?:[Oo]pposition|[Ss]hadow)(?:['’]s)?\b")
#: groups named in the singular that "they" may stand for ("The family has asked …. They write: …")
_THEY_GROUPS = frozenset({"family", "couple", "crew", "band", "team"})
#: the words for who runs a team or a firm, one for another ("the Sandford manager" is its "boss")
_LEADING = frozenset({"manager", "boss", "coach", "gaffer", "chief", "head"})
#: a share of a poll's respondents: "14 percent", "one in five", "6 in 10", "about a quarter of those
#: surveyed", "most respondents", "those polled"
_RESPONDENTS = re.compile(
    r"^(?:the |only |just |about |nearly |almost |some |more than |fewer than |roughly |around ){0,2}"
    r"(?:\d[\d.,]* ?(?:percent|per cent|%)(?: of \w+)?"
    r"|(?:a |one |two |three )?(?:quarter|third|fifth)s?|half"  # ("only about a third said …")
    r"|(?:\w+) (?:in|out of) (?:\d+|ten|five|four|three|two)(?: \w+s)?"  # "one in 10 (voters)"
    r"|(?:\w+ )?(?:quarters?|thirds?|half|fifths?|majority|plurality|most|many|few)(?: \w+)?"
    r" of (?:those|the) "
    r"(?:surveyed|polled|questioned|asked|respondents)|(?:most |many |the )?respondents"
    r"|those (?:surveyed|polled|questioned|asked))$"
)
#: the source types of a source with no name ("the woman at the workbench", "critics")
_UNNAMED = frozenset({"vague", "anonymous"})
#: the people behind a study, and the studies they can stand behind
_STUDY_TEAM = frozenset({"researcher", "author", "scientist"})
#: words for a study's team, which the article may place at its institution ("The team, from …")
_TEAM_NOUNS = _STUDY_TEAM | {"team"}
_TEAM_PREPS = frozenset({"from", "at", "of"})
#: the types of the people who answer a question put to them
_SPEAKING_PEOPLE = ("named_person", "spokesperson")
#: the names of the bodies a study's team works at
_ACADEMIC = re.compile(r"\b(?:University|College|Institute|School of)\b")
_TEAM_WORDS = ("researchers", "authors", "scientists")
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_STUDIES = re.compile(r"\b(?:study|paper|research|trial|survey)\b", re.IGNORECASE)
#: nouns of time that the parser may take for a subject ("that autumn, a dairy farmer …, said")
_TIME_NOUNS = frozenset(
    {"autumn", "spring", "summer", "winter", "week", "month", "year", "day", "night", "morning", "evening"}
    | {"afternoon", "weekend"}
)
#: how many mentions back "she" looks for someone known as she when no one near can be her
_FAR_BACK = 300
#: how far back (characters) a rule reads a paragraph for who was spoken of before a "he"/"she" (a
#: paragraph longer than this is no paragraph a reader holds in mind: the rules stay linear on one)
_PARAGRAPH_BACK = 3000
#: the writer of a column or an op-ed, who meets people ("I saw a retired joiner who …")
_WRITERS = frozenset({"i", "we"})
#: how many words back "the report" looks for its title ("the annual report, State of the Ice,")
_TITLE_BACK = 2000
#: how many tokens each way a description looks for the noun that names it later ("the bus driver")
_DESCRIPTION_WINDOW = 250
_PRONOUN_GENDER = {**PERSON_PRONOUNS, "himself": "male", "herself": "female"}


def span_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return " ".join(doc[tokens[0].i : tokens[-1].i + 1].text.split())


def _core_words(head: Token) -> set[str]:
    """Lemmas of the head, its modifiers and appositions (not its prepositional phrases)."""
    words = {head.lemma_.lower(), head.lower_}
    for t in head.children:
        if t.dep_ in ("compound", "amod", "nmod", "appos", "nummod", "det"):
            words.update(w.lemma_.lower() for w in t.subtree if w.dep_ not in ("prep", "pobj", "relcl"))
            words.update(w.lower_ for w in t.subtree if w.dep_ not in ("prep", "pobj", "relcl"))
    return words


#: how many mentions back a bare spokesperson's own sentence is searched for the body she speaks for
_SENTENCE_MENTIONS = 8
#: words that open a description with a capital only because a sentence starts there
_LOWERED = frozenset("The A An Some Many Most Several Two Three Other Others".split())
#: and such words that do so only before a word in lower case ("Multiple outlets", not "Four Days")
_LOWERED_BEFORE_A_NOUN = frozenset("Multiple Numerous Various Few Both All Four Five".split())


def _lower_article(name: str) -> str:
    """ "The report" → "the report", "Critics" → "critics" (a capital only because a sentence starts)."""
    first, _, rest = name.partition(" ")
    if first in _LOWERED or (first in _LOWERED_BEFORE_A_NOUN and rest[:1].islower()) or (
        (first.istitle() and first.lower() in load_lexicon().words.get("vague", frozenset()))
        or first.lower().rstrip("s") in load_lexicon().words.get("vague", frozenset())
    ):
        return (first.lower() + " " + rest).strip()
    return name


def _aside(modifier: Token) -> bool:
    """A participle set off by commas after a noun ("The paper, published today in …, reports"): it
    says more about the thing named before, it does not pick out another one."""
    doc = modifier.doc
    return modifier.dep_ == "acl" and modifier.tag_ == "VBN" and doc[modifier.left_edge.i - 1].text == ","


def _relative_clause(verb: Token) -> Token | None:
    """The relative (or adjectival) clause a verb heads, or is coordinated into ("X, who leads … and
    who has called …": "called" is in the clause of "leads")."""
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    return verb if verb.dep_ in ("relcl", "acl") and verb.head != verb else None


def _asked_about(mention: Token, pronoun: Token) -> bool:
    """ "Asked whether Kilbride had been wise to go to ground, he said: …": a person inside the
    question put to the speaker, in the pronoun's sentence, is not the one who answers."""
    if mention.i > pronoun.i or sentence_span(mention).start != sentence_span(pronoun).start:
        return False
    for verb in itertools.islice(mention.ancestors, 8):  # (bounded)
        if verb.i > pronoun.i:
            return False
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
            asked = verb.head
            return asked.lemma_.lower() == "ask" and asked.dep_ == "advcl"
    return False


def _subject_of_the_tagged_clause(mention: Token, pronoun: Token) -> bool:
    """ "Kittredge, she said, had taken “more than $300,000 …”": the subject of the clause a tag's
    pronoun reports is what she said someone did, not the one who says it."""
    tag = pronoun.head
    return (
        pronoun.dep_ in SUBJECTS
        and tag.dep_ == "parataxis"
        and mention.dep_ in SUBJECTS
        and mention.head == tag.head
        and mention.i < pronoun.i
    )


def _root_of(doc: Doc, mention: TextSpan) -> Token:
    """The head word of a name's mention in the text."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    assert span is not None  # (a mention lies inside the text)
    return span.root


def _in_a_fronted_phrase(mention: Token, pronoun: Token) -> bool:
    """ "Cross-examined by Naomi Brisco KC, for Mr Penhale, he agreed that …": a phrase or a participle
    with no subject of its own, opening the clause of the "he" who speaks, names others (the one who
    questions him, the side she acts for). Not "After Ms Ruiz arrived, she said …", a clause of its own."""
    if pronoun.dep_ not in SUBJECTS or mention.i > pronoun.i:
        return False
    return any(
        c.dep_ in ("advcl", "prep")
        and c.left_edge.i <= mention.i <= c.right_edge.i < pronoun.i
        and not any(g.dep_ in SUBJECTS for g in c.children)
        for c in pronoun.head.lefts
    )


def _counted(noun: Token) -> bool:
    """A number before the noun ("Two senior Republicans", "three Democrats"), not a year or an amount."""
    return any(c.dep_ == "nummod" and c.ent_type_ in ("CARDINAL", "") and c.i < noun.i for c in noun.children)


def _a_description(subject: Token) -> bool:
    """ "the Town boss", "the minister": a singular common noun after "the"."""
    return subject.tag_ == "NN" and any(c.lower_ == "the" for c in subject.lefts)


def _has_aux(verb: Token) -> bool:
    """Has ``verb`` an auxiliary ("has said", "will tell"), so a finite verb group?"""
    return any(c.dep_ == "aux" for c in verb.children)


#: an indefinite pronoun for a person who can say something: "someone", "everybody" (not "nobody")
_INDEFINITE_PEOPLE = frozenset({"someone", "somebody", "everyone", "everybody"})


def _someone(subject: Token) -> bool:
    """A subject that names a person: a name or "he"/"she" (not "Nobody", "it")."""
    return subject.pos_ == "PROPN" or subject.lower_ in PERSON_PRONOUNS


def _without_the(name: str) -> str:
    """A name without its "the" (or the two a name the outlet gave may carry: "the The Herald")."""
    while name.lower().startswith("the "):
        name = name[4:]
    return name


def _with_members(name: Token) -> bool:
    """ "The Wendle Valley Ramblers, who have around 400 members,": a body, by its members."""
    return any(
        c.dep_ == "relcl" and any(g.dep_ == "dobj" and g.lemma_.lower() == "member" for g in c.children)
        for c in name.children
    )


def _named_by_the_copula(subject: Token) -> Token | None:
    """ "That man is Lionel Haverstock": the name a described subject is said to be (a PERSON)."""
    if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or subject.head.lemma_ != "be":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in subject.lefts):
        return None
    named = next((c for c in subject.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
    return named if named is not None and named.ent_type_ == "PERSON" else None


def _a_or_one(word: Token) -> bool:
    """ "a"/"an" before a noun, or "one" ("One senior player, who asked not to be named, …")."""
    article = word.dep_ == "det" and word.lower_ in ("a", "an")
    return article or (word.dep_ == "nummod" and word.lower_ == "one")


def _title_run(token: Token) -> list[str]:
    """The capitalised words that end with ``token`` ("High Skellgill", however the parser hung "High")."""
    start = token.i
    while start > 0 and token.i - start < 3 and token.doc[start - 1].is_title:
        start -= 1
    return [t.text for t in token.doc[start : token.i + 1]]


def _wanted(verb: Token, frames: Mapping[str, frozenset[str]]) -> bool:
    """A verb of saying read in a small clause that reports nothing, under a verb that is no cue: "people
    did not want a camera pointed at them" ("pointed" tagged a past tense): the camera says nothing."""
    return (
        verb.dep_ in ("ccomp", "xcomp")
        and verb.head.pos_ == "VERB"
        and verb.head.lemma_.lower() not in frames
        and not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children)
        and not any(c.dep_ == "mark" for c in verb.children)
    )


def _kin_of_the_same(name: Token, wanted: str) -> bool:
    """ "He … came home in 2013, a year after his father, Tom, was killed. “…,” he says": a name set
    beside a relative of "his" (of "her" for "she") is that person's relative, not the person."""
    if name.dep_ != "appos" or name.head.lemma_.lower() not in KIN:
        return False
    return any(c.dep_ == "poss" and PERSON_PRONOUNS.get(c.lower_) == wanted for c in name.head.children)


def _by_nationality(token: Token) -> bool:
    """ "the Swede", "the Scot", "the three-term Democrat": one capitalised word after "the" (and words
    in lower case that describe it), tagged a people or a person, that describes someone by nationality
    or party (a name never takes "the"); "the Portuguese" (a plural to the tagger) and "the Portuguese
    forward" (an adjective the parser made the subject, its noun an adverb) too."""
    the = next((c for c in token.lefts if c.dep_ == "det" and c.lower_ == "the"), None)
    return (
        (token.tag_ in ("NNP", "NNPS") or (token.tag_ == "JJ" and token.dep_ == "nsubj"))
        and token.ent_type_ in ("NORP", "PERSON")
        and token.ent_iob_ == "B"
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
        and the is not None
        and all(t.is_lower or (t.is_punct and t.text == "-") for t in token.doc[the.i + 1 : token.i])
    )


def _of_a_kind_of_people(owner: Token) -> bool:
    """ "Farmers'" of "Farmers' unions": a plural common noun owning, with no word of its own."""
    bare = not any(c.dep_ in ("det", "poss") for c in owner.children)
    return owner.dep_ == "poss" and owner.tag_ == "NNS" and bare


def _that_read_as_a_clause(relative: Token, frames: Mapping[str, frozenset[str]]) -> Token | None:
    """ "began airing a 30-second ad this week that calls her plan …": a "that" right after a noun (or
    after the time that follows it) which the parser made the subject of a clause under a verb of no
    saying, when it is the relative pronoun of the noun; that noun."""
    verb = relative.head
    if relative.lower_ != "that" or relative.dep_ != "nsubj" or verb.dep_ != "ccomp" or relative.i == 0:
        return None
    if verb.head.lemma_.lower() in frames:
        return None  # "said that calls for …": what is said
    before = relative.doc[relative.i - 1]
    if before.dep_ == "npadvmod" and (before.ent_type_ in ("DATE", "TIME") or before.lemma_ in _TIME_NOUNS):
        before = relative.doc[before.left_edge.i - 1] if before.left_edge.i > 0 else before
    if before.pos_ != "NOUN" or before.dep_ not in ("dobj", "pobj") or before.head.i > relative.i:
        return None
    return before


def _antecedent(relative: Token) -> Token:
    """The noun a relative pronoun stands for, checked for number agreement with its verb
    ("figures … in its bulletin, which show" → figures)."""
    verb = _relative_clause(relative.head) or relative.head
    noun = verb.head
    if noun.dep_ == "appos":  # "the Coffee Council, an industry group, which said" → the Coffee Council
        noun = noun.head
    if noun.pos_ == "NUM" or noun.ent_type_ in ("DATE", "TIME"):
        # "a condition report the council commissioned in 2023, which also estimated …": not the year
        noun = next((a for a in noun.ancestors if a.pos_ in ("NOUN", "PROPN") and a.ent_type_ == ""), noun)
    lex = load_lexicon()
    person = relative.lower_ in ("who", "whom", "whose")
    if relative.lower_ == "which" and not lex.has("document", noun.lemma_.lower()):
        # "the study published in March by the road safety unit at Harrowfield University, which found …":
        # the document whose author's phrase the parser hung the clause on
        up = noun
        for _ in range(6):  # (bounded)
            if up.dep_ not in ("pobj", "prep", "agent", "acl") or up.head.i == up.i:
                break
            up = up.head
            if up.pos_ == "NOUN" and lex.has("document", up.lemma_.lower()):
                return up
    before = noun.doc[noun.head.i - 1] if noun.dep_ == "pobj" and noun.head.i > 0 and not person else None
    if (
        before is not None
        and before.pos_ == "NOUN"
        and lex.has("document", before.lemma_.lower())
        and not lex.has("document", noun.lemma_.lower())
    ):
        noun = before  # "a note on the door that said …": the note, not the door
    if (
        person
        and noun.dep_ == "pobj"
        and noun.pos_ == "NOUN"
        and noun.ent_type_ == ""
        and not _of_people(noun, lex)
    ):
        # "two people familiar with the negotiations, who said …": the people, not the negotiations
        up = noun.head.head
        if up.pos_ in ("NOUN", "PROPN") and (up.pos_ == "PROPN" or _of_people(up, lex)):
            return up
        if up.pos_ == "ADJ" and up.head.pos_ in ("NOUN", "PROPN") and _of_people(up.head, lex):
            return up.head  # "people familiar with …": the adjective stands between
    if person and noun.dep_ == "pobj" and noun.ent_type_ in ("ORG", "GPE", "FAC", "NORP"):
        # "Joanna Pettifer, restaurant critic of the Castlemere Courier, who described …": the critic,
        # not the paper she writes for
        up = noun.head.head
        if up.dep_ == "appos" and up.head.ent_type_ == "PERSON":
            return up.head
        if up.ent_type_ == "PERSON" or (up.pos_ == "NOUN" and _of_people(up, lex)):
            return up
    want = "NNS" if verb.tag_ == "VBP" else "NN" if verb.tag_ == "VBZ" else None
    if want is None or noun.tag_ in (want, want + "P"):
        return noun
    for ancestor in noun.ancestors:
        if ancestor.tag_ in (want, want + "P"):
            return ancestor
        if ancestor.dep_ == "ROOT":
            break
    return noun


def _of_people(noun: Token, lex) -> bool:
    """A noun that names people ("people", "officials", "a spokesman"), as "who" wants."""
    lemma = noun.lemma_.lower()
    kinds = [kind for kind in _HUMAN_KINDS if kind != "organization"]
    return lemma in _NUMBER_FORMS or any(lex.has(kind, lemma) for kind in kinds)


def _document_after_a_name(token: Token, lex: Lexicon) -> Token | None:
    """ "The Union of Nursing Staff's survey of its members found …": the parser made the first word of
    a body's name the subject and hung the body's document on the name's "of"; the document speaks."""
    if token.dep_ not in SUBJECTS or token.pos_ != "PROPN":
        return None
    for of in token.children:
        if of.dep_ != "prep" or of.lower_ != "of":
            continue
        for noun in of.children:
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if noun.dep_ == "pobj" and lex.has("document", noun.lemma_.lower()) and owner is not None:
                return noun
    return None


def _fronted_description(noun: Token) -> bool:
    """ "An economist at Tillman College, she has studied …": a description set before the pronoun
    it describes, which the parser made a second subject; it is no one else."""
    end = noun.right_edge.i
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or noun.doc[end + 1 : end + 2].text != ",":
        return False
    pronoun = noun.doc[end + 2] if end + 2 < len(noun.doc) else None
    if pronoun is None or pronoun.pos_ != "PRON":
        return False
    return pronoun.dep_ == "nsubj" and pronoun.head == noun.head


def _of_whom(group: Token, word: Token) -> bool:
    """Does ``word`` name whom ``group``'s "of" (or "by", "from") phrase names, inside it or after it
    ("Allies of the Home Secretary, Daniel …", "The report by the director of finance, Helen …")?"""
    phrases = [c for c in group.children if c.dep_ == "prep" and c.lower_ in ("of", "by", "from")]
    inside = word.head == group or any(p in phrases for p in word.ancestors)
    return inside and any(p.i < word.i for p in phrases)


#: words that make a "figure" a person ("a senior party figure"), not a number
_PUBLIC_FIGURE = frozenset(
    "senior leading key prominent public political party top influential veteran".split()
)


def _a_public_figure(figure: Token) -> bool:
    """ "One senior Moderate figure, who …", "a leading party figure": a person, not a figure given."""
    described = any(c.dep_ in ("amod", "compound") and c.lower_ in _PUBLIC_FIGURE for c in figure.lefts)
    return described or who_clause(figure)


def _has_phrase(text: str, phrases: Iterable[str]) -> bool:
    lowered = f" {text.lower()} "
    return any(
        f" {p} " in lowered or (f" {p}" in lowered and p.endswith(("with", "to", "of"))) for p in phrases
    )


# --- the resolver ------------------------------------------------------------------------



def _organization(source: Source) -> bool:
    return source.type == "organization"


#: where "those" are that makes them people: "those around him", "those inside the campaign", "those
#: with knowledge of the talks" (not a bare "those"; nor "those in the exercise group reported 312 falls":
#: a group of a study, counted)
_AMONG_PEOPLE = frozenset({"around", "inside", "within", "with", "near", "behind"})


class Resolver:
    """Turns a subject token into a :class:`Source` (names, titles, pronouns, types)."""

    def __init__(self, art: ArticleContext) -> None:
        self.art = art
        self.lex = art.lex
        self.cache: dict[int, Source | None] = {}
        self.mentions: list[tuple[int, Source]] = []  # salience: (token index, source), sorted
        self.documents: dict[str, list[tuple[int, int, str]]] = {}  # head lemma → (order, token, name)
        self.documents_noted = 0
        self.described: dict[str, str] = {}  # "company" → the organization it stood for
        self.first_study: int | None = None  # where the article first names a study (``_study_before``)
        self.team: str | None = None  # the study's team by its institution (``_team_name``), once
        self.family: str | None = None  # the family last named by its person (``_family_of``)
        self.first_person: int | None = None  # where the first person is named (``_introduced_after``)
        self.anonymous_sentences: dict[int, bool] = {}  # sentence index → holds an anonymity phrase
        self.latest: dict[str, tuple[int, Source]] = {}  # name → its last mention in ``mentions``
        self.protagonists: dict[str, str | None] = {}  # gender → the one person the article is about
        self.bodies: dict[str, str | None] = {}  # "police" → the one police force the article names
        self.name_index: list[tuple[int, int, str, TextSpan]] | None = None  # see _names_between
        self.first_named: dict[str, int] | None = None  # see _first_named_at
        self.spokespeople: set[str] = set()  # names introduced as a spokesperson ("X, a spokeswoman")
        self.speaking: set[int] = set()  # the tokens of speakers credited with a statement so far
        self.word_before_names: dict[str, set[str]] | None = None  # see _by_the_word_before_a_name
        self.unnamed_speakers: list[tuple[int, Source]] = []  # "a walker …" credited, in text order

    def remember(self, position: int, source: Source) -> None:
        bisect.insort(self.mentions, (position, source), key=lambda m: m[0])
        latest = self.latest.get(source.name)
        if latest is None or position >= latest[0]:  # the last of the name in ``mentions``' order
            self.latest[source.name] = (position, source)

    def credit(self, position: int, source: Source) -> None:
        """The subject at ``position`` was credited with a statement: a later "she said" may stand for
        it, also when it is a description the lexicon does not know as people ("A walker who raised the
        alarm told us …. She asked …")."""
        self.speaking.add(position)
        word = self.art.doc[position]
        if source.type in _UNNAMED and (word.tag_ == "NN" or word.lower_ == "one"):  # "One of the two …"
            self.unnamed_speakers.append((position, source))

    def note(self, token: Token) -> None:
        """Remember a document subject for "it" without settling its name: "the statement" is
        resolved again when it reports, once "X said in a statement" has been read."""
        source = self._resolve(token)
        if source is not None and source.type == "document":
            self.remember(token.i, source)

    def resolve(self, token: Token) -> Source | None:
        if token.i in self.cache:
            return self.cache[token.i]
        source = None if _fronted_description(token) else self._resolve(token)
        if source is not None and source.type == "named_person" and source.name in self.pseudonyms:
            # "a man I will call Daniel": the writer's name for someone kept anonymous
            gender = source.gender or self.art.names.gender_of(source.name)
            source = Source(self.pseudonyms[source.name], "anonymous", source.start, source.end, gender)
        self.cache[token.i] = source
        if (
            source is not None
            and token.lower_ not in _RELATIVES
            and (source.type != "vague" or self.human(token) or self._says_something(token))
        ):
            self.remember(token.i, source)
            if token.lower_ in PERSON_PRONOUNS and source.type in ("named_person", "spokesperson"):
                self.art.names.gender.setdefault(source.name, PERSON_PRONOUNS[token.lower_])
        return source

    @functools.cached_property
    def pseudonyms(self) -> dict[str, str]:
        """Names the writer gives someone kept anonymous ("a man I will call Daniel", "a nurse we are
        calling Ana"), each with how the source is described: "a man the writer calls Daniel"."""
        found: dict[str, str] = {}
        if "call" not in self.art.text.lower():
            return found  # (most articles: no pass over their tokens)
        for verb in self.art.doc:
            if verb.lemma_ != "call" or verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
                continue
            if not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
                continue
            name = next((c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.pos_ == "PROPN"), None)
            if name is not None and name.text.lower() in given_names():
                article = "an" if verb.head.lower_[:1] in "aeiou" else "a"
                found[name.text] = f"{article} {verb.head.lower_} the writer calls {name.text}"
                for kind in ("male", "female"):  # "a man I will call Daniel": he
                    if self.lex.has(kind, verb.head.lemma_.lower()):
                        self.art.names.gender.setdefault(name.text, kind)
        return found

    def _anonymous_sentence(self, token: Token) -> bool:
        """Does the token's sentence hold a phrase of anonymity ("on condition of anonymity", "who
        asked not to be named")? Read once per sentence: searching the sentence at every subject is
        quadratic in a long sentence (``token.sent`` walks it again at every call, too)."""
        index = self.art.sentence_of(token.idx)
        if index not in self.anonymous_sentences:
            sentence = self.art.sentences[index] if self.art.sentences else None
            text = self.art.text[sentence.start : sentence.end].lower() if sentence else ""
            marks = self.lex.phrases("anonymous")
            self.anonymous_sentences[index] = any(m in text for m in marks if " " in m)
        return self.anonymous_sentences[index]

    def _kept_unnamed_just_before(self, token: Token) -> str | None:
        """ "One MP who nominated Ms Achterberg, and who asked not to be named …, was blunter. “…,” the MP
        told me.": "the MP" is the one the sentence before kept unnamed on purpose, though that one
        said nothing there (so no statement made it a mention)."""
        before = self.art.sentence_before(token)
        if not len(before) or not self._anonymous_sentence(before[0]):
            return None  # (read once per sentence: a long run of "the talks …" asks again and again)
        for t in before:
            if (
                t.lower_ == token.lower_
                and t.i < token.i
                and any(c.lower_ in ("one", "a", "an", "another") and c.i < t.i for c in t.children)
            ):
                first = t.left_edge
                return _lower_article(self.art.doc[first.i : t.i + 1].text)
        return None

    def _by_the_word_before_a_name(self, token: Token) -> str | None:
        """ "“…,” the Republican said." after "Republican Brandt Kowalczyk said …": a capitalised word
        the article set right before one person's name (and before no one else's), taken up again as
        "the <word>"; that person."""
        if not token.is_title or token.is_sent_start or [c.lower_ for c in token.lefts] != ["the"]:
            return None
        if self.word_before_names is None:
            found: dict[str, set[str]] = {}
            for name, spans in self.art.names.mentions.items():
                for m in spans:
                    before = _WORD_BEFORE.search(self.art.text, max(0, m.start - 40), m.start)
                    if before is not None:
                        found.setdefault(before.group(1), set()).add(name)
            self.word_before_names = found
        names = self.word_before_names.get(token.text, set())
        if len(names) != 1:
            return None
        name = next(iter(names))
        return name if self._a_person(name) else None

    def _says_something(self, token: Token) -> bool:
        """ "A farmer at Keld Side said something to me …": a noun the lexicon does not know as people,
        the subject of a verb of saying; one who can be "he" or "she" after it."""
        return (
            token.dep_ == "nsubj"
            and token.tag_ == "NN"
            and token.head.lemma_.lower() in self.lex.frames
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
        )

    def human(self, token: Token) -> bool:
        """Can this noun stand for people ("critics", "the minister"), as "they"/"he" can?"""
        lemma = token.lemma_.lower()
        return token.pos_ == "PRON" or any(self.lex.has(c, lemma) for c in _HUMAN_KINDS)

    def _resolve(self, token: Token) -> Source | None:
        art, lex = self.art, self.lex
        if art.in_dateline(token) or art.in_quote(token):
            return None
        misread = _that_read_as_a_clause(token, lex.frames) if token.lower_ in _RELATIVES else None
        if token.lower_ in _RELATIVES and (misread is not None or _relative_clause(token.head) is not None):
            antecedent = misread or _antecedent(token)
            if antecedent.like_num or antecedent.ent_type_ in _NOT_SPEAKERS:
                if token.lower_ == "who" and antecedent.i < token.i:
                    # "compared with four in 10 who said they preferred …": a share of the people polled
                    return self._poll_respondents(antecedent, until=token.i)
                return None  # "has not raised her prices since 2019, which perhaps explains why …"
            found = self.resolve(antecedent)
            return found and Source(found.name, found.type, found.start, found.end, found.gender)
        document = _document_after_a_name(token, lex)
        if document is not None:
            cited = self.cited_document(document)
            return Source(cited.name, cited.type, token.left_edge.idx, cited.end)
        named = _named_by_the_copula(token) if token.tag_ == "NN" and self.human(token) else None
        if named is not None:  # "That man is Lionel Haverstock, who …. …, he wrote": the man named
            ent = art.ent_of[named.i]
            name = art.names.canonical(clean_name(ent, lex) or ent.text.split(), ent.start)
            return Source(name, "named_person", token.idx, token.idx + len(token), art.names.gender_of(name))
        if token.tag_ == "NN":  # a man set in the scene, a role in the lede: the one named afterwards
            later = (
                self._named_further_on(token)
                or self._named_after_the_lede(token)
                or self._described_in_the_lede(token)
            )
            if later is not None:
                return later
        if token.lemma_.lower() in _THIS_PIECE and any(c.lower_ == "this" for c in token.lefts):
            outlet = art.parsed.article.outlet
            if token.lemma_.lower() in ("newspaper", "paper") and outlet and token.head.tag_ == "VBD":
                # "Last Thursday this newspaper reported that …": the outlet's earlier report
                name = outlet if outlet.lower().startswith("the ") else f"the {outlet}"
                return Source(name, "organization", token.idx, token.idx + len(token))
            return None  # "this article calls him Marsh": the outlet's own voice, no source
        poll = self._poll_respondents(token)
        if poll is not None:
            return poll
        if lex.has("trial_side", token.lemma_.lower()) and any(c.lower_ == "the" for c in token.lefts):
            # "The prosecution says …", "the defence argued …": that side of the trial, as one
            return Source(f"the {token.lower_}", "organization", token.idx, token.idx + len(token))
        if (
            token.lower_ in _INDEFINITE_PEOPLE
            and token.dep_ in SUBJECTS
            # (not "I just want somebody to tell me …", "heard someone shout his name": no one said it)
            and (token.head.tag_ in ("VBD", "VBZ", "VBP") or _has_aux(token.head))
            and not any(c.lower_ == "to" for c in token.head.children)
            and not (token.i > 0 and token.doc[token.i - 1].lower_ == "not")  # "Not everyone … thinks"
        ):
            # "Someone else at the meeting said …": one person unnamed (anonymous); "everyone tells me …":
            # nobody in particular (vague)
            words = span_text(np_tokens(token))
            kind = "vague" if token.lower_.startswith("every") else "anonymous"
            end = token.right_edge.idx + len(token.right_edge)
            return Source(words[:1].lower() + words[1:], kind, token.idx, end)
        labelled = self._by_the_word_before_a_name(token)
        if labelled is not None:  # "the Republican said" after "Republican Brandt Kowalczyk"
            gender = art.names.gender_of(labelled)
            return Source(labelled, "named_person", token.idx, token.idx + len(token), gender)
        if (token.lower_ in ("another", "one") or token.pos_ == "NOUN") and (
            given := self._name_given(token)
        ) is not None:
            # "Another, who gave her name as Sian Petrakis, replied: …", "said the woman, who gave her
            # name as Margaret Doyle, 79": the name she gave
            name, gender = given
            gender = gender or art.names.gender_of(name)
            return Source(name, "named_person", token.idx, token.idx + len(token), gender=gender)
        person = next(
            (
                c
                for c in token.lefts
                if c.dep_ == "nmod" and (ent := art.ent_of.get(c.i)) is not None and ent.label_ == "PERSON"
            ),
            None,
        )
        found = self.resolve(person) if person is not None and token.pos_ == "NOUN" else None
        if found is not None and found.type in _SPEAKING_PEOPLE:
            # "Inspector Lena Cardew of Sedgebury police said …": the parser made "police" the head (not
            # "The Hallingmark regional government", a place the model tagged a person, known as a body)
            return found
        aged = _AGED.match(art.doc[token.left_edge.i : token.i + 1].text.lower()) is not None
        if (token.ent_type_ in TIME_ENTS or token.lemma_.lower() in _TIME_NOUNS) and not aged:
            # "At a parish meeting that autumn, a dairy farmer …, Gwyn Talbot, stood up and said": the
            # parser made the time the subject and the speaker its apposition (not "the 34-year-old, a
            # bus mechanic": an age)
            named = [c for c in token.rights if c.dep_ == "appos"]
            if named:
                return self.resolve(next((c for c in named if c.pos_ == "PROPN"), named[0]))
        if (
            token.pos_ == "PROPN"
            and art.ent_of.get(token.i) is None
            and any(c.lower_ == "the" for c in token.lefts)
        ):
            # "The Deputy Speaker, Dame Rosalind Ferrars, brought the session to a close, remarking …": an
            # office in capitals the model tagged nothing, its holder in apposition
            holder = next((c for c in token.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            if holder is not None and token.text not in art.ent_of[holder.i].text:
                return self.resolve(holder)
        group = self._one_of(token)
        if group is not None:
            return group
        holder = self._holder_after_of(token)
        if holder is not None:
            # "Speaker of the House Rep. Paul Ryan (R-WI) said …": the parser made the office the subject
            # and its holder the object of "of"
            found = self.resolve(holder)
            return found and Source(found.name, found.type, token.idx, found.end, found.gender)
        if token.pos_ == "PRON" or token.lower_ in PERSON_PRONOUNS:
            return self._pronoun(token)
        if (
            token.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ", "X")
            and token.ent_type_ == ""
            and not (token.is_title and art.names.knows(token.text))  # "Trump further said …" tagged a verb
        ):
            return None
        span = (token.left_edge.idx, token.right_edge.idx + len(token.right_edge))
        np = [t for t in np_tokens(token) if not art.in_dateline(t) and not art.in_label(t)]
        while len(np) > 1 and np[0].ent_type_ in ("DATE", "TIME") and token.ent_type_ not in ("DATE", "TIME"):
            np.pop(0)  # "On Friday Northway’s directors told …": the day the parser took into the noun
        if np:
            span = (np[0].idx, np[-1].idx + len(np[-1]))
        ent = art.ent_of.get(token.i)
        words = _core_words(token) - {
            t.lower_ for t in np if t.lower_ == "representative" and t.is_title and not t.is_sent_start
        }  # "Representative Steve Cohen": a lawmaker's title, not a company's representative
        np_text = span_text(np)
        lowered = np_text.lower()
        spokes = bool(words & lex.phrases("spokesperson")) or any(
            p in lowered for p in lex.phrases("spokesperson") if " " in p
        )
        # (not "The opposition's education spokeswoman, Imogen Sallow": a politician who shadows a
        # minister, named for herself, not the voice of a body)
        spokes = spokes and not _OPPOSITION.search(np_text)
        if (
            token.pos_ == "PROPN"
            and np
            and np[-1].dep_ == "conj"
            and np[-1].head.i == token.i
            and all(t.pos_ == "PROPN" or t.lower_ in ("and", "&", "of") for t in np)
            and self._sounds_like_organization(np_text)
        ):  # "Carrick Vale Fire and Rescue Service": one body's name, split by the parser at "and"
            name = np_text
            return Source(art.names.organization(name.split(), token.i) or name, "organization", *span)
        named = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)
        if token.pos_ == "PROPN" and np and not named and (name := _peoples_body(token, np)) is not None:
            # "The Kessingford Older People's Forum says": a body's name, not a person called Forum (nor
            # "The Children’s Commissioner, Marit Oyelaran, said": the office's holder, by name)
            return Source(art.names.organization(name.split(), token.i) or name, "organization", *span)
        kind = [
            t
            for t in token.lefts
            if t.dep_ == "compound" and t.pos_ == "NOUN" and lex.has("organization", t.lemma_.lower())
        ]
        # (not "a senior coalition MP": a title, one person)
        titled = any(lex.has(c, token.lower_) for c in ("title", "person_word", "vague"))
        if token.pos_ == "PROPN" and ent is None and kind and not titled and not art.names.knows(token.text):
            # "The state news agency TNA reported …": a body by its kind, then its name (no entity found)
            name = [t.text for t in token.lefts if t.i > kind[-1].i and t.pos_ == "PROPN"] + [token.text]
            return Source(" ".join(name), "organization", *span)
        # "Tillbrook estimates …" after "Tillbrook Research", "Tillbrook" read as a common noun
        unknown_word = token.tag_ == "NN" and token.is_title
        unknown_word = unknown_word and not any(lex.has(c, token.lower_) for c in _NOT_A_DESCRIPTION)
        if (ent is None and (token.pos_ == "PROPN" or unknown_word) and not art.names.knows(token.text)) or (
            ent is not None
            and ent.label_ in NAMED_ENTS
            and len(ent) == 1
            and (not art.names.knows(token.text) or art.names.in_a_business_name(token.text))
        ):
            # "Meridian" after "Meridian Pharma"; "Fair Money Lesmark" whole, not "the Lesmark Reserve Bank"
            words = [t.text for t in np if (t.i < token.i and t.dep_ == "compound") or t.i == token.i]
            short = art.names.organization(words, token.i)  # (a longer name: its own, or none)
            if short is not None and (short != token.text or token.is_title):  # (not "navy", tagged a name)
                return Source(short, "organization", *span)
        if _by_nationality(token) and not art.names.knows(token.text):
            # "The Swede said …", "The Scot, who took over in 2023, said …" (tagged a people, a person):
            # the one who spoke just before, by nationality
            again = self._described_again(token, _lower_article(self._spelled_out(np)))
            if again is not None:
                return Source(again, "named_person", *span, gender=art.names.gender_of(again))
        person = self._person(token, ent)
        if person is not None and self._described_as_a_body(person):
            # "The road safety charity Safer Journeys says …": a body by its description
            name = art.names.organization(person.text.split(), person.start) or person.text
            return Source(without_possessive(name), "organization", person.start_char, person.end_char)
        if person is not None and (body := art.names.introduced_body(person)) is not None:
            # "Carers Compass said …" after "the charity Carers Compass": the body it was introduced as
            return Source(body, "organization", person.start_char, person.end_char)
        if person is not None and self._sounds_like_organization(person):
            ent, person = person, None  # "Meridian Pharma" tagged PERSON: a company
        if person is not None and self._business_apposition(person.root):
            words = [t.text for t in person.root.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            words.append(person.root.text)
            name = art.names.organization(words, person.root.i) or " ".join(words)
            return Source(name, "organization", *span)  # "Solvane Mobility, the maker of …": a company
        if person is not None:
            full = art.names.canonical(clean_name(person, lex) or [person.text], person.start)
            if self._sounds_like_organization(full):
                return Source(full, "organization", person.start_char, person.end_char)
        if person is None and ent is None:
            ent = next(
                (
                    art.ent_of[t.i]
                    for t in token.children
                    if t.dep_ == "appos"
                    and t.i in art.ent_of
                    and art.ent_of[t.i].label_ == "ORG"
                    and not any(c.dep_ == "prep" and c.lower_ in _EXAMPLE_PREPS for c in t.children)
                ),
                None,
            )  # "The regulator, the Medicines Agency,"; not "Critics, among them the Pensioners’ Forum,"
        if person is not None:
            name_words = clean_name(person, lex)
            if name_words:
                name = art.names.canonical(name_words, person.start)
                if spokes:
                    self.spokespeople.add(name)
                # "Oakes said" after "Sgt. Teresa Oakes, a police spokeswoman, said": still the spokeswoman
                kind = "spokesperson" if spokes or name in self.spokespeople else "named_person"
                return Source(name, kind, person.start_char, person.end_char, art.names.gender_of(name))
        phrase = _lower_article(self._spelled_out(np))
        lemma = token.lemma_.lower()
        if spokes:
            return Source(self._spokesperson_for(token, phrase), "spokesperson", *span)
        if ent is not None and len(ent) == 1 and lex.has("person_word", token.lower_):
            ent = None  # "says the GP" (tagged a body): a doctor, by what she does
        if ent is not None and all(t.is_lower or not t.is_alpha for t in ent):
            ent = None  # "Some clinicians have warned" (tagged NORP): a common noun names no body
        if ent is not None and ent.label_ == "NORP" and token.tag_ == "NNPS" and _counted(token):
            # "Two senior Social Democrats told our reporters …": members of a party, counted, unnamed
            return Source(phrase[:1].lower() + phrase[1:], "anonymous", *span)
        restricted = token.i + 1 < len(art.doc) and art.doc[token.i + 1].lower_ == "who" and who_clause(token)
        if ent is not None and ent.label_ == "NORP" and token.tag_ == "NNPS" and restricted:
            # "Republicans who back the governor said …": some of the party's members, not the party (but
            # "Social Democrats, who hold 61 seats,": the party)
            clause = next(c for c in token.rights if c.dep_ == "relcl")
            first, end = token.left_edge, clause.right_edge
            words = art.text[first.idx : end.idx + len(end)]
            return Source(words if first.pos_ == "PROPN" else words[:1].lower() + words[1:], "vague", *span)
        if ent is not None and (ent.label_ in ORG_ENTS or self._sounds_like_organization(ent)):
            name = without_possessive(" ".join(ent.text.split()))
            if ent.label_ in ("ORG", *NAMED_ENTS):
                name = art.names.organization(name.split(), ent.start) or name
            words = [t for t in ent if not t.is_punct and t.lower_ != "the"]
            last = words[-1].lower_ if len(words) > 1 and token.i == words[-1].i else ""
            if last in _NAMED_DOCUMENTS or (last == "review" and len(words) == 2):
                # "The Kessler Report says", "The Hallam Review found": a document by its own name (not the
                # body of "the Office for Fiscal Review", nor the journal "Urban Health Review")
                return Source(_lower_article(name), "document", ent.start_char, ent.end_char)
            return Source(_lower_article(name), "organization", ent.start_char, ent.end_char)
        inner = next(
            (
                art.ent_of[t.i]
                for t in np
                if t.i in art.ent_of and art.ent_of[t.i].label_ == "ORG" and t.dep_ in ("compound", "appos")
            ),
            None,
        )
        if inner is not None and (lex.has("organization", lemma) or lex.has("organization", token.lower_)):
            name = without_possessive(" ".join(inner.text.split()))
            return Source(art.names.organization(name.split(), inner.start) or name, "organization", *span)
        # (a common noun in lower case the tagger took for a name: "says the legendary skipper, 66,")
        common = token.tag_ == "NN" or (token.tag_ == "NNP" and token.is_lower)
        definite = common and any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts)
        if (
            token.tag_ == "NNS"
            and token.lower_ != lemma
            and lex.has("organization", lemma)
            and lemma not in _ONE_BODY
            and not any(
                c.dep_ in ("det", "poss", "nummod") and c.lower_ not in _SOME and not _of_a_kind_of_people(c)
                for c in token.lefts
            )
            and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts)
        ):
            # "Charities working with young people have warned …", "Some passenger groups said …",
            # "Farmers' unions say …": any such bodies (not "Northway unions", named by a name, nor "the
            # two unions", nor "the county's unions")
            return Source(phrase, "vague", *span)
        known = self._described(token) if definite or lex.has("organization", lemma) else None
        if known is None and self._company_of_a_speaker(token):
            # "Your company told this committee …", "our company" in a hearing: the one business the
            # article is about (the witness's), by its name
            known = self.art.names.described(token, company=True) or self._recent_business(token)
        if known is None and definite and phrase == f"the {token.lower_}" and lex.has("organization", lemma):
            known = self._body_described_before(token)  # "the office" after "the borough’s electoral office"
        if known is not None:
            return Source(known, "organization", *span)
        plural_group = token.tag_ in ("NNS", "NNPS") and lex.has("vague", lemma)
        if plural_group and self._of_a_named_body(token):
            if lemma in _STUDY_TEAM and self._study_before(token):  # "The researchers, from the University …"
                phrase = self._team_name(token) or phrase
            return Source(phrase, "organization", *span)  # "analysts at Pellham Brooke", "researchers at …"
        owned_text = any(c.dep_ == "poss" for c in token.children) and self._a_document_word(token)
        # "a small group of protesters", "a group of residents": people gathered, unnamed (GUIDELINES §2:
        # vague), not a body ("the Tarn Valley Group")
        of_people = lemma in _GATHERINGS and any(
            g.dep_ == "pobj"
            and g.tag_ == "NNS"
            and not lex.has("organization", g.lemma_.lower())  # ("a group of companies": bodies)
            and (self.human(g) or g.lower_.endswith(_AGENT_ENDINGS))
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
        )
        if of_people and token.tag_ == "NN" and not self._anonymous_sentence(token):
            return Source(phrase, "vague", *span)
        # (a person, whatever the noun: "A line operator who has packed curries at the plant … said")
        if (lex.has("organization", lemma) or lex.has("organization", token.lower_)) and not (
            plural_group or who_clause(token)
        ):
            if owned_text:  # "The council's website says …": the council's text, a document
                return Source(self._document_name(token, phrase), "document", *span)
            if _ONE_OF_A_KIND.fullmatch(phrase):  # "…, police said", "the sheriff's office": the one named
                phrase = self._the_one_named(phrase.removeprefix("the ")) or phrase
            return Source(phrase, "organization", *span)
        if (
            token.pos_ == "PROPN"
            and token.lower_ not in _NAMED_DOCUMENTS  # ("the Crime and Safety Survey, which asks …")
            and any(  # "Novapharm, which makes the pill,": not a person
                c.dep_ == "relcl" and any(g.lower_ == "which" for g in c.children) for c in token.children
            )
        ):
            return Source(phrase, "organization", *span)
        if self._a_document_word(token):
            # "the fleet survey we finished on Sunday": whoever made it says nothing of its name
            own = [c for c in token.rights if c.dep_ == "relcl" and any(_by_someone(g) for g in c.children)]
            if own:
                phrase = _lower_article(self._spelled_out([t for t in np if t.i < own[0].left_edge.i]))
            return Source(self._document_name(token, phrase), "document", *span)
        aged = self._aged(phrase, token)
        # "The other person familiar with the trial" after "two people familiar with the trial": that
        # anonymous source, described the same way, before any person described as "a person"
        described_as_before = definite and any(c.dep_ in ("prep", "amod") for c in token.rights) and (
            self._same_unnamed(token) is not None
        )
        if aged is None and (definite or _AGED.match(phrase)) and not described_as_before:
            aged = (
                self._introduced_later(token, phrase)
                or self._described_again(token, phrase)
                or self._named_by_description_later(token)
                or self._named_in_the_next_tag(token)
                or self._name_is_next(token)
                or self._described_by_an_age_no_one_is_given(phrase, token)
                or self._kin_of_the_lede_named_later(token)
            )
        indefinite = token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "a" for c in token.lefts)
        if aged is None and indefinite:
            aged = self._introduced_later(token, phrase, with_age=True)  # "a man in a paper hat is tipping …"
        if aged is None and token.tag_ == "NN" and lemma in _COUNSEL:
            aged = self._counsel_named_later(token, _COUNSEL[lemma])
        if aged is None and definite and token.tag_ == "NN" and lemma in _THE_ACCUSED:
            aged = self.accused
        if aged is None and definite and token.tag_ == "NN" and lemma == "witness":
            aged = self._witness_before(token)
        if aged is None and indefinite and lex.has("title", lemma):
            aged = self._role_named_later(token) or self._holder_just_named(token)
        if aged is None and indefinite:
            aged = self._named_with_age_next(token)
        introducing = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.lefts)
        if aged is None and token.tag_ == "NN" and introducing:
            # "A man who had been waiting at a bus stop said …" and then "“…,” said the man, Kieran
            # Doyle": the one the description introduced, named with the same noun (or in the next
            # paragraph's tag, with an age: "“…,” said Shona Birkett, 46.")
            aged = self._named_by_description_later(token, introduced=True)
            aged = aged or self._named_in_the_next_tag(token)
        if aged is not None:
            return Source(aged, "named_person", *span, gender=art.names.gender_of(aged))
        if definite and token.tag_ == "NN":
            at, unnamed = self._same_unnamed(token) or (None, None)
            bare = unnamed is not None and len(unnamed.name.split()) == 2  # "a minister", described no more
            holder = self._title(token) if unnamed is not None and lex.has("title", lemma) else None
            named_since = holder is not None and any(
                art.doc[at].idx < m.start < token.idx for m in art.names.mentions.get(holder, ())
            )
            # ("One minister, who asked not to be named, told us …" stays that one)
            kept_unnamed = at is not None and self._anonymous_sentence(art.doc[at])
            if holder is not None and not kept_unnamed and (bare or named_since):
                # "The minister says …" in an interview with the minister, Gareth Lowry: him, not the
                # "a minister" a caller spoke of before ("the official" after "a senior official who
                # asked not to be named", or "the minister" after "One minister, who asked not to be
                # named," stays that one); nor "A minister who comes to the Commons
                # … wants one of two things" a sketch opens with before naming "Gideon Marchbank, the
                # water minister"
                return Source(holder, "named_person", *span, gender=art.names.gender_of(holder))
            if unnamed is not None:
                return Source(unnamed.name, unnamed.type, *span)
        the = token.tag_ in ("NN", "NNP") and any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts)
        if the and (kept := self._kept_unnamed_just_before(token)) is not None:
            return Source(kept, "anonymous", *span)
        if _has_phrase(phrase, lex.phrases("anonymous")) or self._anonymous_sentence(token):
            return Source(phrase, "anonymous", *span)
        team = token.tag_ == "NNS" and token.lower_ in _TEAM_WORDS
        if (plural_group or team) and any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts):
            # "The researchers caution …" after "Researchers at the University of Pellbridge …": them
            known = self._group_named_before(token)
            if known is not None:
                return Source(known.name, known.type, *span)
            same = self._same_unnamed(token) if token.tag_ == "NNS" else None
            if same is not None:
                # "the people said" after "according to people familiar with the plans": that group,
                # still unnamed on purpose
                return Source(same[1].name, same[1].type, *span)
        if lemma in _STUDY_TEAM and token.tag_ == "NNS" and self._study_before(token):
            # "The researchers cautioned …", "its authors caution …" after a study: the team behind
            # it, a body qualified by its study, not a vague "researchers say" (the practice keys)
            return Source(self._team_name(token) or phrase, "organization", *span)
        if lemma in _RUNNERS and token.tag_ == "NNS" and any(
            c.dep_ == "compound" or (c.dep_ == "det" and c.lower_ == "the") for c in token.lefts
        ):
            # "the organisers", "Race organisers": the body that runs the event (bare "organisers" blurs)
            return Source(phrase, "organization", *span)
        if lemma == "family" and token.tag_ == "NN" and (family := self._family_of(token)) is not None:
            return Source(family, "organization", *span)
        if lemma in KIN and any(c.dep_ == "poss" for c in token.children):
            # "Her daughter recalled …" after "Her daughter, Judit Varro, said …": the daughter named
            kin = art.names.by_attributes({lemma}, token.i, set()) or self._kin_owner(token, lemma)
            if kin is not None:
                return Source(kin, "named_person", *span, gender=art.names.gender_of(kin))
        if lex.has("title", lemma) or lex.has("title", token.lower_):
            resolved = self._title(token)
            if resolved is not None:
                return Source(resolved, "named_person", *span, gender=art.names.gender_of(resolved))
            # "a council officer", "a coroner's officer": one unnamed person; "officials" a blur, and
            # "the mayor" one the reader cannot tell apart from a title
            one = phrase.split()[0].lower() in ("a", "an", "one") and self._one_unnamed(token)
            return Source(phrase, "anonymous" if one else "vague", *span)
        # (or a person word the parser took for a name: "says the GP")
        the_word = any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts)
        named_noun = the_word and token.tag_ == "NNP" and lex.has("person_word", token.lower_)
        # (with modifiers the person was introduced with: "The retired engineer said" after "Dhruv Menon,
        # 61, a retired marine engineer,")
        modifiers = [t for t in token.lefts if t.dep_ in ("amod", "compound") and t.is_lower and t.is_alpha]
        described = " ".join(t.lower_ for t in (*modifiers, token))
        bare_noun = (
            (definite or named_noun)
            and phrase.lower() == f"the {described}"
            # (or any word for the one who speaks: "the coxswain says" after "says coxswain Ewan …")
            and (
                lex.has("person_word", lemma)
                or occupation_word(lemma)
                or (token.dep_ == "nsubj" and token.head.lemma_.lower() in lex.frames and token.tag_ == "NN")
            )
            and not any(lex.has(kind, lemma) for kind in ("male", "female"))
        )
        wanted = {lemma, *(t.lemma_.lower() for t in modifiers)}
        if bare_noun and (introduced := art.names.by_attributes(wanted, token.i, set())) is not None:
            # "After the interview, the scientist said …" after "the survey's lead scientist, Dr Teuila
            # Faleolo": the person introduced with that noun
            return Source(introduced, "named_person", *span, gender=art.names.gender_of(introduced))
        given = self._name_given(token)
        if given is not None:
            name, gender = given
            if gender is not None:
                art.names.gender.setdefault(name, gender)
            return Source(name, "named_person", *span, gender=gender or art.names.gender_of(name))
        if self._a_record(token):
            return Source(self._document_name(token, phrase), "document", *span)
        if token.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
            return Source(phrase, "anonymous" if self._one_unnamed(token) else "vague", *span)
        return None

    def _one_unnamed(self, token: Token) -> bool:
        """One person the text describes but does not name ("a man at the back of the hall", "one of
        the team's drivers", "the father"): an individual whose name is kept back (anonymous, as the
        keys have it), not a blurred group ("critics", "officials", "some analysts": vague)."""
        if token.lower_ == "one":
            return any(c.lower_ == "of" for c in token.children)
        if token.tag_ != "NN":
            return False
        determiner = next((c.lower_ for c in token.lefts if c.dep_ == "det"), None)
        owner = next((c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        if determiner is None and owner is not None:  # "a coroner's officer": one officer
            determiner = next((c.lower_ for c in owner.lefts if c.dep_ == "det"), None)
        mine = any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in token.children)
        if mine and (token.lemma_.lower() in KIN or self.lex.has("person_word", token.lemma_.lower())):
            return True  # "My wife says …", "his brother said", "my landlord told me": one person, unnamed
        one = any(c.dep_ == "nummod" and c.lower_ == "one" for c in token.lefts)  # "one Western diplomat"
        # "a nurse", "a senior backbencher", "a longtime bookkeeper" (a noun for what someone does; not
        # "a motor", "a leaked list", "the job advertisement")
        person = self._people(token) or self.lex.has("person_word", token.lemma_.lower())
        word = token.lower_  # (not "a corner of TikTok": what a thing is to another)
        trade = occupation(token) and len(word) > 5 and not word.endswith("ment")
        trade = trade and not self._a_document_word(token)
        # (not "Her skipper", someone's own, nor "A forensic accountant hired by …, Priya Raman,": named)
        trade = trade and not any(c.dep_ == "poss" and c.pos_ != "NOUN" for c in token.children)
        trade = trade and not self._named_after(token)  # ("the council's rural officer": one of its staff)
        # (nor a word ending like one joined to a thing: "a broken boiler and a backdated energy bill")
        trade = trade and not any(c.dep_ == "conj" and not self.human(c) for c in token.children)
        # ("the council's rural officer": one of a body's staff, not "the phone's own counter")
        staff = owner is not None and (
            self.lex.has("organization", owner.lemma_.lower()) or owner.ent_type_ == "ORG"
        )
        # (one not yet met, "a"/"one", or a body's: "The skipper has read the plan" is someone the text knows)
        person = person or (trade and (determiner in ("a", "an") or one or staff))
        return (determiner in ("a", "an", "the") or one) and person

    def _named_after(self, noun: Token) -> bool:
        """Is the noun's phrase followed by a name set off by a comma ("A forensic accountant hired by
        the district attorney's office, Priya Raman, …", however the parser hung the name)?"""
        doc, end = self.art.doc, noun.right_edge.i + 1
        hung = any(t.dep_ == "appos" and t.ent_type_ == "PERSON" for t in noun.subtree if t.i > noun.i)
        return hung or (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "PERSON")

    @staticmethod
    def study_team(source: Source) -> bool:
        """Is the source a study's team ("the researchers", "its authors"), whose paper is the study?"""
        return source.name.split()[-1].lower().rstrip("s") in _STUDY_TEAM

    def _team_name(self, token: Token) -> str | None:
        """ "The researchers, from the University of Ravensholme, say …", then "the authors write …":
        the team by the institution it works at ("the University of Ravensholme research team"), as the
        article gives it for this group or for another word for it ("The team, from Dunhaven
        University's school of public health, …"); else by the one university, college or institute the
        article names, when it names only one."""
        if self.team is not None:  # (looked for once per article: "" when the article gives none)
            return self.team or None
        self.team = ""
        doc = self.art.doc
        words = [token, *(t for t in doc if t.lemma_.lower() in _TEAM_NOUNS and t.i != token.i)]
        for word in words:
            at = next((c for c in word.children if c.dep_ == "prep" and c.lower_ in _TEAM_PREPS), None)
            body = at and next((g for g in at.children if g.dep_ == "pobj"), None)
            if body is None:
                continue
            ents = (self.art.ent_of.get(t.i) for t in body.subtree)
            ent = next((e for e in ents if e is not None and e.label_ == "ORG"), None)
            if ent is not None:
                self.team = f"the {re.sub(r'^[Tt]he ', '', without_possessive(ent.text))} research team"
                return self.team
        found = {
            re.sub(r"^[Tt]he ", "", without_possessive(e.text))
            for e in self.art.ents
            if e.label_ == "ORG" and _ACADEMIC.search(e.text)
        }
        if len(found) == 1:
            self.team = f"the {found.pop()} research team"
        return self.team or None

    def _study_before(self, token: Token) -> bool:
        """Was a study (a paper, research, a trial, a survey) named before this definite "the
        researchers" / "its authors" / "the study's authors"?"""
        if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in token.children):
            return False
        if self.first_study is None:  # found once per article
            found = _STUDIES.search(self.art.text)
            self.first_study = found.start() if found else len(self.art.text)
        return self.first_study < token.idx

    def _name_given(self, token: Token) -> tuple[str, str | None] | None:
        """ "a man in a paint-spattered jacket, who gives his name only as Dev", "a nurse who asked to be
        identified only as Maria": the name the description's own clause gives, and the gender its "his"
        or "herself" tells."""
        clause = next((c for c in token.subtree if c.dep_ in ("relcl", "acl") and c.i > token.i), None)
        if clause is None:  # (hung on "jacket" as often as on "man")
            return None
        # (a few words past the clause: the parser may hang "only as Dave" on the verb after it)
        doc = token.doc
        end = min(clause.right_edge.i + 5, sentence_span(token).end)
        match = NAME_GIVEN.search(doc[clause.left_edge.i : end].text)
        if match is None:
            return None
        pronoun = (match.group(1) or match.group(2) or "").lower()
        return match.group(3), _PRONOUN_GENDER.get(pronoun)

    def _aged(self, phrase: str, token: Token) -> str | None:
        """ "said the 45-year-old" → the person whose age the text gave as 45 before ("Esther Okafor,
        45,", "45-year-old Esther Okafor" or "Reuben Achterberg, an 18-year-old who had never started
        …"), the latest such; also "the 58-year-old retired school bus driver"."""
        match = _AGED.match(phrase) or _AGED_ROLE.match(phrase)
        if match is None:
            return None
        age = re.escape(match.group(1))
        before = self.art.text[: token.idx]
        name = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
        found = [
            (m.start(), m.group(1))
            for pattern in (
                rf"{name},\s+(?:aged\s+)?{age}\b(?!-)",
                rf"\b{age}-year-old\s+{name}",
                rf"{name},\s+an?\s+{age}-year-old\b",
            )
            for m in re.finditer(pattern, before)
        ]
        if not found:
            return self._aged_after_a_name(age, token)
        words = max(found)[1].split()
        return self.art.names.canonical(words, token.i)

    def _described_by_an_age_no_one_is_given(self, phrase: str, token: Token) -> str | None:
        """ "…,” the 24-year-old told reporters" or "says the 58-year-old", an age the article gives no
        one: the last person named in the paragraph before or its own, outside quotation marks, who is
        given no other age ("Striker Mateus Figueira said …"); else the person the article is about,
        named in its first sentence and twice more ("The last time Delphine Ashaolu played in Eskerby
        …", not "Her mother, Pauline Ashaolu, 81," just before)."""
        match = _AGED.match(phrase) or _AGED_ROLE.match(phrase)
        if match is None:
            return None
        age = match.group(1)
        # (an age given somewhere as someone's, "…, 20," "aged 20", "20-year-old Reece": :meth:`_aged`'s)
        given = rf"(?:,\s+(?:aged\s+)?{age}\b(?![-\d])|\baged\s+{age}\b|\b{age}-year-old\s+[A-Z])"
        if re.search(given, self.art.text):
            return None
        art, index = self.art, self._name_index()
        here = art.paragraph_of(token.idx)
        k = bisect.bisect_left(index, token.idx, key=lambda item: item[0])
        for start, _, name, _ in reversed(index[max(0, k - _FAR_BACK) : k]):
            if art.paragraph_of(start) < here - 1:
                break
            if self._a_person(name, start) and art.quote_of(start) is None and not self._given_an_age(name):
                return name
        about = self._named_first()
        if about is None or not self._a_person(about) or len(art.names.mentions.get(about, ())) < 3:
            return None
        return None if self._given_an_age(about) else about

    def _a_person(self, name: str, start: int | None = None) -> bool:
        """Is this name of the table a person's (a gender told, a given name first, a person credited
        with a statement before, or the model's person where it is mentioned at ``start``)?"""
        art = self.art
        if art.names.gender_of(name) is not None or name.split()[0].lower() in given_names():
            return True
        spoken = self.latest.get(name)
        if spoken is not None and spoken[1].type in ("named_person", "spokesperson"):
            return True  # ("Striker Mateus Figueira said …": resolved as a person already)
        mention = art.doc.char_span(start, start + 1, alignment_mode="expand") if start is not None else None
        ent = art.ent_of.get(mention.root.i) if mention is not None else None
        return ent is not None and ent.label_ == "PERSON"

    def _given_an_age(self, name: str) -> bool:
        """Does the article give this person an age ("Pauline Ashaolu, 81," "Ms Ashaolu, 81,")? Not
        another person of the same surname ("Her mother, Pauline Ashaolu, 81" for Delphine Ashaolu)."""
        words = name.split()
        surname = re.escape(words[-1])
        # ("Pauline Ashaolu, 81,", "Ms Ashaolu, aged 81", "Lewis Adeyemi-Shaw, the club’s 21-year-old …")
        age = r"(?:aged\s+\d{1,3}\b|\d{1,3}\b|[^.,;]{0,40}?\b\d{1,3}-year-old\b)"
        ages = rf"(\w+\s+)?{surname},\s+{age}"
        for aged in re.finditer(ages, self.art.text):
            before = (aged.group(1) or "").strip()
            titled = before.rstrip(".").lower() in TITLE_ABBREVIATIONS
            if not before[:1].isupper() or before in words or titled:
                return True
        # ("21-year-old Lewis Adeyemi-Shaw")
        before_name = rf"\b\d{{1,3}}-year-old\s+(?:[A-Z][\w'’-]+\s+)?{surname}\b"
        return re.search(before_name, self.art.text) is not None

    def _aged_after_a_name(self, age: str, token: Token) -> str | None:
        """ "Sheila Ramdhanie arrives at … every morning. …. ¶ The 64-year-old joined the school in 1987
        …" and later "…,” the 64-year-old says": the one person named (outside quotation marks) just
        before the article first calls someone "the 64-year-old" to open a sentence (earlier in its
        paragraph, or in the paragraph before when it opens its own)."""
        art = self.art
        end = token.right_edge.idx + len(token.right_edge)
        first = re.search(rf"(?:^|(?<=[.!?]\s)|(?<=\n))The {age}-year-old\b", art.text[:end], re.MULTILINE)
        if first is None or art.quote_of(first.start()) is not None:
            return None
        starts = art.parsed.paragraph_starts
        here = art.paragraph_of(first.start())
        begin = starts[here] if starts[here] < first.start() or here == 0 else starts[here - 1]
        named = {
            name for name, m in self._names_between(begin, first.start()) if art.quote_of(m.start) is None
        }
        return named.pop() if len(named) == 1 else None

    def _introduced_later(self, token: Token, phrase: str, *, with_age: bool = False) -> str | None:
        """A feature's first person, described before she is named ("The woman behind the counter has
        weighed three parcels …", "says the 71-year-old", then "Margit Alder runs the last shop …"):
        the first person the article names, when no one is named before the description and the name
        opens one of the next three paragraphs, of a gender that fits the description."""
        art = self.art
        lemma = token.lemma_.lower()
        gender = next((g for g in ("female", "male") if self.lex.has(g, lemma)), None)
        if gender is None and not _AGED.match(phrase):
            return None
        # the first name outside quotation marks ("… when a woman called Edie Marsh had it," says he)
        first = next((entry for entry in self._name_index() if art.quote_of(entry[0]) is None), None)
        if first is None or first[0] < token.idx:
            return None  # someone is named before: the description may be anyone
        start, name = first[0], first[2]
        paragraph = art.paragraph_of(start)
        starts = art.parsed.paragraph_starts
        if not 0 < paragraph - art.paragraph_of(token.idx) <= 3 or starts[paragraph] != start:
            return None
        if gender is not None and art.names.gender_of(name) not in (None, gender):
            return None
        if with_age and not _NAME_AND_AGE.match(art.text, start):
            return None  # "a man in a paper hat …" is "Ray Marsh, 67," only in a feature's way of naming
        return name

    def _named_in_the_next_tag(self, token: Token) -> str | None:
        """ "The man who scored that run is still in the judge’s trailer …. He … says he has no
        intention …" and, opening the next paragraph's tag, "says Walter Brackenbury, 79, a retired
        auctioneer": a man or woman described (with a relative clause) and named, with an age, for the
        first time in the paragraph after."""
        art = self.art
        gender = next((g for g in ("female", "male") if self.lex.has(g, token.lemma_.lower())), None)
        # (or anyone a "who" clause describes: "A line operator who has packed curries … for 17 years …
        # said she …", of the gender a pronoun after it gives; not "A pensioner …, who asked not to be
        # named, said he …": kept anonymous)
        if not any(c.dep_ == "relcl" for c in token.children):
            return None
        if gender is None and (not who_clause(token) or self._anonymous_sentence(token)):
            return None
        if gender is None:
            said = art.sentence_tokens(art.sentence_of(token.idx))
            pronoun = next((t for t in said if t.i > token.i and t.lower_ in ("he", "she")), None)
            gender = PERSON_PRONOUNS[pronoun.lower_] if pronoun is not None else None
            if gender is None:
                return None
        starts = art.parsed.paragraph_starts
        here = art.paragraph_of(token.idx)
        if here + 1 >= len(starts):
            return None
        end = starts[here + 2] if here + 2 < len(starts) else len(art.text)
        index = self._name_index()
        k = bisect.bisect_left(index, starts[here + 1], key=lambda entry: entry[0])
        for start, _, name, _ in index[k : k + _FAR_BACK]:
            if start >= end:
                break
            if (
                art.quote_of(start) is None
                and _NAME_AND_AGE.match(art.text, start)
                and self._first_named_at(name) >= start
                and art.names.gender_of(name) in (None, gender)
            ):
                return name
        return None

    def _first_named_at(self, name: str) -> int:
        """Where the article first names ``name`` (the name table's first mention)."""
        if self.first_named is None:
            self.first_named = {}
            for start, _, named, _ in self._name_index():
                self.first_named.setdefault(named, start)
        return self.first_named.get(name, -1)

    def _of_a_named_body(self, token: Token) -> bool:
        """ "researchers at the University of Pellbridge", "analysts at Pellham Brooke say": a group
        qualified by the named body it works for speaks for that body, not as a blurred "researchers"."""
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "from", "with"):
                noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if noun is not None and (noun.pos_ == "PROPN" or self.art.ent_of.get(noun.i) is not None):
                    ent = self.art.ent_of.get(noun.i)
                    return ent is None or ent.label_ not in ("GPE", "LOC", "DATE", "TIME", "NORP")
        return False

    @functools.cached_property
    def accused(self) -> str | None:
        """A court report's one defendant: the person it names as denying or admitting a charge,
        pleading to it, or accused or charged ("Liam Thackeray, 29, …, denies causing death by
        dangerous driving"), whom "the defendant said …" means. None when it names two or more."""
        art, names = self.art, self.art.names
        found: set[str] = set()
        for verb in art.doc:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in _CHARGE_VERBS or art.in_quote(verb):
                continue
            wanted = "nsubjpass" if lemma in _CHARGING else "nsubj"
            for subject in (c for c in verb.children if c.dep_ == wanted):
                if subject.lower_ in ("who", "whom") and verb.dep_ == "relcl":
                    subject = verb.head  # "Liam Thackeray, who denies …"
                ent = art.ent_of.get(subject.i)
                if ent is not None and ent.label_ == "PERSON":
                    found.add(names.canonical(clean_name(ent, self.lex) or ent.text.split(), ent.start))
        return found.pop() if len(found) == 1 else None

    def _holder_just_named(self, token: Token) -> str | None:
        """ "Callum Oyelaran has conceded. Speaking outside …, a subdued prime minister said …": a title
        with "a" and a word of mood, the one person the article gives that title, named earlier in the
        same paragraph (not "a former prime minister", "a junior minister": someone else)."""
        art = self.art
        words = {t.lemma_.lower() for t in token.lefts if t.dep_ in ("amod", "compound")}
        if words & RANKS or not words:
            return None
        lemma = token.lemma_.lower()
        titled = {name: attrs for name, attrs in art.names.attrs.items() if lemma in attrs}
        if not titled:
            return None
        # the words of the title itself ("prime"), not of the mood ("subdued"), which no one is given
        wanted = {lemma} | (words & set().union(*titled.values()))
        holders = [name for name, attrs in titled.items() if wanted <= attrs]
        if len(holders) != 1:
            return None
        here = art.paragraph_of(token.idx)
        named = art.names.mentions.get(holders[0], ())
        just_named = any(art.paragraph_of(m.start) == here and m.start < token.idx for m in named)
        return holders[0] if just_named else None

    def _witness_before(self, token: Token) -> str | None:
        """ "Marisol Quintero, 38, … was giving evidence for a second day." or "Under cross-examination
        by Sunil Mehrotra, defending, Mr Duthie agreed …", and later "“…,” the witness said": the
        person last named as the subject of a sentence about giving evidence or being cross-examined
        (not "Cross-examining, Rhodri Pennant KC … suggested": the barrister asks)."""
        art = self.art
        here = art.sentence_of(token.idx)
        for k in range(here, max(here - _WITNESS_WINDOW, -1), -1):
            sent = art.sentences[k]
            words = art.text[sent.start : sent.end].lower()
            if not _GIVING_EVIDENCE.search(words):
                continue
            named = self._names_between(sent.start, min(sent.end, token.idx))
            for name, m in sorted(named, key=lambda n: -n[1].start):
                mention = art.doc.char_span(m.start, m.end, alignment_mode="expand")
                root = mention.root if mention is not None else None
                if root is not None and not art.in_quote(root) and (
                    root.dep_ in SUBJECTS or (root.dep_ == "appos" and root.head.dep_ in SUBJECTS)
                ):
                    return name
        return None

    def _counsel_named_later(self, token: Token, role: str) -> str | None:
        """A court report's "a prosecutor told the court …" in the first paragraph, and "Nadia Osei KC,
        prosecuting, said …" (the courts' own way of naming counsel) in one of the next three: her."""
        art = self.art
        starts = art.parsed.paragraph_starts
        here = art.paragraph_of(token.idx)
        if not starts or any(c.dep_ == "poss" for c in token.lefts):
            return None
        end = starts[here + 4] if here + 4 < len(starts) else len(art.text)
        for match in _COUNSEL_NAMED.finditer(art.text, token.idx, end):
            named = art.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if match.group(2) == role and named is not None:
                return art.names.canonical(clean_name(named, self.lex) or match.group(1).split(), named.start)
        return None

    def _role_named_later(self, token: Token) -> str | None:
        """ "…, a coroner has concluded." and then "the area coroner, Philippa Strand, said …": a role
        the article names in one of the next three paragraphs, by an apposition to the same word (a
        bounded look ahead), or in one of the next six by the title its holders take ("A High Court
        judge has ruled …" and then "Mrs Justice Annika Ferrow found …")."""
        art, doc = self.art, self.art.doc
        starts = art.parsed.paragraph_starts
        here = art.paragraph_of(token.idx)
        if not starts:
            return None
        end = starts[here + 4] if here + 4 < len(starts) else len(art.text)
        for t in doc[token.i + 1 : token.i + 1 + _ROLE_AHEAD]:
            if t.idx >= end:
                break
            if t.lemma_ != token.lemma_ or art.in_quote(t):
                continue
            named = next((c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            ent = art.ent_of.get(named.i) if named is not None else None
            if ent is not None and ent.label_ == "PERSON":
                return art.names.canonical(clean_name(ent, self.lex) or ent.text.split(), ent.start)
        title = _TITLE_SYNONYMS.get(token.lemma_.lower())  # "A High Court judge" … "Mrs Justice Ferrow"
        return art.names.forward({title}, token.i, paragraphs=6) if title is not None else None

    def _named_with_age_next(self, token: Token) -> str | None:
        """A wire lede's delayed identification: "A former finance manager at the developer … told a jury
        on Thursday that …. Bernadette Oduya, 47, was giving evidence …": a person described in the
        article's first sentence as the speaker, named with her age at the start of the next one (in
        the lede paragraph, or opening the next when the lede is that one sentence and opens with the
        description: "A delivery driver accused of … has told a jury …. ¶ Liam Thackeray, 29, …"; not
        when the one named there is a court report's defendant and the description is not: "A former
        bookkeeper told a jury …. ¶ Gareth Pell, 58, …, denies six counts of fraud")."""
        art = self.art
        here = art.sentence_of(token.idx)
        lede = art.paragraph_of(art.sentences[0].start)
        if here + 1 >= len(art.sentences) or art.paragraph_of(token.idx) != lede:
            return None
        if token.dep_ not in SUBJECTS or token.head.lemma_.lower() not in self.lex.frames:
            return None
        nxt = art.sentences[here + 1]
        next_paragraph = art.paragraph_of(nxt.start) != art.paragraph_of(token.idx)
        if next_paragraph and (
            art.paragraph_of(nxt.start) != lede + 1
            or art.sentences[here].start != art.parsed.paragraph_starts[lede]
            or token.left_edge.idx != art.sentences[here].start
        ):
            return None
        named = _NAME_AND_AGE.match(art.text, nxt.start)
        if named is None:
            return None
        first = art.doc.char_span(nxt.start, nxt.start + 1, alignment_mode="expand")
        ent = art.ent_of.get(first.start) if first is not None else None
        if ent is None or ent.label_ != "PERSON":
            return None
        name = art.names.canonical(clean_name(ent, self.lex) or ent.text.split(), ent.start)
        if next_paragraph and not any(t.lemma_.lower() in _CHARGE_VERBS for t in token.subtree):
            named_a_defendant = any(
                t.lemma_.lower() in _CHARGE_VERBS and t.pos_ == "VERB" for t in art.sentence_tokens(here + 1)
            )
            if named_a_defendant or name == self.accused:
                return None
        return name

    @functools.cached_property
    def _people_in_apposition(self) -> list[int]:
        """The tokens, in order, of PERSON names in apposition to a noun ("…, Dennis Marlow,")."""
        doc = self.art.doc
        return [i for i, ent in self.art.ent_of.items() if ent.label_ == "PERSON" and doc[i].dep_ == "appos"]

    def _kin_of_the_lede_named_later(self, token: Token) -> str | None:
        """A court report's lede, "The mother of a 19-year-old apprentice … said she felt …", and
        paragraphs on, "Liam's mother, Karen Prowse, spoke to reporters": a relative described in the
        article's first paragraph, named later with the same noun (the only one so named)."""
        art, doc = self.art, self.art.doc
        lemma = token.lemma_.lower()
        kin = lemma in KIN and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        starts = art.parsed.paragraph_starts
        if not kin or not starts or art.paragraph_of(token.idx) != art.paragraph_of(art.sentences[0].start):
            return None
        later = [
            art.ent_of[i]
            for i in self._people_in_apposition
            if i > token.i
            and doc[i].head.lemma_.lower() == lemma
            and any(c.dep_ == "poss" for c in doc[i].head.children)  # "Liam's mother, Karen Prowse,"
            and not art.in_quote(doc[i])
        ]
        names = {art.names.canonical(clean_name(e, self.lex) or e.text.split(), e.start) for e in later}
        return names.pop() if len(names) == 1 else None

    def _named_by_description_later(self, token: Token, *, introduced: bool = False) -> str | None:
        """ "One of the first patients was a retired bus driver …. “…,” said the 62-year-old." and then
        "The former bus driver, Dennis Marlow, said …": a person the paragraph described, named in it or
        the next one by an apposition to a noun of that description ("the former bus driver"). With
        ``introduced``, ``token`` is that description itself ("A man who …", "Another witness, a woman
        who …"): its own noun, or the one in apposition to it, counts."""
        art, doc = self.art, self.art.doc
        here = art.paragraph_of(token.idx)
        starts = art.parsed.paragraph_starts
        if not starts:
            return None
        end = starts[here + 2] if here + 2 < len(starts) else len(art.text)
        before = doc.char_span(starts[here], token.idx, alignment_mode="contract")
        first = before.start if before is not None else token.i
        # (a bounded window each way: linear on a paragraph made of such descriptions; the nouns before
        # are read only once a name in apposition is found, which few windows hold)
        nouns: set[str] | None = None
        named = self._people_in_apposition
        for k in range(bisect.bisect_right(named, token.i), len(named)):  # (only those: few per window)
            t = doc[named[k]]
            if t.i > token.i + _DESCRIPTION_WINDOW or t.idx >= end:
                break
            if not token.i < t.head.i < t.i or art.in_quote(t):
                continue
            ent = art.ent_of[t.i]
            if nouns is None:
                nouns = {
                    w.lemma_.lower()
                    for w in doc[max(first, token.i - _DESCRIPTION_WINDOW) : token.i]
                    if w.pos_ == "NOUN" and not art.in_quote(w)
                }
                if introduced:
                    own = [token, *(c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
                    nouns |= {w.lemma_.lower() for w in own}
            head = t.head
            if head.lemma_.lower() in nouns and any(c.lower_ == "the" for c in head.lefts):
                return art.names.canonical(clean_name(ent, self.lex) or ent.text.split(), ent.start)
        return None

    def _described_by_its_words(self, description: Token, subject: Token | None) -> bool:
        """ "Pryce was still seething …. “…,” the Sandford manager said" after "Sandford boss Gareth Pryce":
        the description's own name words ("Sandford") and its role (a manager is a boss or a coach) are
        the words the article gave the subject when it named him (not "Sandford captain Liam Ross")."""
        if subject is None or subject.pos_ != "PROPN":
            return False
        marks = {t.lower_ for t in description.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"}
        if not marks:
            return False
        words = self.art.names.attrs.get(self.art.names.canonical([subject.text], subject.i), set())
        role = description.lower_
        same_role = role in words or (role in _LEADING and bool(words & _LEADING))
        return marks <= words and same_role

    def _described_again(self, token: Token, phrase: str) -> str | None:
        """The person who spoke in the sentence before, described again instead of named ("Bright
        insisted he had pulled out. “I took my leg away,” the Millbrook defender said."): the named
        subject of the paragraph's previous sentence (or of the last one of the paragraph before, when
        the quotation opens this paragraph: "Callum Reyes … said …" / "“…,” said the father of two.")
        when its verb reports speech and it does not mention the description's noun itself, and the
        description is a singular "the …" that is no title, group, organization or document word,
        nor a bare "the man" / "the woman" / "the father"."""
        art, lex = self.art, self.lex
        lemma = token.lemma_.lower()
        # (or one person by nationality: "The Swede said …" after "“…,” Jonas Ekdahl said")
        national = _by_nationality(token) and phrase.lower().endswith(f" {token.lower_}")
        common = token.tag_ in ("NN", "JJ") or (token.tag_ == "NNP" and token.is_lower)
        if not phrase.startswith("the ") or (not common and not _AGED.match(phrase) and not national):
            return None
        if token.dep_ not in SUBJECTS or token.head.lemma_.lower() not in lex.frames:
            return None  # a speaker, described ("the jury", "the sun" in what she said are no one's)
        gendered = lex.has("male", lemma) or lex.has("female", lemma)  # "the father of two", not "the man"
        # a title with a team's or a body's name before it ("the Daleport head coach") describes one
        # person as well as "the Millbrook defender"; a bare "the minister" may be anyone's
        named = any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in token.subtree if t.i < token.i)
        # (or by nationality: "the Portuguese striker", one person as "the Swede" is)
        norp = any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.ent_type_ == "NORP" for c in token.lefts)
        skip = {"male", "female"}
        if named:  # (a word the lexicon also lists for a blurred group, "leader", is one person with a name
            skip |= {"title", "vague"}  # before it)
        elif norp:  # (but not "the Norvaalian official": a blurred role, kept unnamed)
            skip |= {"title"}
        if any(lex.has(c, lemma) for c in _NOT_A_DESCRIPTION if c not in skip) or (
            gendered and len(phrase.split()) < 4
        ):
            return None
        k = art.sentence_of(token.idx) - 1
        while k >= 0 and art.quote_of(art.sentences[k].start) is not None and not self._tagged(k):
            k -= 1  # the quotation the description tags: the sentence before it
        here = art.paragraph_of(token.idx)
        if k < 0:
            return None
        there = art.paragraph_of(art.sentences[k].start)
        # or the last sentence of the paragraph before, when the quotation opens this one ("Callum
        # Reyes … said …" / "“…,” said the father of two."), or when the description opens this one
        # ("“…,” said Tomasz Wierzbicki. / The 41-year-old, who was selling cars …, said …")
        opens = art.quote_of(art.sentences[k + 1].start) is not None  # a quotation opens this paragraph
        first = art.parsed.article.paragraphs[here].start
        # "The 41-year-old, who …, said …" opening the paragraph, as the subject of a verb of saying
        leads = art.doc[token.left_edge.i].idx == first and token.dep_ in SUBJECTS
        leads = leads and token.head.lemma_.lower() in lex.frames
        if there != here and not (there == here - 1 and (opens or leads)):
            return None
        before = art.sentence_tokens(k)
        root = before.root if len(before) else None
        # "the 29-year-old" (and "the 70-year-old, who now lives …"), "the Portuguese striker": only a
        # person, by age or by nationality, whatever the verb
        aged = _AGED.match(art.doc[token.left_edge.i : token.i + 1].text.lower()) is not None
        aged = aged or aged_at(art.doc, token.i)  # ("says the legendary skipper, 66, who joined …")
        one_person = aged or national or norp
        # a paragraph of one sentence about her that leads into the quotation ("A subdued Henrik Saether
        # did not look for excuses. / “…,” the Daleport head coach said."), not one done to her ("Smith
        # was sacked.")
        acting = own_subject(root) if root is not None else None
        if root is not None and (acting is None or not _someone(acting)):
            # "Nobody offered to buy it …, and in January 2025 he told the parish council …": the last
            # clause joined to the sentence's own that reports, by its subject
            said = [c for c in root.children if c.dep_ == "conj" and c.lemma_.lower() in lex.frames]
            joined = own_subject(said[-1]) if said else None
            if joined is not None and _someone(joined):
                root, acting = said[-1], joined
        lead_in = there == here - 1 and opens and acting is not None and acting.dep_ == "nsubj"
        # (a paragraph of one sentence, or of sentences all about one person: "Brenda Kowalczyk, 74, has
        # done the Tuesday shifts since it reopened. She had never worked in a shop.")
        lead_in = lead_in and (self._one_sentence(k) or self._about_one(k))
        # "Asked about Ferris, he was more protective. “…,” the Castleby manager said.": his answer
        asked = root is not None and any(
            c.dep_ == "advcl" and c.lemma_.lower() == "ask" and c.tag_ == "VBN" and c.i < root.i
            for c in root.children
        )
        if root is None or not (
            root.lemma_.lower() in lex.frames
            or one_person
            or lead_in
            or asked
            or self._own_event(root)
            or self._described_by_its_words(token, acting)
        ):
            return None  # not a report by the subject ("He was typically understated afterwards. “…,”
            # said the 29-year-old." is still him)
        subject = acting
        if subject is None or art.in_quote(subject):
            return None
        if subject.pos_ == "NOUN" and not aged:
            # "The committee's chairman, Rep. Walt Brennaman, said": the name beside it (not "Her mother,
            # Pauline Ashaolu, 81," for "the 58-year-old", who is someone else)
            subject = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)
        # "Moe criticised the referee. “…,” the referee said": the referee (not "Dr Anand Raghunathan, a
        # consultant in emergency medicine, told …. “…,” the consultant said": the subject's own role)
        # (but "Duncan Ferrier will bring the tender in … as her skipper": his own role, in an "as")
        role = (t for t in before if t.lemma_.lower() == lemma and not subject.is_ancestor(t))
        if any(not (t.dep_ == "pobj" and t.head.lower_ == "as") for t in role):
            return None
        # "he" of a quotation's tag ("“…,” he said. ¶ The grandfather of five said …"), or before an age
        tagged = art.quote_of(art.sentences[k].start) is not None
        pronoun = (one_person or tagged or lead_in or asked) and subject.lower_ in PERSON_PRONOUNS
        # or a description of hers ("“…,” the Town boss said. ¶ The Scot, who took over …, said …")
        pronoun = pronoun or (tagged and _a_description(subject))
        if subject.pos_ != "PROPN" and not art.names.knows(subject.text) and not pronoun:
            return None  # ("Bright" tagged an adjective is a name)
        found = self.resolve(subject)
        if found is None or found.type != "named_person":
            return None
        # "Mr Aumann put it to her that …. “…,” the engineer said": the one the article described as an
        # engineer ("Dr Wanjiru Kamau, a chartered structural engineer,"), not the one who asked (but
        # "the Hatherley ward councillor", a ward named for the first time, is news of the one spoken of)
        described = art.names.by_attributes({lemma}, token.i, set())
        own = art.names.attrs.get(found.name, set())
        if described is not None and described != found.name and lemma not in own:
            if not self._named_anew(token):
                return described
        return found.name

    def _named_anew(self, token: Token) -> bool:
        """Does a name the article has not used before stand in the description ``token`` heads ("the
        Hatherley ward councillor")? Then it tells something new of the one just spoken of, and is not
        the title of someone named before ("Cllr Rawle")."""
        before = self.art.text[: token.left_edge.idx]
        return any(
            t.dep_ == "compound" and t.pos_ == "PROPN" and t.text not in before
            for t in token.doc[token.left_edge.i : token.i]
        )

    def _about_one(self, k: int) -> bool:
        """Is sentence ``k`` the last of a paragraph (in the writer's voice) that opens on a person by name
        and goes on about her ("she", "her") in every sentence after?"""
        art = self.art
        here = art.paragraph_of(art.sentences[k].start)
        if k + 1 < len(art.sentences) and art.paragraph_of(art.sentences[k + 1].start) == here:
            return False
        first = k
        while first > 0 and art.paragraph_of(art.sentences[first - 1].start) == here and k - first < 3:
            first -= 1
        if first == k or (first > 0 and art.paragraph_of(art.sentences[first - 1].start) == here):
            return False
        subjects = [own_subject(art.sentence_tokens(j).root) for j in range(first, k + 1)]
        if any(s is None or art.in_quote(s) for s in subjects):
            return False
        opener, rest = subjects[0], subjects[1:]
        # (by name, or by a role with the name beside it: "The leader of the opposition, Graham Pettifer,")
        beside = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in opener.children)
        named = opener.pos_ == "PROPN" or beside
        return named and all(s.lower_ in PERSON_PRONOUNS for s in rest)

    def _one_sentence(self, k: int) -> bool:
        """Is sentence ``k`` a paragraph of its own?"""
        art = self.art
        here = art.paragraph_of(art.sentences[k].start)
        before = k > 0 and art.paragraph_of(art.sentences[k - 1].start) == here
        after = k + 1 < len(art.sentences) and art.paragraph_of(art.sentences[k + 1].start) == here
        return not before and not after

    def _tagged(self, k: int) -> bool:
        """Does sentence ``k``, which opens with a quotation, name its speaker outside it ("“…,” said
        Tomasz Wierzbicki.")? Then it reports that person's speech as plainly as "X said …"."""
        art = self.art
        sentence = art.sentence_tokens(k)
        root = sentence.root if len(sentence) else None
        quote = art.quote_of(art.sentences[k].start)
        if root is None or quote is None or art.quotes[quote].end > root.idx:
            return False  # (a transcript's turn or a letter runs on: no tag after it)
        if art.in_quote(root) or root.lemma_.lower() not in self.lex.frames:
            return False
        subject = own_subject(root)
        named = subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in PERSON_PRONOUNS)
        # or by a description of the one the text spoke of ("“…,” the Town boss said.")
        named = named or (subject is not None and _a_description(subject))
        return named and not self.art.in_quote(subject)

    def _own_event(self, root: Token) -> bool:
        """Does the sentence set its subject speaking at an occasion of their own? "Gordon Pryce was in a
        candid mood at his pre-match press conference", "Ruiz gave an interview to …": the speech or
        press conference is the subject's ("his", or the verb's object); "Smith was sacked at a press
        conference" is no such sentence."""
        for t in root.subtree:
            event = self.lex.has("speech_noun", t.lemma_.lower()) or (
                t.lemma_.lower() == "conference" and any(c.lower_ in ("press", "news") for c in t.lefts)
            )
            if event and t.lemma_.lower() not in _NOT_AN_OCCASION and (
                (t.dep_ == "dobj" and t.head == root)
                or any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in t.children)
            ):
                return True
        return False

    def _spokesperson_for(self, token: Token, phrase: str) -> str:
        """ "We put the question to Carrow District Council. A spokeswoman said …": a bare "a
        spokeswoman" speaks for the organization the sentence before (or hers, before her) names
        last ("a spokeswoman for Carrow District Council"); "A council spokesman, who would not be
        named, said …": the clause that keeps the name back is part of how the source is described."""
        short = re.fullmatch(r"(an? )([A-Z][\w’'-]+)( \w+)", phrase)
        if short is not None:  # "a Cordell spokeswoman" after "Cordell Health": the body by its full name
            body = self.art.names.organization([short.group(2)], token.i)
            if body is not None and body.split()[0] == short.group(2) and " " in body:
                phrase = short.group(1) + body + short.group(3)
        whose = re.fullmatch(r"(.+ (?:for|to) )([A-Z][\w’'-]+)", phrase)
        if whose is not None and self.art.names.knows(whose.group(2)):
            # "a spokesperson for Wexford" after "Home Secretary Daniel Wexford": him, by his full name
            full = self.art.names.canonical([whose.group(2)], token.i)
            if full.endswith(whose.group(2)):
                phrase = whose.group(1) + full
        owned = re.fullmatch(r"(.+ (?:for|to) )(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?([A-Z][\w-]+)([’']s .+)", phrase)
        if owned is not None and self.art.names.knows(owned.group(2)):
            # "a spokeswoman for Mr Quaye’s campaign": his campaign, by his full name
            full = self.art.names.canonical([owned.group(2)], token.i)
            if full.endswith(owned.group(2)):
                phrase = owned.group(1) + full + owned.group(3)
        generic = re.fullmatch(r"an? (company|firm) (spokes\w+)", phrase)
        if generic is not None:
            # "A company spokesman told us …" after "Coastline Power Networks says …": that company's
            name = self.described.get(generic.group(1)) or self._recent_business(token)
            phrase = f"a {generic.group(2)} for {name}" if name else phrase
        body = re.fullmatch(r"(.+ (?:for|at) )(the .+)", phrase)
        # (or any one word for a body: "a spokeswoman for the institution" after "the Coastal Rescue
        # Institution’s annual figures", when one body's name ends so)
        one_word = body is not None and re.fullmatch(r"the [a-z]+", body.group(2)) is not None
        if body is not None and (
            _ONE_OF_A_KIND.fullmatch(body.group(2))
            or (one_word and self.lex.has("organization", body.group(2).removeprefix("the ")))
        ):
            # "a spokesman for the county council" after "Fellshire County Council": that council, by name
            named = self._the_one_named(body.group(2).removeprefix("the "))
            phrase = body.group(1) + self._as_named(named) if named is not None else phrase
        clause = next((c for c in token.children if c.dep_ == "relcl" and c.i > token.i), None)
        if clause is not None and phrase.endswith(token.text):
            words = span_text(list(clause.subtree))
            if any(m in words.lower() for m in self.lex.phrases("anonymous") if " " in m):
                return f"{phrase} {words}"  # "A council spokesman, who would not be named, said …"
        local = re.fullmatch(r"an? ([a-z]+) (spokes\w+)", phrase)
        local = local if local is not None and self.lex.has("organization", local.group(1)) else None
        if local is not None and (named := self._the_one_named(local.group(1))) is not None:
            # "A council spokesman" in a story on one council, "an agency spokesperson" after "The
            # National Cyber Resilience Agency says …"
            return f"a {local.group(2)} for {self._as_named(named)}"
        if phrase == f"the {token.lower_}":
            # "the spokesperson said …" after "A spokesperson for Harwick County Council said …": the
            # last one before it (a bounded look back; one not yet resolved is resolved only when it is
            # not "the …" itself, so no look-up leads to another)
            doc = self.art.doc
            for t in reversed(doc[max(0, token.i - _SPOKESPERSON_BACK) : token.i]):
                if t.lemma_ != token.lemma_ or self.art.in_quote(t):
                    continue
                if t.i not in self.cache and any(c.dep_ == "det" and c.lower_ == "the" for c in t.lefts):
                    continue
                before = self.resolve(t)
                return before.name if before is not None and before.type == "spokesperson" else phrase
            return phrase
        if len(phrase.split()) != 2 or not phrase.startswith("a "):
            return phrase
        art = self.art
        here = art.sentence_of(token.idx)
        same = here > 0 and art.paragraph_of(art.sentences[here - 1].start) == art.paragraph_of(token.idx)
        orgs = [
            e
            for k in ((here - 1, here) if same else (here,))
            for e in ents_in(art.sentence_tokens(k))
            if e.label_ == "ORG" and e.end_char <= token.idx
        ]
        start = art.sentences[here].start
        k = bisect.bisect_left(self.mentions, token.i, key=lambda m: m[0])
        spoken = [
            source
            for at, source in self.mentions[max(0, k - _SENTENCE_MENTIONS) : k]
            if source.type == "organization" and art.doc[at].idx >= start
        ]
        if not orgs and spoken:
            # "Kelder did not respond when we asked …, though a spokeswoman said …": the body the sentence
            # spoke of before her, which the model tagged no organization
            return f"{phrase} for {spoken[-1].name}"
        if not orgs:
            # "I asked the education ministry whether …. A spokeswoman said …": a body by its noun
            bodies = [
                t
                for k in ((here - 1, here) if same else (here,))
                for t in art.sentence_tokens(k)
                if t.tag_ in ("NN", "NNP")
                and t.idx < token.idx
                and self.lex.has("organization", t.lemma_.lower())
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.lefts)
                and not art.in_quote(t)
            ]
            if not bodies:
                return phrase
            body = bodies[-1]  # (by its name, when one body's name ends so: "the council" → its name)
            end = body.i
            if body.tag_ == "NNP":  # "the Department for Schools", a name the model tagged nothing
                name = art.doc[body.i + 1 : body.right_edge.i + 1]
                if len(name) and all(w.is_title or w.lower_ in ("for", "of", "and", "&") for w in name):
                    end = body.right_edge.i
            named = _lower_article(span_text(list(art.doc[body.left_edge.i : end + 1])))  # (not "The")
            return self._spokesperson_for(token, f"{phrase} for {named}")
        last = orgs[-1]
        name = art.names.organization(without_possessive(last.text).split(), last.start) or last.text
        return f"{phrase} for {name}"

    def _as_named(self, name: str) -> str:
        """A body's name with "the" when the article writes it so and the name ends in a word for a
        body ("the Coastal Rescue Institution"; not "Dunmore Athletic", nor "the Dunmore Athletic squad")."""
        body = self.lex.has("organization", name.split()[-1].lower())
        after = r"\b" if body else r"(?=[’',.;:)])"  # ("the Coastal Rescue Institution’s annual figures")
        return f"the {name}" if re.search(rf"\b[Tt]he {re.escape(name)}{after}", self.art.text) else name

    def _same_unnamed(self, token: Token) -> tuple[int, Source] | None:
        """ "the official" after "a Lumoran official who asked not to be named" (or after "One of the
        officials" among "two officials who asked not to be named"): the same anonymous source, named
        the same way (its type is kept: it is still unnamed on purpose), and where it was mentioned."""
        lemma = token.lemma_.lower()
        forms = {lemma, _NUMBER_FORMS.get(lemma, lemma)}  # "the second person" after "two people …"
        forms |= {f"{form}s" for form in forms}
        # a description with a place of its own ("the woman in the front seat") is someone else than
        # "the woman at the wheel", unless that is how the text described her before
        own = [c for c in token.children if c.dep_ == "prep" and c.i > token.i]
        phrase = " ".join(t.lower_ for t in token.subtree if t.i >= token.i) if own else ""
        phrases = {phrase} | {phrase.replace(token.lower_, form, 1) for form in forms if phrase}
        for at, source in reversed(
            self.mentions[: bisect.bisect_left(self.mentions, token.i, key=lambda m: m[0])]
        ):
            if source.type != "anonymous":
                continue
            # the mention's own noun ("one of the officials …": its words up to the group's noun), not
            # any word of its clause ("the crisis" is not "a minister who … about a crisis")
            head = self.art.doc[at]
            words = {head.lower_, head.lemma_.lower()}
            if head.lower_ in ("one", "another") or head.like_num:
                words |= set(source.name.lower().split()[:4])
            # ("the other person familiar with the trial" after "two people familiar with the trial")
            if forms & words and any(p in source.name.lower() for p in phrases):
                return at, source
        return None

    def _body_described_before(self, token: Token) -> str | None:
        """ "the office" after "the borough’s electoral office says …": the body the article described
        with the same head noun and more words (the latest, a bounded look back)."""
        ending = f" {token.lower_}"
        k = bisect.bisect_left(self.mentions, token.i, key=lambda m: m[0])
        for at, source in reversed(self.mentions[max(0, k - _FAR_BACK) : k]):
            same_head = self.art.doc[at].lemma_ == token.lemma_  # (not "two schools in the district")
            if source.type == "organization" and same_head and source.name.lower().endswith(ending):
                return source.name if " " in source.name else None
        return None

    def _group_named_before(self, token: Token) -> Source | None:
        """ "the researchers" after "researchers at the University of Pellbridge" spoke: that group, the
        latest one of the same noun qualified by the body it works for; "the authors" after
        "Researchers at the University of Ellesby have found …" is that team too."""
        word = token.lower_
        starts = tuple(f"{w} " for w in (_TEAM_WORDS if word in _TEAM_WORDS else (word,)))
        k = bisect.bisect_left(self.mentions, token.i, key=lambda m: m[0])
        for _, source in reversed(self.mentions[max(0, k - _FAR_BACK) : k]):  # bounded: linear
            if source.type == "organization" and source.name.lower().startswith(starts):
                return source
        return None

    def _described(self, token: Token) -> str | None:
        """ "the company" / "the ministry" → the organization it stands for (``NameTable.described``);
        once a description has stood for X in the article, it keeps standing for X."""
        lemma = token.lemma_.lower()
        definite = token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts)
        if definite and self.lex.has("company_word", lemma):
            # "according to the timing company, ChipLine": the business named right after it
            named = next(
                (
                    c
                    for c in token.rights
                    if c.dep_ == "appos"
                    and c.pos_ == "PROPN"
                    and c.i == token.i + 2
                    and token.doc[token.i + 1].text == ","
                    and c.ent_type_ not in ("PERSON", "GPE", "DATE")
                ),
                None,
            )
            if named is not None:
                return span_text(np_tokens(named))
        company = (
            definite
            and self.lex.has("company_word", lemma)
            and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts)
            # (nor "The Conservative group": a group its capitalised word names, not the last one spoken of)
            and not any(c.dep_ == "amod" and c.is_title and not c.is_sent_start for c in token.lefts)
            # (nor "the traffic data company RouteWise": named right there)
            and not any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == token.i + 1 for c in token.rights)
        )
        fits = self._business if lemma != "group" else _organization  # "the group": a party, a union
        if company and (named := self._named_with_the_same_words(token)) is not None:
            return named
        if company and lemma == "group" and (named := self._the_one_named("group")) is not None:
            # "The group, which has around 400 members, …" after "the Greenhollow Investors Action Group"
            # (the one body the article names a group), not the company the story is about
            return self._as_named(named)
        before = self._subject_before(token, fits, tagged=lemma == "group") if company else None
        if company and lemma in self.described and before is None:
            return self.described[lemma]  # (a business just before, in the same paragraph, comes first)
        known = before.name if before is not None else self.art.names.described(token, company=company)
        speaks = token.dep_ == "nsubj" and token.head.lemma_.lower() in self.lex.frames
        # (not "The Clinton campaign denies …": a body named by its own words, not the one spoken of before)
        # (or its name right after it: "The website fivethirtyeight noted …", not the body spoken of before)
        own_name = any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in token.lefts) or any(
            c.dep_ == "appos" and c.i == token.i + 1 for c in token.rights
        )
        body = self.lex.has("organization", lemma)
        if known is None and definite and not (company or own_name) and speaks and body:
            # "The Valmaris Open has issued a statement. The tournament said …": no name ends in the word;
            # the body the sentence before spoke of, in the same paragraph, and later on the same one (not
            # "every frigate the navy has ordered", no one speaking)
            before = self._subject_before(token, _organization, events=True)
            if before is not None:
                self.described[lemma] = before.name
            known = self.described.get(lemma)
        if known is None and body and speaks and not company:
            known = self._body_named_next(token)  # "…, their union said on Monday" in the lede
        if known is None and company:  # a business the model did not tag: the organization last spoken of
            recent = self._recent(token.i, fits, None)
            known = recent.name if recent is not None else None
        if known is not None and company:
            self.described[lemma] = known
        return known

    def _named_with_the_same_words(self, token: Token) -> str | None:
        """ "The lift company tells us …" after "The Skarvik lift company covers …": a description with
        words of its own before the noun, which a name opened earlier ("the Skarvik lift company")."""
        words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if not words or words[0].i != token.i - len(words):
            return None
        art = self.art
        described = art.text[words[0].idx : token.idx + len(token)]
        pattern = rf"\b(?:[Tt]he\s+)?((?:[A-Z][\w’'-]+\s+){{1,3}}){re.escape(described)}\b"
        back = max(0, token.idx - _PARAGRAPH_BACK * 4)  # (bounded: the pages before, not the whole text)
        named = [
            match.group(1)
            for match in re.finditer(pattern, art.text[back : token.idx])
            if (k := art.quote_of(back + match.start())) is None or art.quotes[k].turn
        ]
        if not named or named[-1].split()[0] == "The":
            return None
        return f"the {' '.join(named[-1].split())} {described}"

    def _subject_before(
        self, token: Token, fits: Any, *, events: bool = False, tagged: bool = False
    ) -> Source | None:
        """ "The Fair Fares Alliance, which campaigns for cheaper travel, was quick to object. “…,” the
        group said": an organization's name (one ending in a word for a body, whatever the model
        tagged) as the subject of the sentence before, in the outlet's voice; with ``events``, an
        event's name too ("The Valmaris Open has issued a statement. The tournament said …"); with
        ``tagged``, any name the model tagged a body ("The Wendle Valley Ramblers, who have around 400
        members, are less patient. … the group said")."""
        art = self.art
        index = art.sentence_of(token.idx) - 1
        while index >= 0 and art.quote_of(art.sentences[index].start) is not None:
            index -= 1
        paragraph = art.paragraph_of(token.idx)
        # (or the last sentence of the paragraph before, when this one opens with the quotation the tag
        # closes, outside a transcript's turns: "… Castlebridge City said they were “appalled” …. ¶ “….
        # …,” the club added.")
        opening = art.sentence_of(art.parsed.paragraph_starts[paragraph])
        before = index == opening - 1 and art.quote_of(token.idx) is None
        if index < 0 or (art.paragraph_of(art.sentences[index].start) != paragraph and not before):
            return None
        sentence = art.sentence_tokens(index)
        subject = own_subject(sentence.root) if len(sentence) else None
        if subject is not None and subject.pos_ != "PROPN":
            # "Tarrant Valley’s response … was a masterclass in contrition. The company said …": whose
            subject = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if subject is None or subject.pos_ != "PROPN":
            return None
        first = subject.i  # "The Fair Fares Alliance": the capitalised words before it ("Fair" an adjective)
        while first > sentence.start and art.doc[first - 1].is_title and art.doc[first - 1].lower_ != "the":
            first -= 1
        words = list(art.doc[first : subject.i + 1])
        names = [t.text for t in words]
        spoke = events and subject.ent_type_ == "GPE" and subject.head.i == sentence.root.i
        spoke = spoke and sentence.root.lemma_.lower() in self.lex.frames
        if events and subject.ent_type_ not in ("EVENT", "ORG") and not spoke:
            # (for a word no name ends in, a body or an event the model tagged: not a town, unless it
            # spoke: "Castlebridge City said they were “appalled” …. ¶ “…,” the club added.")
            return None
        known = art.names.organization(names, subject.i)  # "Northline Power", a name the table knows
        tagged_a_body = (events and subject.ent_type_ == "EVENT") or spoke or (
            tagged and (subject.ent_type_ == "ORG" or _with_members(subject))
        )
        if known is None and not org_name(names, self.lex) and not tagged_a_body:
            return None
        name = known or " ".join(names)
        outlet = art.parsed.article.outlet
        if events and outlet and _without_the(name).lower() == _without_the(outlet).lower():
            return None  # ("Ashby Cross has heard reassurances. In 2019 the trust told this newspaper …")
        found = Source(name, "organization", words[0].idx, subject.idx + len(subject))
        return found if fits(found) else None

    def _main_person(self, token: Token, wanted: str) -> Source | None:
        """No one fits nearby: the person the article has spoken of most so far, when not known to be
        of the other gender — a feature's subject, back after paragraphs about something else."""
        counts: dict[str, int] = {}
        last: dict[str, Source] = {}
        for _, source in self.mentions[: bisect.bisect_left(self.mentions, token.i, key=lambda m: m[0])]:
            gender = source.gender or self.art.names.gender_of(source.name)
            if source.type == "named_person" and gender in (None, wanted):
                counts[source.name] = counts.get(source.name, 0) + 1
                last[source.name] = source
        best = max(counts, key=lambda n: counts[n], default=None)
        return last[best] if best is not None else None

    def _kin_owner(self, token: Token, lemma: str) -> str | None:
        """ "his mother" after "Her son, Reuben, …": the woman "her" stood for (the kin word seen from
        the other side, ``KIN_INVERSE``)."""
        owner = next(c for c in token.children if c.dep_ == "poss")
        relative = self._pronoun(owner) if owner.pos_ == "PRON" else self.resolve(owner)
        known = relative and self.art.names.kin_owner.get(relative.name)
        if not known or lemma not in KIN_INVERSE.get(known[0], ()):
            return None
        her = known[1]
        theirs = self._pronoun(her) if her.pos_ == "PRON" else self.resolve(her)
        if theirs is None and her.pos_ == "PRON":  # "Her son, Reuben," opening a paragraph
            theirs = self._main_person(her, PERSON_PRONOUNS.get(her.lower_, ""))
        return theirs.name if theirs is not None and theirs.type == "named_person" else None

    def _business(self, source: Source) -> bool:
        """Could "the company" stand for this source? An organization whose name does not end with
        a word for another kind of body ("the union", "the Finance Ministry", "Halverton Council")."""
        words = without_possessive(source.name).lower().split()
        return source.type == "organization" and (
            self.lex.has("company_suffix", words[-1].rstrip(".")) or not org_name(words, self.lex)
        )

    def _spelled_out(self, np: list[Token]) -> str:
        """The phrase with a possessive pronoun replaced by the name it stands for: "two of his
        aides" → "two of Tomas Reyes’s aides" (a student should not have to guess whose)."""
        words = []
        for t in np:
            owner = self._pronoun(t) if t.dep_ == "poss" and t.lower_ in ("his", "her", "its") else None
            if owner is not None and owner.type in ("named_person", "organization"):
                words.append(f"{owner.name}’s{t.whitespace_}")
            elif t.pos_ == "PROPN" and t.text in self.art.names.acronyms:  # "a spokesperson for the NPSO"
                words.append(f"{self.art.names.acronyms[t.text]}{t.whitespace_}")
            elif (known := self._organization_meant(t)) is not None:  # "a spokesman for the board": which
                if words and words[-1].strip().lower() == "the":  # board ("the Harbour Board", "Stridewell")
                    words.pop()
                words.append(f"{known}{t.whitespace_}")
            else:
                words.append(t.text_with_ws)
        return " ".join("".join(words).split())

    def _organization_meant(self, token: Token) -> str | None:
        """ "the board" in "a spokesman for the board": the organization named before."""
        if not (
            token.dep_ == "pobj"
            and token.head.lower_ in ("for", "of", "at")
            and token.tag_ == "NN"
            and self.lex.has("organization", token.lemma_.lower())
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts)
            and not any(c.dep_ in ("compound", "amod") for c in token.lefts)
        ):
            return None
        return self._described(token)

    def _business_apposition(self, root: Token) -> bool:
        """A name beside a word for a business or institution ("X, the fast-growing maker of …",
        "X, a Dutch bank"): an organization, whatever the NER model tagged it (not "Ray Dunleavy, 71, a
        retired grain elevator operator": a person's age beside it)."""
        if age_beside(root):
            return False
        return any(
            c.dep_ == "appos"
            and (
                self.lex.has("company_word", c.lemma_.lower())
                or self.lex.has("organization", c.lemma_.lower())
            )
            for c in root.children
        )

    def _sounds_like_organization(self, name: Span | str) -> bool:
        words = name.split() if isinstance(name, str) else [t.text for t in name]
        return org_name(words, self.lex)

    def _poll_respondents(self, token: Token, until: int | None = None) -> Source | None:
        """ "According to a survey commissioned by the company, … Only 14 percent said …", "A poll
        released Thursday found … About a quarter of those surveyed said …": a share of the people a
        poll or survey asked speaks through it, when it was cited in this paragraph at most two
        sentences before. ``until``: where the share's phrase stops (the "who" of "23 percent who said")."""
        first, last = token.left_edge, token.right_edge
        if until is not None:
            last = token.doc[max(first.i, until - 1)]
            while last.i > first.i and last.is_punct:
                last = last.doc[last.i - 1]
        if last.i - first.i > 12:
            return None  # longer than any share _RESPONDENTS reads
        words = token.doc[first.i : last.i + 1]
        text = " ".join(t.lower_ for t in words if not t.is_punct or t.text == "%")  # ("About 9%")
        if not _RESPONDENTS.search(text):
            return None
        art = self.art
        here = art.sentence_of(token.idx)
        found: tuple[int, str] | None = None  # (token position, name)
        for lemma in ("poll", "survey"):
            before = [(at, name) for _, at, name in self.documents.get(lemma, ()) if at < token.i]
            if not before:
                continue
            at = max(before)[0]
            there = art.sentence_of(art.doc[at].idx)
            # (in this paragraph, or the one before when the share opens this one: "A … poll released
            # Thursday found … ¶ Nearly six in 10 respondents said …")
            apart = art.paragraph_of(token.idx) - art.paragraph_of(art.doc[at].idx)
            opens = art.sentence_of(art.parsed.paragraph_starts[art.paragraph_of(token.idx)]) == here
            near = here - there <= 2 and (apart == 0 or (apart == 1 and opens))
            if near and (found is None or at > found[0]):
                # the fullest name noted there ("a survey commissioned by the company")
                found = at, max((name for a, name in before if a == at), key=lambda n: len(n.split()))
        if found is None:
            # "Last month, 26 percent said the same.", "One in five say …": a share of people asked,
            # with no poll cited just before: those people, unnamed (a number is no one otherwise)
            share = self.art.text[first.idx : last.idx + len(last)]
            return Source(share, "vague", first.idx, last.idx + len(last))
        name = found[1]
        cited = art.doc[found[0]]
        if cited.dep_ == "pobj" and cited.head.lower_ == "to" and cited.head.i > 0:
            if art.doc[cited.head.i - 1].lower_ == "according":  # named as "according to" names it
                name = self.cited_document(cited).name
        return Source(name, "document", first.idx, last.idx + len(last))

    def _holder_after_of(self, token: Token) -> Token | None:
        """The person named after an office and its body: "Speaker of the House Rep. Paul Ryan",
        "Governor of Texas Greg Abbott" (a capitalised subject with no entity of its own). Not "the
        Estate of John Smith" nor "the Office of Rep. Paul Ryan", where nothing but titles comes
        between "of" and the name: the estate or the office is the speaker."""
        if token.pos_ != "PROPN" or token.dep_ not in SUBJECTS or token.i in self.art.ent_of:
            return None
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        person = of and next((c for c in of.children if c.dep_ == "pobj"), None)
        ent = self.art.ent_of.get(person.i) if person is not None else None
        if ent is None or ent.label_ != "PERSON":
            return None
        between = self.art.doc[of.i + 1 : ent.start]
        titles = TITLE_ABBREVIATIONS
        body = [t for t in between if t.lower_ != "the" and t.text.rstrip(".").lower() not in titles]
        return person if any(t.is_title or t.is_upper for t in body) else None

    def _one_of(self, token: Token) -> Source | None:
        """ "one of the people" → the group named before ("people familiar with the talks")."""
        if token.lower_ == "those":
            return self._part_of_a_group(token, None)
        bare = not any(c.dep_ == "prep" for c in token.children)
        if token.lower_ == "some" and token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubjpass") and bare:
            return Source("some", "vague", token.idx, token.idx + len(token))  # "Some say …", as "Many say"
        if token.lower_ == "another" and bare and token.dep_ in ("nsubj", "nsubjpass"):
            return self._another_of_them(token)
        if (
            token.lower_ in ("all", "both", "each")
            and token.pos_ in ("DET", "PRON")
            and token.dep_ == "nsubj"
            and all(c.lower_ == "but" for c in token.children if c.dep_ == "prep")
            and not (token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ",")
        ):  # (not "…, each reported by fewer than one in ten", "14 counts …, all alleged to have …")
            # "All said they were exhausted", "Both said …", "all but two said …": the group just named,
            # unnamed here, as "Most said …" and "Several said …" are
            first, last = token.left_edge, token.right_edge
            words = " ".join(self.art.text[first.idx : last.idx + len(last)].split())
            return Source(words[:1].lower() + words[1:], "vague", first.idx, last.idx + len(last))
        if token.lower_ not in ("one", "two", "three", "some", "many", "most", "all", "both"):
            return None
        where = [c for c in token.children if c.dep_ == "prep"]
        in_a_group = [c.lower_ for c in where] == ["in"]
        if token.lower_ == "some" and token.dep_ in ("nsubj", "nsubjpass") and in_a_group:
            # "Some in the industry argue …", as "Many in the industry argue …": a blurred part of a group
            first, last = token.left_edge, token.right_edge
            words = self.art.text[first.idx : last.idx + len(last)]
            return Source(words[:1].lower() + words[1:], "vague", first.idx, last.idx + len(last))
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children):
            return None  # "One of them, Marian Holt, a retired midwife, wrote …": she is named
        if token.lower_ == "one" and bare and token.dep_ == "nsubj":
            # "Several Western diplomats said …, though one cautioned that …": one of them, unnamed
            sent = sentence_span(token)
            here = self.art.sentence_of(token.idx)
            before = self.art.sentence_tokens(here - 1) if here > 0 and sent.start == token.i else ()
            group = next(  # "Allies of Ms Marwood said …. One said …", "…, though one cautioned …"
                (
                    t
                    for t in (*reversed(self.art.doc[sent.start : token.i]), *reversed(list(before)))
                    if t.dep_ == "nsubj"
                    and t.tag_ == "NNS"
                    and (self.human(t) or t.head.lemma_.lower() in self.lex.frames)  # "allies … said"
                ),
                None,
            )
            if group is not None:
                words = [t for t in np_tokens(group) if t.dep_ not in ("det", "nummod")]
                words = [t for t in words if t.lower_ not in _SOME]
                group_name = span_text(words)
                if words and words[0].is_sent_start and words[0].pos_ != "PROPN":
                    group_name = group_name[:1].lower() + group_name[1:]  # "Allies of Ms Marwood said …"
                at = (token.idx, token.idx + len(token))
                return Source(f"one of the {group_name}", "anonymous", *at)
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = of and next((c for c in of.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.lower_ == "them":
            return self._some_of_them(token, noun)
        if noun is None or not any(c.lower_ in ("the", "these", "those") for c in noun.lefts):
            return self._part_of_a_group(token, noun)
        if any(c.dep_ in ("relcl", "acl") for c in noun.children):
            return self._part_of_a_group(token, noun)  # "One of the two people who staff that window"
        forms = {noun.lower_, _NUMBER_FORMS.get(noun.lower_, noun.lower_)}  # "the second person" / "people"
        for _, source in reversed(self.mentions):
            if source.type in ("anonymous", "vague") and forms & set(source.name.lower().split()):
                span = (token.idx, noun.idx + len(noun))
                return Source(source.name, source.type, *span)
        return self._part_of_a_group(token, noun)

    def _another_of_them(self, token: Token) -> Source | None:
        """ "“…,” one of the diplomats said. Another said …": another of the unnamed group a source of
        this paragraph or the one before belongs to (not a group further back)."""
        here = self.art.paragraph_of(token.idx)
        k = bisect.bisect_left(self.mentions, token.i, key=lambda m: m[0])
        for i, source in reversed(self.mentions[max(0, k - _FAR_BACK) : k]):
            if here - self.art.paragraph_of(self.art.doc[i].idx) > 1:
                break
            if source.type in ("anonymous", "vague"):
                name = source.name
                if name.lower().startswith("one "):  # "one of the diplomats" → "another of the diplomats"
                    name = f"another {name[4:]}"
                return Source(name, source.type, token.idx, token.idx + len(token))
        return None

    def _part_of_a_group(self, token: Token, noun: Token | None) -> Source | None:
        """ "Some of Clinton's longtime allies said …", "Most of the senators said …" (no group named
        before), "Those surveyed say …", "those who back her opponents say …": part of a group of
        people (or of documents: "some of the studies"), unnamed, so vague (anonymous when the group is).
        Not "some of the money", not a bare "those"."""
        if token.pos_ == "NUM":
            return None  # "Two of his aides": a noun phrase like any other
        if noun is None:
            if token.lower_ != "those" or not any(
                c.dep_ in ("acl", "relcl")
                or (c.dep_ == "amod" and any(g.dep_ == "prep" for g in c.children))
                or (c.dep_ == "prep" and c.lower_ in _AMONG_PEOPLE)
                for c in token.children
            ):
                return None  # (but "those close to him", "those loyal to the mayor", "those around him")
            noun = token
        elif noun.lower_ == "those" and any(c.dep_ in ("acl", "relcl") for c in noun.children):
            pass  # "Some of those replying to her post said …"
        elif noun.ent_type_ in ("MONEY", "QUANTITY", "PERCENT"):
            return None
        elif noun.tag_ not in ("NNS", "NNPS") and noun.lemma_.lower() not in _STAFF:
            return None  # (but "one of your own call-centre staff": people)
        last = noun.i if noun.i != token.i else token.right_edge.i  # "most of the officials", not its clause
        words = [t for t in token.subtree if t.i <= last and not t.is_punct and not self.art.in_dateline(t)]
        if not words:
            return None
        group = self.resolve(noun) if noun.i != token.i else None
        kind = group.type if group is not None and group.type in ("anonymous", "document") else "vague"
        phrase = _lower_article(" ".join(self._spelled_out(words).split()))
        if kind == "vague" and _has_phrase(phrase.lower(), self.lex.phrases("anonymous")):
            kind = "anonymous"  # "those close to him", as "people close to him"
        return Source(phrase[:1].lower() + phrase[1:], kind, words[0].idx, words[-1].idx + len(words[-1]))

    def _some_of_them(self, token: Token, them: Token) -> Source | None:
        """ "Some of them said …" → "some of the former drivers": the last group of people (a plural
        noun: a subject, a root noun or an "of" phrase's object) in the sentence before, in the
        outlet's voice; its type when it resolves to one (anonymous), else vague."""
        art = self.art
        index = art.sentence_of(token.idx) - 1
        if index < 0:
            return None
        found = [
            t
            for t in art.sentence_tokens(index)
            if t.tag_ in ("NNS", "NNPS")
            and not art.in_quote(t)
            and (
                (t.dep_ in (*SUBJECTS, "ROOT", "dobj") and self._people(t))
                or (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _COLLECTIVES)
            )
        ]
        if not found and token.pos_ != "NUM":  # "Some of them": a group further back, unnamed
            return Source(f"{token.lower_} of them", "vague", token.idx, them.idx + len(them))
        if not found:
            return None  # "One of them": one of the people counted before, found as a number
        group = found[-1]
        words = [t for t in np_tokens(group) if t.i <= group.i and t.dep_ not in ("det", "poss", "nummod")]
        resolved = self.resolve(group)
        kind = resolved.type if resolved is not None and resolved.type == "anonymous" else "vague"
        if token.lower_ == "one":
            kind = "anonymous"  # "One of them, who asked not to be named, told us …": one person, unnamed
        phrase = " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in words)
        return Source(f"{token.lower_} of the {phrase}", kind, token.idx, them.idx + len(them))

    def _people(self, token: Token) -> bool:
        """A plural noun for people: a source word of the lexicon ("officials", "critics") or an agent
        noun ("drivers", "protesters", "economists", "residents"), not "miles" or "numbers"."""
        word = token.lower_
        return self.human(token) or (word.endswith(_AGENT_ENDINGS) and word not in _NOT_AGENTS)

    def _a_role(self, noun: Token) -> bool:
        return self.human(noun) or self.lex.has("title", noun.lemma_.lower())

    def _untagged_name(self, role: Token, name: Token) -> Span | None:
        """ "a town councillor, Des Mabry, wrote …": a person's name in apposition to a word for a
        person, set off by commas, that the model did not tag as one: two or three capitalised proper
        nouns."""
        words = [t for t in name.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [name]
        doc = name.doc
        if not (
            words[0].i > 0
            and self.human(role)
            and role.pos_ == "NOUN"
            and name.pos_ == "PROPN"
            and 2 <= len(words) <= 3
            and all(t.is_title for t in words)
            and words[-1].i - words[0].i == len(words) - 1
            and doc[words[0].i - 1].text == ","
            and doc[name.i + 1 : name.i + 2].text == ","
        ):
            return None
        return doc[words[0].i : name.i + 1]

    def _person(self, token: Token, ent: Span | None) -> Span | None:
        """The PERSON the subject names: itself, an apposition ("a spokeswoman …, Rita Saldanha"),
        or a name known from elsewhere in the article."""
        art, lex = self.art, self.lex
        if ent is not None and ent.label_ in NAMED_ENTS:
            return ent
        # "Sergeant Dev Anand of Westmarch Police’s … unit said": the parser gave the force's "’s" to
        # the name, which is the speaker
        owner = next(
            (c for c in token.children if c.dep_ == "poss" and any(g.lower_ == "of" for g in c.rights)), None
        )
        owned = art.ent_of.get(owner.i) if owner is not None else None
        if owned is not None and owned.label_ in NAMED_ENTS:
            return owned
        words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
        if (
            ent is not None
            and ent.label_ in ("GPE", "LOC", "FAC")
            and len(words) in (2, 3)
            and words[-1].i - words[0].i == len(words) - 1
            and words[0].text.lower() in given_names()
            and any(c.dep_ == "appos" and self._a_role(c) for c in token.children)
        ):
            return art.doc[words[0].i : token.i + 1]  # "Danielle Okoro, president of …", tagged a place
        if art.names.person_at(token.i) is not None:
            return art.names.person_at(token.i)
        for t in token.subtree:
            if (
                t.dep_ == "appos"
                and t.i != token.i
                # (not inside a clause on the noun: "A tribute issued … on behalf of his wife, Kelly")
                and not any(a.dep_ in ("relcl", "acl") for a in t.ancestors if a.i > token.i and a.i < t.i)
                and not token.i < token.head.i < t.i  # "A poll … found her ahead of her rival, Derek Strom"
                # (not the person a group is of, nor a document's author: "Allies of the Home Secretary,
                # Daniel Achterberg, insist", "The budget report by the director of finance, Helen Garside,
                # says", the name hung on the group or the report, or inside its phrase)
                and not ((token.tag_ == "NNS" or self._a_document_word(token)) and _of_whom(token, t))
                and not (art.in_label(t) and not art.in_label(token))  # "QUESTION (Ruth Bell, …): The union"
            ):
                e = art.ent_of.get(t.i)
                if e is not None and e.label_ in NAMED_ENTS:
                    return e
                if art.names.person_at(t.i) is not None:
                    return art.names.person_at(t.i)
                placed = e is None or e.label_ in ("GPE", "LOC", "FAC")  # (a name the model took for a place)
                if placed and t.head.i == token.i and (name := self._untagged_name(token, t)) is not None:
                    return name
        if token.pos_ != "PROPN" and not (token.is_title and art.names.knows(token.text)):
            return None
        which = any(
            c.dep_ == "relcl" and any(g.lower_ == "which" for g in c.children) for c in token.children
        )
        compounds = [
            c
            for c in token.lefts
            if c.dep_ == "compound" and c.pos_ == "PROPN" and not lex.has("title", c.lower_)
        ]
        if art.names.knows(token.text) or (
            ent is None
            and token.is_title
            and not lex.has("organization", token.lemma_)
            and not lex.has("title", token.lower_)
            and not self._a_document_word(token)  # "Records published by … show": no one
            and not which
            and not opens_a_place(_title_run(token))  # "High Skellgill runs to 420 hectares"
        ):
            return art.doc[double_barrelled_start(compounds[0] if compounds else token) : token.i + 1]
        return None

    def _the_one_named(self, kind: str) -> str | None:
        """The one body the article names whose name ends in ``kind`` ("Ashdale Police", "Calderholm
        Borough Council", "the Callaway County Sheriff's Office"), if only one."""
        if kind not in self.bodies:
            ends = [tuple(kind.replace("’", "'").split())]
            if kind in ("police", "force", "police department"):  # "the force" after "West Penrose Police"
                ends += [("police",), ("constabulary",), ("police", "department"), ("police", "service")]
            if kind == "club":  # "the club" after "Dunmore Athletic": a football club's name
                ends += [(word,) for word in _CLUB_NAMES]
            # the bodies the model tagged (an office a building, FAC), and capitalised runs it tagged
            # nothing ("West Penrose Police said …")
            orgs = (e.text for e in self.art.ents if e.label_ in ("ORG", "FAC"))
            runs = (m.group() for end in ends for m in _capitalised_run(end).finditer(self.art.text))
            names = {re.sub(r"^[Tt]he ", "", without_possessive(" ".join(n.split()))) for n in (*orgs, *runs)}
            named = {n for n in names if any(_ends_with(n, end) for end in ends)}
            self.bodies[kind] = named.pop() if len(named) == 1 else None
        return self.bodies[kind]

    def _a_record(self, token: Token) -> bool:
        """ "according to the Marrach Seabird Trust’s annual count", "The count found that …": a common
        noun for no one (not a person, people, a body or a trade) that a claim is credited to or that
        finds something is a record of some kind, a document (the lexicon lists the usual ones)."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or not token.is_lower or token.tag_ not in ("NN", "NNS") or lemma in KIN:
            return False  # (not the "A" of a transcript's label, read as a noun)
        if self._people(token):
            return False
        if occupation_word(lemma) or lemma in _BODY_WORDS:
            return False
        if any(self.lex.has(kind, lemma) for kind in _NOT_A_RECORD):
            return False
        to = token.head
        according = token.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"
        return according or (token.dep_ == "nsubj" and token.head.lemma_.lower() in _RECORDS_DO)

    def _a_document_word(self, token: Token) -> bool:
        """A document noun, also where the parser took it for a name ("Records" opening a sentence)."""
        word = token.lower_
        if token.lemma_.lower() == "figure" and _a_public_figure(token):
            return False  # "One senior Moderate figure, who asked not to be named, put it …": a person
        singular = word[:-1] if word.endswith("s") else word
        return any(self.lex.has("document", w) for w in (token.lemma_.lower(), word, singular))

    def _described_as_a_body(self, name: Span) -> bool:
        """"The road safety charity Safer Journeys": a name right after a noun for a body; "Downing
        Street said …": an office named by its street."""
        if len(name) > 1 and self.lex.has("street_suffix", name[-1].lower_):
            return True
        before = name.doc[name.start - 1] if name.start > 0 else None
        body = before is not None and before.tag_ == "NN"
        return body and self.lex.has("organization", before.lemma_.lower())

    def _recent_business(self, token: Token) -> str | None:
        """The name of the business spoken of last before ``token``, if any."""
        recent = self._recent(token.i, self._business, None)
        return recent.name if recent is not None else None

    def _company_of_a_speaker(self, token: Token) -> bool:
        """ "your company", "our firm" in a transcript's turn: the company of the one addressed or
        speaking."""
        return (
            self.lex.has("company_word", token.lemma_.lower())
            and token.tag_ == "NN"
            and self.art.in_turn(token)
            and any(c.dep_ == "poss" and c.lower_ in ("your", "our", "my") for c in token.children)
        )

    def _family_of(self, token: Token) -> str | None:
        """ "Mr Dobbs’s family", "his family", "the family of Kenneth Dobbs", and a bare "the family" in
        a story about one person: the family of that person, by full name, a body that speaks as one
        (the practice keys' "the family of Kenneth Dobbs"); "the Dobbs family" by its own name."""
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts):
            return span_text(np_tokens(token))  # "the Halden family"
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        person: Source | None = None
        if owner is not None:
            person = self._pronoun(owner) if owner.pos_ == "PRON" else self.resolve(owner)
        elif of is not None:
            pobj = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            person = self.resolve(pobj) if pobj is not None else None
        elif any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts) and not token.n_rights:
            if self.family is not None:
                return self.family  # the family the story spoke of before
            name = self._protagonist("male") or self._protagonist("female")
            return f"the family of {name}" if name else None
        if person is None or person.type != "named_person":
            return None
        self.family = f"the family of {person.name}"
        return self.family

    def _named_owner(self, noun: Token) -> str | None:
        """ "Mr Harwell's family" → "Dennis Harwell's family": a group named by the person it belongs to,
        with that person's full name."""
        poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if poss is None or noun.pos_ != "NOUN":
            return None
        person = self.resolve(poss)
        if person is None or person.type != "named_person":
            return None
        mark = next((c.text for c in poss.children if c.dep_ == "case"), "'s")
        return f"{person.name}{mark} {noun.text}"

    def _document_name(self, token: Token, phrase: str) -> str:
        """A document named by its owner when the text gives one ("the commission's report" →
        "the Regional Audit Commission report"); a later "the report" is the same document."""
        head = " ".join(
            [
                c.text
                for c in token.lefts
                if c.dep_ == "compound"
                and c.is_alpha
                and not c.n_lefts
                and c.i > 0
                and not token.doc[c.i - 1].is_punct
            ]
            + [token.text]
        )
        lemma = token.lemma_.lower()
        owner_token = next((c for c in token.lefts if c.dep_ == "poss"), None)
        link = "possessive"
        if owner_token is None:
            for c in token.rights:
                if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                    owner_token = next((g for g in c.children if g.dep_ == "pobj"), None)
                elif c.dep_ == "acl" and c.lemma_.lower() not in _READ_BY:
                    agent = next((g for g in c.children if g.dep_ == "agent"), None)
                    owner_token = agent and next((g for g in agent.children if g.dep_ == "pobj"), None)
                if owner_token is not None:
                    link = "from"
                    break
        name = None
        if owner_token is not None:
            owner = self._pronoun(owner_token) if owner_token.pos_ == "PRON" else self.resolve(owner_token)
            # (not a group: "a study led by researchers at …" says it best as it stands)
            named = owner is not None and owner.type in ("organization", "named_person", "spokesperson")
            # (a document with a name of its own keeps it: "The Fairbairn review, commissioned by the
            # department, found …" is not "review from the department")
            proper = link == "from" and any(
                c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in token.lefts
            )  # ("The Wild Bird Indicators 2026 report, published by …": "Indicators" a modifier)
            group = owner_token.tag_ == "NNS" and self._of_a_named_body(owner_token)
            unnamed_one = (
                link == "possessive"
                and owner is not None
                and owner.type == "anonymous"
                and re.fullmatch(r"an? \w+", owner.name) is not None
            )
            if unnamed_one:  # "an engineer inspected them in 2021. His report …": the engineer's report
                name = f"the {owner.name.split()[1]}’s {head}"
            elif named and not proper and not group:
                # "the commission's report" → "the Regional Audit Commission report"; "his report" → "Hugh
                # Penrose’s report" (a person's name before a noun reads as his)
                whose = owner.name if owner.type == "organization" else f"{without_possessive(owner.name)}’s"
                name = f"{whose} {head}" if link == "possessive" else f"{head} from {owner.name}"
            elif link == "from" and (kin := self._named_owner(owner_token)) is not None:
                name = f"{head} from {kin}"  # "a statement from Mr Harwell's family": Dennis Harwell's
        if name is None:
            plain = all(  # ("the same survey": the one named before)
                c.dep_ in ("det", "punct") or c.lower_ in ("itself", "same") or _aside(c)
                for c in token.children
            ) and any(c.lower_ in ("the", "this", "that") for c in token.lefts)
            if lemma == "document" and not plain:
                # "The four-page document, dated Nov. 3, says …" after "a leaked memo seen by …": the word
                # for any document, with words that only describe it, is the one named before
                plain = any(c.lower_ == "the" for c in token.lefts) and all(
                    c.dep_ in ("det", "punct", "amod", "nummod")
                    or (c.dep_ == "compound" and any(g.dep_ == "nummod" for g in c.children))  # "four-page"
                    for c in token.lefts
                )
            before = token.doc[token.i - 1] if token.i > 0 else None
            tag = token.dep_ == "compound" and before is not None and before.lower_ == "the"
            if tag and not token.n_lefts:
                plain, phrase = True, f"the {phrase}"  # "“…,” the affidavit states.": the tag read as a noun
            known = self.earlier_document(token) if plain else None
            name = known or phrase
        self.add_document(token.i, lemma, name)
        return name

    def earlier_document(self, token: Token) -> str | None:
        """The name of the document a definite "the report" / "the paper" stands for: the latest one
        before with the same noun, else with a noun for the same kind of text ("the paper" after "a
        study published in …")."""
        lemma = token.lemma_.lower()
        same = self._latest_document(lemma, token.i)
        if same is not None:
            return same[1]
        if lemma == "document" and (just_before := self._document_named_before(token)) is not None:
            return just_before
        kinds = self.documents if lemma == "document" else _SAME_KIND.get(lemma, ())  # "the document": any
        kin = (self._latest_document(other, token.i) for other in kinds)
        found = max((k for k in kin if k is not None), default=(0, None))[1]
        if found is None and lemma == "report":
            found = self._published_before(token)
        return found or self._titled_before(token)

    def _titled_before(self, token: Token) -> str | None:
        """ "… lead author of the inventory’s annual report, State of the Ice, published on Tuesday" and
        later "The report says …": the title given beside the same noun before (the latest, outside
        quotation marks; not a person set beside it: "the report's author, Dr Ana Ruiz")."""
        art, doc = self.art, self.art.doc
        lemma = token.lemma_.lower()
        for t in reversed(doc[max(0, token.i - _TITLE_BACK) : token.i]):  # (bounded)
            if t.lemma_.lower() != lemma or art.in_quote(t):
                continue
            title = next((c for c in t.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if title is None or title.ent_type_ in NAMED_ENTS or not doc[title.left_edge.i].is_title:
                continue
            words = doc[title.left_edge.i : title.right_edge.i + 1]
            if all(w.is_title or (w.is_lower and len(w) < 4) or w.is_digit for w in words):
                return words.text  # ("State of the Ice": capitals and the short words between them)
        return None

    def _document_named_before(self, token: Token) -> str | None:
        """ "… a leaked government memo seen by Northgate Wire. The four-page document says …": the
        document the sentence before names (outside quote marks), for "the document"."""
        art = self.art
        named = [
            t
            for t in art.sentence_before(token)
            if t.pos_ == "NOUN"
            and t.lemma_.lower() != "document"
            and self.lex.has("document", t.lemma_.lower())
            and not art.in_quote(t)
        ]
        # its subject ("A leaked draft of the plan says …"), else the last ("… sits uneasily with a memo")
        subject = next((t for t in named if t.dep_ in SUBJECTS), named[-1] if named else None)
        found = self.resolve(subject) if subject is not None else None
        return found.name if found is not None and found.type == "document" else None

    def _published_before(self, token: Token) -> str | None:
        """ "The Coastal Observatory published its annual survey on Monday. The report says …": a
        bare "the report" right after a sentence that names a study, survey or review (with its owner)
        is that document's report."""
        art = self.art
        for t in art.sentence_before(token):
            if (
                t.pos_ == "NOUN"
                and t.lemma_.lower() in _REPORTED_IN
                and any(c.dep_ in ("poss", "compound") for c in t.lefts)
                and not art.in_quote(t)
            ):
                found = self.resolve(t)
                return found.name if found is not None and found.type == "document" else None
        return None

    def add_document(self, position: int, lemma: str, name: str) -> None:
        """Note a document named at token ``position`` (its head noun's lemma, its name) for a
        later "the report" (:meth:`earlier_document`)."""
        self.documents_noted += 1
        self.documents.setdefault(lemma, []).append((self.documents_noted, position, name))

    def _latest_document(self, lemma: str, position: int) -> tuple[int, str] | None:
        """The document with this head noun noted last before ``position``: (its order, its name).
        The list is read from its end (the latest is almost always the first that fits)."""
        for order, at, name in reversed(self.documents.get(lemma, ())):
            if at < position:
                return order, name
        return None

    def cited_document(self, token: Token, *, end: int | None = None) -> Source:
        """ "according to NP" whose head is a document noun: the document, named by the whole noun
        phrase ("early trial results released on Monday by its developer, Corvale Biotech" →
        "early trial results released on Monday by Corvale Biotech"): a relative clause is dropped
        and an appositive name replaces the noun it explains; a possessive owner is named in full
        ("the commission’s report" → "the Regional Audit Commission report"). ``end``: the first token
        past the phrase, when the parser hung more on it (:func:`kit.sources.engine._lost_subject`)."""
        doc = token.doc
        last = token.right_edge if end is None else doc[end - 1]
        span = (token.left_edge.idx, last.idx + len(last))
        if any(c.dep_ == "poss" for c in token.children):
            return Source(self._document_name(token, span_text(np_tokens(token))), "document", *span)
        bare = all(
            c.dep_ == "case" or (c.dep_ == "det" and c.lower_ == "the") or c.lower_ == "same"
            for c in token.children
        )
        known = self.earlier_document(token) if bare and token.n_lefts else None
        if known is not None:  # "By the review's own estimate" after "The Fairbairn review … found"
            return Source(known, "document", *span)
        drop: set[int] = set()
        insert: dict[int, str] = {}
        whose: dict[int, str] = {}  # a possessive pronoun kept in the name, by the name it stands for
        for t in token.subtree:
            if t.dep_ == "relcl" or (t.dep_ == "appos" and t.head.i == token.i):
                drop.update(x.i for x in t.subtree)
            elif t.dep_ == "appos" and (t.pos_ == "PROPN" or t.i in self.art.ent_of):
                owner = self.resolve(t)
                drop.update(x.i for x in t.head.subtree)
                insert[t.head.left_edge.i] = owner.name if owner is not None else span_text(np_tokens(t))
            elif t.dep_ == "poss" and t.lower_ in ("his", "her", "its"):
                # "a summary of her findings" → "a summary of Priya Raman’s findings": whose, by name
                owner = self._pronoun(t)
                if owner is not None and owner.type in ("named_person", "organization", "spokesperson"):
                    whose[t.i] = f"{without_possessive(owner.name)}’s"
        span_tokens = doc[token.left_edge.i : last.i + 1]
        kept = [t for t in span_tokens if t.i in insert or (t.i not in drop and not t.is_space)]
        # each word with its own spacing ("a hard-hitting report", not "a hard - hitting report"), a space
        # where words were left out or put in
        words: list[str] = []
        for t, after in itertools.zip_longest(kept, kept[1:]):
            glued = after is not None and after.i == t.i + 1 and not t.whitespace_ and t.i not in insert
            words.append(insert.get(t.i, whose.get(t.i, t.text)) + ("" if glued else " "))
        name = " ".join(re.sub(r"\s+([,.;:’'])", r"\1", "".join(words)).split())
        name = _lower_article(name.strip(" ,;:—–-"))
        self.add_document(token.i, token.lemma_.lower(), name)
        return Source(name, "document", *span)

    def _name_span(self, token: Token) -> tuple[int, int]:
        ent = self.art.ent_of.get(token.i)
        if ent is not None:
            return ent.start_char, ent.end_char
        return token.idx, token.idx + len(token)

    def _title(self, token: Token) -> str | None:
        """ "the Russian president" → the person introduced with those words; "the leader of …"
        before its holder is named → the first titled person named next (delayed identification)."""
        generic = {"counterpart", "leader", "head", "official", "chief"}
        lex, names = self.lex, self.art.names
        mood = {t.i for t in token.lefts if t.dep_ == "amod" and lex.has("mood", t.lower_)}
        indefinite = any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in token.lefts)
        if any(t.dep_ == "det" and t.lower_ not in ("the", "this", "that") for t in token.lefts):
            if not (indefinite and mood):
                return None
        if token.tag_ in ("NNS", "NNPS") or any(t.dep_ == "nummod" for t in token.lefts):
            return None  # ("One councillor told me …": one of them, not the "Cllr Dennis Haworth" named)
        wanted = set() if token.lemma_.lower() in generic else {token.lemma_.lower()}
        for t in token.lefts:
            if t.dep_ in ("amod", "compound") and not t.is_punct and t.i not in mood:
                wanted.add(t.lemma_.lower())
        if indefinite:
            # "An upbeat governor told reporters …" after "Governor Katarzyna Mwale has taken questions":
            # a mood before the title, so the one holder the article named before, not a new person
            holder = names.only_holder(wanted) if wanted else None
            return (
                holder
                if holder is not None and names.by_attributes(wanted, token.i, set()) == holder
                else None
            )
        if not wanted:  # "the Leader of the Opposition": the generic title's office, by its "of" phrase
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            office = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if office is not None and office.is_title:
                wanted = {token.lemma_.lower(), office.lemma_.lower()}
        exclude = set()
        for t in token.lefts:
            if t.dep_ == "poss":
                owner = self._pronoun(t) if t.pos_ == "PRON" else self.resolve(t)
                if owner is not None:
                    exclude.add(owner.name)
        # "the chancellor" is not "the shadow chancellor, Idris Pemberton", nor a former or deputy one
        exclude |= {name for name, attrs in names.attrs.items() if attrs & (RANKS - wanted)}
        found = names.by_attributes(wanted, token.i, exclude) if wanted else None
        if found is None and wanted & _TITLE_SYNONYMS.keys():  # "the judge" → "Mrs Justice Ferrow"
            other = {_TITLE_SYNONYMS.get(w, w) for w in wanted}
            found = names.by_attributes(other, token.i, exclude)
        if found is None and any(t.lower_ == "the" or t.dep_ == "poss" for t in token.lefts):
            found = names.forward(wanted, token.i, paragraphs=3)
        if found is None and wanted and any(t.lower_ in ("the", "its") for t in token.lefts):
            # "…, the returning officer said." at the top of a live blog whose older post below names
            # "The returning officer, Adaeze Nwankwo": the one person the article gives that title (or a
            # lede's "Tallis Thermal … and its chief executive told analysts …", "chief executive Ruth
            # Okonedo" four paragraphs on)
            found = names.only_holder(wanted)
        if found is None and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            found = self._named_next_in_lede(token)
        if (
            found is None
            and len(wanted) > 1
            and any(t.lower_ == "the" for t in token.lefts)
            and not self._named_anew(token)
        ):
            # "The embattled minister told parliament …", "The Athletic chair said …": the one person the
            # article gives the title, whatever else describes her ("Justice Minister Élodie Marchetti",
            # "Priya Ranganathan, chair of Brenmouth Athletic"); not when a name before the title is new,
            # news of someone else
            found = names.only_holder({token.lemma_.lower()})
        return found

    def _named_next_in_lede(self, token: Token) -> str | None:
        """ "The chief executive of Carrolton Southern Railroad told a congressional subcommittee …. About
        1,400 residents were ordered from their homes …. Daniel Ruark testified …": the wire lede's
        delayed identification, a person the lede paragraph names next as a subject with no role of
        his own (his role is the one the lede gave). Only in the article's first paragraph, and only
        in its next three sentences, or the first of the next paragraph ("The chief executive of
        Northvale Trains has apologised …. / Ruairi Delahunt was grilled …")."""
        art = self.art
        lede = art.paragraph_of(token.idx)
        if lede != art.paragraph_of(art.sentences[0].start):
            return None
        here = art.sentence_of(token.idx)
        for k in range(here + 1, min(here + 4, len(art.sentences))):
            paragraph = art.paragraph_of(art.sentences[k].start)
            opens_the_next = paragraph == lede + 1 and art.paragraph_of(art.sentences[k - 1].start) == lede
            if paragraph != lede and not opens_the_next:
                break
            for ent in ents_in(art.sentence_tokens(k)):
                root = ent.root
                if ent.label_ in NAMED_ENTS and root.dep_ in SUBJECTS and not art.in_quote(root):
                    if any(c.dep_ == "appos" for c in root.children):
                        return None  # a person with a role of her own: someone else
                    return art.names.canonical(clean_name(ent, self.lex) or ent.text.split(), ent.start)
        return None

    def _pronoun(self, token: Token) -> Source | None:
        word = token.lower_
        span = (token.idx, token.idx + len(token))
        if word in PERSON_PRONOUNS:
            wanted = PERSON_PRONOUNS[word]
            met = self._one_met_before(token, wanted) or self._put_to(token, wanted)
            met = met or self._kept_anonymous_before(token, wanted) or self._answering(token, wanted)
            met = met or self._own_relation_before(token, wanted)
            if met is not None:
                return Source(met.name, met.type, *span, gender=wanted)
            near, near_subject = self._nearby(token, wanted)
            found = self._recent(token.i, lambda s: s.type in ("named_person", "spokesperson"), wanted)
            known = found and (found.gender or self.art.names.gender_of(found.name))
            if near is not None and (
                self._gender(near) == wanted
                or known != wanted
                or near_subject
                or self._newly_met(near, found, token)
            ):
                # gender evidence first, then the previous and current sentences; a subject just before
                # ("Ruth Ibbotson … came in … “…,” she says") beats someone known as "she" further back
                found = near
            if near is None:
                found = self._unnamed_speaker_before(token) or found
                found = self._protagonist_over(found, token, wanted) or found
                found = self._met_in_the_paragraph_before(token, wanted, found) or found
                found = self._speaker_of_the_paragraph_before(token, wanted, found) or found
                found = self._one_named_in_the_paragraph(token, wanted, found) or found
                found = self._unnamed_of_the_paragraph(token, wanted) or found
            if found is None or found.type in _UNNAMED:  # "The woman at the workbench …": named later
                # (not one kept anonymous who has spoken: "The second diplomat said …. He cautioned …" is
                # no analyst a later paragraph opens on)
                spoke = found is not None and any(s.name == found.name for _, s in self.unnamed_speakers)
                found = (
                    self._named_right_after(token, wanted)
                    or self._named_later(token, wanted, introduced=not spoke)
                    or found
                )
            if found is None and near is None:
                found = self._last_known_as(token.i, wanted) or self._named_before(token, wanted)
            if found is None:  # "Marty Walz …. She said …": a first name's usual gender yields to "she"
                found = self._nearby(token, wanted, guess=False)[0]
            if found is not None:
                return Source(found.name, found.type, *span, gender=found.gender)
            return None
        if word in _THING_PRONOUNS:
            found = self._joined_subject(token) or self._reporter_org(token) or self._previous_subject(token)
            found = found or self._recent(token.i, lambda s: s.type in ("organization", "document"), None)
            if found is None:
                found = self._recent_entity(token, ORG_ENTS - {"NORP"})
            return found and Source(found.name, found.type, *span)
        if word in _GROUP_PRONOUNS:
            contacted = self._contacted_before(token) if word == "they" else None
            if contacted is not None:
                return Source(contacted.name, contacted.type, *span)
            # "The papers say …. They also concede that …": the documents the sentence before cites
            found = self._previous_subject(token) if word == "they" else None
            if found is not None and found.type == "document":
                return Source(found.name, found.type, *span)
            found = self._group_named_as_one(token) if word == "they" else None
            if found is not None:  # "The family has asked …. They write: …"
                return Source(found.name, found.type, *span)
            found = self._group_speaking_before(token) if word == "they" else None
            if found is not None:  # "The researchers … say …. But …, and they stress …": not "hospitals"
                return Source(found.name, found.type, *span)
            found = self._recent(token.i, lambda s: s.type in ("organization", "vague", "anonymous"), None)
            return Source(found.name, found.type, *span) if found else Source(token.text, "vague", *span)
        return None

    def _contacted_before(self, token: Token) -> Source | None:
        """ "We wrote to the water company last week and they told us …", "I met the fund last month and
        they told me …": the body the writer (or the speaker, "I"/"we") contacted in the clause this
        one is joined to."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i > token.i:
            return None
        first = verb.head
        if not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in first.children):
            return None
        objects = [c for c in first.children if c.dep_ == "dobj"]
        objects += [
            g
            for c in first.children
            if c.dep_ == "prep" and c.lower_ in ("to", "with")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for noun in objects:
            # (read, not remembered: a body only contacted is no mention a later "it" may stand for)
            found = self._resolve(noun) if noun.pos_ in ("NOUN", "PROPN") else None
            if found is None or found.type != "organization":
                continue
            if found.name.lower() == f"the {noun.lower_}":
                return None  # "I rang the office": whose office, the body the article is about says
            return found
        return None

    def _met_in_the_paragraph_before(
        self, token: Token, wanted: str, found: Source | None
    ) -> Source | None:
        """ "… I met Dolores Ferreira, 71, a retired school cook who has voted Commonwealth all her life.
        Not this time. ¶ “…,” she said": the person the paragraph before the "she" names for the first
        time (the last such, of a gender that fits), over one not named since."""
        if found is not None and found.type not in ("named_person", "spokesperson"):
            return None
        art = self.art
        here = art.paragraph_of(token.idx)
        starts = art.parsed.paragraph_starts
        if here == 0 or art.sentence_of(token.idx) != art.sentence_of(starts[here]):
            return None  # (only for the first sentence of a paragraph)
        met = [
            (start, name)
            for name, m in self._names_between(starts[here - 1], starts[here])
            if (start := self._first_named_at(name)) == m.start
            and art.quote_of(start) is None
            and art.names.gender_of(name) in (None, wanted)
            and _NAME_AND_AGE.match(art.text, start) is not None  # (met as a person: "Dolores Ferreira, 71,")
        ]
        if not met:
            return None
        start, name = max(met)
        if found is not None and (
            name == found.name or any(n == found.name for n, _ in self._names_between(start, token.idx))
        ):
            return None  # (the one found is named after the newcomer)
        return Source(name, "named_person", None, None, art.names.gender_of(name))

    def _speaker_of_the_paragraph_before(
        self, token: Token, wanted: str, found: Source | None
    ) -> Source | None:
        """ "Michael Kettering, 61, said his father had kept “every negative …” …. ¶ “Dad reckoned …,” he
        said": the last person the paragraph before credits with a statement, over one it only spoke of
        (the father in what the son said), for the first sentence of a paragraph."""
        if found is None or found.type not in ("named_person", "spokesperson"):
            return None
        art = self.art
        here = art.paragraph_of(token.idx)
        starts = art.parsed.paragraph_starts
        if here == 0 or art.sentence_of(token.idx) != art.sentence_of(starts[here]):
            return None
        lo = bisect.bisect_left(self.mentions, starts[here - 1], key=lambda m: art.doc[m[0]].idx)
        hi = bisect.bisect_left(self.mentions, starts[here], key=lambda m: art.doc[m[0]].idx)
        before = self.mentions[lo:hi]
        speakers = [
            (at, s)
            for at, s in before
            if at in self.speaking
            and s.type in ("named_person", "spokesperson")
            and (s.gender or art.names.gender_of(s.name)) in (None, wanted)
        ]
        if not speakers or speakers[-1][1].name == found.name:
            return None
        last_at, speaker = speakers[-1]
        spoken_of = [at for at, s in before if s.name == found.name]
        if not spoken_of or any(at in self.speaking for at in spoken_of) or max(spoken_of) < last_at:
            return None  # (the one found spoke there too, or was spoken of before the last speaker)
        gender = speaker.gender or art.names.gender_of(speaker.name)
        return Source(speaker.name, speaker.type, None, None, gender)

    def _one_named_in_the_paragraph(self, token: Token, wanted: str, found: Source | None) -> Source | None:
        """ "Catriona Baird's son, Euan, is eight and autistic. It took him two years …. “…,” she said": the
        one person of a gender that fits whom the paragraph names before the "she" (outside quotation
        marks), over someone last spoken of in an earlier paragraph."""
        art = self.art
        start = art.parsed.paragraph_starts[art.paragraph_of(token.idx)]
        if token.idx - start > _PARAGRAPH_BACK:
            return None
        between = self._names_between(start, token.idx)
        if found is not None and any(name == found.name for name, _ in between):
            return None
        names = {
            name
            for name, m in between
            if art.quote_of(m.start) is None
            and not self._a_place_named(m)
            and self._a_person(name, m.start)
            and not _in_a_fronted_phrase(_root_of(art.doc, m), token)
        }
        fits = [name for name in names if art.names.gender_of(name) in (None, wanted)]
        if len(fits) != 1:
            return None
        return Source(fits[0], "named_person", None, None, art.names.gender_of(fits[0]))

    def _newly_met(self, near: Source, found: Source | None, token: Token) -> bool:
        """ "Marcus Oyelaran …. ¶ Last Friday I spent a morning with Stelian Dumitrescu, who has run a
        building firm for 23 years. He has planning permission …": the person the article has just met
        (named for the first time in the sentence before the "he", or its own), over one spoken of in
        an earlier paragraph."""
        art = self.art
        first = self._first_named_at(near.name)
        if found is None or found.name == near.name or first < 0:
            return False
        if art.sentence_of(token.idx) - art.sentence_of(first) > 1:
            return False
        before = self.latest.get(found.name)
        return before is not None and art.paragraph_of(art.doc[before[0]].idx) < art.paragraph_of(first)

    def _answering(self, token: Token, wanted: str) -> Source | None:
        """ "Asked whether he could promise supporters that Castellano would still be at the club, he
        said: …": the one asked is the speaker before the question, not the player the question names
        (only when it names someone of the pronoun's gender; otherwise the usual reading finds him)."""
        if token.dep_ != "nsubj":
            return None
        asked = next(
            (
                c
                for c in token.head.children
                if c.dep_ == "advcl" and c.lemma_.lower() == "ask" and c.tag_ == "VBN" and c.i < token.i
            ),
            None,
        )
        if asked is not None:
            lo, hi = asked.left_edge.i, asked.right_edge.i
        else:
            # "Asked by the moderator, Celia Banerjee, how she would pay …, she said …": the parser hung
            # "Asked" on the question's verb; the question is all the sentence holds before the pronoun
            first = sentence_span(token)[0]
            if first.lower_ != "asked" or first.tag_ != "VBN" or first.i >= token.i - 1:
                return None
            if token.head.dep_ != "ROOT":
                return None  # (the answer's own subject: not "…, Mr Ferriby said …, but he declined …")
            lo, hi = first.i, token.i - 1
        names = self.art.names
        named = {  # the people it names (the model may tag "Mr Elsdon" nothing: the name table knows him)
            names.canonical([t.text], t.i)
            for t in self.art.doc[lo : hi + 1]
            if t.pos_ == "PROPN" and (t.ent_type_ in NAMED_ENTS or names.knows(t.text))
        }
        if not any(names.gender_of(n) == wanted for n in named):
            return None
        return self._recent(lo, lambda s: s.type in _SPEAKING_PEOPLE and s.name not in named, wanted)

    def _protagonist_over(self, found: Source | None, token: Token, wanted: str) -> Source | None:
        """ "He moved, telling the Echo …" in an obituary, two paragraphs after a rival crier's tribute:
        with nobody in the sentences just before, "he" is the person the article opens with (named in
        its first sentence, of that gender), not a speaker last spoken of two paragraphs or more back."""
        person = self._protagonist(wanted)
        if person is None or found is None or found.name == person:
            return None
        position = self.latest.get(found.name, (None,))[0]
        if position is None:
            return None
        art = self.art
        if art.paragraph_of(token.idx) - art.paragraph_of(art.doc[position].idx) < 2:
            return None  # (the speaker of the paragraph before: "“…,” said Tilney. ¶ He added …")
        return Source(person, "named_person", None, None, wanted)

    def _protagonist(self, wanted: str) -> str | None:
        """The first person named in the article's first sentence, when of that gender ("WEXLEY — Cyril
        Mabbott, who rang his brass bell …, died on Tuesday"), or the one the first sentence describes
        unnamed and the next paragraph names: "A 27-year-old chef found dead in his rented flat … was
        poisoned …" and then "Tomasz Wierzbicki, a popular sous chef at the Saltings Hotel, was found …"."""
        if wanted not in self.protagonists:
            name = self._named_first() or self._described_first()
            self.protagonists[wanted] = name if name and self.art.names.gender_of(name) == wanted else None
        return self.protagonists[wanted]

    def _named_first(self) -> str | None:
        """The first name the article's first sentence gives, outside quotation marks."""
        art = self.art
        first = art.sentences[0] if art.sentences else None
        named = (
            name
            for start, _, name, _ in self._name_index()[:_FIRST_NAMES]
            if first is not None and start < first.end and art.quote_of(start) is None
        )
        return next(named, None)

    def _described_first(self) -> str | None:
        """The person the first sentence describes unnamed ("A 27-year-old chef …"; not by a title, "a
        coroner has concluded"), by the name the second paragraph gives someone introduced
        with that word ("…, a popular sous chef")."""
        art = self.art
        starts = art.parsed.paragraph_starts
        if not art.sentences or len(starts) < 2:
            return None
        first = art.sentences[0]
        lede = art.doc.char_span(first.start, first.end, alignment_mode="expand")
        described = [
            t.lemma_.lower()
            for t in lede or ()
            if t.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
            and not self.lex.has("title", t.lemma_.lower())
        ]
        end = starts[2] if len(starts) > 2 else len(art.text)
        for start, _, name, _ in self._name_index()[:_FIRST_NAMES]:
            if starts[1] <= start < end and any(w in art.names.attrs.get(name, ()) for w in described):
                return name
        return None

    def _one_met_before(self, token: Token, wanted: str) -> Source | None:
        """ "When I rang a friend who runs a practice in the next county, she said, “…”": the one
        unnamed person whom the writer (or the speaker, "I"/"we") met in the clause that opens the
        sentence; the "he"/"she" after it is that person."""
        if token.dep_ not in SUBJECTS or token.head.pos_ not in ("VERB", "AUX"):
            return None
        sent = sentence_span(token)
        if token.i - sent.start > _OPENING_CLAUSE:
            return None  # (bounded: a clause that opens the sentence is short)
        for clause in self.art.doc[sent.start : token.i]:
            # the clause opening the sentence (the parser may hang it on the quotation's verb)
            if clause.dep_ != "advcl" or clause.left_edge.i != sent.start or clause.right_edge.i > token.i:
                continue
            if not any(m.dep_ in ("mark", "advmod") and m.lower_ in _MEETING_MARKS for m in clause.children):
                continue
            if not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in clause.children):
                continue
            met = [c for c in clause.children if c.dep_ in ("dobj", "dative")]
            met += [g for c in clause.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            for noun in met:
                if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
                    continue  # ("When I asked the deputy mayor …, she said": the one named elsewhere)
                # ("a friend who runs a practice": a person, by the relative pronoun)
                if not (who_clause(noun) or self._one_unnamed(noun)) or noun.lemma_.lower() in KIN:
                    continue
                other = "male" if wanted == "female" else "female"
                if self.lex.has(other, noun.lemma_.lower()):
                    continue  # "When I asked a man …, she said": not him
                found = self.resolve(noun)
                if found is not None and found.type in _UNNAMED:
                    return Source(found.name, "anonymous", found.start, found.end)
        return None

    def _own_relation_before(self, token: Token, wanted: str) -> Source | None:
        """ "My manager has been good about it, but last week she told me …": a "he"/"she" speaking after
        a subject earlier in its sentence that is someone's own unnamed relation or colleague ("my
        manager", "his sister"), of a gender that fits, with no one named between."""
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in self.lex.frames:
            return None
        other = "male" if wanted == "female" else "female"
        kinds = ("person_word", "title", "spokesperson", "male", "female")  # a person, not a body
        sent = sentence_span(token)
        for noun in reversed(token.doc[max(sent.start, token.i - _OPENING_CLAUSE) : token.i]):  # (bounded)
            if noun.ent_type_ in NAMED_ENTS:
                return None
            if noun.dep_ != "nsubj" or self.art.in_quote(noun):
                continue
            if not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in noun.children):
                continue
            lemma = noun.lemma_.lower()
            # (a noun for what someone does: "manager", not "her waiting list"; nor a body: "His
            # university has cut …, and he says": him)
            trade = occupation(noun) and len(noun.lower_) > 5 and not self._a_document_word(noun)
            person = lemma in KIN or any(self.lex.has(kind, lemma) for kind in kinds) or trade
            if person and not self.lex.has(other, lemma):
                phrase = span_text([t for t in np_tokens(noun) if t.i <= noun.i])
                phrase = phrase[:1].lower() + phrase[1:]  # ("My manager" opening a sentence: "my manager")
                return Source(phrase, "anonymous", noun.left_edge.idx, noun.idx + len(noun), wanted)
        return None

    def _unnamed_of_the_paragraph(self, token: Token, wanted: str) -> Source | None:
        """ "On Monday morning I saw a retired joiner who has been waiting 61 weeks …. He came in …. ‘…,’
        he said.", "A woman in her thirties whom I referred … is still waiting. …, she said": a "he"/"she"
        speaking in a paragraph that opens its account with one unnamed person (the subject of a
        sentence, or whom the writer met: "I saw a …"; "a"/"an", a person by the noun or a "who" after
        it), with no one named and no "he"/"she" before, is that person, not someone named in an
        earlier paragraph (whom a person named later may still be: see :meth:`_named_later`)."""
        art, doc = self.art, self.art.doc
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in self.lex.frames or art.in_quote(token):
            return None
        start = art.parsed.paragraph_starts[art.paragraph_of(token.idx)]
        first = art.sentence_of(start)
        if token.idx - start > _PARAGRAPH_BACK or first == art.sentence_of(token.idx) or any(
            art.quote_of(mention.start) is None for _, mention in self._names_between(start, token.idx)
        ):
            return None
        other = "male" if wanted == "female" else "female"
        before = art.sentences[first].start, art.sentences[art.sentence_of(token.idx) - 1].end
        for noun in doc.char_span(*before, alignment_mode="expand") or ():
            if noun.lower_ in PERSON_PRONOUNS and not art.in_quote(noun):
                return None  # ("She says that a developer has twice offered …": someone else's account)
            verb = noun.head
            subject = noun.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ROOT"
            writers = (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _WRITERS)
            met = noun.dep_ == "dobj" and next(writers, None) is not None
            if not (subject or met) or art.in_quote(noun):
                continue
            if not any(_a_or_one(c) for c in noun.lefts) or self.lex.has(other, noun.lemma_.lower()):
                continue
            clauses = (c for c in noun.children if c.dep_ == "relcl")
            who = any(g.lower_ in ("who", "whom") for c in clauses for g in c.children)
            if not (who or self._one_unnamed(noun)):
                continue
            found = self.resolve(noun)
            if found is None or found.type not in _UNNAMED:
                return None  # ("A spokeswoman for the trust said …": the usual reading finds her)
            cut = next((c.left_edge.i for c in noun.rights if c.dep_ == "relcl"), noun.right_edge.i + 1)
            phrase = span_text([t for t in np_tokens(noun) if t.i < cut])
            at = (noun.left_edge.idx, noun.idx + len(noun))
            return Source(_lower_article(phrase), "anonymous", *at, wanted)
        return None

    def _kept_anonymous_before(self, token: Token, wanted: str) -> Source | None:
        """ "The harshest verdict comes from a man loading a van …, who asked not to be named …. He calls
        the trout …": "he"/"she" opening a sentence after one that introduces an unnamed person with the
        reason the name is kept back is that person (not a person named further back)."""
        if token.dep_ != "nsubj" or token.i != sentence_span(token).start:
            return None
        here = self.art.sentence_of(token.idx)
        if here == 0:
            return None
        marks = [m for m in self.lex.phrases("anonymous") if " " in m]
        other = "male" if wanted == "female" else "female"
        doc = self.art.doc
        for clause in self.art.sentence_tokens(here - 1):
            if clause.dep_ != "relcl" or not any(c.lower_ == "who" for c in clause.children):
                continue
            first = clause.left_edge.i
            words = doc[first : min(clause.right_edge.i + 1, first + 20)].text.lower()  # (bounded)
            if not any(m in words for m in marks):
                continue
            # the person the clause describes: the nearest "a"/"an" noun above it (the parser may hang
            # "who …" on a noun of its phrase: "a man loading a van outside the bakery, who …")
            noun = next(
                (
                    n
                    for n in itertools.islice(clause.ancestors, 6)
                    if n.tag_ == "NN" and any(_a_or_one(c) for c in n.lefts)
                ),
                None,
            )
            if noun is None or self.lex.has(other, noun.lemma_.lower()):
                continue  # ("a woman …, who asked not to be named": not "he")
            phrase = span_text([t for t in np_tokens(noun) if t.i < clause.left_edge.i])
            at = (noun.left_edge.idx, noun.idx + len(noun))
            return Source(_lower_article(phrase), "anonymous", *at, wanted)
        return None

    def _group_speaking_before(self, token: Token) -> Source | None:
        """"they" reporting something, in the sentence after a group credited with a statement: that
        group, before any group mentioned only as what it said ("could help hospitals reduce …")."""
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in self.lex.frames:
            return None
        here = self.art.sentence_of(token.idx)
        start = self.art.sentences[max(here - 1, 0)].start
        end = bisect.bisect_left(self.mentions, token.i, key=lambda m: m[0])
        for at, source in reversed(self.mentions[max(0, end - _LOOK_BACK) : end]):  # (bounded)
            if self.art.doc[at].idx < start:
                break
            group = self.art.doc[at]
            says = group.dep_ == "nsubj" and group.head.lemma_.lower() in self.lex.frames
            if says and group.tag_ in ("NNS", "NNPS") and source.type != "named_person":
                return source
        return None

    def _put_to(self, token: Token, wanted: str) -> Source | None:
        """ "Mr Farrimond put it to Mr Haverley that …. He accepted that …": "he" answering (accepting,
        denying, conceding) a point put to someone in the sentence before is the one it was put to; so
        is a "he" tagging the quotation that opens the next sentence ("… put it to him that Mr Stanmore
        had joined …. ¶ “That was a perfectly proper appointment,” he said.")."""
        if token.dep_ != "nsubj":
            return None
        answering = token.head.lemma_.lower() in _ANSWERS and token.i == sentence_span(token).start
        if not answering and not self._tags_opening_quote(token):
            return None
        here = self.art.sentence_of(token.idx)
        if here == 0:
            return None
        before = self.art.sentence_tokens(here - 1)
        for put in before:
            if put.lemma_.lower() not in _PUTTING or put.pos_ != "VERB":
                continue
            to = [c for c in put.children if c.dep_ == "dobj" and put.lemma_.lower() == "ask"]
            to += [
                g
                for c in put.children
                if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                for g in c.children
            ]
            for person in to:
                named = person.pos_ == "PROPN" or person.lower_ in PERSON_PRONOUNS  # "put it to him"
                found = self.resolve(person) if named else None
                if found is None or found.type != "named_person":
                    continue
                if self._gender(found) in (None, wanted):
                    return found
        return None

    def _tags_opening_quote(self, token: Token) -> bool:
        """ "“That was a perfectly proper appointment,” he said.": the pronoun tags the quotation its
        sentence opens with (only punctuation between them)."""
        sentence = sentence_span(token)
        art = self.art
        opening = next((t for t in sentence if not t.is_punct), None)
        if opening is None or opening.i >= token.i or art.quote_of(opening.idx) is None:
            return False
        quote = art.quotes[art.quote_of(opening.idx)]
        if quote.end > token.idx:  # (a pronoun inside it: "“I told him …”")
            return False
        between = art.doc.char_span(quote.end, token.idx, alignment_mode="expand")
        return between is not None and all(t.is_punct for t in between)

    def _named_before(self, token: Token, wanted: str) -> Source | None:
        """The latest person the article named (outside quotation marks) in this paragraph or the three
        before, known to be ``wanted``: "his niece, Jo Pellow, 29, …" and, after her quotation, "She says
        she has not decided …", before anything about her was resolved."""
        art = self.art
        index = self._name_index()
        here = art.paragraph_of(token.idx)
        k = bisect.bisect_left(index, token.idx, key=lambda entry: entry[0])
        for start, _, name, _ in reversed(index[max(0, k - _FAR_BACK) : k]):
            if here - art.paragraph_of(start) > 3:
                break
            if art.quote_of(start) is None and art.names.gender_of(name) == wanted:
                kind = "spokesperson" if name in self.spokespeople else "named_person"
                return Source(name, kind, None, None)
        return None

    def _unnamed_speaker_before(self, token: Token) -> Source | None:
        """With nobody of the pronoun's gender in this sentence or the one before: one unnamed person
        credited with a statement in the sentence before, in the same paragraph ("A walker who raised
        the alarm told us she saw smoke …. She asked us …"), rather than a woman named further back."""
        art = self.art
        if not self.unnamed_speakers:
            return None
        at, source = self.unnamed_speakers[-1]
        if at >= token.i:
            return None
        here = art.sentence_of(token.idx)
        there = art.sentence_of(art.doc[at].idx)
        if here - there > 1 or art.paragraph_of(art.doc[at].idx) != art.paragraph_of(token.idx):
            return None
        return source

    def _name_is_next(self, token: Token) -> str | None:
        """ "“I would be in a home,” says the woman in the front seat …. ¶ Her name is Doreen Ashworth.":
        a woman (or a man) described, named by "Her name is …" in her paragraph or the two after it (her
        quotation may run on into the next: "“…,” says the woman in the blue anorak. “…¶ “…” ¶ Her name
        is Morag Baird.")."""
        art = self.art
        gender = next((g for g in ("female", "male") if self.lex.has(g, token.lemma_.lower())), None)
        if gender is None:
            return None
        starts = art.parsed.paragraph_starts
        here = art.paragraph_of(token.idx)
        end = starts[here + 3] if here + 3 < len(starts) else len(art.text)
        match = _NAME_IS.search(art.text, token.idx, end)
        if match is None or (match.group(1) == "Her") != (gender == "female"):
            return None
        return art.names.canonical(match.group(2).split(), token.i)

    def _named_later(self, token: Token, wanted: str, *, introduced: bool = True) -> Source | None:
        """A "she" nobody before can be, in a feature that names her later: "Her name is Ruth
        Gannaway." within the next few paragraphs (or, with ``introduced``, the person a later
        paragraph opens on: :meth:`_introduced_after`)."""
        art = self.art
        window = art.text[token.idx : token.idx + 3000]
        match = _NAME_IS.search(window)
        if match is None or (match.group(1).lower() == "her") != (wanted == "female"):
            return self._introduced_after(token, wanted) if introduced else None
        name = art.names.canonical(match.group(2).split(), token.i)
        return Source(name, "named_person", None, None, gender=wanted)

    def _named_right_after(self, token: Token, wanted: str) -> Source | None:
        """ "“I was 19, and I queued for six hours to vote for her,” she said. “…” Marit Okonjo-Lind, 52,
        had come from Selsby …": the "she" of an unnamed woman is the person the paragraph names, with
        an age, in the first sentence in the writer's voice after her words (no one named so before)."""
        art = self.art
        here = art.paragraph_of(token.idx)
        k = art.sentence_of(token.idx) + 1
        while k < len(art.sentences) and art.paragraph_of(art.sentences[k].start) == here:
            start = art.sentences[k].start
            if art.quote_of(start) is None:
                match = _NAME_AND_AGE.match(art.text, start)
                if match is None:
                    return None
                words = match.group(0).split(",")[0].split()
                first = art.doc.char_span(start, start + 1, alignment_mode="expand")
                name = art.names.canonical(words, first.start if first is not None else token.i)
                if any(m.start < token.idx for m in art.names.mentions.get(name, ())):
                    return None  # (someone met before)
                if art.names.gender_of(name) not in (wanted, None):
                    return None
                return Source(name, "named_person", None, None, gender=wanted)
            k += 1
        return None

    def _introduced_after(self, token: Token, wanted: str) -> Source | None:
        """ "“You stop hearing the looms …,” she says …" opening a feature, and three paragraphs later
        "Carol Haworth is 58 and a loom tuner": a "she" before anyone is named is the person a later
        paragraph opens on, by name (of her gender, or of none known); only when nobody is named
        before the pronoun."""
        art = self.art
        if self.first_person is None:  # (found once per article; the name table's people, any tag)
            self.first_person = min((i for i, _ in art.names.full), default=len(art.doc))
        if self.first_person <= token.i:
            return None
        here = art.paragraph_of(token.idx)
        starts = art.parsed.paragraph_starts
        for k in range(here + 1, min(here + 5, len(starts))):
            ent = self._name_opening(k)
            if ent is not None and ent.label_ in NAMED_ENTS:
                name = art.names.canonical(clean_name(ent, self.lex) or ent.text.split(), ent.start)
                if art.names.gender_of(name) in (wanted, None):
                    return Source(name, "named_person", None, None, gender=wanted)
        return None

    def _name_opening(self, paragraph: int) -> Span | None:
        """The name a paragraph opens on as its subject, past a title ("Captain Ewan Tulloch, 64,
        retires …")."""
        art = self.art
        start = art.parsed.paragraph_starts[paragraph]
        span = art.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return None
        at = span.start
        while at < len(art.doc) - 1 and at not in art.ent_of and self.lex.has("title", art.doc[at].lower_):
            at += 1
        ent = art.ent_of.get(at)
        return ent if ent is not None and ent.root.dep_ in SUBJECTS else None

    def _named_further_on(self, noun: Token) -> Source | None:
        """ "The woman waiting at the top of the slipway has heard most of her father's stories …"
        opening a paragraph of a feature, and a paragraph or two later "Morag Tulloch, 36, teaches at
        …": a man or a woman set in the scene before their name is the one a later paragraph opens on,
        by name and age, if nobody of that name was mentioned before."""
        art = self.art
        if noun.lemma_.lower() not in _SCENE_PEOPLE or noun.dep_ not in SUBJECTS:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.lefts):
            return None
        here = art.paragraph_of(noun.idx)
        starts = art.parsed.paragraph_starts
        opening = max(starts[here], art.dateline_end_at(noun.idx))
        if art.text[opening : noun.left_edge.idx].strip():
            return None  # (the paragraph opens on something else)
        gender = "female" if self.lex.has("female", noun.lemma_.lower()) else "male"
        for k in range(here + 1, min(here + 4, len(starts))):
            ent = self._name_opening(k)
            if ent is None or ent.label_ != "PERSON" or not age_beside(ent.root):
                continue
            name = art.names.canonical(clean_name(ent, self.lex) or ent.text.split(), ent.start)
            if any(m.start < noun.idx for m in art.names.mentions.get(name, ())):
                return None  # (someone met before: the scene is not setting them up)
            if art.names.gender_of(name) in (gender, None):
                return Source(name, "named_person", noun.idx, noun.idx + len(noun), gender)
        return None

    def _body_named_next(self, noun: Token) -> str | None:
        """ "More than 6,000 … staff … will be balloted for strike action, their union said on Monday" in
        the lede, and the next paragraph opens "The Logistics and Distribution Workers' Union (LDWU) said
        …": a body the lede speaks of by its kind is the one the next paragraph names with that word."""
        art = self.art
        starts = art.parsed.paragraph_starts
        if art.paragraph_of(noun.idx) != 0 or len(starts) < 2 or noun.tag_ != "NN":
            return None
        ent = self._name_opening(1)
        if ent is None or ent.label_ != "ORG" or ent.root.lower_ != noun.lower_:
            return None
        name = art.doc[ent.start : ent.root.i + 1]  # (without its bracketed initials: "… Union (LDWU)")
        return _lower_article(" ".join(name.text.split()))

    def _described_in_the_lede(self, noun: Token) -> Source | None:
        """ "The trucking executive who wants to be Norwalla's next governor climbed onto a hay wagon …
        and told a few hundred supporters that …" opening the article, then "Dale Brumfield, the
        Republican nominee, promised …": a lede that describes its person, a "who" clause saying who,
        and names no one; the person the next paragraph opens on, not mentioned before."""
        art = self.art
        if noun.dep_ not in SUBJECTS or not self.human(noun) or self.lex.has("vague", noun.lemma_.lower()):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.lefts):
            return None
        if not any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in noun.rights):
            return None
        starts = art.parsed.paragraph_starts
        if art.paragraph_of(noun.idx) != 0 or len(starts) < 2:
            return None
        opening = max(starts[0], art.dateline_end_at(noun.idx))
        if art.text[opening : noun.left_edge.idx].strip():
            return None  # (the lede opens on something else)
        lede = art.doc.char_span(0, starts[1], alignment_mode="expand")
        described = range(noun.left_edge.i, noun.right_edge.i + 1)  # ("… to be Norwalla's next governor")
        if lede is None or any(e.label_ == "PERSON" and e.start not in described for e in lede.ents):
            return None  # (the lede names someone)
        ent = self._name_opening(1)
        if ent is None or ent.label_ != "PERSON":
            return None
        name = art.names.canonical(clean_name(ent, self.lex) or ent.text.split(), ent.start)
        gender = art.names.gender_of(name)
        return Source(name, "named_person", noun.idx, noun.right_edge.idx + len(noun.right_edge), gender)

    def _named_after_the_lede(self, noun: Token) -> Source | None:
        """ "…, a coroner has concluded." in the first paragraph and later "senior coroner Helen Markby
        said …": a role the lede gives someone unnamed, held by the one person the article introduces
        with that title afterwards (not a role many hold: "an official", "an analyst" stay unnamed)."""
        art, lex = self.art, self.lex
        lemma = noun.lemma_.lower()
        if noun.dep_ not in SUBJECTS or not lex.has("title", lemma) or lex.has("vague", lemma):
            return None
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.lefts):
            return None
        if art.paragraph_of(noun.idx) != 0:
            return None
        names = art.names
        # (the role's holder is first mentioned after the lede's sentence, not in it: "A spokeswoman for
        # the union, Rita Saldanha, said …" is hers already)
        end = art.sentences[art.sentence_of(noun.idx)].end
        holders = [
            name
            for name, words in names.attrs.items()
            if lemma in words and (spans := names.mentions.get(name)) and min(m.start for m in spans) >= end
        ]
        if len(holders) != 1:
            return None
        phrase_end = noun.right_edge.idx + len(noun.right_edge)
        return Source(holders[0], "named_person", noun.idx, phrase_end, names.gender_of(holders[0]))

    def _joined_subject(self, token: Token) -> Source | None:
        """ "The council's survey found that …, and it says …": "it" is the subject of the verb its
        own verb is joined to (or of the clause before it), when that is an organization or a document."""
        verb = token.head
        if token.dep_ != "nsubj":
            return None
        # or of a clause before it in its sentence: "When Pennine Rider withdrew the 84 service that year,
        # it said …" is the company, not the dale the sentence before was about
        clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i < token.i), None)
        if clause is not None:
            verb = clause
        elif verb.dep_ != "conj" or verb.head.i > token.i:
            return None
        else:
            verb = verb.head
        first = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if first is None or first.pos_ not in ("NOUN", "PROPN"):
            return None
        found = self.resolve(first)
        if found is not None and found.type == "named_person" and clause is not None:
            # "it" stands for no person: a name with no given name the model tagged one ("Pennine Rider")
            if found.name.split()[0].lower() not in given_names() and first.pos_ == "PROPN":
                return Source(found.name, "organization", found.start, found.end)
        return found if found is not None and found.type in ("organization", "document") else None

    def _previous_subject(self, token: Token) -> Source | None:
        """ "It" opening a sentence, as the subject: the organization or document that was the subject
        of the sentence before ("The statement, released by both governments, said … It described
        …": the statement, not the governments named inside its phrase)."""
        art, doc = self.art, self.art.doc
        opening = doc[sentence_span(token).start : token.i]  # "But it also warned …"
        if token.dep_ not in ("nsubj", "nsubjpass") or not all(t.dep_ in ("cc", "advmod") for t in opening):
            return None
        index = art.sentence_of(token.idx) - 1
        if index > 0 and len(art.sentence_tokens(index)) <= 6:
            index -= 1  # past a short remark of the writer's own: "The review found …. That much is true."
        if index < 0:
            return None
        sentence = art.sentences[index]
        lo = bisect.bisect_left(self.mentions, sentence.start, key=lambda m: doc[m[0]].idx)
        for at, source in self.mentions[lo:]:
            if doc[at].idx >= sentence.end:
                break
            if doc[at].dep_ in ("nsubj", "nsubjpass") and source.type in ("organization", "document"):
                if token.lower_ == "they" and doc[at].tag_ not in ("NNS", "NNPS"):
                    continue
                return source
        return None

    def _group_named_as_one(self, token: Token) -> Source | None:
        """ "The family has asked me to read a statement on their behalf. They write: …": the subject of
        the sentence before, a group named in the singular, which "they" may stand for."""
        index = self.art.sentence_of(token.idx) - 1
        if index < 0:
            return None
        group = next(
            (
                t
                for t in self.art.sentence_tokens(index)
                if t.dep_ == "nsubj" and t.tag_ == "NN" and t.lemma_.lower() in _THEY_GROUPS
            ),
            None,
        )
        return self.resolve(group) if group is not None else None

    def _reporter_org(self, token: Token) -> Source | None:
        """ "it"/"its" in a clause reported by a speaker that is or speaks for an organization:
        that organization ("A spokeswoman for the Medicines Agency said it had not …" → the agency)."""
        for verb in token.ancestors:
            subject = own_subject(verb)
            if subject is None or subject.i == token.i or token in subject.subtree:
                continue
            if subject.pos_ == "PRON" or self.art.in_quote(subject):
                return None
            for t in subject.subtree:
                ent = self.art.ent_of.get(t.i)
                if ent is not None and (ent.label_ == "ORG" or self._sounds_like_organization(ent)):
                    found = self.resolve(ent.root)
                    return found if found is not None and found.type == "organization" else None
            return None
        return None

    def _recent(self, position: int, fits: Any, gender: str | None) -> Source | None:
        """The most recent fitting mention before ``position``, within about three paragraphs."""
        here = self.art.paragraph_of(self.art.doc[position].idx)
        end = bisect.bisect_left(self.mentions, position, key=lambda m: m[0])
        fallback = None
        for i in range(end - 1, -1, -1):
            at, source = self.mentions[i]
            if here - self.art.paragraph_of(self.art.doc[at].idx) > 3:
                break
            if not fits(source):
                continue
            known = source.gender or self.art.names.gender_of(source.name)
            same_paragraph = self.art.paragraph_of(self.art.doc[at].idx) == here
            if gender is None or (known == gender and (fallback is None or same_paragraph)):
                return source  # "she" prefers someone already known as she, in the same paragraph
            if known is None and fallback is None:
                fallback = source
                if gender != "female":
                    return source
        return fallback

    def _last_known_as(self, position: int, gender: str) -> Source | None:
        """The latest person mentioned before ``position`` who is known as ``gender``, however far back:
        "She told reporters …" when no one near can be her (the people quoted since are men), but the
        candidate named at the top is a woman."""
        end = bisect.bisect_left(self.mentions, position, key=lambda m: m[0])
        for i in range(end - 1, max(end - _FAR_BACK, 0) - 1, -1):  # bounded: linear on a long article
            source = self.mentions[i][1]
            if source.type in ("named_person", "spokesperson") and (
                source.gender or self.art.names.gender_of(source.name)
            ) == gender:
                return source
        return None

    def best_guess(self, token: Token) -> Source:
        """A speaker for a quotation whose cue's subject did not resolve (a quotation with a cue is
        always an attribution): for "he"/"she" the latest person mentioned before who may be meant,
        else the mention itself as an unnamed (vague) source, or a named person for a proper noun."""
        span = (token.idx, token.idx + len(token))
        wanted = PERSON_PRONOUNS.get(token.lower_)
        if wanted is not None:
            names, doc = self.art.names, self.art.doc
            people = [(m.start, name, "named_person") for name, ms in names.mentions.items() for m in ms]
            people += [  # "The mayor gave a speech. “…,” she said": the mayor; never "the board"
                (doc[at].idx, s.name, s.type)
                for at, s in self.mentions
                if doc[at].tag_ in ("NN", "NNP")
                and self.human(doc[at])
                and s.type not in ("organization", "document")
            ]
            fitting = [p for p in people if p[0] < token.idx and names.gender_of(p[1]) in (None, wanted)]
            if fitting:
                _, name, kind = max(fitting)
                return Source(name, kind, *span, gender=wanted)
        phrase = _lower_article(span_text(np_tokens(token))) or token.text
        return Source(phrase, "named_person" if token.pos_ == "PROPN" else "vague", *span)

    def _gender(self, source: Source) -> str | None:
        if source.gender or source.type not in ("named_person", "spokesperson"):
            return source.gender  # ("Orla Venning’s father" is no "Orla")
        if source.type == "spokesperson" and source.name.startswith(("a ", "the ")):
            # "a spokeswoman for Ellanby General Hospital" is no "he"
            return next((g for g in ("female", "male") if self.lex.has(g, source.name.split()[1])), None)
        return self.art.names.gender_of(source.name)

    def _nearby(self, token: Token, wanted: str, *, guess: bool = True) -> tuple[Source | None, bool]:
        """The person "he"/"she" most likely stands for among everyone mentioned (subject, object or
        possessive: "Reyes’s reply … he said") in the current sentence and the previous one in the
        outlet's voice (quoted sentences are skipped): subjects first, then the most recent.
        People known to be of the other gender ("her province", Ms, spokeswoman) are left out; with
        ``guess`` off, a gender only guessed from a first name (:func:`~kit.sources.names.given_names`)
        leaves no one out."""
        art = self.art
        here = art.sentence_of(token.idx)
        k = max(here - 1, 0)
        # in a transcript turn, its own sentences are the voice "she" is said in, and a label is no one
        # the speaker calls "she" ("I sat with a retired nurse, Margaret Ojo. She said, …")
        turn = art.quote_of(token.idx) if art.in_turn(token) else None
        while k > 0 and here - k < 6 and art.quote_of(art.sentences[k].start) not in (None, turn):
            k -= 1
        start = art.sentences[k].start
        latest = self.latest
        candidates: list[tuple[int, Source]] = [
            (m.start, latest[name][1] if name in latest else Source(name, "named_person", None, None))
            for name, m in self._names_between(start, token.idx)
            if not self._a_place_named(m) and not art.names.is_business(name)  # ("detergent maker Calvex")
        ]
        first = bisect.bisect_left(self.mentions, start, key=lambda m: art.doc[m[0]].idx)
        for at, s in self.mentions[first:]:  # in text order: those from ``start`` up to the token
            if art.doc[at].idx >= token.idx:
                break
            if (
                s.type in ("named_person", "spokesperson")
                or (  # "The father said, “…”": one person (not "the queue" in a sentence about anonymity)
                    s.type in _UNNAMED
                    and art.doc[at].tag_ == "NN"
                    and (
                        self.human(art.doc[at])
                        or at in self.speaking
                        or (
                            art.doc[at].head.lemma_.lower() in self.lex.frames
                            and not _wanted(art.doc[at].head, self.lex.frames)
                            # (not a thing in what others say: "… say a hub system would add hours")
                            and art.doc[at].head.dep_ != "ccomp"
                        )
                    )
                )
                # "He calls the trout …" for the man kept anonymous: the same "he" again; "One of them said"
                or (s.type == "anonymous" and s.gender is not None and art.doc[at].lower_ in PERSON_PRONOUNS)
                or (
                    s.type in _UNNAMED
                    and art.doc[at].lower_ == "one"
                    and (at in self.speaking or art.doc[at].head.lemma_.lower() in self.lex.frames)
                )
                # "An official at the ministry, who spoke on condition of anonymity, said …", "One longtime
                # regular, a retired mail carrier who …, said …" ("regular" tagged an adjective)
                or (
                    s.type == "anonymous"
                    and art.doc[at].tag_ in ("NN", "JJ")
                    and (
                        art.doc[at].head.lemma_.lower() in self.lex.frames
                        or (  # "A civil servant …, who cannot be named, put it more plainly"
                            art.doc[at].dep_ in SUBJECTS
                            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in art.doc[at].children)
                        )
                    )
                )
            ):
                candidates.append((art.doc[at].idx, s))


        def root_at(char: int) -> Token:
            mention = art.doc.char_span(char, char + 1, alignment_mode="expand")
            return mention.root if mention is not None else token

        def rank(candidate: tuple[int, Source]) -> tuple[bool, int]:
            root = root_at(candidate[0])
            # (or the name beside a noun the parser made the sentence's root: "My mother, Grace, packed
            # ice …, and she used to say …", the verb read as an adjective)
            head = root.head.dep_ in SUBJECTS or (root.head.dep_ == "ROOT" and root.head.pos_ == "NOUN")
            subject = root.dep_ in SUBJECTS or (root.dep_ == "appos" and head)
            return subject, candidate[0]

        def reported(candidate: tuple[int, Source]) -> bool:
            """The subject of a verb inside what a verb of saying reports ("… said that Leskava might
            accept …", "Hamish Baptiste said a pilot … had shown that …")."""
            root = root_at(candidate[0])
            verb = root.head
            clauses = (v for v in (verb, *verb.ancestors) if v.dep_ == "ccomp")
            return root.dep_ in SUBJECTS and any(v.head.lemma_.lower() in self.lex.frames for v in clauses)

        def speaking(candidate: tuple[int, Source]) -> bool:
            """The subject of a verb of saying, not someone in what was said ("An official … said that
            Leskava might accept …. “…,” he said": the official)."""
            root = root_at(candidate[0])
            if reported(candidate):
                return False
            if root.i in self.speaking:
                return True  # credited with a statement, however the parser hung it
            return root.dep_ in SUBJECTS and root.head.lemma_.lower() in self.lex.frames

        def gender(candidate: tuple[int, Source]) -> str | None:
            """Known for a person, or told by the noun of a description ("her father")."""
            lemma = root_at(candidate[0]).lemma_.lower()
            told = next((g for g in ("female", "male") if self.lex.has(g, lemma)), None)
            if candidate[1].type in _UNNAMED and told is not None:
                return told  # "Orla Venning’s father": a man, whatever her name says
            named = candidate[1].type == "named_person"
            if not guess and named and not self.art.names.told_gender(candidate[1].name):
                return None  # (a first name's usual gender only)
            return self._gender(candidate[1])

        fitting = [
            c
            for c in candidates
            if gender(c) in (None, wanted)
            and not art.in_quote(root_at(c[0]))  # not "“Ruth’s …”"
            and not _asked_about(root_at(c[0]), token)
            and not _in_a_fronted_phrase(root_at(c[0]), token)
            and not _kin_of_the_same(root_at(c[0]), wanted)
            and not (turn is not None and art.in_label(root_at(c[0])))
            and not _subject_of_the_tagged_clause(root_at(c[0]), token)
        ]
        best = max(fitting, key=rank) if fitting else None
        if best is not None and not rank(best)[0]:
            # no subject among them: the one credited with a statement, however the parser hung the name
            # ("Detective Sergeant Rhiannon Tudor of … unit said … Ms Szulc’s family …. “…,” she said")
            best = max((c for c in fitting if speaking(c)), key=lambda c: c[0], default=best)
        if best is None or not rank(best)[0]:
            # "He then turned to Tolland. “…,” he said.": the "he" who turned, not the one turned to;
            # "He has planning permission …. “…,” he told me": the "he" before, with no one named between
            earlier = self._same_pronoun_before(token, start, main=True)
            if earlier is not None and earlier.type in ("named_person", "spokesperson"):
                return earlier, True
        if best is None:
            return None, False
        if self._named_in_quotation(best[1], token):
            # "She was quick to defend Breck, who …. “Callum has won us more games …,” she said.": the
            # quotation speaks of Breck, so it is not his; the same pronoun as a subject just before
            # ("She") stands for the speaker
            earlier = self._same_pronoun_before(token, start)
            if earlier is not None:
                return earlier, True
        if not speaking(best) and rank(best)[0]:
            # a subject inside a report loses to the reporter, when the reporter came just before
            speakers = [c for c in fitting if speaking(c) and c[0] < best[0]]
            reporter = max(speakers, key=lambda c: c[0], default=None)
            if reporter is not None and art.sentence_of(reporter[0]) == art.sentence_of(best[0]):
                best = reporter
            else:  # "Facebook created the tool, a spokeswoman, Anna White, said. … she said": the speaker
                later = (c for c in fitting if speaking(c) and c[0] > best[0])
                after = max(later, key=lambda c: c[0], default=None)
                if after is not None and art.sentence_of(after[0]) == art.sentence_of(best[0]):
                    best = after
        if best[1].type in _UNNAMED and gender(best) is None and reported(best):
            # "The lead judgment, given by Lady Justice Penrose, said … that the trial judge had …. “…,” she
            # wrote": someone unnamed inside what was reported loses to the one person known as a "she"
            known = [c for c in fitting if c[1].type == "named_person" and gender(c) == wanted]
            if len({c[1].name for c in known}) == 1:
                best = known[-1]
        return best[1], rank(best)[0]

    def _named_in_quotation(self, source: Source, token: Token) -> bool:
        """Does the quotation that "he"/"she" tags name ``source`` (a word of the name)?"""
        art = self.art
        last = bisect.bisect_left(art.quote_starts, token.idx) - 1  # the last quotation opened before it
        if last < 0:
            return False
        q = art.quotes[last]
        if q.end > token.idx or art.paragraph_of(max(q.start, q.end - 1)) != art.paragraph_of(token.idx):
            return False
        words = set(re.findall(r"[\w’'-]+", q.content(art.text)))
        return any(w in words for w in source.name.split() if w[:1].isupper())

    def _same_pronoun_before(self, token: Token, start: int, *, main: bool = False) -> Source | None:
        """The same pronoun as a subject earlier in the window, outside quotation marks, resolved
        (with ``main``, only the subject of its sentence's own verb, or its first word: not the "he" of
        "Asked how long he plans to carry on, Hetherington shrugs")."""
        art = self.art
        i = token.i - 1
        while i >= 0 and art.doc[i].idx >= start:
            t = art.doc[i]
            if t.lower_ == token.lower_ and t.dep_ in SUBJECTS and not art.in_quote(t):
                main_subject = t.head.dep_ == "ROOT" or t.i == sentence_span(t).start
                return self.resolve(t) if not main or main_subject else None
            i -= 1
        return None

    def _a_place_named(self, mention: TextSpan) -> bool:
        """ "keeps a smaller flock at Scarrow Beck": a name the model took for a person's, where a
        place stands (after "at", "in", "near" …), is nobody a "he" or "she" can be."""
        span = self.art.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS

    def _names_between(self, start: int, end: int) -> list[tuple[str, TextSpan]]:
        """The name table's mentions that start in ``[start, end)``, in the table's order (name by
        name, each name's mentions in turn), found by bisection over an index made once."""
        index = self._name_index()
        lo = bisect.bisect_left(index, start, key=lambda item: item[0])
        hi = bisect.bisect_left(index, end, key=lambda item: item[0])
        return [(name, m) for _, _, name, m in sorted(index[lo:hi], key=lambda item: item[1])]

    def _name_index(self) -> list[tuple[int, int, str, TextSpan]]:
        """The name table's mentions by start: (start, the table's order, name, span), made once."""
        if self.name_index is None:
            index = [
                (m.start, order, name, m)
                for order, (name, m) in enumerate(
                    (name, m) for name, spans in self.art.names.mentions.items() for m in spans
                )
            ]
            self.name_index = sorted(index, key=lambda item: item[0])
        return self.name_index

    def _recent_entity(self, token: Token, labels: set[str]) -> Source | None:
        sent = sentence_span(token)
        for t in reversed(list(sent[: token.i - sent.start])):
            ent = self.art.ent_of.get(t.i)
            if ent is not None and ent.label_ in labels and not self.art.in_quote(t):
                return Source(TITLE_STRIP.sub("", ent.text), "organization", ent.start_char, ent.end_char)
        return None
