"""The spaCy rules that find cues and non-statements, as a table, and the matchers built from it.

Two tables, read in order (the order of the matches the engine sees):

* :data:`TOKEN_PATTERNS`, for a token ``Matcher`` (:class:`TokenMatcher`): ``CUE`` (a reporting verb),
  ``ACCORDING`` ("according to"), ``NO_COMMENT`` ("was not available for comment",
  "had no immediate comment"), ``AS_PUT_IT`` ("as she put it") and ``PUT_IT`` ("Sue Patel put it
  more bluntly: “…”");
* :data:`DEPENDENCY_PATTERNS`, for a ``DependencyMatcher`` (:class:`ChildMatcher`): ``NEGATED`` ("did not
  mention"), ``REFUSED`` ("declined to comment", "refrained from saying"), ``WITHOUT``
  ("left without taking questions"), ``NO_MENTION`` ("made no reference to"), ``NAMING``
  ("what X called …"), ``BY_COUNT`` ("by the ministry's count") and ``POSSESSED`` ("Putin's
  claim that …").

A value written ``"$name"`` is a word list of the lexicon (:func:`word_lists`), filled
in when the matchers are built (:func:`matchers`, once per vocabulary).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .names import Lexicon, load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "DEPENDENCY_PATTERNS",
    "TOKEN_PATTERNS",
    "ChildMatcher",
    "TokenMatcher",
    "matchers",
    "word_lists",
]

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
    """The token matcher and the dependency matcher for ``doc.vocab``, built once and cached."""
    cached = _MATCHERS.get(id(doc.vocab))
    if cached is not None and cached[0] is doc.vocab:
        return cached[1], cached[2]
    from spacy.matcher import DependencyMatcher

    lists = word_lists(load_lexicon())
    matcher = TokenMatcher(doc.vocab, _filled(TOKEN_PATTERNS, lists))
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


class _Columns:
    """A ``Doc``'s attributes (``_ArrayTests.ATTRS``): one array, a column per attribute; each
    column as a list, and its distinct values with where each token's is, made when first read."""

    def __init__(self, array: Any, attrs: tuple[str, ...]) -> None:
        self.array, self.attrs = array, attrs
        self.lists: dict[str, list[int]] = {}
        self._distinct: dict[str, tuple[list[int], Any]] = {}

    def as_list(self, attr: str) -> list[int]:
        if attr not in self.lists:
            self.lists[attr] = self.array[:, self.attrs.index(attr)].tolist()
        return self.lists[attr]

    def distinct(self, attr: str) -> tuple[list[int], Any]:
        """The column's distinct values, and for each token the index of its value among them."""
        if attr not in self._distinct:
            import numpy

            values, at = numpy.unique(self.array[:, self.attrs.index(attr)], return_inverse=True)
            self._distinct[attr] = (values.tolist(), at)
        return self._distinct[attr]


class _ArrayTests:
    """Tests of token attributes read from a ``Doc``'s attribute arrays (for the two matchers
    below): a node's ``LEMMA``, ``LOWER``, ``ORTH``, ``TAG``, ``POS`` or ``DEP``, each a string,
    an ``IN`` list or a ``REGEX``, as spaCy's matchers read them."""

    ATTRS = ("LEMMA", "LOWER", "ORTH", "TAG", "POS", "DEP")
    vocab: Any
    regex_hits: dict[tuple[str, int], bool]

    @staticmethod
    def _shared(
        shared: dict[str, list[tuple[str, str, Any]]], attrs: dict[str, Any]
    ) -> list[tuple[str, str, Any]]:
        """A node's tests, ``(attribute, "is" | "in" | "regex", value)``: one object for every node
        that tests the same (``shared``), so that its candidates are searched once per ``Doc``."""
        from spacy.strings import get_string_id

        tests: list[tuple[str, str, Any]] = []
        for attr, value in attrs.items():
            if isinstance(value, str):
                tests.append((attr, "is", get_string_id(value)))
            elif "IN" in value:
                tests.append((attr, "in", frozenset(get_string_id(v) for v in value["IN"])))
            else:
                tests.append((attr, "regex", re.compile(value["REGEX"])))
        return shared.setdefault(repr(tests), tests)

    @classmethod
    def _readable(cls, attrs: dict[str, Any]) -> bool:
        """Does a node test only attributes read here, each with a string, ``IN`` or ``REGEX``?"""
        for attr, value in attrs.items():
            listed = isinstance(value, dict) and len(value) == 1 and {*value} <= {"IN", "REGEX"}
            if attr not in cls.ATTRS or not (isinstance(value, str) or listed):
                return False
        return True

    def _columns(self, doc: Doc) -> _Columns:
        from spacy.attrs import IDS

        return _Columns(
            doc.to_array([IDS[a] for a in self.ATTRS]).reshape(len(doc), len(self.ATTRS)), self.ATTRS
        )

    def _candidates(self, columns: _Columns, tests: list[tuple[str, str, Any]]) -> list[int]:
        """The positions whose attributes pass every test, in order, each test read over its whole
        column at once (a string or a pattern is tried on each distinct value only once)."""
        import numpy

        hits = numpy.ones(len(columns.array), dtype=bool)
        for attr, kind, value in tests:
            if kind == "is":
                hits &= columns.array[:, self.ATTRS.index(attr)] == value
                continue
            values, at = columns.distinct(attr)
            if kind == "in":
                passed = [v in value for v in values]
            else:
                passed = [self._test(kind, value, v) for v in values]
            hits &= numpy.array(passed, dtype=bool)[at]
        return hits.nonzero()[0].tolist()

    def _test(self, kind: str, value: Any, got: int) -> bool:
        if kind == "is":
            return bool(got == value)
        if kind == "in":
            return got in value
        key = (value.pattern, got)
        if key not in self.regex_hits:
            self.regex_hits[key] = bool(value.search(self.vocab.strings[got]))
        return self.regex_hits[key]

    def _passes(self, columns: _Columns, tests: list[tuple[str, str, Any]], i: int) -> bool:
        """Does the token at ``i`` pass every test?"""
        return all(self._test(kind, value, columns.as_list(attr)[i]) for attr, kind, value in tests)


class TokenMatcher(_ArrayTests):
    """spaCy's token ``Matcher``: the same matches, in the same order, each ``(match id, start,
    end)``; but a pattern of fixed length (no ``OP``) that tests only the attributes of
    :class:`_ArrayTests` is found over the ``Doc``'s attribute arrays.

    spaCy's matcher reads every token of the ``Doc`` for every pattern, calling back into Python for
    each ``IN`` list or ``REGEX`` of a pattern's first token: the reporting verbs' list, at every word
    of every article. Here the first token's candidates come from one pass over an array, and each
    later token is tested at its offset. The other patterns go to spaCy's ``Matcher``, run only over
    the stretches where one of them can end: before each place that its last tokens (those with no
    ``OP``) match, as far back as the pattern can reach. spaCy gives matches in the order they end,
    then by where they start, then by their pattern's rank (the order of the patterns); the matches
    found here are merged into spaCy's in that order. (spaCy's own keep the order it gives them: with
    an ``OP``, a later start can come first.)"""

    def __init__(self, vocab: Any, patterns: dict[str, list[list[dict[str, Any]]]]) -> None:
        from spacy.matcher import Matcher

        self.vocab = vocab
        self.regex_hits: dict[tuple[str, int], bool] = {}
        self.spacy = Matcher(vocab)
        self.fixed: list[tuple[int, int, list[list[tuple[str, str, Any]]]]] = []  # (rank, label id, tests)
        self.rank_of: dict[int, int] = {}  # label id → the rank of its first pattern in spaCy's matcher
        #: for each of spaCy's patterns, the tests of its last tokens and the most tokens it can span;
        #: None: one has no such end or no bound (spaCy reads the whole ``Doc``)
        self.ends: list[tuple[list[list[tuple[str, str, Any]]], int]] | None = []
        shared: dict[str, list[tuple[str, str, Any]]] = {}
        for rank, (label, pattern) in enumerate((k, p) for k, ps in patterns.items() for p in ps):
            label_id = vocab.strings.add(label)
            if all("OP" not in node and self._readable(node) for node in pattern):
                self.fixed.append((rank, label_id, [self._shared(shared, node) for node in pattern]))
                continue
            self.spacy.add(label, [pattern])
            self.rank_of.setdefault(label_id, rank)
            last = len(pattern)
            while last > 0 and "OP" not in pattern[last - 1] and self._readable(pattern[last - 1]):
                last -= 1
            reach = sum(_most_tokens(node.get("OP")) for node in pattern)
            if self.ends is not None and last < len(pattern) and reach < _UNBOUNDED:
                self.ends.append(([self._shared(shared, node) for node in pattern[last:]], reach))
            else:
                self.ends = None

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        columns = self._columns(doc)
        searched: dict[int, list[int]] = {}  # id of a first token's tests → its candidates
        found: list[tuple[int, int, int, int]] = []  # (end, start, rank, label id)
        seen: set[tuple[int, int, int]] = set()  # (as spaCy's: once a label's span is found, not again)
        for rank, label_id, tests in self.fixed:
            for start, end in self._places(columns, tests, searched, len(doc)):
                if (label_id, start, end) not in seen:
                    seen.add((label_id, start, end))
                    found.append((end, start, rank, label_id))
        found.sort()
        theirs = [
            (end, start, self.rank_of[key], key) for key, start, end in self._spacys(doc, columns, searched)
        ]
        merged = heapq.merge(found, theirs, key=lambda m: m[:3])  # (spaCy's own keep their order)
        return [(label_id, start, end) for end, start, _, label_id in merged]

    def _places(
        self,
        columns: _Columns,
        tests: list[list[tuple[str, str, Any]]],
        searched: dict[int, list[int]],
        length: int,
    ) -> Iterator[tuple[int, int]]:
        """Where a run of tokens passes ``tests`` (a node's tests each), as ``(start, end)``, in order."""
        if id(tests[0]) not in searched:
            searched[id(tests[0])] = self._candidates(columns, tests[0])
        size = len(tests)
        for start in searched[id(tests[0])]:
            if start + size <= length and all(
                self._passes(columns, node, start + k) for k, node in enumerate(tests[1:], 1)
            ):
                yield start, start + size

    def _spacys(
        self, doc: Doc, columns: _Columns, searched: dict[int, list[int]]
    ) -> list[tuple[int, int, int]]:
        """spaCy's matches, over the stretches where one can end (the whole ``Doc`` without ``ends``)."""
        if not len(self.spacy):
            return []
        if self.ends is None:
            return [tuple(m) for m in self.spacy(doc)]
        stretches = sorted(
            (max(0, end - reach), end)
            for tests, reach in self.ends
            for _, end in self._places(columns, tests, searched, len(doc))
        )
        merged: list[list[int]] = []
        for start, end in stretches:
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        # (a stretch holds every match that ends in it, whole: matches in a Span count from its start)
        return [(key, a + s, a + e) for a, b in merged for key, s, e in self.spacy(doc[a:b])]


#: an ``OP`` with no bound on its tokens (``*``, ``+``, ``{2,}``)
_UNBOUNDED = 1 << 30


def _most_tokens(op: str | None) -> int:
    """The most tokens a pattern's node can match with this ``OP`` (``None``: one)."""
    if op is None or op in ("?", "!"):
        return 1
    bound = re.fullmatch(r"\{(?:\d*,)?(\d+)\}", op)
    return int(bound.group(1)) if bound else _UNBOUNDED


class ChildMatcher(_ArrayTests):
    """spaCy's ``DependencyMatcher`` for patterns whose every relation is ``>`` (a child of an
    earlier node): the same matches, in the same order, in time linear in the ``Doc``.

    spaCy's matcher walks every matching token up to its root and tries the cartesian product of
    each tree's candidates: quadratic in a long sentence ("A said B said C said …", issue 10).
    Here the candidates of every node are found at once over the ``Doc``'s attribute arrays (the
    tests of :class:`_ArrayTests`); a match is then grown from each candidate of the first node
    through the children of the nodes already matched. Matches come by label, then pattern, then
    tree (ordered by its first candidate), then in the order of the nodes' positions, as spaCy
    gives them; each is ``(label id, [token index of each node, in pattern order])``.
    """

    def __init__(self, vocab: Any, patterns: dict[str, list[list[dict[str, Any]]]]) -> None:
        self.vocab = vocab
        self.rules: list[tuple[int, list[int], list[list[tuple[str, str, Any]]]]] = []
        shared: dict[str, list[tuple[str, str, Any]]] = {}
        for label, label_patterns in patterns.items():
            label_id = vocab.strings.add(label)
            for pattern in label_patterns:
                names = [node["RIGHT_ID"] for node in pattern]
                parents = [-1] + [names.index(node["LEFT_ID"]) for node in pattern[1:]]
                # (one object for the nodes of every rule that test the same: searched once per Doc)
                tests = [self._shared(shared, node["RIGHT_ATTRS"]) for node in pattern]
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
                if not all(cls._readable(node["RIGHT_ATTRS"]) for node in pattern):
                    return False
        return True

    def __call__(self, doc: Doc) -> list[tuple[int, list[int]]]:
        columns = self._columns(doc)
        searched: dict[int, list[int]] = {}  # id of a node's tests → its candidates

        def candidates(tests: list[tuple[str, str, Any]]) -> list[int]:
            if id(tests) not in searched:
                searched[id(tests)] = self._candidates(columns, tests)
            return searched[id(tests)]

        found = [[candidates(t) for t in tests] for _, _, tests in self.rules]
        if not any(lists[0] for lists in found):
            return []
        import numpy

        # each token's head, and each token's children in order (as ``Token.children`` gives them)
        heads = (numpy.arange(len(doc)) + doc.to_array("HEAD").view(numpy.int64)).tolist()
        children: list[list[int]] = [[] for _ in heads]
        for i, head in enumerate(heads):
            if head != i:
                children[head].append(i)
        root_of: dict[int, int] = {}

        def root(i: int) -> int:  # the top of token i's tree, remembered for every token on the way
            path = []
            while i not in root_of:
                head = heads[i]
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
                out.extend((label_id, match) for match in self._grow(children, [first], parents, sets))
        return out

    def _grow(
        self, children: list[list[int]], match: list[int], parents: list[int], sets: list[set[int]]
    ) -> Any:
        if len(match) == len(parents):
            yield list(match)
            return
        node = len(match)
        for child in children[match[parents[node]]]:
            if child in sets[node] and child not in match:
                match.append(child)
                yield from self._grow(children, match, parents, sets)
                match.pop()
