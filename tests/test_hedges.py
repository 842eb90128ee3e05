"""Hedges (kit/hedges/): the categories, the context rules, quotations, counts and the summary.

The sentences are invented; each table row is something a student would notice
if the kit got it wrong ("In May" is not a hedge, "may rise" is).
"""

from __future__ import annotations

import re

import pytest

from kit.hedges import (
    CATEGORY_FILE,
    EPISTEMIC_CATEGORIES,
    LEXICON_FILE,
    WORDLIST_FILE,
    category_explanation,
    count_hedges,
    expand_pattern,
    hedges_in_doc,
    load_lexicon,
)
from kit.lexicon import DATA
from kit.records import HEDGE_CATEGORIES, Attribution
from kit.summary import hedges_lines as summary_lines


def found(nlp, text: str) -> list[tuple[str, str]]:
    return [(h.text, h.category) for h in hedges_in_doc(nlp(text))]


def categories_of(nlp, text: str, word: str) -> list[str]:
    """The categories of the hedges whose words contain ``word``."""
    return [h.category for h in hedges_in_doc(nlp(text)) if word.lower() in h.text.lower().split()]


# --- context rules for ambiguous words -------------------------------------------------------

CONTEXT_RULES = [
    # "may": the modal, not the month or a name
    ("Prices may rise next year.", "may", ["possibility"]),
    ("The trial began in May.", "May", []),
    ("May was the wettest month on record.", "May", []),
    ("Theresa May said little at the summit.", "May", []),
    ("The shop opened in May and sales may double.", "may", ["possibility"]),
    ("It may, in fact, be too late.", "may", ["possibility"]),
    # "might": the modal, not strength
    ("The talks might collapse.", "might", ["possibility"]),
    ("The country showed its military might.", "might", []),
    # "about"/"around": a quantity or a time, not a topic or a place
    ("About 1,200 people attended the rally.", "about", ["approximation"]),
    ("He talked about Taiwan for an hour.", "about", []),
    ("The meeting lasted about an hour.", "about", ["approximation"]),
    ("Her statement lasted around eight minutes.", "around", ["approximation"]),
    ("Protests spread around the world.", "around", []),
    ("The lorry drove around the square.", "around", []),
    ("The vote is due at around 9 p.m.", "around", ["approximation"]),
    ("Costs rose by around a quarter.", "around", ["approximation"]),
    # "yet": "so far", not the conjunction
    ("No date has yet been set for the visit.", "yet", ["limitation"]),
    ("The ministry has yet to respond.", "yet", ["limitation"]),
    ("The regulator has not approved it yet.", "yet", ["limitation"]),
    ("It was the biggest protest yet.", "yet", ["limitation"]),
    ("The plan is small, yet effective.", "yet", []),
    ("Yet the minister refused to resign.", "yet", []),
    ("Turnout was low and yet the result was clear.", "yet", []),
    ("The bill adds yet another tax.", "yet", []),
    # "would": a hypothetical, not a reported-speech back-shift, volition, habit or narrative
    ("The bridge would collapse under that weight.", "would", ["possibility"]),
    ("Putin expects a visit in what would be a show of unity.", "would", ["possibility"]),
    ("Peskov said he would attend the meeting.", "would", []),
    ("The minister told reporters that the plan would go ahead.", "would", []),
    ("We were told that classes were fine, that the money would come next year.", "would", []),
    ("She says the tax would hurt farmers.", "would", ["possibility"]),
    ("The union said it would like to meet.", "would", []),
    ("Years later the band would become famous.", "would", []),
    ("It is too early to say whether members would back a strike.", "would", ["possibility"]),
    # a reported future is back-shift too, whatever sets the reporting verb in the past (issue 10)
    ("The Treasury declined to say when more money would be available.", "would", []),
    ("She could not say when the road would reopen.", "would", []),
    ("My sons used to say they would take the farm on.", "would", []),
    ("He asked whether the plan would work.", "would", []),
    ("He wants to say that the plan would fail.", "would", ["possibility"]),
    ("I would say that the plan would fail.", "would", ["possibility", "possibility"]),
    ("The official would not say when the money would arrive.", "would", []),
    ("The spokesman would not comment.", "would", []),
    ("The bridge would not survive a flood.", "would", ["possibility"]),
    # "could": possibility, not negated ability
    ("The dispute could provoke sanctions.", "could", ["possibility"]),
    ("She could not attend the hearing.", "could", []),
    # "some": a number blurred, a vague source, or neither
    ("Some 300 people marched.", "some", ["approximation"]),
    ("Some officials said the plan was risky.", "some", ["vague_source"]),
    ("Some say the deal is unfair.", "some", ["vague_source"]),
    ("Some progress was made on Friday.", "some", []),
    ("Some patients dropped out of the trial.", "some", []),
    # a group with no name, only a place, that judges or reports: a vague source
    ("Residents in Lower Carrow described a terrifying night.", "Residents", ["vague_source"]),
    ("Critics in Southmark dismissed her speech as grandstanding.", "Critics", ["vague_source"]),
    ("Some specialists say the guidance is wrong.", "Some", ["vague_source"]),
    ("Critics at Harvard dismissed the plan.", "Critics", []),
    ("Residents in Lower Carrow cleared the road.", "Residents", []),
    ("Should people in Marrow Vale expect more floods?", "people", []),
    # "possible": doubt, not feasibility or a limit
    ("A possible deal was discussed.", "possible", ["possibility"]),
    ("It is possible that the talks fail.", "possible", ["possibility"]),
    ("The fund doubled the maximum possible share of yuan.", "possible", []),
    ("Reply as soon as possible.", "possible", []),
    ("It is possible to reach the island by ferry.", "possible", []),
    # "appear": seeming, not showing up
    ("Xi has at times appeared cool on the invasion.", "appeared", ["appearance"]),
    ("The spray appears to reduce sneezing.", "appears", ["appearance"]),
    ("She appeared on television on Monday.", "appeared", []),
    ("He appeared in court in March.", "appeared", []),
    # "so far": time, not distance
    ("Beijing has so far been careful.", "so", ["limitation"]),
    ("He went so far as to call it a farce.", "so", []),
    # "claims": a disputed claim, not a toll or a trophy
    ("He claimed that the vote was rigged.", "claimed", ["distancing"]),
    ("The island, which China claims as its own, held elections.", "claims", ["distancing"]),
    ("The storm claimed three lives.", "claimed", []),
    # agentless judgements are vague sources; a named judge is not
    ("He is widely regarded as a genius.", "regarded", ["vague_source"]),
    ("It is believed that the bridge was unsafe.", "believed", ["vague_source"]),
    ("The plan was seen as a failure by the IMF.", "seen", []),
    ("He was considered for the role.", "considered", []),
    # "would" of a habit in the past is no hypothetical
    ("My father had it before me, and he would open at six and shut when the last bus went.", "would", []),
    ("Every evening we would ring round the old ones up the hill.", "would", []),
    ("Every resident would pay more under the plan.", "would", ["possibility"]),
    ("If the counter closed, we would drive to town every week.", "would", ["possibility"]),
    ("The bridge would open when the money arrives.", "would", ["possibility"]),
    ("The council has the money, and it would pay for the repairs.", "would", ["possibility"]),
    # a purpose, a past conviction looking ahead, a preference: no one is unsure (dev articles 64, 73,
    # 75, 77, first looks)
    ("They bought the house so that their sons could walk to school.", "could", []),
    ("The council will publish readings so that traders could see the effect.", "traders", []),
    ("I was sure it would be a gimmick.", "would", []),
    ("I was sure the trust would come in and tell us how to farm.", "would", []),
    ("She would sooner let the beds run wild than sell them.", "would", []),
    ("I am sure it would help.", "would", ["possibility"]),
    ("Traders say prices could rise.", "Traders", ["vague_source"]),
    # "whether" of a condition: what something depends on
    (
        "What a home pays depends on the region, on how many people live there and on whether it has a"
        " meter.",
        "whether",
        [],
    ),
    ("Whether the bridge reopens depends on the survey.", "Whether", ["uncertainty"]),
    # a question someone checks: "came here to see whether I still have the fire"
    ("Some of you came here to see whether I still have the fire.", "whether", []),
    ("Nobody knows whether the bridge will reopen.", "whether", ["uncertainty"]),
    # a question left open in the past: its "would" looks ahead from then
    ("She said it was too early to say whether next year's cap would be lower.", "would", []),
    ("It is too early to say whether the cap would be lower if inflation fell.", "would", ["possibility"]),
    # the pollsters' "likely voters" is a category of respondents, not a chance
    ("She leads by four points among likely primary voters.", "likely", []),
    ("The poll of 640 likely voters was taken by telephone.", "likely", []),
    ("Further heavy rain is possible after midnight.", "possible", ["possibility"]),
    # an active "expect" is a forecast; awaiting a guest, a hope let down or an instruction is not
    ("Solvane expects revenue to grow by a quarter.", "expects", ["probability"]),
    ("Analysts expect a cut in September.", "expect", ["probability"]),
    ("Installations expected in November will cut bills.", "expected", ["probability"]),
    ("We are expecting you next spring on a state visit.", "expecting", []),
    ("We expected our neighbours to honour it.", "expected", []),
    ("Passengers are being told to expect delays.", "expect", []),
    ("The storm hit harder than anyone had expected.", "expected", []),
    ("As expected, the bill passed.", "expected", []),
    ("It is possible for anyone to reach the city by road.", "possible", []),
    ("She is likely to win the primary.", "likely", ["probability"]),
    # an active verb sharing its subject with the verb before is no agentless judgement
    ('The mayor called the plan "a disaster" but said that taxes would not rise.', "said", []),
    ("The firm cut prices and claimed the rivals would follow.", "claimed", ["distancing"]),
    ("He was arrested and believed to be armed.", "believed", ["vague_source"]),
    ("The flag was seen at the parade.", "seen", []),
    # "whether": an open question; "if" only when it asks one
    ("It remains unclear whether the deal will hold.", "whether", ["uncertainty"]),
    ("It is not clear if the plan is legal.", "if", ["uncertainty"]),
    # a question someone asks, decides or will not answer is reported, not the writer's doubt (the keys)
    ("She asked if the plan was legal.", "if", []),
    ("A reader, Tom from Harlow Street, asks whether bin collections will go ahead.", "whether", []),
    ("Asked whether she could be certain of the date, she said no.", "whether", []),
    ("The review would decide whether smaller counters should open.", "whether", []),
    ("The ministry declined to say whether the commission would have a role.", "whether", []),
    ("The board said it was examining whether prices had risen.", "whether", []),
    ("It is too early to say whether the fault was in the design.", "whether", ["uncertainty"]),
    ("We do not know whether the deal will hold.", "whether", ["uncertainty"]),
    ("Whether exam results improve, we won’t know until the summer.", "Whether", ["uncertainty"]),
    ("If it rains, the match is off.", "if", []),
    ("If this goes, I honestly don’t know where people will meet.", "If", []),
    ("If cocoa stays where it is, we see another rise in spring.", "If", []),
    ("I honestly don’t know if the library will stay open.", "if", ["uncertainty"]),
    # a concessive "whether X or not" means "in any case": no open question
    ("The wall was going to fall whether anyone liked it or not.", "whether", []),
    ("Whether or not the deal passes, prices will rise.", "whether", []),
    ("It is unclear whether the deal will hold or not.", "whether", ["uncertainty"]),
    ("He asked whether the plan would work or not.", "whether", []),
    ("It is unclear whether or not the plan was legal.", "whether", ["uncertainty"]),
    ("The board debated whether or not the plan was legal.", "whether", []),
    # "speculate": guesses reported, not a refusal to guess (a non-statement)
    ("Analysts speculated that the bank had cut rates.", "speculated", ["uncertainty"]),
    ("The firm will not speculate about the cause.", "speculate", []),
    ("Police declined to speculate on a motive.", "speculate", []),
    ("There was speculation about a merger.", "speculation", ["uncertainty"]),
    # "doubt": doubting hedges, not doubting (was a hedge: practice articles' keys)
    ("Some economists doubt the cut will help.", "doubt", ["uncertainty"]),
    ("I do not doubt the minister means what he says.", "doubt", []),
    ("She never doubted the figures.", "doubted", []),
    # "in part": a share of the causes or the money, no blurred amount (GUIDELINES §3: approximation
    # only blurs a quantity or a kind; it was a hedge, against two practice articles' keys)
    ("The study was funded in part by a drug company.", "part", []),
    ("Prices rose, in part because the terminal closed.", "part", []),
    # "suggest": evidence pointing, not a proposal
    ("The results suggest the spray works.", "suggest", ["appearance"]),
    ("He suggested a meeting on Monday.", "suggested", []),
]


@pytest.mark.parametrize(("text", "word", "expected"), CONTEXT_RULES)
def test_context_rules(nlp, text, word, expected):
    assert categories_of(nlp, text, word) == expected


# --- multi-word patterns ---------------------------------------------------------------------

MULTI_WORD = [
    ("Russia sent troops in what it terms a special operation.", "what it terms", "distancing"),
    ("He warned against what he called a difficult situation.", "what he called", "distancing"),
    ("They oppose what the industry calls reform.", "what the industry calls", "distancing"),
    ("Beijing avoided the sort of support that angers the West.", "the sort of", "approximation"),
    ("People familiar with the talks said a deal was near.", "People familiar with", "vague_source"),
    ("Sources close to the minister denied it.", "Sources close to", "vague_source"),
    ("The so-called reform plan stalled.", "so-called", "distancing"),
    ("It is too early to say whether the cuts will work.", "too early to say whether", "uncertainty"),
    ("It was not immediately clear who fired first.", "not immediately clear", "uncertainty"),
    ("The result may or may not stand.", "may or may not", "possibility"),
    ("The treaty signed a few days later held.", "a few", "approximation"),
    ("The company is set to announce results.", "is set to", "probability"),
    ("The bill is expected to pass next month.", "is expected to", "probability"),
    ("For now, the ovens are on again.", "For now", "limitation"),
    ("Xi has at times appeared cool.", "at times", "limitation"),
    ("Legal experts say the ruling is sound.", "Legal experts", "vague_source"),
    ("Thirty-odd lorries waited at the border.", "Thirty-odd", "approximation"),
    ("Some of her longtime allies said she waited too long.", "Some of her longtime allies", "vague_source"),
    ("Most of the delegates interviewed on Saturday said they would back her.", "Most of the delegates",
     "vague_source"),
]


@pytest.mark.parametrize(("text", "words", "category"), MULTI_WORD)
def test_multi_word_patterns(nlp, text, words, category):
    assert (words, category) in found(nlp, text)


def test_careful_not_to_is_a_limitation_beside_so_far(nlp):
    # Restraint presented as deliberate caution, softer than a flat "has not" (the seed key agrees).
    assert found(nlp, "Beijing has so far been careful not to provide arms.") == [
        ("so far", "limitation"),
        ("careful not to", "limitation"),
    ]
    assert found(nlp, "He was careful with the glass.") == []


def test_one_hedge_per_occurrence_and_longest_wins(nlp):
    assert found(nlp, "It is unclear whether the deal will hold.") == [("unclear whether", "uncertainty")]
    assert found(nlp, "Shares could possibly fall.") == [
        ("could", "possibility"),
        ("possibly", "possibility"),
    ]


def test_approximation_span_shows_the_blurred_quantity(nlp):
    assert found(nlp, "Some 40 ships were stuck.") == [("Some 40 ships", "approximation")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The bank will lend up to 900 million euros to the two firms.", "up to 900 million euros"),
        ("Patients may wait for up to six months.", "up to six months"),
        ("Tickets cost up to £90.", "up to £90"),
        ("Up to a third of staff could leave.", "Up to a third"),
        ("As many as 300 people marched.", "As many as 300 people"),
        # a limit word later in the sentence, not about the amount (was no hedge: a practice article)
        ("Members may cut their orders by up to 15% in any year without paying a penalty.", "up to 15%"),
    ],
)
def test_up_to_a_number_is_an_approximation_that_covers_the_number(nlp, text, words):
    assert (words, "approximation") in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The list is up to date.",
        "It is up to them.",
        "It works, up to a point.",
        "The team moved up to 20th place.",
        "Up to 2020 the plant was closed.",
        "Do as much as you can.",
        "He faces up to ten years in prison.",
        "He faces up to ten years in a federal prison.",
        "Under the new rules, shops may open for up to eight hours on Sundays.",
        "Drivers face a fine of up to 5,000 euros.",
        "Her photographs range from four feet up to ten feet.",
    ],
)
def test_up_to_without_an_amount_is_no_approximation(nlp, text):
    assert [w for w, category in found(nlp, text) if category == "approximation"] == []


# --- quotations: the speaker hedges -----------------------------------------------------------


def test_in_quote_marks_the_speaker_not_the_outlet(analyze_text):
    analysis = analyze_text("Prices could rise. “Prices may fall,” the minister said.")
    marks = {h.text: h.in_quote for h in analysis.hedges}
    assert marks == {"could": False, "may": True}


def test_straight_quotes_and_unclosed_quotes_count_too(analyze_text):
    analysis = analyze_text('Weather\n\n"It might rain," she said.\n\n"It could snow, he warned.')
    assert [(h.text, h.in_quote) for h in analysis.hedges] == [("might", True), ("could", True)]


def test_speaker_comes_from_the_covering_attribution(nlp):
    text = "“The deal could collapse,” said Ana Ruiz. Talks may resume."
    doc = nlp(text)
    content_end = text.index("”")
    attribution = Attribution(
        speaker="Ana Ruiz",
        speaker_start=text.index("Ana"),
        speaker_end=text.index("Ana") + 8,
        source_type="named_person",
        kind="direct",
        cue="said",
        cue_start=text.index("said"),
        cue_end=text.index("said") + 4,
        content_start=1,
        content_end=content_end,
        sentence=0,
    )
    hedges = hedges_in_doc(doc, attributions=[attribution])
    assert [(h.text, h.in_quote, h.speaker) for h in hedges] == [
        ("could", True, "Ana Ruiz"),
        ("may", False, None),
    ]


# --- whose hedge: the reported source's, or the writer's (GUIDELINES §3) ----------------------

WHOSE = [
    # (article, hedge words, its speaker: the reported source, or None for the writer)
    (
        "A senior official, who spoke on condition of anonymity, said the talks appeared to have stalled.",
        "appeared",
        "official",
    ),
    ("An official said the rules could allow more imports.", "could", "official"),
    ("The minister said prices appeared to be falling.", "appeared", "minister"),
    ("Kremlin spokesman Dmitry Peskov said no date had yet been set for the visit.", "yet", "Peskov"),
    ("Prices may fall next year, according to the central bank.", "may", "central bank"),
    ("“Prices may fall next year,” said Ana Ruiz, the finance minister.", "may", "Ana Ruiz"),
    # the writer's: outside reported speech, or distancing and vague sources wherever they stand
    ("Prices may fall next year. Ana Ruiz said the budget was balanced.", "may", None),
    ("Xi said China would help against what he called a difficult situation.", "what he called", None),
    ("The ministry said the results were reportedly better than expected.", "reportedly", None),
    ("Critics say the plan could fail.", "Critics", None),
    ("“The so-called reform is a fraud,” said Ana Ruiz, the opposition leader.", "so-called", None),
    # the writer's aside inside an unquoted report
    (
        "Putin said he expected Xi to visit next year in what would be a show of solidarity.",
        "would",
        None,
    ),
    ("Putin said he would visit Beijing, a move that could anger Washington.", "could", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), WHOSE)
def test_a_hedge_in_reported_speech_is_the_reported_sources(analyze_text, text, words, speaker):
    analysis = analyze_text(text)
    (hedge,) = [h for h in analysis.hedges if h.text == words]
    if speaker is None:
        assert hedge.speaker is None and hedge.by_writer
    else:
        assert hedge.speaker is not None and speaker in hedge.speaker and not hedge.by_writer


def test_in_quote_still_means_inside_quotation_marks(analyze_text):
    analysis = analyze_text("Ana Ruiz said prices could rise. “Rents may follow,” she added.")
    assert [(h.text, h.in_quote, h.by_writer) for h in analysis.hedges] == [
        ("could", False, False),
        ("may", True, False),
    ]


def test_sentence_and_paragraph_indexes(analyze_text):
    analysis = analyze_text("Title\n\nTalks continued. Prices may rise.\n\nThe deal could fail.")
    assert [(h.text, h.sentence, h.paragraph) for h in analysis.hedges] == [
        ("may", 1, 0),
        ("could", 2, 1),
    ]
    for hedge in analysis.hedges:
        assert analysis.text[hedge.start : hedge.end] == hedge.text


# --- explanations ------------------------------------------------------------------------------


@pytest.mark.parametrize("category", HEDGE_CATEGORIES)
def test_every_category_has_a_short_one_sentence_explanation(category):
    explanation = category_explanation(category).replace("{text}", "so far")
    assert explanation.endswith(".") and explanation.count(". ") == 0
    assert "“so far”" in explanation
    assert len(explanation.split()) <= 22


def test_every_lexicon_entry_explains_itself_in_one_short_sentence():
    for entry in load_lexicon():
        text = entry.explain("word")
        assert text.endswith(".") and text.count(". ") == 0, entry
        assert len(text.split()) <= 24, entry


def test_hits_carry_an_explanation_with_their_words(nlp):
    (hedge,) = hedges_in_doc(nlp("Beijing has so far been careful."))
    assert hedge.explanation.startswith("“so far”")
    assert "change" in hedge.explanation


# --- the seed: what a student would check ----------------------------------------------------


@pytest.mark.parametrize(
    ("words", "category"),
    [
        ("appeared", "appearance"),
        ("so far", "limitation"),
        ("at times", "limitation"),
        ("could", "possibility"),
        ("would", "possibility"),
        ("what it terms", "distancing"),
        ("what he called", "distancing"),
        ("around eight minutes", "approximation"),
        ("around a quarter", "approximation"),
        ("a few", "approximation"),
        ("the sort of", "approximation"),
        ("yet", "limitation"),
        ("claims", "distancing"),
    ],
)
def test_seed_hedges(seed_analysis, words, category):
    assert (words, category) in [(h.text, h.category) for h in seed_analysis.hedges]


def test_seed_has_no_false_alarms_a_student_would_spot(seed_analysis):
    texts = {h.text for h in seed_analysis.hedges}
    assert "possible" not in texts  # "the maximum possible share" is a ceiling, not doubt
    assert "expecting" not in texts  # “We are expecting you” is a welcome, not a forecast
    assert all(not h.in_quote for h in seed_analysis.hedges)  # the quotations state, they do not hedge


# --- counts and summary -----------------------------------------------------------------------


def test_count_hedges(analyze_text):
    analysis = analyze_text(
        "Title\n\nPrices could rise. Talks have so far stalled.\n\n“It may fail,” she said."
    )
    counts = count_hedges(analysis)
    assert counts["total"] == 3
    assert counts["by_category"]["possibility"] == 2 and counts["by_category"]["limitation"] == 1
    assert set(counts["by_category"]) == set(HEDGE_CATEGORIES)
    assert counts["by_paragraph"] == [2, 1]
    assert (counts["outlet"], counts["sources"], counts["in_quotes"]) == (2, 1, 1)
    assert counts["by_category_in_quotes"]["possibility"] == 1
    assert counts["epistemic"] == 2
    assert counts["per_100_words"] == round(100 * 3 / analysis.word_count, 2)


def test_count_hedges_counts_reported_speech_as_the_sources_not_the_outlets(analyze_text):
    analysis = analyze_text(
        "Title\n\nPrices could rise. An official said the talks appeared to have stalled, "
        "against what he called a difficult backdrop.\n\n“Rents may follow,” Ana Ruiz said."
    )
    counts = count_hedges(analysis)
    assert counts["total"] == 4
    assert (counts["outlet"], counts["sources"], counts["in_quotes"]) == (2, 2, 1)
    assert counts["outlet"] + counts["sources"] == counts["total"]
    assert counts["by_category_outlet"]["distancing"] == 1  # "what he called" frames the report
    assert counts["by_category_sources"]["appearance"] == 1
    assert sum(counts["by_speaker"].values()) == 2 and "Ana Ruiz" in counts["by_speaker"]


def test_count_hedges_survives_a_json_round_trip(analyze_text):
    from kit.analysis import Analysis

    analysis = analyze_text("Prices could rise.")
    again = Analysis.from_json(analysis.to_json())
    assert count_hedges(again) == count_hedges(analysis)
    assert analysis.to_dict()["hedge_summary"]["total"] == 1


# --- robustness ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "may",
        "May",
        "Yet",
        "about",
        "some",
        "so far",
        "“",
        "”may”",
        "what",
        "around 1",
        "PRICES MAY RISE AROUND 5%",
        "…!?;:",
        "yet yet yet may may may about about about",
        "It is considered",
        "widely",
        "🙂 could 🙂",
        "may " * 400,
    ],
)
def test_no_exception_on_odd_input(nlp, text):
    hedges = hedges_in_doc(nlp(text))
    for hedge in hedges:
        assert hedge.category in HEDGE_CATEGORIES
        assert text[hedge.start : hedge.end] == hedge.text


def test_odd_articles_analyse(analyze_text):
    for text in ["“Unbalanced may rise", "“ ” “ ”", "Numbers 1 2 3 4 about 5 around 6"]:
        analysis = analyze_text(text)
        assert count_hedges(analysis)["total"] == len(analysis.hedges)
        summary_lines(analysis)


def test_works_without_a_parser():
    import spacy

    nlp = spacy.blank("en")
    assert found(nlp, "Perhaps it will rain; it may, reportedly, snow around 5 pm.") == [
        ("Perhaps", "possibility"),
        ("may", "possibility"),
        ("reportedly", "distancing"),
        ("around 5", "approximation"),
    ]
    assert found(nlp, "In May the yet unknown critics said so.") == []


# --- the lexicon as data --------------------------------------------------------------------


@pytest.mark.parametrize("name", [LEXICON_FILE, CATEGORY_FILE, WORDLIST_FILE])
def test_data_files_name_source_and_licence(name):
    header = (DATA / name).read_text(encoding="utf-8")[:2000]
    assert re.search(r"^# Source:", header, re.MULTILINE)
    assert re.search(r"^# Licence:", header, re.MULTILINE)


def test_lexicon_covers_every_category_and_expands():
    entries = load_lexicon()
    assert {e.category for e in entries} == set(HEDGE_CATEGORIES)
    for entry in entries:
        assert expand_pattern(entry.pattern), entry
    assert set(EPISTEMIC_CATEGORIES) <= set(HEDGE_CATEGORIES)


def test_phrase_alternatives_expand_as_whole_phrases():
    assert ("for", "the", "time", "being") in expand_pattern("for now / for the time being")
    assert ("for", "now", "the") not in expand_pattern("for now / for the time being")


# --- a bad line in a data file: the file and the line, never a bare ValueError ----------------


def _drop(prefix: str):
    return lambda lines: [line for line in lines if not line.startswith(prefix)]


@pytest.mark.parametrize(
    ("name", "change", "what"),
    [
        (LEXICON_FILE, "perhaps\tpossibility\t-", "expected 4 tab-separated columns"),
        (LEXICON_FILE, "perhaps\tguesswork\t-\t-", "unknown category 'guesswork'"),
        (LEXICON_FILE, "perhaps\tpossibility\tperhaps_rule\t-", "unknown rule 'perhaps_rule'"),
        (LEXICON_FILE, "@no_such_list\tvague_source\t-\t-", "unknown word list @no_such_list"),
        (CATEGORY_FILE, "limitation\tlimitation", "expected 3 tab-separated columns"),
        (CATEGORY_FILE, "limitation\tlimitation\t", "needs a label and an explanation"),
        (CATEGORY_FILE, "guesswork\tguesswork\t“{text}” guesses.", "unknown category 'guesswork'"),
        (WORDLIST_FILE, "volition", "expected 2 tab-separated columns"),
    ],
    ids=[
        "columns",
        "category",
        "rule",
        "word-list",
        "category-columns",
        "no-explanation",
        "unknown-category",
        "word-list-columns",
    ],
)
def test_a_bad_lexicon_line_names_the_file_and_the_line(data_copy, name, change, what):
    from kit.errors import LexiconError

    line = data_copy(name, change)
    with pytest.raises(LexiconError) as caught:
        load_lexicon()
        category_explanation("possibility")
    assert caught.value.code == "KIT700"
    assert str(caught.value).startswith(f"{name}, line {line}: ")
    assert what in str(caught.value)
    assert f"kit/data/{name}" in str(caught.value)


def test_a_category_without_an_explanation_is_named(data_copy):
    from kit.errors import LexiconError

    data_copy(CATEGORY_FILE, _drop("uncertainty\t"))
    with pytest.raises(LexiconError, match=r"hedge_categories\.tsv has no explanation for \['uncertainty'\]"):
        category_explanation("possibility")


def test_the_real_data_files_are_read_again_after_a_bad_copy():
    assert len(load_lexicon()) > 100
    assert category_explanation("uncertainty").startswith("“{text}”")


# --- beliefs, reported questions, names taken for plurals, unowned reports (issue 10) ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I think it could flood again next winter.", [("I think", "probability"), ("could", "possibility")]),
        ("Some of them will, I think.", [("I think", "probability")]),
        ("We believe we are only at the beginning.", [("We believe", "probability")]),
        ("She said she believed an agreement was near.", [("believed", "probability")]),
        ("I think about the river every day.", []),
        ("He believes in the plan.", []),
        ("It reminds me what they think this place is for.", []),
        ("Largely, I think.", [("I think", "probability")]),  # an answer: "largely" says how much, no hedge
    ],
)
def test_a_person_offering_a_belief_hedges(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported question: "would" is the back-shift of "when will the money be paid?"
        ("The paper asked the district when the rest of the money would be paid.", []),
        # a question open in the past: "would" is the future as seen then
        ("What we could not know was exactly where the rain would fall.", []),
        ("He wondered what he would do.", []),
        ("People talk at lunch now, which I never expected to say.", []),  # the speaker's own surprise
        ("Reyna said a visit to Lensk was likely.", [("likely", "probability")]),  # a name, not "critics"
        ("We are getting reports of a large fire on the estate.", [("reports of", "vague_source")]),
        ("The reports of the committee were published on Monday.", []),
    ],
)
def test_what_is_not_a_hedge_and_reports_nobody_owns(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The pickup drove off, police said. Police said two men had been arrested.",
        "“People think this place is about fixing things,” she says. “People called, people emailed.”",
    ],
)
def test_the_police_and_a_quoted_people_are_no_blurred_source(analyze_text, text):
    """The police are an institution (GUIDELINES §2), and a blurred source inside quotation marks is
    the speaker's words, not the writer's framing: both were vague-source hedges (practice articles)."""
    result = analyze_text("Report\n\nAna Ruiz runs the workshop. " + text)
    assert [h.text for h in result.hedges if h.category == "vague_source"] == []


@pytest.mark.parametrize(
    "text",
    ["Many of the branches will close.", "Some of them said no.", "Two of the drivers said it was late."],
)
def test_part_of_a_thing_or_of_a_group_named_before_is_no_vague_source(nlp, text):
    assert not [f for f in found(nlp, text) if f[1] == "vague_source"]


def test_a_forecast_in_the_cue_is_the_sources_hedge(analyze_text):
    """ "Solvane expects revenue to grow …": the hedge is the cue of Solvane's statement, so it is
    Solvane's, not the writer's (GUIDELINES §3; the practice keys)."""
    result = analyze_text("Results\n\nSolvane Mobility reported record sales. Solvane expects sales to rise.")
    expects = [h for h in result.hedges if h.text == "expects"]
    assert [(h.category, h.speaker) for h in expects] == [("probability", "Solvane Mobility")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of belief the parser read as a noun after a number: no one says who thinks so
        ("The library is one of the four thought to be at risk.", [("thought", "vague_source")]),
        ("His thought to be fair was kind.", []),
        # how much of a whole, not a blurred quantity (no practice key counts these)
        ("The gap grew, largely because of the cost of care.", []),
        ("The posts were mostly photographs of cakes.", []),
        # the people a survey asked, inside what it found: its answers, not a blurred source
        ("The survey also found that 40 per cent had given up, and that many said they could not pay.", []),
        ("Many said they could not pay.", [("Many", "vague_source")]),
    ],
)
def test_whose_judgement_and_how_much_of_a_whole(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was hit at about 7.40am on 12 March.", [("about 7.40am", "approximation")]),
        ("Forty-one years, give or take, and I still hold my breath.", [("give or take", "approximation")]),
        ("Each battery is about the size of a garden shed.", [("about the size of", "approximation")]),
        ("They talked about the size of the deficit.", []),
        ("It would work in almost any town.", [("would", "possibility"), ("almost any", "approximation")]),
        ("It’s possible the effect is modest.", [("possible", "possibility")]),
        ("I can’t be certain it was a phone.", [("can’t be certain", "uncertainty")]),
        ("I told them that in no uncertain terms.", []),
    ],
)
def test_rough_times_sizes_and_plain_doubts(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of an unnamed group, placed but not named
        ("Some farmers in the valley say they would welcome the beavers.",
         [("Some farmers", "vague_source"), ("would", "possibility")]),
        ("Some residents of the old harbour district say they fear the sale.",
         [("Some residents", "vague_source")]),
        ("Some members of the committee said no.", []),
        # a speaker's own "I would" in a quotation set apart from its tag: a supposition, not a
        # back-shifted future, even with "every week" (after a sentence that looks ahead: no habit)
        ("“The beavers will build another dam, and then what? I would be out there every week with a spade,”"
         " said the farmer.", [("would", "possibility")]),
        ("When I was a girl, we had no phone. Every evening we would ring round from the box.", []),
        ("The minister said it “would be a disaster”.", []),
        ("Bell said: “This community would not let it go.”", []),
    ],
)
def test_unnamed_shares_of_a_group_and_a_speakers_own_would(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agentless belief; "by about half" is how much, not by whom
        ("The number of deer in the hills is thought to have grown by about half since 2005.",
         [("is thought", "vague_source"), ("about half", "approximation")]),
        ("The organisers are understood to have met police chiefs at noon.",
         [("are understood", "vague_source")]),
        ("The risk is well understood by engineers.", []),
        # a belief whose clause the parser read as a noun phrase; "I suppose"
        ("Ticks feed on deer. I suspect the deer matter at least as much as the weather.",
         [("I suspect", "probability")]),
        ("If she doesn’t, I suppose I’ll keep going.", [("I suppose", "probability")]),
        # a rough multiple and "something like" a number
        ("Counts had nearly doubled between 2015 and 2024.", [("nearly doubled", "approximation")]),
        ("This spring I’ll do something like 40 nights on call.",
         [("something like 40 nights", "approximation")]),
        ("It looks something like a cat.", []),
        # the limits of what the speaker knows
        ("As far as I know nobody has a plan.", [("As far as I know", "appearance")]),
        ("I honestly don't know whether we can afford one.",
         [("I honestly don't know whether", "uncertainty")]),
        ("I don't know him.", []),
        ("I think it was the Tuesday, but I couldn’t swear to it.",
         [("I think", "probability"), ("couldn’t swear to", "uncertainty")]),
        ("We have not been able to confirm this.", [("have not been able to confirm", "uncertainty")]),
    ],
)
def test_beliefs_limits_of_knowledge_and_rough_multiples(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a habit in the past: "while he carved", "for the first six months"
        ("She learned the trade from her father, who would hum hymns under his breath while he carved.", []),
        ("For the first six months she wouldn’t let me near a headstone. I cut the alphabet on scrap.", []),
        ("If it rains, I would stay in while the storm passes.", [("would", "possibility")]),
        # the future seen from a question asked or a judgement made in the past
        ("When I asked whether the council had looked at what the change would mean for night workers, a"
         " spokesman said no.", []),
        ("The ministry may have underestimated how strongly Seravia would react.", [("may", "possibility")]),
        ("I wondered what would happen if the bridge fell.", []),
        # what people may do is no claim of theirs
        ("Residents can respond online or at the town hall.", []),
        ("Residents say the plan is flawed.", [("Residents", "vague_source")]),
    ],
)
def test_woulds_of_the_past_and_what_people_may_do(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "’d" is "would" when a verb's base form follows it, "had" when a participle does
        ("So you’d be replacing several thousand lanterns.",
         [("you’d", "possibility"), ("several", "approximation")]),
        ("If I were on the cabinet, I’d want to see that plan.", [("I’d", "possibility")]),
        ("I'd honestly given up on getting a date.", []),
        ("I’d just like someone from the trust to come.", []),
        ("We'd welcome a monitor on the green.", []),
        ("They would welcome the beavers if the compensation were simpler.", [("would", "possibility")]),
        # "I’d expect": the belief is the hedge
        ("I’d expect both to close next year.", [("expect", "probability")]),
        ("We'd normally see less rain in October.", []),
        # rough amounts and guesses
        ("The work would cost somewhere between £4 million and £5 million.",
         [("would", "possibility"), ("somewhere between", "approximation")]),
        ("I’ve spent the best part of thirty years trying.", [("the best part of", "approximation")]),
        ("It is far too early to call the end of the crisis. My guess is that bills stay high.",
         [("too early to call", "uncertainty"), ("My guess is", "probability")]),
        # "might as well" is a shrug, not a doubt
        ("It might as well be each other.", []),
    ],
)
def test_contracted_woulds_rough_amounts_and_guesses(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was so before now, past ignorance and a belief given up are no doubts about the claim
        ("Until now, there were few hard numbers to back them up.", []),
        ("Then the door shut, and I didn't know who to ring.", []),
        ("I thought it would be like roofing with straw. It isn't.", []),
        ("I don't know whether the wall will hold.", [("I don't know whether", "uncertainty")]),
        # a body or a group that believes or suspects
        ("The club believes the move could double its income.",
         [("believes", "probability"), ("could", "possibility")]),
        # people named only by where they stand, and a name they give it
        ("Supporters of the scheme argue that booking systems have cut queues.",
         [("Supporters", "vague_source")]),
        ("Critics have dubbed the deposit a tax on tidiness.", [("Critics", "vague_source")]),
        # "be reported to" before a verb only; a name the department gives; forecasts and open questions
        ("Fly-tipping figures will be reported to the committee every three months.", []),
        ("It rests on a fleet of what the department has christened Smile Mobiles.",
         [("what the department has christened", "distancing")]),
        ("The likeliest outcome is a smaller market.", [("likeliest", "probability")]),
        ("The race is too close to call.", [("too close to call", "uncertainty")]),
        ("I can't tell you whether a deposit will fix that.", [("I can't tell you whether", "uncertainty")]),
        ("Her remarks appeared designed to prepare the ground.", [("appeared", "appearance")]),
        ("Most attacks settle within a week or two.", [("a week or two", "approximation")]),
        # a polite request is no supposition
        ("I would ask every member of this committee to think again.", []),
        # what is fair to ask, money asked back and an ordinal are no hedges; rough counts and limits are
        ("Parents cannot be expected to respond to a proposal.", []),
        ("Talks are not expected to resume before Thursday.", [("expected to", "probability")]),
        ("Parents may be able to claim back what they spent.", [("may", "possibility")]),
        ("Engineers are more worried about a second section of the bank.", []),
        ("It could be cited in two or three similar cases.", [("could", "possibility"),
                                                              ("two or three", "approximation")]),
        ("The old policy is back in force, at least on paper.", [("at least on paper", "limitation")]),
        ("The nearest employee is, as far as I can establish, forty miles away.",
         [("as far as I can establish", "appearance")]),
        ("I can't say whether those illnesses came from the water.",
         [("I can't say whether", "uncertainty")]),
    ],
)  # fmt: skip
def test_times_before_now_beliefs_of_bodies_and_stances(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev articles 217, 218 and 226: accounts of nobody named, rough figures, a plausible reading
        ("By some accounts she served as many as 600 meals a day.",
         [("By some accounts", "vague_source"), ("as many as 600 meals", "approximation")]),
        ("Nearer 400, she said.", [("Nearer 400", "approximation")]),
        ("Nearer the time, she left.", []),
        ("Bedrooms were about 1.4C cooler.", [("about 1.4C cooler", "approximation")]),
        ("Extending it would cost in the region of £25 million.",
         [("would", "possibility"), ("in the region of", "approximation")]),
        ("Shade is the most plausible explanation.", [("plausible", "probability")]),
        # a study that reports is no report of nobody
        ("It also reports that the gap was widest among people over 65.", []),
    ],
)  # fmt: skip
def test_accounts_of_nobody_glued_units_and_a_study_that_reports(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev articles (the "could" false alarms): a past ability is no doubt
        ("She could afford to stop working.", []),
        ("There was nothing I could do to protect him.", []),
        ("You could tell he was nervous.", []),
        ("It was the wettest month she could remember.", []),
        # a possibility stays one, "do" with its object too
        ("Prices could rise next year.", [("could", "possibility")]),
        ("The change could do real damage.", [("could", "possibility")]),
    ],
)  # fmt: skip
def test_could_of_a_past_ability_is_no_hedge(nlp, text, expected):
    assert found(nlp, text) == expected


def test_would_not_be_drawn_is_a_refusal_not_a_hedge(nlp):
    """Dev articles (ten "would" false alarms, none keyed): "would not be drawn on …" refuses to comment,
    as "would not say" does; it doubts nothing."""
    assert found(nlp, "The spokesperson would not be drawn on the future of the bus.") == []
