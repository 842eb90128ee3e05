"""Attribution accuracy and speed of ``kit.sources`` against the hand-made keys. Prints; asserts nothing.

Accuracy: for every key in ``seeds/keys`` the article is parsed once and
``find_sources`` runs on it. A found attribution is a **hit** when its content
span overlaps the content span of a key attribution and the speakers match;
matching is one-to-one (``kit.keys.match_spans``, greedy in text order), so
one long span cannot count for several key entries.

Speakers match by the rule in ``SPEAKER_RULE`` (printed with the results): what a teacher would
accept as "the same source", no looser.

The kind (direct, partial, …) and the cue are not part of a hit.

Printed per article and overall, with the dev set (the seed and the other practice articles) and
the hold-out set (``_common.HOLDOUT``: 09–11, 15–17, 21–23, 36–38, 42–47, 51–53, 61–63, 69–71,
84–86, 99–101, 111–113, 134–136, 164–166, 206–208, 230–232, 275–277, 308–310, 347–349, 404–406,
443–445, 494–496, 521–526, 572–574, 638–640, 704–706, 728–730, 785–787, 806–808, 833–838, 854–856,
866–868, 887–889, 899–901, 929–931, 950–952, 980–982, 995–997, 1004–1009)
reported separately; details (``--show``) are only ever printed for dev articles:

* precision, recall and F1 of attributions;
* speaker accuracy: of the found attributions whose content overlaps some key
  attribution, the share whose speaker matches one of those key attributions;
* source-type accuracy (column ``type``): of the hits, the share whose ``source_type`` is the key's
  (GUIDELINES §2's table: named_person, spokesperson, organization, document, anonymous, vague);
* (secondary) precision and recall of unattributed claims and non-statements
  (span overlap) and of quoted terms (span overlap and the same owner, or both
  without one).

Speed: the time of ``find_sources`` on the parsed articles against the time of
bare spaCy parsing (``nlp.pipe`` over the same paragraphs, as ``kit.pipeline``
batches them), as a ratio. Target: at most 0.25 (attribution adds at most 25 %).

Usage: ``python benchmarks/attribution_accuracy.py [--repeat N] [--only dev|holdout] [--show] [--no-speed]``
(``--show`` lists misses and false alarms of attributions, claims, quoted terms and non-statements per
article; it never applies to hold-out articles, whose rows show figures only).
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

from _common import HOLDOUT, KEYS, ROOT, is_holdout, practice_paths

from kit.keys import AnswerKey, Score, load_key, match_spans, overlaps, total
from kit.words import normalise

UNNAMED = {"anonymous", "vague"}


SPEAKER_RULE = """\
Speakers match ("the same source") when
  * unnamed: both source types are anonymous or vague (either on each side); their descriptive
    phrases are free text ("people familiar with the talks"), so only type and span count;
  * documents: both are documents with the same head noun ("results" = "result", "research" = "paper" =
    "study"; the word before a post-modifier: "of", "by", "released", a participle before one as in
    "commissioned by") and, when both
    name an owner in capitals, one owner's words include the other's ("early trial results ... by
    Corvale Biotech" = "trial results from Corvale Biotech"; a filing by the authority is not a
    filing by the patients' group; capitalised words after "in" name where it appeared, not an
    owner: "the study published in Freshwater Carbon Letters"; nor are the words of a title after
    the noun: "the council's report Growing Up in Tarnby" is a report with no owner named; a name
    that ends with its noun after the owner's capitals has that noun for head: "the Institute for
    Ageing and Mobility report");
  * people and organisations: the names are equal (case-insensitive, a leading "the"/"a" and ’/'
    ignored), whatever the types; or, both people (named_person/spokesperson) or both
    organizations, one name's words occur in order inside the other and include a capitalised
    word ("Corvale" = "Corvale Biotech", "Varga" = "Elena Varga"; "the ministry" is not "the
    Finance Ministry", "Anna Berg" is not "Anna Lindqvist"); "a Bradstock Borough Council
    spokesperson" is "a spokesperson for (the) Bradstock Borough Council" (not "a council
    spokesperson": no name in capitals), and "Daniel Orrell's family" is "the family of Daniel
    Orrell" (the keys write both)."""
UNNAMED = {"anonymous", "vague"}
PEOPLE = {"named_person", "spokesperson"}
_ARTICLES = {"the", "a", "an"}
_POSTMODIFIERS = {
    "of", "from", "by", "into", "in", "on", "for", "to", "with", "at", "about", "over",
    "released", "published", "submitted", "issued", "filed", "seen", "obtained", "that", "which",
}  # fmt: skip


#: head nouns for the same kind of text ("research by the University of Tolland" = "the University of
#: Tolland study" = "the paper")
_SAME_KIND = {"research": "study", "paper": "study"}
#: past participles that end in none of -ed, -en, -wn, -rn ("a police report read to the jury")
_IRREGULAR = {"read", "made", "held", "sent", "led", "kept", "brought", "found", "laid", "paid", "put", "set"}


def _words(name: str) -> list[str]:
    """The name's words with case kept: no punctuation, no possessive 's, no leading article."""
    words = [w.strip(',.;:()"“”') for w in name.replace("’", "'").split()]
    words = [w.removesuffix("'s").removesuffix("'") for w in words if w.strip(",.;:()\"“”'")]
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    return words


_NAMED_SPOKESPERSON = re.compile(r"(?:an?|the) (\w.*?) (spokes(?:man|woman|person))", re.IGNORECASE)


def _spokesperson_for(name: str) -> str:
    """ "a Bradstock Borough Council spokesperson" as "a spokesperson for Bradstock Borough Council",
    and "for the Ministry" as "for Ministry" (so "a council spokeswoman" and "a spokeswoman for the
    council" too): one source, whichever way a name puts it."""
    match = _NAMED_SPOKESPERSON.fullmatch(name)
    if match is not None and not match.group(1).lower().startswith(("for ", "at ")):
        name = f"a {match.group(2)} for {match.group(1)}"
    return re.sub(r" for the ", " for ", name, flags=re.IGNORECASE)


#: "Daniel Orrell's family" (the keys write a family both ways)
_POSSESSED_FAMILY = re.compile(r"(?:the )?(.+?)['’]s? family", re.IGNORECASE)


def _one_form(name: str) -> str:
    """A name in one form of the two the keys use for the same source: "a Bradstock Borough Council
    spokesperson" as "a spokesperson for Bradstock Borough Council", "Daniel Orrell's family" as "the
    family of Daniel Orrell"."""
    family = _POSSESSED_FAMILY.fullmatch(name)
    if family is not None and not family.group(1).lower().startswith("the "):
        return f"the family of {family.group(1)}"
    return _spokesperson_for(name)


def _contains_in_order(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return n > 0 and any(long[i : i + n] == short for i in range(len(long) - n + 1))


#: month names and their abbreviations, lower case, without a full stop
_MONTHS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def _postmodifies(words: list[str], i: int) -> bool:
    """Does a post-modifier start at ``words[i]``: a listed word, or a participle before one ("an
    independent review commissioned by the county health board": the head is "review")?"""
    word = words[i].lower()
    if word in _POSTMODIFIERS:
        # (not a word joining the capitals of one name: "the Union of Nursing Staff's survey of …")
        return not (0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper())
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    participle = word.endswith(("ed", "en", "wn", "rn")) or word in _IRREGULAR  # "commissioned", "sworn"
    # ("a Finance Ministry memo dated Nov. 14": a participle before a date)
    dated = after.rstrip(".") in _MONTHS or after[:1].isdigit()
    return words[i].islower() and participle and (after in _POSTMODIFIERS or after == "out" or dated)


def _title_after(words: list[str], i: int) -> bool:
    """Does a title start at ``words[i]``, right after a lower-case noun ("the council's report
    Growing Up in Tarnby": the head is "report", the title is no owner)? Not a word joining the
    capitals of one name ("NHS Carrick and Lorne figures")."""
    joined = i > 1 and words[i - 1] in ("and", "of", "&") and words[i - 2][:1].isupper()
    return words[i][:1].isupper() and words[i - 1].islower() and not joined


_DATES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july"
    " august september october november december".split()
)


def _head_and_owner(name: str) -> tuple[str, set[str]]:
    """A document name's head noun (the last word before its post-modifiers or its title, singular)
    and the capitalised words that name its owner ("the Regional Audit Commission report")."""
    words = _words(name)
    ends = (i for i in range(1, len(words)) if _postmodifies(words, i) or _title_after(words, i))
    owner_first = (
        len(words) > 1
        and words[-1].islower()
        and all(w[:1].isupper() or w.isdigit() or w in ("of", "for", "and", "the", "on") for w in words[:-1])
        and words[0][:1].isupper()
    )
    cut = len(words) if owner_first else next(ends, len(words))  # "the Institute for Ageing … report"
    head = words[cut - 1].lower() if cut else ""
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") and len(head) > 3 else head
    venue: set[int] = set()  # "published in Freshwater Carbon Letters": where, not whose
    if cut < len(words) and _title_after(words, cut):
        j = cut
        while j < len(words) and (words[j][:1].isupper() or words[j] in ("in", "of", "and", "the", "a")):
            venue.add(j)  # the title's words
            j += 1
    for i, w in enumerate(words):
        if w.lower() == "in":  # "published in (the journal) Urban Health Review", "in the Journal of …"
            j = i + 1
            while j < len(words) and words[j].lower() in ("the", "a", "journal"):
                venue.add(j)
                j += 1
            while j < len(words) and (words[j][:1].isupper() or (words[j] in ("of", "and") and j > i + 1)):
                venue.add(j)
                j += 1
    # (a day or a month says when, not whose: "a study published on Wednesday")
    capitals = (
        w
        for i, w in enumerate(words)
        if i and i not in venue and w[:1].isupper() and w.lower().rstrip(".") not in _DATES | _MONTHS
    )
    owner = {w.lower() for w in capitals if w.lower() != head}
    return head, owner


def speakers_agree(found, gold) -> bool:
    """``SPEAKER_RULE`` (``found``: an Attribution, ``gold``: a KeyAttribution).

    Stricter than :func:`kit.words.same_speaker`, the rule the tagger and the grader apply to a
    student's tag ("the minister" = "Health Minister Ana Costa" there): this benchmark measures the
    engine, so a vague name that merely shares a word with the key's does not count.
    """
    if found.source_type in UNNAMED and gold.source_type in UNNAMED:
        return True
    if found.source_type == "document" or gold.source_type == "document":
        if found.source_type != gold.source_type:
            return False
        (head_f, owner_f), (head_g, owner_g) = _head_and_owner(found.speaker), _head_and_owner(gold.speaker)
        head_f, head_g = _SAME_KIND.get(head_f, head_f), _SAME_KIND.get(head_g, head_g)
        return head_f == head_g and (not owner_f or not owner_g or owner_f <= owner_g or owner_g <= owner_f)
    a, b = _words(_one_form(found.speaker)), _words(_one_form(gold.speaker))
    if [w.lower() for w in a] == [w.lower() for w in b] and a:
        return True
    types = {found.source_type, gold.source_type}
    if not (types <= PEOPLE or types == {"organization"}):
        return False
    short, long = sorted((a, b), key=len)
    lower = [w.lower() for w in long]
    return any(w[:1].isupper() for w in short) and _contains_in_order(lower, [w.lower() for w in short])


def key_paths(which: str) -> list[Path]:
    paths = sorted(KEYS.glob("*.json"))
    return [p for p in paths if is_holdout(p) == (which == "holdout")]


def speaker_accuracy(found, gold) -> tuple[int, int]:
    """(found attributions overlapping a key one, of which with a matching speaker)."""
    touching = right = 0
    for f in found:
        near = [g for g in gold if overlaps(f.content_start, f.content_end, g.start, g.end)]
        if near:
            touching += 1
            right += any(speakers_agree(f, g) for g in near)
    return touching, right


def evaluate(paths: list[Path], *, show: bool) -> tuple[Score, int, int]:
    from kit.pipeline import parse
    from kit.sources import find_sources

    scores: list[Score] = []
    claim_scores: list[Score] = []
    term_scores: list[Score] = []
    silence_scores: list[Score] = []
    touching = right = 0
    print(
        f"  {'article':34s} {'found':>5s} {'key':>4s} {'P':>6s} {'R':>6s} {'F1':>6s} "
        f"{'speaker':>8s} {'type':>6s}"
    )
    typed = typed_right = 0
    for path in paths:
        key: AnswerKey = load_key(path)
        findings = find_sources(parse(key.article))
        found = findings.attributions
        score = match_spans(
            found,
            key.attributions,
            span_of_found=lambda a: (a.content_start, a.content_end),
            span_of_gold=lambda g: (g.start, g.end),
            agree=speakers_agree,
        )
        claims = match_spans(
            findings.unattributed,
            key.unattributed,
            span_of_found=lambda c: (c.start, c.end),
            span_of_gold=lambda g: (g.start, g.end),
        )
        claim_scores.append(claims)
        term_scores.append(
            match_spans(
                findings.quoted_terms,
                key.quoted_terms,
                span_of_found=lambda t: (t.start, t.end),
                span_of_gold=lambda g: (g.start, g.end),
                agree=lambda t, g: normalise(t.owner or "") == normalise(g.owner or ""),
            )
        )
        silence_scores.append(
            match_spans(
                findings.non_statements,
                key.non_statements,
                span_of_found=lambda n: (
                    n.cue_start,
                    n.content_end if n.content_end is not None else n.cue_end,
                ),
                span_of_gold=lambda g: (g.start, g.end),
            )
        )
        t, r = speaker_accuracy(found, key.attributions)
        touching, right = touching + t, right + r
        same = [found[i].source_type == key.attributions[j].source_type for i, j in score.matches]
        typed, typed_right = typed + len(same), typed_right + sum(same)
        scores.append(score)
        accuracy = f"{r / t:8.2f}" if t else "       -"
        types = f"{sum(same) / len(same):6.2f}" if same else "     -"
        print(
            f"  {path.stem[:34]:34s} {score.found:5d} {score.gold:4d} "
            f"{score.precision:6.2f} {score.recall:6.2f} {score.f1:6.2f} {accuracy} {types}"
        )
        if show:
            for i, j in score.matches:
                if found[i].source_type != key.attributions[j].source_type:
                    g = key.attributions[j]
                    print(
                        f"      TYPE    {found[i].speaker} [{found[i].source_type}] "
                        f"key {g.speaker} [{g.source_type}]"
                    )
        if show:
            _show(key, found, score)
            _show_claims("CLAIM", key.unattributed, [c.text for c in findings.unattributed], claims)
            _show_claims("TERM", key.quoted_terms, [t.text for t in findings.quoted_terms], term_scores[-1])
            text = key.article.text
            _show_claims(
                "SILENCE",
                key.non_statements,
                [text[n.cue_start : n.content_end or n.cue_end] for n in findings.non_statements],
                silence_scores[-1],
            )
    overall = total(scores)
    accuracy = right / touching if touching else 0.0
    type_accuracy = typed_right / typed if typed else 0.0
    print(
        f"  {'OVERALL':34s} {overall.found:5d} {overall.gold:4d} {overall.precision:6.2f} "
        f"{overall.recall:6.2f} {overall.f1:6.2f} {accuracy:8.2f} {type_accuracy:6.2f}"
    )
    print(f"  source type: {typed_right} of {typed} matched attributions have the key's source_type")
    for label, part in (
        ("unattributed claims", claim_scores),
        ("quoted terms (+owner)", term_scores),
        ("non-statements", silence_scores),
    ):
        sub = total(part)
        print(
            f"  (secondary) {label:22s} P {sub.precision:.2f}  R {sub.recall:.2f}  F1 {sub.f1:.2f}"
            f"  ({sub.found} found, {sub.gold} in the keys)"
        )
    return overall, touching, right


def _show(key: AnswerKey, found, score: Score) -> None:
    text = key.article.text
    hit_found = {i for i, _ in score.matches}
    hit_gold = {j for _, j in score.matches}
    for j, g in enumerate(key.attributions):
        if j not in hit_gold:
            print(f"      MISSED  {g.speaker} [{g.source_type}/{g.kind}] {text[g.start : g.end][:70]!r}")
    for i, f in enumerate(found):
        if i not in hit_found:
            print(
                f"      EXTRA   {f.speaker} [{f.source_type}/{f.kind}/{f.cue}] "
                f"{text[f.content_start : f.content_end][:70]!r}"
            )


def _show_claims(label: str, gold, found: list[str], score: Score) -> None:
    """Misses and false alarms of a secondary layer (claims, quoted terms, non-statements)."""
    hit_found = {i for i, _ in score.matches}
    hit_gold = {j for _, j in score.matches}
    for j, g in enumerate(gold):
        if j not in hit_gold:
            print(f"      {label} MISSED  {g.text[:80]!r}")
    for i, text in enumerate(found):
        if i not in hit_found:
            print(f"      {label} EXTRA   {text[:80]!r}")


def speed(repeat: int) -> None:
    import spacy

    from kit.article import PARAGRAPH_BREAK, load_article
    from kit.pipeline import load_pipeline, parse_many, pipeline_info
    from kit.sources import find_sources

    nlp = load_pipeline()
    bare = spacy.load(pipeline_info(nlp).name)  # the same model, without the kit's additions
    sources = [ROOT / "seeds" / "000_3f95dd3d0e0f8142.txt"]
    sources += practice_paths()
    articles = [load_article(sources[i % len(sources)]) for i in range(60)]
    texts = []
    for article in articles:
        paragraphs = article.paragraph_texts
        texts += [p + (PARAGRAPH_BREAK if i < len(paragraphs) - 1 else "") for i, p in enumerate(paragraphs)]
    list(bare.pipe(texts[:20]))  # warm up
    parsed = list(parse_many(articles))
    find_sources(parsed[0])
    parse_times, source_times = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        list(bare.pipe(texts, batch_size=64))
        parse_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        for p in parsed:
            find_sources(p)
        source_times.append(time.perf_counter() - start)
    parse_time, source_time = statistics.median(parse_times), statistics.median(source_times)
    words = sum(a.word_count for a in articles)
    print(f"  {len(articles)} articles, {words} words, median of {repeat} runs")
    print(f"  bare spaCy nlp.pipe (the kit's paragraphs): {parse_time * 1000:8.1f} ms")
    print(f"  find_sources on the parsed Docs:            {source_time * 1000:8.1f} ms")
    print(f"  ratio find_sources / parsing:               {source_time / parse_time:8.3f}  (target <= 0.25)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", choices=["dev", "holdout"], default=None)
    parser.add_argument("--show", action="store_true", help="list misses and false alarms")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args(argv)
    print(SPEAKER_RULE)
    results = []
    for which, title in (
        ("dev", "DEV (the seed and the other practice articles)"),
        ("holdout", f"HOLD-OUT (practice {', '.join(f'{n:02d}' for n in sorted(HOLDOUT))}; details hidden)"),
    ):
        if args.only and args.only != which:
            continue
        paths = key_paths(which)
        print(f"\n{title}")
        if not paths:
            print("  (no keys found)")
            continue
        results.append(evaluate(paths, show=args.show and which == "dev"))
    if len(results) == 2:
        overall = results[0][0] + results[1][0]
        touching, right = results[0][1] + results[1][1], results[0][2] + results[1][2]
        print(
            f"\nALL ARTICLES (dev + hold-out): P {overall.precision:.2f}  R {overall.recall:.2f}  "
            f"F1 {overall.f1:.2f}  speaker accuracy {right / max(touching, 1):.2f}"
        )
    if not args.no_speed:
        print("\nSPEED")
        speed(args.repeat)


if __name__ == "__main__":
    main()
