"""Loaded words, tone, warmth, intensity, reported lengths and framing (kit/tone/, GUIDELINES §4–5)."""

from __future__ import annotations

import dataclasses
import math
import re
from importlib import resources

import pytest

from kit import summary, tone
from kit.analysis import Analysis
from kit.article import load_article
from kit.pipeline import parse
from kit.records import Attribution, Speaker, TextSpan
from kit.sources import SourceFindings


@pytest.fixture(scope="module")
def parse_text(nlp):
    def run(text: str):
        if "\n\n" not in text.strip():
            text = "Practice story\n\n" + text
        return parse(load_article(text), nlp=nlp)

    return run


def loaded(parsed, **kwargs) -> list[str]:
    return [w.text for w in tone.find_loaded_words(parsed, **kwargs)]


# --- loaded words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regime slammed the plan.", ["regime", "slammed"]),
        ("Russia’s flailing invasion dragged on.", ["flailing"]),
        ("Prices soared after the announcement.", ["soared"]),
        ("Officials said the mob had gone home.", ["mob"]),  # reported speech: the outlet's wording
        ('"The regime slammed the plan," the minister said.', []),  # the speaker's words
        ("The minister called it a “dramatic” day.", []),  # scare quotes: someone else's term
        ("The company reported a profit of 3 million euros.", []),
        ("The Radical Party won two seats.", []),  # part of a name
    ],
)
def test_loaded_words_only_in_the_outlets_voice(parse_text, text, expected):
    found = tone.find_loaded_words(parse_text(text))
    assert [w.text for w in found] == expected
    for word in found:
        assert word.alternative.strip() and word.explanation.strip()
        assert word.alternative.lower() != word.text.lower()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court ruled on Monday.", []),  # the law court, a noun
        ("Moscow is courting Beijing.", ["courting"]),  # to court, a verb
        ("It was a dramatic pivot towards Asia.", ["dramatic"]),
        ("The drama unfolded on stage.", []),
        ("The sanctions regime was tightened.", []),  # a technical compound
        ("Critics hammered the plan.", ["hammered"]),
        ("He used a hammer.", []),
        ("Prices rocketed in May.", ["rocketed"]),
        ("The rocket was launched in May.", []),
        ("He admitted that he had lied.", ["admitted"]),
        ("He was admitted to hospital.", []),
        ("She attacked the government's plan.", ["attacked"]),
        ("Gunmen attacked a convoy.", []),
        ("Whitaker shrugged that off.", ["shrugged that off"]),
        ("The ruling is a humiliating blow for the mayor.", ["humiliating blow"]),
        ("His statement was far more restrained in tone.", ["restrained"]),  # characterises a statement
        ("The dog was restrained by its owner.", []),
        ("The plan was a disaster.", ["disaster"]),
        ("Cleanup of the disaster took years.", []),
        ("She delivered a rousing speech.", ["rousing"]),
        ("Heavy rain fell in the north of the country.", []),
    ],
)
def test_loaded_words_respect_part_of_speech_and_context(parse_text, text, expected):
    found = tone.find_loaded_words(parse_text(text))
    assert [w.text for w in found] == expected
    assert all(w.alternative and w.explanation for w in found)


def test_direct_attribution_content_is_not_the_outlets_voice(parse_text):
    parsed = parse_text("The mob cheered as the regime fell.")
    start = parsed.text.index("the regime")
    direct = Attribution(
        "A witness", None, None, "anonymous", "direct", None, None, None, start, len(parsed.text) - 1, 0
    )
    assert loaded(parsed) == ["mob", "regime"]
    assert loaded(parsed, attributions=[direct]) == ["mob"]
    indirect = dataclasses.replace(direct, kind="indirect")
    assert loaded(parsed, attributions=[indirect]) == ["mob", "regime"]


def test_loaded_words_carry_sentence_and_paragraph(parse_text):
    parsed = parse_text("Story\n\nA calm day began.\n\nThen prices soared. The mob grew.")
    words = tone.find_loaded_words(parsed)
    assert [(w.text, w.paragraph) for w in words] == [("soared", 1), ("mob", 1)]
    assert parsed.sentence_at(words[1].start) == words[1].sentence


def data_rows(name: str) -> list[list[str]]:
    text = resources.files("kit").joinpath("data", name).read_text(encoding="utf-8")
    assert re.search(r"^# Source:", text, re.M) and re.search(r"^# Licence:", text, re.M)
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]  # the first row names the columns


def test_the_loaded_word_list_is_a_documented_data_file_with_alternatives():
    rows = data_rows("loaded_words.tsv")
    assert len(rows) >= 300
    for word, pos, context, alternative, explanation in rows:
        assert word and pos and context and alternative.strip() and explanation.strip(), word


def test_loaded_words_do_not_duplicate_distancing_hedges():
    path = resources.files("kit").joinpath("data", "hedges.tsv")
    if not path.is_file():
        pytest.skip("kit/data/hedges.tsv is not there yet")
    distancing = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) > 1 and cells[1] == "distancing":
            distancing |= {w.strip().lower() for w in re.split(r"[|\s]+", cells[0].replace(" - ", "-")) if w}
    ours = {w.lower() for row in data_rows("loaded_words.tsv") for w in row[0].split("|")}
    assert not ours & distancing


# --- the data files: a bad line names the file and the line ---------------------------------------


def _read_with(name: str, nlp, parse_text) -> None:
    """Run the public function of kit.tone that reads the data file ``name``."""
    if name == tone.LOADED_FILE:
        tone.find_loaded_words(parse_text("The mob left."))
    elif name == tone.CORRECTIONS_FILE:
        tone.score_tone(nlp("It was a good day."))
    elif name == tone.WARMTH_FILE:
        tone.find_warmth(nlp("Thank you, dear friend."))
    elif name == tone.INTENSITY_FILE:
        tone.find_intensity(nlp("It was the best day ever!"))
    else:
        tone.find_framing(parse_text("A defiant Bob Jones said no."), SMITH_AND_JONES)


@pytest.mark.parametrize(
    ("name", "line", "what"),
    [
        ("loaded_words.tsv", "mob\tNOUN\t*\tcrowd", "expected 5 tab-separated columns"),
        ("loaded_words.tsv", " | \tNOUN\t*\tcrowd\twhy", "the word is empty"),
        ("loaded_words.tsv", "mob\tNOUNS\t*\tcrowd\twhy", "unknown part of speech 'NOUNS'"),
        ("loaded_words.tsv", "mob\tNOUN\tnext_to=a\tcrowd\twhy", "unknown context condition 'next_to'"),
        ("loaded_words.tsv", "mob\tNOUN\tnext=\tcrowd\twhy", "the context condition next= needs words"),
        (
            "loaded_words.tsv",
            "mob\tNOUN\tentity=x\tcrowd\twhy",
            "the context condition entity takes no words",
        ),
        ("loaded_words.tsv", "mob\tNOUN\t*\t\twhy", "needs an alternative and an explanation"),
        ("tone_corrections.tsv", "cool\tADJ\t*\t0\t-", "expected 6 tab-separated columns"),
        ("tone_corrections.tsv", "cool\tADJ\t*\tvery\t-\twhy", "the valence 'very' is not a number"),
        ("tone_corrections.tsv", "cool\tADJ\t*\t9\t-\twhy", "outside VADER's scale"),
        ("tone_corrections.tsv", "cool\tADJ\t*\t0\tguarded\twhy", "unknown label 'guarded'"),
        ("tone_corrections.tsv", "cool\tADJ\tnear=on\t0\t-\twhy", "unknown context condition 'near'"),
        ("tone_warmth.tsv", "praise\tgreat", "expected 3 tab-separated columns"),
        ("tone_warmth.tsv", "affection\tdear\twhy", "unknown kind 'affection'"),
        ("tone_warmth.tsv", "address\tdear @names\twhy", "unknown word list @names"),
        ("tone_intensity.tsv", "shouting\t!\t-\twhy", "unknown kind 'shouting'"),
        ("tone_intensity.tsv", "superlative\tmost POS=ADJECTIVE\t-\twhy", "unknown part of speech"),
        ("tone_delivery.tsv", "delivery", "expected 4 tab-separated columns"),
        ("tone_delivery.tsv", "delivery\tcurt\tADJ", "a delivery word needs a gloss"),
        ("tone_delivery.tsv", "tone_verb\tsound\tVERB", "unknown kind 'tone_verb'"),
    ],
)
def test_a_bad_data_line_names_the_file_and_the_line(data_copy, nlp, parse_text, name, line, what):
    from kit.errors import LexiconError

    number = data_copy(name, line)
    with pytest.raises(LexiconError) as caught:
        _read_with(name, nlp, parse_text)
    assert caught.value.code == "KIT700"
    assert str(caught.value).startswith(f"{name}, line {number}: ")
    assert what in str(caught.value)
    assert f"kit/data/{name}" in str(caught.value)


def test_the_real_data_files_are_read_again_after_a_bad_copy(nlp, parse_text):
    assert loaded(parse_text("The mob left.")) == ["mob"]
    assert [m.kind for m in tone.find_intensity(nlp("It was the best day ever!"))][-1] == "exclamation"


# --- tone ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Beijing has at times appeared cool on Russia’s invasion.", "reserved"),
        ("Berlin remained cool towards the proposal.", "reserved"),
        ("No date had yet been set for the visit.", "neutral"),
        ("It was cool on Monday morning.", "neutral"),  # weather, not reserve
        ("Countries like China buy the oil.", "neutral"),  # "like" compares
        ("This is a great and wonderful partnership.", "positive"),
        ("The talks were not a success.", "negative"),
        ("It was a terrible, shameful failure.", "negative"),
        ("A great success for some, a terrible failure for others.", "mixed"),
    ],
)
def test_tone_labels_with_domain_corrections(nlp, text, label):
    result = tone.score_tone(nlp(text))
    assert result.label == label
    assert result.label in tone.TONE_LABELS


def test_cool_on_is_not_positive_and_no_is_not_negative(nlp):
    cool = tone.score_tone(nlp("Xi appeared cool on Russia’s invasion of Ukraine."))
    assert cool.score <= 0 and "cool" not in [w.text for w in cool.words]
    assert any("reserved" in note for note in cool.notes)
    no_date = tone.score_tone(nlp("Peskov said no date had yet been set for Xi’s visit."))
    assert no_date.score == 0 and no_date.words == ()


def test_dear_in_a_form_of_address_is_warmth_not_sentiment(nlp):
    doc = nlp("We are expecting you, dear friend.")
    result = tone.score_tone(doc)
    assert [w.text for w in result.words] == ["friend"]  # "dear" is not scored
    assert [m.text for m in tone.find_warmth(doc)] == ["dear friend"]
    plain = tone.score_tone(nlp("The tickets were dear."))
    assert "dear" in [w.text for w in plain.words]  # not an address: the lexicon applies


def test_listed_words_explain_the_score(nlp):
    doc = nlp("The summit was a great success, but the talks on trade were very difficult and not easy.")
    result = tone.score_tone(doc)
    total = sum(w.score for w in result.words)
    assert result.score == pytest.approx(total / math.sqrt(total * total + 15), abs=1e-3)
    assert {w.text for w in result.words} >= {"great", "success", "difficult", "easy"}
    for word in result.words:
        assert doc.text[word.start : word.end] == word.text
    easy = next(w for w in result.words if w.text == "easy")
    assert easy.score < 0  # "not easy" is negated
    assert any("negated" in note for note in result.notes)


def test_skip_leaves_words_out_of_the_score(nlp):
    doc = nlp("In an effusive and friendly speech, she said the plan was good.")
    start = doc.text.index("friendly")
    result = tone.score_tone(doc, skip=[(start, start + len("friendly"))])
    assert "friendly" not in [w.text for w in result.words]
    assert "good" in [w.text for w in result.words]


# --- warmth and intensity ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We are expecting you, dear Mr Chairman, dear friend.",
            [("dear Mr Chairman", "address"), ("dear friend", "address")],
        ),
        ("Thank you, my friend.", [("Thank", "gratitude"), ("my friend", "address")]),
        (
            "Your Excellency, we admire your wisdom.",
            [("Your Excellency", "address"), ("admire", "praise"), ("wisdom", "praise")],
        ),
        ("The committee met on Tuesday.", []),
    ],
)
def test_warmth_markers(nlp, text, expected):
    assert [(m.text, m.kind) for m in tone.find_warmth(nlp(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It faces unprecedented pressure.", [("unprecedented", "absolute")]),
        ("This will demonstrate to the whole world our strength.", [("the whole world", "absolute")]),
        (
            "This is the best deal ever!",
            [("best", "superlative"), ("ever", "absolute"), ("!", "exclamation")],
        ),
        ("It is extremely important.", [("extremely", "intensifier")]),
        ("It is the most important issue.", [("most important", "superlative")]),
        ("At least ten people came.", []),
    ],
)
def test_intensity_markers(nlp, text, expected):
    assert [(m.text, m.kind) for m in tone.find_intensity(nlp(text))] == expected


# --- reported lengths ---------------------------------------------------------------------------


def test_profile_finds_reported_lengths_in_the_outlets_voice(parse_text):
    parsed = parse_text(
        "Mayor Ann Smith spoke for twenty minutes at the meeting. "
        "Councillor Bob Jones gave a two-minute reply."
    )
    findings = SourceFindings(
        speakers=(Speaker("Ann Smith", "named_person"), Speaker("Bob Jones", "named_person"))
    )
    smith, jones = tone.profile_speakers(parsed, findings)
    assert (smith.reported_length, smith.reported_length_ratio) == ("twenty minutes", 1.0)
    assert (jones.reported_length, jones.reported_length_ratio) == ("two-minute", 0.1)


# --- framing ---------------------------------------------------------------------------------------

SMITH_AND_JONES = SourceFindings(
    speakers=(Speaker("Ann Smith", "named_person"), Speaker("Bob Jones", "named_person"))
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a terse statement, Bob Jones said the deal was off.", {"Bob Jones": ["terse statement"]}),
        (
            "Bob Jones delivered a rousing speech. Ann Smith looked subdued.",
            {"Bob Jones": ["rousing speech"], "Ann Smith": ["looked subdued"]},
        ),
        (
            "A defiant Bob Jones said no. Smith replied curtly.",
            {"Bob Jones": ["defiant"], "Ann Smith": ["curtly"]},
        ),
        ("Ann Smith criticised the long speech by Bob Jones.", {"Bob Jones": ["long speech"]}),
        ("Ann Smith criticised the long speech.", {}),  # whose speech? the text does not say
        (
            "Bob Jones spoke first. Ann Smith's speech was longer, and she said warmly that it would work.",
            {"Ann Smith": ["longer", "warmly"]},
        ),  # "she": the subject's possessor, not the last name
        ('"I was subdued and terse," Bob Jones said.', {}),  # the speaker's own words
        ("Ann Smith visited a long bridge in the cold.", {}),
    ],
)
def test_framing_is_the_outlets_characterisation_of_a_speakers_delivery(parse_text, text, expected):
    found = tone.find_framing(parse_text(text), SMITH_AND_JONES)
    assert {name: [f.text for f in framings] for name, framings in found.items() if framings} == expected


# --- the seed, with hand-built findings (the attribution engine's contract) -------------------------


def _attribution(text: str, speaker: str, source_type: str, kind: str, content: str) -> Attribution:
    start = text.index(content)
    return Attribution(
        speaker, None, None, source_type, kind, None, None, None, start, start + len(content), 0
    )


@pytest.fixture(scope="module")
def seed_parsed(nlp, seed_path):
    return parse(load_article(seed_path), nlp=nlp)


@pytest.fixture(scope="module")
def seed_findings(seed_parsed):
    text = seed_parsed.text
    putin, xi, peskov = "Vladimir Putin", "Xi Jinping", "Dmitry Peskov"
    attributions = (
        _attribution(text, putin, "named_person", "direct", "We are expecting you, dear Mr Chairman"),
        _attribution(text, putin, "named_person", "direct", "This will demonstrate to the whole world"),
        _attribution(text, putin, "named_person", "direct", "You and I share the same views"),
        _attribution(text, putin, "named_person", "partial", "his Chinese counterpart had “concerns”"),
        _attribution(text, xi, "named_person", "partial", "Putin his “dear friend”"),
        _attribution(
            text, xi, "named_person", "partial", "China was ready to increase strategic cooperation"
        ),
        _attribution(text, peskov, "spokesperson", "indirect", "no date had yet been set for Xi’s visit"),
    )

    def whole_quote(a: Attribution) -> Attribution:  # direct content runs to the closing mark
        if a.kind != "direct":
            if a.speaker == xi and a.content_start == text.index("China was ready"):
                return dataclasses.replace(a, content_end=text.index(" at large") + len(" at large"))
            return a
        quote = next(q for q in seed_parsed.quotes if q.content_start == a.content_start)
        return dataclasses.replace(a, content_end=quote.content_end)

    attributions = tuple(whole_quote(a) for a in attributions)
    speakers = (
        Speaker(putin, "named_person", attributions=(0, 1, 2, 3)),
        Speaker(xi, "named_person", attributions=(4, 5)),
        Speaker(peskov, "spokesperson", attributions=(6,)),
    )
    return SourceFindings(attributions=attributions, speakers=speakers)


@pytest.fixture(scope="module")
def seed_profiles(seed_parsed, seed_findings):
    return {s.name: s for s in tone.profile_speakers(seed_parsed, seed_findings)}


def test_seed_loaded_words(seed_parsed, seed_findings):
    found = loaded(seed_parsed, attributions=seed_findings.attributions)
    for word in ("flailing", "effusive", "dramatic", "ostracised", "courting"):
        assert word in found
    assert "unprecedented" not in found  # inside Putin's quotation


def test_seed_reported_lengths_and_ratios(seed_profiles):
    putin, xi = seed_profiles["Vladimir Putin"], seed_profiles["Xi Jinping"]
    assert "eight minutes" in putin.reported_length
    assert "a quarter the length of Putin’s" in xi.reported_length
    assert (putin.reported_length_ratio, xi.reported_length_ratio) == (1.0, 0.25)
    assert seed_profiles["Dmitry Peskov"].reported_length_ratio is None


def test_seed_words_quoted(seed_profiles):
    putin, xi = seed_profiles["Vladimir Putin"], seed_profiles["Xi Jinping"]
    assert xi.quoted_words == 3  # “dear friend”, “difficult”
    assert putin.quoted_words > 60
    assert [s.quoted_words for s in xi.statements] == [2, 1]
    assert len(putin.statements) == 4 and all(s.words >= s.quoted_words for s in putin.statements)


def test_seed_warmth_and_intensity(seed_profiles):
    putin, xi = seed_profiles["Vladimir Putin"], seed_profiles["Xi Jinping"]
    assert [m.text for m in putin.warmth] == ["dear Mr Chairman", "dear friend"]
    assert [m.text for m in xi.warmth] == ["dear friend"]
    assert {m.text for m in putin.intensity} == {"the whole world", "unprecedented"}
    assert xi.intensity == ()


def test_seed_framing_is_kept_apart_from_the_speakers_words(seed_profiles):
    putin, xi = seed_profiles["Vladimir Putin"], seed_profiles["Xi Jinping"]
    assert [f.text for f in putin.framing] == ["effusive"]
    xi_framing = [f.text for f in xi.framing]
    for phrase in ("far shorter statement", "appeared cool", "far more restrained in tone"):
        assert phrase in xi_framing
    for speaker in (putin, xi):
        scored = {(w.start, w.end) for w in speaker.tone.words}
        for framing in speaker.framing:
            assert not any(framing.start < end and start < framing.end for start, end in scored)
        assert {"effusive", "restrained", "cool"}.isdisjoint(w.text for w in speaker.tone.words)


def test_seed_tone(seed_profiles):
    putin, xi, peskov = (seed_profiles[n] for n in ("Vladimir Putin", "Xi Jinping", "Dmitry Peskov"))
    assert putin.tone.label == "positive" and "friend" in [w.text for w in putin.tone.words]
    assert "dear" not in [w.text for w in putin.tone.words]
    assert xi.tone.label == "positive" and {"friend", "difficult"} <= {w.text for w in xi.tone.words}
    assert peskov.tone.label == "neutral" and peskov.tone.score == 0  # "no date … set" is not negative
    assert all(s.tone is not None for s in putin.statements)


def test_seed_profiles_survive_a_json_round_trip(seed_parsed, seed_findings):
    base = Analysis(
        text=seed_parsed.text,
        title=None,
        outlet=None,
        date=None,
        paragraphs=seed_parsed.article.paragraphs,
        sentences=seed_parsed.sentences,
        loaded_words=tone.find_loaded_words(seed_parsed, attributions=seed_findings.attributions),
        speakers=tone.profile_speakers(seed_parsed, seed_findings),
    )
    round_trip = Analysis.from_json(base.to_json())
    assert round_trip.speakers == base.speakers


# --- robustness ------------------------------------------------------------------------------


def test_no_findings_and_speakers_without_statements(parse_text):
    parsed = parse_text("Nobody said anything. The mob left.")
    assert tone.profile_speakers(parsed, SourceFindings()) == ()
    lonely = Speaker("Ann Lee", "named_person", mentions=(TextSpan(0, 3),), attributions=(5, -1))
    (profile,) = tone.profile_speakers(parsed, SourceFindings(speakers=(lonely,)))
    assert profile.statements == () and profile.tone is None and profile.reported_length_ratio is None
    assert profile.name == "Ann Lee" and profile.mentions == lonely.mentions


def test_attribution_spans_past_the_end_are_clamped(parse_text):
    parsed = parse_text("Ann Lee said the plan was good.")
    start = parsed.text.index("the plan")
    a = Attribution("Ann Lee", 0, 7, "named_person", "indirect", "said", 8, 12, start, 10_000, 0)
    (profile,) = tone.profile_speakers(
        parsed,
        SourceFindings(attributions=(a,), speakers=(Speaker("Ann Lee", "named_person", attributions=(0,)),)),
    )
    assert profile.statements[0].end == len(parsed.text)
    assert profile.tone.label == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "“Unbalanced quote with a slammed door and no end",
        "!!! ??? … — “” ‘’ ' \"",
        "The mob said the plan was good, and the regime fell. " * 400,  # one huge paragraph
        "He said: “\n\n“Yes,” she said.",
    ],
)
def test_odd_input_does_not_crash(analyze_text, text):
    result = analyze_text(text)
    assert isinstance(summary.tone_lines(result), list)
    for word in result.loaded_words:
        assert result.text[word.start : word.end] == word.text


# --- the seed through the whole pipeline (needs the attribution engine) -----------------------------


def test_seed_analysis_profiles(seed_analysis):
    if not seed_analysis.attributions:
        pytest.skip("the attribution engine finds no attributions yet: profiles are built from them")
    putin, xi = seed_analysis.speaker("Vladimir Putin"), seed_analysis.speaker("Xi Jinping")
    assert (putin.reported_length_ratio, xi.reported_length_ratio) == (1.0, 0.25)
    assert xi.quoted_words == 3 and putin.quoted_words > 60
    assert "dear friend" in [m.text for m in xi.warmth]
    assert {"dear Mr Chairman", "dear friend"} <= {m.text for m in putin.warmth}
    assert {"the whole world", "unprecedented"} <= {m.text for m in putin.intensity}
    assert "effusive" in [f.text for f in putin.framing]
    assert "far more restrained in tone" in [f.text for f in xi.framing]
    peskov = seed_analysis.speaker("Dmitry Peskov")
    assert peskov.tone is not None and peskov.tone.label == "neutral"
    assert {"flailing", "effusive", "dramatic", "ostracised", "courting"} <= {
        w.text for w in seed_analysis.loaded_words
    }
