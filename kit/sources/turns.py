"""Who speaks each transcript turn: a speaker label resolved to the article's names (GUIDELINES §2).

A turn ("VARGA: Nothing went wrong …", "Q: …" / "A: …") is found in the text by
:func:`kit.quotes.find_turns`; this module says whose it is:

* a name label resolves like a short name: "VARGA" → "Ines Varga", the fullest PERSON
  name of the article holding it (titles such as "DR" are ignored); a name the article
  never gives in full stays as written, in title case ("Varga");
* an interviewer's label ("Q", "QUESTION", "HOST", "INTERVIEWER", "PRESENTER" …) is the
  person the introduction presents as host, interviewer or presenter, or who talks to,
  speaks with or interviews the guest (but in "Dr Lena Okafor studies rivers … She spoke to
  Anna Berg" the person the introduction is about speaks to the interviewer); with no such
  person, the outlet itself;
* an answer's label ("A", "ANSWER", "GUEST", "INTERVIEWEE") is the other person the
  introduction names (the one it calls a guest, if any);
* at a press conference (the introduction says so) with no interviewer named, "Q" is a
  reporter; a briefing's "QUESTION (Ruth Adeyemi, The Standard)" is the reporter in brackets
  ("name inaudible, Westmarch TV": a reporter from that outlet, unnamed);
* a role ("MINISTER", "CHAIR", a committee's "Q101 Chair") is the one person the article gives
  that title, "PRESS OFFICER" an unnamed spokesperson, "CLIP" the person named in the turn before;
* a phone-in's "SUE (BRAMLEY)" is the caller the presenter names ("Sue in Bramley");
* a name in capitals, with a role after a comma or "reporting" ("GRACE MORENO, anchor", "DANIEL
  OKAFOR reporting"), or after a title ("Ms. LUCIA FERRAND (Emergency room nurse, …)"), is that
  person, in ordinary case when the text never writes the name otherwise; the person the
  introduction calls a spokesman is a spokesperson;
* "UNIDENTIFIED REPORTER", "UNKNOWN WOMAN": one person the transcript cannot name (anonymous);
* a letter signed "Name and address supplied", or with a screen name "commenting on our
  website", is a reader the page does not name.

The introduction is the text before the first turn.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..pipeline import sentence_span
from ..quotes import EMPHASIS, NAME_WITHHELD, QUESTION_NUMBER, TITLE_ABBREVIATIONS, UNNAMED_VOICES, label_head
from ..words import HYPHENS
from .names import (
    NAMED_ENTS,
    PERSON_PRONOUNS,
    ArticleContext,
    Source,
    clean_name,
    given_names,
    org_name,
    who_clause,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..quotes import Quote
    from ..records import TextSpan

_ASKING = frozenset("q question host interviewer presenter anchor moderator reporter".split())
_ANSWERING = frozenset("a answer guest interviewee witness".split())  # ("WITNESS:" under cross-examination)
_HOST_WORDS = frozenset(
    "host presenter interviewer anchor moderator editor reporter correspondent columnist writer"
    " journalist".split()
)
_GUEST_WORDS = frozenset("guest interviewee".split())
#: a phone-in's label for whoever is on the line: each turn's caller says who she is
_CALLING = frozenset("caller listener viewer".split())
#: a caller naming herself as she begins ("Hello, Gemma, it's Denise, I farm …", "My name is Raj")
_SELF_NAMING = re.compile(r"\b(?:[Ii]t['’]s|[Tt]his is|[Mm]y name(?: i|')s|I['’]m)\s+([A-Z][a-z]+)\b")
_OPENING = 60
_INTERVIEWING = frozenset("talk speak interview ask chat question meet sit join put".split())
#: a letter's signature that gives a screen name: "Oldfield Dad, commenting on our website"
_POSTED = re.compile(r"\b(?:commenting|posting|posted|on (?:our|the) website|online|on Facebook)\b", re.I)
#: an introduction to a press conference: its questions are reporters'
_BRIEFING = re.compile(
    r"\b(?:(?:press|news) conference|(?:press )?briefing|press room|reporters|journalists"
    r"|faced (?:the )?(?:media|press))\b",
    re.IGNORECASE,
)
#: interviewing verbs only with the person met: "Ana Lind joins us", not "joined the band in 1972"
_WEAK_INTERVIEWING = frozenset("meet sit join".split())
#: "… met him in the boathouse", "… interviewed her": the writer met the one the introduction is about
_MET = frozenset({"meet", "interview"})
#: verbs of talking that meet no one without "to" or "with" after them: "spoke for 24 minutes"
_SPOKE = frozenset({"speak", "talk", "chat"})
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,4}")  # (within a line)
#: a phone-in's way of naming a caller: "Bethan in Quarry Row", "Dilys from Sea Lane"
_CALLER = re.compile(r"\b([A-Z][a-z]+) (?:in|from) ((?:[A-Z][\w'’-]+ ?){1,3})")
#: a reporter who names herself at the start of a question: "Ruth Bell, Westmarch TV." / "Ruth Bell again."
_SELF_NAMED = re.compile(r"((?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+)(?:, [A-Z]| again\b)")
#: "Marisa, from the Courier.": a reporter's first name and her outlet
_FIRST_NAME_FROM = re.compile(r"([A-Z][\w'’-]+), from (?:the )?[A-Z]")
#: "Bayline Public Radio." / "Bayline Public Radio again.": an outlet's name, a whole sentence
_OUTLET_ALONE = re.compile(r"((?:[A-Z][\w'’&-]*[ ]){0,4}[A-Z][\w'’-]*)(?: again)?\.(?:\s|$)")
_STOP = frozenset("the a an this that her his their its our my each every in on at with and but when".split())
_NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "PRODUCT", "WORK_OF_ART"})


class TurnSpeakers:
    """Resolve the labels of one article's turns (see the module docstring)."""

    def __init__(self, art: ArticleContext, turns: list[Quote]) -> None:
        self.art = art
        self.cache: dict[str, Source] = {}
        self._runs: dict[str, list[str]] | None = None  # see _spelled_out
        self._starts: list[tuple[int, str]] | None = None  # see _named_before
        self._spokesperson_patterns: list[tuple[re.Pattern[str], re.Pattern[str]]] | None = None
        first = min((t.start for t in turns), default=0)
        intro = [t for t in art.doc if t.idx + len(t) <= first]
        # "… told a press conference", "… questions from reporters": the questions are reporters'
        self.briefing = bool(_BRIEFING.search(art.text[:first]))
        host, guest = self._interview(intro)
        people = [
            (ent, self._named(ent.root))
            for ent in art.ents
            if ent.label_ in NAMED_ENTS and ent.end_char <= first and clean_name(ent, art.lex)
        ]
        named = self._people(intro)  # the model may tag a person ORG: a role word beside it settles it
        if host is None:  # a full name first: "Herald reporter Greg Hallam" is Greg Hallam
            near_host = [(t, n) for t, n in named if self._near(t, _HOST_WORDS)]
            # the name the role word stands right before first: "On Thursday's Meridian Debate,
            # moderator Declan Moriarty …" is Moriarty, not the programme
            ranked = sorted(near_host, key=lambda t: (not self._right_after(t[0]), " " not in t[1]))
            host = ranked[0][1] if ranked else None
        if guest is None:
            guest = next((n for t, n in named if n != host and self._near(t, _GUEST_WORDS)), None)
        if guest is None:  # the first other person described as one, a full name before a single word
            others = [(ent, n) for ent, n in people if n != host]
            ranked = (((_described(ent), len(n.split()) > 1, -k), n) for k, (ent, n) in enumerate(others))
            guest = max(ranked, key=lambda r: r[0], default=((), None))[1]
        self.host = Source(host, "named_person", None, None) if host else None
        self.guest = Source(guest, "named_person", None, None) if guest else None

    def speaker(self, turn: Quote) -> Source:
        """The source of ``turn`` (its label resolved once per article)."""
        label = self.art.text[turn.label_start : turn.label_end]
        key = label.lower().strip()
        if key == "clip":  # "This is Jean Rowbotham, who …. / CLIP: Three weeks? …": the one just named
            named = self._named_before(turn.label_start)
            if named is not None:
                return named
        if key in _CALLING and (caller := self._self_named(turn)) is not None:
            return caller  # "CALLER: Hello, Gemma, it's Denise, I farm …": each caller is who she says
        if key in _ASKING and (reporter := self._reporter_named(turn)) is not None:
            return reporter  # "Q: Mehmet Aydın, Wendle Valley Gazette. …", "Q: Kate Fairbairn again. …"
        if key not in self.cache:
            self.cache[key] = self._resolve(label)
        found = self.cache[key]
        first = key.split()[0].rstrip(".") if key else ""  # (an unlabelled answer has no label)
        screen_name = first and first not in given_names() and first not in TITLE_ABBREVIATIONS
        if turn.label_start >= turn.end and screen_name:
            # a letter signed "Oldfield Dad, commenting on our website": a reader's screen name, no name
            signature = self.art.parsed.article.paragraphs[self.art.paragraph_of(turn.label_start)]
            if _POSTED.search(self.art.text, turn.label_end, signature.end):
                return Source(f"a reader posting as {label.strip()}", "anonymous", None, None)
        return found

    # ------------------------------------------------------------------------------------
    def _resolve(self, label: str) -> Source:
        head = label_head(label)
        if head != label.strip():  # "QUESTION (Ruth Adeyemi, The Standard)": who asks is in brackets
            # (not "DEV SANDHU (Carrow Springs Ledger)": the name first, the outlet in brackets)
            named_first = self._a_name(head.split())
            # "SIOBHÁN KEARNEY, FELLSHIRE LIVE": the name, then its outlet after a comma (not a role)
            named_first = named_first or ("(" not in label and head.lower() not in (*_ASKING, *_ANSWERING))
            inside = label.strip()[len(head) :].strip(" ()")
            if (caller := self._caller_from(head, inside)) is not None:
                return caller
            found = None if named_first else self._bracketed(inside)
            if found is not None:
                return found
            label = head
        key = label.lower().strip()
        if key in EMPHASIS:  # a question printed in bold or italics
            return self.host or self._outlet()
        if key == "":  # the unlabelled answer after it
            return self.guest or Source("the interviewee", "named_person", None, None)
        if key in _ASKING:
            return self.host or self._outlet()
        if key in _ANSWERING:
            return self.guest or Source("the interviewee", "named_person", None, None)
        if key.split()[0] in UNNAMED_VOICES:  # "UNIDENTIFIED REPORTER": one person the transcript cannot name
            return Source(f"an {key}", "anonymous", None, None)
        if NAME_WITHHELD.fullmatch(label.strip()):  # a letter signed "Name and address supplied"
            return Source("a reader the page does not name", "anonymous", None, None)
        initials = self._by_initials(label.strip())
        if initials is not None:
            return Source(initials, "named_person", None, None, self.art.names.gender_of(initials))
        named = [w for w in label.split() if w.lower().rstrip(".") not in TITLE_ABBREVIATIONS]
        if len(named) > 1 and self.art.lex.has("title", named[0].lower().rstrip(".")):
            named = named[1:]  # "CHIEF HARGROVE", "CAPT. FERREIRA": the name after the rank
        words = named or label.split()
        if len(words) == 1 and self.art.lex.has("title", words[0].lower()):
            role = self._by_role(label)  # "Chair:" is the committee's chair, whatever else the model tagged
            if role is not None:
                return role
        words = [w if any(c.islower() for c in w) else w.capitalize() for w in words]
        name = self.art.names.canonical(words, 0)
        if self.briefing and len(words) > 1 and name == " ".join(words) and org_name(words, self.art.lex):
            # "Keswell Courier:", "Radio Keswell:" at a press conference: a reporter of that outlet
            return Source(f"a reporter from {name}", "anonymous", None, None)
        if len(words) > 1 and name == " ".join(words) and not any(w.lower() in given_names() for w in words):
            # "CHIEF INSPECTOR MWANGI", "GROUP COMMANDER PUGH": a rank the title list does not hold, then
            # the surname of someone the article names in full
            surname = self.art.names.canonical(words[-1:], 0)
            if " " in surname:
                words, name = words[-1:], surname
        # a phone-in's caller ("BETHAN" after "Bethan in Quarry Row"), unless the label is the surname of
        # someone the article names in full ("MENSAH" after "Kofi Mensah is joining us from Wrenholt")
        caller = self._caller(words[0]) if len(words) == 1 and name == words[0] else None
        if caller is not None:
            return Source(caller, "named_person", None, None, self.art.names.gender_of(words[0]))
        if name == " ".join(words):  # a name the model did not tag: spelled out in the text?
            name = self._spelled_out(words)
        if name == " ".join(words):
            role = self._by_role(label)
            if role is not None:
                return role
            unnamed = self._unnamed_role(words) if len(words) == 1 else None
            if unnamed is not None:
                return unnamed
        # a name written in full only in the labels ("Mr. ROBERT KILGANNON (…)", "DANIEL OKAFOR reporting")
        name = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in name.split())
        kind = "spokesperson" if self._introduced_as_spokesperson(name) else "named_person"
        return Source(name, kind, None, None, self.art.names.gender_of(name))

    def _reporter_named(self, turn: Quote) -> Source | None:
        """The reporter a question names first: "Q: Mehmet Aydın, Wendle Valley Gazette. Residents …"
        (a name, a comma and an outlet, "…, Channel 6, again."), "Q: Kate Fairbairn again." (a name said
        again) or "Q: Marisa, from the Courier." (a first name and where she is from); at a briefing,
        "Q: Bayline Public Radio. How many …?" (an outlet alone) is one unnamed reporter of it."""
        text = self.art.text
        match = _SELF_NAMED.match(text, turn.content_start, turn.content_end)
        if match is None or not self._a_name(match.group(1).split()):
            first = _FIRST_NAME_FROM.match(text, turn.content_start, turn.content_end)
            if first is not None and first.group(1).lower() in given_names():
                name = first.group(1)
                return Source(name, "named_person", None, None, self.art.names.gender_of(name))
            return self._outlet_named(turn) if self.briefing else None
        after = re.match(r", ([^.,;:?!]+)([.,;:?!])( again\b)?", text[match.end(1) : turn.content_end])
        ends = after is not None and (after.group(2) == "." or after.group(3) is not None)
        if after is not None and (not ends or self._a_name(after.group(1).split())):
            return None  # "Ruth Marlowe, Tobias Kettle, thank you.": the guests thanked, not who asks
        name = self.art.names.canonical(match.group(1).split(), 0)
        return Source(name, "named_person", None, None, self.art.names.gender_of(name))

    def _outlet_named(self, turn: Quote) -> Source | None:
        """ "Q: Bayline Public Radio. How many …?", "Q: Bayline Public Radio again. …": a question that
        opens on an organization's name and nothing else, a reporter of that outlet."""
        art = self.art
        match = _OUTLET_ALONE.match(art.text, turn.content_start, turn.content_end)
        if match is None:
            return None
        span = art.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        ent = art.ent_of.get(span.start) if span is not None else None
        if ent is None or ent.label_ != "ORG" or ent.end_char < match.end(1):
            return None
        return Source(f"a reporter from {match.group(1)}", "anonymous", None, None)

    def _introduced_as_spokesperson(self, name: str) -> bool:
        """ "Capt. Luis Ferreira, the department's spokesman, read a statement": the label's person
        speaks for a body (GUIDELINES §2: a named spokesperson)."""
        mentions = self.art.names.mentions.get(name, [])
        if not mentions:
            return False
        if self._spokesperson_patterns is None:  # the lexicon's "spokesman", "spokeswoman", …, made once
            # (not "representative": "Representative Steve Cohen" is a lawmaker)
            words = (w for w in self.art.lex.phrases("spokesperson") if w != "representative")
            self._spokesperson_patterns = [_titled_pattern(w) for w in sorted(words)]
        return any(_titled(self.art.text, m, p) for p in self._spokesperson_patterns for m in mentions)

    def _self_named(self, turn: Quote) -> Source | None:
        """The name a caller gives at the start of her turn ("it's Denise", "this is Raj in Holme")."""
        opening = self.art.text[turn.content_start : min(turn.content_end, turn.content_start + _OPENING)]
        match = _SELF_NAMING.search(opening)
        if match is None or match.group(1).lower() not in given_names():
            return None
        name = self.art.names.canonical([match.group(1)], turn.content_start)
        return Source(name, "named_person", None, None, self.art.names.gender_of(name))

    def _named_before(self, at: int) -> Source | None:
        """The person named last in the paragraph before ``at`` (a clip's speaker)."""
        art = self.art
        if self._starts is None:  # every mention by its start, made once (a transcript may clip often)
            mentions = art.names.mentions.items()
            self._starts = sorted((m.start, name) for name, spans in mentions for m in spans)
        k = bisect.bisect_left(self._starts, (at, ""))
        if k == 0 or art.paragraph_of(self._starts[k - 1][0]) != art.paragraph_of(at) - 1:
            return None
        name = self._starts[k - 1][1]
        return Source(name, "named_person", None, None, art.names.gender_of(name))

    def _bracketed(self, inside: str) -> Source | None:
        """The reporter a briefing's label names in brackets: "Ruth Adeyemi, The Standard" is Ruth
        Adeyemi; "name inaudible, Westmarch TV" (or only "Westmarch TV") one unnamed reporter of it."""
        parts = [p.strip() for p in inside.split(",") if p.strip()]
        if not parts:
            return None
        words = parts[0].split()
        if self._a_name(words):
            name = self.art.names.canonical(words, 0)
            return Source(name, "named_person", None, None, self.art.names.gender_of(name))
        outlet = parts[-1]
        if outlet[:1].isupper():
            return Source(f"a reporter from {outlet}", "anonymous", None, None)
        return None

    def _caller_from(self, head: str, inside: str) -> Source | None:
        """ "SUE (BRAMLEY):" after "Sue in Bramley, you're first": a phone-in's caller, a first name
        with where she lives in brackets."""
        words, place = head.split(), inside.split(",")[0].strip()
        if len(words) != 1 or not place[:1].isupper():
            return None
        first = words[0].capitalize()
        name = self._caller(first)  # (as the presenter names her, else her name and her place)
        if name is None and first.lower() in given_names():
            name = f"{first} in {' '.join(w.capitalize() for w in place.split())}"
        return Source(name, "named_person", None, None, self.art.names.gender_of(first)) if name else None

    def _a_name(self, words: list[str]) -> bool:
        """Two to four capitalised words that name a person: a given name first, or a surname the
        article gives ("Ruth Adeyemi", "DEV SANDHU")."""
        if len(words) > 2 and words[0].lower().rstrip(".") in TITLE_ABBREVIATIONS:
            words = words[1:]  # "Ms. LUCIA FERRAND"
        return (
            2 <= len(words) <= 4
            and all(w[:1].isupper() for w in words)
            and (words[0].lower() in given_names() or self.art.names.knows(words[-1]))
        )

    def _by_role(self, label: str) -> Source | None:
        """A label that is a role, not a name: "MINISTER" is the one person the article gives that
        title, before the name or beside it ("Transport Minister Caroline Ashdown", "Caroline Ashdown,
        the minister,"); "PRESS OFFICER", a spokesperson the article does not name."""
        role = label.lower().split()
        lex = self.art.lex
        if not role:
            return None
        spokesperson = lex.has("spokesperson", " ".join(role)) or lex.has("spokesperson", role[-1])
        if not (lex.has("title", role[-1]) or spokesperson):
            return None
        titled = _titled_pattern(role[-1])
        holders = {
            name
            for name, spans in self.art.names.mentions.items()
            if " " in name and any(_titled(self.art.text, m, titled) for m in spans)
        }
        if len(holders) == 1:
            name = holders.pop()
            return Source(name, "named_person", None, None, self.art.names.gender_of(name))
        if spokesperson:
            return Source(f"a {' '.join(role)}", "spokesperson", None, None)
        return None

    def _unnamed_role(self, words: list[str]) -> Source | None:
        """ "CLERK:", "FOREMAN:" after "The court clerk has asked the foreman to stand": a role the text
        writes as a common noun and no one holds by name, one unnamed person ("the court clerk")."""
        word = words[0].lower()
        if not word.isalpha() or word in given_names():
            return None
        match = re.search(rf"\b[Tt]he ((?:[a-z]+ ){{0,2}}){word}\b", self.art.text)
        return Source(f"the {match.group(1)}{word}", "anonymous", None, None) if match else None

    def _caller(self, first: str) -> str | None:
        """ "BETHAN:" after "First on the line is Bethan in Quarry Row": a phone-in's caller, known by
        a first name and where she lives."""
        for match in _CALLER.finditer(self.art.text):
            quote = self.art.quote_of(match.start())  # (the host's line is a turn, not a quotation)
            if match.group(1) == first and (quote is None or self.art.quotes[quote].turn):
                return f"{first} {match.group(0).split()[1]} {match.group(2).strip()}"
        return None

    def _by_initials(self, label: str) -> str | None:
        """"RM:" / "TK:" after "Ruth Marlowe … Tobias Kettle": the one person the article names in full
        whose initials the label is (two or three capitals, no word of a name the article gives; the
        introduction may say "her questions are marked LH")."""
        if not (2 <= len(label) <= 3 and label.isalpha() and label.isupper()):
            return None
        if any(label.lower() in lowered for _, lowered in self.art.names.lower if len(lowered) > 1):
            return None  # a word of a name the article gives ("Li" in "Li Wei"), not initials
        found = {
            " ".join(words)
            for _, words in self.art.names.full
            if len(words) == len(label) and "".join(w[0] for w in words).upper() == label
        }
        return found.pop() if len(found) == 1 else None

    def _spelled_out(self, words: list[str]) -> str:
        """The longest capitalised run ending in the label's words ("Ines Varga" for "Varga")."""
        if self._runs is None:
            self._runs = {}
            for match in _CAPITALISED_RUN.finditer(self.art.text):
                for run in _sentence_parts(match.group().split()):  # not "Ashby Fold. Rob, go ahead"
                    # up to its last title: "Fire Chief Renata Hargrove" is Renata Hargrove
                    titles = [k for k, w in enumerate(run[:-1]) if self._not_a_name(w)]
                    run = run[titles[-1] + 1 :] if titles else run
                    if any(w.endswith(("'s", "’s")) for w in run[:-1]):
                        continue
                    for n in range(1, len(run)):  # every ending of the run, keyed by its words
                        key = " ".join(run[n:]).lower()
                        if len(run) - n <= 2 and len(run) > len(self._runs.get(key, [])):
                            self._runs[key] = run
        best = self._runs.get(" ".join(words).lower())
        return " ".join(best[: len(best) - len(words)] + words) if best else " ".join(words)

    def _not_a_name(self, word: str) -> bool:
        lower = word.lower().rstrip(".")
        return (
            lower in _STOP
            or word in ("Q.", "A.")  # a print Q&A's letters before a name ("Q. Ruth Marlowe, …")
            or QUESTION_NUMBER.fullmatch(word) is not None  # a question's number ("Q105 Rachel Osei")
            or lower in _HOST_WORDS
            or lower in _GUEST_WORDS
            or lower in TITLE_ABBREVIATIONS
            or self.art.lex.has("title", lower)
        )

    def _named(self, token: Token) -> str:
        """The name a PROPN token ends: its proper-noun compounds, without titles, in full."""
        # (a hyphen inside a double-barrelled name stays: "Tomás Aranda-Whitlow")
        words = [
            t.text
            for t in token.lefts
            if (t.dep_ == "compound" and t.pos_ == "PROPN") or (t.text in HYPHENS and t.i == token.i - 1)
        ] + [token.text]
        words = [w for w in words if w in HYPHENS or not self._not_a_name(w)] or [token.text]
        name = self.art.names.canonical(words, token.i)
        return self._spelled_out(words) if name == " ".join(words) else name

    def _people(self, tokens: list[Token]) -> list[tuple[Token, str]]:
        """Proper names of people in ``tokens``: the last word of each PROPN run, with its name."""
        out = []
        for t in tokens:
            nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            if (
                t.pos_ == "PROPN"
                and (nxt is None or nxt.pos_ != "PROPN")
                and t.ent_type_ not in _NOT_PEOPLE
                and t.lower_ not in _ASKING  # "labelled by the reporter’s outlet, or Q"
            ):
                out.append((t, self._named(t)))
        return out

    def _interview(self, tokens: list[Token]) -> tuple[str | None, str | None]:
        """Host and guest from "A talks to B", "A speaks with B", "A interviewed B", "B, interviewed by A",
        "B … She spoke to A"."""
        for verb in tokens:
            if verb.pos_ == "VERB" and verb.lemma_.lower() == "answer":
                answered = self._answered(verb, tokens)  # "she answered a few questions from our editor, …"
                if answered is not None:
                    return answered
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _INTERVIEWING:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
            agent = next(
                (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.pos_ == "PROPN"), None
            )
            objects = [_proper(c) for c in verb.children if c.dep_ == "dobj"] + [
                _proper(g)
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in ("to", "with")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            # "talked to the society’s chair, Hilary Sowerby": the name beside the role
            objects += [
                c
                for c in verb.children
                if c.dep_ in ("npadvmod", "appos") and c.pos_ == "PROPN" and c.i > verb.i
            ]
            objects = [o for o in objects if o is not None]
            if verb.lemma_.lower() in _WEAK_INTERVIEWING:
                # "Alasdair Penhaligon joined the Porthcarrow lifeboat crew": met no one
                objects = [o for o in objects if o.ent_type_ == "PERSON" and o.dep_ != "compound"]
            passive = next((_passive_named(c) for c in verb.children if c.dep_ == "nsubjpass"), None)
            subjects = (c for c in verb.children if c.dep_ == "nsubj")
            pronoun = next((c for c in subjects if _pronoun_or_description(c)), None)
            spoke = verb.lemma_.lower() in ("speak", "talk")
            if pronoun is not None and objects and (spoke or self._near(objects[0], _HOST_WORDS)):
                # "Dr Lena Okafor studies rivers … She spoke to Anna Berg": the person the introduction
                # is about (a subject before) speaks to the interviewer; so does "The 49-year-old, who …,
                # spoke to our home affairs editor, Elspeth Carrick", or "He met our football
                # correspondent, Tamsin Achterberg, …"
                intro = self._people([t for t in tokens if t.i < pronoun.i])
                # ("was known for …"; a person, not "The Vennland Football League says he …")
                before = [n for t, n in intro if t.dep_ in ("nsubj", "nsubjpass") and _a_person(t, n)]
                if before:
                    return self._named(objects[0]), before[-1]
            him = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("him", "her")), None)
            if subject is not None and him is not None and not objects and verb.lemma_.lower() in _MET:
                # "Our features writer Yasmin Adebayo-Kerr met him …": the person the introduction is
                # about (its last subject before the verb), met by the writer
                intro = self._people([t for t in tokens if t.i < verb.left_edge.i])
                before = [n for t, n in intro if t.dep_ in ("nsubj", "nsubjpass")]
                if before and before[-1] != self._named(subject):
                    return self._named(subject), before[-1]
            met = objects or passive is not None or agent is not None
            nxt = verb.nbor().lower_ if verb.i + 1 < len(verb.doc) else ""
            spoke_alone = verb.lemma_.lower() in _SPOKE and nxt not in ("to", "with")
            if (verb.lemma_.lower() in _WEAK_INTERVIEWING or spoke_alone) and not met:
                # "Gledhill … joined the band as a second cornet", "Pettibone spoke for about 24 minutes":
                # no one interviewed (but "Ana Ruiz spoke to harbour pilot Jonas Keel", however parsed)
                continue
            if verb.lemma_.lower() == "ask" and any(c.dep_ == "xcomp" for c in verb.children):
                continue  # "Okorie asked the guide to take it away": a request, no interview
            host = subject or agent
            guest = objects[0] if objects else passive
            if verb.lemma_.lower() == "put" and not any(
                c.dep_ == "dobj" and c.lemma_.lower() == "question" for c in verb.children
            ):
                continue  # "when the Hollins Brewery put it up for sale": no questions put
            if host is not None and guest is None and verb.lemma_.lower() in _SPOKE and _to_the_press(verb):
                # "Callum Rossiter spoke to reporters", "… talked to the press": the subject answers, and
                # no one person asks
                host, guest = None, host
            if host is not None and guest is not None and self._near(guest, _HOST_WORDS):
                if not self._near(host, _HOST_WORDS):  # "Ana Lind … talked to our reporter Tom Bell"
                    host, guest = guest, host
            if host is not None or guest is not None:
                return (self._named(host) if host else None, self._named(guest) if guest else None)
        return None, None

    def _answered(self, verb: Token, tokens: list[Token]) -> tuple[str, str] | None:
        """Host and guest from "Before the first sitting, she answered a few quick questions from our food
        editor, Sorrel Gethin": the one the questions came from asks; the subject ("she": the person the
        introduction last spoke of as a subject) answers."""
        questions = (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "question")
        askers = [
            _proper(g)
            for q in questions
            for p in q.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        asker = next((a for a in askers if a is not None), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if asker is None or subject is None:
            return None
        if subject.pos_ == "PROPN":
            return self._named(asker), self._named(subject)
        intro = self._people([t for t in tokens if t.i < subject.i])
        wanted = PERSON_PRONOUNS.get(subject.lower_)
        names = self.art.names
        # ("Carrow says …": Wenna Carrow, a person the name table knows, whatever the model tagged)
        subjects = [
            (t, names.canonical(n.split(), t.i)) for t, n in intro if t.dep_ in ("nsubj", "nsubjpass")
        ]
        before = [
            n
            for t, n in subjects
            if (_a_person(t, n) or n in names.mentions) and names.gender_of(n) in (None, wanted)
        ]
        return (self._named(asker), before[-1]) if before and _pronoun_or_description(subject) else None

    @staticmethod
    def _right_after(token: Token) -> bool:
        """Does a host's role word stand right before the name ``token`` ends ("moderator Declan …")?"""
        first = token.i
        while first > 0 and token.doc[first - 1].pos_ == "PROPN" and token.doc[first - 1].head.i == token.i:
            first -= 1
        return first > 0 and token.doc[first - 1].lemma_.lower() in _HOST_WORDS

    def _near(self, token: Token, words: frozenset[str]) -> bool:
        """A role word just before the name ("host Petra Lund", "her guest is Ines Varga") or
        in apposition to it ("Petra Lund, the presenter")."""
        sent = sentence_span(token)
        near = [
            *token.doc[max(sent.start, token.i - 5) : token.i],
            *token.doc[token.i + 1 : min(sent.end, token.i + 5)],
        ]
        # (a role is one person's: not "Renee Daugherty took reporters' questions")
        return any(t.lemma_.lower() in words and t.tag_ not in ("NNS", "NNPS") for t in near)

    def _outlet(self) -> Source:
        """Who asks when the introduction names no host: at a press conference, a reporter (one
        unnamed person); otherwise the outlet, or "the interviewer"."""
        if self.briefing:
            return Source("a reporter", "anonymous", None, None)
        outlet = self.art.parsed.article.outlet
        if outlet:
            return Source(outlet, "organization", None, None)
        return Source("the interviewer", "named_person", None, None)


def _to_the_press(verb: Token) -> bool:
    """ "spoke to reporters", "talked to journalists", "spoke with the media": to many, no one person."""
    return any(
        g.dep_ == "pobj" and (g.tag_ == "NNS" or g.lemma_.lower() in ("press", "media"))
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "with")
        for g in c.children
    )


def _sentence_parts(run: list[str]) -> list[list[str]]:
    """A run of capitalised words cut after each word that ends a sentence ("Fold." in "… is in Ashby
    Fold. Rob, go ahead"), not after an initial or a short title ("J.", "Dr.")."""
    parts: list[list[str]] = [[]]
    for word in run:
        parts[-1].append(word)
        if word.endswith(".") and len(word) > 2 and word.lower().rstrip(".") not in TITLE_ABBREVIATIONS:
            parts.append([])
    return [part for part in parts if part]


def _a_person(token: Token, name: str) -> bool:
    """Is the name a person's: tagged one, or opening with a given name?"""
    return token.ent_type_ == "PERSON" or name.split()[0].lower() in given_names()


def _pronoun_or_description(subject: Token) -> bool:
    """ "She", or "The 49-year-old" (a noun, or the adjective that ends an age, after "the"): the person
    an introduction was about, taken up again."""
    return subject.lower_ in PERSON_PRONOUNS or (
        subject.pos_ in ("NOUN", "ADJ") and subject.left_edge.lower_ == "the"
    )


def _titled_pattern(title: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A title written before a name ("Transport Minister Caroline …", "Minister Dr …") or beside it
    (", the transport minister")."""
    word = rf"(?i:{re.escape(title)})"
    before = re.compile(rf"\b{word},?[ \t]+(?:[A-Z][\w.]*[ \t]+)?$")  # (", the committee's chair, Fiona …")
    after = re.compile(rf",[ \t]+(?:(?:the|a|an|our)[ \t]+)?(?:[\w’'-]+[ \t]+){{0,3}}{word}\b")
    return before, after


def _titled(text: str, mention: TextSpan, patterns: tuple[re.Pattern[str], re.Pattern[str]]) -> bool:
    before, after = patterns
    return bool(
        before.search(text, max(0, mention.start - 40), mention.start) or after.match(text, mention.end)
    )


def _described(name: Span) -> bool:
    """Is the name introduced as a person: "with Morwenna Hale, 58, who has led the team since 2008"
    (an age, a "who" clause, the company of a "with" or "to"), not "Ashingham Minster has been
    hidden behind scaffolding", a building the model took for a person?"""
    doc, root = name.doc, name.root
    after = doc[name.end : name.end + 3]
    aged = len(after) == 3 and after[0].text == "," and after[1].like_num and after[2].text == ","
    who = who_clause(root)
    company = root.dep_ == "pobj" and root.head.lower_ in ("with", "to")
    return aged or who or company


def _passive_named(subject: Token) -> Token | None:
    """The person a passive's subject names: a proper noun, or the person's name beside a role ("the
    programme's presenter, Gemma Strand, was joined by …")."""
    if subject.pos_ == "PROPN":
        return subject
    named = _proper(subject)
    return named if named is not None and named.ent_type_ == "PERSON" else None


def _proper(token: Token) -> Token | None:
    """The proper noun a phrase names: itself, or the last of the first PROPN run in it
    ("pilot Jonas Keel" → "Keel"; "Terrain's Hal Okonjo" → "Okonjo", not the magazine that owns him;
    "someone" → None)."""
    if token.pos_ == "PROPN":
        return token
    owners = {t.i for c in token.children if c.dep_ == "poss" for t in c.subtree}
    words = [t for t in token.subtree if t.i not in owners]
    for n, t in enumerate(words):
        if t.pos_ == "PROPN" and (n + 1 == len(words) or words[n + 1].pos_ != "PROPN"):
            return t
    return None
