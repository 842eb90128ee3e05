"""The spaCy rules that find cues and non-statements, as a table, and the matchers built from it.

Two tables, read in order (the order of the matches the engine sees):

* :data:`TOKEN_PATTERNS`, for a token ``Matcher``: ``CUE`` (a reporting verb),
  ``ACCORDING`` ("according to"), ``NO_COMMENT`` ("was not available for comment",
  "had no immediate comment"), ``AS_PUT_IT`` ("as she put it") and ``PUT_IT`` ("Sue Patel put it
  more bluntly: “…”");
* :data:`DEPENDENCY_PATTERNS`, for a ``DependencyMatcher``: ``NEGATED`` ("did not
  mention"), ``REFUSED`` ("declined to comment", "refrained from saying"), ``WITHOUT``
  ("left without taking questions"), ``NO_MENTION`` ("made no reference to"), ``NAMING``
  ("what X called …"), ``BY_COUNT`` ("by the ministry's count") and ``POSSESSED`` ("Putin's
  claim that …").

A value written ``"$name"`` is a word list of the lexicon (:func:`word_lists`), filled
in when the matchers are built (:func:`matchers`, once per vocabulary).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .names import Lexicon, load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["DEPENDENCY_PATTERNS", "TOKEN_PATTERNS", "matchers", "word_lists"]

_VERB = {"REGEX": "^VB"}

TOKEN_PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    # (a plural noun too: "“…,” the affidavit states." read as a noun; the engine keeps it only as such a tag)
    "CUE": [
        [{"LEMMA": {"IN": "$reporting_verbs"}, "TAG": _VERB}],
        [{"LEMMA": {"IN": "$reporting_verbs"}, "TAG": "NNS"}],
        # ("Trump did post on Twitter that …": a verb after "did" the tagger read as a noun)
        [{"LEMMA": "do", "POS": "AUX"}, {"LEMMA": {"IN": "$reporting_verbs"}, "TAG": "NN"}],
    ],
    "ACCORDING": [[{"LOWER": "according"}, {"LOWER": "to"}]],
    "NO_COMMENT": [
        [
            {"LEMMA": "be"},
            {"LOWER": {"IN": ["not", "n't"]}},
            {"IS_ALPHA": True, "OP": "?"},
            {"LOWER": "available"},
            {"LOWER": "for"},
            {"LOWER": "comment"},
        ],
        [{"LEMMA": "have"}, {"LOWER": "no"}, {"IS_ALPHA": True, "OP": "?"}, {"LOWER": "comment"}],
    ],
    "AS_PUT_IT": [
        [
            {"LOWER": "as"},
            {"IS_ALPHA": True, "OP": "{1,4}"},
            {"LEMMA": {"IN": ["put", "call", "term", "describe", "dub", "say"]}},
            {"LOWER": "it"},
        ]
    ],
    "PUT_IT": [[{"LEMMA": "put", "TAG": _VERB}, {"LOWER": "it"}]],
}


def _node(right: str, attrs: dict[str, Any], left: str | None = None) -> dict[str, Any]:
    """One node of a dependency pattern: ``right`` (a name), a child (``>``) of ``left`` when given."""
    if left is None:
        return {"RIGHT_ID": right, "RIGHT_ATTRS": attrs}
    return {"LEFT_ID": left, "REL_OP": ">", "RIGHT_ID": right, "RIGHT_ATTRS": attrs}


_SPEECH_ACT = {"LEMMA": {"IN": "$speech"}}

DEPENDENCY_PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    "NEGATED": [
        [
            _node("verb", {"LEMMA": {"IN": "$speech"}, "TAG": _VERB}),
            _node("neg", {"DEP": "neg"}, "verb"),
        ]
    ],
    "REFUSED": [
        [
            _node("verb", {"LEMMA": {"IN": "$refusal"}}),
            _node("act", {"DEP": {"IN": ["xcomp", "ccomp"]}, **_SPEECH_ACT}, "verb"),
        ],
        [
            _node("verb", {"LEMMA": {"IN": "$refusal"}}),
            _node("from", {"LOWER": "from"}, "verb"),
            _node("act", {**_SPEECH_ACT, "TAG": "VBG"}, "from"),
        ],
    ],
    # "made no reference to the valley", "took no questions", "gave no details", "said nothing"
    "NO_MENTION": [
        [
            _node("verb", {"LEMMA": {"IN": ["make", "take", "give", "offer"]}, "TAG": _VERB}),
            _node(
                "noun",
                {"DEP": "dobj", "LEMMA": {"IN": ["mention", "reference", "question", "comment", "detail"]}},
                "verb",
            ),
            _node("no", {"LOWER": "no", "DEP": "det"}, "noun"),
        ],
        [  # "the mayor said nothing", "told reporters nothing about the plan"
            _node("verb", {**_SPEECH_ACT, "TAG": _VERB}),
            _node("noun", {"DEP": "dobj", "LOWER": "nothing"}, "verb"),
        ],
    ],
    "WITHOUT": [  # "left without taking questions", "… without commenting"
        [
            _node("without", {"LOWER": "without"}),
            _node("act", {"DEP": "pcomp", **_SPEECH_ACT, "TAG": "VBG"}, "without"),
        ]
    ],
    "NAMING": [
        [
            _node("verb", {"LEMMA": {"IN": "$naming"}}),
            _node(
                "what",
                {
                    "LOWER": {"IN": ["what", "which", "that", "whom", "who"]},
                    "DEP": {"IN": ["dobj", "nsubjpass"]},
                },
                "verb",
            ),
        ]
    ],
    "BY_COUNT": [
        [
            _node("by", {"LOWER": "by"}),
            _node(
                "count",
                {
                    "DEP": "pobj",
                    "LEMMA": {
                        "IN": [
                            "count",
                            "estimate",
                            "account",
                            "tally",
                            "reckoning",
                            "calculation",
                            "admission",
                            "measurement",  # "The walk, by the council’s own measurement, is 2.9 miles."
                            "figure",  # "by the council's own figures, 14 of the 61 units are vacant"
                            "clock",  # "By the programme's clock, Dunstall spoke for about 14 minutes"
                        ]
                    },
                },
                "by",
            ),
            _node("owner", {"DEP": "poss"}, "count"),
        ],
        [  # "By the count of Sound Ferries, the company that runs the service, he has made …": the owner
            # after "of" is found by the engine (nodes for "the", "of" and any object would try every
            # one of those words in a long sentence against each other)
            _node("by", {"LOWER": "by"}),
            _node(
                "count",
                {
                    "DEP": "pobj",
                    "LEMMA": {"IN": ["count", "estimate", "account", "tally", "reckoning", "calculation"]},
                },
                "by",
            ),
        ],
        [  # "By some accounts she served as many as 600 meals a day": accounts nobody is named for
            _node("by", {"LOWER": "by"}),
            _node("count", {"DEP": "pobj", "LEMMA": "account", "TAG": "NNS"}, "by"),
            _node("some", {"DEP": "det", "LOWER": {"IN": ["some", "many", "most", "several"]}}, "count"),
        ],
    ],
    "POSSESSED": [
        [
            _node("noun", {"LEMMA": {"IN": "$speech_noun"}}),
            _node("owner", {"DEP": "poss"}, "noun"),
        ],
        [  # "The union’s claim that …": a curly possessive the parser may read as the noun's subject
            _node("noun", {"LEMMA": {"IN": "$speech_noun"}}),
            _node("owner", {"DEP": "nsubj"}, "noun"),
            _node("case", {"DEP": "case", "TAG": "POS"}, "owner"),
        ],
    ],
}


def word_lists(lex: Lexicon) -> dict[str, list[str]]:
    """The lexicon's word lists the tables name (``"$reporting_verbs"`` …), sorted.

    ``speech`` is what can be refused or negated: the reporting verbs, the verbs of
    ``silence`` and the verbs of a ``silence_phrase`` ("take questions": the engine
    checks the object).
    """
    verbs = sorted(lex.frames)
    phrase_verbs = {p.split()[0] for p in lex.phrases("silence_phrase")}
    return {
        "reporting_verbs": verbs,
        "speech": sorted(set(verbs) | lex.phrases("silence") | phrase_verbs),
        "refusal": sorted(lex.phrases("refusal")),
        "naming": sorted(lex.phrases("naming")),
        "speech_noun": sorted(lex.phrases("speech_noun")),
    }


def _filled(value: Any, lists: dict[str, list[str]]) -> Any:
    """``value`` with every ``"$name"`` replaced by ``lists[name]``."""
    if isinstance(value, dict):
        return {key: _filled(item, lists) for key, item in value.items()}
    if isinstance(value, list):
        return [_filled(item, lists) for item in value]
    if isinstance(value, str) and value.startswith("$"):
        return lists[value[1:]]
    return value


_MATCHERS: dict[int, tuple[Any, Any, Any]] = {}


def matchers(doc: Doc) -> tuple[Any, Any]:
    """A token Matcher and a DependencyMatcher for ``doc.vocab``, built once and cached."""
    cached = _MATCHERS.get(id(doc.vocab))
    if cached is not None and cached[0] is doc.vocab:
        return cached[1], cached[2]
    from spacy.matcher import DependencyMatcher, Matcher

    lists = word_lists(load_lexicon())
    matcher = Matcher(doc.vocab)
    for label, patterns in TOKEN_PATTERNS.items():
        matcher.add(label, _filled(patterns, lists))
    filled = {label: _filled(patterns, lists) for label, patterns in DEPENDENCY_PATTERNS.items()}
    dep: Any
    if ChildMatcher.handles(filled):
        dep = ChildMatcher(doc.vocab, filled)
    else:  # a relation other than "a child of": spaCy's own matcher (slower on long sentences)
        dep = DependencyMatcher(doc.vocab)
        for label, patterns in filled.items():
            dep.add(label, patterns)
    _MATCHERS[id(doc.vocab)] = (doc.vocab, matcher, dep)
    return matcher, dep


class ChildMatcher:
    """spaCy's ``DependencyMatcher`` for patterns whose every relation is ``>`` (a child of an
    earlier node): the same matches, in the same order, in time linear in the ``Doc``.

    spaCy's matcher walks every matching token up to its root and tries the cartesian product of
    each tree's candidates: quadratic in a long sentence ("A said B said C said …", issue 10).
    Here the candidates of every node are found at once over the ``Doc``'s attribute arrays (a
    node's attributes: ``LEMMA``, ``LOWER``, ``ORTH``, ``TAG`` or ``DEP``, each a string, an
    ``IN`` list or a ``REGEX``); a match is then grown from each candidate of the first node
    through the children of the nodes already matched. Matches come by label, then pattern, then
    tree (ordered by its first candidate), then in the order of the nodes' positions, as spaCy
    gives them; each is ``(label id, [token index of each node, in pattern order])``.
    """

    ATTRS = ("LEMMA", "LOWER", "ORTH", "TAG", "DEP")

    def __init__(self, vocab: Any, patterns: dict[str, list[list[dict[str, Any]]]]) -> None:
        from spacy.strings import get_string_id

        self.vocab = vocab
        self.rules: list[tuple[int, list[int], list[list[tuple[str, str, Any]]]]] = []
        shared: dict[str, list[tuple[str, str, Any]]] = {}
        for label, label_patterns in patterns.items():
            label_id = vocab.strings.add(label)
            for pattern in label_patterns:
                names = [node["RIGHT_ID"] for node in pattern]
                parents = [-1] + [names.index(node["LEFT_ID"]) for node in pattern[1:]]
                tests = []
                for node in pattern:
                    node_tests: list[tuple[str, str, Any]] = []
                    for attr, value in node["RIGHT_ATTRS"].items():
                        if isinstance(value, str):
                            node_tests.append((attr, "is", get_string_id(value)))
                        elif "IN" in value:
                            node_tests.append((attr, "in", frozenset(get_string_id(v) for v in value["IN"])))
                        else:
                            node_tests.append((attr, "regex", re.compile(value["REGEX"])))
                    # (one object for the nodes of every rule that test the same: searched once per Doc)
                    tests.append(shared.setdefault(repr(node_tests), node_tests))
                self.rules.append((label_id, parents, tests))
        self.regex_hits: dict[tuple[str, int], bool] = {}

    @classmethod
    def handles(cls, patterns: dict[str, list[list[dict[str, Any]]]]) -> bool:
        """Every node after the first is a child (``>``) of a node before it, and tests only
        attributes this matcher reads, with a string, ``IN`` or ``REGEX``."""
        for label_patterns in patterns.values():
            for pattern in label_patterns:
                before = {pattern[0]["RIGHT_ID"]} if pattern and "REL_OP" not in pattern[0] else None
                if before is None:
                    return False
                for node in pattern[1:]:
                    if node.get("REL_OP") != ">" or node.get("LEFT_ID") not in before:
                        return False
                    before.add(node["RIGHT_ID"])
                for node in pattern:
                    for attr, value in node["RIGHT_ATTRS"].items():
                        listed = isinstance(value, dict) and len(value) == 1 and {*value} <= {"IN", "REGEX"}
                        if attr not in cls.ATTRS or not (isinstance(value, str) or listed):
                            return False
        return True

    def _candidates(self, columns: dict[str, list[int]], tests: list[tuple[str, str, Any]]) -> list[int]:
        """The positions whose attributes pass every test, in order: the first test reads the whole
        column, each later one only the positions still in."""
        positions: Iterable[int] = range(len(columns[self.ATTRS[0]]))
        for attr, kind, value in tests:
            column = columns[attr]
            if kind == "is":
                positions = [i for i in positions if column[i] == value]
            elif kind == "in":
                positions = [i for i in positions if column[i] in value]
            else:
                positions = [i for i in positions if self._regex_hit(value, column[i])]
        return list(positions)

    def _regex_hit(self, pattern: re.Pattern[str], string_id: int) -> bool:
        key = (pattern.pattern, string_id)
        if key not in self.regex_hits:
            self.regex_hits[key] = bool(pattern.search(self.vocab.strings[string_id]))
        return self.regex_hits[key]

    def __call__(self, doc: Doc) -> list[tuple[int, list[int]]]:
        from spacy.attrs import IDS

        array = doc.to_array([IDS[a] for a in self.ATTRS]).reshape(len(doc), len(self.ATTRS))
        columns = {a: array[:, i].tolist() for i, a in enumerate(self.ATTRS)}
        searched: dict[int, list[int]] = {}  # id of a node's tests → its candidates

        def candidates(tests: list[tuple[str, str, Any]]) -> list[int]:
            if id(tests) not in searched:
                searched[id(tests)] = self._candidates(columns, tests)
            return searched[id(tests)]

        found = [[candidates(t) for t in tests] for _, _, tests in self.rules]
        root_of: dict[int, int] = {}

        def root(i: int) -> int:  # the top of token i's tree, remembered for every token on the way
            path = []
            while i not in root_of:
                head = doc[i].head.i
                if head == i:
                    root_of[i] = i
                    break
                path.append(i)
                i = head
            for j in path:
                root_of[j] = root_of[i]
            return root_of[i]

        order: dict[int, int] = {}  # tree root → rank, by the tree's first candidate
        for i in sorted({i for lists in found for nodes in lists for i in nodes}):
            order.setdefault(root(i), len(order))
        out: list[tuple[int, list[int]]] = []
        for (label_id, parents, _), lists in zip(self.rules, found, strict=True):
            sets = [set(nodes) for nodes in lists]
            for first in sorted(lists[0], key=lambda i: (order[root(i)], i)):
                out.extend((label_id, match) for match in self._grow(doc, [first], parents, sets))
        return out

    def _grow(self, doc: Doc, match: list[int], parents: list[int], sets: list[set[int]]) -> Any:
        if len(match) == len(parents):
            yield list(match)
            return
        node = len(match)
        for child in doc[match[parents[node]]].children:
            if child.i in sets[node] and child.i not in match:
                match.append(child.i)
                yield from self._grow(doc, match, parents, sets)
                match.pop()
