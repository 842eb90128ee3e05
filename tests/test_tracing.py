"""trace_quote: quotations and paraphrases traced to the original, on the practice set and on small cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kit.errors import NoOverlapError, NothingToTraceError
from kit.keys import load_trace_key

ROOT = Path(__file__).resolve().parent.parent
TRACE_KEY = ROOT / "seeds" / "keys" / "coverage" / "sarn_dam_call.json"


@pytest.fixture(scope="module")
def key():
    return load_trace_key(TRACE_KEY)


@pytest.fixture(scope="module")
def traced(key, nlp):
    """Each outlet's tracing against the event's original, by the key's outlet letter."""
    import kit

    original = kit.analyze(key.original)
    return {name: kit.trace_quote(article, original) for name, article in key.outlets.items()}


def _trace_of(traced, key, entry):
    """The tracing's entry for a key quotation: the one whose article words overlap it."""
    found = [t for t in traced[entry.outlet].traces if t.start < entry.end and entry.start < t.end]
    assert found, f"{entry.outlet}: no trace of {key.outlets[entry.outlet].text[entry.start : entry.end]!r}"
    return found[0]


def _entries(key, kind):
    return [(q, f) for q in key.quotations for f in q.findings if f.type == kind]


def _same_words(a: str, b: str) -> bool:
    from kit.words import WORD, normalise

    x = {normalise(w) for w in WORD.findall(a)}
    y = {normalise(w) for w in WORD.findall(b)}
    return bool(x & y)


def test_every_quotation_of_the_leaders_is_found_where_the_key_says(traced, key):
    for entry in key.quotations:
        trace = _trace_of(traced, key, entry)
        assert trace.found, trace.article_text
        assert trace.original_start < entry.original_end and entry.original_start < trace.original_end


def test_the_trimmed_quotation_is_found_with_the_words_it_left_out(traced, key):
    trims = _entries(key, "trimmed")
    assert trims
    for entry, finding in trims:
        trace = _trace_of(traced, key, entry)
        left_out = f"{trace.trimmed_before} {trace.trimmed_after}"
        assert _same_words(left_out, finding.original), (trace.article_text, finding.original)
        assert "trimmed" in trace.verdict


def test_the_changed_word_is_found(traced, key):
    changes = _entries(key, "changed")
    assert changes
    for entry, finding in changes:
        trace = _trace_of(traced, key, entry)
        assert trace.kind == "quotation" and "words changed" in trace.verdict
        assert any(c.kind == "changed" and c.original == finding.original and c.article == finding.article
                   for c in trace.changes), trace.changes  # fmt: skip


def test_the_dropped_hedge_is_found_with_what_replaced_it(traced, key):
    from kit.words import normalise

    named = {"could", "may be able to"}  # the kit's hedges ("I believe" is not one of them)
    detected = [(e, f) for e, f in _entries(key, "dropped_hedge") if f.original in named]
    assert detected, "the key names the dropped 'could' and 'may be able to'"
    for entry, finding in detected:
        trace = _trace_of(traced, key, entry)
        assert "hedge dropped" in trace.verdict
        hedge = next(h for h in trace.hedges_dropped if h.text in finding.original)
        assert finding.article is None or normalise(finding.article) in normalise(hedge.article or "")


def test_kept_hedges_and_exact_quotations_are_not_reported_as_changes(traced, key):
    for entry in key.quotations:
        trace = _trace_of(traced, key, entry)
        kinds = {f.type for f in entry.findings}
        if entry.kind == "quotation" and not kinds & {"changed", "bracket"}:
            assert not [c for c in trace.changes if c.kind in {"changed", "added", "cut"}], trace.changes
        for finding in entry.findings:
            if finding.type == "kept_hedge" and finding.original in {"could", "might", "may", "possible"}:
                assert not any(h.text == finding.original for h in trace.hedges_dropped)


def test_the_ellipsis_and_the_brackets_of_the_wire_story_are_read_as_marks(traced, key):
    for entry, finding in _entries(key, "ellipsis") + _entries(key, "bracket"):
        trace = _trace_of(traced, key, entry)
        marked = [c for c in trace.changes if c.kind == finding.type]
        assert marked and marked[0].original == finding.original
        assert trace.exact_words == trace.words, "the marked words are not changes"


def test_the_report_shows_the_original_and_its_neighbouring_sentences(traced):
    report = str(traced["b"])
    assert "left out after it" in report and "the sentence before, in the original" in report
    assert "in brackets (the writer's words): [Kestria is]" in report
    assert "not in the original" in report  # the hydrologist is quoted from elsewhere


def test_json_round_trip(traced):
    from kit.tracing import QuoteTracing

    data = json.loads(traced["c"].to_json())
    assert data["kind"] == "quote_tracing" and data["schema_version"] == 1
    assert all("verdict" in t for t in data["traces"])
    assert QuoteTracing.from_dict(data) == traced["c"]


# --- small cases: marks as writers type them -------------------------------------------------

ORIGINAL = (
    "Statement by the mayor\n\nMayor Lena Ortiz: The bridge is old. We could close it in June, if the "
    "engineers agree. The city will pay for the repairs. Traffic may be slow for a few weeks, and buses will "
    "take the ring road."
)


def _one(analyze_text, article: str, **options):
    import kit

    result = kit.trace_quote(f"Bridge\n\n{article}", ORIGINAL, **options)
    assert result.traces
    return result.traces[0]


@pytest.mark.parametrize(
    "quote",
    ["“We could close it in June,” Ortiz said.", '"We could close it in June," Ortiz said.'],
    ids=["curly", "straight"],
)
def test_curly_and_straight_quotes_trace_alike_and_the_trim_is_found(quote, analyze_text):
    trace = _one(analyze_text, quote)
    assert trace.verdict == "quoted exactly, trimmed"
    assert trace.trimmed_after == "if the engineers agree" and trace.trimmed_before == ""
    assert trace.sentence_before == "Mayor Lena Ortiz: The bridge is old."


@pytest.mark.parametrize("mark", ["…", "...", ". . .", "[…]", "[...]"])
def test_every_kind_of_ellipsis_marks_what_was_left_out(mark, analyze_text):
    trace = _one(analyze_text, f"“The bridge is old {mark} The city will pay for the repairs,” Ortiz said.")
    assert [c.kind for c in trace.changes] == ["ellipsis"]
    assert trace.changes[0].original == "We could close it in June, if the engineers agree"
    assert trace.exact_words == trace.words == 11


def test_a_bracketed_insertion_is_the_writers_not_a_change(analyze_text):
    trace = _one(analyze_text, "“[The city] could close it in June,” Ortiz said.")
    assert [(c.kind, c.original, c.article) for c in trace.changes] == [("bracket", "We", "[The city]")]
    assert "words changed" not in trace.verdict


def test_a_changed_word_in_a_quotation_is_found_and_so_is_the_hedge_it_drops(analyze_text):
    trace = _one(analyze_text, "“We will close it in June,” Ortiz said.")
    assert [(c.kind, c.original, c.article) for c in trace.changes] == [("changed", "could", "will")]
    assert [(h.text, h.article) for h in trace.hedges_dropped] == [("could", "will")]


def test_a_paraphrase_that_turns_could_into_will_drops_the_hedge(analyze_text):
    trace = _one(analyze_text, "Ortiz said the city will close the bridge in June.")
    assert trace.kind == "paraphrase" and "hedge dropped" in trace.verdict
    assert any(h.text == "could" and "will" in (h.article or "").split() for h in trace.hedges_dropped)


def test_a_paraphrase_that_keeps_the_hedge_says_so(analyze_text):
    trace = _one(analyze_text, "Ortiz said the city could close the bridge in June.")
    assert not trace.hedges_dropped and [h.text for h in trace.hedges_kept] == ["could"]


def test_only_the_speaker_asked_for_is_traced(analyze_text):
    import kit

    article = "Bridge\n\n“We could close it in June,” Ortiz said. “It is a disgrace,” said Tom Reed."
    result = kit.trace_quote(article, ORIGINAL, speaker="Ortiz")
    assert [t.speaker for t in result.traces] == ["Ortiz"]
    whole = kit.trace_quote(article, ORIGINAL)
    assert [t.verdict for t in whole.traces][1] == "not in the original"


def test_in_a_transcript_with_labels_a_paraphrase_is_traced_to_its_own_speakers_words(analyze_text):
    import kit

    transcript = (
        "Press conference\n\nMayor Lena Ortiz: We could close the bridge in June.\n\n"
        "Councillor Ben Ade: We will close the bridge in June, whatever happens."
    )
    for speaker, hedge in (("Ortiz", "could"), ("Ade", None)):
        article = f"Bridge\n\n{speaker} said the city would close the bridge in June."
        trace = kit.trace_quote(article, transcript).traces[0]
        assert (trace.original_text or "").startswith("We " + ("could" if hedge else "will"))


# --- bad input ---------------------------------------------------------------------------------


def test_an_original_with_no_overlap_says_so_and_what_to_give(analyze_text):
    import kit

    other = "Weather\n\nRain is expected across the north on Tuesday, with strong winds on the coast."
    with pytest.raises(NoOverlapError, match="is in Weather") as caught:
        kit.trace_quote("Bridge\n\n“We could close it in June,” Ortiz said.", other)
    assert caught.value.code == "KIT811" and "Give the transcript or statement" in str(caught.value)


def test_an_article_that_quotes_nobody_has_nothing_to_trace(analyze_text):
    import kit

    with pytest.raises(NothingToTraceError, match="no quotation or paraphrase"):
        kit.trace_quote("Bridge\n\nThe bridge over the river is old and will close in June.", ORIGINAL)


def test_an_unknown_speaker_is_named_with_the_speakers_there_are(analyze_text):
    import kit

    with pytest.raises(NothingToTraceError, match=r"of 'Smith'.*Ortiz"):
        kit.trace_quote("Bridge\n\n“We could close it in June,” Ortiz said.", ORIGINAL, speaker="Smith")
