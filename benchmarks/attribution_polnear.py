"""Attribution on a public corpus: ``kit.sources`` against PolNeAR. Prints figures; asserts nothing.

PolNeAR (Newell, Margolin and Ruths, LREC 2018; ``github.com/networkdynamics/PolNeAR``) is 1,008
articles of the 2016 US election coverage of seven outlets, with every attribution annotated as a
Source, a Cue and a Content span (brat standoff files). Only the ``train`` and ``dev`` splits are
read; the ``test`` split is held out and this script never opens it (``--split`` refuses it). The
texts are copyrighted: they are read from a copy outside this repository, and nothing of the corpus
is written anywhere.

Usage::

    python benchmarks/attribution_polnear.py POLNEAR_ROOT [--split train|dev] [--limit N] [--show N]

``POLNEAR_ROOT`` is a copy of the repository (holding ``data/train/text`` and
``data/train/attributions``) or its ``data`` folder. When it is absent the script says so and exits 0.
``--limit N`` reads the first N articles (by file name); ``--show N`` prints N examples of each kind
of error and ``--top K`` the K most frequent patterns: both for the TRAIN split only (dev is for
measuring, not for looking at).

How it measures
===============

**Gold.** For each article the ``.ann`` file of one annotator is read (16 train articles have several:
the first file name in sorted order is taken). Each event ``E`` is one attribution; its ``Source``,
``Cue`` and ``Content`` arguments (``Content2`` counts as content) are text-bound spans, possibly
discontinuous (``10 20;25 40``). Fragments separated only by whitespace (brat breaks a span at a line
end) are joined; other fragments stay separate spans, as in a token tag sequence. Events without a
cue (annotators' unfinished entries) are dropped and counted; ``Discuss`` and ``Discard`` notes are
not attributions.

**The kit.** Each article's raw text goes through ``kit.article.load_article(text,
check_language=False)``, ``kit.pipeline.parse`` and ``kit.sources.find_sources``, as a student's
pasted article would. Each ``Attribution`` gives a source span (``source_start/end``: the source's
full phrase in the text, "Mr. Trump", "Kellyanne Conway, Trump's campaign manager", as PolNeAR marks
its Source; "he", not the resolved name; the mention inside it, ``speaker_start/end``, is what the
kit highlights as the speaker and is not scored here), a cue span (``cue_start/end``) and a content span
(``content_start/end``); any of the first two may be absent. ``non_statements`` ("declined to
comment") are not attributions in the kit's schema and are not scored, but a line says how many
missed speech cues they cover.

**Offsets.** The kit cleans the text first: the title line and the dateline ("DALLAS (AP) —") become
metadata, lines are joined, blank lines normalised, boilerplate removed, words hyphenated at a line
end joined. Cleaning only deletes characters or changes whitespace, so the kit's spans are mapped back
to the raw file: the cleaned and the raw text are aligned word by word (``difflib.SequenceMatcher``
over their whitespace-separated words; inside a block of words that differ, character by character),
which gives every non-space character of the cleaned text its position in the raw file; a span maps
to the raw position of its first character and one past its last. The figure "text differs after mapping"
checks this on every span, comparing the two texts without whitespace: only a span across something
the kit removed inside the body (a lone "X." share line, a soft hyphen) differs, 3 of 32,492 on train.
Gold spans in text the kit removed (a headline, a dateline) stay in the gold: a line counts them.

**Matching.** Each role is scored on its own, over the set of distinct spans of that role in the
article (two attributions sharing a source give one source span, as in a tag sequence):

* *exact*: same start and end after trimming, on both sides, whitespace and punctuation (Unicode
  category P: quote marks, commas, full stops, colons, dashes, brackets) at either end. The
  guidelines include the closing quote mark and a final full stop inside a quotation and exclude
  them elsewhere; token-level scorers (CofeNet's ``exact_match``) count them as tokens; trimming
  makes exact match mean "the same words". A span that is only punctuation (the cue ":" of a
  transcript line, "—Albert Einstein") keeps its punctuation;
* *overlap*: any shared character, one-to-one (``kit.keys.match_spans``, greedy in text order).

Precision = matched kit spans / kit spans, recall = matched gold spans / gold spans, micro-averaged
over the split.

**Speech cues.** ``SPEECH_VERBS`` and ``SPEECH_PHRASES`` below list, once and for all (not tuned per
article), verbs of saying and writing: neutral ("say", "tell", "add", "write", "note"), asking and
answering, claiming and denying, announcing and posting, urging, warning and promising, accusing
and complaining, manner of speaking ("joke", "shout"), with "according to", "call for", "point out",
"put it". Not in the list: verbs of thinking, wanting and planning ("believe", "hope", "plan"),
evidence ("show", "find", "suggest", "indicate"), decrees ("rule", "order") and naming ("called him
a liar": "call" alone is often a phone call). A gold cue is a *speech cue* when one of its words is a
listed form (a noun of the same form counts: "his claim", "a warning") or it holds a listed phrase.
Printed: speech-cue recall (gold speech cues that any kit cue overlaps), the precision of all kit
cues (kit cues that overlap any gold cue, speech or not), and the same precision for the kit cues
that are themselves speech cues.

**Non-statements.** The kit records a refused or negated statement ("declined to comment", "did not
respond to a request for comment") as a non-statement, not an attribution (GUIDELINES §2); PolNeAR
annotates these as attributions, the negation in the cue. The figures above leave them out; a second
block counts them as attributions (source: the speaker's mention; cue; content when the kit has one),
which is how the two schemes line up.

A kit cue inside a gold content is usually a nested attribution ("CNN reported that ... 'King said
...'"), which PolNeAR does not annotate (only the outermost one): the cue precision without them is
printed too.

Also printed: the articles read, the time per article (load, parse, find sources; the model loaded
beforehand) and the speech-cue recall of each outlet (the file name's prefix). For train only: the
missed speech cues by lemma or phrase (missed of gold) and by cue text, and why they were missed (in
a headline or dateline; the kit has the attribution's source or
content with no cue or another one; no kit attribution there, content quoted or not); the false kit
cues by text; for spans that overlap but are not exact, which side is longer and the words it adds
("gold has before: has", the verb group PolNeAR keeps in a cue); with ``--show``, examples of each.
"""

from __future__ import annotations

import argparse
import bisect
import difflib
import random
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from _common import ROOT  # noqa: F401  (puts the repository on sys.path)

from kit.errors import KitError
from kit.keys import Score, match_spans, total

Span = tuple[int, int]
ROLES = ("source", "cue", "content")
SPLITS = ("train", "dev")  # "test" is held out: never read

# Verbs of saying and writing, each line a lemma and the forms counted. See the module docstring.
SPEECH_VERBS_TABLE = """\
say says said saying
tell tells told telling
add adds added adding
write writes wrote written writing
speak speaks spoke spoken speaking
state states stated stating
explain explains explained explaining
note notes noted noting
remark remarks remarked remarking
comment comments commented commenting
mention mentions mentioned mentioning
describe describes described describing
report reports reported reporting
repeat repeats repeated repeating
reiterate reiterates reiterated reiterating
recall recalls recalled recalling
testify testifies testified testifying
ask asks asked asking
reply replies replied replying
respond responds responded responding
answer answers answered answering
counter counters countered countering
retort retorts retorted retorting
argue argues argued arguing
claim claims claimed claiming
insist insists insisted insisting
contend contends contended contending
assert asserts asserted asserting
allege alleges alleged alleging
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
concede concedes conceded conceding
confirm confirms confirmed confirming
deny denies denied denying
announce announces announced announcing
declare declares declared declaring
tweet tweets tweeted tweeting
retweet retweets retweeted retweeting
post posts posted posting
predict predicts predicted predicting
warn warns warned warning
urge urges urged urging
demand demands demanded demanding
promise promises promised promising
vow vows vowed vowing
pledge pledges pledged pledging
accuse accuses accused accusing
criticize criticizes criticized criticizing criticise criticises criticised criticising
complain complains complained complaining
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
stress stresses stressed stressing
joke jokes joked joking
quip quips quipped quipping
boast boasts boasted boasting
brag brags bragged bragging
shout shouts shouted shouting
yell yells yelled yelling
exclaim exclaims exclaimed exclaiming
"""
SPEECH_VERBS: dict[str, str] = {
    form: line.split()[0] for line in SPEECH_VERBS_TABLE.splitlines() for form in line.split()
}
SPEECH_PHRASES: dict[str, re.Pattern[str]] = {
    "according to": re.compile(r"\baccording to\b"),
    "call for": re.compile(r"\bcall(?:s|ed|ing)? for\b"),
    "point out": re.compile(r"\bpoint(?:s|ed|ing)? out\b"),
    "put it": re.compile(r"\bput(?:s|ting)? it\b"),
}
_WORD = re.compile(r"[a-z]+")


def speech_lemma(cue_text: str) -> str | None:
    """The phrase or lemma that makes ``cue_text`` a speech cue, or None."""
    text = cue_text.lower().replace("’", "'")
    for phrase, pattern in SPEECH_PHRASES.items():
        if pattern.search(text):
            return phrase
    for word in _WORD.findall(text):
        if word in SPEECH_VERBS:
            return SPEECH_VERBS[word]
    return None


# ---------------------------------------------------------------------------------------------
# The corpus


@dataclass(frozen=True)
class GoldAttribution:
    spans: dict[str, tuple[Span, ...]]  # role -> spans (fragments joined across whitespace)


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    dropped: int  # events without a cue


def split_dir(root: Path, split: str) -> Path | None:
    """``ROOT/data/<split>`` or ``ROOT/<split>``, when it holds ``text`` and ``attributions``."""
    for base in (root / "data", root):
        folder = base / split
        if (folder / "text").is_dir() and (folder / "attributions").is_dir():
            return folder
    return None


def read_split(folder: Path, limit: int | None) -> Iterator[GoldArticle]:
    annotations: dict[str, Path] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        name = re.sub(r"_[0-9a-f]{4}$", "", path.stem)
        annotations.setdefault(name, path)  # several annotators: the first file name
    texts = sorted((folder / "text").glob("*.txt"))
    for path in texts[:limit] if limit else texts:
        if path.stem in annotations:
            text = path.read_text(encoding="utf-8")
            attributions, dropped = read_ann(annotations[path.stem], text)
            yield GoldArticle(path.stem, text, attributions, dropped)


def read_ann(path: Path, text: str) -> tuple[tuple[GoldAttribution, ...], int]:
    """The attributions of one brat file (module docstring: Gold)."""
    bound: dict[str, list[Span]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue  # the rest of a span's text that ran over a line end
        if re.fullmatch(r"T\d+", parts[0]):
            _, _, offsets = parts[1].partition(" ")
            fragments = [tuple(map(int, f.split())) for f in offsets.split(";")]
            bound[parts[0]] = _join_fragments(text, [(a, b) for a, b in fragments])
        elif re.fullmatch(r"E\d+", parts[0]):
            events.append([tuple(arg.split(":", 1)) for arg in parts[1].split()[1:] if ":" in arg])
    out, dropped = [], 0
    for arguments in events:
        spans: dict[str, list[Span]] = {role: [] for role in ROLES}
        for label, ref in arguments:
            role = re.sub(r"\d+$", "", label).lower()
            if role in spans and ref in bound:
                spans[role].extend(bound[ref])
        if not spans["cue"]:
            dropped += 1
            continue
        out.append(GoldAttribution({role: tuple(v) for role, v in spans.items()}))
    return tuple(out), dropped


def _join_fragments(text: str, fragments: list[Span]) -> list[Span]:
    joined: list[Span] = []
    for start, end in sorted(fragments):
        if joined and not text[joined[-1][1] : start].strip():
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


# ---------------------------------------------------------------------------------------------
# Offsets: the kit's cleaned text back to the raw file


def align(raw: str, clean: str) -> list[int]:
    """For each character of ``clean``, its index in ``raw`` (-1 for whitespace and unmatched)."""
    mapping = [-1] * len(clean)
    raw_words = [(m.start(), m.group()) for m in re.finditer(r"\S+", raw)]
    clean_words = [(m.start(), m.group()) for m in re.finditer(r"\S+", clean)]
    matcher = difflib.SequenceMatcher(
        None, [w for _, w in raw_words], [w for _, w in clean_words], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for (r, word), (c, _) in zip(raw_words[i1:i2], clean_words[j1:j2], strict=True):
                mapping[c : c + len(word)] = range(r, r + len(word))
        elif op == "replace":  # e.g. "de-" "bate" -> "debate": align the characters
            r0, r1 = raw_words[i1][0], raw_words[i2 - 1][0] + len(raw_words[i2 - 1][1])
            c0, c1 = clean_words[j1][0], clean_words[j2 - 1][0] + len(clean_words[j2 - 1][1])
            chars = difflib.SequenceMatcher(None, raw[r0:r1], clean[c0:c1], autojunk=False)
            for block in chars.get_matching_blocks():
                for k in range(block.size):
                    if not clean[c0 + block.b + k].isspace():
                        mapping[c0 + block.b + k] = r0 + block.a + k
    return mapping


def to_raw(mapping: list[int], start: int, end: int) -> Span | None:
    inside = [mapping[i] for i in range(start, min(end, len(mapping))) if mapping[i] >= 0]
    return (inside[0], inside[-1] + 1) if inside else None


def trim(text: str, span: Span) -> Span:
    """``span`` without whitespace and punctuation at either end (unless that leaves nothing)."""
    start, end = span
    while start < end and _edge(text[start]):
        start += 1
    while end > start and _edge(text[end - 1]):
        end -= 1
    if start < end:
        return start, end
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _edge(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith("P")


# ---------------------------------------------------------------------------------------------
# Scoring


@dataclass
class Tally:
    articles: int = 0
    refused: int = 0
    dropped_events: int = 0
    gold_attributions: int = 0
    kit_attributions: int = 0
    seconds: list[float] = field(default_factory=list)
    exact: dict[str, list[Score]] = field(default_factory=lambda: {r: [] for r in ROLES})
    overlap: dict[str, list[Score]] = field(default_factory=lambda: {r: [] for r in ROLES})
    gold_outside: Counter = field(default_factory=Counter)  # role -> gold spans in removed text
    mapped: int = 0
    mapped_differs: int = 0
    unmapped: int = 0
    speech_gold: int = 0
    speech_found: int = 0
    speech_nonstatement: int = 0
    speech_gold_removed: int = 0  # gold speech cues in text the kit removed
    gold_by_lemma: Counter = field(default_factory=Counter)
    speech_by_outlet: dict[str, list[int]] = field(default_factory=dict)  # outlet -> [found, gold]
    kit_cues: int = 0
    kit_cues_hit: int = 0
    kit_speech_cues: int = 0
    kit_speech_cues_hit: int = 0
    missed_by_lemma: Counter = field(default_factory=Counter)
    missed_by_text: Counter = field(default_factory=Counter)
    missed_why: Counter = field(default_factory=Counter)
    false_by_text: Counter = field(default_factory=Counter)
    missed_examples: list[str] = field(default_factory=list)
    false_examples: list[str] = field(default_factory=list)
    boundary_examples: dict[str, list[str]] = field(default_factory=lambda: {r: [] for r in ROLES})
    boundary: dict[str, Counter] = field(default_factory=lambda: {r: Counter() for r in ROLES})
    boundary_words: dict[str, Counter] = field(default_factory=lambda: {r: Counter() for r in ROLES})
    false_nested: int = 0  # false kit cues inside a gold content
    # the same with the kit's non-statements counted as attributions (see the module docstring)
    exact_ns: dict[str, list[Score]] = field(default_factory=lambda: {r: [] for r in ROLES})
    speech_found_ns: int = 0
    kit_cues_ns: int = 0
    kit_cues_hit_ns: int = 0


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _context(text: str, span: Span, width: int = 90) -> str:
    start, end = span
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    return " ".join(f"{before}[[{text[start:end]}]]{after}".split())


def evaluate_article(gold: GoldArticle, tally: Tally, *, keep: int) -> None:
    from kit.article import load_article
    from kit.pipeline import parse
    from kit.sources import find_sources

    raw = gold.text
    tally.articles += 1
    tally.dropped_events += gold.dropped
    tally.gold_attributions += len(gold.attributions)
    began = time.perf_counter()
    try:
        article = load_article(raw, check_language=False)
        findings = find_sources(parse(article))
    except KitError:
        tally.refused += 1
        article, findings = None, None
    tally.seconds.append(time.perf_counter() - began)

    kit: dict[str, list[Span]] = {role: [] for role in ROLES}
    refusals: dict[str, list[Span]] = {role: [] for role in ROLES}  # the kit's non-statements
    body: list[int] = []
    if article is not None and findings is not None:
        clean = article.text
        mapping = align(raw, clean)
        body = sorted(i for i in mapping if i >= 0)

        def mapped(start: int | None, end: int | None) -> Span | None:
            if start is None or end is None or end <= start:
                return None
            span = to_raw(mapping, start, end)
            if span is None:
                tally.unmapped += 1
                return None
            tally.mapped += 1
            if "".join(clean[start:end].split()) != "".join(raw[span[0] : span[1]].split()):
                tally.mapped_differs += 1
            return span

        def add(into: dict[str, list[Span]], *spans: tuple[int | None, int | None]) -> None:
            """One finding's source, cue and content spans, mapped to the raw file."""
            for role, (start, end) in zip(ROLES, spans, strict=True):
                span = mapped(start, end)
                if span is not None:
                    into[role].append(span)

        tally.kit_attributions += len(findings.attributions)
        for a in findings.attributions:
            content = (a.content_start, a.content_end)
            add(kit, (a.source_start, a.source_end), (a.cue_start, a.cue_end), content)
        for n in findings.non_statements:
            # (a non-statement's source is its speaker's mention: it has no phrase of its own)
            content = (n.content_start, n.content_end)
            add(refusals, (n.speaker_start, n.speaker_end), (n.cue_start, n.cue_end), content)
    nonstatement_cues = refusals["cue"]

    def in_body(span: Span) -> bool:
        k = bisect.bisect_left(body, span[0])
        return k < len(body) and body[k] < span[1]

    gold_spans: dict[str, list[Span]] = {}
    for role in ROLES:
        spans = sorted({trim(raw, s) for g in gold.attributions for s in g.spans[role]})
        gold_spans[role] = spans
        tally.gold_outside[role] += sum(not in_body(s) for s in spans)
        found = sorted({trim(raw, s) for s in kit[role]})
        kit[role] = found
        with_refusals = sorted(set(found) | {trim(raw, s) for s in refusals[role]})
        refusals[role] = with_refusals
        tally.exact_ns[role].append(
            match_spans(
                with_refusals,
                spans,
                span_of_found=lambda s: s,
                span_of_gold=lambda s: s,
                agree=lambda f, g: f == g,
            )
        )
        tally.exact[role].append(
            match_spans(
                found, spans, span_of_found=lambda s: s, span_of_gold=lambda s: s, agree=lambda f, g: f == g
            )
        )
        score = match_spans(found, spans, span_of_found=lambda s: s, span_of_gold=lambda s: s)
        tally.overlap[role].append(score)
        for i, j in score.matches:
            if found[i] != spans[j]:
                _boundary(raw, found[i], spans[j], tally.boundary[role], tally.boundary_words[role])
                if keep:
                    tally.boundary_examples[role].append(
                        f"{gold.name[:40]}: gold {raw[spans[j][0] : spans[j][1]][:100]!r}\n"
                        f"        kit  {raw[found[i][0] : found[i][1]][:100]!r}"
                    )

    # Speech cues
    gold_cues = gold_spans["cue"]
    kit_cues = kit["cue"]
    tally.kit_cues += len(kit_cues)
    for span in kit_cues:
        hit = any(_overlaps(span, g) for g in gold_cues)
        tally.kit_cues_hit += hit
        if speech_lemma(raw[span[0] : span[1]]):
            tally.kit_speech_cues += 1
            tally.kit_speech_cues_hit += hit
        if not hit:
            tally.false_by_text[raw[span[0] : span[1]].lower()] += 1
            tally.false_nested += any(g[0] <= span[0] and span[1] <= g[1] for g in gold_spans["content"])
            if keep:
                tally.false_examples.append(f"{gold.name[:40]}: {_context(raw, span)}")
    tally.kit_cues_ns += len(refusals["cue"])
    tally.kit_cues_hit_ns += sum(any(_overlaps(span, g) for g in gold_cues) for span in refusals["cue"])
    seen: set[Span] = set()
    for g in gold.attributions:
        for cue in {trim(raw, s) for s in g.spans["cue"]} - seen:
            seen.add(cue)
            lemma = speech_lemma(raw[cue[0] : cue[1]])
            if lemma is None:
                continue
            tally.speech_gold += 1
            tally.gold_by_lemma[lemma] += 1
            outlet = tally.speech_by_outlet.setdefault(gold.name.split("_", 1)[0], [0, 0])
            outlet[1] += 1
            outlet[0] += any(_overlaps(cue, k) for k in kit_cues)
            tally.speech_gold_removed += not in_body(cue)
            tally.speech_found_ns += any(_overlaps(cue, k) for k in refusals["cue"])
            if any(_overlaps(cue, k) for k in kit_cues):
                tally.speech_found += 1
                continue
            tally.missed_by_lemma[lemma] += 1
            tally.missed_by_text[" ".join(raw[cue[0] : cue[1]].lower().split())] += 1
            tally.speech_nonstatement += any(_overlaps(cue, n) for n in nonstatement_cues)
            tally.missed_why[_why(raw, g, cue, kit, in_body)] += 1
            if keep:
                tally.missed_examples.append(f"{gold.name[:40]}: {_context(raw, cue)}")


def _boundary(raw: str, found: Span, gold: Span, kinds: Counter, words: Counter) -> None:
    """Classify an overlapping, not exact pair; count the words one side has and the other lacks."""

    def extra(a: int, b: int) -> str:
        text = " ".join(raw[a:b].lower().split())
        return text if len(text.split()) <= 3 else "(4+ words)"

    if gold[0] <= found[0] and found[1] <= gold[1]:
        kinds["gold longer"] += 1
        side = "gold has"
    elif found[0] <= gold[0] and gold[1] <= found[1]:
        kinds["kit longer"] += 1
        side, found, gold = "kit has", gold, found
    else:
        kinds["crossing"] += 1
        return
    if gold[0] < found[0]:
        words[f"{side} before: {extra(gold[0], found[0])}"] += 1
    if found[1] < gold[1]:
        words[f"{side} after: {extra(found[1], gold[1])}"] += 1


def _why(raw: str, gold: GoldAttribution, cue: Span, kit: dict[str, list[Span]], in_body) -> str:
    if not in_body(cue):
        return "in text the kit removed (headline, dateline)"
    others = [s for role in ("source", "content") for s in gold.spans[role]]
    if any(_overlaps(o, k) for o in others for role in ("source", "content") for k in kit[role]):
        return "the kit has this source or content, with no cue or another cue"
    quoted = any(ch in raw[s[0] : s[1]] for s in gold.spans["content"] for ch in '“”"')
    return "no attribution here; content quoted" if quoted else "no attribution here; content not quoted"


# ---------------------------------------------------------------------------------------------
# Report


def _row(label: str, score: Score) -> str:
    return (
        f"  {label:<9} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"
        f"   ({score.hits} of {score.found} kit, {score.recalled} of {score.gold} gold)"
    )


def report(split: str, tally: Tally, *, top: int, show: int) -> None:
    seconds = tally.seconds or [0.0]
    print(
        f"\n{split.upper()}: {tally.articles} articles, {tally.gold_attributions} gold attributions "
        f"({tally.dropped_events} events without a cue dropped), {tally.kit_attributions} found by the kit"
    )
    if tally.refused:
        print(f"  articles the kit refused (KitError): {tally.refused}")
    print(
        f"  time per article (load + parse + find_sources): mean {statistics.mean(seconds) * 1000:.0f} ms, "
        f"median {statistics.median(seconds) * 1000:.0f} ms, total {sum(seconds):.0f} s"
    )
    print(
        f"  kit spans mapped to the raw file: {tally.mapped}; text differs after mapping: "
        f"{tally.mapped_differs}; not mappable: {tally.unmapped}"
    )
    outside = ", ".join(f"{role} {tally.gold_outside[role]}" for role in ROLES)
    print(f"  gold spans in text the kit removed (headline, dateline): {outside}")
    print("EXACT match (same span after trimming whitespace and punctuation at the ends)")
    for role in ROLES:
        print(_row(role, total(tally.exact[role])))
    print("OVERLAP match (any shared character, one-to-one)")
    for role in ROLES:
        print(_row(role, total(tally.overlap[role])))
    print("SPEECH CUES")
    recall = tally.speech_found / tally.speech_gold if tally.speech_gold else 0.0
    precision = tally.kit_cues_hit / tally.kit_cues if tally.kit_cues else 0.0
    speech_precision = tally.kit_speech_cues_hit / tally.kit_speech_cues if tally.kit_speech_cues else 0.0
    print(
        f"  speech-cue recall      {recall:.3f}   ({tally.speech_found} of {tally.speech_gold} gold speech "
        f"cues overlapped by a kit cue; {tally.speech_nonstatement} more only by a kit non-statement)"
    )
    body = tally.speech_gold - tally.speech_gold_removed
    if body:
        print(
            f"  (in the text the kit reads: {tally.speech_found / body:.3f}, {tally.speech_found} of {body}; "
            f"{tally.speech_gold_removed} gold speech cues are in a headline or dateline)"
        )
    print(
        f"  kit cue precision      {precision:.3f}   ({tally.kit_cues_hit} of {tally.kit_cues} kit cues "
        "overlap a gold cue)"
    )
    if tally.kit_cues > tally.false_nested:
        print(
            f"  (not counting the {tally.false_nested} kit cues inside a gold content, nested attributions "
            f"PolNeAR does not annotate: {tally.kit_cues_hit / (tally.kit_cues - tally.false_nested):.3f})"
        )
    print(
        f"  kit speech-cue precision {speech_precision:.3f} ({tally.kit_speech_cues_hit} of "
        f"{tally.kit_speech_cues} kit cues that are speech cues overlap a gold cue)"
    )
    print(
        "WITH THE KIT'S NON-STATEMENTS counted as attributions ('declined to comment', 'did not respond "
        "to a request'; PolNeAR annotates negated attributions)"
    )
    for role in ROLES:
        print(_row(role, total(tally.exact_ns[role])))
    if tally.speech_gold and tally.kit_cues_ns:
        print(
            f"  speech-cue recall      {tally.speech_found_ns / tally.speech_gold:.3f}   "
            f"({tally.speech_found_ns} of {tally.speech_gold}); kit cue precision "
            f"{tally.kit_cues_hit_ns / tally.kit_cues_ns:.3f} "
            f"({tally.kit_cues_hit_ns} of {tally.kit_cues_ns})"
        )
    outlets = sorted(tally.speech_by_outlet.items())
    print(
        "  speech-cue recall by outlet: "
        + ", ".join(f"{name} {found / max(gold, 1):.2f}" for name, (found, gold) in outlets)
    )
    if split != "train":
        return
    missed = tally.speech_gold - tally.speech_found
    print(f"\nMISSED SPEECH CUES (train, {missed}): why")
    for why, n in tally.missed_why.most_common():
        print(f"  {n:5d}  {why}")
    print(f"by lemma or phrase (top {top}; missed of gold):")
    print(
        _columns(
            [
                (f"{lemma} {n}/{tally.gold_by_lemma[lemma]}", n)
                for lemma, n in tally.missed_by_lemma.most_common(top)
            ],
            counts=False,
        )
    )
    print(f"by cue text (top {top}):")
    print(_columns(tally.missed_by_text.most_common(top)))
    false = tally.kit_cues - tally.kit_cues_hit
    print(
        f"\nFALSE KIT CUES (train, {false}: overlapping no gold cue; {tally.false_nested} of them inside a "
        f"gold content: PolNeAR annotates no nested attribution), by text (top {top}):"
    )
    print(_columns(tally.false_by_text.most_common(top)))
    print("\nBOUNDARIES (train): spans that overlap but are not exact, and the words one side adds")
    for role in ROLES:
        kinds = ", ".join(f"{kind} {n}" for kind, n in tally.boundary[role].most_common())
        print(f"{role}: {kinds}")
        print(_columns(tally.boundary_words[role].most_common(12), width=52, per_line=2))
    if show:
        print(f"\nEXAMPLES (train, {show} of each, drawn at random with a fixed seed)")
        print("missed speech cues:")
        for line in _sample(tally.missed_examples, show):
            print(f"  {line}")
        print("false kit cues:")
        for line in _sample(tally.false_examples, show):
            print(f"  {line}")
        for role in ROLES:
            print(f"{role}: overlapping, not exact:")
            for line in _sample(tally.boundary_examples[role], show):
                print(f"  {line}")


def _sample(lines: list[str], n: int) -> list[str]:
    """``n`` of ``lines`` from across the split, in their order (the same ones on every run)."""
    picked = sorted(random.Random(0).sample(range(len(lines)), min(n, len(lines))))
    return [lines[i] for i in picked]


def _columns(items: list[tuple[str, int]], *, counts: bool = True, width: int = 34, per_line: int = 3) -> str:
    cells = [
        f"{n:5d}  {text[: width - 8]:<{width - 7}}" if counts else f"  {text[: width - 3]:<{width - 2}}"
        for text, n in items
    ]
    return "\n".join("".join(cells[i : i + per_line]).rstrip() for i in range(0, len(cells), per_line))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="a copy of networkdynamics/PolNeAR (or its data folder)")
    parser.add_argument("--split", choices=SPLITS, default="train", help="train or dev (test is held out)")
    parser.add_argument("--limit", type=int, default=None, help="read the first N articles only")
    parser.add_argument("--show", type=int, default=0, help="print N examples of each error (train only)")
    parser.add_argument("--top", type=int, default=30, help="the K most frequent patterns (train only)")
    args = parser.parse_args(argv)
    folder = split_dir(args.root, args.split)
    if folder is None:
        print(
            f"{args.root}: no PolNeAR copy there (no data/{args.split}/text and attributions): nothing "
            "to measure. Get github.com/networkdynamics/PolNeAR and give the folder."
        )
        return 0
    from kit.pipeline import load_pipeline, pipeline_info

    load_pipeline()
    print(f"PolNeAR {args.split}, model {pipeline_info().name}")
    keep = args.show if args.split == "train" else 0
    if args.show and not keep:
        print("(--show applies to the train split only: dev is for measuring)")
    tally = Tally()
    for gold in read_split(folder, args.limit):
        evaluate_article(gold, tally, keep=keep)
    report(args.split, tally, top=args.top, show=keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
