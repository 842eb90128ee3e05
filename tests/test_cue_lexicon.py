"""The cue lexicon (kit/data/reporting_verbs.txt, built from VerbNet 3.4 with a hand overlay) and
the cue rules it feeds: invented sentences, each one a cue a student would see found or not."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kit.lexicon import DATA, read_rows
from kit.sources import load_lexicon

ROOT = Path(__file__).resolve().parents[1]


def _build_script():
    spec = importlib.util.spec_from_file_location(
        "build_reporting_verbs", ROOT / "scripts" / "build_reporting_verbs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_header_names_verbnet_its_commit_and_its_licence():
    head = "\n".join(
        line
        for line in (DATA / "reporting_verbs.txt").read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    )
    assert "VerbNet 3.4" in head and "github.com/cu-clear/verbnet" in head and "folder verbnet3.4" in head
    assert "commit ae8e9cfdc2c0d3414b748763612f1a0a34194cc1" in head
    assert "WordNet-style licence" in head and "has no LICENSE file" in head
    # every class the rule selects, and every member it leaves out, is written down with a reason
    assert "say-37.7: a verb of saying" in head and "conjecture-29.5-1:" in head
    assert "find" in head and "show" in head


def test_the_engine_reads_the_built_file_with_its_classes():
    lexicon = load_lexicon()
    assert "say-37.7-1-1" in lexicon.classes["say"]
    assert {"murmur", "shout", "speak", "denounce"} <= set(lexicon.frames)
    assert "believe" in lexicon.frames  # kept by hand: "X believes that …" in a quoted view
    assert not {"guess", "suppose", "presume"} & set(lexicon.frames)  # a state of mind is left out
    assert "show" in lexicon.frames and lexicon.frames["show"] == frozenset({"clause"})


def test_the_committed_file_keeps_the_hand_overlay_of_the_build_script():
    """Without VerbNet (CI has none): every hand row of the script is in the file as the script writes it."""
    hand = _build_script().HAND
    rows = {row[0]: row for row in read_rows("reporting_verbs.txt", header=False)}
    for lemma, (frames, particle, why) in hand.items():
        assert lemma in rows, lemma
        row = rows[lemma]
        assert (row[1], row[2], row[4]) == (frames, particle, f"hand: {why}"), lemma
    verbnet_rows = [row for row in rows.values() if row[4] == "VerbNet"]
    assert len(verbnet_rows) > 150 and all(row[3] != "-" for row in verbnet_rows)


def test_the_build_script_derives_frames_from_verbnet_syntax():
    frames_of = _build_script().frames_of
    assert frames_of("say-37.7-1-1", ["NP V that S"]) == {"clause"}
    assert frames_of("lecture-37.11-1", ["NP V PP.topic"]) == {"object"}
    assert frames_of("characterize-29.2", ["NP V NP PP.attribute"]) == {"as"}
    assert frames_of("declare-29.4", ["NP V NP ADJ"]) == {"label"}


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "said"),
    [
        ("Mayor Ola Dahl murmured that the budget was safe.", "Ola Dahl", "murmured", "the budget was safe"),
        (
            "The coach shouted that the referee had been bribed.",
            "The coach",
            "shouted",
            "the referee had been bribed",
        ),
        (
            "Governor Lena Voss spoke about the flooding in the valley.",
            "Lena Voss",
            "spoke about",
            "the flooding in the valley",
        ),
        (
            "Senator Ruth Amann denounced the new toll on the bridge.",
            "Ruth Amann",
            "denounced",
            "the new toll on the bridge",
        ),
    ],
)
def test_verbs_of_saying_from_verbnet_are_cues(analyze_text, text, speaker, cue, said):
    result = analyze_text(text)
    found = [a for a in result.attributions if a.cue and a.cue.endswith(cue)]
    assert len(found) == 1, result.attributions
    a = found[0]
    assert a.speaker.endswith(speaker.split()[-1]) and result.text[a.content_start : a.content_end].endswith(
        said
    )


def test_the_terms_of_a_talk_are_not_what_was_said(analyze_text):
    result = analyze_text("An official who spoke on condition of anonymity said the talks had stalled.")
    assert [result.text[a.content_start : a.content_end] for a in result.attributions] == [
        "the talks had stalled"
    ]


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        (
            "The dockers’ union has repeatedly called for a new vote.",
            "has repeatedly called for",
            "a new vote",
        ),
        (
            "The harbour authority said in a statement that the ferry would sail again on Friday.",
            "said in a statement",
            "the ferry would sail again on Friday",
        ),
        ("Mayor Ola Dahl would later tell the council that the pool must close.", "would later tell", None),
        ("Mayor Ola Dahl also said the pool would close in May.", "said", "the pool would close in May"),
    ],
)
def test_the_cue_is_the_verb_group(analyze_text, text, cue, said):
    """GUIDELINES §2: the cue is the reporting verb or phrase, with its auxiliaries, adverbs, the
    preposition that links it to what was said and the medium; "also" links to the text around it."""
    result = analyze_text(text)
    (found,) = result.attributions
    assert found.cue == cue and result.text[found.cue_start : found.cue_end] == cue
    if said is not None:
        assert result.text[found.content_start : found.content_end] == said


@pytest.mark.parametrize(
    ("text", "mention", "phrase"),
    [
        ("Mr. Odell said the dam would hold.", "Odell", "Mr. Odell"),
        (
            "Ines Varga, the harbour’s chief engineer, said the dam would hold.",
            "Ines Varga",
            "Ines Varga, the harbour’s chief engineer",
        ),
        ("“The dam will hold,” said Sen. Ines Varga of Ostland.", "Ines Varga", "Sen. Ines Varga of Ostland"),
        ("Mr. Odell arrived late. He said the dam would hold.", "He", "He"),
        (
            "The mayor’s press secretary, Per Lund, said the dam would hold.",
            None,  # the mention is the resolver's choice; the phrase is the whole description
            "The mayor’s press secretary, Per Lund",
        ),
        (
            "Mayor Ola Dahl, who has led the town since 2019, said the dam would hold.",
            "Ola Dahl",
            "Mayor Ola Dahl",
        ),
        # a quotation split by its cue: the title and the apposition between its two parts
        ("''For me,'' Mr. Odell said, ''the dam will hold.''", "Odell", "Mr. Odell"),
        (
            "“The dam will hold,” said Ines Varga, the harbour’s chief engineer, “but not for long.”",
            "Ines Varga",
            "Ines Varga, the harbour’s chief engineer",
        ),
        # the cue in a clause on the description: the phrase stops before that clause
        (
            "The crowd cheered for Ola Dahl, a builder and former mayor who said the dam would hold.",
            "Ola Dahl",
            "Ola Dahl, a builder and former mayor",
        ),
        ("Even some engineers say the dam will not hold.", None, "some engineers"),
        ("Sen. Ines Varga (L-Ostland) said the dam would hold.", "Ines Varga", "Sen. Ines Varga (L-Ostland)"),
    ],
)
def test_the_source_phrase_is_the_full_description(analyze_text, text, mention, phrase):
    """``speaker_start/end`` stays the mention; ``source_start/end`` is the whole description."""
    result = analyze_text(text)
    found, *going_on = result.attributions  # a quotation split by its tag goes on in a second entry
    assert all(a.source_start is None and a.speaker == found.speaker for a in going_on)
    if mention is not None:
        assert result.text[found.speaker_start : found.speaker_end] == mention
    assert result.text[found.source_start : found.source_end] == phrase


@pytest.mark.parametrize(
    "text",
    [
        "The ferry’s new timetable speaks for itself.",
        "Mayor Ola Dahl spoke on the record for the first time.",
    ],
)
def test_idioms_and_terms_of_a_talk_are_no_statement(analyze_text, text):
    assert analyze_text(text).attributions == ()


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        (
            "In her speech, Mayor Ola Dahl mentioned the closed ferry terminal.",
            "mentioned",
            "the closed ferry terminal",
        ),
        ("Councillor Per Lund commented on the new parking fees.", "commented on", "the new parking fees"),
        (
            "Dr. Ines Varga described how the water rose in the night.",
            "described",
            "how the water rose in the night",
        ),
    ],
)
def test_overlay_frames_for_topics(analyze_text, text, cue, said):
    result = analyze_text(text)
    (found,) = result.attributions
    assert found.cue == cue and result.text[found.content_start : found.content_end] == said


@pytest.mark.parametrize(
    "text",
    [
        "Ostby coach Mara Dahl was terse, she spoke for barely a minute.",
        "Ostby coach Mara Dahl was terse: she spoke only briefly.",
    ],
)
def test_a_verb_of_talking_is_no_parenthetical_tag(analyze_text, text):
    """ "Most cases, he said, were …" credits the clause around "said"; "spoke" reports no clause."""
    assert analyze_text(text).attributions == ()


def test_the_plain_words_of_each_class_match_the_build_script():
    from kit.sources.cues import VERB_CLASS_WORDS

    assert VERB_CLASS_WORDS == {
        class_id: plain for class_id, (plain, _why, _left) in _build_script().CLASSES.items()
    }


@pytest.mark.parametrize(
    ("cue", "kind"),
    [
        ("said", "a verb of saying"),
        ("has repeatedly said", "a verb of saying"),
        ("warned", "a verb of advising or warning"),
        ("shouted", "a verb of speaking in a manner"),
        ("criticized", "a verb of praise or blame"),
        ("according to", None),
        ("called", None),  # the hand list keeps "call" only as a label
    ],
)
def test_a_cue_is_explained_by_its_verb_class(cue, kind):
    from kit.sources import cue_kind

    assert cue_kind(cue) == kind


def test_the_article_view_names_the_kind_of_cue(analyze_text):
    from kit.widgets.article_view import _highlights

    result = analyze_text("The harbour master warned that the storm would close the port.")
    titles = [h.title for h in _highlights(result)["sources"] if h.extra_class == "kit-hl-cue"]
    assert titles == [
        "The cue: “warned” (a verb of advising or warning) tells you the harbour master is the source"
    ]


def test_not_to_mention_is_an_aside(analyze_text):
    result = analyze_text("The ferry crews lost their bonus, not to mention their Sunday overtime.")
    assert result.attributions == ()


def test_a_speaker_parsed_as_an_apposition_of_the_medium_is_the_source(analyze_text):
    result = analyze_text(
        "In a statement to the Courier, her senior adviser, Tom Ilves, said: “The plan is sound and the "
        "council knows it.”"
    )
    (found,) = result.attributions
    assert (found.speaker, found.kind, found.cue) == ("Tom Ilves", "direct", "said")


def test_the_passive_subject_of_a_cue_is_what_was_talked_about(analyze_text):
    """Before: "the new bridge toll" was credited with calling itself unfair."""
    assert analyze_text("The new bridge toll was described as unfair.").attributions == ()
    (found,) = analyze_text("The new bridge toll was described as unfair by Mayor Ola Dahl.").attributions
    assert found.speaker == "Ola Dahl"


def test_the_writers_emphasis_is_not_part_of_a_vague_source(analyze_text):
    (found,) = analyze_text("Even some engineers say the dam will not hold.").attributions
    assert (found.speaker, found.source_type) == ("some engineers", "vague")
