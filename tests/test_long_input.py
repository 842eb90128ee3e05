"""Any text the kit accepts is analysed (issue 10, "Linear time"): very long paragraphs, runs of
punctuation, sentences that never end, many cues, broken characters. Results are asserted, never
times: ``benchmarks/worst_case.py`` measures the growth."""

from __future__ import annotations

import pytest

import kit
from kit import errors
from kit.pipeline import load_pipeline


def _speakers(result: kit.Analysis) -> set[str]:
    return {a.speaker for a in result.attributions}


def test_a_lone_surrogate_is_a_typed_error_that_says_what_to_do():
    text = "Port\n\nThe minister said the port would reopen \ud800 on Monday, after the strike ended."
    with pytest.raises(errors.UnencodableTextError) as caught:
        kit.analyze(text)
    assert caught.value.code == "KIT112"
    message = str(caught.value)
    assert "U+D800" in message and "UTF-8" in message and "would reopen" in message


def test_a_surrogate_pair_is_read_as_the_character_it_stands_for():
    result = kit.analyze("Port\n\nThe minister said the port would reopen \ud83d\ude00 on Monday.")
    assert "\U0001f600" in result.text
    assert result.to_json()  # and the result can be saved
    assert result.attributions[0].speaker == "the minister"


def test_an_article_object_with_a_surrogate_is_refused_too():
    article = kit.load_article("Port\n\nThe minister said the port would reopen on Monday.")
    from dataclasses import replace

    with pytest.raises(errors.UnencodableTextError):
        kit.analyze(replace(article, text=article.text.replace("port", "p\udc80rt")))


def test_a_paragraph_longer_than_the_models_max_length_is_analysed(monkeypatch):
    """spaCy refuses a text over ``nlp.max_length`` (E088, 1,000,000 characters): the paragraph is
    parsed in pieces cut at sentence ends, and nothing is lost or shifted."""
    nlp = load_pipeline()
    monkeypatch.setattr(nlp, "max_length", 3_000)
    sentences = [f"Officer {i} said the port would reopen on day {i}." for i in range(200)]
    paragraph = " ".join(sentences)
    assert len(paragraph) > 3 * nlp.max_length
    result = kit.analyze("Port\n\n" + paragraph + "\n\nThe strike ended, a union leader said.")
    assert len(result.paragraphs) == 2
    assert [result.sentence_text(i) for i in range(200)] == sentences
    said = [a for a in result.attributions if a.cue == "said"]
    assert len(said) == 201
    assert result.text[said[150].content_start : said[150].content_end] == (
        "the port would reopen on day 150"
    )


def test_a_paragraph_with_no_full_stop_is_analysed_to_its_end():
    words = ("the talks went on and the port stayed shut while the strike spread, " * 500).split()
    text = "Port\n\n" + " ".join(words) + " and the minister said the port would reopen on Monday"
    result = kit.analyze(text)
    assert len(result.text) > 30_000
    last = result.attributions[-1]
    assert last.speaker == "the minister"
    assert result.text[last.content_start : last.content_end] == "the port would reopen on Monday"


@pytest.mark.parametrize("run", ["(" * 5_000, "&#" * 2_500, "!?" * 2_500, "—" * 3_000])
def test_a_long_run_of_punctuation_keeps_the_text_and_what_follows(run):
    text = f"Port\n\nThe port reopened on Monday. {run} “It is over,” the minister said."
    result = kit.analyze(text)
    assert run in result.text  # nothing removed, offsets unchanged
    quote = result.attributions[-1]
    assert quote.speaker == "the minister" and quote.cue == "said"
    assert "It is over" in result.text[quote.content_start : quote.content_end]


def test_a_web_address_shorter_than_a_run_stays_one_word():
    url = "https://news.example.org/2024/03/12/port-reopens-after-strike-ends?ref=front"
    result = kit.analyze(f"Port\n\nThe port reopened, the minister said on {url} today.")
    assert url in [t.text for t in result.doc]


def test_a_markdown_file_with_unclosed_brackets_keeps_its_words_and_its_links(tmp_path):
    path = tmp_path / "notes.md"
    body = "See ![a chart](chart.png) the [audit report](https://e.org/a) [draft (in progress. " * 2_000
    path.write_text("# Notes\n\n" + body + "\n\nThe port reopened, the minister said.\n", encoding="utf-8")
    article = kit.load_article(path)
    first = article.paragraph_texts[0]
    assert first.startswith("See  the audit report")
    assert first.count("audit report") == first.count("draft (in progress.") == 2_000
    assert "chart.png" not in first and "https://" not in first


def test_many_reporting_verbs_in_one_sentence_are_all_read():
    """ "A said B said C said …": the outermost speaker's claim is the whole chain."""
    people = ["the minister", "the port authority", "a union spokeswoman", "local media"]
    chain = " ".join(f"{people[i % 4]} said" for i in range(300))
    result = kit.analyze(f"Said\n\n{chain.capitalize()} the port would reopen on Monday.")
    first = result.attributions[0]
    assert first.speaker == "the minister" and first.cue == "said"
    content = result.text[first.content_start : first.content_end]
    assert content.startswith("the port authority said")
    assert content.endswith("the port would reopen on Monday")


def test_a_chain_of_according_to_gives_every_source_the_claim_alone():
    sources = ["the minister", "local media", "officials", "the port authority", "a union leader"]
    chain = ", ".join(f"according to {sources[i % 5]}" for i in range(300))
    result = kit.analyze(f"Port\n\nThe port will reopen on Monday, {chain}.")
    found = {(a.speaker, result.text[a.content_start : a.content_end]) for a in result.attributions}
    assert found == {(s, "The port will reopen on Monday") for s in sources}


def test_two_separate_according_to_phrases_keep_their_own_clauses():
    result = kit.analyze(
        "Port\n\nInflation fell to 3 percent, according to the statistics office, and unemployment "
        "rose, according to the labour ministry."
    )
    contents = {a.speaker: result.text[a.content_start : a.content_end] for a in result.attributions}
    assert contents["the labour ministry"] == "unemployment rose"


def test_a_long_article_gets_the_same_findings_in_every_part(seed_path):
    """The seed twelve times over, as one article: each copy's attributions, hedges and sentences are
    the seed's own, shifted (nothing is skipped or cut short on a long article)."""
    seed = kit.load_article(seed_path)
    one = kit.analyze(seed)
    copies = 12
    many = kit.analyze("Long\n\n" + "\n\n".join([seed.text] * copies))
    step = len(seed.text) + 2
    assert len(many.sentences) == copies * len(one.sentences)
    assert len(many.hedges) == copies * len(one.hedges)
    found = [(a.speaker, a.kind, a.content_start, a.content_end) for a in one.attributions]
    n = len(found)
    for c in range(copies):
        shift = c * step
        part = many.attributions[c * n : (c + 1) * n]
        assert [(a.speaker, a.kind, a.content_start - shift, a.content_end - shift) for a in part] == found


def test_a_sentence_the_parser_roots_on_a_preposition_is_analysed_not_looped_on():
    """Dev article 225's first look: "From April, if the trust … gets its way, …" hung the analysis for
    good. The parser made "From" the sentence's root; a hedge rule walked up from "if" through
    prepositions until it met a word that is its own head, which it tested with ``is`` (spaCy makes
    a new token object at every access, so it never met one). Run in a child process so that a
    hang fails the test instead of stopping the suite."""
    import subprocess
    import sys

    code = (
        "import kit\n"
        "r = kit.analyze('Night closure\\n\\nFrom April, if the trust that runs it gets its way, those"
        " doors will close at 10pm, and anyone who needs emergency care after dark will be sent to"
        " Pelham General, 24 miles away.')\n"
        "print(r.text.count('those doors will close'), [h.text for h in r.hedges])\n"
    )
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        pytest.fail("the analysis of one sentence did not finish in five minutes")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[0] == "1"
    assert "if" not in done.stdout.split(" ", 1)[1]  # a condition, not an open question


def _spacys_matches(matcher_class, table, doc):
    """The table's patterns filled from the lexicon, and the matches spaCy's own ``matcher_class``
    finds in ``doc`` with them."""
    from kit.sources.names import load_lexicon
    from kit.sources.patterns import _filled, word_lists

    patterns = _filled(table, word_lists(load_lexicon()))
    spacys = matcher_class(doc.vocab)
    for label, label_patterns in patterns.items():
        spacys.add(label, label_patterns)
    return patterns, spacys(doc)


def test_the_kits_token_matcher_finds_what_spacys_finds_in_the_same_order(nlp):
    """The engine finds reporting verbs, "according to", "no comment" and "as she put it" with its own
    token matcher (no call back into Python at every word); on ordinary sentences it must find
    exactly what spaCy's ``Matcher`` finds, in the same order, or a student would see a cue come and
    go with the matcher."""
    from spacy.matcher import Matcher

    from kit.sources.patterns import TOKEN_PATTERNS, TokenMatcher

    text = (
        "“We will not be rushed,” the minister said, according to a transcript. As one aide put it, "
        "“the talks are over.” Trump did post on Twitter that the deal was dead, and the affidavit states "
        "otherwise. The council was not immediately available for comment and had no further comment. "
        "Sue Patel put it more bluntly: “It is a mess,” she told reporters, as the mayor likes to put it."
    )
    doc = nlp(text)
    patterns, found = _spacys_matches(Matcher, TOKEN_PATTERNS, doc)
    expected = [tuple(match) for match in found]
    labels = {doc.vocab.strings[label] for label, _, _ in expected}
    assert {"CUE", "ACCORDING", "NO_COMMENT", "AS_PUT_IT", "PUT_IT"} <= labels  # the sentences exercise them
    mine = TokenMatcher(doc.vocab, patterns)
    assert mine.fixed and len(mine.spacy) and mine.ends  # every way of matching is exercised
    assert mine(doc) == expected


def test_the_kits_dependency_matcher_finds_what_spacys_finds_in_the_same_order(nlp):
    """The engine reads refusals, silences and possessed statements with its own matcher (linear in a
    long sentence); on ordinary sentences it must find exactly what spaCy's ``DependencyMatcher``
    finds, or a student would see a refusal or a "no comment" come and go with the matcher."""
    from spacy.matcher import DependencyMatcher

    from kit.sources.patterns import DEPENDENCY_PATTERNS, ChildMatcher

    text = (
        "The ministry declined to comment on the report and did not say when the port would reopen. "
        "A spokeswoman refused to discuss the figures, and the company made no mention of the strike. "
        "She would not say whether talks had failed, without saying why. "
        "By the council's count, 40 homes flooded; the mayor did not deny it and declined to elaborate."
    )
    doc = nlp(text)
    patterns, found = _spacys_matches(DependencyMatcher, DEPENDENCY_PATTERNS, doc)
    expected = [(label, list(ids)) for label, ids in found]
    labels = {doc.vocab.strings[label] for label, _ in expected}
    assert {"REFUSED", "NEGATED", "NO_MENTION", "WITHOUT"} <= labels  # the sentences exercise them
    assert ChildMatcher.handles(patterns)
    assert ChildMatcher(doc.vocab, patterns)(doc) == expected
