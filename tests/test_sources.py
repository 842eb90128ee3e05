"""Who said what (kit.sources, GUIDELINES §2): invented sentences for every rule, the seed, bad input."""

from __future__ import annotations

import os
import random
import re
from pathlib import Path

import pytest

from kit.errors import KitError
from kit.sources import SourceFindings, find_sources, load_lexicon
from kit.summary import sources_lines


def only(analysis, kind=None):
    """The one attribution of ``analysis`` (of ``kind``, when given)."""
    found = [a for a in analysis.attributions if kind is None or a.kind == kind]
    assert len(found) == 1, [
        (a.speaker, a.kind, analysis.text[a.content_start : a.content_end]) for a in found
    ]
    return found[0]


def content(analysis, attribution) -> str:
    return analysis.text[attribution.content_start : attribution.content_end]


# --- direct quotations: the cue before, after, inside, inverted --------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Anna Berg said: “We will fight on to the end.”", "said"),  # cue before
        ("“We will fight on to the end,” Anna Berg said.", "said"),  # cue after
        ("“We will fight on to the end,” said Anna Berg.", "said"),  # inverted
        ('"We will fight on to the end," Anna Berg told reporters.', "told"),  # straight marks
        ("‘We will fight on to the end,’ Anna Berg said.", "said"),  # British single marks
        ("“We will fight on to the end,” Anna Berg, the union’s leader, said on Monday.", "said"),
        ("“We will fight on to the end,” said Anna Berg, half joking.", "said"),  # subject parsed as joking's
        ("“We will fight on to the end,”Anna Berg said.", "said"),  # no space after the closing mark
        ("Anna Berg said,“We will fight on to the end.”", "said"),  # nor before the opening one
    ],
)
def test_direct_quotation_with_its_cue(analyze_text, text, cue):
    result = analyze_text(text)
    found = only(result)
    assert (found.speaker, found.kind, found.cue) == ("Anna Berg", "direct", cue)
    assert content(result, found).startswith("We will fight on")
    assert found.quoted_words == 7
    assert result.text[found.speaker_start : found.speaker_end] == "Anna Berg"


def test_a_quotation_split_by_its_cue_goes_on_with_the_same_cue_and_without_the_tag(analyze_text):
    """Two parts of one quotation, the second a continuation with the same cue (as the answer keys list
    it: a practice live blog's and a practice explainer's first look); the tag between them ("said
    Tamsin Hale, who runs …") is no part of what was said."""
    result = analyze_text("“We will appeal,” Anna Berg said, “and we will win.”")
    assert [(a.kind, a.speaker, a.cue, content(result, a)) for a in result.attributions] == [
        ("direct", "Anna Berg", "said", "We will appeal,"),
        ("direct", "Anna Berg", "said", "and we will win."),
    ]
    assert sum(a.quoted_words for a in result.attributions) == 7


@pytest.mark.parametrize("mark", ["“", "''"])  # curly marks; two apostrophes (newspaper archives)
def test_a_cue_ending_its_sentence_splits_nothing(analyze_text, mark):
    close = "”" if mark == "“" else mark
    result = analyze_text(
        f"{mark}That is paid for by the taxpayers they just fired,{close} said Senator Joe Donnelly, "
        f"Democrat of Indiana. {mark}They are trying to be the ultimate free rider.{close}"
    )
    first, second = result.attributions
    assert first.speaker == second.speaker == "Joe Donnelly"
    assert content(result, first) == "That is paid for by the taxpayers they just fired,"
    assert content(result, second) == "They are trying to be the ultimate free rider."


def test_a_cue_cut_off_by_a_full_stop_still_tags_the_quotation(analyze_text):
    result = analyze_text(
        "Anna Berg spoke on Monday. “We will look for the papers that are missing.” Anna Berg said on Monday."
    )
    found = only(result)
    assert (found.speaker, found.kind, found.cue) == ("Anna Berg", "direct", "said")
    assert content(result, found) == "We will look for the papers that are missing."


def test_an_inverted_question_is_asked_by_the_name_after_the_cue(analyze_text):
    result = analyze_text(
        "“Is Trump running against the committee?” asked Paul Manafort, referring to the attacks."
    )
    found = only(result)
    assert (found.speaker, found.kind, found.cue) == ("Paul Manafort", "direct", "asked")


def test_a_speaker_with_a_relative_clause_keeps_the_statement(analyze_text):
    # the parser gives "who sits …" the name as a second subject and "said" none
    result = analyze_text(
        "Tom Hale, meanwhile, who sits at zero such endorsements, said the bridge was far too costly."
    )
    found = only(result)
    assert (found.speaker, found.cue) == ("Tom Hale", "said")
    assert content(result, found) == "the bridge was far too costly"


def test_a_cue_in_the_speakers_relative_clause_does_not_tag_the_quotation(analyze_text):
    result = analyze_text("“We are ready,” Anna Berg, who has proposed a strike since May, said on Monday.")
    quoted = [a for a in result.attributions if a.kind == "direct"]
    assert [(a.speaker, a.cue) for a in quoted] == [("Anna Berg", "said")]


def test_said_before_adding_gives_each_quotation_its_own_cue(analyze_text):
    # the parser takes "nothing" inside the first quotation for a subject of "said"
    result = analyze_text(
        '"If she gets to pick her judges, nothing you can do folks," Tom Hale said before adding: '
        '"Though the other people, maybe there is, I do not know."'
    )
    assert [(a.speaker, a.cue, content(result, a)[:12]) for a in result.attributions] == [
        ("Tom Hale", "said", "If she gets "),
        ("Tom Hale", "adding", "Though the o"),
    ]


def test_a_one_word_quotation_after_its_cue_is_a_statement(analyze_text):
    result = analyze_text('Asked whether he would fire the writer, Tom Hale said, "Probably." Then he left.')
    found = only(result)
    assert (found.speaker, found.kind, content(result, found)) == ("Tom Hale", "direct", "Probably.")


def test_a_one_word_answer_before_its_cue_is_a_statement_but_a_label_is_not(analyze_text):
    """ "“Denver,” he answered." was a quoted term, lost from the speaker (PolNeAR train); a label
    ("“Unfriendly,” the minister called it") and a scare quote inside a clause stay quoted terms."""
    result = analyze_text(
        "Debate\n\nChris Christie gave a one-word answer on the question. “Denver,” he answered.\n\n"
        "“Really,” Susan Sarandon added when the host laughed.\n\n"
        "“Unfriendly,” the minister called it. Critics called it “a farce,” the report said."
    )
    said = [(a.speaker, a.kind, a.cue, content(result, a)) for a in result.attributions]
    assert said == [
        ("Chris Christie", "direct", "answered", "Denver,"),
        ("Susan Sarandon", "direct", "added", "Really,"),
        ("the report", "indirect", "said", "Critics called it “a farce"),
    ]
    assert [t.text for t in result.quoted_terms] == ["Unfriendly,"]


def test_an_exclamation_right_after_its_cue_is_a_statement_and_the_next_cue_keeps_its_own(analyze_text):
    """ "She declared “What a Super Tuesday!” and said that …": the exclamation was a quoted term and
    "said" took it, losing what she said (PolNeAR train)."""
    result = analyze_text(
        "Primaries\n\nHillary Clinton won seven states. She declared “What a Super Tuesday!” and said that"
        " her campaign would continue to fight."
    )
    said = [(a.speaker, a.kind, a.cue, content(result, a)) for a in result.attributions]
    assert said == [
        ("Hillary Clinton", "direct", "declared", "What a Super Tuesday!"),
        ("Hillary Clinton", "indirect", "said", "her campaign would continue to fight"),
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "“Oh, let him make that decision,” said Vice President Joe Biden, urging those calling for"
            " Sanders’ withdrawal to “give him time.”",
            "said",
        ),
        (
            "“The evidence shows that she is not fit to serve,” Ben Carson tells Breitbart News, responding"
            " to the recent news.",
            "tells",
        ),
    ],
)
def test_the_cue_beside_a_quotation_keeps_it_from_a_participle_after_it(analyze_text, text, cue):
    """A first version of the rule above gave these quotations to "urging" and "responding"."""
    result = analyze_text("Campaign\n\n" + text)
    assert [a.cue for a in result.attributions if a.kind == "direct"][:1] == [cue]


def test_a_clause_hung_on_an_earlier_verb_goes_to_the_cue_just_before_it(analyze_text):
    """ "…, with Senator John McCain telling reporters on Thursday he viewed Obama as “…”": the parser hung
    McCain's clause on "responds", and the country was credited with it."""
    result = analyze_text(
        "Report\n\nThe United States responds to violence at home, with Republican Senator John McCain"
        " telling reporters on Thursday he viewed Obama as “directly responsible” for the attack."
    )
    found = only(result)
    assert (found.speaker, found.cue) == ("John McCain", "telling")
    assert content(result, found) == "he viewed Obama as “directly responsible” for the attack"


def test_a_cue_the_parser_hung_on_the_clause_it_reports_takes_that_clause(analyze_text):
    """ "… after Trump told The Washington Post he was “not quite there yet”": the parser made "told" a
    modifier of "was", and the cue had nothing to report (PolNeAR train)."""
    result = analyze_text(
        "Report\n\nThe endorsement comes just three days after Trump told The Washington Post he was"
        " “not quite there yet” on supporting Ryan."
    )
    found = only(result)
    assert (found.speaker, found.cue) == ("Trump", "told")
    assert content(result, found) == "he was “not quite there yet” on supporting Ryan"


def test_a_cue_in_a_clause_a_comma_sets_apart_reports_nothing_of_the_clause_after_it(analyze_text):
    """ "She went on to say that, because Comey testified, it is also accurate.": "testified" opens a
    clause of reason, set apart by its comma; what follows is not the FBI director's testimony
    (PolNeAR train)."""
    result = analyze_text(
        "Report\n\nHillary Clinton spoke in Denver. She went on to say that, because James Comey testified,"
        " her statements were accurate."
    )
    assert not [a for a in result.attributions if a.speaker == "James Comey"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“I would have been sitting in Siberia for a long time,” Mr. Daniloff, now 81 and retired in"
            " Cambridge, Mass., said by telephone this week.",
            "Daniloff",
        ),
        (
            "“We have had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a"
            " cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as confetti fluttered down.",
            "Bill Eastland",
        ),
        ("“It is over,” the old man, smiling, said quietly.", "the old man"),
    ],
)
def test_the_name_after_a_quotation_speaks_whatever_aside_comes_before_the_cue(analyze_text, text, speaker):
    """These quotations went to the previous paragraph's speaker (PolNeAR train)."""
    result = analyze_text("Convention\n\nAnna Richardson White, a spokeswoman, spoke on Saturday.\n\n" + text)
    quoted = [a for a in result.attributions if a.kind == "direct"]
    assert [(a.speaker, a.cue) for a in quoted] == [(speaker, "said")]


def test_adding_after_a_reported_clause_is_the_reporter_going_on(analyze_text):
    """ "Trump told Newsmax that Romney “had …,” adding, “…”": the parser hung "adding" on the reported
    clause, and Romney was credited with Trump's words (PolNeAR train)."""
    result = analyze_text(
        "Interview\n\nDonald Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation"
        " which was maniacal,” adding, “He lost all of the Latino vote.”"
    )
    said = [(a.speaker, a.cue, content(result, a)) for a in result.attributions]
    assert said == [
        ("Donald Trump", "told", "Mitt Romney “had a crazy policy of self-deportation which was maniacal"),
        ("Donald Trump", "adding", "He lost all of the Latino vote."),
    ]


def test_a_cue_the_parser_coordinated_with_an_object_keeps_the_speaker(analyze_text):
    """ "He adopted a fake accent and joked, “…”": "joked" hung on "accent" had no subject, and the
    quotation was lost (PolNeAR train)."""
    result = analyze_text(
        "Rally\n\nGlenn Beck spoke for an hour. He then adopted a fake Southern accent and joked, “But I am"
        " just gonna make it easier for them to make fun of me.”"
    )
    found = only(result)
    assert (found.speaker, found.kind, found.cue) == ("Glenn Beck", "direct", "joked")


def test_a_speaker_the_parser_hung_on_a_date_as_an_apposition(analyze_text):
    result = analyze_text(
        "But in a conference call with reporters on Dec. 2, Col. Steven H. Warren, a military spokesman "
        "in Baghdad, said, “I mean, a raid is a combat operation. There is no way around that.”"
    )
    found = only(result)
    assert (found.speaker, found.kind) == ("Steven H. Warren", "direct")
    assert result.text[found.source_start : found.source_end] == (
        "Col. Steven H. Warren, a military spokesman in Baghdad"
    )


def test_a_cue_cut_off_by_a_full_stop_after_a_multi_paragraph_quotation(analyze_text):
    result = analyze_text(
        "Story\n\n“We will look for the papers that are missing.\n\n"
        "“We will not stop until we find them.” Anna Berg said on Monday."
    )
    found = only(result)
    assert (found.speaker, found.kind, found.cue) == ("Anna Berg", "direct", "said")
    assert content(result, found).endswith("until we find them.")


def test_inverted_cue_with_a_title_resolves_to_the_named_person(analyze_text):
    result = analyze_text("Mayor Grace Kerr lost the case on Monday. “We respect the court,” said the mayor.")
    assert only(result).speaker == "Grace Kerr"


def test_continuation_quote_keeps_the_speaker(analyze_text):
    result = analyze_text("“We will fight on,” Anna Berg said. “Nobody will stop us now.”")
    first, second = result.attributions
    assert first.speaker == second.speaker == "Anna Berg"
    assert second.kind == "direct" and second.speaker_start is None
    assert content(result, second).startswith("Nobody will stop us")


def test_quote_paragraph_after_the_speakers_paragraph_continues_it(analyze_text):
    result = analyze_text("Story\n\nAnna Berg said the strike would go ahead.\n\n“Nobody will stop us now.”")
    assert [a.speaker for a in result.attributions] == ["Anna Berg", "Anna Berg"]


def test_multi_paragraph_quotation_is_one_attribution(analyze_text):
    text = (
        "Story\n\nAnna Berg addressed the rally.\n\n"
        "“We have waited long enough,” she said. “The money never came.\n\n"
        "“So we will strike in the autumn.”\n\n"
        "The vote is on Monday."
    )
    result = analyze_text(text)
    assert [a.speaker for a in result.attributions] == ["Anna Berg", "Anna Berg"]
    long = result.attributions[1]
    assert "The money never came." in content(result, long) and "So we will strike" in content(result, long)
    assert "The vote" not in content(result, long)


def test_a_quotation_after_the_cue_of_a_multi_paragraph_quotation_goes_on_with_it(analyze_text):
    text = (
        "Feature\n\nHALDERBY — Ruth Gannaway does not look up when the door opens.\n\n"
        "“People think this place is about fixing things. It is about people.\n\n"
        "“I had a man in last month with a radio,” she says, sliding the tray back. “His wife died in the"
        " spring. He wanted that one to work.\n\n“That is what the council does not see.”"
    )
    result = analyze_text(text)
    assert [(a.speaker, a.cue) for a in result.attributions] == [("Ruth Gannaway", "says")] * 2
    assert content(result, result.attributions[1]).startswith("His wife died in the spring.")


def test_quotation_after_a_colon_paragraph_takes_its_cue(analyze_text):
    text = "Story\n\nHead teacher Lena Frost described her week:\n\n“On Monday two teachers were off sick.”"
    assert only(analyze_text(text)).speaker == "Lena Frost"


# --- indirect and partial speech ------------------------------------------------------------


@pytest.mark.parametrize(
    "verb",
    [
        "said",
        "added",
        "acknowledged",
        "warned",
        "argued",
        "suggested",
        "stressed",
        "insisted",
        "claimed",
        "denied",
        "noted",
    ],
)
def test_indirect_speech_lexicon(analyze_text, verb):
    result = analyze_text(f"Tom Hale {verb} that the new bridge was far too costly.")
    found = only(result)
    assert (found.speaker, found.kind, found.cue) == ("Tom Hale", "indirect", verb)
    assert content(result, found) == "the new bridge was far too costly"


@pytest.mark.parametrize(
    ("text", "cue", "words"),
    [
        ("Tom Hale told reporters that the bridge was too costly.", "told", "the bridge was too costly"),
        ("Tom Hale accused the council of wasting public money.", "accused", "wasting public money"),
        ("Tom Hale described the bridge as a waste of public money.", "described", "a waste of public money"),
        ("Tom Hale called the bridge a waste of public money.", "called", "a waste of public money"),
        ("Tom Hale urged the council to cancel the bridge.", "urged", "cancel the bridge"),
        ("The bridge will cost too much, Tom Hale said.", "said", "The bridge will cost too much"),
        ("The bridge, Tom Hale said, will cost too much.", "said", "will cost too much"),
    ],
)
def test_indirect_speech_frames(analyze_text, text, cue, words):
    result = analyze_text(text)
    found = only(result)
    assert (found.speaker, found.cue) == ("Tom Hale", cue)
    assert words in content(result, found)


def test_a_semicolon_ends_what_the_next_cue_reports(analyze_text):
    result = analyze_text(
        "More than six in 10 said they were not looking forward to the campaign; 46 percent said they were."
    )
    assert [(a.speaker, content(result, a)) for a in result.attributions] == [
        ("More than six in 10", "they were not looking forward to the campaign"),
        ("46 percent", "they were"),
    ]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("About 4 in 10 say they want the next president to be more liberal.", "About 4 in 10"),
        ("Nearly 6 in 10 said they want the next president to be more liberal.", "Nearly 6 in 10"),
        ("Seven out of 10 say they want the next president to be more liberal.", "Seven out of 10"),
    ],
)
def test_a_polls_share_of_respondents_is_the_source(analyze_text, text, share):
    """ "About 4 in 10 say …" was no attribution (the parser hangs the share on the verb) and "Nearly 6
    in 10" was named "Nearly 6" (PolNeAR train)."""
    result = analyze_text("Poll\n\n" + text)
    found = only(result)
    assert (found.speaker, found.source_type) == (share, "vague")
    assert content(result, found) == "they want the next president to be more liberal"


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "said"),
    [
        (
            "Several students dressed up for the game in support of the wall, the Chicago Tribune reports.",
            "the Chicago Tribune",
            "reports",
            "Several students dressed up for the game in support of the wall",
        ),
        (
            "Abortion is “central” to the party platform for the first time, reported the Washington"
            " Examiner.",
            "the Washington Examiner",
            "reported",
            "Abortion is “central” to the party platform for the first time",
        ),
        (
            "Deficits will end this year, sooner than expected, the Congressional Budget Office reported on"
            " Tuesday -- a development that injects new questions into the race.",
            "the Congressional Budget Office",
            "reported",
            "Deficits will end this year, sooner than expected",
        ),
        (
            "Senator Kate Marlow left the hearing early. Regulators should back their accusations with"
            " evidence and not wave around a “maybe”, she told reporters.",
            "Kate Marlow",
            "told",
            "Regulators should back their accusations with evidence and not wave around a “maybe”",
        ),
    ],
)
def test_a_cue_closing_its_sentence_reports_the_clause_before_its_comma(
    analyze_text, text, speaker, cue, said
):
    """The parser reads these tags as a fragment, a coordinated verb or a clause of the reported verb;
    none was an attribution (PolNeAR train). The speaker may be a pronoun ("…, she told reporters.")."""
    result = analyze_text("Report\n\n" + text + "\n\nShe was traveling to Cairo to visit her daughter.")
    found = only(result)
    assert (found.speaker, found.cue, content(result, found)) == (speaker, cue, said)


def test_a_closing_tag_needs_a_statement_before_it_and_nothing_said_after_it(analyze_text):
    result = analyze_text(
        "Report\n\nIn Ohio last week after the storm, the mayor reported on the damage.\n\n"
        "The water rose quickly, the mayor reported to the council in a letter.\n\nShe left."
    )
    assert [(a.speaker, a.cue, content(result, a)) for a in result.attributions] == [
        ("the mayor", "reported", "The water rose quickly")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "said"),
    [
        (
            "David Cameron criticised Trump in the British parliament over his call for the ban.",
            "David Cameron",
            "criticised",
            "over his call for the ban",
        ),
        (
            "Bernie Sanders promised Sunday at a Las Vegas rally to end the wasteful program.",
            "Bernie Sanders",
            "promised",
            "to end the wasteful program",
        ),
    ],
)
def test_what_a_target_is_criticised_over_and_what_was_promised_at_a_rally(
    analyze_text, text, speaker, cue, said
):
    """Both had no content the kit could find, so no attribution (PolNeAR train)."""
    result = analyze_text("Report\n\n" + text)
    found = only(result)
    assert (found.speaker, found.cue, content(result, found)) == (speaker, cue, said)


def test_criticising_over_dinner_or_speaking_to_win_support_reports_nothing_more(analyze_text):
    result = analyze_text(
        "Report\n\nThe mayor criticized Anna Berg over dinner.\n\nThe mayor spoke at a rally to win support."
    )
    assert result.attributions == ()


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "said"),
    [
        ("Mr. Kasich reported having $1.3 million in cash on hand.", "Kasich", "reported",
         "having $1.3 million in cash on hand"),
        ("David Simas, the White House political director, recalled sitting in on focus groups in 2012.",
         "David Simas", "recalled", "sitting in on focus groups in 2012"),
    ],
)  # fmt: skip
def test_a_gerund_clause_is_what_was_reported(analyze_text, text, speaker, cue, said):
    """A filing's "reported having …" and "recalled sitting in …" reported nothing (PolNeAR train)."""
    result = analyze_text("Campaign\n\n" + text)
    found = only(result)
    assert (found.speaker, found.cue, content(result, found)) == (speaker, cue, said)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Or, as Tom Ridge, a former secretary of homeland security, put it: “The barbarians are no longer"
            " at the gate. They are inside.”",
            "Tom Ridge",
        ),
        (
            "As Akhil Amar, professor of constitutional law at Yale, put it, “Senate Republicans should"
            " remember that a compromise candidate today may be far better.”",
            "Akhil Amar",
        ),
    ],
)
def test_a_quotation_after_as_x_put_it_is_xs(analyze_text, text, speaker):
    """The quotation after "as X, …, put it:" was lost (PolNeAR train)."""
    result = analyze_text("Security\n\nThe attacks are domestic matters. " + text)
    found = only(result)
    assert (found.speaker, found.kind, found.cue) == (speaker, "direct", "put it")


def test_what_a_target_is_accused_of_may_end_with_a_date(analyze_text):
    """ "accused China of hacking computers … in recent years" reported nothing: the date deep in the
    phrase made the whole "of" phrase a time (PolNeAR train)."""
    result = analyze_text(
        "Hacking\n\nWashington has accused China of hacking computers at federal agencies in recent years."
        "\n\nThe mayor spoke for an hour."
    )
    found = only(result)
    assert (found.speaker, found.cue) == ("Washington", "has accused")
    assert content(result, found) == "of hacking computers at federal agencies in recent years"


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        (
            "“He’d get choked up speaking about America,” Mr. Brown said, recalling a visit to his church.",
            "recalling",
            "a visit to his church",
        ),
        (
            "“This moment is outrageous,” spokesman Josh Schwerin said at the time, explaining the"
            " campaign’s decision.",
            "explaining",
            "the campaign’s decision",
        ),
    ],
)
def test_a_participle_going_on_from_a_tag_tells_its_object(analyze_text, text, cue, said):
    """What a speaker recalls or explains right after a tag is told: a second attribution, to the same
    speaker (PolNeAR train). Out of that place "recalled" takes only a clause: "The ministry recalled
    its ambassador" reports nothing."""
    result = analyze_text("Rally\n\n" + text + "\n\nThe ministry recalled its ambassador on Monday.")
    first, second = result.attributions
    assert first.kind == "direct" and first.speaker == second.speaker
    assert (second.cue, content(result, second)) == (cue, said)


def test_what_was_asked_about_may_end_with_a_time(analyze_text):
    """ "asked Trump about statements he had made the previous night" reported nothing: the time in the
    relative clause made the whole "about" phrase a time (PolNeAR train). A time in the object's own
    words still sets the scene: "On Tuesday's Morning Desk, host Mara Quill spoke with …"."""
    result = analyze_text(
        "Radio\n\nConservative radio host Hugh Hewitt asked Trump about statements he had made the previous"
        " night.\n\nOn Tuesday's Morning Desk, host Mara Quill spoke with the county's chief hydrologist."
    )
    found = only(result)
    assert (found.speaker, found.cue) == ("Hugh Hewitt", "asked")
    assert content(result, found) == "about statements he had made the previous night"


def test_partial_quote(analyze_text):
    result = analyze_text("Tom Hale said the bridge was “a waste of public money” and should be scrapped.")
    found = only(result)
    assert found.kind == "partial" and found.quoted_words == 5
    assert not result.quoted_terms  # a fragment credited to a speaker is not a scare quote


def test_a_partial_quote_before_a_second_cue_stays_with_the_first(analyze_text):
    """The quoted words belong to the clause "said" reports, not to the "warned" right after them."""
    result = analyze_text(
        "In an update on its website, Northvale Power said engineers were “working as fast as it is safe"
        " to” but warned that customers could be without power until Friday."
    )
    seen = [(a.kind, a.cue, content(result, a)) for a in result.attributions]
    assert seen == [
        ("partial", "said", "engineers were “working as fast as it is safe to”"),
        ("indirect", "warned", "customers could be without power until Friday"),
    ]
    assert [(h.text, h.speaker) for h in result.hedges] == [("could", "Northvale Power")]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "said"),
    [
        (  # a live blog's correction: the label before the colon is no speaker
            "Updated 11:50 — Correction: an earlier version of our 10.42am post said the Harbour Road"
            " bridge had been closed.",
            "an earlier version of our 10.42am post",
            "said",
            "the Harbour Road bridge had been closed",
        ),
        (
            "Editor’s note: A previous version of this story said the mayor had resigned.",
            "A previous version of this story",
            "said",
            "the mayor had resigned",
        ),
    ],
)
def test_a_label_before_a_colon_is_not_the_source(analyze_text, text, speaker, cue, said):
    result = analyze_text(text)
    found = only(result)
    assert (found.speaker.lower(), found.source_type, found.cue) == (speaker.lower(), "document", cue)
    assert result.text[found.source_start : found.source_end] == speaker
    assert content(result, found) == said


def test_a_document_reads_its_words_but_a_person_reading_is_not_quoted(analyze_text):
    result = analyze_text(
        "The latest update from the Met Service reads: “Hestra is expected to clear by early evening.”"
        " The mayor read the statement to reporters. She read that the ferry had sunk."
    )
    found = only(result)
    assert (found.source_type, found.kind, found.cue) == ("document", "direct", "reads")
    assert "Met Service" in found.speaker
    assert [(h.text, h.speaker) for h in result.hedges] == [("is expected to", found.speaker)]


def test_a_speaker_who_continues_keeps_the_words_and_prices_that_continue_say_nothing(analyze_text):
    """ "Cruz continued: “…”" and "“…,” he continued" were lost from Cruz's speaking time (PolNeAR
    train); "continued to rise", "the rally continued" stay no cue."""
    result = analyze_text(
        "Debate\n\nTed Cruz spoke on Monday. “The moderators will not vote in our primary,” he said.\n\n"
        "Cruz continued: “You look at the questions and they are a cage match.”\n\n"
        "“Let us boil it down to the essentials,” he continued. “I have met the man more than once.”\n\n"
        "Reporter Ann Lee said the vote was close. She continued that the count had been checked twice.\n\n"
        "Prices continued to rise in March. The rally continued. “We will win,” a supporter shouted."
    )
    said = [(a.speaker, a.cue, content(result, a)) for a in result.attributions]
    assert said == [
        ("Ted Cruz", "said", "The moderators will not vote in our primary,"),
        ("Ted Cruz", "continued", "You look at the questions and they are a cage match."),
        ("Ted Cruz", "continued", "Let us boil it down to the essentials,"),
        ("Ted Cruz", "continued", "I have met the man more than once."),
        ("Ann Lee", "said", "the vote was close"),
        ("Ann Lee", "continued", "the count had been checked twice"),
        ("a supporter", "shouted", "We will win,"),
    ]


def test_a_quoted_word_in_what_was_described_is_a_partial_quote(analyze_text):
    result = analyze_text(
        "Residents in Lower Carrow described a “terrifying” night. Witnesses described the attack in detail."
    )
    found = only(result)
    assert (found.speaker, found.source_type, found.kind, found.cue) == (
        "residents in Lower Carrow",
        "vague",
        "partial",
        "described",
    )
    assert content(result, found) == "a “terrifying” night"
    assert not result.quoted_terms


_FEATURE_OPENING = (
    "Feature\n\nHARBURN — The woman behind the counter has sold a book of stamps and told a shepherd that his"
    " pension has gone in. She is 71.\n\n“I have stood here since 1979,” says the 71-year-old.\n\n"
    "{named} runs the last shop in Harburn. She took it over from her father."
)


def test_a_feature_names_its_described_first_person_later(analyze_text):
    result = analyze_text(_FEATURE_OPENING.format(named="Margit Alder"))
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == [
        ("Margit Alder", "named_person", "told"),
        ("Margit Alder", "named_person", "says"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # someone is named before the description: it may be anyone
        _FEATURE_OPENING.replace("The woman behind", "As Tom Price watched, the woman behind").format(
            named="Margit Alder"
        ),
        # the name comes too late, or not at the start of its paragraph
        _FEATURE_OPENING.format(named="Rain fell.\n\nIt snowed.\n\nIt cleared.\n\nMargit Alder"),
        _FEATURE_OPENING.format(named="In March, Margit Alder"),
        # a man described, a woman named
        _FEATURE_OPENING.replace("The woman", "The man")
        .replace("She is", "He is")
        .replace("the 71-year-old", "the man")
        .format(named="Margit Alder"),
    ],
)
def test_a_described_person_is_not_guessed_to_be_a_later_name(analyze_text, text):
    assert "Margit Alder" not in [a.speaker for a in analyze_text(text).attributions]


_AGAIN = (
    "Derby\n\nCASTLEGATE — Rovers won 2-1. The penalty came after a challenge by Luca Bright.\n\n"
    "{before} “I took my leg away. I've seen it on my phone,” {description} said."
)


@pytest.mark.parametrize(
    ("before", "description", "speaker"),
    [
        ("Bright insisted he had pulled out of the challenge.", "the Millbrook defender", "Luca Bright"),
        # not a report by him; the same noun named before; a title; a bare "the man"
        ("Bright was booked.", "the Millbrook defender", "the Millbrook defender"),
        ("Bright criticised the referee.", "the referee", "the referee"),
        ("Bright insisted he had pulled out.", "the man", "the man"),
        # set speaking at an occasion of his own, and not when the occasion is someone else's
        ("Bright was in a defiant mood at his press conference.", "the Millbrook defender", "Luca Bright"),
        ("Bright gave an interview to local radio.", "the Millbrook defender", "Luca Bright"),
        ("Bright was sent off at a press conference.", "the Millbrook defender", "the Millbrook defender"),
        # the subject's own role, given in apposition, is no other person
        (
            "Dr Anand Raghunathan, a consultant at the hospital, told the board the ward was full.",
            "the consultant",
            "Anand Raghunathan",
        ),
    ],
)
def test_a_speaker_described_again_after_his_own_report_is_him(analyze_text, before, description, speaker):
    result = analyze_text(_AGAIN.format(before=before, description=description))
    assert result.attributions[-1].speaker == speaker


_LEAD_IN = "Cup tie\n\nRovers lost 2-1 at home.\n\n{lead}\n\n“We were not good enough,” {who} said."


@pytest.mark.parametrize(
    ("lead", "description", "speaker"),
    [
        # a paragraph of one sentence about him, leading into the quotation
        ("A subdued Henrik Saether did not look for excuses.", "the Daleport head coach", "Henrik Saether"),
        # not when it is something done to him, nor a bare title, nor a paragraph of several sentences
        ("Henrik Saether was sent off.", "the Daleport head coach", "the Daleport head coach"),
        ("A subdued Henrik Saether did not look for excuses.", "the coach", "the coach"),
        (
            "Rain fell all afternoon. A subdued Henrik Saether did not look for excuses.",
            "the Daleport head coach",
            "the Daleport head coach",
        ),
    ],
)
def test_a_description_after_a_lead_in_paragraph_is_its_subject(analyze_text, lead, description, speaker):
    result = analyze_text(_LEAD_IN.format(lead=lead, who=description))
    assert result.attributions[-1].speaker == speaker


def test_a_description_opening_the_paragraph_after_a_named_quotation_is_the_speaker(analyze_text):
    """ "“…,” said Tomasz Wierzbicki. “…” / The 41-year-old, who …, said he would …": the man just quoted."""
    result = analyze_text(
        "Cup tie\n\n“I told the lads at half-time that nobody thought we could do this,” said Tomasz"
        " Wierzbicki. “Look at them now.”\n\nThe 41-year-old, who was selling cars until four years ago, said"
        " he would give his players Sunday off."
    )
    assert [a.speaker for a in result.attributions] == ["Tomasz Wierzbicki"] * 3


def test_a_name_described_with_who_is_a_person_whatever_the_model_tagged(analyze_text):
    """ "Mairi Dunleavy, who leads …" (tagged an organization by the small model) is "she" next."""
    result = analyze_text(
        "Sketch\n\n“I do,” said Bethan Pryce.\n\nMairi Dunleavy, who leads the 14 Liberal Reform MPs from"
        " the far end of the chamber, was less obliging. She said families were already paying premiums."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions][-1] == ("Mairi Dunleavy", "named_person")


def test_a_poll_or_a_person_that_puts_a_figure_reports_it(analyze_text):
    """ "The last six polls put the party on between 27 and 29 per cent": the polls' finding; "put
    the plan on hold", "put 20 per cent of her savings into shares", "put it to him that …" are not."""
    result = analyze_text(
        "Polls\n\nThe last six published polls put the party on between 27 and 29 per cent. A Castlegate"
        " survey published on Sunday puts it on 27 per cent. A senior backbencher put the figure “closer to"
        " 60”. The council put the plan on hold. Ines Marr put 20 per cent of her savings into shares."
    )
    assert [(a.speaker, a.cue, content(result, a)) for a in result.attributions] == [
        ("the last six published polls", "put", "the party on between 27 and 29 per cent"),
        ("a Castlegate survey published on Sunday", "puts", "it on 27 per cent"),
        ("a senior backbencher", "put", "the figure “closer to 60"),
    ]


def test_a_description_after_a_quotation_tagged_he_said_is_him(analyze_text):
    """ "“…,” he said. ¶ The grandfather of five said he had thought about paying …": the man quoted."""
    result = analyze_text(
        "Waits\n\nTariq Hussain, 64, has been waiting 19 months for a hip replacement.\n\n“Some days I can’t"
        " get up the stairs,” he said.\n\nThe grandfather of five said he had thought about paying for the"
        " operation privately."
    )
    assert [a.speaker for a in result.attributions] == ["Tariq Hussain"] * 2


def test_a_hyphenated_role_before_a_name_is_the_name(analyze_text):
    """ "Her co-author, Dr Mei-Ling Chao, …, said": the parser made "co" and "Chao" two subjects."""
    result = analyze_text(
        "Choirs\n\nThe lead author, Dr Ingrid Solberg, said the results were striking.\n\nHer co-author, Dr"
        " Mei-Ling Chao, a statistician at the university, said the team had tried hard to rule out the"
        " obvious explanation."
    )
    assert [a.speaker for a in result.attributions] == ["Ingrid Solberg", "Mei-Ling Chao"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause the parser hung on "complained" that opens "by which time" is no report of it
        (
            "Dr Ama Osei said landlords often learned about damp only when a tenant complained, by which time"
            " mould could already have spread.",
            [("Ama Osei", "named_person")],
        ),
        # a policy, a grant's conditions, rules: texts
        (
            "The grant conditions say that money can only be spent on cycling schemes.",
            [("the grant conditions", "document")],
        ),
        # "the scientist" after "the survey's lead scientist, Dr Teuila Faleolo": her
        (
            "Rohan Pereira spoke to the survey’s lead scientist, Dr Teuila Faleolo, for twelve minutes.\n\n"
            "After the interview, the scientist said the institute was still analysing loggers.",
            [("Teuila Faleolo", "named_person")],
        ),
        # a protocol and a summary are texts; "her findings" in a cited document's name is by name
        (
            "The protocol says the on-field decision should stand. The review panel’s one-page summary says"
            " the footage was inconclusive.",
            [("the protocol", "document"), ("the review panel’s one-page summary", "document")],
        ),
        (
            "Priya Raman, a forensic accountant, will testify on Wednesday. According to a summary of her"
            " findings filed with the court, $410,000 was withdrawn in cash.",
            [("a summary of Priya Raman’s findings filed with the court", "document")],
        ),
        # "the company" after a sentence about a company's response: that company, not the last one named
        (
            "The commission fined Tarrant Valley Water £62m. Two smaller firms, Ousebridge Water and Hollin &"
            " Dale Water, were fined £19m between them.\n\nTarrant Valley’s response was a masterclass in"
            " contrition. The company said in a statement that it was “deeply sorry”.",
            [("Tarrant Valley Water", "organization")],
        ),
        # a council's strategy is a text
        (
            "According to the county council’s own waste strategy, about 140,000 tonnes goes to landfill.",
            [("the county council’s waste strategy", "document")],
        ),
        # a campaign named with a verb and described with "which" (the model tagged a person)
        (
            "Save Thornleigh Fields, which has campaigned against building on the airfield since 2014, says"
            " the site should become a country park.",
            [("Save Thornleigh Fields", "organization")],
        ),
        # a live blog's "10:45 a.m. PT —" is a time, not the speaker
        (
            "10:45 a.m. PT — Nuvola's head of hardware, Kenji Arakawa, says the frames weigh 41 grams.",
            [("Kenji Arakawa", "named_person")],
        ),
        # a live blog, newest first: "the returning officer" named in an older post further down
        (
            "4.52am — Turnout across the borough was 31.4%, the returning officer said.\n\n"
            + "".join(f"{n}.10am — Bundles are still being counted in ward {n}.\n\n" for n in range(4, 0, -1))
            + "12.30am — There will be a recount. The returning officer, Adaeze Nwankwo, told candidates the"
            " gap was small.",
            [("Adaeze Nwankwo", "named_person"), ("Adaeze Nwankwo", "named_person")],
        ),
        # "a mate of mine … and he says": the mate, not someone named before
        (
            "Kwabena Mensah texted about potholes.\n\nA mate of mine works for a contractor, and he says the"
            " crews are told to rush.",
            [("a mate of mine", "anonymous")],
        ),
    ],
)
def test_phone_in_callers_reports(analyze_text, text, expected):
    """Dev articles 368 and 383's first looks: a phone-in and a university press release."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person by what she does, not yet met: anonymous, not a blur
        ("A senior backbencher told us the rebels numbered 60.", [("a senior backbencher", "anonymous")]),
        ("One reviewer wrote that the book was far too slow.", [("One reviewer", "anonymous")]),
        # not a thing ("a leaked list"), nor one named right after ("…, Priya Raman,")
        (
            "According to a leaked list, Ostrom would take over at finance.",
            [("a leaked list", "vague")],
        ),
        (
            "A forensic accountant hired by the district attorney's office, Priya Raman, is expected to take"
            " the stand Wednesday. According to a summary of her findings filed with the court, roughly"
            " $410,000 of the missing money was withdrawn in cash.",
            [("a summary of Priya Raman’s findings filed with the court", "document")],
        ),
        # "His report" after an engineer no one names: the engineer's
        (
            "The supports had lost a third of their thickness when an engineer inspected them in 2021. His"
            " report recommended replacing them “within 12 months”.",
            [("the engineer’s report", "document")],
        ),
    ],
)
def test_one_person_by_trade_is_anonymous(analyze_text, text, expected):
    """Dev articles 354, 243, 328 and 212: "a senior backbencher", "One fifth-grade teacher", "one
    reviewer" were a vague blur; GUIDELINES §2: one unnamed person is anonymous."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type) for a in result.attributions] == expected


def test_a_name_after_a_short_title_with_a_full_stop_is_a_person(analyze_text):
    """ "Coun. Harjit Sandhu" (a Canadian councillor): the full stop ended no sentence, and the model had
    tagged "Coun" a person and "Sandhu" a body; "He told council …", "Sandhu said" are him."""
    result = analyze_text(
        "Library\n\nThe case was made by Coun. Harjit Sandhu, who chairs the budget committee. He told"
        " council that the city could no longer afford \"three libraries for a town that uses two.\"\n\n"
        '"Nobody around this table wants to close a library," Sandhu said.'
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found == [("Harjit Sandhu", "named_person")] * 2


def test_a_surname_alone_is_not_half_of_a_double_barrelled_one(analyze_text):
    """ "Munro" is Alasdair Munro, not his grandson Kofi Asamoah-Munro, the fuller name holding it."""
    result = analyze_text(
        "Keepers\n\n“We kept the light,” says Alasdair Munro, the last principal keeper.\n\nKofi"
        " Asamoah-Munro, 27, is one of 20 technicians employed by the board.\n\nMunro says the cottages"
        " should go to families."
    )
    assert [a.speaker for a in result.attributions] == ["Alasdair Munro", "Alasdair Munro"]


def test_a_live_blogs_match_notes_are_no_speakers(analyze_text):
    """ "FULL TIME: Harwick Rovers 2-1 Daleport United." is a note of the score, not a turn."""
    result = analyze_text(
        "Cup tie live\n\n19.33 GMT\n\nFULL TIME: Harwick Rovers 2-1 Daleport United. Brook Lane erupts.\n\n"
        "18.19 GMT\n\nHALF TIME: Harwick Rovers 0-1 Daleport United. Rovers have barely had a kick at the"
        " time of writing.\n\n16.30 GMT\n\nTeam news: Wierzbicki names an unchanged side."
    )
    assert result.attributions == ()


def test_a_poll_group_that_said_the_same_is_a_second_report(analyze_text):
    result = analyze_text(
        "Seventy percent of Democrats said Clinton is honest, and three-quarters said the same of Sanders."
        " Asked if he agreed, the senator said so."
    )
    assert [(a.speaker, a.cue, content(result, a)) for a in result.attributions] == [
        ("Seventy percent of Democrats", "said", "Clinton is honest"),
        ("three-quarters", "said", "the same of Sanders"),
        ("the senator", "said", "so"),
    ]



def test_two_reports_joined_by_and_without_a_comma_are_two(analyze_text):
    """ "One in three said A and one in four said B": the parser hangs the second "said" on A's verb,
    and the second report was read as part of the first one's content."""
    result = analyze_text(
        "One in three said the party does not care and one in four said the party was outright hostile."
        " The minister said the gap had narrowed and that the talks might resume."
    )
    assert [(a.speaker, content(result, a)) for a in result.attributions] == [
        ("One in three", "the party does not care"),
        ("one in four", "the party was outright hostile"),
        ("the minister", "the gap had narrowed and that the talks might resume"),
    ]

def test_a_second_clause_with_its_own_cue_is_no_part_of_the_first_report(analyze_text):
    result = analyze_text("The mayor said the firm had warned that the bridge was unsafe.")
    said = ["the firm had warned that the bridge was unsafe"]
    assert [content(result, a) for a in result.attributions] == said


def test_what_was_reported_by_someone_in_the_passive_is_theirs(analyze_text):
    result = analyze_text(
        "Tinder’s ban of Ms. Gedrich was first reported by BuzzFeed. Trump was criticized by Cruz."
        " The suspect was identified by police. The patch is reported by many to slow the game down."
    )
    assert [(a.speaker, a.cue, content(result, a)) for a in result.attributions] == [
        ("BuzzFeed", "was first reported", "Tinder’s ban of Ms. Gedrich"),
    ]


def test_a_tag_the_parser_read_as_a_noun_with_a_clause_still_tags_the_quotation(analyze_text):
    result = analyze_text(
        "A comedian made a video. “What if Donald Trump had elocution lessons?” the 43-year-old asked in"
        " the video’s description."
    )
    found = only(result)
    assert (found.speaker, found.kind, found.cue) == ("the 43-year-old", "direct", "asked")
    assert content(result, found) == "What if Donald Trump had elocution lessons?"
    assert result.text[found.source_start : found.source_end] == "the 43-year-old"


def test_an_exclamation_in_two_apostrophes_after_a_full_stop_is_quoted(analyze_text):
    """Newspaper archives write quote marks as two apostrophes; the parser may end the sentence before
    after the opening pair, and a verbless exclamation is still a quotation with its cue."""
    result = analyze_text(
        "Hillary Clinton has floated the idea. ''Wow, what a great idea,'' she said in Iowa earlier this"
        " year in response to a voter's question."
    )
    found = only(result)
    assert (found.speaker, found.kind, found.cue) == ("Hillary Clinton", "direct", "said")
    assert content(result, found) == "Wow, what a great idea,"


def test_he_after_an_unnamed_man_who_spoke_is_that_man(analyze_text):
    result = analyze_text(
        "Rescuers reached the family at dusk. The father said the app had shown a path. “It was my fault,”"
        " he said later."
    )
    assert [a.speaker for a in result.attributions] == ["the father", "the father"]


def test_present_tense_tag_is_according_to(analyze_text):
    found = only(analyze_text("An appeal could take months, legal experts say."))
    assert (found.kind, found.source_type) == ("according_to", "vague")


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        (
            "Prices rose by 5% last year, according to the statistics office.",
            "the statistics office",
            "organization",
        ),
        ("Prices rose by 5% last year, according to a report.", "a report", "document"),
        (
            "According to the minutes of the meeting, prices rose by 5%.",
            "the minutes of the meeting",
            "document",
        ),
    ],
)
def test_according_to(analyze_text, text, speaker, source_type):
    result = analyze_text(text)
    found = only(result)
    assert (found.kind, found.speaker, found.source_type) == ("according_to", speaker, source_type)
    assert "prices rose by 5%" in content(result, found).lower()
    assert "according" not in content(result, found).lower()


def test_by_her_own_count_is_according_to(analyze_text):
    result = analyze_text("Joan Whitaker runs the bakery. She baked 400 loaves a day, by her own count.")
    found = only(result)
    assert (found.kind, found.speaker) == ("according_to", "Joan Whitaker")


@pytest.mark.parametrize("answer", ["“Apparently not,” he said.", "“Not at all,” he said."])
def test_a_quoted_not_does_not_negate_its_cue(analyze_text, answer):
    # the parser hangs the quotation's "not" on "said": "he did not say" it would read
    result = analyze_text(f"Title\n\nPeter Berg was asked if the paper would back down.\n\n{answer}")
    found = only(result)
    assert (found.speaker, found.kind, found.cue) == ("Peter Berg", "direct", "said")
    assert result.non_statements == ()


def test_a_quotation_released_ahead_is_credited_but_a_future_claim_is_not(analyze_text):
    result = analyze_text(
        "Title\n\nAnna Berg spoke to the council on Monday.\n\nMayor Tom Hale will speak tonight. "
        "“You do not know what it is like to run a port,” he will say. “But I have been there.”\n\n"
        "The defence will call an expert, who will argue that the rules were unclear."
    )
    assert [(a.speaker, a.kind, a.cue) for a in result.attributions] == [
        ("Tom Hale", "direct", "will say"),  # a preview quoting the prepared speech
        ("Tom Hale", "direct", "will say"),
    ]  # and nothing for the expert: "will argue" is not said yet


def test_a_wire_dateline_in_title_case_is_not_the_speaker(analyze_text):
    result = analyze_text(
        "Clinton swipes at Trump\n\nWashington (AFP) – Democrat Hillary Clinton has taken a swipe at "
        "Donald Trump, saying that his comments do harm.\n\nDec 29 (Reuters) - U.S. presidential "
        "candidate Hillary Clinton on Tuesday said that the violence was genocide."
    )
    assert [(a.speaker, result.text[a.source_start : a.source_end]) for a in result.attributions] == [
        ("Hillary Clinton", "Democrat Hillary Clinton"),
        ("Hillary Clinton", "U.S. presidential candidate Hillary Clinton"),  # not the later dateline
    ]


# --- speakers: inheritance, relative clauses, possessives, names, pronouns, types -----------------


def test_speaker_inherited_across_coordinated_verbs(analyze_text):
    result = analyze_text("The council has backed the plan and warned residents of higher taxes.")
    found = only(result)
    assert (found.speaker, found.source_type, found.cue) == ("the council", "organization", "warned")
    assert found.speaker_start is None  # inherited: the words are the first clause's, not a mention
    assert result.text[found.source_start : found.source_end] == "The council"  # but the source is here
    assert "higher taxes" in content(result, found)


def test_second_cue_coordinated_inside_the_first_clause(analyze_text):
    result = analyze_text("Tom Hale said the cuts were unfair and called the plan “a budget for nobody”.")
    assert [(a.speaker, a.cue) for a in result.attributions] == [("Tom Hale", "said"), ("Tom Hale", "called")]
    assert "called" not in content(result, result.attributions[0])


def test_relative_clause_non_statement(analyze_text):
    result = analyze_text("The plan was welcomed by Tom Hale, who did not mention the cost.")
    (silence,) = result.non_statements
    assert (silence.speaker, silence.cue) == ("Tom Hale", "did not mention")
    assert result.text[silence.content_start : silence.content_end] == "the cost"
    assert not result.attributions


def test_possessive_source(analyze_text):
    result = analyze_text("Tom Hale’s claim that the bridge was cheap was rejected by the council.")
    found = only(result)
    assert found.speaker == "Tom Hale" and content(result, found) == "the bridge was cheap"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Finance Minister Ana Ruiz presented the budget. Ruiz said it was fair.", "Ana Ruiz"),
        ("Anna Berg arrived on Monday. She said the talks had failed.", "Anna Berg"),
        ("Mr Tom Hale met Ms Anna Berg on Monday. He said the talks had failed.", "Tom Hale"),
        ("Mr Tom Hale met Ms Anna Berg on Monday. She said the talks had failed.", "Anna Berg"),
        (
            "Russian President Vladimir Putin met his guest. The Russian president said the talks went well.",
            "Vladimir Putin",
        ),
        (
            "Story\n\nThe leader of the union warned that schools would close.\n\n"
            "Union chief Miriam Osei spoke.",
            "Miriam Osei",
        ),
    ],
)
def test_names_titles_and_pronouns_resolve_to_the_fullest_name(analyze_text, text, speaker):
    result = analyze_text(text)
    assert [a.speaker for a in result.attributions] == [speaker]


def test_short_name_means_the_person_introduced_first(analyze_text):
    text = (
        "Joan Whitaker runs the bakery. Her son, Daniel Whitaker, drives the van. "
        "Whitaker said bread was cheap."
    )
    assert [a.speaker for a in analyze_text(text).attributions] == ["Joan Whitaker"]


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("Kremlin spokesman Dmitry Peskov said no date had been set.", "spokesperson"),
        ("A spokeswoman for the ministry said no date had been set.", "spokesperson"),
        ("A spokeswoman for the union, Rita Saldanha, said no date had been set.", "spokesperson"),
        ("The Finance Ministry said no date had been set.", "organization"),
        ("Moscow said no date had been set.", "organization"),
        ("The report said no date had been set.", "document"),
        ("The coastguard said no date had been set.", "organization"),
        ("The local branch of the Night Sky Society said no date had been set.", "organization"),
        ("An official who spoke on condition of anonymity said no date had been set.", "anonymous"),
        ("People familiar with the matter said no date had been set.", "anonymous"),
        ("Sources said no date had been set.", "anonymous"),
        ("Critics say no date has been set.", "vague"),
        ("Some analysts said no date had been set.", "vague"),
        ("Officials said no date had been set.", "vague"),
        # a bare plural of a word for a body is any such bodies, not the one the article named
        ("The Brightwater Trust runs hostels. Charities working with young people have long warned that"
         " the move comes too early.", "vague"),
        ("Police said no date had been set.", "organization"),
        ("Three councils said no date had been set.", "organization"),
        # the parser made "police" the head of "Inspector Lena Cardew of Sedgebury police": her
        ("Inspector Lena Cardew of Sedgebury police said no date had been set.", "named_person"),
        ("The county bird atlas says Marlbury has lost most of its swifts.", "document"),
        ("The Halden Institute publishes a tracker. Consumer groups say households should read their meters.",
         "vague"),
        ("The authority’s business case estimates that the bus could take 900 cars a day off the road.",
         "document"),
    ],
)
def test_source_types(analyze_text, text, source_type):
    assert only(analyze_text(text)).source_type == source_type


def test_named_spokesperson_is_named(analyze_text):
    found = only(analyze_text("A spokeswoman for the union, Rita Saldanha, said no date had been set."))
    assert found.speaker == "Rita Saldanha"


def test_the_study_itself_is_the_study_named_before(analyze_text):
    result = analyze_text(
        "A 2019 study by the Institute for Urban Safety found that crime had not risen. The study itself"
        " cautions that the link might not be causal."
    )
    assert len({(a.speaker, a.source_type) for a in result.attributions}) == 1
    assert "Institute for Urban Safety" in result.attributions[1].speaker


def test_later_the_report_is_the_same_document(analyze_text):
    text = (
        "Story\n\nThe Audit Commission published its findings.\n\n"
        "The commission’s report found that waits grew. The report said money was wasted."
    )
    result = analyze_text(text)
    assert {a.speaker for a in result.attributions} == {"the Audit Commission report"}


def test_a_persons_report_is_named_as_his(analyze_text):
    """"His report" after the chief inspector is "Hugh Penrose’s report", not "Hugh Penrose report"."""
    text = (
        "Story\n\nThe chief inspector, Dr Hugh Penrose, visited the jail in March. His report, published on"
        " Thursday, found that men were locked in their cells for 22 hours a day."
    )
    result = analyze_text(text)
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("Hugh Penrose’s report", "document")
    ]


# --- non-statements and quoted terms -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("The company declined to comment.", "the company", "declined to comment"),
        ("Tom Hale did not respond to a request for comment.", "Tom Hale", "did not respond"),
        ("Tom Hale refused to say whether the plan was dead.", "Tom Hale", "refused to say"),
        ("The ministry could not be reached for comment.", "the ministry", "could not be reached"),
    ],
)
def test_non_statements_are_not_content(analyze_text, text, speaker, cue):
    result = analyze_text(text)
    assert [(s.speaker, s.cue) for s in result.non_statements] == [(speaker, cue)]
    assert not result.attributions


def test_asking_not_to_be_named_is_not_a_statement(analyze_text):
    result = analyze_text("A trader, who asked not to be named, said prices would rise.")
    found = only(result)
    assert found.source_type == "anonymous" and content(result, found) == "prices would rise"


@pytest.mark.parametrize(
    ("text", "term", "owner"),
    [
        ("The so-called “peace plan” was published on Monday.", "peace plan", None),
        ("The two men signed a “no limits” partnership in February.", "no limits", None),
        ("Residents oppose what the council calls a “renewal project”.", "renewal project", "the council"),
        (
            "Troops entered the region in what Moscow terms a “special operation”.",
            "special operation",
            "Moscow",
        ),
        ("The plan is a “farce”, as Tom Hale put it.", "farce", "Tom Hale"),
    ],
)
def test_scare_quotes_are_quoted_terms(analyze_text, text, term, owner):
    result = analyze_text(text)
    assert [(t.text, t.owner) for t in result.quoted_terms] == [(term, owner)]
    assert not result.attributions


def test_a_label_quoted_inside_a_quotation(analyze_text):
    result = analyze_text("\"Mum calls it 'a bit of baking'. It was not,\" Daniel Hale said.")
    assert [t.text for t in result.quoted_terms] == ["a bit of baking"]


# --- paragraphs and datelines --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Story\n\nTom Hale said the talks had failed.\n\nThe vote is on Monday.",
        "Story\n\nTom Hale said “the talks had failed.\n\nThe vote is on Monday.",  # unclosed quotation
        "Story\n\nTom Hale said\n\nthe vote is on Monday.",
    ],
)
def test_content_never_crosses_a_paragraph(analyze_text, text):
    result = analyze_text(text)
    for a in result.attributions:
        assert "\n\n" not in result.text[a.content_start : a.content_end]


@pytest.mark.parametrize(
    "text",
    [
        "Story\n\nLONDON (Wire) — Officials said the deal was off.",
        "Story\n\nThe talks began on Monday.\n\nPARIS — Officials said the deal was off.",
        "Story\n\n(Reuters) — Officials said the deal was off.",
    ],
)
def test_datelines_are_never_speakers(analyze_text, text):
    result = analyze_text(text)
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("officials", "vague")]


# --- the seed article ---------------------------------------------------------------------------


def seed_attribution(seed_analysis, words):
    return next(a for a in seed_analysis.attributions if words in content(seed_analysis, a))


def test_seed_he_did_however_say_is_xi(seed_analysis):
    found = seed_attribution(seed_analysis, "China was ready to increase")
    assert (found.speaker, found.cue) == ("Xi Jinping", "say")
    assert seed_analysis.text[found.speaker_start : found.speaker_end] == "He"


def test_seed_official_translation_is_a_document(seed_analysis):
    found = next(a for a in seed_analysis.attributions if a.kind == "according_to")
    assert (found.speaker, found.source_type) == ("the official translation into Russian", "document")


def test_seed_crude_supplier_is_an_unattributed_claim_not_putins(seed_analysis):
    claim = "Russia has overtaken Saudi Arabia as China’s top crude supplier"
    assert any(claim in c.text for c in seed_analysis.unattributed)
    assert not any(claim in content(seed_analysis, a) for a in seed_analysis.attributions)


def test_seed_who_said_what(seed_analysis):
    seen = [(a.speaker, a.kind, a.cue) for a in seed_analysis.attributions]
    assert seen[:4] == [
        ("Vladimir Putin", "indirect", "said"),
        ("Vladimir Putin", "indirect", "said"),
        ("Vladimir Putin", "direct", "told"),
        ("Vladimir Putin", "direct", "told"),  # the continuation "This will demonstrate …"
    ]
    assert ("Moscow", "indirect", "accused") in seen
    assert ("Xi Jinping", "partial", "called") in seen
    assert ("Dmitry Peskov", "indirect", "said") in seen
    peskov = next(a for a in seed_analysis.attributions if a.speaker == "Dmitry Peskov")
    assert peskov.source_type == "spokesperson"
    (silence,) = seed_analysis.non_statements
    assert (silence.speaker, silence.cue) == ("Xi Jinping", "did not mention")
    terms = {t.text: t.owner for t in seed_analysis.quoted_terms}
    assert terms == {"no limits": None, "special military operation": "Russia", "unfriendly": None}


def test_seed_speakers(seed_analysis):
    putin, xi = seed_analysis.speaker("Vladimir Putin"), seed_analysis.speaker("Xi Jinping")
    assert putin.reported_length == "around eight minutes"
    assert xi.reported_length == "around a quarter the length of Putin’s"
    assert xi.quoted_words == 3  # "dear friend", "difficult"
    assert putin.quoted_words > 50
    assert all(seed_analysis.attributions[i].speaker == "Vladimir Putin" for i in putin.attributions)


def test_lexicon_files_have_a_licence_header():
    from kit.lexicon import DATA

    for name in ("reporting_verbs.txt", "sources_words.tsv", "given_names.tsv"):
        head = (DATA / name).read_text(encoding="utf-8").splitlines()[:4]
        assert any("Licence" in line for line in head) and any("Source" in line for line in head)
    assert {"say", "accuse", "describe", "call"} <= set(load_lexicon().frames)


@pytest.mark.parametrize(
    ("verbs", "words", "message"),
    [
        ([], [("vague",)], "w.tsv, line 7: expected CATEGORY <TAB> ENTRY"),
        ([], [("vague", "critics", "extra")], "w.tsv, line 7: expected CATEGORY <TAB> ENTRY"),
        ([], [("vauge", "critics")], "w.tsv, line 7: unknown category 'vauge'"),
        ([("say", "clause,speech")], [], "v.txt, line 7: unknown frame 'speech'"),
        ([("", "clause")], [], "v.txt, line 7: expected LEMMA"),
    ],
)
def test_a_malformed_line_of_a_word_list_is_a_lexicon_error(verbs, words, message):
    from kit.errors import LexiconError
    from kit.lexicon import Row
    from kit.sources.names import build_lexicon

    with pytest.raises(LexiconError, match=re.escape(message)) as raised:
        build_lexicon(
            [Row("v.txt", 7, cells) for cells in verbs], [Row("w.tsv", 7, cells) for cells in words]
        )
    assert raised.value.code == "KIT700"


def test_a_malformed_line_in_the_sources_word_list_file_names_the_file_and_line(data_copy):
    from kit.errors import LexiconError

    # a space where the tab should be: one cell
    data_copy("sources_words.tsv", lambda lines: [*lines[:30], "vague critics", *lines[30:]])
    with pytest.raises(LexiconError, match=r"sources_words\.tsv, line 31: expected CATEGORY"):
        load_lexicon()


# --- bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        ".",
        "“”",
        "“Yes.”",
        "“",
        "” said he “",
        "“One,” “two,” “three,”",
        "He said",
        "said the",
        "according to",
        "Story\n\n“Unclosed quote, said Tom Hale.\n\n“Another unclosed one.",
        '"Straight "quotes" everywhere" "',
        "— “ ‘ ’ ” — said — according to — declined to —",
    ],
)
def test_odd_input_does_not_crash(analyze_text, text):
    result = analyze_text(text)
    for a in result.attributions:
        assert 0 <= a.content_start <= a.content_end <= len(result.text)


def test_random_punctuation_never_crashes(nlp):
    from kit.article import load_article
    from kit.pipeline import parse

    rng = random.Random(2024)
    alphabet = "ab X “”‘’\"'.,:;—-()?!\n said told according to he she who"
    for _ in range(300):
        text = "Title\n\n" + "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80)))
        try:
            article = load_article(text, check_language=False)
        except KitError:
            continue
        findings = find_sources(parse(article, nlp=nlp))
        assert isinstance(findings, SourceFindings)
        for a in findings.attributions:
            assert 0 <= a.content_start <= a.content_end <= len(article.text)


# --- more general rules (each found on invented articles) --------------------------------------


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "went on to say" shares the subject; "is expected to announce" reports nothing yet
        (
            "Mayor Dan Cole said the city was lucky. He went on to say that crews would work all night.",
            ["Dan Cole", "Dan Cole"],
        ),
        ("The governor is expected to announce a relief fund on Monday.", []),
        # a that-clause hung on "a statement" or on the listeners
        (
            "The White House said in a statement that the president had called the governor.",
            ["the White House"],
        ),
        (
            "Council leader Sarah Mills told a packed meeting that the city faced a large gap.",
            ["Sarah Mills"],
        ),
        # "the company" is the organization last spoken of; "which" marks a name as no person's
        (
            "Novapharm, which makes the pill, paid for the trial. The company said it welcomed the findings.",
            ["Novapharm"],
        ),
        ("Meridian Pharma makes the spray. Meridian said it would apply for approval.", ["Meridian Pharma"]),
        # "one of the people" is the group named before
        (
            "People familiar with the talks said a deal was near. It may fail, one of the people said.",
            ["people familiar with the talks", "people familiar with the talks"],
        ),
    ],
)
def test_general_rules(analyze_text, text, speakers):
    assert [a.speaker for a in analyze_text(text).attributions] == speakers


def test_she_in_a_new_paragraph_is_the_newest_subject(analyze_text):
    text = (
        "Story\n\nLena Park builds batteries. “They were wrong,” she says.\n\n"
        "Analyst Ruth Klein disagrees with her. “The physics is hard,” she says."
    )
    assert [a.speaker for a in analyze_text(text).attributions] == ["Lena Park", "Ruth Klein"]


@pytest.mark.parametrize(
    ("text", "length"),
    [
        (
            "Governor Paul Lind gave a short five-minute reply. “We will see,” Lind said.",
            "a short five-minute reply",
        ),
        ("Maria Ortiz spoke for nearly half an hour. “We will fight,” Ortiz said.", "nearly half an hour"),
        (
            "Tom Hale’s speech, which lasted about ten minutes, was cheered. “Thank you,” Hale said.",
            "about ten minutes",
        ),
    ],
)
def test_reported_length(analyze_text, text, length):
    (speaker,) = analyze_text(text).speakers
    assert speaker.reported_length == length


def test_without_a_parser_quotations_are_listed_not_attributed():
    import spacy

    from kit.article import load_article
    from kit.pipeline import parse

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    findings = find_sources(parse(load_article("Story\n\n“We are ready,” she said."), nlp=blank))
    assert findings.attributions == () and [t.text for t in findings.quoted_terms] == ["We are ready,"]


# --- generalisation rules (found on practice articles 07-08, tested on invented sentences) --------


@pytest.mark.parametrize(
    "text",
    [
        "Brightwater Biotech said the drug was safe.",
        "Kestrel Holdings said profits fell sharply last year.",
        "Dunmore Labs said the new test worked well.",
        "Brightwater Biotech makes the pill. Brightwater said sales rose.",  # the short name too
    ],
)
def test_a_name_ending_in_an_organization_word_is_an_organization(analyze_text, text):
    found = only(analyze_text(text))
    assert found.source_type == "organization"
    assert found.speaker == " ".join(text.split()[:2]).rstrip(".")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the business named most often, not the hospital named last
        (
            "Story\n\nCorvale Biotech tested the spray. Corvale’s shares rose. A doctor at Halverton "
            "University Hospital ran the trial.\n\nThe company said the results were strong.",
            ["Corvale Biotech"],
        ),
        # "the hospital" is a Hospital name, not the company named more often
        (
            "Story\n\nPinecrest Pharma paid for a study at Lowfield General Hospital. Pinecrest’s chief "
            "was pleased.\n\nThe hospital said the study was independent.",
            ["Lowfield General Hospital"],
        ),
        (
            "The Finance Ministry met Acme Motors on Monday. The ministry said taxes would rise.",
            ["the Finance Ministry"],
        ),
        # the subject on a tie; then "the company" keeps standing for it
        (
            "Story\n\nNorthwind Energy bought Baltic Rail on Monday. The company said the deal was fair.\n\n"
            "Baltic Rail has 900 workers. Baltic Rail staff were worried. The company said no jobs would go.",
            ["Northwind Energy", "Northwind Energy"],
        ),
        # a union, a council or a ministry is no company: "the company" stays unnamed
        (
            "Story\n\nThe Dockers Union said it would strike. The company said it regretted the decision.",
            ["the Dockers Union", "the company"],
        ),
        (
            "Story\n\nThe union has demanded higher wages. The company announced layoffs last week.",
            ["the union", "the company"],
        ),
    ],
)
def test_a_definite_description_is_the_salient_compatible_organization(analyze_text, text, speakers):
    result = analyze_text(text)
    assert [a.speaker for a in result.attributions] == speakers
    assert {a.source_type for a in result.attributions} == {"organization"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a possessive in the previous sentence is a candidate; the quoted sentences are skipped
        (
            "Story\n\nMs Dana Holt met Peter Crane on Monday. Crane’s answer was short. "
            "“We have no water left. Nobody is hiding anything,” he said. “We will keep our word.”",
            "Peter Crane",
        ),
        # the woman known from "Ms" wins over the nearer man
        (
            "Ms Lena Park spoke first. Tom Vale’s reply was brief. "
            "“We disagree with every word of it,” she said.",
            "Lena Park",
        ),
        (
            "Ms Lena Park spoke first. Tom Vale’s reply was brief. "
            "“We disagree with every word of it,” he said.",
            "Tom Vale",
        ),
        # "her province" made Ruth Ames a woman, so "he" is the man of the previous sentence
        (
            "Story\n\nRuth Ames spoke for an hour. She said her province was dry.\n\n"
            "Dunn’s reply was short, said Mark Dunn’s aide. "
            "“Nobody is stealing anything from anybody,” he said.",
            "Mark Dunn",
        ),
    ],
)
def test_pronouns_reach_objects_and_possessives_with_gender_evidence(analyze_text, text, speaker):
    result = analyze_text(text)
    quoted = [a for a in result.attributions if a.kind == "direct"]
    assert quoted and {a.speaker for a in quoted} == {speaker}
    assert not result.quoted_terms  # full quoted sentences with a cue are never scare quotes


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        (
            "Story\n\nThe river has been low all summer.\n\n“We are all short of water this year,” he said.",
            "he",
            "vague",
        ),
        (
            "Story\n\nThe mayor gave a speech. "
            "“This town will never give up on its river,” she said, to applause.",
            "the mayor",
            "vague",
        ),
    ],
)
def test_a_quotation_with_a_cue_is_always_an_attribution(analyze_text, text, speaker, source_type):
    result = analyze_text(text)
    found = only(result)
    assert (found.speaker, found.source_type, found.kind) == (speaker, source_type, "direct")
    assert not result.quoted_terms


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        # a stated duration beats a later word count
        (
            "Maria Ortiz spoke for nearly half an hour. Her speech ran to about 4,000 words. "
            "“We will fight,” Ortiz said.",
            {"Maria Ortiz": "nearly half an hour"},
        ),
        (
            "Maria Ortiz’s remarks ran to about 4,000 words. "
            "Ortiz spoke for ten minutes. “We will fight,” Ortiz said.",
            {"Maria Ortiz": "ten minutes"},
        ),
        # a word count only when no duration is stated
        (
            "Maria Ortiz’s remarks ran to about 4,000 words. “We will fight,” Ortiz said.",
            {"Maria Ortiz": "about 4,000 words"},
        ),
    ],
)
def test_reported_length_prefers_a_duration(analyze_text, text, lengths):
    assert {s.name: s.reported_length for s in analyze_text(text).speakers} == lengths


def test_reported_lengths_give_the_speaking_time_ratio(analyze_text):
    text = (
        "Story\n\nElena Marsh spoke for twenty minutes. “We need the water,” Marsh said.\n\n"
        "Her rival, Tom Vale, gave a brief two-minute reply. “We will share it,” Vale said. "
        "By one count, Marsh’s remarks ran to about 2,600 words."
    )
    speakers = {s.name: s for s in analyze_text(text).speakers}
    assert speakers["Tom Vale"].reported_length == "a brief two-minute reply"
    assert speakers["Elena Marsh"].reported_length == "twenty minutes"
    assert speakers["Tom Vale"].reported_length_ratio == pytest.approx(0.1)


def test_the_outlet_counting_is_the_outlet(analyze_text):
    text = (
        "Story\n\nLONDON (Harbour Gazette) — By the Gazette’s count, "
        "the city has opened 40 new parks since May."
    )
    found = only(analyze_text(text))
    assert (found.speaker, found.source_type, found.kind) == (
        "the Harbour Gazette",
        "organization",
        "according_to",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sales fell by 5% last year, "
            "according to figures released on Friday by its owner, Halden Motors.",
            "figures released on Friday by Halden Motors",
        ),
        (
            "Sales fell by 5% last year, according to a survey of 2,000 shoppers.",
            "a survey of 2,000 shoppers",
        ),
        (
            "According to early results from a trial run by Dr Ana Ruiz, the pill works.",
            "early results from a trial run by Dr Ana Ruiz",
        ),
    ],
)
def test_according_to_a_document_is_the_document(analyze_text, text, speaker):
    found = only(analyze_text(text))
    assert (found.speaker, found.source_type, found.kind) == (speaker, "document", "according_to")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("The minister left the room without taking questions.", "the minister", "without taking"),
        ("Tom Hale spoke for an hour without mentioning the budget.", "Tom Hale", "without mentioning"),
        ("Tom Hale refused to answer questions about the deal.", "Tom Hale", "refused to answer"),
        ("Tom Hale did not take questions after the speech.", "Tom Hale", "did not take"),
        ("Tom Hale has not said what the plan will cost.", "Tom Hale", "has not said"),
        ("The council met at noon, the mayor said nothing.", "the mayor", "said nothing"),
        ("Tom Hale said nothing about the deal on Monday.", "Tom Hale", "said nothing"),
    ],
)
def test_refusals_to_take_questions_are_non_statements(analyze_text, text, speaker, cue):
    result = analyze_text(text)
    assert [(s.speaker, s.cue) for s in result.non_statements] == [(speaker, cue)]
    assert not result.attributions


@pytest.mark.parametrize(
    "text",
    ["Tom Hale did not take part in the vote.", "Tom Hale left the hall without his coat."],
)
def test_taking_part_or_leaving_is_no_refusal(analyze_text, text):
    assert not analyze_text(text).non_statements


def test_saying_that_nothing_changed_is_a_statement(analyze_text):
    result = analyze_text("Tom Hale said nothing had changed.")
    assert not result.non_statements
    assert content(result, only(result)) == "nothing had changed"


def test_what_a_non_statement_withholds_follows_the_verb(analyze_text):
    text = "It is unclear whether the pill will be cheap; Medora Pharma has not said what it will charge."
    (silence,) = analyze_text(text).non_statements
    result = analyze_text(text)
    assert result.text[silence.content_start : silence.content_end] == "what it will charge"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "it" in the clause a spokeswoman reports is the organization she speaks for
        (
            "Story\n\nPinecrest Pharma sent the plan in May.\n\n"
            "A spokeswoman for the Coastal Water Board said it would not comment on the plan.",
            "the Coastal Water Board",
        ),
    ],
)
def test_it_in_a_spokespersons_clause_is_her_organization(analyze_text, text, speaker):
    assert [s.speaker for s in analyze_text(text).non_statements] == [speaker]


def test_a_possessive_in_an_unnamed_source_is_spelled_out(analyze_text):
    text = (
        "Story\n\nTom Hale leads the union. Two of his aides, "
        "speaking on condition of anonymity, said talks had stalled."
    )
    found = only(analyze_text(text))
    assert (found.speaker, found.source_type) == ("two of Tom Hale’s aides", "anonymous")


# --- wire-story patterns found missing or wrong on PolNeAR's train split (issue 10) ----------


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "words"),
    [
        # an "as" clause vouches for the clause it hangs on
        ("As the Daily Ledger first reported, the plan was drafted in secret.", "the Daily Ledger",
         "reported", "the plan was drafted in secret"),
        ("As reported by the Daily Ledger, the plan was drafted in secret.", "the Daily Ledger",
         "reported", "the plan was drafted in secret"),  # passive: the agent vouches
        # an object as the content: what was tweeted, the point noted
        ("Tom Hale tweeted his thanks to the volunteers.", "Tom Hale", "tweeted", "his thanks"),
        ("Tom Hale noted the rise in prices.", "Tom Hale", "noted", "the rise in prices"),
        # a "to" clause of what the subject did, or was quick to do
        ("Tom Hale used his speech to call for a new bridge.", "Tom Hale", "to call for", "a new bridge"),
        ("Tom Hale stood up at the meeting to say that the bridge was too costly.", "Tom Hale", "to say",
         "the bridge was too costly"),
        ("Tom Hale was quick to add that the bridge was too costly.", "Tom Hale", "to add",
         "the bridge was too costly"),
        ("The plan was drafted in secret, as Tom Hale noted on Tuesday.", "Tom Hale", "noted",
         "The plan was drafted in secret"),
        ("The deal, as Tom Hale put it, was the best the town could get.", "Tom Hale", "put it",
         "the best the town could get"),
        # the parser hangs "as" on the object: the description is still what was said
        ("Tom Hale described the proposal as a gift to donors.", "Tom Hale", "described",
         "the proposal as a gift to donors"),
        ("Tom Hale has described the dinner as Washington celebrating itself.", "Tom Hale", "has described",
         "the dinner as Washington celebrating itself"),  # "as" parsed as a clause
        # "called for X to do Y": the parser's for-clause
        ("Tom Hale also called for all candidates to publish their tax returns.", "Tom Hale",
         "called for", "all candidates to publish their tax returns"),
        # a gerund after a preposition is said by the main clause's subject
        ("Tom Hale landed in trouble last week by saying that the judge was biased.", "Tom Hale",
         "saying", "the judge was biased"),
        ("Tom Hale paused before explaining why he backs the mayor.", "Tom Hale", "explaining",
         "why he backs the mayor"),
        ("Tom Hale posted on Facebook that the road would reopen on Monday.", "Tom Hale",
         "posted on Facebook", "the road would reopen on Monday"),
        # the parser's gerund over the reported clause; a one-word answer
        ("Tom Hale said legalizing it could put thousands of people to work.", "Tom Hale", "said",
         "legalizing it could put thousands of people to work"),
        ("Asked if he would run again, Tom Hale said no.", "Tom Hale", "said", "no"),
        # the parser hangs the that-clause on the time ("for more than a year that …")
        ("Tom Hale has argued for more than a year that the bridge costs too much.", "Tom Hale",
         "has argued", "the bridge costs too much"),
    ],
)  # fmt: skip
def test_wire_story_cues(analyze_text, text, speaker, cue, words):
    result = analyze_text(text)
    found = only(result)
    assert (found.speaker.lower(), found.cue) == (speaker.lower(), cue)
    assert words in content(result, found)
    assert found.cue not in content(result, found)


def test_as_she_put_it_after_a_scare_quote_stays_the_terms_owner(analyze_text):
    result = analyze_text("The plan is a “farce”, as Tom Hale put it.")
    assert not result.attributions
    assert [(t.text, t.owner) for t in result.quoted_terms] == [("farce", "Tom Hale")]


@pytest.mark.parametrize(
    "text",
    [
        # a title's full stop between the quotation and its cue ends no sentence
        "“Republicans do not win there anymore: Michigan, Ohio, Florida,” Mr. Hale said.",
        # the parser hangs the quotation's "will" on "said": still a statement made, not a future one
        "“It will happen at some point, probably sooner rather than later,” said Tom Hale, a physicist.",
        # the parser takes a word of the quotation for a second subject of "said"
        "“Underestimation of Cruz,” Tom Hale, a veteran Democratic strategist, said on Monday.",
    ],
)
def test_the_speaker_of_a_quotation_is_outside_its_marks(analyze_text, text):
    result = analyze_text(f"Story\n\nTom Hale spoke in Ohio.\n\n{text}")
    found = only(result)
    assert (found.speaker, found.kind) == ("Tom Hale", "direct")
    assert result.text[found.speaker_start : found.speaker_end] in ("Hale", "Mr. Hale", "Tom Hale")


def test_a_vocative_in_the_quotation_is_not_the_speaker(analyze_text):
    text = "“That was a good speech, Mr. President,” Representative Steve Cohen, Democrat of Ohio, told him."
    found = only(analyze_text(text))
    assert (found.speaker, found.source_type) == ("Steve Cohen", "named_person")


def test_a_forecast_a_source_states_is_attributed_but_is_expected_to_is_not(analyze_text):
    result = analyze_text(
        "Analysts polled by the Courier expect the bank to raise rates. The plant is expected to open in May."
    )
    found = only(result)
    assert (found.speaker, found.source_type) == ("analysts polled by the Courier", "vague")
    assert found.cue == "expect"
    assert content(result, found) == "the bank to raise rates"


@pytest.mark.parametrize(
    "text",
    [
        "The candidate was not endorsed as the league had demanded.",  # how, not what was said
        "Tom Hale expected both groups to be heard out.",  # a state of mind told in the past
        "Such drugs may be expected to cause harm.",  # a likelihood, nobody's forecast
        "Bako posted a .272 batting average in his rookie season.",  # a score, not a post
        "The two countries have argued over the river since 1988.",  # a dispute, not its content
        "Gareth Pell, 58, denies six counts of fraud.",  # a plea
        "Pell claimed about £3.1 million in fuel duty rebates between 2017 and 2021.",  # money
        "The defence will call an accounting expert, who will argue that the rules were unclear.",  # not yet
        "Nobody in Fallowmere asked to be “modernised” out of those either.",  # nobody spoke
        "Her family spent years in camps, though she rarely spoke about it.",  # a bare pronoun
        "Tom Hale wants to say that the bridge was too costly.",  # a wish, not a statement
        "Tom Hale plans to announce that he will run for mayor.",  # a plan
        "The theorem can be used to show that the interval is closed.",  # a use, not a statement
        "In the villages, people used to speak a Vlach-Slavic dialect.",  # a language, not a statement
        "The dialect sounds like others but is noted for its rhythm.",  # passive: not the dialect's words
        "The empty hall speaks volumes about the campaign.",  # an idiom
        # a noun the parser read as a verb ("wind warning"): the warning is extended, nobody speaks
        "The Western Met Agency has extended its amber wind warning for the coast until 6am on Wednesday.",
        "A man with a van charges £30 a load and asks no questions.",  # no object: nothing asked
        "Why did the judge say it was unlawful?",  # a subhead's question: the answer follows
    ],
)
def test_what_is_no_statement_among_the_new_cues(analyze_text, text):
    assert not analyze_text(text).attributions


# --- court, science and council reports (development articles 24–26, issue 10) ---------------


def test_some_of_them_are_the_group_named_in_the_sentence_before(analyze_text):
    text = (
        "Story\n\nOutside the court, a group of former drivers watched in silence as Pell arrived. "
        "Some of them said they had been laid off without notice."
    )
    found = only(analyze_text(text))
    assert (found.speaker, found.source_type) == ("some of the former drivers", "vague")



@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        ("Some of Clinton’s longtime allies said they had come to accept his position.",
         "some of Clinton’s longtime allies", "vague"),
        ("Most of the officials, who spoke on condition of anonymity, said the talks had stalled.",
         "most of the officials", "anonymous"),
        ("Tomas Reyes spoke on Monday. Some of his aides said he had been tired.",
         "some of Tomas Reyes’s aides", "vague"),
        ("By double digits, those surveyed say stricter gun laws would help.", "those surveyed", "vague"),
        ("Those who knew him said he was kind.", "those who knew him", "vague"),
        ("The mayor defended the plan. Some said it was too costly.", "some", "vague"),
    ],
)
def test_part_of_a_group_named_for_the_first_time_is_a_source(analyze_text, text, speaker, source_type):
    """ "Some of Clinton's longtime allies said …", "those surveyed say …": no group was named before, and
    these subjects found no source at all (a public corpus's first look: the speech went uncredited)."""
    found = [a for a in analyze_text("Story\n\n" + text).attributions if a.cue in ("said", "say")]
    assert [(a.speaker, a.source_type) for a in found] == [(speaker, source_type)]


@pytest.mark.parametrize(
    "text",
    ["Some of the money was said to be missing.", "Those were the days, he said.", "Some of it was lost."],
)
def test_part_of_a_thing_is_no_group_of_sources(analyze_text, text):
    assert all(not a.speaker.lower().startswith(("some", "those")) for a in analyze_text(text).attributions)


def test_a_known_name_the_parser_took_for_a_verb_is_still_the_speaker(analyze_text):
    """ "Trump further summed up …" at the start of a sentence: the small model tags "Trump" a verb,
    and the statement went uncredited although the article named Donald Trump before."""
    text = (
        "Story\n\nDonald Trump spoke in Ohio on Monday.\n\nTrump further summed up Clinton as terrible,"
        " denounced her record as secretary of state and said she should not even be allowed to run"
        " for office."
    )
    said = [a for a in analyze_text(text).attributions if a.cue == "said"]
    assert [(a.speaker, a.source_type) for a in said] == [("Donald Trump", "named_person")]

def test_said_it_would_not_comment_is_the_organizations_non_statement_only(analyze_text):
    text = "Story\n\nThe trial opened on Monday. Western Division Police said it would not comment further."
    result = analyze_text(text)
    assert not result.attributions
    silences = [(s.speaker, s.cue) for s in result.non_statements]
    assert silences == [("Western Division Police", "would not comment")]


def test_not_being_charged_is_no_silence(analyze_text):
    assert not analyze_text("Laura Pell, the defendant’s wife, has not been charged.").non_statements


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Court documents filed by the defence show that Pell intends to call an expert.",
         "court documents filed by the defence"),
        ("Figures from the national statistics office show that the port handled 38% of the traffic.",
         "figures from the national statistics office"),
    ],
)  # fmt: skip
def test_documents_show_that_even_when_the_parser_takes_show_for_a_noun(analyze_text, text, speaker):
    found = only(analyze_text(text))
    assert (found.speaker.lower(), found.source_type, found.cue) == (speaker, "document", "show")


def test_a_label_in_quotes_after_the_object_is_a_partial_quote(analyze_text):
    result = analyze_text("Leon Okwu called the trial “careful and well run” on Tuesday.")
    found = only(result)
    assert (found.speaker, found.kind, found.cue) == ("Leon Okwu", "partial", "called")
    assert "careful and well run" in content(result, found)
    assert not analyze_text("Leon Okwu called the council on Monday.").attributions


def test_a_hyphenated_name_keeps_its_hyphen(analyze_text):
    text = "Councilwoman Maria Chen-Holloway said she was leaning toward yes. Chen-Holloway said she would."
    assert {a.speaker for a in analyze_text(text).attributions} == {"Maria Chen-Holloway"}


def test_the_paper_is_the_study_named_before(analyze_text):
    text = (
        "Story\n\nExercise may cut falls by about 40%, a study published on Wednesday in the Northern "
        "Journal of Medicine suggests. The researchers cautioned in the paper that falls were self-reported. "
        "The study was funded by Stabilo Health, though the paper states that the company had no role."
    )
    speakers = {a.cue: a.speaker for a in analyze_text(text).attributions}
    assert speakers["states"] == speakers["suggests"]
    assert speakers["suggests"].startswith("a study published on Wednesday")


# --- diplomatic, sports and business wire stories (development articles 27–29, issue 10) ------


def test_a_nickname_in_a_relative_clause_is_its_users_term(analyze_text):
    text = (
        "Story\n\nThe match ended 2-2. Achterberg, the 19-year-old whom Rovers supporters call "
        "“the Ferret” for his darting runs, told the BBC he had felt contact."
    )
    result = analyze_text(text)
    assert [(a.speaker, a.cue) for a in result.attributions] == [("Achterberg", "told")]
    assert [(t.text, t.owner) for t in result.quoted_terms] == [("the Ferret", "Rovers supporters")]


def test_a_name_after_its_description_is_the_speaker(analyze_text):
    found = only(analyze_text("The state news agency OTA called the meeting “a historic turning point”."))
    assert (found.speaker, found.source_type) == ("OTA", "organization")


def test_it_opening_a_sentence_is_the_subject_before(analyze_text):
    text = (
        "Story\n\nThe statement, released by both governments, said the leaders had agreed to reopen "
        "the corridor. It described the talks as “constructive and frank”."
    )
    speakers = [a.speaker for a in analyze_text(text).attributions]
    assert len(speakers) == 2 and speakers[0] == speakers[1] and "statement" in speakers[0]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A joint statement issued after the talks made no reference to the valley.", "made no reference"),
        ("The minister took no questions.", "took no questions"),
    ],
)
def test_made_no_reference_and_took_no_questions_are_non_statements(analyze_text, text, cue):
    result = analyze_text(text)
    assert [s.cue for s in result.non_statements] == [cue]
    assert not result.attributions


def test_television_replays_are_a_document(analyze_text):
    found = only(analyze_text("Television replays suggested Bright had barely touched him."))
    assert found.source_type == "document"


def test_a_company_short_name_and_a_quoted_plan_name_are_nobody(analyze_text):
    text = (
        "Story\n\nHalvorsen Foods cut its forecast on Thursday. Finance director Rasmus Kjeld said "
        "Halvorsen would close two factories under what the company calls its “Simpler Halvorsen” plan. "
        "He told the call that the closures would save money."
    )
    speakers = {a.cue: a.speaker for a in analyze_text(text).attributions}
    assert speakers["told"] == "Rasmus Kjeld"


def test_a_spokesman_for_the_board_names_the_board(analyze_text):
    text = (
        "Story\n\nThe Competition and Markets Board said last month it was examining prices. "
        "A spokesman for the board said on Thursday that the review was at an early stage."
    )
    speakers = [a.speaker for a in analyze_text(text).attributions]
    assert "a spokesman for the Competition and Markets Board" in speakers


# --- transcripts, columns and obituaries (development articles 30–32, issue 10) ---------------


def test_a_note_on_the_door_that_said_is_the_note(analyze_text):
    found = only(analyze_text("She put up a note on the door that said, “I cannot sell milk that goes off.”"))
    assert (found.speaker, found.source_type) == ("a note", "document")


def test_according_to_a_biography_by_its_author_is_the_biography(analyze_text):
    text = "Born Agnes Kovari in 1937, she came to Kellmoor at 16, according to a biography by Martin Esk."
    found = only(analyze_text(text))
    assert found.source_type == "document" and "biography" in found.speaker


def test_a_statement_before_a_refusal_in_the_same_sentence_stays(analyze_text):
    text = (
        "Story\n\nThe transport ministry said the review would be published before the summer; "
        "it declined to say whether the route would be included."
    )
    result = analyze_text(text)
    assert [(a.speaker, a.cue) for a in result.attributions] == [("the transport ministry", "said")]
    assert [s.cue for s in result.non_statements] == ["declined to say"]


def test_a_ferry_companys_short_name_is_the_company(analyze_text):
    text = "Story\n\nIn January its operator, Kestrel Ferries, cut the route. Kestrel says it lost money."
    found = only(analyze_text(text))
    assert (found.speaker, found.source_type) == ("Kestrel Ferries", "organization")


def test_a_surname_tagged_alone_keeps_its_first_name(analyze_text):
    text = (
        "Story\n\nAgnes Varro, who turned the bankrupt mills into a cooperative, died on Sunday. She was 88. "
        "Her daughter, Judit Varro, said the cause was heart failure.\n\n"
        "Varro was 41 when the mills closed. In a 1998 speech, Varro said that the "
        "workers had saved the town."
    )
    speakers = [a.speaker for a in analyze_text(text).attributions]
    assert speakers == ["Judit Varro", "Agnes Varro"]


def test_her_daughter_is_the_daughter_named_before(analyze_text):
    text = (
        "Story\n\nAgnes Varro died on Sunday. Her daughter, Judit Varro, said the cause was a stroke.\n\n"
        "The mill closed in 1979. Her daughter recalled that the kitchen table was always covered in papers."
    )
    assert [a.speaker for a in analyze_text(text).attributions] == ["Judit Varro", "Judit Varro"]


def test_a_feature_that_names_her_later(analyze_text):
    text = (
        "Story\n\nThe woman at the workbench does not look up.\n\n"
        "“People think this place is about fixing things,” she says.\n\n"
        "Her name is Ruth Gannaway. She is 63, a retired electrician."
    )
    assert [a.speaker for a in analyze_text(text).attributions] == ["Ruth Gannaway"]
    # also when the description itself spoke just before
    text = text.replace("does not look up.", "told a customer that the toaster was done.")
    assert [a.speaker for a in analyze_text(text).attributions][-1] == "Ruth Gannaway"


def test_a_name_inside_the_quotation_is_not_who_she_is(analyze_text):
    text = (
        "Story\n\nHer name is Ruth Gannaway. She runs the café.\n\n"
        "Ruth Ibbotson, 29, first came in three years ago with a broken hairdryer and stayed. "
        "“Ruth’s the reason I can wire a plug,” she says."
    )
    assert [a.speaker for a in analyze_text(text).attributions] == ["Ruth Ibbotson"]


@pytest.mark.parametrize(
    ("text", "who", "phrase", "words"),
    [
        pytest.param(  # a tag of its own after the quotation that says only to whom, where and when
            "“It looks like we are not going to have a very good relationship, who knows?” Anna Berg told "
            "Kestria’s KTV television station in an interview aired on Monday when asked how ties would be.",
            ("Anna Berg", "direct", "told"), "Anna Berg", None, id="long-tag-sentence",
        ),
        pytest.param(  # the parser coordinated the speaker and the cue with the quotation's verb
            "“We were tremendously wrong to not have confronted him from the beginning,” Ramos, 58, told AFP "
            "in an interview in Mexico City on Monday.",
            ("Ramos", "direct", "told"), "Ramos, 58", None, id="coordinated-with-the-quotation",
        ),
        pytest.param(  # the parser read no verb around the tag
            "The hashtag #FindThem, Mr. Abboud said, accompanied descriptions of loved ones sought and the "
            "news when someone was found alive.",
            ("Abboud", "indirect", "said"), "Mr. Abboud", None, id="tag-in-a-verbless-sentence",
        ),
        pytest.param(  # … and the sentence's noun after the tag
            "In both cases, Anna Berg said, those donations paid for “sponsorships” at the golf tournament.",
            ("Anna Berg", "partial", "said"), "Anna Berg",
            "those donations paid for “sponsorships” at the golf tournament",
            id="tag-before-the-noun-of-a-verbless-sentence",
        ),
        pytest.param(  # the parser made the closing tag an adverbial clause of what it reports
            "Deficits will end this year, sooner than expected, the nonpartisan Congressional Budget Office "
            "reported on Tuesday.",
            ("Congressional Budget Office", "indirect", "reported"),
            "the nonpartisan Congressional Budget Office", "Deficits will end this year", id="closing-tag",
        ),
    ],
)
def test_a_tag_the_parser_misread_still_names_its_speaker(analyze_text, text, who, phrase, words):
    result = analyze_text(text)
    found = only(result)
    assert (found.speaker, found.kind, found.cue) == who
    assert result.text[found.source_start : found.source_end] == phrase
    if words is not None:
        assert content(result, found) == words


def test_a_long_sentence_after_a_quotation_that_states_its_own_object_is_no_tag(analyze_text):
    result = analyze_text(
        "Anna Berg spoke on Monday. “Jury award spurs chain to drop its policy.” Now, bakeries will commonly "
        "state to the customer an approximate time frame for a delivery, without making any guarantees."
    )
    assert [a.cue for a in result.attributions if a.speaker == "bakeries"] == []



@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Anna Berg said at a news conference on Monday that the bridge would reopen.",
         "the bridge would reopen"),
        ("Halvorsen said earlier on Friday during a news conference that he may wait until February.",
         "he may wait until February"),
        # the parser hung the date on the reported verb: when it was said, not what
        ("Anna Berg said on Monday the bridge would reopen.", "the bridge would reopen"),
        ("Anna Berg said in March the bridge would reopen in May.", "the bridge would reopen in May"),
    ],
)  # fmt: skip
def test_a_that_clause_the_parser_hung_on_where_it_was_said(analyze_text, text, words):
    found = only(analyze_text(text))
    assert (found.kind, found.cue) == ("indirect", "said")
    assert content(analyze_text(text), found) == words




@pytest.mark.parametrize(
    "text",
    [
        "Based on her age in the second book, she would be 12, if one accepts Ruth Thompson as an authority.",
        "His energy was boundless, as in this year he wrote various tracts and gave over 40 lectures.",
        "The work-flow is best described as batch production, because of the range of block sizes demanded.",
        "Three of the five magistrates have resigned since January, one of them telling me so in a letter.",
    ],
)
def test_a_clause_closing_the_sentence_is_no_tag_when_it_says_why_or_when(analyze_text, text):
    assert [(a.speaker, a.cue) for a in analyze_text(text).attributions] == []


def test_what_the_target_is_accused_of_when_the_parser_hangs_it_on_the_name(analyze_text):
    result = analyze_text(
        "Senator Anna Berg accused Republican contender Donald Trump of showing support for Russian "
        "President Vladimir Putin."
    )
    found = only(result)
    assert (found.speaker, found.cue) == ("Anna Berg", "accused")
    assert content(result, found) == "of showing support for Russian President Vladimir Putin"


def test_a_quotation_after_a_sentence_about_a_person_is_that_persons(analyze_text):
    text = (
        "Story\n\nMarta Ossen has crossed the sound every morning for thirty-one years. “The wind comes "
        "straight off the water,” she said.\n\n"
        "Piet Lang wants a private boat. “We did it in 1987,” Lang said. Ossen shook her head. "
        "“Never again. Not at my age.”"
    )
    result = analyze_text(text)
    last = result.attributions[-1]
    assert (last.speaker, last.kind, last.cue) == ("Marta Ossen", "direct", None)
    assert content(result, last) == "Never again. Not at my age."
    assert result.text[last.source_start : last.source_end] == "Ossen"
    shown = sources_lines(result)[len(result.attributions)]  # the summary says there is no cue
    assert shown.endswith("· direct · no cue: “Never again. Not at my age.”")


@pytest.mark.parametrize(
    "lead",
    [
        "Mayor Ann Holt was re-elected in 2019.",  # the person is not the one who acts
        "The council voted against the plan on Monday.",  # not a person
    ],
)
def test_a_quotation_after_a_sentence_not_about_a_speaker_is_nobodys(analyze_text, lead):
    result = analyze_text(f"Story\n\n{lead} “It is a sad day for the town of Corran.”")
    assert list(result.attributions) == []


def test_a_speaker_after_her_apposition_the_parser_hung_on_her_name(analyze_text):
    result = analyze_text(
        "Anna Berg, the party's 2019 presidential candidate, tweeted in response: “Important distinction: "
        "the regime jails journalists and opponents.”"
    )
    found = only(result)
    assert (found.speaker, found.kind, found.cue) == ("Anna Berg", "direct", "tweeted")


@pytest.mark.parametrize(
    ("wife", "name"),
    [("His wife, Carys Tarrant,", "Carys Tarrant"), ("His wife, Carys,", "Carys")],
)
def test_she_is_the_wife_named_in_the_sentence_before_not_her_husband(analyze_text, wife, name):
    text = (
        "Story\n\n“The land is good when it is dry,” said Owen Tarrant, who took over the farm in 1998.\n\n"
        f"{wife} is less certain. She said that the insurance company had written to them twice."
    )
    assert [a.speaker for a in analyze_text(text).attributions] == ["Owen Tarrant", name]


def test_a_quotation_after_a_person_the_parser_buried_in_a_question(analyze_text):
    result = analyze_text(
        "Story\n\nA spokeswoman for the agency said a new wall was planned.\n\n"
        "Asked whether she believed that, Ruth Ellery laughed. “I believe they believe it.”"
    )
    assert [(a.speaker, a.cue) for a in result.attributions] == [
        ("a spokeswoman for the agency", "said"),
        ("Ruth Ellery", None),  # not the spokeswoman's "believed": a question, not a statement
    ]


def test_a_quotation_after_a_name_inside_a_clause_is_nobodys(analyze_text):
    result = analyze_text(
        "Story\n\nThe courts decided the matter quite differently from what Sir John Hale had envisioned. "
        "“By the eve of the war, the federation had evolved beyond anything he feared.”"
    )
    assert list(result.attributions) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("If one team says that the judge must prevent famine, the other team must answer.", []),
        ("Tom Withe maintains there was no luck, even if he does admit it was not his best goal.",
         [("Tom Withe", "maintains"), ("Tom Withe", "does admit")]),
        ("Zeno argued that if, as the pluralists say, things are many, they will be both like and unlike.",
         [("Zeno", "argued"), ("the pluralists", "say")]),
    ],
)  # fmt: skip
def test_a_cue_under_if_or_whether_is_a_supposition_not_a_statement(analyze_text, text, said):
    assert [(a.speaker, a.cue) for a in analyze_text(text).attributions] == said


def test_a_name_with_an_age_is_a_person_and_her_is_her(analyze_text):
    text = (
        "Story\n\nInes Varga, 67, has kept the light at Port Ellan since 1981. Her brother, Matthias, kept "
        "it before her.\n\n"
        "The harbour board voted last week to automate the light. Its chairman, Paul Dressler, said that the "
        "decision was “purely financial” and that Varga would be offered another job.\n\n"
        "Varga is not convinced. In a post on Facebook, she wrote: “Forty years, and a letter.”\n\n"
        "Her brother also posted on Instagram. “My sister is the light,” Matthias Varga wrote.\n\n"
        "According to her, nobody from the board has visited the lighthouse in five years.\n\n"
        "“They could have come and asked,” she said."
    )
    said = [(a.speaker, a.cue) for a in analyze_text(text).attributions]
    assert said == [
        ("Paul Dressler", "said"),
        ("Ines Varga", "wrote"),
        ("Matthias Varga", "wrote"),
        ("Ines Varga", "According to"),
        ("Ines Varga", "said"),  # not the board: "she" is never an organization
    ]


def test_a_quotation_running_into_a_sentence_takes_no_cue_that_is_not_one(analyze_text):
    text = (
        "Story\n\nInes Varga, 67, has kept the light since 1981.\n\n"
        "“People ask me if I am lonely. I am not lonely. I have the sea, the birds and the radio. On a clear "
        "night I can see the lights of three countries,” the 67-year-old said, pointing across the water."
    )
    assert [a.cue for a in analyze_text(text).attributions if a.cue == "pointing"] == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("12:30 p.m. Bernie Sanders is telling voters in Iowa that the economy is rigged.", "Bernie Sanders"),
        ("Minutes of the April meeting show that the board voted to raise the rate.",
         "Minutes of the April meeting"),  # a time word, not a clock time
    ],
)  # fmt: skip
def test_a_live_blogs_clock_time_is_not_part_of_the_source(analyze_text, text, phrase):
    result = analyze_text(f"The Latest\n\n{text}")
    found = only(result)
    assert result.text[found.source_start : found.source_end] == phrase


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        # the model ran the post's time on into the name after it ("17:45 — The Western Met Agency" as
        # one time): the body is named without the time, and "the agency" later is that body
        ("17:45 — The Western Met Agency has extended its amber wind warning until 6am. The strongest "
         "winds have probably passed, the agency said.", "the Western Met Agency", "organization"),
        ("16:50 — Kira Matharu, who runs the cafe on the corner, has been handing out tea. “We have "
         "run out of cups,” she said.", "Kira Matharu", "named_person"),
    ],
)  # fmt: skip
def test_a_live_blogs_time_run_into_a_name_is_cut_off_it(analyze_text, text, speaker, source_type):
    found = only(analyze_text(f"Storm live\n\n{text}"))
    assert (found.speaker, found.source_type) == (speaker, source_type)


@pytest.mark.parametrize(
    "text",
    [
        "By mid-afternoon the new ridge is about half finished, its pattern cut by hand with a knife "
        "Hazel says belonged to her grandfather.",
        "The work was done with a knife Hazel says belonged to her grandfather.",
    ],
)
def test_a_relative_clause_without_that_says_what_the_name_before_the_cue_said(analyze_text, text):
    """ "a knife Hazel says belonged to her grandfather": Hazel says the knife belonged to him; the
    clause before the knife is the writer's."""
    result = analyze_text(f"Thatcher\n\nHazel Cottam, 58, is a master thatcher. {text}")
    found = only(result)
    assert (found.speaker, content(result, found)) == ("Hazel Cottam", "belonged to her grandfather")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause saying when ("a day after …") is not what was told; the that-clause hung on "plant" is
        ("Rep. Dana Whitcombe told union workers outside a shuttered plant on Thursday that the state's"
         " Senate seat \"is not for sale,\" a day after a new poll showed her closing on Sen. Paul Tressler.",
         [("Dana Whitcombe", "told", "partial", "the state's Senate seat \"is not for sale")]),
        # a quotation closing the sentence inside a relative clause's reported clause: a partial of "said"
        # (not a direct quotation of "blamed")
        ("In a fiery speech, she blamed the closure on a 2019 state tax break that she said Tressler, then"
         " the state Senate majority leader, had \"written for the people who shipped those jobs overseas.\"",
         [("she", "said", "partial", "Tressler, then the state Senate majority leader, had \"written for the"
           " people who shipped those jobs overseas")]),
        # the parser cut the quotation short at an aside: what was told runs to its last word
        ("He moved, telling the Echo at the time that the town had “earned itself a lie-in, I suppose”.",
         [("He", "telling", "partial", "the town had “earned itself a lie-in, I suppose")]),
        # ... but a quotation another cue or a tag introduces is that one's, whole
        ("''We've started all those conversations,'' Mr. Manafort said, adding of Mr. Trump, ''He cares"
         " about the team.''",
         [("Manafort", "said", "direct", "We've started all those conversations,"),
          ("Manafort", "adding", "direct", "He cares about the team.")]),
        ("Or, as Maureen Pell put it when I rang her back, “They’ve designed a lovely station for buses."
         " Shame about the people.”",
         [("Maureen Pell", "put it", "direct", "They’ve designed a lovely station for buses. Shame about the"
           " people.")]),
        # ... but after a colon, a quotation that is a sentence of its own stays one
        ("Detective Marcus Bell said the case had been solved by neighbors: “This community would not let"
         " it go.”",
         [("Marcus Bell", "said", "indirect", "the case had been solved by neighbors"),
          ("Marcus Bell", "said", "direct", "This community would not let it go.")]),
        # a poll's figures in a small clause, and a share of the voters it asked
        ("A Calloway University poll released Wednesday found Tressler ahead 46 percent to 43 percent."
         " About one in 10 voters said they were undecided.",
         [("a Calloway University poll released Wednesday", "found", "indirect",
           "Tressler ahead 46 percent to 43 percent"),
          ("a Calloway University poll released Wednesday", "said", "indirect", "they were undecided")]),
    ],
)  # fmt: skip
def test_what_a_quotation_or_a_small_clause_reports_in_a_wire_story(analyze_text, text, expected):
    result = analyze_text(f"Senate race\n\n{text}")
    found = [(a.speaker, a.cue, a.kind, content(result, a)) for a in result.attributions]
    assert found == expected


def test_he_in_an_obituary_is_the_man_it_is_about_not_the_last_man_quoted(analyze_text):
    """With nobody in the sentences just before, "he" is the person the article opens with, not a rival
    quoted two paragraphs up (the speaker of the paragraph just before would be)."""
    text = (
        "Obituary\n\nWEXLEY — Cyril Mabbott, who rang his bell across Wexley’s market square for 38 years,"
        " has died. He was 86.\n\n“He was the loudest man I ever met,” said Roger Tilney, the crier of"
        " Castle Brampton.\n\nThe bell came from a signal box on the old branch line.\n\nThe cries woke"
        " some children on the square. He moved them to ten, telling the Echo that the town had earned"
        " itself a lie-in."
    )
    found = [(a.speaker, a.cue) for a in analyze_text(text).attributions]
    assert found == [("Roger Tilney", "said"), ("Cyril Mabbott", "telling")]


def test_a_quotation_after_a_paragraph_about_her_is_hers(analyze_text):
    """An interview in the writer's narrative: "Did her publisher push back? She laughs." and then a
    paragraph that is all quotation, with no cue: her answer."""
    text = (
        "Interview\n\nCARRICK WELLS — Marian Tolland writes in a converted net loft. She is 61.\n\n"
        "Did her publisher push back? She laughs.\n\n“Not this time. Thirty years ago it would have been"
        " a different story.”"
    )
    result = analyze_text(text)
    found = [(a.speaker, a.cue, content(result, a)) for a in result.attributions]
    assert found == [
        ("Marian Tolland", None, "Not this time. Thirty years ago it would have been a different story.")
    ]


def test_a_column_quoting_its_own_paper_a_reader_and_an_unnamed_clerk(analyze_text):
    """ "this newspaper reported" is the outlet the dateline names; a name the model tagged a place once
    is still the woman "she" stands for; "One of the two people who staff that window, who asked me not
    to name her, said …" is one anonymous person, and the "she" after her is her."""
    text = (
        "Column\n\nASKERDALE (Askerdale Gazette) — Last Thursday this newspaper reported that the plan had"
        " been “broadly welcomed” by passengers.\n\nMr Marchbank’s “nobody will be left behind” will also"
        " come as news to Doreen Ashworth. She is 81 and has no smartphone. “I stood there like a parcel"
        " nobody had come to collect,” she told me.\n\nOne of the two people who staff that window, who"
        " asked me not to name her, said the queue was longest on market days. “Half of what I do isn’t"
        " selling tickets,” she said.\n\nDoreen Ashworth has lived in Askerdale all her life."
    )
    found = [(a.speaker, a.source_type, a.cue) for a in analyze_text(text).attributions]
    assert found == [
        ("the Askerdale Gazette", "organization", "reported"),
        ("Doreen Ashworth", "named_person", "told"),
        ("One of the two people who staff that window", "anonymous", "said"),
        ("One of the two people who staff that window", "anonymous", "said"),
    ]


def test_his_in_a_names_own_relative_clause_tells_his_gender():
    """ "Reszka, who has spent his second term …" tells that Reszka is "he" (his given name is no common
    one): in the diplomatic wire story (dev 196), "he called Valcourt's visit …" is his, where a "she"
    resolved to him had made him a woman."""
    import kit

    path = Path(__file__).resolve().parent.parent / "seeds/practice/196_valdria_portavia_summit_wire.txt"
    found = {(a.speaker, a.cue) for a in kit.analyze(path).attributions if a.cue in ("called", "described")}
    assert {("Anatol Reszka", "called"), ("Anatol Reszka", "described")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "A reporter asked: Did they talk about the wall?",
        "Why had he asserted that his father had given his charity hundreds of thousands of dollars if now"
        " he did not remember that ever happening?",
    ],
)
def test_a_question_that_is_no_subhead_still_reports(analyze_text, text):
    """Only a short question in a paragraph of its own, opening with a question word, is a subhead that
    reports nothing ("Why did the judge say it was unlawful?"); these report what was asked or said."""
    assert analyze_text(f"Campaign\n\nDonald Trump spoke in Iowa.\n\n{text}").attributions


def test_put_it_before_a_quotation_is_the_speakers_cue(analyze_text):
    text = (
        "Story\n\nCritics of the plan, including the librarians' union, argue that the savings are "
        "exaggerated. The union's regional organiser, Sue Patel, put it more bluntly: “They are selling "
        "the furniture to pay the heating bill.”\n\nHe put it in the drawer."
    )
    said = [(a.speaker, a.kind, a.cue) for a in analyze_text(text).attributions]
    assert said == [("critics of the plan", "indirect", "argue"), ("Sue Patel", "direct", "put it")]


def test_put_it_after_a_long_anonymous_subject_still_takes_the_quotation(analyze_text):
    result = analyze_text(
        "One officer who has policed the town centre for 20 years, and who asked not to be named because he"
        " is not authorised to speak to the press, put it more bluntly: “Dark streets are where people try"
        " things they don’t try in lit ones.”"
    )
    found = only(result)
    assert (found.source_type, found.kind, found.cue) == ("anonymous", "direct", "put it")


def test_an_age_that_is_no_number_is_no_age(analyze_text):
    result = analyze_text("Ines Varga, ², said she was fine. Ana Lu, 10000000000000000000000, said no.")
    assert [a.speaker for a in result.attributions] == ["Ines Varga", "Ana Lu"]


def test_a_police_rank_is_a_title_not_an_organization(analyze_text):
    """ "Detective Marcus Bell" was an organization (the NER model's ORG), so the "he said" of the next
    paragraph went to the suspect named before him (a practice article's first look)."""
    result = analyze_text(
        "Arrest\n\nDerek Hanlon, 29, was charged on Friday.\n\nAt a news conference, Detective Marcus Bell"
        " said neighbors had solved the case.\n\n“People called, people emailed,” he said."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("Marcus Bell", "named_person")] * 2


def test_an_affidavit_is_a_document_and_keeps_its_clause_subject(analyze_text):
    """ "According to an arrest affidavit filed … in Halvey County District Court, a doorbell camera
    recorded …": the affidavit was a vague source, and the parser's apposition made the camera part of
    its name and cut it from what the affidavit says."""
    result = analyze_text(
        "Arrest\n\nAccording to a sworn affidavit filed Tuesday in Marlow County Court, a neighbor's camera"
        " filmed the van at 7:52 a.m."
    )
    found = only(result)
    assert found.speaker == "a sworn affidavit filed Tuesday in Marlow County Court"
    assert found.source_type == "document"
    assert content(result, found) == "a neighbor's camera filmed the van at 7:52 a.m."


def test_a_witness_known_only_by_initials_is_anonymous(analyze_text):
    result = analyze_text(
        "Arrest\n\nA mechanic in Elm Ridge, who is identified in the affidavit only by his initials, told"
        " investigators that the truck came in on Oct. 4."
    )
    assert only(result).source_type == "anonymous"


def test_a_tag_inside_a_clause_reports_the_side_with_its_verb(analyze_text):
    """ "Most of them, she acknowledged, led nowhere": the longer side was the subject, "Most of them"."""
    result = analyze_text(
        "Tips\n\nSgt. Ana Ruiz, a police spokeswoman, said the department had received 200 tips. Most of"
        " them, she acknowledged, led nowhere."
    )
    (found,) = [a for a in result.attributions if a.cue == "acknowledged"]
    assert (found.speaker, content(result, found)) == ("Ana Ruiz", "led nowhere")


def test_a_clause_before_a_colon_and_the_quotation_after_it_are_two_statements(analyze_text):
    result = analyze_text(
        "Arrest\n\nDetective Ana Ruiz said the case had been solved by neighbors as much as by police:"
        " “This community would not let it go.”"
    )
    assert [(a.kind, content(result, a)) for a in result.attributions] == [
        ("indirect", "the case had been solved by neighbors as much as by police"),
        ("direct", "This community would not let it go."),
    ]


def test_a_participle_closing_a_report_is_the_reporters(analyze_text):
    """ "Castellano said her office would ask …, calling him “a clear flight risk.”": the parser hung
    "calling" on "ask", and the office was credited with the label."""
    result = analyze_text(
        "Bail\n\nProsecutor Renee Castellano said her office would ask a judge to keep the bail at $500,000,"
        " calling the driver “a clear flight risk.”"
    )
    assert [(a.speaker, a.cue) for a in result.attributions] == [
        ("Renee Castellano", "said"),
        ("Renee Castellano", "calling"),
    ]


def test_a_spokesperson_stays_one_by_surname_and_pronoun(analyze_text):
    """ "Oakes said" after "Sgt. Teresa Oakes, a police spokeswoman, said" was a named person."""
    result = analyze_text(
        "Arrest\n\nSgt. Teresa Oakes, a police spokeswoman, said the department had received 200 tips.\n\n"
        "Investigators found the truck on Saturday, Oakes said. She said detectives would ask the lab to"
        " compare paint."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("Teresa Oakes", "spokesperson")] * 3


def test_the_people_familiar_stay_anonymous_when_counted_off(analyze_text):
    """ "who said", "One of the people said", "The second person said" after "according to two people
    familiar with the negotiations": the negotiations spoke, then two vague sources."""
    result = analyze_text(
        "Gas\n\nThe sides are close to a deal, according to two people familiar with the negotiations, who"
        " said the price gap had narrowed. One of the people said a deal could come within weeks. The second"
        " person said the talks might stall."
    )
    assert {(a.speaker, a.source_type) for a in result.attributions} == {
        ("two people familiar with the negotiations", "anonymous")
    }
    assert len(result.attributions) == 4


def test_he_after_an_anonymous_report_is_the_reporter_not_someone_in_the_report(analyze_text):
    """ "An official …, who spoke on condition of anonymity, said … that Leskava might accept ….
    “…,” he said.": the quotation went to Leskava, named inside what the official said; and the
    official's report stopped at "might", before "accept" (a verb of saying with its own subject)."""
    result = analyze_text(
        "Gas\n\nAn official at the energy ministry, who spoke on condition of anonymity, said the gap had"
        " narrowed and that Leskava might accept a rise of around 12%.\n\n"
        "“Nobody wants to go into winter without a contract,” he said."
    )
    report, quote = result.attributions
    assert report.speaker == quote.speaker == "an official at the energy ministry"
    said = "the gap had narrowed and that Leskava might accept a rise of around 12%"
    assert content(result, report) == said


def test_a_name_with_a_role_in_apposition_is_a_person(analyze_text):
    """ "Marta Ilves, senior economist at Caldera Bank," was an organization (the NER model's ORG), so
    her "she warned" went to the economist quoted before her (a practice article's first look)."""
    result = analyze_text(
        "Rates\n\n“The bank is nervous about wages,” said Anselm Krey, chief economist at Vossberg Bank.\n\n"
        "Marta Ilves, senior economist at Caldera Bank, estimated that higher borrowing costs had already"
        " cut growth. “Holding is not caution. It is a cost,” she warned."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions[1:]] == [
        ("Marta Ilves", "named_person")
    ] * 2


def test_a_pronoun_subject_just_before_carries_its_person_to_the_next_tag(analyze_text):
    """ "She was quick to defend Breck, who …. "…," she said.": the quotation went to Breck, the only
    name in the sentence before; the "She" that opens it stands for the coach (a practice article's
    first look)."""
    result = analyze_text(
        "Rugby\n\nDunmere lost a game that coach Nadia Ferrante called \"the one that got away\".\n\n"
        "Dunmere led after four penalties from fly-half Callum Breck. Breck had a long penalty to draw the"
        " game with the last kick but pushed it wide.\n\n"
        "Referee Alun Prys awarded the try without consulting the television match official.\n\n"
        '"We had them," said Ferrante. "That\'s on me, not the players."\n\n'
        "She was quick to defend Breck, who had kicked 31 of his 34 attempts at goal this season. \"Callum"
        " has won us more games than I can count. He'll miss one now and again,\" she said."
    )
    assert [a.speaker for a in result.attributions if a.cue == "said"] == ["Nadia Ferrante"] * 3


def test_a_judgement_called_in_quote_marks_is_said_a_name_stays_a_term(analyze_text):
    """ "which she calls “the best idea this council has had in years”" has a finite verb: her
    statement, not a label (it was a quoted term); "whom supporters call “the Ferret”" stays a term."""
    result = analyze_text(
        "High street\n\nIbrahim Sadiq, who runs a café on the street, backs the trial, which he calls"
        " “the best idea this council has had in years”.\n\n"
        "Achterberg, the 19-year-old whom Rovers supporters call “the Ferret” for his darting runs,"
        " told the BBC he had felt contact. “He's caught me,” he said."
    )
    called = [a for a in result.attributions if a.cue == "calls"]
    assert [(a.speaker, content(result, a)) for a in called] == [
        ("Ibrahim Sadiq", "the best idea this council has had in years")
    ]
    assert [(t.text, t.owner) for t in result.quoted_terms] == [("the Ferret", "Rovers supporters")]


@pytest.mark.parametrize(
    ("text", "speaker", "source_type", "cue"),
    [
        (
            "By the council’s own figures, 14 of the street’s 61 units are vacant.",
            "the council’s figures",
            "document",
            "By the council’s own figures",
        ),
        (
            "By the company’s own estimate, 40 jobs will go.",
            "the company’s estimate",
            "document",
            "By the company’s own estimate",
        ),
        (
            "By Ms Ruiz’s own count, she has sold 300 tickets.",
            "Ruiz",
            "named_person",
            "By Ms Ruiz’s own count",
        ),
    ],
)
def test_by_an_owners_figures_credits_them_without_the_possessive(
    analyze_text, text, speaker, source_type, cue
):
    """ "by the council’s own figures" was no source at all, and "By the company’s own estimate" credited
    "the company’s" (a practice article's first look). Figures and an estimate are a document, as after
    "according to" (GUIDELINES §2: "figures"); a count is its owner's."""
    found = only(analyze_text("Report\n\n" + text))
    found_as = (found.speaker, found.source_type, found.kind, found.cue)
    assert found_as == (speaker, source_type, "according_to", cue)


def test_by_an_owners_figures_at_the_start_credits_the_whole_sentence(analyze_text):
    """ "By the ministry’s own figures, one sailing in six was cancelled last winter, most of them when
    …": the parser made the first clause a clause of the second, and the figures covered only the
    first (a practice column's first look)."""
    result = analyze_text(
        "Ferries\n\nBy the ministry’s own figures, roughly one sailing in six was cancelled last winter,"
        " most of them when one of the two boats was laid up for repairs."
    )
    assert content(result, only(result)) == (
        "roughly one sailing in six was cancelled last winter, most of them when one of the two boats was"
        " laid up for repairs"
    )


def test_the_company_is_not_a_ministry_named_with_a_possessive(analyze_text):
    """ "By the ministry’s own count … By the company’s own count …": "the company" stood for "the
    ministry’s", the last organization spoken of (a practice column's first look)."""
    result = analyze_text(
        "Jobs\n\nBy the ministry’s own count, 300 sailings ran last winter.\n\nBy the company’s own count, 40"
        " jobs will go."
    )
    assert [a.speaker for a in result.attributions][-1] == "the company"


def test_one_of_them_named_in_apposition_is_that_person(analyze_text):
    """ "One of them, Marian Holt, a retired midwife, wrote …": the group before ("more than 1,100
    people") was credited, as "one of the more than people" (a practice article's first look)."""
    result = analyze_text(
        "Cinema\n\nWithin a fortnight more than 1,100 people had replied, roughly a third of them with"
        " photographs.\n\nOne of them, Marian Holt, a retired midwife, wrote on Facebook that she and her"
        " late husband had their first date in row F in 1974."
    )
    found = only(result)
    assert (found.speaker, found.source_type) == ("Marian Holt", "named_person")


def test_a_shout_the_parser_read_as_describing_its_noun_is_that_persons(analyze_text):
    """ "…, a man yelled “Stay there!”": the parser made "yelled" a clause of "man", and the shout
    went to the mayor's "said" before it (her words were lost)."""
    result = analyze_text(
        "Rally\n\nWhen Mayor Ines Kroll thanked Vell and said it was great to be home, a man yelled"
        " “Stay there!”"
    )
    found = {(a.speaker, a.cue, content(result, a)) for a in result.attributions}
    assert found == {("Ines Kroll", "said", "it was great to be home"), ("a man", "yelled", "Stay there!")}


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "said"),
    [
        (
            "Ruth Ibe shared the news on social media last week, writing “Feels great to back someone I"
            " trust.”",
            "Ruth Ibe",
            "writing",
            "Feels great to back someone I trust.",
        ),
        (
            "Governor Tomas Brandt seemed keen to move on from the row, telling the crowd, “Some"
            " people get carried away, have you noticed that?”",
            "Tomas Brandt",
            "telling",
            "Some people get carried away, have you noticed that?",
        ),
    ],
)
def test_a_participle_opening_a_quotation_after_a_comma_is_the_sentences_subjects(
    analyze_text, text, speaker, cue, said
):
    """The parser hung "writing" and "telling" on a word inside the quotation: no one was credited."""
    result = analyze_text("Campaign\n\n" + text)
    found = only(result)
    assert (found.speaker, found.cue, content(result, found)) == (speaker, cue, said)


def test_declaring_something_a_label_in_quote_marks_is_said(analyze_text):
    """ "declaring it “another super Tuesday”" was no attribution: "declare" reported only clauses.
    "declared a state of emergency" stays no statement."""
    result = analyze_text(
        "Count\n\nMarta Velez celebrated with supporters in Orlinda, declaring it “a great night for"
        " our campaign.”\n\nThe governor declared a state of emergency on Monday."
    )
    found = only(result)
    assert (found.speaker, found.cue, found.kind) == ("Marta Velez", "declaring", "partial")
    assert "a great night for our campaign" in content(result, found)


def test_a_message_sent_or_issued_carries_its_senders_words(analyze_text):
    """ "The ministry issued a statement saying …" credited "a statement saying the talks had failed"
    (its words in its name); "posted a message reading “…”" credited no one."""
    result = analyze_text(
        "Talks\n\nThe Ostmark Trade Ministry issued a statement saying the talks had failed.\n\n"
        "Councillor Ada Brin posted a message on her page reading “We will not give up on the"
        " library.”"
    )
    found = {(a.speaker, a.cue, content(result, a)) for a in result.attributions}
    assert found == {
        ("the Ostmark Trade Ministry", "saying", "the talks had failed"),
        ("Ada Brin", "reading", "We will not give up on the library."),
    }


def test_a_present_tense_tag_the_tagger_read_as_a_noun_still_credits_the_quotation(analyze_text):
    """ "“…,” Brandt answers.": the tagger read "answers" as a plural noun with "Brandt" as its
    modifier, so the two-sentence quotation before it was a quoted term with no speaker."""
    result = analyze_text(
        "Interview\n\n“Two new bridges. Besides that, not a single thing finished,” Brandt answers."
    )
    found = only(result)
    assert (found.speaker, found.cue, found.kind) == ("Brandt", "answers", "direct")
    assert content(result, found).startswith("Two new bridges. Besides that")
    assert not result.quoted_terms


def test_a_quotation_right_after_a_mid_sentence_according_to_is_its_sources_words(analyze_text):
    """ "… a buggy that runs, according to the council, “every 20 minutes or so”": the council's words
    are the quotation, not the outlet's clause before the phrase; and the assessment's "says" before
    it keeps its own clause instead of taking the quotation (a practice column's first look)."""
    result = analyze_text(
        "Street\n\nThe council’s own equality assessment says drivers would have to park “up to 300"
        " metres further away” on Saturdays, and the plan offers them only a shuttle buggy that runs,"
        " according to the council, “every 20 minutes or so”."
    )
    found = {(a.speaker, a.kind, content(result, a)) for a in result.attributions}
    assert ("the council", "according_to", "every 20 minutes or so") in found
    says = next(a for a in result.attributions if a.cue == "says")
    assert says.kind == "partial"
    assert content(result, says).startswith("drivers would have to park “up to 300 metres further away”")
    assert "the plan offers them only a shuttle buggy that runs" in {c.text for c in result.unattributed}


def test_although_sets_a_second_report_apart_from_the_first(analyze_text):
    """ "The survey found that …, although its authors caution that …": the authors' caution (and its
    quoted words) was part of what the survey found, and their own attribution lost its quotation."""
    result = analyze_text(
        "Street\n\nThe Harbour Trust survey found that spending rose in two-thirds of the shops, although"
        " its authors caution that the towns were “not a random sample” and that the effect might fade."
    )
    found = next(a for a in result.attributions if a.cue == "found")
    assert content(result, found) == "spending rose in two-thirds of the shops"
    caution = next(a for a in result.attributions if a.cue == "caution")
    assert caution.kind == "partial"
    assert content(result, caution).startswith("the towns were “not a random sample”")


def test_a_report_the_parser_hung_on_the_one_told_is_still_the_report(analyze_text):
    """ "told the meeting she had not been consulted": the parser read the reported clause as a
    relative clause of "meeting" (no "that"), so nothing was reported; a real relative clause, which
    leaves a gap ("the volunteers she had trained"), stays no report."""
    result = analyze_text(
        "Meeting\n\nThe headteacher, Ruth Okonjo, told the meeting she had not been consulted before the"
        " plan was announced in January.\n\nMarta Ilves told the people she had helped about the fund."
    )
    found = only(result)
    assert (found.speaker, found.cue) == ("Ruth Okonjo", "told")
    assert content(result, found) == "she had not been consulted before the plan was announced in January"


def test_a_present_tense_relative_clause_saying_what_someone_does_is_no_statement(analyze_text):
    """ "a charity that advises private tenants and landlords on repairs" was an attribution to the
    charity; "which warns of rising deaths" (a topic) and "that says one home in ten …" stay ones."""
    result = analyze_text(
        "Pipes\n\nThe work will be done with Ashbridge Healthy Homes, a charity that advises private"
        " tenants and landlords on repairs.\n\nThe Lane Trust, a charity that says one home in ten has a"
        " lead pipe, welcomed the plan.\n\nThe Roads Group, which warns of rising deaths, will protest."
    )
    assert {a.cue for a in result.attributions} == {"says", "warns"}


def test_a_description_tagging_a_quotation_that_opens_the_next_paragraph_is_the_last_speaker(analyze_text):
    """ "Anna Ilves, 41, a nurse, said …" / "“…,” said the mother of three.": the description was a
    vague source of its own (the previous speaker was looked for in the same paragraph only, and a
    word of gender such as "mother" was never a description)."""
    result = analyze_text(
        "Meeting\n\nAnna Ilves, 41, a nurse, said she had moved to the village so that her three"
        " children could walk to school.\n\n“Nobody has shown us a single figure. Not one,” said the"
        " mother of three. “Put the numbers on the table.”\n\n“It is all fine,” said the man."
    )
    speakers = [a.speaker for a in result.attributions]
    assert speakers[:3] == ["Anna Ilves"] * 3
    assert speakers[3] != "Anna Ilves"  # a bare "the man" names no one said before


def test_a_bare_spokeswoman_speaks_for_the_organization_just_named(analyze_text):
    """ "We put the question to Carrow District Council. A spokeswoman said …": "a spokeswoman" told a
    student nothing of whom she speaks for; one named in another paragraph is not assumed."""
    result = analyze_text(
        "Live\n\nWe put the question to Harlow District Council. A spokeswoman said collections would run"
        " as normal.\n\nA spokesman said the bridge was closed."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("a spokeswoman for Harlow District Council", "spokesperson"),
        ("a spokesman", "spokesperson"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Talks between the government and the Harbour Pilots’ Federation broke up on Thursday, and the"
            " union said its members would vote on a strike.",
            "the Harbour Pilots’ Federation",
        ),
        (
            "Orlin Valley Water launched a plan to replace lead pipes on Monday. The utility said the work"
            " would take five years.",
            "Orlin Valley Water",
        ),
    ],
)
def test_a_description_of_a_kind_of_body_stands_for_the_one_named_before(analyze_text, text, speaker):
    """ "the union" after "the Dockers’ Federation", "the utility" after "Tarrow Valley Water": the
    description was a source of its own, since only names ending in its own word were looked for."""
    found = only(analyze_text("Port\n\n" + text))
    assert (found.speaker, found.source_type) == (speaker, "organization")


def test_a_quotation_split_by_a_tag_after_a_conditional_clause_is_one_quotation(analyze_text):
    """ '"If you want more homes to rent," she said, "you have to build them."': the tag's reported
    clause spans both halves, so the first half was taken for a fragment of a longer clause and left
    as a quoted term."""
    result = analyze_text(
        'Rents\n\nDr Mira Olsen, an economist, spoke last. "If you want more homes to rent," she said,'
        ' "you have to build them. A cap can only share out the ones we have."\n\n"If rents are capped,"'
        ' Dr Olsen said, "landlords will sell."'
    )
    assert [(a.speaker, content(result, a)) for a in result.attributions] == [
        ("Mira Olsen", "If you want more homes to rent,"),
        ("Mira Olsen", "you have to build them. A cap can only share out the ones we have."),
        ("Mira Olsen", "If rents are capped,"),  # a tag of more than one word
        ("Mira Olsen", "landlords will sell."),
    ]
    assert not result.quoted_terms


def test_who_in_a_second_coordinated_relative_clause_is_the_person(analyze_text):
    """ "Anton Brevik, who leads … and who has called the plan “…”": the second "who" was a vague
    source named "who"."""
    result = analyze_text(
        "Rents\n\nAnton Brevik, who leads the opposition's housing team and who has called the plan"
        " “a rent freeze by the back door”, told parliament on Tuesday that it would fail."
    )
    assert {(a.speaker, a.cue) for a in result.attributions} == {
        ("Anton Brevik", "has called"),
        ("Anton Brevik", "told"),
    }


def test_a_source_who_would_not_be_named_made_no_refusal_to_speak(analyze_text):
    """ "A council spokesman, who would not be named, said …": "would not be named" was a
    non-statement (as if he had refused to speak), and the clause was lost from his description."""
    result = analyze_text(
        "Buses\n\nA council spokesman, who would not be named, said the shuttle would run every fifteen"
        " minutes.\n\nThe police would not name the driver."
    )
    found = only(result)
    assert found.speaker == "a council spokesman who would not be named"
    assert found.source_type == "spokesperson"
    assert [n.cue for n in result.non_statements] == ["would not name"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the model tagged the doctor ORG and the business PERSON: the description decides
        (
            "Study\n\nThe study was funded by Stridewell, a maker of fitness trackers.\n\n“Walk after"
            " dinner,” said Dr Anouk Berring, a family doctor in Hallow Quay.\n\nA spokeswoman for the"
            " company said it had played no part in the study.",
            "a spokeswoman for Stridewell",
        ),
        # the first mention, after the dateline, is no entity at all for the model
        (
            "Bikes\n\nMARLOWE HAVEN, April 14, 2026 — Tessary Mobility, the city's leading maker of"
            " electric cargo bikes, today launched a bike library.\n\nVans make up a fifth of traffic,"
            " according to a survey by the Marlowe Haven Transport Partnership.\n\nDr Selma Rook, chief"
            ' executive of Tessary Mobility, said: "The library takes that risk away."\n\nIn a pilot, 12'
            " businesses borrowed bikes, the company said.\n\nMedia contact\n\nJonah Pless,"
            " communications manager, Tessary Mobility, press@tessary-mobility.example",
            "Tessary Mobility",
        ),
    ],
)
def test_a_name_the_text_calls_a_business_is_what_the_company_stands_for(analyze_text, text, speaker):
    """ "X, a maker of …" makes X a business whatever the model tagged (a practice explainer's and
    a press release's first look: "a spokeswoman for the Anouk Berring", "the Marlowe Haven Transport
    Partnership")."""
    assert [a.speaker for a in analyze_text(text).attributions][-1] == speaker


def test_a_tag_set_off_by_commas_in_the_middle_of_a_sentence_is_the_speakers(analyze_text):
    """ "Facebook created the tool …, a spokeswoman, Anna Richardson White, said on Saturday, and it has
    …": the parser made the spokeswoman the object of "created" and "said" its conjunct, and nobody
    was credited (PolNeAR train)."""
    result = analyze_text(
        "Tool\n\nFacebook activated its Safety Check tool, which allows users in an area affected by a crisis"
        " to mark themselves or others as safe. Facebook created the tool to help in times of crisis, a"
        " spokeswoman, Anna Richardson White, said on Saturday, and it has activated it five times in the"
        " last year after natural disasters."
    )
    found = only(result)
    assert (found.speaker, found.source_type) == ("Anna Richardson White", "spokesperson")
    assert content(result, found) == "Facebook created the tool to help in times of crisis"


def test_she_after_a_tag_set_off_by_commas_is_the_speaker_not_the_subject_before(analyze_text):
    """ "Facebook created the tool …, a spokeswoman, Anna Richardson White, said …. But this was the
    first time …, she said.": "she" was Facebook, the subject (tagged a person by the model), not the
    woman credited with the sentence before (PolNeAR train)."""
    result = analyze_text(
        "Tool\n\nFacebook activated its Safety Check tool, which allows users in an area affected by a crisis"
        " to mark themselves or others as safe. Facebook created the tool to help in times of crisis, a"
        " spokeswoman, Anna Richardson White, said on Saturday, and it has activated it five times in the"
        " last year after natural disasters. But this was the first time it was activated for something"
        " like this, she said."
    )
    assert [a.speaker for a in result.attributions] == ["Anna Richardson White", "Anna Richardson White"]


def test_a_single_name_with_an_age_is_a_person(analyze_text):
    """ "Gwen, 68, has driven over …. “…,” she says": the model tagged "Gwen" ORG and a single name was
    no person, so her words went to someone else (a practice feature's first look)."""
    result = analyze_text(
        "Baskets\n\nBryony Tasker makes baskets. “It takes two days,” she says.\n\nOn a wet Thursday in"
        " March, Gwen, 68, has driven over from Thornbury Cross to collect a log basket she ordered."
        " “My mother had one of these by her fire for forty years,” she says."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions][-1] == ("Gwen", "named_person")


def test_his_mother_after_her_son_is_the_woman_whose_son_he_is(analyze_text):
    """ "Her son, Reuben, 27, …. He runs the shop, which his mother admits she has “never understood”":
    "his mother" was "Reuben’s mother", a vague source, for a woman named and quoted before."""
    result = analyze_text(
        "Baskets\n\nBryony Tasker, 56, makes baskets in a cowshed. “It takes two days,” she says."
        "\n\nThe county has 11 basket makers left, according to figures from the Westfold Crafts Council."
        " The council has put basketry on its list of endangered crafts.\n\nThe waiting list runs to five"
        " months.\n\nHer son, Reuben, 27, gave up a job in software to learn the trade. “I like it,” he"
        " says.\n\nHe runs the workshop’s online shop, which his mother admits she has “never understood"
        " and never will”."
    )
    admits = next(a for a in result.attributions if a.cue == "admits")
    assert (admits.speaker, admits.source_type) == ("Bryony Tasker", "named_person")


def test_the_description_a_name_was_introduced_with_stands_for_it(analyze_text):
    """ "On Tuesday the regulator, Ofstream, set out the limits. It said …. …, the regulator said.":
    "the regulator" stayed a bare description (a practice explainer's first look)."""
    result = analyze_text(
        "Bills\n\nOn Tuesday the regulator, Ofstream, set out the limits for the next five years. It said"
        " the average bill would rise by 6.8%. After that, bills can rise by no more than inflation, the"
        " regulator said."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("Ofstream", "organization")] * 2


def test_a_report_given_by_its_title_is_a_document_and_the_report_later(analyze_text):
    """ "…, according to State of the Skell 2026, a report the trust published this morning. The report
    also found …": the title was an organization, and "the report" stayed unnamed (a practice press
    release's first look)."""
    result = analyze_text(
        "Voles\n\nSigns of water voles were found at 38 of the 60 sites surveyed last summer, up from just"
        " four in 2021, according to State of the Skell 2026, a report the trust published this morning."
        " The report also found that phosphate levels had fallen by a third."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("State of the Skell 2026", "document")
    ] * 2


def test_a_firm_whose_name_ends_in_a_document_word_is_the_firm(analyze_text):
    """ "according to the research firm Tallis Retail Data": a firm, not a document titled "Data"."""
    result = analyze_text(
        "Prices\n\nFood price inflation is expected to ease to around 3% by the autumn, according to the"
        " research firm Tallis Retail Data."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("Tallis Retail Data", "organization")
    ]


def test_a_body_whose_name_opens_with_a_place_and_a_masterplan(analyze_text):
    """ "According to the West Coast Inshore Fisheries Partnership" (the model tagged "the West Coast" a
    place) is the partnership, by its whole name; "the trust's draft masterplan says" is a document."""
    result = analyze_text(
        "Harbour\n\nAccording to the West Coast Inshore Fisheries Partnership, the number of small boats has"
        " fallen from 212 to 97 since 2005.\n\nThe Cullaig Harbour Trust’s draft masterplan says the marina"
        " would secure the harbour’s future."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("the West Coast Inshore Fisheries Partnership", "organization"),
        ("the Cullaig Harbour Trust draft masterplan", "document"),
    ]


def test_a_body_named_with_its_acronym_closes_the_lede_and_its_decision_is_a_document(analyze_text):
    """ "…, the Calterran Anti-Doping Agency (CADA) said on Friday." (the model tagged only "CADA"; the
    brackets and the hyphen were read as a break before the tag); "The decision says …" is a document."""
    result = analyze_text(
        "Ban\n\nESTRAVA (Halden Wire) — Mireia Solano has been banned for four years after testing positive"
        " for a blood booster, the Calterran Anti-Doping Agency (CADA) said on Friday.\n\nThe agency said"
        " she had failed to show how the drug got into the tablets. The decision says an independent"
        " laboratory found no trace of the drug in her supplements."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("the Calterran Anti-Doping Agency", "organization"),
        ("the Calterran Anti-Doping Agency", "organization"),
        ("the decision", "document"),
    ]


def test_the_union_is_a_union_called_an_alliance(analyze_text):
    """ "The Shopworkers’ Alliance, which represents … employees, … The union said …": a union named
    an alliance, as one named a federation or an association."""
    result = analyze_text(
        "Tills\n\nThe Shopworkers’ Alliance, which represents about 40,000 of Quarrymoor’s employees, seized"
        " on the results. The union said the profit rise showed the plan was “about margins”."
    )
    assert [a.speaker for a in result.attributions] == ["the Shopworkers’ Alliance"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Bills\n\nCalls to Fair Tap’s helpline about water debt have risen by nearly a fifth so far this"
            " year, the consumer charity said. Only one in five eligible homes is signed up, according to"
            " Fair Tap.",
            "Fair Tap",
        ),
        # a place is no organization a description could stand for
        (
            "Gas\n\nTalks with Veradia on the transit fee have stalled twice, the energy ministry said.",
            "the energy ministry",
        ),
    ],
)
def test_a_closing_description_stands_for_the_organization_its_sentence_names(analyze_text, text, speaker):
    """ "Calls to Fair Tap’s helpline …, the consumer charity said": no charity was named before, and
    the charity stayed a bare description (a practice explainer's first look)."""
    assert analyze_text(text).attributions[0].speaker == speaker


def test_a_title_in_apposition_to_a_report_is_the_document_without_the_apposition(analyze_text):
    """ "according to Price Watch, a report by the bank": the document is "Price Watch" (the parser made
    "a report by the bank" its apposition, and the title took it in)."""
    result = analyze_text(
        "Prices\n\nFood prices rose again in March, according to Price Watch, a report by the bank."
        " The report also found that rents had risen."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("Price Watch", "document")] * 2


def test_a_person_described_by_age_and_named_later_by_the_same_description_is_that_person(analyze_text):
    """ "One of the first patients was a retired bus driver …. “…,” said the 62-year-old." and then "The
    former bus driver, Dennis Marlow, said …" (a practice press release's first look: two quotations
    went to "the 62-year-old", a vague source)."""
    result = analyze_text(
        "Centre\n\nThe centre opened on Monday, said Dr Anjali Mercer, its chief executive.\n\nOne of the"
        " first patients was a retired bus driver who had waited 14 months for a new hip. “I had given up"
        " on getting a date,” said the 62-year-old.\n\nThe former bus driver, Dennis Marlow, said the staff"
        " had treated him well."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions][1:] == [
        ("Dennis Marlow", "named_person")
    ] * 2


def test_she_is_not_a_man_the_article_names_without_a_pronoun(analyze_text):
    """ "…,” said Alan Pruett, a retired machinist. / Asked whether …, she said …": a man's given name
    tells what the article never says; "she" is the candidate named at the top, however far back
    (a practice wire story's first look credited Pruett with her answers, then nobody)."""
    result = analyze_text(
        "Race\n\nMiriam Castellane urged delegates to look past her rocky start.\n\nShe spoke for 25"
        " minutes.\n\nThe poll was conducted by telephone.\n\nMost delegates will vote on Sunday.\n\n"
        "“I like her. But she has to stop playing defense,” said Alan Pruett, a retired machinist.\n\n"
        "Asked whether she would accept three more debates, she said she would debate him anywhere."
        " She told reporters afterward that the new poll showed voters were ready to move on."
    )
    assert [(a.speaker, a.cue) for a in result.attributions][-3:] == [
        ("Alan Pruett", "said"),
        ("Miriam Castellane", "said"),
        ("Miriam Castellane", "told"),
    ]


def test_a_first_names_usual_gender_yields_to_the_articles_she(analyze_text):
    """ "…,” said Marty Walz, chair of …. / Walz approaches it more diplomatically. She said …": a given
    name the list calls a man's is only a guess; with nobody else to stand for, "she" is Walz (the
    statement was lost; a PolNeAR story). A man the article itself calls "Mr" stays no "she"."""
    text = (
        "Charter\n\n“We are Democrats through and through,” said Marty Walz, chair of the advisory"
        " council.\n\nSteven Tolman is on the other side. “It is a wolf in sheep’s clothing,” Tolman"
        " told reporters.\n\nWalz approaches it a bit more diplomatically. She said she would rather"
        " see money spent on schools."
    )
    result = analyze_text(text)
    assert [(a.speaker, a.cue) for a in result.attributions][-1] == ("Marty Walz", "said")
    told = analyze_text(text.replace("more diplomatically.", "more diplomatically, as Mr Walz put it."))
    assert "Marty Walz" not in [a.speaker for a in told.attributions if a.cue == "said"][1:]


@pytest.mark.parametrize(
    ("text", "content_"),
    [
        (
            "A Merrow College poll released Thursday found her narrowly ahead of her main rival,"
            " businessman Derek Strom.",
            "her narrowly ahead of her main rival",
        ),
        (
            "The survey found most residents unhappy with the service.",
            "most residents unhappy with the service",
        ),
    ],
)
def test_a_documents_finding_told_in_a_small_clause_is_its_statement(analyze_text, text, content_):
    """ "found her narrowly ahead of her rival": a finding without "that" (a practice wire story's first
    look; "Derek Strom", hung on "poll" across the verb by the parser, is not the poll's name)."""
    result = analyze_text("Poll\n\n" + text)
    assert [(a.source_type, a.cue, content(result, a)) for a in result.attributions] == [
        ("document", "found", content_)
    ]
    assert "Strom" not in result.attributions[0].speaker


def test_a_documents_finding_needs_a_predicate_or_a_clause(analyze_text):
    assert not analyze_text("Report\n\nThe report found serious failings in the council.").attributions


def test_a_street_the_model_tagged_a_person_is_no_one_she_can_be(analyze_text):
    """ "Coldharbour Street has changed around her. “…,” she says": the model tagged the street PERSON,
    and every "she" of a feature went to it (a practice feature's first look: 0.24)."""
    result = analyze_text(
        "Shop\n\nOrla Venning, 74, has run the shop since 1989. “I still know where everything is,” she"
        " says.\n\nColdharbour Street has changed around her. The butcher and the bank have gone.\n\n"
        "“I’m not against new things,” she says."
    )
    assert {a.speaker for a in result.attributions} == {"Orla Venning"}


def test_a_relative_named_in_apposition_is_that_person_whatever_the_model_tagged(analyze_text):
    """ "Her son, Tomas, 45, …" with "Tomas" tagged a place; "her father" is no "she"."""
    result = analyze_text(
        "Shop\n\nOrla Venning has run the shop since her father died.\n\nHer son, Tomas, 45, helps out three"
        " days a week. “Mum thinks it runs on goodwill,” he says.\n\nAt closing time she adds up the takings"
        " in a ledger her father bought. “A good Tuesday,” she says."
    )
    assert [a.speaker for a in result.attributions] == ["Tomas", "Orla Venning"]


def test_a_description_that_gives_the_name_is_the_named_person(analyze_text):
    """ "says a man in a paint-spattered jacket, who gives his name only as Dev": Dev, a man."""
    result = analyze_text(
        "Shop\n\nOrla Venning runs the shop. “You buy forty,” says a man in a paint-spattered jacket, who"
        " gives his name only as Dev.\n\n“A good Tuesday,” she says."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("Dev", "named_person"),
        ("Orla Venning", "named_person"),
    ]


def test_the_group_is_the_organization_the_sentence_before_is_about(analyze_text):
    """ "The Fair Fares Alliance, which campaigns for cheaper travel, was quick to object. “…,” the
    group said": not the regulator named paragraphs before (the Alliance has no NER tag; read as a
    body's name, it keeps its "the", as a tagged one does)."""
    result = analyze_text(
        "Fares\n\nFigures from the Office of Rail Standards show that costs rose by 7.1%.\n\nThe Fair Fares"
        " Alliance, which campaigns for cheaper travel, was quick to object. “This is a blow,” the group"
        " said in a statement."
    )
    assert [a.speaker for a in result.attributions][-1] == "the Fair Fares Alliance"


def test_a_ruling_that_is_the_judges_statement(analyze_text):
    result = analyze_text(
        "Trial\n\nJudge Harriet Pryce ruled that the emails could be shown to jurors. The referee ruled out a"
        " penalty."
    )
    assert [(a.speaker, a.cue, content(result, a)) for a in result.attributions] == [
        ("Harriet Pryce", "ruled", "the emails could be shown to jurors")
    ]


def test_a_documents_tag_the_parser_read_as_a_noun_is_still_its_tag(analyze_text):
    """ "“…,” the affidavit states.": the tagger read "states" as a plural noun."""
    result = analyze_text(
        "Trial\n\nAn affidavit was read to the jury. “At no point did Mr Rooke tell me that he owned"
        " Brightwater,” the affidavit states. “The board first learned of it from a journalist.”"
    )
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == [
        ("an affidavit", "document", "states")  # the one read to the jury
    ] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nearly six in ten homeowners would consider switching, according to a survey commissioned by"
            " the company. Only 14 percent said they could afford one.",
            "a survey commissioned by the company",
        ),
        (
            "A Merrow College poll released Thursday found her narrowly ahead. About a quarter of those"
            " surveyed said they were still undecided. One in five said they disliked both.",
            "a Merrow College poll released Thursday",
        ),
    ],
)
def test_a_share_of_a_polls_respondents_speaks_through_the_poll(analyze_text, text, speaker):
    """ "Only 14 percent said …" right after the survey is cited: the survey (a document), as the keys
    of two practice articles have it; with no poll near, "Seventy percent of Democrats" stays vague."""
    result = analyze_text("Poll\n\n" + text + "\n\nSeventy percent of Democrats said Clinton is honest.")
    said = [a for a in result.attributions if a.cue == "said"]
    assert [(a.speaker, a.source_type) for a in said][-1] == ("Seventy percent of Democrats", "vague")
    assert {(a.speaker, a.source_type) for a in said[:-1]} == {(speaker, "document")}


def test_a_time_the_parser_made_the_subject_gives_way_to_the_speaker_in_apposition(analyze_text):
    result = analyze_text(
        "Cliff\n\nAt a parish meeting that autumn, a dairy farmer at the back of the hall, Gwyn Talbot,"
        " stood up and said the sea never comes."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("Gwyn Talbot", "named_person")]


def test_a_name_addressed_before_the_subject_is_not_the_speaker(analyze_text):
    """ "Councillor Oyelaran, the professor says the council was warned": the host asks the
    councillor about what the professor said."""
    result = analyze_text(
        "Cliff\n\nHOST: Let me bring in Fran Oyelaran. Councillor Oyelaran, the professor says the council"
        " was warned in 2019. Why has so little been done?"
    )
    says = [a for a in result.attributions if a.cue == "says"]
    assert [a.speaker for a in says] == ["the professor"]


def test_the_company_is_the_business_not_its_product_nor_a_region(analyze_text):
    """ "Kestrel Home Energy … today launched HeatShare, a program that …": "the company" is Kestrel,
    not the program (more often named) nor "the Twin Rivers region" the model tagged ORG."""
    result = analyze_text(
        "Heat\n\nKestrel Home Energy, a fast-growing heat pump installer, today launched HeatShare, a"
        " program that lets homeowners in the Twin Rivers region replace oil furnaces. HeatShare is offered"
        " with Tannery Federal Credit Union. Under HeatShare, homeowners pay $89 a month. Households could"
        " save $600 a year, the company said."
    )
    assert [a.speaker for a in result.attributions] == ["Kestrel Home Energy"]


def test_an_organization_described_in_apposition_is_what_the_description_stands_for_later(analyze_text):
    """ "… published today by Lanternways, the region's largest young carers' charity. The
    Brackwell-based charity … said": Lanternways (a practice press release's first look: 0.55)."""
    result = analyze_text(
        "Carers\n\nBRACKWELL, 14 October 2026 — Nearly one in five young carers misses school, according to"
        " research published today by Lanternways, the region's largest young carers' charity.\n\nThe"
        " Brackwell-based charity said the findings showed that help was stretched. The charity warned that"
        " waiting lists had doubled."
    )
    assert [a.speaker for a in result.attributions if a.cue in ("said", "warned")] == ["Lanternways"] * 2


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        (
            "Figures obtained through a freedom of information request show that the four councils cut"
            " their spending.",
            "figures obtained through a freedom of information request",
            "document",
        ),
        (
            "Republican activists clamoring to block Donald Trump from the nomination say they are suddenly"
            " in the midst of a bump.",
            "Republican activists",
            "vague",
        ),
    ],
)
def test_a_cue_the_parser_hung_on_a_participle_takes_its_subject(analyze_text, text, speaker, source_type):
    """The parser made the participle ("obtained", "clamoring") the main verb and hung the cue on it."""
    result = analyze_text("Story\n\n" + text)
    assert [(a.speaker, a.source_type) for a in result.attributions] == [(speaker, source_type)]


def test_the_researchers_behind_a_study_named_before_are_its_team_not_a_vague_source(analyze_text):
    result = analyze_text(
        "Falls\n\nA study published on Wednesday found that exercise cut falls by a fifth. The researchers"
        " cautioned that falls were self-reported.\n\nResearchers say more work is needed."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions][1:] == [
        ("the researchers", "organization"),
        ("researchers", "vague"),
    ]


def test_a_water_company_is_a_business_the_company_can_stand_for(analyze_text):
    """ "Harnford Water says …" (tagged PERSON) and then "the company is asking customers …": the
    water company, not the other business the text names."""
    result = analyze_text(
        "Ban\n\nHarnford Water says it will spend £290m on fixing leaks. Its parent, Blue Badge, owns three"
        " utilities. The company is asking customers to take shorter showers."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("Harnford Water", "organization"),
        ("Harnford Water", "organization"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Why aren’t they here?” shouted a man at the back of the hall.", "a man at the back of the hall"),
        ("One of our drivers said his pay had been docked.", "One of our drivers"),
    ],
)
def test_one_person_described_but_not_named_is_anonymous_a_group_is_vague(analyze_text, text, speaker):
    """An individual whose name the text keeps back is anonymous (as every dev key has it); a blurred
    group ("Critics said …") stays vague."""
    result = analyze_text("Meeting\n\n" + text + " Critics said the plan was rushed.")
    first, critics = result.attributions
    assert speaker.lower().startswith(first.speaker.lower()) and first.source_type == "anonymous"
    assert (critics.speaker.lower(), critics.source_type) == ("critics", "vague")


@pytest.mark.parametrize(
    ("second", "cue", "kind"),
    [
        ("Jolly said the council had wasted two years on the plan.", "said", "indirect"),
        ("Will described the plan as “a waste of two years”.", "described", "partial"),
        ("Early told reporters the council had wasted two years.", "told", "indirect"),
        ("“Having two people who understand the file is valuable,” said Skelly.", "said", "direct"),
    ],
)
def test_a_surname_read_as_a_word_is_the_speaker(analyze_text, second, cue, kind):
    """ "Jolly said …", "Will described …", "“…,” said Skelly": a surname that is an English word (or
    one the model does not know), first in its sentence or right after an inverted cue, is read by
    the small model as the verb's adverb or auxiliary, and the statement went uncredited ("Will" even
    made the verb a future). The article named the person in full before."""
    name = next(w for w in ("Jolly", "Will", "Early", "Skelly") if w in second)
    intro = f"Petra {name}, a councillor, voted against the plan on Monday."
    result = analyze_text(f"Plan\n\n{intro}\n\n{second}")
    assert [(a.speaker, a.cue, a.kind) for a in result.attributions] == [(f"Petra {name}", cue, kind)]


def test_the_university_is_the_university_of_the_name_before(analyze_text):
    """ "the University of Fellgate announced …" then "The university said …": a name built as
    "X of Y" ends with its place, not its kind; "the university" still stands for it."""
    result = analyze_text(
        "Clinic\n\nFELLGATE, 3 May 2026 — A free dental clinic will open next month, the University of"
        " Fellgate announced today.\n\nThe university said the clinic would open three days a week."
    )
    assert [(a.speaker.removeprefix("the "), a.source_type) for a in result.attributions] == [
        ("University of Fellgate", "organization"),
        ("University of Fellgate", "organization"),
    ]


def test_what_a_surveys_respondents_said_is_part_of_its_finding(analyze_text):
    """ "The survey also found that … and that many said …": one finding of the survey, not a second
    statement by a blurred "many"."""
    result = analyze_text(
        "Dentists\n\nNearly one in three adults has not seen a dentist for two years, according to a survey"
        " published in June by Patient Voice Ardle. The survey also found that 40 per cent of those who"
        " had tried to register had given up, and that many said they could not afford private treatment."
    )
    assert [(a.cue, a.source_type) for a in result.attributions] == [
        ("according to", "document"),
        ("found", "document"),
    ]


def test_the_official_after_one_of_the_officials_is_the_same_anonymous_source(analyze_text):
    result = analyze_text(
        "Council\n\nTwo officials who asked not to be named said the gap had grown to £40 million.\n\n"
        "One of the officials said the council was likely to cut jobs. The proposals have not yet been put"
        " to councillors, the official said.\n\nCouncil leader Helen Marsh has told colleagues she will"
        " stay, one of the officials said."
    )
    assert {(a.speaker, a.source_type) for a in result.attributions} == {
        ("two officials who asked not to be named", "anonymous")
    }


def test_the_paper_published_in_a_journal_is_the_study_named_before(analyze_text):
    """ "according to a study led by …" then "The paper, published today in …, reports that …": a
    participle set off by commas says more about the study; it is not a second document."""
    result = analyze_text(
        "Ponds\n\nCity ponds bury carbon three times faster than grass, according to a study led by"
        " researchers at the University of Arnsby.\n\nThe paper, published today in Wetland Letters,"
        " reports that the ponds buried about 240 grams of carbon per square metre each year."
    )
    first, second = result.attributions
    assert second.source_type == "document"
    assert second.speaker == first.speaker and "study" in second.speaker


def test_a_speaker_the_parser_hung_on_the_clause_before_the_cue(analyze_text):
    """ "Opening the case on Tuesday, Rachel Imrie KC, prosecuting, told the court …": the parser made
    the barrister an adverbial noun of "Opening"; the letters after her name are no part of it."""
    result = analyze_text(
        "Trial\n\nOpening the case on Tuesday, Rachel Imrie KC, prosecuting, told the court that the"
        " driver had been “chasing the clock, not watching the road”. “A driver who was paying"
        " attention would have seen her,” she said."
    )
    assert [(a.speaker, a.kind) for a in result.attributions] == [
        ("Rachel Imrie", "partial"),
        ("Rachel Imrie", "direct"),
    ]


def test_a_quotation_after_the_colon_that_ends_a_cue_is_that_speakers(analyze_text):
    """ "… posted on Facebook shortly after 5pm: “…” Neighbours replied within minutes …": the colon
    hands the quotation to the post, not to the next sentence's verb."""
    result = analyze_text(
        "Fire\n\nSheep farmer Huw Glaister, whose land runs up to the moor wall, posted on Facebook shortly"
        " after 5pm: “Flames at the top wall now. Got most of the ewes down. Ring me.” Neighbours replied"
        " within minutes offering help."
    )
    assert [(a.speaker, a.cue, a.kind) for a in result.attributions] == [
        ("Huw Glaister", "posted on Facebook", "direct")
    ]


def test_the_force_is_the_police_named_before(analyze_text):
    result = analyze_text(
        "Fire\n\nWestdale Police said officers had closed the road. The force said several people had"
        " parked on verges to film the fire."
    )
    assert [a.speaker for a in result.attributions] == ["Westdale Police", "Westdale Police"]


def test_a_given_name_makes_a_person_of_a_name_the_model_took_for_a_club(analyze_text):
    """ "Dion Fairclough scored twice" (tagged ORG by the small model, "Dion" a noun): a given name and
    a surname are a person, so "said the 29-year-old" after "He was typically understated" is him."""
    result = analyze_text(
        "Match\n\nDion Fairclough scored twice as Caverleigh United won 3-1 at Tollgate Lane on Saturday."
        "\n\n“We were second best for 45 minutes,” said Caverleigh manager Stuart Kinnaird.\n\n"
        "Fairclough, known to supporters as “the Milkman”, has now scored 19 goals this season. He was"
        " typically understated afterwards. “It’s nice to score,” said the 29-year-old."
    )
    assert [a.speaker for a in result.attributions] == ["Stuart Kinnaird", "Dion Fairclough"]


def test_according_to_closes_the_clause_before_it_not_the_one_after(analyze_text):
    result = analyze_text(
        "Match\n\nThe crowd of 3,412 was the biggest at Tollgate Lane this season, according to Ebbington"
        " Town, and a few hundred home supporters booed their side off at the final whistle."
    )
    (found,) = result.attributions
    assert (found.speaker, found.source_type) == ("Ebbington Town", "organization")
    assert content(result, found) == "The crowd of 3,412 was the biggest at Tollgate Lane this season"


def test_a_relative_described_by_a_noun_keeps_its_gender_whatever_the_name_says(analyze_text):
    """ "a ledger her father bought" is a man, though "Orla" is a woman's name: "she" is Orla."""
    result = analyze_text(
        "Shop\n\nOrla Venning has run the shop since 1979. At closing time she adds up the takings in a"
        " ledger her father bought. “Ninety-one pounds forty,” she says."
    )
    assert [a.speaker for a in result.attributions] == ["Orla Venning"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a logbook's entry is a document that reads
        ("He keeps a logbook by the door. The entry for the great snow of 2010 reads simply: “Wound. Cold.”",
         [("the entry for the great snow of 2010", "document", "direct")]),
        # advice in the writer's voice is nothing said
        ("Ms Fairweather should ask herself why so few people are persuaded.", []),
    ],
)
def test_what_an_entry_reads_and_what_someone_should_ask(analyze_text, text, expected):
    result = analyze_text(text)
    assert [(a.speaker, a.source_type, a.kind) for a in result.attributions] == expected


def test_a_quotation_inside_a_that_clause_is_a_fragment_of_it(analyze_text):
    """ "she said that workers “must be allowed to fail …”": one word of the clause outside the quote
    marks still makes the quotation a fragment of what she said (partial, GUIDELINES §2)."""
    result = analyze_text(
        "Obituary\n\nAgnes Varro chaired the cooperative for 27 years. In a 1998 speech, she said that"
        " workers “must be allowed to fail, or they are only employees with a badge”."
    )
    (found,) = result.attributions
    assert (found.speaker, found.kind) == ("Agnes Varro", "partial")
    assert content(result, found).startswith("workers “must be allowed to fail")


def test_the_name_someone_was_born_with_is_no_other_person(analyze_text):
    """ "Born Agnes Kovari in 1937, she came to Kellmoor …": the obituary's subject, not a second Agnes;
    and a man's given name ("Martin Esk") is no "she"."""
    result = analyze_text(
        "Obituary\n\nAgnes Varro, who ran the Kellmoor weaving cooperative, has died aged 88.\n\nBorn Agnes"
        " Kovari in 1937, she came to Kellmoor at 16, according to a biography by the historian Martin"
        " Esk. In a 1998 speech, she said that workers “must be allowed to fail”."
    )
    assert [a.speaker for a in result.attributions if a.cue == "said"] == ["Agnes Varro"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported clause the parser read as a relative clause of "a statement"
        ("The Pellinor Health Agency said in a statement that weighted blankets “may help some adults”.",
         [("Pellinor Health Agency", "partial")]),
        # what someone felt, not a finding reported
        ("One in ten stopped using the blanket because they found it too hot.", []),
        # a report cited by its title ("Outlook") is a document, not a person
        ("Demand could rise, according to the Grid Storage Council's 2026 Flexibility Outlook.",
         [("Grid Storage Council Flexibility Outlook", "according_to")]),
    ],
)
def test_statements_findings_and_titles_the_parser_misread(analyze_text, text, expected):
    result = analyze_text(text)
    assert [(a.speaker.removeprefix("the "), a.kind) for a in result.attributions] == expected
    assert all(a.source_type in ("organization", "document") for a in result.attributions)


def test_a_short_quotation_before_its_tag_and_a_letter_that_reads(analyze_text):
    """ "“Visual coherence,” she says, reading it aloud …": the parser hung the tag on "reading", but
    the tag's words are the quotation, not the participle; "It reads, in part: “…”" after a letter
    named in the sentence before is the letter's."""
    result = analyze_text(
        "Signs\n\nMarnie Brockway has painted signs for forty years.\n\n“Visual coherence,” she says,"
        " reading it aloud in a flat voice.\n\nShe keeps a letter pinned above the sink, written in 1991"
        " by a fishmonger’s widow. It reads, in part: “Your sign brought in more trade than his prices ever"
        " did.”"
    )
    said, reads = result.attributions
    assert (said.speaker, said.kind) == ("Marnie Brockway", "direct")
    assert content(result, said) == "Visual coherence,"
    assert (reads.source_type, reads.cue, reads.kind) == ("document", "reads", "direct")
    assert "letter" in reads.speaker


def test_the_report_after_a_survey_just_published_is_that_survey(analyze_text):
    """ "The Coastal Observatory published its annual survey on Monday. The report says …": the bare
    "the report" is the survey the sentence before names, with its owner."""
    result = analyze_text(
        "Cliffs\n\nThe Coastal Observatory published its annual survey on Monday. The report says the cliff"
        " has retreated by up to six metres since 2021."
    )
    (found,) = result.attributions
    assert found.source_type == "document" and "Coastal Observatory" in found.speaker
    assert "survey" in found.speaker


def test_she_after_an_unnamed_witness_is_that_witness(analyze_text):
    """ "A walker who raised the alarm told us she saw smoke …. She said …": the witness who just spoke
    is who "she" stands for, not a woman named in an earlier post, although "walker" is no word the
    lexicon knows for people."""
    result = analyze_text(
        "Fire\n\n19:50 — Jodie Marrable wrote on X: “Ash falling like snow on the garden.”\n\n18:05 — A"
        " walker who raised the alarm told us she saw smoke at about 2.15pm. She said the flames spread"
        " within minutes."
    )
    assert [a.speaker for a in result.attributions] == [
        "Jodie Marrable",
        "a walker who raised the alarm",
        "a walker who raised the alarm",
    ]


def test_a_name_someone_is_called_is_no_label(analyze_text):
    """ "her teacher, an old maker called Walter Dunning, showed her": "called" gives his name; it is
    not the teacher labelling anything, and the quotation after it is still hers."""
    result = analyze_text(
        "Baskets\n\nBryony Tasker has made baskets for thirty years. She makes them the way her teacher, an"
        " old Harle Levels maker called Walter Dunning, showed her in 1996: by eye and by hand.\n\n“A good"
        " log basket takes me two days,” she says."
    )
    assert [(a.speaker, a.cue) for a in result.attributions] == [("Bryony Tasker", "says")]


def test_a_minister_named_after_the_role_and_a_clause_read_as_a_modifier(analyze_text):
    """ "the Minister for Sport, Hollis Quarmby, said" (a given name the list may not know, the name
    hung beside the role) is a person, also as "Quarmby" later; "Okoye-Lund said the charity expected
    around 6,000 children to complete a course" reports a clause, not "the charity" with a modifier."""
    result = analyze_text(
        "Lessons\n\nMarisa Okoye-Lund, chief executive of Tidewell, spoke first. Okoye-Lund said the charity"
        " expected around 6,000 children to complete a course in the first year.\n\nSpeaking at the launch"
        " at Kestlebury Lido, the Minister for Sport, Hollis Quarmby, said: \"Learning to swim saves"
        " lives.\"\n\nQuarmby said the money would come from the school sport fund."
    )
    assert [(a.speaker, a.source_type, a.kind) for a in result.attributions] == [
        ("Marisa Okoye-Lund", "named_person", "indirect"),
        ("Hollis Quarmby", "named_person", "direct"),
        ("Hollis Quarmby", "named_person", "indirect"),
    ]
    assert content(result, result.attributions[0]).startswith("the charity expected around 6,000")


def test_a_companys_first_word_alone_is_the_company(analyze_text):
    """ "Ravelston expects …" after "Ravelston Meters plc" (the model tags "Ravelston’s chief financial
    officer" as a person) and "Tillbrook estimates …" after "Tillbrook Research" (read as a common
    noun) are the organizations, not a person and a vague source."""
    result = analyze_text(
        "Results\n\nKELDBRIDGE, 4 August 2026 — Ravelston Meters plc, the maker of smart water meters, today"
        " reported revenue of £84.6 million.\n\n“We have turned growth into cash,” said Tomasz Brennan,"
        " Ravelston’s chief financial officer.\n\nThe market will grow, according to figures from Tillbrook"
        " Research, an industry analyst firm. Tillbrook estimates that only a quarter of meters can be read"
        " remotely.\n\nRavelston expects full-year revenue of between £170 million and £180 million."
    )
    found = {a.cue: (a.speaker, a.source_type) for a in result.attributions}
    assert found["estimates"] == ("Tillbrook Research", "organization")
    assert found["expects"][1] == "organization" and found["expects"][0].startswith("Ravelston Meters")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second past perfect inside the that-clause is still what she said, and "warned the
        # trustees" names the people warned, not what was said
        ("Rosalind Tappin runs the mill. Tappin said that she had seen the verdict coming for years and had"
         " warned the trustees at every annual meeting since 2019.",
         [("Rosalind Tappin", "said",
           "she had seen the verdict coming for years and had warned the trustees at every annual meeting"
           " since 2019")]),
        # the reported clause the parser hung on the adverb of time before "that"
        ("Officials said as recently as last month that the project was on schedule.",
         [("officials", "said", "the project was on schedule")]),
        ("Judit Varro spoke at the funeral. She said her mother had kept working until a few weeks before"
         " her death and had asked that the archive be given to the town library.",
         [("Judit Varro", "said",
           "her mother had kept working until a few weeks before her death and had asked that the archive be"
           " given to the town library")]),
        # a card's words are the card's, not those of the woman who wrote it
        ("Rosalind Tappin runs the mill. A handwritten card taped to the till reads: “Flour is milled when"
         " the tide allows.” Tappin wrote it herself.",
         [("a handwritten card taped to the till", "reads", "Flour is milled when the tide allows.")]),
    ],
)
def test_reports_the_parser_cut_short_or_hung_elsewhere(analyze_text, text, expected):
    result = analyze_text(f"Mill\n\n{text}")
    assert [(a.speaker, a.cue, content(result, a)) for a in result.attributions] == expected


def test_a_live_blog_post_credited_at_its_end(analyze_text):
    """ "20:10 — Firefighters have freed 14 people …, Carrick Vale Fire and Rescue Service said": the
    post's time is not what the service said; its name, split by the parser at "and", is one body,
    and "The service" after it is that body; a man "who did not want to give his name" is anonymous."""
    result = analyze_text(
        "Blackout\n\n20:10 — Firefighters have freed 14 people from lifts since the power went out, Carrick"
        " Vale Fire and Rescue Service said in a post on Facebook. The service described the evening as"
        " “extremely busy”.\n\n19:45 — One man, who did not want to give his name, told us he had been stuck"
        " in a lift for almost an hour."
    )
    freed, busy, man = result.attributions
    assert content(result, freed) == "Firefighters have freed 14 people from lifts since the power went out"
    assert (freed.speaker, freed.source_type) == ("Carrick Vale Fire and Rescue Service", "organization")
    assert busy.speaker == "Carrick Vale Fire and Rescue Service"
    assert man.source_type == "anonymous"


def test_a_prosecutor_in_the_lede_is_counsel_named_later(analyze_text):
    """A court report's "…, a prosecutor told the court" in the first paragraph and "Nadia Osei KC,
    prosecuting, said …" two paragraphs on (the courts' own way of naming counsel): the same person."""
    result = analyze_text(
        "Trial\n\nSTELLMOUTH — A former finance director paid £640,000 of the charity’s money into his own"
        " consultancy, a prosecutor told the court on Tuesday.\n\nCallum Rooke, 47, sat in the dock.\n\nNadia"
        " Osei KC, prosecuting, said Rooke had approved 23 invoices."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("Nadia Osei", "named_person"),
        ("Nadia Osei", "named_person"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a councillor's abbreviated title is no part of his name
        ("Cllr Adrian Pellow runs the budget. Cllr Pellow told the meeting: “Nobody is left out.”",
         [("Adrian Pellow", "named_person")]),
        # calculations are a document
        ("The payment rises by 300 crowns, according to calculations by the consumer group Fair Money.",
         [("calculations by the consumer group Fair Money", "document")]),
        # a group qualified by the named body it works for speaks for it; a place qualifies nobody
        ("Researchers at the University of Pellbridge found that leafy streets are cooler.",
         [("researchers at the University of Pellbridge", "organization")]),
        ("Officials in Brussels said the talks had stalled.", [("officials in Brussels", "vague")]),
    ],
)
def test_titles_documents_and_groups_of_a_named_body(analyze_text, text, expected):
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type) for a in result.attributions] == expected


def test_a_feature_describes_its_subject_before_naming_him(analyze_text):
    """ "The man in the orange life jacket …", "“…,” he says", then "Dennis Pellow, 71, is the
    ferryman": a woman named inside his quotation ("a woman called Edie Marsh had it") is no one the
    article names before him."""
    result = analyze_text(
        "Ferry\n\nCALLOW HYTHE, 14 October — The man in the orange life jacket does not look at the river"
        " while he cranks. He looks at a post on the far bank.\n\n\"People think the river does the work. It"
        " doesn't,\" he says. \"My father did it before me, apart from three years in the war when a woman"
        " called Edie Marsh had it.\"\n\nDennis Pellow, 71, is the ferryman at Callow Hythe."
    )
    assert {a.speaker for a in result.attributions} == {"Dennis Pellow"}


def test_who_speaks_in_a_live_blog_post_and_a_column(analyze_text):
    """ "09:30 — A track worker … told us": the post's time is no speaker; "Critics, among them the
    Pensioners’ Forum, say": critics, of whom the forum is one; "Fair Money Lesmark says" after "the
    Lesmark Reserve Bank" is Fair Money Lesmark, whose whole name the article gave."""
    result = analyze_text(
        "Rates\n\nThe Lesmark Reserve Bank raised rates. A mortgage costs 400 crowns more, according to the"
        " consumer group Fair Money Lesmark.\n\n09:30 — A track worker at the scene, who asked not to be"
        " named, told us the rails had been \"flagged for attention\".\n\nCritics, among them the Brandley"
        " Bridge Pensioners’ Forum, say the closures will hit older people hardest.\n\nFair Money Lesmark"
        " says borrowers should talk to their lender."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found[1:] == [
        ("a track worker at the scene", "anonymous"),
        ("critics", "vague"),
        ("Fair Money Lesmark", "organization"),
    ]


def test_she_after_her_quotation_is_the_niece_named_before(analyze_text):
    """ "he will hand the handle to his niece, Jo Pellow, 29," (a niece is a woman, however the parser
    hung the name), her quotation, then "She says she has not decided …": Jo Pellow, although nothing
    about her had been resolved yet when "She" is read."""
    result = analyze_text(
        "Ferry\n\nCALLOW HYTHE, 14 October — Dennis Pellow, 71, is the ferryman at Callow Hythe.\n\nAt"
        " the end of this month he will hand the handle to his niece, Jo Pellow, 29, who left a courier job"
        " in Harlstead to learn the crossing from him. She has worked alongside him since Easter, and"
        " already seems to have the knack.\n\n\"He told me that the first week I'd get blisters. He was"
        " right about the first two,\" she says. \"I'm still waiting for the third.\"\n\nShe says she has"
        " not decided whether to keep the ferry's winter timetable."
    )
    assert [a.speaker for a in result.attributions] == ["Jo Pellow", "Jo Pellow", "Jo Pellow"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name read as a modal right before a past form, which no modal can be
        ("Columnist George Will attacked the plan. In particular, Will wrote, Christie can challenge her.",
         [("George Will", "wrote", "Christie can challenge her")]),
        # a quotation inside the clause the tag stands in is not the tag's own quotation
        ("Shannon Quill defends him. Despite his \"admittedly brash personality,\" public defender Shannon"
         " Quill wrote, Lazar is actually a devoted father.",
         [("Shannon Quill", "wrote", "Lazar is actually a devoted father")]),
        # a tag set off by commas that the parser made the complement of the clause it stands in
        ("Bruce Ash chairs the committee. If anything, Ash argued in his email, the incident is an"
         " illustration of why rules matter.",
         [("Bruce Ash", "argued in his email", "the incident is an illustration of why rules matter")]),
        # of two subjects before the tag, the one right before it speaks
        ("The deal, she said, was fair. Prices, the bank said on Monday, will rise.",
         [("the bank", "said", "will rise")]),
        # a name opening the sentence, then an apposition the parser could not read, then the cue
        ("Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he and other"
         " rabbis were alarmed.",
         [("Jeffrey Salkin", "said", "he and other rabbis were alarmed")]),
        # "’s" of "has" read as the "is" of a passive
        ("Tom Hale spoke on Monday. He's said he gets his ideas from a speech.",
         [("Tom Hale", "'s said", "he gets his ideas from a speech")]),
        # an inverted tag after a clause the parser read as a noun phrase
        ("The rejection of the treaty signals \"the beginning of the end\" for the EU, said Geert Wilders,"
         " founder of the Party for Freedom.",
         [("Geert Wilders", "said",
           "The rejection of the treaty signals \"the beginning of the end\" for the EU")]),
    ],
)
def test_tags_inside_the_sentence_they_report(analyze_text, text, expected):
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.cue, content(result, a)) for a in result.attributions] == expected


def test_he_or_she_nobody_near_can_be_is_still_someone_named_before(analyze_text):
    """ "She says he is unqualified to be president. He says she is unfit to serve.": with no one near
    to stand for "she", the statement is still reported, credited to the person named before who can be
    her, rather than dropped; an unknown "she" with nobody named before stays unreported."""
    result = analyze_text(
        "Debate\n\nHillary Clinton and Donald Trump traded insults.\n\nHis are the political equivalent of"
        " \"The Truman Show.\" She says he is unqualified to be president. He says she is unfit to serve."
    )
    assert [(a.speaker, a.cue) for a in result.attributions] == [
        ("Hillary Clinton", "says"),
        ("Donald Trump", "says"),
    ]
    assert not analyze_text("Rain\n\nShe says it will rain.").attributions


def test_the_researchers_are_the_group_named_before(analyze_text):
    """ "Researchers at the University of Pellbridge … found …" then "The researchers caution …": the
    same group, by the name it was given, not a second, unqualified one."""
    result = analyze_text(
        "Trees\n\nResearchers at the University of Pellbridge found that leafy streets are cooler.\n\nThe"
        " researchers caution that the leafiest streets are also the wealthiest."
    )
    assert [a.speaker for a in result.attributions] == ["researchers at the University of Pellbridge"] * 2


def test_an_age_a_chair_a_year_and_a_plural_possessive_in_a_name(analyze_text):
    """ "said the 34-year-old, a bus mechanic" is the man named with that age, not his job; "its chair,
    Priya Calloway," is her, though the model took her name for a place; "a report the council
    commissioned in 2023, which also estimated" is the report, not the year; "The Old Market
    Residents’ Association" keeps its whole name (the apostrophe is no closing quote mark)."""
    result = analyze_text(
        "Market\n\nOn Saturday eleven of them turned out, among them Kieran Lusk, 34, who joined last spring."
        "\n\n“It is the closest thing we have got to a diary of the town,” said the 34-year-old, a bus"
        " mechanic at the Cressley depot.\n\nThe Old Market Residents’ Association argues that the hall could"
        " be repaired. “Nobody here is against new homes,” its chair, Priya Calloway, told me.\n\nThe £6"
        " million comes from a condition report the council commissioned in 2023, which also estimated that"
        " a phased repair could cost around £4.2 million."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("Kieran Lusk", "named_person"),
        ("the Old Market Residents’ Association", "organization"),
        ("Priya Calloway", "named_person"),
        ("a condition report the council commissioned in 2023", "document"),
    ]


def test_a_feature_names_the_man_it_described_with_his_age(analyze_text):
    """ "… where a man in a paper hat is tipping a sack of flour into a mixer. He has not weighed flour
    since the 1980s, he says." and then "Ray Marsh, 67, opened the bakery …" (a feature's way of naming
    the person it has described): him; "this article calls him Marsh" is the outlet, no source."""
    result = analyze_text(
        "Bakery\n\nOUSEBY CROSS, 3 March — At ten to four the only light on Fennel Street comes from the back"
        " of the bakery, where a man in a paper hat is tipping a sack of flour into a mixer. He has not"
        " weighed flour since the 1980s, he says.\n\n“The scales are there for the inspectors,” he says.\n\n"
        "Ray Marsh, 67, opened the bakery in 1985. To tell them apart, this article calls him Marsh and his"
        " daughter Lou, as the customers do."
    )
    assert [(a.speaker, a.cue) for a in result.attributions] == [("Ray Marsh", "says"), ("Ray Marsh", "says")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tag after a quotation that began a sentence before: the quotation's, not a clause's
        ("Lou Marsh, 36, bakes. “He taught me everything. Not one,” Lou says, dusting a tray with semolina.",
         [("Lou Marsh", "says", "He taught me everything. Not one,")]),
        # a phrasal verb is no statement
        ("The decision goes to the planning inspector, who could still call it in. The union called off"
         " the strike.", []),
        # a reduced passive: the people asked, nobody asking
        ("The council posted on X that anyone asked to leave their home could go there \"for as long as you"
         " need\".", [("the council", "posted on X", "for as long as you need")]),
        # accounts are a document
        ("The bakery is busy. On a Monday the shop takes a third of its Saturday takings, according to its"
         " accounts.", [("its accounts", "according to",
                         "On a Monday the shop takes a third of its Saturday takings")]),
    ],
)
def test_quotation_tags_phrasal_verbs_reduced_passives_and_accounts(analyze_text, text, expected):
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.cue, content(result, a)) for a in result.attributions] == expected
    assert all(a.source_type in ("named_person", "organization", "document") for a in result.attributions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported clause hung on a noun inside the phrase after the verb ("that" is no relative here)
        ("Marco Ellery, a former mayor of Dunmore and currently chair of the Regional Council of Lower"
         " Vessendale, said in one of a series of Twitter messages that the lorry was carrying fuel when it"
         " struck the barrier.",
         [("Marco Ellery", "said", "the lorry was carrying fuel when it struck the barrier")]),
        # the clause's subject read as the verb's object
        ("Every December, the Ledger names who it believes deserves the title. KTV reported that the"
         " decision to tap Alvarez as the Person of the Year was made because Alvarez had led her city out"
         " of three crises.",
         [("KTV", "reported", "the decision to tap Alvarez as the Person of the Year was made because"
           " Alvarez had led her city out of three crises")]),
        # "to say" read as an adverbial clause of "went on"
        ("Mike Pence went on to say he’s “confident” that once the elections are over, “these two men are"
         " going to do great things.”",
         [("Mike Pence", "went on to say", "he’s “confident” that once the elections are over, “these two men"
           " are going to do great things")]),  # a partial: the quotations are fragments of his clause
        # a name and an apposition the parser could not read, then a dash before the cue
        ("Neil Sroka, communications director of the advocacy group Democracy for Vessendale, or DFV - which"
         " was founded by former governor Howard Dean after his 2004 campaign and which has endorsed Sanders"
         " - said Sanders has earned a role.",
         [("Neil Sroka", "said", "Sanders has earned a role")]),
        # "many" in a tag read as an adjective of the verb
        ("That attitude, many argue, could carry legal risks if the council adopts it.",
         [("many", "argue", "could carry legal risks if the council adopts it")]),
        # "the same" read as a second subject; a share of people asked, with no poll cited, is those people
        ("Last month, 26 percent said the same.", [("26 percent", "said", "the same")]),
        # "which she said represented …": she is the speaker, though the parser gave the cue "which" too
        ("Clinton had given 30,000 emails to the State Department, which she said represented all her"
         " work-related emails.", [("Clinton", "said", "represented all her work-related emails")]),
        # "but that …" read as a second verb of the cue's, not a second clause of what was written
        ("The authors write that they corrected for where bees were caught, but that \"no method can fully"
         " undo the choices made by collectors\".",
         [("the authors", "write", "they corrected for where bees were caught, but that \"no method can"
           " fully undo the choices made by collectors\"")]),
    ],
)
def test_statements_the_parser_broke_apart(analyze_text, text, expected):
    """Reported clauses and subjects the small model hung in the wrong place (PolNeAR train 300–840)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.cue, content(result, a)) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an evaluation is a document, and the "It" of the sentence after it is the evaluation
        ("The council's own evaluation of a pilot in Brackwell and Sallow Hill found that the average wait"
         " was 34 minutes. It also says demand \"may have been affected\" by the weather.",
         [("the council's evaluation", "found", "the average wait was 34 minutes", "document"),
          ("the council's evaluation", "says", "demand \"may have been affected\" by the weather",
           "document")]),
        # a survey's "it" in the clause joined to the survey's own
        ("The Dental Workforce Council’s survey found that one in three practices had a post they couldn’t"
         " fill, and it says the figure could rise to half by 2030.",
         [("the Dental Workforce Council survey", "found",
           "one in three practices had a post they couldn’t fill", "document"),
          ("the Dental Workforce Council survey", "says", "the figure could rise to half by 2030",
           "document")]),
        # a body named with "People's": the whole name, not a person called "Forum"
        ("The Ashby Older People's Forum says most of its members have never used an app.",
         [("the Ashby Older People's Forum", "says", "most of its members have never used an app",
           "organization")]),
        # "the spokesperson" is the one the article introduced before, for whom they speak
        ("A spokesperson for Harwick County Council said it could not adopt the road. The bond is worth"
         " £180,000. Asked why it had not been called in, the spokesperson said the council was reviewing"
         " it.",
         [("a spokesperson for Harwick County Council", "said", "it could not adopt the road",
           "spokesperson"),
          ("a spokesperson for Harwick County Council", "said", "the council was reviewing it",
           "spokesperson")]),
        # "It found …. It estimates …" after the report the sentence before cites: the report; but "it"
        # after a bank that spoke "in its report" is the bank
        ("The numbers behind the plan come from a report published last autumn by the Linfield Institute."
         " It found that young drivers are involved in a quarter of crashes. It estimates that a curfew"
         " could cut deaths by a fifth.",
         [("report from the Linfield Institute", "found", "young drivers are involved in a quarter of"
           " crashes", "document"),
          ("report from the Linfield Institute", "estimates", "a curfew could cut deaths by a fifth",
           "document")]),
        ("In its financial stability report, the Reserve Bank said most borrowers could cope. But it"
         " estimated that 45,000 households would struggle.",
         [("the Reserve Bank", "said", "most borrowers could cope", "organization"),
          ("the Reserve Bank", "estimated", "45,000 households would struggle", "organization")]),
        # a judge in the lede is the one named "Mrs Justice …" later; "the judge" after her too
        ("A High Court judge has ruled that the council acted unlawfully.\n\nIn a judgment handed down on"
         " Tuesday, Mrs Justice Annika Ferrow found that the council had failed to consult. Parents, the"
         " judge wrote, could not be expected to respond.",
         [("Annika Ferrow", "has ruled", "the council acted unlawfully", "named_person"),
          ("Annika Ferrow", "found", "the council had failed to consult", "named_person"),
          ("Annika Ferrow", "wrote", "could not be expected to respond",
           "named_person")]),
        # a role in the lede ("a coroner") named in a later paragraph by an apposition to the same word,
        # and "the coroner" after it: her
        ("Mrs Ellery was likely to have survived, a coroner has concluded.\n\nOn Thursday, the area"
         " coroner, Philippa Strand, said the delay had been caused by pressure. \"She waited,\" the coroner"
         " said.",
         [("Philippa Strand", "has concluded", "Mrs Ellery was likely to have survived", "named_person"),
          ("Philippa Strand", "said", "the delay had been caused by pressure", "named_person"),
          ("Philippa Strand", "said", "She waited,", "named_person")]),
        # "is quoted as saying": the one quoted; a consultation and a traffic model are documents
        ("Cllr Janet Roebuck is quoted as saying the scheme will \"give the street back to people\". The"
         " council's own consultation says footfall \"may increase\". The county's traffic model shows that"
         " queues could grow.",
         [("Janet Roebuck", "saying", "the scheme will \"give the street back to people\"", "named_person"),
          ("the council's consultation", "says", "footfall \"may increase\"", "document"),
          ("the county's traffic model", "shows", "queues could grow", "document")]),
        # a house's name ("Rose Cottage") is no one "she" can be: the woman named later
        ("The woman kneeling on the ridge of Rose Cottage has a mallet in one hand. \"You never stand on a"
         " roof,\" she says.\n\nHazel Cottam, 58, is one of 20 thatchers in the county.",
         [("Hazel Cottam", "says", "You never stand on a roof,", "named_person")]),
        # ... and with a plural's apostrophe, named whole again by "the guild"
        ("Only 20 master thatchers still work in the county, according to the South Wessex Thatchers' Guild."
         " According to the guild, a full rethatch costs up to £60,000.",
         [("the South Wessex Thatchers' Guild", "according to", "Only 20 master thatchers still work in the "
           "county", "organization"),
          ("the South Wessex Thatchers' Guild", "According to", "a full rethatch costs up to £60,000",
           "organization")]),
        # a live blog post's time before the subject's apposition; a that-clause hung on "the start"
        ("13:40 — The town's mayor, Ruth Calder, wrote on social media that she had asked the organisers for"
         " answers.\n\n09:15 — Race director Colm Ashby told us before the start that there would be extra"
         " water at every mile.",
         [("Ruth Calder", "wrote", "she had asked the organisers for answers", "named_person"),
          ("Colm Ashby", "told", "there would be extra water at every mile", "named_person")]),
        # a clause a colon closes before the cue's subject is not what was said
        ("11:00 — Eight runners are in hospital. (This post was corrected at 12:20: an earlier version said"
         " nine runners had been taken to hospital.)",
         [("an earlier version", "said", "nine runners had been taken to hospital", "document")]),
        # a relative clause of the object is not what was said; "he" after it is that one farmer (one
        # person, unnamed: anonymous, as key 144 has him, since "farmer" is a person's trade)
        ("A farmer at Low Fold said something to me last month that has stayed with me. We had lost a"
         " ewe, and he said, “If you go, I will stop.”",
         [("a farmer at Low Fold", "said", "If you go, I will stop.", "anonymous")]),
        # "she" after "When I rang a friend who …": the friend, not the reporter named before
        ("Reporter Ann Cole was there.\n\nWhen I rang a friend who runs a practice in the next"
         " county, she said, “We have stopped advertising.”",
         [("a friend who runs a practice in the next county", "said", "We have stopped advertising.",
           "anonymous")]),
        # a pseudo-cleft: what they tell me is the clause after "is"
        ("What young vets tell me is that they want weekends off.",
         [("young vets", "tell", "they want weekends off", "vague")]),
        # "My wife" is one unnamed person
        ("My wife says I have been “retiring next year” since 2021.",
         [("My wife", "says", "I have been “retiring next year” since 2021", "anonymous")]),
        # a noun's own that-clause ("on condition that …") is no statement
        ("Three of the magistrates have resigned, one of them telling me, on condition that I not use her"
         " name, that she had no wish to stay.", []),
    ],
)
def test_sources_of_a_new_set_of_articles(analyze_text, text, expected):
    """Sources in live blogs, columns and interviews (dev articles 137–148)."""
    result = analyze_text(f"Story\n\n{text}")
    found = [(a.speaker, a.cue, content(result, a), a.source_type) for a in result.attributions]
    assert found == expected


def test_an_interview_introduction_is_no_statement(analyze_text):
    """ "Reporter Maud Ellis spoke to him about lambing, recruitment and why he has not retired." before an
    interview printed as turns: the conversation that follows, not a statement about lambing."""
    result = analyze_text(
        "Vets\n\nReporter Maud Ellis spoke to him about lambing, recruitment and why he has not retired.\n\n"
        "Ellis: How long will you go on?\n\nFerrant: Not for ever, obviously.\n\nEllis: And after that?\n\n"
        "Ferrant: Somebody younger, I hope."
    )
    assert [a.cue for a in result.attributions] == ["Ellis", "Ferrant", "Ellis", "Ferrant"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause whose verb the parser read as a noun ("forces"), left as the object of "says"
        ("The council says pavement parking forces wheelchair users and people with sight loss into the"
         " road. She said a few kind words about him.",
         [("the council", "says", "pavement parking forces wheelchair users and people with sight loss into"
           " the road", "organization")]),
        # "that" read as a preposition or object, with the clause hung on it
        ("Residents noticed a difference too. A follow-up survey found that 71 of the 96 households that"
         " switched rated their kitchen as less stuffy than before. Some residents said it had taken a few"
         " weeks to get used to cooking on induction.",
         [("a follow-up survey", "found",
           "71 of the 96 households that switched rated their kitchen as less stuffy than before",
           "document"),
          ("some residents", "said", "it had taken a few weeks to get used to cooking on induction",
           "vague")]),
        # "the authors" after "Researchers at …" are that team
        ("Researchers at the University of Ellesby have found that induction hobs clean the air.\n\nThe"
         " authors caution that the homes in the study were small flats.",
         [("researchers at the University of Ellesby", "have found", "induction hobs clean the air",
           "organization"),
          ("researchers at the University of Ellesby", "caution", "the homes in the study were small flats",
           "organization")]),
        # a year is no one who explains
        ("Gillan has not raised her prices since 2019, which perhaps explains why she is booked until next"
         " summer.", []),
        # a plan that says something is a document
        ("The county's own minerals plan says the valley will need more rock until at least 2040.",
         [("the county's own minerals plan", "says", "the valley will need more rock until at least 2040",
           "document")]),
    ],
)
def test_clauses_and_sources_of_releases_and_explainers(analyze_text, text, expected):
    """Dev articles 137–148: press releases, explainers and features."""
    result = analyze_text(f"Story\n\n{text}")
    found = [(a.speaker, a.cue, content(result, a), a.source_type) for a in result.attributions]
    assert found == expected


def test_two_rivals_take_turns_and_the_judge_is_named_in_the_next_tag(analyze_text):
    """A feature alternating a man and a woman: "Ruth" is a woman's name even when a "He" opens the
    sentence after one she is the subject of; "at Scarrow Beck" is a place, no one "he" can be; "The
    man who judged that run …. He … says …" is the man the next paragraph's tag names with his age."""
    result = analyze_text(
        "Rivals\n\nJim Askew stands at the post with his crook. Behind him, Ruth Mallender watches.\n\n"
        "Askew, 71, farms at Low Haverigg. Mallender, 68, keeps a smaller flock at Scarrow Beck.\n\n"
        "He is less keen to talk about it. “It’s dogs, not boxing,” he says.\n\n"
        "“I was sure they went through,” she says.\n\n"
        "The man who judged that run is still in the trailer. He has judged the trial for 34 years and"
        " says he has no intention of settling the argument now.\n\n"
        "“I’ve got my view and I’ll take it to my grave,” says Walter Brackenbury, 79, a retired"
        " auctioneer."
    )
    said = [(a.speaker, content(result, a)) for a in result.attributions if a.cue == "says"]
    assert said == [
        ("Jim Askew", "It’s dogs, not boxing,"),
        ("Ruth Mallender", "I was sure they went through,"),
        ("Walter Brackenbury", "he has no intention of settling the argument now"),
        ("Walter Brackenbury", "I’ve got my view and I’ll take it to my grave,"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "County Hall" speaks for the council, a body, not a person called Hall
        ("We are told by County Hall that the change will save money. Stuart Hall said it was fine.",
         [("County Hall", "are told", "the change will save money", "organization"),
          ("Stuart Hall", "said", "it was fine", "named_person")]),
        # "by the council's own measurement", as "by its own count"
        ("Westrith County Council runs the buses. The walk, by the council’s own measurement, is 2.9 miles.",
         [("Westrith County Council", "by the council’s own measurement", "is 2.9 miles", "organization")]),
        # "which found" after a study and its authors' phrase: the study
        ("Ms Voss should read the study published in March by the road safety unit at Harrowfield"
         " University, which found that children walking on unlit roads were more likely to be injured.",
         [("the study published in March by the road safety unit at Harrowfield University", "found",
           "children walking on unlit roads were more likely to be injured", "document")]),
    ],
)
def test_a_column_on_the_council_and_a_study(analyze_text, text, expected):
    """Dev article 153: a column against a council decision."""
    result = analyze_text(f"Story\n\n{text}")
    found = [(a.speaker, a.cue, content(result, a), a.source_type) for a in result.attributions]
    assert found == expected


def test_a_family_statement_is_named_by_the_full_name_of_the_one_it_speaks_for(analyze_text):
    """ "A statement from Mr Harwell's family said: “…”" after "Dennis Harwell, 67, died …": the
    statement from the family of Dennis Harwell (a document), its second quotation too."""
    result = analyze_text(
        "Appeal\n\nDennis Harwell, 67, died at the scene.\n\nA statement from Mr Harwell's family said: \"Dad"
        " was the kindest man any of us knew.\" The statement added: \"Please come forward.\""
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("statement from the family of Dennis Harwell", "document"),
        ("statement from the family of Dennis Harwell", "document"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a steelmaker is a company: the one the story is about
        ("Tolvaren Steel will close a furnace at Maresby, cutting 900 jobs.\n\nThe embattled steelmaker,"
         " which employs about 3,400 people at Maresby, said in a statement that the mills would keep"
         " operating.",
         [("Tolvaren Steel", "said in a statement", "the mills would keep operating")]),
        # the one asked about in "Asked whether …" is not the "he" who answers
        ("Gareth Lyle manages Dunmoor.\n\nSean Kilbride was sent off.\n\nLyle said the club would appeal."
         " Asked whether Kilbride had been wise to go to ground, he said: “Maybe he went in a yard too"
         " early.”",
         [("Gareth Lyle", "said", "the club would appeal"),
          ("Gareth Lyle", "said", "Maybe he went in a yard too early.")]),
    ],
)
def test_a_steelmaker_and_the_one_asked_about(analyze_text, text, expected):
    """Dev articles 151 and 157: a wire story on a company and a football report."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.cue, content(result, a)) for a in result.attributions] == expected


def test_local_papers_are_organizations(analyze_text):
    """ "The Maresby Echo reported …", "The Dunhallow Courier said …": newspapers, not people."""
    result = analyze_text(
        "Story\n\nThe Maresby Echo reported on Tuesday that officials had been warned. The Dunhallow"
        " Courier said the plan would fail."
    )
    assert [a.source_type for a in result.attributions] == ["organization", "organization"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a live blog, "the company" in a post is the business its first sentence named, not the one
        # "the company" meant in an earlier post
        ("16:05 — Caddon Valley Rail says a fallen tree is blocking the line. Trains are unlikely to run"
         " before Thursday, according to the company.\n\n14:20 — Northline Power says around 16,000 homes"
         " are now without electricity. A spokeswoman for the company said engineers could not work on the"
         " lines.",
         ["Caddon Valley Rail", "Caddon Valley Rail", "Northline Power",
          "a spokeswoman for Northline Power"]),
        # "the office" after "the borough’s electoral office"; a costing is a document
        ("The borough’s electoral office says postal votes must arrive by 10pm. The office expects the count"
         " to finish by about 2am. According to a costing published by the council in January, the extra"
         " cost would be £180,000 a year.",
         ["the borough’s electoral office", "the borough’s electoral office",
          "a costing published by the council in January"]),
    ],
)
def test_a_company_in_its_own_post_and_a_body_described_before(analyze_text, text, expected):
    """Dev articles 161 and 163: a storm live blog and a referendum explainer."""
    result = analyze_text(f"Story\n\n{text}")
    assert [a.speaker for a in result.attributions] == expected
    assert result.attributions[-1].source_type in ("organization", "spokesperson", "document")


def test_a_body_named_right_after_its_description(analyze_text):
    """ "A report published this month by the housing charity Shelterwell found …" and later "The
    charity warns …": Shelterwell, however the parser hung its name."""
    result = analyze_text(
        "Damp\n\nA report published this month by the housing charity Shelterwell found that one in four"
        " homes had damp. The charity warns that the true figure is probably higher."
    )
    assert [a.speaker for a in result.attributions] == ["report from Shelterwell", "Shelterwell"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tag set off by commas that the parser read as an adverbial clause of the clause after it
        ("Carla Fiorelli ran the firm for a decade. Every Friday, from 8 a.m. to noon, a former executive"
         " told The Washington Post, Fiorelli would lead a committee meeting.",
         [("a former executive", "told", "Fiorelli would lead a committee meeting")]),
        # a list of past-tense verbs whose first the parser hung on the next: "said" is the subject's
        ("Donald Marsh spoke in Ohio. Marsh further summed up Clinton as “terrible,” denounced her record as"
         " secretary of state and said she should not be allowed to run for office.",
         [("Donald Marsh", "said", "she should not be allowed to run for office")]),
        # a tag the parser made the root, the clause's subject a loose word before it
        ("Jane Mabry, the mayor, spoke on Monday. The decision, she told reporters, was final.",
         [("Jane Mabry", "told", "was final")]),
        # a tag hung on the auxiliary of a passive: the clause's verb, not "was" alone
        ("Jane Mabry, the mayor, spoke on Monday.\n\nThe money, she said, was gone.",
         [("Jane Mabry", "said", "was gone")]),
        # part of a group of people, unnamed: vague
        ("Rhian Tasker posted on Facebook. Some of those replying to her post said it was wrong.",
         [("some of those", "said", "it was wrong")]),
        ("The pier closed in 2019. Some of them said it was wrong.",
         [("some of them", "said", "it was wrong")]),
    ],
)
def test_tags_lists_and_groups_the_parser_misread(analyze_text, text, expected):
    """PolNeAR train (measured, not committed): "Every Friday, …, the former HP executive told The
    Washington Post, Fiorina would lead …" and "Trump further summed up Clinton as “terrible,” denounced
    her record … and said she should not …"; a verdict live blog's "Some of those replying to her post
    said …" (dev article 212's first look)."""
    result = analyze_text(f"Story\n\n{text}")
    found = [(a.speaker, a.cue, content(result, a)) for a in result.attributions]
    assert [f for f in found if f[1] in ("said", "told")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a column's "we are told" with no one named is the one who told "us" just before
        ("We are told by Mr Ashdown-Pryce that the scheme will work. We are told that a family could save"
         " £40 a year.",
         [("Ashdown-Pryce", "are told", "the scheme will work"),
          ("Ashdown-Pryce", "are told", "a family could save £40 a year")]),
        # "he" after an anonymous regular's statement is the regular, not a spokesman named before
        ("A spokesman for the mayor said the town had lost a friend.\n\nOne longtime regular, a retired mail"
         " carrier who asked not to be named, said she kept a running tab. “She knew to the penny what"
         " everybody owed,” he said.",
         [("a spokesman for the mayor", "said", "the town had lost a friend"),
          ("One longtime regular", "said", "she kept a running tab"),
          ("One longtime regular", "said", "She knew to the penny what everybody owed,")]),
        # accounts of nobody named; "found out" is learning, not saying
        ("Evie Marchetti ran the diner. By some accounts she served as many as 600 meals a day. It was"
         " where the town ate breakfast and found out who had died.",
         [("some accounts", "By some accounts", "she served as many as 600 meals a day")]),
    ],
)
def test_we_are_told_an_anonymous_regular_and_accounts_of_nobody_named(analyze_text, text, expected):
    """Dev articles 215 (a column: "We are told by … We are told that …") and 218 (an obituary)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.cue, content(result, a)) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("The manual tells you that the mower should not be left running after dark.", "the manual",
         "document"),
        ("The couple bought the stand in 1973, according to an oral history she recorded in 2009.",
         "an oral history", "document"),
        ("The minster’s chapter said on Friday that it would decide in January.", "the minster’s chapter",
         "organization"),
        ("Tumblewick Toys said it would write directly to customers.", "Tumblewick Toys", "organization"),
        ("Internal tests found that the pin wears faster than intended.", "Internal tests", "document"),
        # an acronym the article spells out in brackets is named in full
        ("The National Product Safety Office (NPSO) regulates toys. A spokesperson for the NPSO said it was"
         " not aware of similar faults.", "a spokesperson for the National Product Safety Office",
         "spokesperson"),
    ],
)
def test_a_manual_an_oral_history_and_a_chapter(analyze_text, text, speaker, kind):
    """Dev articles 209 (a mower's manual), 218 (an oral history), 219 (a minster's chapter) and 216 (a
    toy maker's recall: the company, its tests, the regulator known by its acronym)."""
    found = only(analyze_text(f"Story\n\n{text}"))
    assert (found.speaker, found.source_type) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement issued before a colon: the quotation after it is the issuer's
        ("Wessmoor Police have issued a statement: “Our thoughts remain with the family. Officers spoke to"
         " more than 200 witnesses.”",
         [("Wessmoor Police", "direct", "Our thoughts remain with the family. Officers spoke to more than"
           " 200 witnesses.")]),
        # a participle set off by commas that the parser made a clause with the noun as its subject
        ("The jury is coming back. A note from the jury foreman, read out by the judge, says the jury has"
         " reached verdicts on all three counts.",
         [("a note from the jury foreman", "indirect", "the jury has reached verdicts on all three counts")]),
        # a name the model took for a place, in apposition to a word for a person
        ("A town councillor, Des Mabry, wrote on Facebook that the pier was unsafe.",
         [("Des Mabry", "indirect", "the pier was unsafe")]),
        # the participle describing the phrase's noun is the phrase's, not the clause's
        ("According to agreed facts read to the jury, several steel supports had already lost a third of"
         " their thickness.",
         [("agreed facts", "according_to", "several steel supports had already lost a third of their"
           " thickness")]),
    ],
)
def test_a_verdict_live_blog_statement_note_councillor_and_agreed_facts(analyze_text, text, expected):
    """Dev article 212's first look: a live blog of a court verdict."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.kind, content(result, a)) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one unnamed person counted as "one" is anonymous, as "a Western diplomat" is
        ("One Western diplomat said the memo's language had shocked officials.",
         [("One Western diplomat", "anonymous", "said")]),
        # officials in the lede who ask not to be named later are anonymous from the start
        ("Kestovia suspended the talks, two Kestovian officials said.\n\nThe two Kestovian officials, who"
         " asked not to be named, said the accord could be delayed.",
         [("two Kestovian officials", "anonymous", "said"), ("the two Kestovian officials", "anonymous",
                                                              "said")]),
        # who wrote a memo is no statement of the memo's
        ("The memo was written last month by a senior official at the interior ministry.", []),
    ],
)
def test_one_diplomat_officials_named_anonymous_later_and_a_memo_written(analyze_text, text, expected):
    """Dev article 213's first look: a diplomatic wire story built on anonymous officials."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a double-barrelled surname the model read as a body's name: a person, in full
        ("On Monday the public health minister, Dominic Hale-Whitby, launched a campaign. Mr Hale-Whitby"
         " says he wants children to drink more.",
         [("Dominic Hale-Whitby", "named_person", "says")]),
        # "he" after an unnamed civil servant who "put it more plainly" is the civil servant
        ("The minister, Dominic Hale-Whitby, launched the campaign on Monday.\n\nA civil servant who worked"
         " on the campaign, and who cannot be named, put it more plainly. “Eight was chosen because it is"
         " easy to remember,” he said.",
         [("a civil servant who worked on the campaign", "anonymous", "said")]),
        ("The guideline says adults need about two litres a day.", [("the guideline", "document", "says")]),
        # a name the model read as a place, after a role word and a comma: a person ("she" next)
        ("Those numbers are the best argument for the change the justice secretary, Marguerite Okafor-Lind,"
         " announced on Tuesday.\n\n“Short sentences fail,” she told MPs.",
         [("Marguerite Okafor-Lind", "named_person", "told")]),
    ],
)
def test_a_double_barrelled_minister_an_unnamed_civil_servant_and_a_guideline(analyze_text, text, expected):
    """Dev article 224's first look: a scientist's column against a health campaign."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


def test_a_judge_in_the_lede_named_five_paragraphs_later():
    """Dev article 226's first look: an explainer names "Mr Justice Edmund Ravenscroft" in its sixth
    paragraph after "A High Court judge has ruled …" in the lede; the judge is him, not a vague
    source."""
    import kit

    filler = "\n\n".join(f"Paragraph {n} of background on the grant scheme." for n in range(4))
    result = kit.analyze(
        "Ruling\n\nA High Court judge has ruled that the government acted unlawfully.\n\n"
        f"{filler}\n\nMr Justice Edmund Ravenscroft found that the decision was irrational."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("Edmund Ravenscroft", "named_person"),
        ("Edmund Ravenscroft", "named_person"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person addressed by name, then the body that says it (no comma before the verb)
        ("Dr Naidoo, the Transport Commission says a cap would not help.",
         [("the Transport Commission", "organization")]),
        ("Jane Smith, the council leader, says a cap would not help.", [("Jane Smith", "named_person")]),
        # a count kept by a clock
        ("By the programme's clock, Dunstall spoke for about 14 minutes in all.",
         [("the programme's clock", "document")]),
    ],
)
def test_a_debate_moderator_addressing_a_candidate_and_the_programme_clock(analyze_text, text, expected):
    """Dev article 220's first look: a televised debate."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "some" bodies are any such bodies, as "several" or "many" are (not two named unions)
        ("Some passenger groups said the takeover was long overdue.", ("some passenger groups", "vague")),
        ("Many unions said the plan was flawed.", ("many unions", "vague")),
        ("The two unions said the plan was flawed.", ("the two unions", "organization")),
        # the day the parser took into the subject is no part of who spoke
        ("On Friday Northway’s directors told my officials that the company could not pay.",
         ("Northway’s directors", "vague")),
        # who made a document says nothing of its name
        ("The fleet survey we finished on Sunday says the worst units could be out of service.",
         ("the fleet survey", "document")),
        # a gauge's readings are a document's, as figures are (dev article 240)
        ("The river reached 4.62 metres, according to the Rivers Authority's gauge.",
         ("the Rivers Authority gauge", "document")),
    ],
)
def test_who_speaks_without_the_words_around_them(analyze_text, text, expected):
    """Dev article 233's first look: "Some passenger groups" typed an organization, "Friday Northway’s
    directors", "the fleet survey we finished on Sunday" (the key: the company's fleet survey)."""
    result = analyze_text(text)
    assert [(a.speaker, a.source_type) for a in result.attributions] == [expected]


def test_a_trial_day_what_the_court_heard_a_message_read_and_answers_to_points_put(analyze_text):
    """Dev article 241's first look (0.78): "The court heard that …" was the outlet's claim (the keys:
    evidence heard by the court, as in 145 and 177); "It read: “…”" after "read the jury a WhatsApp
    message" was nobody's; "He accepted that …" after "Mr Farrimond put it to Mr Haverley that …" was the
    barrister's, not the witness's; "…, telling him …" after "when Mr Farrimond asked …" was the
    barrister's, not the judge's who intervened. "I heard that …" stays no statement."""
    result = analyze_text(
        "Trial\n\nJudge Helen Aspinall is presiding. Daniel Farrimond KC is defending. Colin Haverley, 61,"
        " gave evidence.\n\nThe court heard that the mill’s insurance cover had been raised to £9 million."
        " I heard that the roof was unsafe.\n\nMs Osterley read the jury a WhatsApp message sent from"
        " Mr Stirland’s phone. It read: “Insurance sorted. Now we just need a dry summer.”\n\n"
        "Mr Farrimond put it to Mr Haverley that any of four staff could have sent the message. He accepted"
        " that he could not be certain who had sent it.\n\nJudge Aspinall intervened when Mr Farrimond asked"
        " the witness about his debts, telling him the questions were becoming “comment”."
    )
    found = [(a.speaker, a.source_type, a.cue) for a in result.attributions]
    assert ("evidence heard by the court", "vague", "heard") in found
    assert [s for s, _, c in found if c == "heard"] == ["evidence heard by the court"]
    assert [(t, c) for s, t, c in found if s.startswith("a WhatsApp message")] == [("document", "read")]
    assert ("Colin Haverley", "named_person", "accepted") in found
    assert ("Helen Aspinall", "named_person", "telling") in found


def test_a_wire_story_on_a_leaked_cable_its_author_named_later_and_one_of_several_diplomats(analyze_text):
    """Dev article 250's first look (0.85): "a cable in which Selmark’s ambassador described …" went to
    the deputy ambassador named next (a deputy is another post), "the four-page cable" was no document,
    and "Several Western diplomats said …, though one cautioned …" was a vague "one"."""
    result = analyze_text(
        "Expulsion\n\nBRASK (Tallis News) — Dravonia froze talks a day after the publication of a leaked"
        " cable in which Selmark’s ambassador described the government as “brittle and increasingly"
        " paranoid.”\n\nThe foreign ministry said the deputy ambassador, Maren Kolby, had been declared"
        " persona non grata.\n\nThe cable was first published on Wednesday.\n\nWritten by Selmark’s"
        " ambassador, Henrik Aalstad, the four-page cable says Vasek’s inner circle “sees enemies in every"
        " ministry.”\n\nSeveral Western diplomats said they expected the pact to be revived, though one"
        " cautioned that Vasek “has a long memory.”"
    )
    found = [(a.speaker, a.source_type, a.cue) for a in result.attributions]
    assert found[0] == ("Henrik Aalstad", "named_person", "described")
    assert [(t, c) for s, t, c in found if "cable" in s] == [("document", "says")]
    assert found[-1] == ("one of the Western diplomats", "anonymous", "cautioned")


def test_a_column_names_a_review_a_spokesperson_for_a_person_and_it_past_a_short_remark(analyze_text):
    """Dev articles 245 and 234: "But it also warned …" after "The Fairbairn review … found …. That
    much is true." is the review, not the department in its phrase; "By the review's own estimate" is
    the review's; "a spokesperson for Wexford" after "Home Secretary Daniel Wexford" is his by his full
    name (the keys')."""
    result = analyze_text(
        "Column\n\nThe Fairbairn review, commissioned by the department and published in May, found that"
        " the nine centres handled fewer than a third of incidents. That much is true. But it also warned"
        " that local knowledge “cannot yet be replicated”.\n\nBy the review's own estimate the system will"
        " not be ready before 2027.\n\nHome Secretary Daniel Wexford said police numbers were at a record"
        " high. A spokesperson for Wexford said the figures were a matter of public record."
    )
    found = [(a.speaker, a.cue) for a in result.attributions]
    assert found[:3] == [
        ("the Fairbairn review", "found"),
        ("the Fairbairn review", "warned"),
        ("the Fairbairn review", "By the review's own estimate"),
    ]
    assert found[-1] == ("a spokesperson for Daniel Wexford", "said")


def test_an_editorial_names_a_charity_by_its_name_and_they_are_the_papers(analyze_text):
    """Dev article 246's first look (0.81): "The road safety charity Safer Journeys says …" was "the
    road safety charity" (and a model's PERSON tag made the name a person); "They also concede …"
    after "The papers say …" was a phrase of the lede; "One of them, who asked not to be named, told
    us …" is one unnamed person (anonymous), not a vague group."""
    result = analyze_text(
        "Gazette view\n\nWRAYFORD — Maureen Ashby and 13 other patrol officers will be gone by September."
        "\n\nThe cut is on page 41 of the budget papers. The papers say removing the patrols would save"
        " £212,000. They also concede that the council has carried out no new traffic counts since 2019."
        "\n\nThe road safety charity Safer Journeys says patrols are “the single most effective thing a"
        " council can do”.\n\nThe patrol officers themselves appear to have been the last to know. One of"
        " them, who asked not to be named, told us she had heard about the plan from a parent."
    )
    found = [(a.speaker, a.source_type, a.cue) for a in result.attributions]
    assert found[:2] == [("the papers", "document", "say"), ("the papers", "document", "concede")]
    assert ("Safer Journeys", "organization", "says") in found
    assert found[-1] == ("one of the patrol officers", "anonymous", "told")


def test_a_person_the_model_tagged_a_place_is_named_by_her_role(analyze_text):
    """Dev article 236's first look: after a paragraph about the Legislature, the model tagged
    "Danielle Okoro" a place, and she came out as an organization "Okoro"; a given name and a role in
    apposition ("president of the … Chamber of Commerce") make her a person."""
    result = analyze_text(
        "Bridge\n\nHouse Majority Leader Tom Ruelas said in a statement that the Legislature had set aside"
        " $310 million for bridge repairs over the past two years and that lawmakers would “want to know"
        " exactly where that money has gone.”\n\nThe closure could hit businesses on both sides of the"
        " river. Danielle Okoro, president of the Halstead Area Chamber of Commerce, estimated that some"
        " downtown restaurants could lose a fifth of their weekday trade while the bridge is shut."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions][-1] == ("Danielle Okoro", "named_person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a view the text credits, as the keys have it (125, 137, 156, 182, 245, 261): "think" a cue
        ("Some economists think even that is optimistic.", [("some economists", "think")]),
        ("Kai, 16, gave only his first name. He thinks the trout is “the best thing that’s happened here”.",
         [("Kai", "thinks")]),
        # who people are, not what they said; and not thinking about something is no silence
        ("The only people who think the pool is finished are on the council.", []),
        ("The council has not thought about the cost.", []),
    ],
)
def test_a_view_someone_is_said_to_hold(analyze_text, text, expected):
    result = analyze_text(text)
    assert [(a.speaker, a.cue) for a in result.attributions] == expected
    assert not result.non_statements


def test_he_after_a_man_kept_anonymous_is_that_man(analyze_text):
    """Dev article 261's first look (0.77): "The harshest verdict comes from a man loading a van …, who
    asked not to be named …. He calls the trout “an eyesore” …" went to the resident named a paragraph
    before, and the parser hung "who asked …" on "bakery"; the man is the one kept anonymous, in every
    sentence he speaks."""
    result = analyze_text(
        "Voices\n\n“It is a fine fish,” said Tom Ashworth, a retired joiner.\n\nThe harshest verdict comes"
        " from a man loading a van outside the bakery, who asked not to be named because his wife sits on"
        " the council. He calls the trout “an eyesore” and says he has signed the petition to move it."
        " “Put it next to the sewage works,” he says. “It’ll feel at home there.”"
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found[0] == ("Tom Ashworth", "named_person")
    assert found[1:] == [("a man loading a van outside the bakery", "anonymous")] * 4


def test_a_wire_story_on_an_accident_police_a_company_records_and_one_of_them(analyze_text):
    """Dev article 260's first look (0.78): "police said" where the story names one force is that
    force; "Craig Fenwick, 44, a furnace operator" is a man, not a train operator's kind of company (so
    "The company" was him); "Torvane Metals" is a company; "Records published by the regulator show"
    are documents, not a person called Records; "One of them said …. “…,” he said" is the official,
    not the hospital's spokeswoman."""
    result = analyze_text(
        "Blast\n\nELLANBY (Northgate Press) - Two workers were killed when a furnace exploded on Wednesday,"
        " police said.\n\nThe dead were Craig Fenwick, 44, a furnace operator, and Marek Dudek, 31, both"
        " from Ellanby, Ashdale Police said. Two of the injured were critical, a spokeswoman for Ellanby"
        " General Hospital said.\n\nTwo fire service officials at the scene, who declined to be named, said"
        " the blast appeared to have been caused by water. One of them said a load of scrap may have been"
        " left out in the rain.\n\n\"It's like a bomb going off inside the furnace,\" he said.\n\n"
        "In a statement, Torvane Metals said it was \"devastated\". The company, which employs about 140"
        " people, said production had been suspended.\n\nRecords published by the regulator show the"
        " company was served with a notice in 2021."
    )
    found = [(a.speaker, a.source_type, a.cue) for a in result.attributions]
    assert found[0] == ("Ashdale Police", "organization", "said")
    assert [s for s, t, c in found if c == "said" and "like a bomb" in s] == []
    bomb = next(a for a in result.attributions if a.kind == "direct")
    assert bomb.source_type == "anonymous" and "spokeswoman" not in bomb.speaker
    assert ("Torvane Metals", "organization", "said") in found
    assert [s for s, t, c in found if c == "said" and s.startswith(("Craig", "the company"))] == []
    assert found[-1][1:] == ("document", "show")


def test_a_leaked_draft_the_document_downing_street_one_ally_and_the_sheriffs_office(analyze_text):
    """Dev articles 252 and 254: "The document warns …" after "a leaked draft of the plan" is that
    draft; "Downing Street said" is an office, not a person; "Allies of Ms Marwood said …. One said …"
    is one of them (anonymous); "the sheriff's office said" is the one office the story names."""
    result = analyze_text(
        "Draft\n\nA leaked draft of the government's plan, seen by the agency, says the deadline will move"
        " to 2030. The document warns that a delay could add £140 a year to bills.\n\nAllies of Ms Marwood"
        " said the delay had been pushed by the Treasury. One said she was \"livid\".\n\nDowning Street said"
        " the prime minister had \"full confidence\" in her.\n\nThe Callaway County Sheriff's Office said a"
        " deputy was hurt. The driver fled on foot, the sheriff's office said."
    )
    found = [(a.speaker, a.source_type, a.cue) for a in result.attributions]
    drafts = [s for s, t, c in found if c in ("says", "warns")]
    assert len(drafts) == 2 and drafts[0] == drafts[1] and "draft" in drafts[0]
    assert ("Downing Street", "organization", "said") in found
    ones = [(s, t) for s, t, c in found if s.startswith("one")]
    assert ones == [("one of the allies of Ms Marwood", "anonymous")]
    assert found[-1] == ("Callaway County Sheriff's Office", "organization", "said")


def test_they_reporting_after_a_group_that_spoke_is_that_group(analyze_text):
    """Dev article 255's first look: "The researchers … say protected nap breaks could help hospitals
    reduce …. But the study was observational, and they stress that …" credited "hospitals"."""
    result = analyze_text(
        "Naps\n\nThe researchers, from the University of Norbridge, say protected nap breaks could help"
        " hospitals reduce a common cause of avoidable harm. But the study was observational, and they"
        " stress that it does not show the naps themselves prevented the mistakes."
    )
    assert [a.speaker for a in result.attributions] == ["the researchers", "the researchers"]


def test_a_street_a_colliery_and_a_band_in_an_obituary(analyze_text):
    """Dev article 268's first look (0.57): "Born in 1938 on Engine Street, the son of a miner, …" made
    the street a person (a role beside it), and "he said" went to it; "The closure of Stainby Colliery"
    made the pit a person; "the band said" was a vague group, not the band the obituary names."""
    result = analyze_text(
        "Obituary\n\nSTAINBY (Stainby Chronicle) - Tributes have been paid to Walter Pilling, who conducted"
        " the Stainby Colliery Band for 38 years.\n\nBorn in 1938 on Engine Street, the son of a miner,"
        " Pilling went down the pit at 15.\n\nThe closure of Stainby Colliery in 1991 cost some 1,100"
        " jobs. In an interview in 1993, he said: \"The pit was the reason for the band.\"\n\nIn a post on"
        " its Facebook page, the band said it would play his favourite march at the service."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert not any("Street" in s or s == "Stainby Colliery" for s, _ in found)
    assert found[-1] == ("Stainby Colliery Band", "organization")


def test_the_force_and_a_company_spokeswoman_by_the_names_the_story_gives(analyze_text):
    """Dev articles 267 and 273: "the force said" after "West Penrose Police" is that force; "a Cordell
    spokeswoman" after "Cordell Health" is a spokeswoman of Cordell Health (the keys' names)."""
    result = analyze_text(
        "Appeal\n\nWest Penrose Police said the man died at the scene. The force said extra patrols would be"
        " carried out along the canal.\n\nCordell Health owns the unit. A Cordell spokeswoman told me the"
        " system would help expectant mothers."
    )
    assert [a.speaker for a in result.attributions] == [
        "West Penrose Police", "West Penrose Police", "a Cordell Health spokeswoman"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a tag the parser hung on the subject noun of the clause it sits in
            "Ed Schultz joined RT in 2015. The difference now, he told me on Friday, is that he is the anchor"
            " of a news program.",
            ("Ed Schultz", "told", "is that he is the anchor of a news program"),
        ),
        (  # a present-tense verb the tagger read as a plural noun
            "Donald Trump spoke in Ohio. But Trump claims that he should be the exception.",
            ("Donald Trump", "claims", "he should be the exception"),
        ),
        (  # the reported clause after a phrase of time, read as an adverbial clause
            "Donald Trump spoke in Ohio. Trump said after the convention he would not accept Cruz's"
            " endorsement.",
            ("Donald Trump", "said", "after the convention he would not accept Cruz's endorsement"),
        ),
        (
            "Donald Trump spoke in Ohio. Trump tweeted in the early morning hours that Machado was"
            " “disgusting” and “a con.”",
            ("Donald Trump", "tweeted", "Machado was “disgusting” and “a con"),
        ),
        (  # "According to …" read as the sentence's root, the clause an apposition of its noun
            "Radio\n\nAccording to conservative talk radio host Rush Limbaugh, the move reeks of “fear” and"
            " desperation.",
            ("Rush Limbaugh", "According to", "the move reeks of “fear” and desperation"),
        ),
        (  # a part of a group, the reported clause's subject, read as the object of "said"
            "Angelique Brunner, a spokeswoman for the coalition, said many of the examples that critics"
            " point to failed to note that the program helped.",
            ("Angelique Brunner", "said", "many of the examples that critics point to failed to note that"
             " the program helped"),
        ),
        (  # "Said Ellis: “…”": the verb the parser made part of the name
            "“It’s hard to avoid,” said Ryan Ellis, a tax consultant. Experts say the code is complicated."
            " Said Ellis: “I don’t get the sense she’s interested in tax reform.”",
            ("Ryan Ellis", "Said", "I don’t get the sense she’s interested in tax reform."),
        ),
        (  # a point put without a verb, the tag closing the sentence
            "Mr. Brooks leads the group. People like Scott, he said.",
            ("Brooks", "said", "People like Scott"),
        ),
        (  # "that" the subject of the reported clause stays in it; "me" is the one told
            "Jess Okorie runs the Net Loft. Other chefs have told me that's the same thing with better"
            " manners.",
            ("other chefs", "have told", "that's the same thing with better manners"),
        ),
    ],
)
def test_reported_clauses_the_parser_misreads(analyze_text, text, expected):
    """PolNeAR's dev split (measured, never copied): statements the kit missed because the parser
    hung the cue or its clause in an unusual place; each reads as a student would read it."""
    result = analyze_text(text if "\n\n" in text else "Story\n\n" + text)
    found = [(a.speaker, a.cue, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found[-1] == expected


def test_a_point_needs_words_before_the_tag_and_a_phrase_of_place_is_none(analyze_text):
    """The verbless point ("People like Scott, he said.") is no licence to read a phrase of place or
    time before a tag as a statement."""
    result = analyze_text("Story\n\nMr. Brooks leads the group. In Ohio last year, the mayor reported.")
    assert not result.attributions


def test_those_close_to_him_are_anonymous_sources(analyze_text):
    """"Those close to him say …" (PolNeAR dev) was dropped: "those" with an adjective and its phrase
    is a group of people, and "close to" marks sources kept anonymous, as "people close to" does."""
    result = analyze_text(
        "Story\n\nSenator Tim Kaine has left. Those close to him say that, in addition to Scott, he would"
        " have to consider Rep. Don Beyer. Those who know him say he is tired."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found == [("those close to him", "anonymous"), ("those who know him", "vague")]


def test_a_family_tribute_is_a_document_and_a_council_spokesman_speaks_for_the_named_council(analyze_text):
    """Dev article 280's first look (0.62): "A tribute issued through the force on behalf of his wife,
    Kelly, and their children … said …" went to Kelly (a name inside the participle's phrase), "the
    tribute said" was a vague group, and "A spokesman for the county council" was not the Fellshire
    County Council the story names; "A coroner's officer" is one unnamed person."""
    result = analyze_text(
        "Crash\n\nDean Royle died on Tuesday. A petition was handed to Fellshire County Council last year."
        "\n\nA tribute issued through the force on behalf of his heartbroken wife, Kelly, and their"
        " children, Mason, 12, Ruby, 9, and Alfie, 4, said Mr Royle \"lived for his kids\".\n\n\"Dean would"
        " do anything for anyone,\" the tribute said.\n\nA coroner's officer said the death had been"
        " reported.\n\nA spokesman for the county council said its thoughts were with the family."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found[0][1] == found[1][1] == "document"
    assert "Kelly" not in {s for s, _ in found}
    assert found[2] == ("a coroner's officer", "anonymous")
    assert found[3] == ("a spokesman for Fellshire County Council", "spokesperson")


def test_a_profile_with_bold_questions_keeps_its_narrative_the_writers(analyze_text):
    """Dev article 279's first look (0.63): in a magazine profile that prints the writer's questions
    in bold between narrative paragraphs, every paragraph after the first question was read as the
    chef's answer (so "“…,” she says" was no quotation), and "Okorie asked the guide to take it away"
    made her the interviewer; the answer ends where the writer's narrative comes back."""
    result = analyze_text(
        "Profile\n\nJess Okorie opened the Net Loft in 2016. Last autumn Okorie asked the guide to take"
        " its star away. Our writer, Ben Aldous, spent two days in her kitchen; his questions are in"
        " bold.\n\n**Why ask the guide to take the star away?**\n\nI didn't want to be that restaurant."
        "\n\nNot everyone approved. The critic Adrian Fenwick called the decision a tantrum.\n\nOkorie"
        " laughs when the line is read back to her. “He’s not wrong about the expensive part,” she says."
        "\n\n**And if the numbers stop adding up?**\n\nThen I'll cook for someone else."
    )
    found = [(a.speaker, a.kind, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert ("Ben Aldous", "direct", "Why ask the guide to take the star away?") in found
    assert ("Jess Okorie", "direct", "I didn't want to be that restaurant.") in found
    assert ("Jess Okorie", "direct", "He’s not wrong about the expensive part,") in found
    assert not any("Not everyone approved" in content for _, _, content in found)
    assert not any(n.cue == "stop adding" for n in result.non_statements)  # numbers adding up say nothing


def test_a_studys_team_is_named_by_its_institution_and_its_findings_are_the_study(analyze_text):
    """Dev articles 217, 255 and 283: "The researchers, from the University of Ravensholme, say …",
    "the authors write …" are one team, named as the keys name it ("the University of Ravensholme
    research team"); "The findings suggest …" after the paper are the study's."""
    result = analyze_text(
        "Verges\n\nRAVENSHOLME — Verges mown once a year held twice as many insects, according to a study"
        " published on Wednesday.\n\nThe researchers, from the University of Ravensholme, say the findings"
        " could change how roadsides are managed.\n\nThe paper reports that the long-grass verges held 2.1"
        " times as many pollinators. The findings suggest that how often a verge is cut matters most. But"
        " the authors write that the effect was weaker beside busy roads."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    team = ("the University of Ravensholme research team", "organization")
    assert found[1] == found[4] == team
    assert found[2][0] == found[3][0] == found[0][0]  # the paper and its findings: the study


def test_a_live_blog_time_with_its_zone_and_a_company_spokesman(analyze_text):
    """Dev article 286's first look (0.79): "15:50 GMT — The National Forecasting Centre … says …" made
    "GMT" the speaker; "A company spokesman told us …" is the spokesman of the company just named (the
    keys' "a spokesman for Coastline Power Networks")."""
    result = analyze_text(
        "Storm live\n\nThe storm is here.\n\n15:50 GMT — The National Forecasting Centre has extended its"
        " red warning and says gusts of 95mph are possible.\n\n17:40 GMT — Coastline Power Networks says"
        " 62,000 homes are without power.\n\nA company spokesman told us crews had reconnected 18,000"
        " customers since midday."
    )
    found = [(a.speaker, result.text[a.source_start : a.source_end]) for a in result.attributions]
    assert found[0] == ("the National Forecasting Centre", "The National Forecasting Centre")
    assert found[-1][0] == "a spokesman for Coastline Power Networks"


def test_the_paper_by_its_short_name_and_the_one_asked_is_not_the_one_asked_about(analyze_text):
    """Dev article 287's first look (0.80): "According to the Post" after "The Caldermoor Evening Post
    reported …" read the newspaper as a post (a document); "Asked whether he could promise supporters
    that Castellano would still be at the club …, he said: …" gave the manager's answer to the player
    the question names. A titled report stays a document."""
    result = analyze_text(
        "Transfer\n\nThe Caldermoor Evening Post reported on Wednesday that United were preparing an"
        " offer. According to the Post, the manager has made Castellano his first choice.\n\n“Leon hasn’t"
        " asked to leave,” Steve Ormerod said.\n\nAsked whether he could promise supporters that"
        " Castellano would still be at the club in February, he said: “Nobody can promise anything.”"
        "\n\nAccording to the Report of the Inquiry, the club was warned."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found[1] == ("the Caldermoor Evening Post", "organization")
    assert found[3] == ("Steve Ormerod", "named_person")
    assert found[4] == ("the Report of the Inquiry", "document")


def test_a_wire_dateline_with_a_country_and_a_company_the_model_took_for_a_title(analyze_text):
    """Dev articles 285 and 282: "HARLSTON, England, June 3 (Keystone Wire) - British packaging group
    Veltmoor said …" credited the wire service (a dateline with a country was not read as one);
    "Ashgill Water", tagged a work of art by the model, was no company for "the company" to stand for;
    a written submission is a document."""
    result = analyze_text(
        "Bid\n\nHARLSTON, England, June 3 (Keystone Wire) - British packaging group Veltmoor said on"
        " Tuesday it had rejected a takeover proposal."
    )
    assert result.outlet == "Keystone Wire"
    assert [a.speaker for a in result.attributions] == ["Veltmoor"]
    result = analyze_text(
        "Trial\n\nCARROWBY (Northern Courier) — Sewage flooded 41 homes in a Pennine village, the High"
        " Court heard.\n\nResidents are suing Ashgill Water for damages. The company denies negligence and"
        " says the rainfall that night was the heaviest on record.\n\nAshgill’s written submission to the"
        " court states that the station was “operating within its design capacity”."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert ("Ashgill Water", "organization") in found
    assert found[-1][1] == "document"


def test_a_hearing_lede_names_the_chief_executive_next_and_a_document_follows_an_address(analyze_text):
    """Dev article 278's first look (0.71): the wire lede "The chief executive of Carrolton Southern
    Railroad told a congressional subcommittee …" and then "Daniel Ruark testified …" is Ruark
    (delayed identification); in the transcript, "Mr. Ruark, an email from one of your track
    supervisors, …, says …" is the email's statement, not the man addressed."""
    result = analyze_text(
        "Transcript\n\nEAST HALBROOK, March 4 (Meridian Wire) — The chief executive of Carrolton Southern"
        " Railroad told a congressional subcommittee on Monday that his company \"got it wrong\" in East"
        " Halbrook. About 1,400 residents were ordered from their homes. Daniel Ruark testified at a field"
        " hearing alongside Marisa Lindqvist, a federal regulator.\n\nOCAMPO: Mr. Ruark, an email from one"
        " of your track supervisors, dated Jan. 22 and printed in our report, says the rail \"needs"
        " replacing before spring.\" Who read that email?\n\nRUARK: I've read it now."
    )
    found = [(a.speaker, a.source_type, a.cue) for a in result.attributions]
    assert found[0] == ("Daniel Ruark", "named_person", "told")
    said = next(f for f in found if f[2] == "says")
    assert said[1] == "document" and said[0].startswith("an email")
    assert "Ruark" not in result.text[result.attributions[found.index(said)].source_start :][:20]


def test_a_press_conference_labels_names_with_outlets_and_ranks(analyze_text):
    """Dev article 296's first look (0.42): "CHIEF HARGROVE" and "CAPT. FERREIRA" stayed a rank and a
    surname (not the Renata Hargrove and Luis Ferreira the introduction names), "DEV SANDHU (Carrow
    Springs Ledger)" became the newspaper, and "RACHEL OYELARAN (Cascadia Public Radio)", a reporter
    named nowhere else, was no turn at all (so "The firefighters' union says …" went to her label)."""
    result = analyze_text(
        "Transcript\n\nOne man died in a fire on Tuesday. Fire Chief Renata Hargrove spoke to reporters"
        " after Capt. Luis Ferreira, the department's spokesman, read a statement.\n\nCAPT. FERREIRA: At"
        " 2:14 a.m. units were dispatched to a fire."
        "\n\nCHIEF HARGROVE: Thank you, Luis. Our crews went in fast.\n\nDEV SANDHU (Carrow Springs"
        " Ledger): Chief, did the alarms work?\n\nCHIEF HARGROVE: I've heard they did not.\n\nRACHEL"
        " OYELARAN (Cascadia Public Radio): The firefighters' union says Engine 4 was short of a crew."
        " Did that slow you down?\n\nCHIEF HARGROVE: No. We were there in four minutes."
    )
    speakers = [a.speaker for a in result.attributions if a.cue and a.cue.split("(")[0].strip().isupper()]
    hargrove = "Renata Hargrove"
    assert speakers == ["Luis Ferreira", hargrove, "Dev Sandhu", hargrove, "Rachel Oyelaran", hargrove]
    union = [a for a in result.attributions if a.cue == "says"]
    assert [(a.speaker, a.source_type) for a in union] == [("the firefighters' union", "organization")]


def test_an_interview_keeps_a_minister_a_caller_spoke_of_apart_from_the_one_interviewed(analyze_text):
    """Dev article 290's first look (0.84): a clip's "because a minister tells her to" made an
    attribution of the word "to", and the presenter's "The minister says …" then went to that
    unnamed minister rather than to Gareth Lowry, the minister being interviewed."""
    result = analyze_text(
        "Transcript\n\nPresenter Fiona Callander spoke to the policing minister, Gareth Lowry.\n\nFIONA"
        " CALLANDER: Minister, good morning. Why close the counters?\n\nGARETH LOWRY: Because they are"
        " empty most of the day.\n\nKEN MADDOX: My mother is 84. She isn't going online because a minister"
        " tells her to.\n\nCALLANDER: The minister says the money is better spent on patrols. Is he right?"
        "\n\nMADDOX: No."
    )
    found = [(a.speaker, a.cue, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert not any(content == "to" for _, _, content in found)
    assert ("Gareth Lowry", "says", "the money is better spent on patrols") in found


def test_a_familys_words_and_a_councils_website(analyze_text):
    """Dev articles 267, 291 and 292: "Mr Dobbs’s family described him …", "the family said" are the
    family of Kenneth Dobbs, a body that speaks as one (the keys' name and type), not a vague group;
    "The council's website says …" is the council's text, a document."""
    result = analyze_text(
        "Appeal\n\nASHFORTH — Kenneth Dobbs, 71, died after an attack on the towpath.\n\nMr Dobbs’s family"
        " described him as “the heart of our family” in a statement.\n\n“Ken was a husband of 48 years,”"
        " the family said.\n\nMarfleet Borough Council runs the towpath. The council's website says"
        " residents can report broken lights online."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found[:2] == [("the family of Kenneth Dobbs", "organization")] * 2
    assert found[-1][1] == "document"


def test_the_same_survey_a_rank_before_a_name_and_said_to_have_told(analyze_text):
    """Dev articles 293 and 295: "according to the same survey" after "A Harrowgate Research poll …
    found" is that poll; "Sergeant Dev Anand of Westmarch Police’s … unit said" is the sergeant (the
    parser gave the force's "’s" to his name); "Mr Tennant is said to have told colleagues he would
    resign" reports what Tennant told them."""
    result = analyze_text(
        "Analysis\n\nMark Tennant is the transport secretary. A Harrowgate Research poll for this"
        " newspaper found that 58 per cent of voters oppose the charge. Among drivers, opposition rises"
        " to 66 per cent, according to the same survey.\n\nMr Tennant is said to have told colleagues he"
        " would resign if the charge were dropped.\n\nIn a statement after the hearing, Sergeant Dev Anand"
        " of Westmarch Police’s serious collision investigation unit said: “Graham Whitcombe did"
        " everything right.”"
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found[0][0] == found[1][0] and found[0][1] == "document" and "Harrowgate" in found[0][0]
    assert found[2] == ("Mark Tennant", "named_person")
    assert found[3] == ("Dev Anand", "named_person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a name the parser hung on the phrase before it, the verb left with no subject
            "Saturday at the Massachusetts Democratic state’s party convention Sen. Elizabeth Warren (D-MA)"
            " said Donald Trump was a “proven failure” in business.",
            ("Elizabeth Warren", "Sen. Elizabeth Warren (D-MA)"),
        ),
        (  # "post" after "did", read as a noun
            "Donald Trump spoke in Ohio.\n\nTrump did post on Twitter Friday that his claims were “sarcasm”"
            " but, boy, that sure took a long time.",
            ("Donald Trump", "Trump"),
        ),
        (  # a purpose "to say" after a post, the name's relative clause between
            "Donald Trump spoke in Ohio. Donald Trump, who is vying to be the next president, tweeted on"
            " Friday to say he had never suggested a database.",
            ("Donald Trump", "Donald Trump"),
        ),
    ],
)
def test_statements_from_the_polnear_train_split_the_parser_misreads(analyze_text, text, expected):
    """PolNeAR's train split (measured, never copied; the sentences are shortened): a speaker the kit
    missed because the parser left the verb without its subject or read it as a noun."""
    result = analyze_text("Story\n\n" + text)
    last = result.attributions[-1]
    assert (last.speaker, result.text[last.source_start : last.source_end]) == expected


def test_a_request_for_something_is_an_act_not_a_statement(analyze_text):
    """Dev articles 252, 267 and 293: "The family asked for privacy", "asking for a meeting with the
    minister" and "asked for full credit for the plea" are requests (the keys list none as statements);
    "asked the witness about his debts for a third time" still reports a question."""
    result = analyze_text(
        "Trial\n\nKenneth Dobbs died on Tuesday. The family asked for privacy while they grieve.\n\nMr"
        " Farrimond asked the witness about his own debts for a third time."
    )
    assert [(a.speaker, a.cue) for a in result.attributions] == [("Farrimond", "asked")]


def test_a_train_operator_the_model_cut_short_and_neither_would_comment(analyze_text):
    """Dev article 299's first look (0.76): "Pennine Vale Trains" was tagged "Vale Trains" (once a
    person), so "its operator, Pennine Vale Trains, said" went to "Vale Trains" and "the company said"
    to a junction; "Neither the branch nor Pennine Vale Trains would comment on the report" was read
    as the company's statement."""
    result = analyze_text(
        "Derailment\n\nWRAXTON (The Northern Standard) — Two carriages came off the tracks near Kelsby"
        " Junction on Tuesday.\n\nThe train was carrying about 180 passengers, its operator, Pennine Vale"
        " Trains, said. In a statement, the company said it was \"deeply sorry\".\n\nNeither the branch nor"
        " Pennine Vale Trains would comment on the report."
    )
    found = [(a.speaker, a.cue) for a in result.attributions]
    assert found == [("Pennine Vale Trains", "said"), ("Pennine Vale Trains", "said")]


def test_a_wire_storys_update_notes_are_no_speakers_and_the_club_is_named(analyze_text):
    """Dev articles 305 and 307: "UPDATE, 11:50 a.m.: Police Chief Marcus Bell told reporters …" made
    "UPDATE" the speaker (and "UPDATE, 2:30 p.m.: St. Agnes … said" the time); "the club said" in a
    podcast about Dunmore Athletic is the club by its name; "the league" is a body."""
    result = analyze_text(
        "Explosion\n\nMILLBROOK, Nov. 4 (Midland Wire) — UPDATE, 2:30 p.m.: St. Agnes Regional Medical"
        " Center said eight of the injured were being treated there.\n\nUPDATE, 11:50 a.m.: Police Chief"
        " Marcus Bell told reporters at the scene that 12 people had been hurt.\n\nDunmore Athletic face a"
        " winding-up petition. The club said the petition was \"without merit\". The league said it was"
        " monitoring the situation."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found[0][0] == "St. Agnes Regional Medical Center"
    assert found[1] == ("Marcus Bell", "named_person")
    assert found[2] == ("Dunmore Athletic", "organization")
    assert found[3] == ("the league", "organization")


def test_a_feature_opening_on_her_words_names_her_after_and_an_answer_with_a_colon(analyze_text):
    """Dev articles 304 and 301: a feature that opens on "“…,” she says" and names her three paragraphs
    later ("Carol Haworth is 58 and a loom tuner") credits her, not a vague "she"; a print Q&A's
    answer "A. Mostly from what goes down our drains: fibres …" is an answer, though its first words
    before the colon look like a label."""
    result = analyze_text(
        "Mill\n\nORRELL BRIDGE — “You stop hearing the looms after the first year,” she says. “I’ve been"
        " feeling them for 36 years.\n\n“My mum worked here, and her sister.\n\n“Now there’s 212 of us.”"
        "\n\nCarol Haworth is 58 and a loom tuner. The mill will close on 19 December."
    )
    assert {a.speaker for a in result.attributions} == {"Carol Haworth"}
    result = analyze_text(
        "Q&A\n\nBen Ode talks to the soil scientist Nadia Kerrigan.\n\nQ. How much plastic is there?\n\nA."
        " About 3,000 particles a kilogram.\n\nQ. Where is it coming from?\n\nA. Mostly from what goes down"
        " our drains: fibres from washing clothes, bits of tyre.\n\nQ. Thank you."
    )
    answers = [result.text[a.content_start : a.content_end] for a in result.attributions if a.cue == "A"]
    assert answers == [
        "About 3,000 particles a kilogram.",
        "Mostly from what goes down our drains: fibres from washing clothes, bits of tyre.",
    ]


def test_a_name_given_a_critic_of_a_paper_and_another_who_replied(analyze_text):
    """Dev articles 300 and 302: "Another supporter, who gave his name only as Dave, said …" (the parser
    hung "only as Dave" on "said") and "Another, who gave her name as Sian Petrakis, replied: …" are
    the names they gave; "Joanna Pettifer, restaurant critic of the Castlemere Courier, who described
    …" is the critic, not the paper."""
    result = analyze_text(
        "Row\n\nThe row began with a review by Joanna Pettifer, restaurant critic of the Castlemere Courier,"
        " who described the menu as “tired, overpriced and oddly joyless”.\n\nHundreds of people replied."
        " Another, who gave her name as Sian Petrakis, replied: “One bad night doesn’t cancel eleven"
        " years.”\n\nThe crowd booed. Another supporter, who gave his name only as Dave, said the team had"
        " “bottled it”."
    )
    assert [a.speaker for a in result.attributions] == ["Joanna Pettifer", "Sian Petrakis", "Dave"]


def test_a_court_that_was_told_and_a_report_read_to_it(analyze_text):
    """Dev article 293's first look (0.79): "Castlebridge Crown Court was told that …" is the evidence
    the court heard (vague, as "The court heard that …"), not a statement with no speaker; "According to
    a collision investigator’s report read to the court, …" (the parser gave "to" no object) is the
    report's."""
    result = analyze_text(
        "Sentencing\n\nConnor Blakey, 27, admitted the charge. Castlebridge Crown Court was told that Blakey"
        " had been watching a live match on a phone.\n\nAccording to a collision investigator’s report read"
        " to the court, the van was doing about 54mph on a road with a 60mph limit."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found[-2:] == [
        ("evidence heard by the court", "vague"),
        ("a collision investigator’s report", "document"),
    ]


def test_a_girl_in_a_clause_before_a_name_does_not_make_him_a_woman(analyze_text):
    """Dev article 268's first look (0.57, 0.71 last session): a neighbour's "Every Remembrance Sunday
    since I was a girl, Walter was at the war memorial" gave Walter Pilling the gender of "girl" (the
    noun before the comma read as his description), and every "he" in the obituary lost him."""
    result = analyze_text(
        "Obituary\n\nSTAINBY (Stainby Chronicle) - Tributes have been paid to Walter Pilling, who conducted"
        " the band for 38 years.\n\nPilling refused to let it fold. In an interview in 1993, he said: \"The"
        " pit was the reason for the band.\"\n\n\"Every Remembrance Sunday since I was a girl, Walter was at"
        " the war memorial with the band,\" said Joyce Ambler, a neighbour."
    )
    assert [a.speaker for a in result.attributions] == ["Walter Pilling", "Joyce Ambler"]


def test_your_company_in_a_hearing_is_the_witness_company(analyze_text):
    """Dev article 269 (0.80): the chair's "Your company told this committee in October that the problem
    was “limited to a small number of accounts”" was credited to a body called "Your company"; in a
    transcript's turn, "your company" (or "our company") is the company the hearing is about."""
    result = analyze_text(
        "Transcript\n\nSunil Patel, chief executive of Corvane Energy, gave evidence to MPs on Tuesday.\n\n"
        "CHAIR: Mr Patel, your company told this committee in October that the problem was “limited to a"
        " small number of accounts”. Was that true?\n\nPATEL: It was what we believed at the time."
    )
    told = next(a for a in result.attributions if a.cue == "told")
    assert (told.speaker, told.source_type) == ("Corvane Energy", "organization")


def test_the_four_page_document_is_the_memo_named_before_and_seen_by_is_no_author(analyze_text):
    """Dev article 323's first look (0.85): "a leaked government memo seen by Northgate Wire. The
    four-page document … says …" credited "the four-page document" (or a statement named earlier),
    where the students' key, and the reader, have the memo; and "seen by" made the news agency the
    memo's author ("memo from Northgate Wire"). A "document" with only words that describe it is the
    document the sentence before names; an agency that saw, obtained or read a document did not write it."""
    result = analyze_text(
        "Dam talks\n\nGREMONT (Northgate Wire) - The foreign ministry said in a statement that the talks were"
        " useful.\n\nThat position sits uneasily with a leaked government memo seen by Northgate Wire. The"
        " four-page document, dated Nov. 3, says the talks are \"unlikely to succeed\".\n\nA second memo"
        " obtained by Northgate Wire warns that farmers could lose a harvest."
    )
    found = [(a.speaker, a.source_type, a.cue) for a in result.attributions]
    assert ("a leaked government memo seen by Northgate Wire", "document", "says") in found
    assert ("a second memo obtained by Northgate Wire", "document", "warns") in found
    assert not any("from Northgate Wire" in speaker for speaker, _, _ in found)


def test_an_editorials_report_its_blurred_critics_a_ministers_allies_and_voters_described_by_a_view(
    analyze_text,
):
    """Dev articles 315 and 316 (first looks 0.72 and 0.82): "It describes …" after "It found that …,
    in some cases for months" was credited to "some cases" (a document word in the sentence before)
    rather than the report "it" stood for; "Some in the industry argue …" reported nothing; "Allies of
    the Home Secretary, Daniel Achterberg, insist …" was credited to the minister himself; and "MPs who
    no longer expect her to be leader" was a view reported, where it only says which MPs."""
    result = analyze_text(
        "Our view\n\nThe authority’s final report does not mince its words. It found that the company’s"
        " storm overflows spilled on at least 3,100 days last year that were never recorded, and that"
        " monitors at about one in five of its sites had been broken or switched off, in some cases for"
        " months. It describes Ashdale’s reporting as “unreliable at best” and concludes that the failures"
        " “appear to have been tolerated”.\n\nSome in the industry argue that a bigger fine would end up"
        " on bills.\n\nAllies of"
        " the Home Secretary, Daniel Achterberg, insist he is not on manoeuvres. MPs who no longer expect"
        " her to be leader are less willing to vote for difficult things.\n\nThe regulator blames the grid,"
        " which it expects to add £40 a year to bills."
    )
    found = [(a.speaker, a.source_type, a.cue) for a in result.attributions]
    assert ("the authority’s report", "document", "describes") in found
    assert ("some in the industry", "vague", "argue") in found
    assert [(s, t) for s, t, c in found if c == "insist"] == [("Allies of the Home Secretary", "vague")]
    assert not any(c == "expect" for _, _, c in found)
    assert ("the regulator", "organization", "expects") in found  # a view it holds of the grid


def test_a_council_meeting_a_named_group_a_report_by_a_named_officer_and_the_councils_spokesman(analyze_text):
    """Dev article 312's first look (0.76): "The Conservative group … said" was credited to the last
    group spoken of ("the Labour"); "The budget report by the council’s director of finance, Helen
    Garside, says …" to the officer, and its "It warns …" to the council; and "A council spokesman" was
    nobody's, where the story is about one council (the keys' "a spokesman for Eastmoor Borough Council")."""
    result = analyze_text(
        "Budget night\n\nEASTMOOR — Eastmoor Borough Council approved £11.2 million of cuts on Wednesday."
        " Cllr Sarah Whitlock, the Labour leader of the council, said there was no choice.\n\nThe budget"
        " report by the council’s director of finance, Helen Garside, says the savings are needed to stop"
        " reserves falling below £5 million. It warns that a further gap of about £8 million is likely to"
        " open up.\n\nThe Conservative group, which had tabled an alternative budget, said the"
        " administration had “chosen the easy cuts”.\n\nA council spokesman said the authority would “do"
        " everything it can” to avoid compulsory redundancies."
    )
    found = [(a.speaker, a.source_type, a.cue) for a in result.attributions]
    report = "the budget report by the council’s director of finance"
    assert [(s, t) for s, t, c in found if c in ("says", "warns")] == [(report, "document")] * 2
    assert ("the Conservative group", "organization", "said") in found
    assert ("a spokesman for Eastmoor Borough Council", "spokesperson", "said") in found


def test_a_police_rank_abbreviated_his_own_account_and_finding_a_thing(analyze_text):
    """Dev articles 337 and 332 (first looks 0.82 and 0.80): "DI Pennant said" after "Detective Inspector
    Laura Pennant" was a person called "DI Pennant"; "By his own account he started as a sceptic" was a
    document called "Marcus Oyelaran account", where it is the head teacher's own word; and in "I
    confiscated it at bedtime, she found it by breakfast" the daughter "found" the writer's clause."""
    result = analyze_text(
        "Missing\n\nDetective Inspector Laura Pennant, who is leading the search, said officers were"
        " worried.\n\n“Maisie is 16 and she has never done anything like this before,” DI Pennant said.\n\n"
        "I rang Marcus Oyelaran, head teacher of Hexley Park Academy. By his own account he started as a"
        " sceptic and ended up a convert.\n\nMy daughter got her first phone at 11. I confiscated it at"
        " bedtime, she found it by breakfast, and we have been negotiating terms ever since."
    )
    found = [(a.speaker, a.source_type, a.cue) for a in result.attributions]
    assert [s for s, _, c in found if c == "said"] == ["Laura Pennant"] * 2
    assert ("Marcus Oyelaran", "named_person", "By his own account") in found
    assert not any(c == "found" for _, _, c in found)


def test_a_senior_party_figure_is_a_person_not_a_figure_given(analyze_text):
    """Dev article 329's first look (0.83): "One senior Moderate figure, who asked not to be named, put
    it more bluntly: “…”" was typed a document (a "figure" as in "figures show"); a senior, leading or
    public figure, or one "who" does something, is a person, here one kept anonymous."""
    result = analyze_text(
        "Results night\n\nThe mood at Moderate headquarters is grim.\n\nOne senior Moderate figure, who asked"
        " not to be named, put it more bluntly: “We fought the wrong campaign.”\n\nFigures from the"
        " electoral commission show that turnout fell."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert ("One senior Moderate figure", "anonymous") in found
    assert any(t == "document" and s.lower().startswith("figures") for s, t in found)


def test_a_man_the_writer_gives_a_name_to_stays_anonymous(analyze_text):
    """Dev article 334's first look (0.50): "Last month I met a man I will call Daniel, who has slept
    in a stairwell …. He thinks he was missed …. “…,” he told me." credited the academic quoted two
    paragraphs before, or a person named Daniel; the writer's name for someone kept anonymous is that
    anonymous man, and "he" after him is him."""
    result = analyze_text(
        "Column\n\nProfessor Imran Sethi has argued for years that the count is wrong. “It tells you"
        " least about the people who are hardest to find,” he told me this week.\n\nLast month I met a man I"
        " will call Daniel, who has slept in a stairwell since March. He thinks he was missed on count"
        " night.\n\n“If you’re on a bus, you’re not on a list,” he told me.\n\nDaniel asked me whether"
        " the figures would make any difference to him."
    )
    found = [(a.speaker, a.source_type, a.cue) for a in result.attributions]
    daniel = ("a man the writer calls Daniel", "anonymous")
    assert [(s, t) for s, t, _ in found] == [("Imran Sethi", "named_person")] * 2 + [daniel] * 3


def test_a_live_blog_names_its_data_company_and_the_union_and_where_a_leader_spoke(analyze_text):
    """Dev article 320's first look (0.87): "according to the traffic data company RouteWise" was
    credited to "the Carrbridge" (the last company spoken of), "according to the union" to the
    operators' association (a union may be an association, but this one is called a union), and
    "Speaking on the picket line …, Bernadette Hollins said …" reported the picket line."""
    result = analyze_text(
        "Rail strike live\n\nTrain drivers are on strike today.\n\n17:40 — Correction: members of the"
        " Rail and Transport Staff Union voted 81% in favour.\n\n16:20 — The Rail Operators’ Association"
        " said its offer was fair. The Rail Operators’ Association added that talks could resume.\n\n14:10 —"
        " Speaking on the picket line outside Carrbridge Street depot, Bernadette Hollins said the offer"
        " was “a pay cut”.\n\n10:25 — Journey times on the Carrbridge ring road were about 40% longer,"
        " according to the traffic data company RouteWise.\n\n09:15 — The strike was called after members"
        " voted 81% in favour of action, according to the union."
    )
    found = [(a.speaker, a.cue) for a in result.attributions]
    assert ("RouteWise", "according to") in found
    assert ("the Rail and Transport Staff Union", "according to") in found
    assert [c for s, c in found if s == "Bernadette Hollins"] == ["said"]


def test_a_live_blogs_time_run_into_one_word_is_nobody(analyze_text):
    """Dev article 331's first look (0.88): "12.40pm – A friend of Pike's family, who did not want to
    be named, said …" was credited to "12.40pm" (the parser made the post's time, one token, a second
    subject of "said"); the friend kept anonymous said it."""
    result = analyze_text(
        "Verdict live\n\n12.40pm – A friend of Pike's family, who did not want to be named, said outside the"
        " courtroom that he was \"not the monster people will read about\".\n\n11.00am – The jury retired."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert len(found) == 1 and found[0][1] == "anonymous" and "friend" in found[0][0]


def test_a_description_set_before_she_is_her(analyze_text):
    """Dev article 333's first look (0.85): "Jill Brandeis has heard all this before. An economist at
    Tillman College, she has studied stadium deals …, and she told me …" credited "an economist at
    Tillman College" (anonymous), the description the parser made a second subject; it is Brandeis."""
    result = analyze_text(
        "Column\n\nJill Brandeis has heard all this before. An economist at Tillman College, she has studied"
        " stadium deals in 30 cities, and she told me she has yet to find one that paid for itself."
        " \"There's no real disagreement in my field,\" she said."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found == [("Jill Brandeis", "named_person")] * 2


def test_speaking_of_a_topic_after_said_is_still_what_he_spoke_of(analyze_text):
    """PolNeAR dev (a cue lost by the rule for "Speaking on the picket line, … said"): in "“…,” said
    Caddell, speaking of Clinton's health issue." the participle after "said" says what he spoke of."""
    result = analyze_text("“This is in their minds,” said Caddell, speaking of Clinton's health issue.")
    assert "speaking" in [a.cue for a in result.attributions]


def test_a_name_introduced_as_a_charity_is_the_charity_in_later_paragraphs(analyze_text):
    """Dev article 401 (0.71): "the charity Carers Compass" (the model tags only "Compass", and as a
    person) and then, paragraphs later, "Carers Compass said …" was a named person; a body introduced
    by what it is stays that body, and "the charity" after it is the charity by name."""
    result = analyze_text(
        "Survey\n\nYoung carers are missing school, according to a survey published today by the charity"
        " Carers Compass.\n\nThe charity says a national card would help.\n\nCarers Compass said the change"
        " would cost schools little."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions if a.kind != "according_to"]
    assert found == [("Carers Compass", "organization")] * 2


def test_asking_the_question_again_is_no_statement(analyze_text):
    """Dev article 401: "up from 17% when the charity last asked the question in 2023" reported the
    charity saying "the question"; asking a question names no words said."""
    result = analyze_text(
        "Survey\n\nOne in four had gone without a meal, up from 17% when the charity last asked the question"
        " in 2023."
    )
    assert [a.cue for a in result.attributions] == []


def test_according_to_closing_a_sentence_covers_its_coordinated_clauses(analyze_text):
    """Dev article 401: in "Young carers are missing school, skipping meals and losing sleep as rising
    living costs put their families under growing strain, according to a survey …" the parser makes
    "put" a clause coordinated with the rest, and the survey's claim began at "skipping"; the phrase
    covers the sentence. After a "but" it covers only its own clause (the writer sets a fact against
    the sources')."""
    result = analyze_text(
        "Survey\n\nYoung carers are missing school, skipping meals and losing sleep as rising living costs"
        " put their families under growing strain, according to a survey published today by a charity."
        "\n\nHarwick Albion have rejected a bid of around £38 million from Caldermoor United for their top"
        " scorer Leon Castellano, but the 24-year-old is prepared to hand in a transfer request if the clubs"
        " cannot agree a fee, according to sources close to the player."
    )
    survey, sources = [content(result, a) for a in result.attributions if a.kind == "according_to"]
    assert survey.startswith("Young carers are missing school, skipping meals")
    assert sources.startswith("the 24-year-old is prepared")


def test_she_after_a_boiler_and_a_bill_is_the_woman(analyze_text):
    """Dev article 422's first look (0.62): "Leanne, 34, works … She first used a food bank in November,
    after a broken boiler and a backdated energy bill left her with £11 …. “…,” she said" credited
    "a broken boiler and a backdated energy bill" (a word ending like "teacher" taken for one unnamed
    person); things are nobody, and "she" is Leanne."""
    result = analyze_text(
        "Survey\n\nLeanne, 34, works 25 hours a week as a care assistant in Marbury and has two children."
        " She first used a food bank in November, after a broken boiler and a backdated energy bill left"
        " her with £11 to last a fortnight.\n\n“I kept telling myself it was for other people,” she said."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("Leanne", "named_person")]


def test_the_charity_is_the_network_the_release_is_from(analyze_text):
    """Dev article 422's first look: "the Larder Network" was a person ("Larder Network is urging …",
    "Larder Network said …") and "The charity … found" no one named; a network is a body, and the
    charity is the network."""
    result = analyze_text(
        "Survey\n\nMore working people are turning to food banks, according to a survey published today by"
        " the Larder Network.\n\nThe charity estimates that 40,000 households a month are pushed to a food"
        " bank by deductions alone. The Larder Network said the fund was welcome."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions if a.kind != "according_to"]
    assert found == [("the Larder Network", "organization")] * 2


def test_a_sketchs_generic_minister_is_not_the_minister_it_names_next(analyze_text):
    """Dev article 415's first look (0.50): a sketch opens "A minister who comes to the Commons to make
    a statement about a crisis wants one of two things" and then names "Gideon Marchbank, the water
    minister"; every later "the minister" (and "he") was that generic minister, an anonymous source
    (and "The crisis was …" was taken for him too, for the word "crisis" in his description)."""
    result = analyze_text(
        "Sketch\n\nA minister who comes to the Commons to make a statement about a crisis wants one of two"
        " things. Gideon Marchbank, the water minister, arrived yesterday hoping to manage both.\n\nThe"
        " crisis was Severnmoor Water. The minister read his statement for 11 minutes. He said the"
        " government had acted \"swiftly and decisively\".\n\n\"It is a simple question,\" the minister"
        " replied."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found == [("Gideon Marchbank", "named_person")] * 2


def test_found_in_a_state_is_seen_not_reported(analyze_text):
    """Dev article 415: "“Order,” said the Speaker, Dame Harriet Colquhoun, in the tone of a headmistress
    who has found the staffroom biscuits gone. “…”" made "has found" a cue of the headmistress, who
    then took the Speaker's next quotation; a thing found gone is seen, not a finding (while "found
    it “not workable”" stays what was said)."""
    result = analyze_text(
        "Sketch\n\n\"Order,\" said the Speaker, Dame Harriet Colquhoun, in the tone of a headmistress who"
        " has found the staffroom biscuits gone. \"The honourable member knows that word is not used in"
        " this House. He will withdraw it.\"\n\nThe senator said the state had studied the idea and found"
        " it \"not workable at this time\"."
    )
    found = [(a.speaker, a.cue) for a in result.attributions]
    assert found[:2] == [("Harriet Colquhoun", "said")] * 2
    assert "not workable" in content(result, result.attributions[-1])


def test_a_double_barrelled_name_tagged_a_building_is_a_person(analyze_text):
    """Dev article 415: "Rhodri Vaughan-Ellis, the member for Severnside South," (tagged a facility by
    the model) asked a question as "Rhodri Vaughan", half his surname lost."""
    result = analyze_text(
        "Sketch\n\nRelief arrived in the shape of Rhodri Vaughan-Ellis, the member for Severnside South, who"
        " has never asked a difficult question. He asked whether the minister agreed that \"customers must"
        " come first\"."
    )
    assert [a.speaker for a in result.attributions] == ["Rhodri Vaughan-Ellis"]


def test_asking_not_to_print_a_name_says_nothing(analyze_text):
    """Dev article 419: "a father of three who asked me not to print his name" was the father saying
    "not to print his name"; like "asked not to be named", it is the terms of his anonymity."""
    result = analyze_text(
        "Column\n\nThe email came from a Westcote reader, a father of three who asked me not to print his"
        " name. A walker who raised the alarm, and who asked us not to use her name, was unhurt."
    )
    assert not result.attributions


def test_the_charity_is_the_alliance_that_wants_it(analyze_text):
    """Dev article 419: "the Children's Poverty Alliance … The charity wants …. It says …" stayed "the
    charity"; a charity may be named an alliance."""
    result = analyze_text(
        "Column\n\nIfeoma Braithwaite runs the Tarrow office of the Children's Poverty Alliance. The charity"
        " says the new rules should cover academies from the start."
    )
    assert [a.speaker for a in result.attributions] == ["the Children's Poverty Alliance"]


def test_the_swede_and_the_scot_are_the_coaches_who_spoke_before(analyze_text):
    """Dev article 409's first look (0.74): a cup-final live blog's "The Swede said he would be writing
    to the board" (tagged a people: an organization "Swede") and "The Scot, who took over at Town in
    2023, said …" (tagged a person "Scot") after "“…,” the Town boss said." are the coaches who spoke
    just before, described by nationality."""
    result = analyze_text(
        "Final\n\n“I have never seen a penalty given for that,” Jonas Ekdahl said.\n\nThe Swede said he"
        " would be writing to the board.\n\nEilidh MacRae was asked about the penalty before she had sat"
        " down.\n\n“I haven’t seen it back,” the Town boss said. “We were the better side.”\n\nThe Scot, who"
        " took over at Town in 2023, said the win was for supporters."
    )
    said = [(a.speaker, a.source_type) for a in result.attributions if a.kind == "indirect"]
    assert said == [("Jonas Ekdahl", "named_person"), ("Eilidh MacRae", "named_person")]


def test_a_name_the_model_ran_into_the_verb_after_it_ends_capitalised(analyze_text):
    """Dev article 409: a match report's "Eze lashes a half-volley past Sakura Ito" (tagged the person
    "Eze lashes a") made "Eze lashes a" the speaker of "Chidinma Eze"'s words."""
    result = analyze_text(
        "Final\n\nSaltcombe won with a late winner from 19-year-old Chidinma Eze.\n\nBrennan’s long ball is"
        " flicked on by Mia Castellanos, and Eze lashes a half-volley past Sakura Ito from about 18"
        " yards.\n\n“I just closed my eyes and hit it,” Eze said."
    )
    assert [a.speaker for a in result.attributions] == ["Chidinma Eze"]


def test_it_after_a_clause_on_a_company_is_the_company(analyze_text):
    """Dev article 413's first look (0.75): "Harrowdale is one of the emptiest corners of England. When
    Pennine Rider withdrew the 84 service that year, it said …" credited the dale; "it" is the company
    of the clause before it in its own sentence (a name the model tagged a person, which "it" is not)."""
    result = analyze_text(
        "Feature\n\nHarrowdale is one of the emptiest corners of northern England: some 2,300 people"
        " scattered across eleven villages and hamlets, with the nearest hospital in Kelderby. When Pennine"
        " Rider withdrew the 84 service that year, it said the route had been losing money for a decade."
        " Pennine Rider did not respond to a request for comment this week."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("Pennine Rider", "organization")]


def test_a_woman_described_then_her_name_is(analyze_text):
    """Dev article 413: "“I would be in a home,” says the woman in the front seat …. ¶ Her name is Doreen
    Ashworth." was "the woman at the wheel" (the driver, described paragraphs before); a woman described
    in a place of her own is someone else, and "Her name is …" names her."""
    text = (
        "Feature\n\nThe first bus of the day pulls into the square, and the woman at the wheel has been up"
        " since five.\n\n“I would be in a home,” says the woman in the front seat, a shopping trolley"
        " wedged against her knees."
    )
    result = analyze_text(text)
    assert [a.speaker for a in result.attributions] == ["the woman in the front seat"]
    result = analyze_text(text + "\n\nHer name is Doreen Ashworth. She is 84.")
    assert [a.speaker for a in result.attributions] == ["Doreen Ashworth"]


def test_says_the_gp_is_the_doctor_introduced_as_a_gp(analyze_text):
    """Dev article 431's first look (0.69): "“…,” says the GP, who moved to Kilmorna from Kraków in 2009"
    after "Dr Tomasz Wielgosz, a GP at Kilmorna Medical Centre, says …" was an organization "GP" (the
    model tags the acronym a body); a GP is a person, the one introduced as one."""
    result = analyze_text(
        "Feature\n\nDr Tomasz Wielgosz, a GP at Kilmorna Medical Centre, says the clinic has sent him at"
        " least a dozen babies.\n\n“She has an eye that no chart gives you,” says the GP, who moved to"
        " Kilmorna from Kraków in 2009."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found == [("Tomasz Wielgosz", "named_person")] * 2


def test_he_is_not_his_own_father_nor_the_farm(analyze_text):
    """Dev article 432's first look (0.69): "Her son, Joe Ellwood, 44, does the paperwork now. He …
    came home in 2013, a year after his father, Tom, was killed …. “…,” he says" credited Tom, the
    father of "he"; and "High Skellgill runs to about 420 hectares" made the farm a person, whom a
    later "She says" took for the mother."""
    result = analyze_text(
        "Feature\n\nRuth Ellwood was out on the fell at half past five this morning.\n\nHer son, Joe Ellwood,"
        " 44, does the paperwork now. He left High Skellgill at 18 and came home in 2013, a year after his"
        " father, Tom, was killed when his quad bike overturned.\n\n\"I said I'd come for six months,\" he"
        " says.\n\nHigh Skellgill runs to about 420 hectares and carries 900 ewes. He wants to take 300 ewes"
        " off the fell. She says the fell needs sheep on it to stay a fell."
    )
    assert [a.speaker for a in result.attributions] == ["Joe Ellwood", "Ruth Ellwood"]


def test_told_this_programme_they_had_learned_of_it(analyze_text):
    """Dev article 440's first look (0.74): "several tenants told this programme they had learned of it
    from a letter" was no report (the parser hung the clause on "programme", as if a relative clause);
    a clause whose prepositions all have their objects lacks nothing, so it is what they told."""
    result = analyze_text(
        "Transcript\n\nThe news blindsided residents: several tenants told this programme they had learned"
        " of it from a letter pushed under their doors."
    )
    assert [(a.speaker, a.cue) for a in result.attributions] == [("several tenants", "told")]


def test_the_council_leader_is_the_councils_leader_named_before(analyze_text):
    """Dev article 440: "the council's leader, Cllr Farida Haidari" and later "the council leader says
    …" was a vague title; the body a leader is of (a possessive) describes her as well as a compound."""
    result = analyze_text(
        "Transcript\n\nPresenter Callum Doherty put those complaints to the council's leader, Cllr Farida"
        " Haidari.\n\nLater the council leader says every tenant will be offered a home."
    )
    assert [a.speaker for a in result.attributions] == ["Farida Haidari"]


def test_descriptions_after_a_paragraph_about_the_person(analyze_text):
    """Dev article 435's first look (0.78): "“…,” says the 70-year-old, who now lives in a bungalow …"
    after a paragraph ending "Nobody offered to buy it …, and in January 2025 he told the parish council
    he would close" (the report in the clause joined to the sentence's own), and "“…,” says the
    grandmother of four" after "Brenda Kowalczyk, 74, has done the Tuesday shifts …. She had never worked
    in a shop." (a paragraph all about her) stayed descriptions; they are Derek Pilling and Brenda
    Kowalczyk."""
    result = analyze_text(
        "Feature\n\nDerek Pilling ran the shop with his wife from 1993. He put it up for sale in 2024."
        " Nobody offered to buy it as a going concern, and in January 2025 he told the parish council he"
        " would close at the end of May.\n\n\"I didn't want to be the man who shut the shop,\" says the"
        " 70-year-old, who now lives in a bungalow behind the church.\n\nBrenda Kowalczyk, 74, has done the"
        " Tuesday and Friday morning shifts since the day it reopened. She had never worked in a shop.\n\n"
        "\"Before, if I ran out of milk I'd get the bus into Wendleford,\" says the grandmother of four,"
        " stacking bread rolls into a crate."
    )
    direct = [a.speaker for a in result.attributions if a.kind == "direct"]
    assert direct == ["Derek Pilling", "Brenda Kowalczyk"]


def test_the_sfo_and_the_group_are_the_bodies_named_in_full(analyze_text):
    """Dev article 441's first look (0.81): "The SFO said …" after "the Serious Fraud Office (SFO)" kept
    the acronym (while "The MP for Wraxton" is no "Marrowdale Police"), and "The group, which has around
    400 members, is calling for …" after "the Greenhollow Investors Action Group" was the company the
    story is about, Greenhollow Capital."""
    result = analyze_text(
        "Verdict\n\nThe Serious Fraud Office (SFO), which brought the case, says 1,100 people invested."
        " Adrian Lisowski founded Greenhollow Capital.\n\nThe SFO said it would now seek a confiscation"
        " order.\n\nFolasade Bankole, who coordinates the Greenhollow Investors Action Group, said the"
        " verdicts were bittersweet.\n\nShe was scathing about the regulator. The group, which has around"
        " 400 members, says ministers must act."
    )
    speakers = [a.speaker for a in result.attributions]
    assert speakers == [
        "the Serious Fraud Office", "the Serious Fraud Office", "Folasade Bankole",
        "the Greenhollow Investors Action Group",
    ]


def test_the_centre_calculates_that(analyze_text):
    """Dev article 427: "The centre calculates that the Alliance’s pledges would cost around £14bn a
    year" (after "The Fiscal Policy Centre, an independent think tank, has published its verdict")
    reported nothing: an expert's stated calculation is a cue, as "estimates that" is."""
    result = analyze_text(
        "Live\n\nThe Fiscal Policy Centre, an independent think tank, has published its verdict on the"
        " parties' spending plans. The centre calculates that the Alliance’s childcare pledges would cost"
        " around £14bn a year."
    )
    assert [(a.speaker, a.cue) for a in result.attributions] == [("the Fiscal Policy Centre", "calculates")]


def test_the_embattled_minister_is_the_one_minister_named(analyze_text):
    """Dev article 430's first look (0.86): "The embattled minister told parliament …" after "Justice
    Minister Élodie Marchetti" stayed a vague title (no one was introduced as "embattled"); the one
    person the article gives the title is her, whatever else describes her."""
    result = analyze_text(
        "Escape\n\nIn a statement, the ministry said Justice Minister Élodie Marchetti had ordered an"
        " inquiry.\n\nThe embattled minister told parliament on Wednesday that she would not resign."
    )
    assert ("Élodie Marchetti", "told") in [(a.speaker, a.cue) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated given name the model read as a body's name: the person, in full
        ("Marie-Claude Thibodeau, a mother of two in Port Alden, said the findings rang true.",
         [("Marie-Claude Thibodeau", "named_person", "said")]),
        # a thing in a small clause under "want" ("pointed" tagged a past tense) is nobody "she" stands for
        ("Fatima Zahra Bennani, principal analyst at Crestline Insights, was more cautious. Display glasses"
         " had failed before because people did not want a camera pointed at them across the dinner table,"
         " she said.",
         [("Fatima Zahra Bennani", "named_person", "said")]),
        # a name and its description both hung on "ground": the name speaks
        ("Outside the ground, Gurpreet Sandhu, a season-ticket holder for 30 years, said the coin-thrower"
         " had ‘embarrassed every one of us’.",
         [("Gurpreet Sandhu", "named_person", "said")]),
        # "found to have thrown" is a passive: no finding, and the club's statement runs to its end
        ("Stainforth Town said in a statement that the club was working with police and that any supporter"
         " found to have thrown an object would be banned for life.",
         [("Stainforth Town", "organization", "said in a statement")]),
        # a document named by its own words, spaced as written
        ("Untreated sewage is the main source of pollution, according to a hard-hitting report published"
         " today by the Wendle Rivers Trust.",
         [("a hard-hitting report published today by the Wendle Rivers Trust", "document", "according to")]),
    ],
)
def test_a_hyphenated_given_name_a_camera_a_ticket_holder_and_a_passive_found(analyze_text, text, expected):
    """Dev articles 450, 462, 468 and 469's first looks."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected
    if "Stainforth" in text:
        assert result.text[: result.attributions[0].content_end].endswith("banned for life")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a poll "had", "showed" or "has shown": a figure or a standing in a small clause
        ("A Lakeshore University poll released Tuesday had Attorney General Camila Restrepo at 47%.",
         [("document", "had", "Attorney General Camila Restrepo at 47%")]),
        ("A Halvorsen College poll released Thursday showed Nita Mehta-Rosen with 47% support.",
         [("document", "showed", "Nita Mehta-Rosen with 47% support")]),
        ("Public polls have consistently shown Hank Delacroix trailing among those voters.",
         [("document", "have consistently shown", "Hank Delacroix trailing among those voters")]),
        # the group the lede counts is the group later said to speak on condition of anonymity
        ("Talks have stalled, three diplomats involved in the negotiations said on Friday.\n\nThe"
         " diplomats, who spoke on condition of anonymity, said the delegations remained far apart.",
         [("anonymous", "said", "Talks have stalled"),
          ("anonymous", "said", "the delegations remained far apart")]),
        # asking the court not to publish his name is anonymity's terms, not a statement
        ("Another victim, a retired schoolteacher who asked the court not to publish his name, said in his"
         " statement that he had gone back to work.",
         [("anonymous", "said in his statement", "he had gone back to work")]),
    ],
)
def test_what_polls_had_and_showed_a_group_anonymous_later_and_a_name_kept_back(analyze_text, text, expected):
    """Dev articles 446, 448, 455 and 457's first looks."""
    result = analyze_text(f"Story\n\n{text}")
    found = [(a.source_type, a.cue, content(result, a)) for a in result.attributions]
    assert found == expected


def test_as_he_puts_it_before_a_quotation_credits_the_quoted_words(analyze_text):
    """Dev article 459: "felt, as he puts it, "like somebody had kicked me …"": what he put so is the
    quotation, not all the sentence tells."""
    result = analyze_text(
        "Profile\n\nIvo Markovic did not finish his last match. In the 88th minute, he pushed off to reach a"
        ' cross and felt, as he puts it, "like somebody had kicked me in the back of the leg". Nobody had.'
    )
    found = only(result)
    assert (found.speaker, found.cue) == ("Ivo Markovic", "puts it")
    assert content(result, found) == "like somebody had kicked me in the back of the leg"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "she began" tags the question that opens her turn; "began to …", "began taking …" report nothing
        ("The Leader of the Opposition, Yasmin Thorogood, had six questions.\n\n“Can the Prime Minister tell"
         " the House what his railway costs?” she began. The new unit began taking patients in May.\n\n“Then"
         " let me help him,” the Leader of the Opposition said.",
         [("Yasmin Thorogood", "named_person", "began"), ("Yasmin Thorogood", "named_person", "said")]),
        # "Clarice Wedderburn", tagged a body, is the "Mrs Wedderburn" who speaks; "he" is her son
        ("At half past seven, Clarice Wedderburn is already on her knees.\n\n\"People think you come here for"
         " the vegetables,\" says Mrs Wedderburn, who turned 90 in March.\n\nHer son, Desmond Wedderburn, 64,"
         " drives over twice a week.\n\n\"Mum would be down here every day if we let her,\" he says.",
         [("Clarice Wedderburn", "named_person", "says"), ("Desmond Wedderburn", "named_person", "says")]),
    ],
)
def test_a_question_she_began_a_leader_by_office_and_a_titled_surname(analyze_text, text, expected):
    """Dev articles 480 and 491's first looks."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # letters after a name ("KC"), the model's places: the barrister, by name
        ("In his opening speech last week, Hugh Templeman KC, for the claimant, told the court that his"
         " client had been the target of “a campaign, not journalism”.",
         [("Hugh Templeman", "named_person", "told")]),
        # "put it to him that …": the barrister's suggestion; "replied a few minutes later that" a clause
        # with a past perfect or a progressive is finite, hung on the verb after a phrase of time
        ("Ms Adaeze Okafor put it to him that he had lied to the court.",
         [("Adaeze Okafor", "named_person", "put it")]),
        ("Skarne County Police replied a few minutes later that rescue crews were “working down the pass”.",
         [("Skarne County Police", "organization", "replied")]),
        # "put it … when I asked her" holds no clause of hers
        ("Amira Haddad, whose son is ill, put it more sharply when I asked her about it last week.", []),
    ],
)
def test_a_barrister_before_his_letters_a_suggestion_put_and_a_reply(analyze_text, text, expected):
    """Dev articles 420, 449 and 488."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


def test_an_introduction_whose_guest_was_known_speaks_to_the_correspondent(analyze_text):
    """Dev article 478: "Philippa Oduya-Marchetti, who retired …, was known at the Bar for … She spoke to
    our legal affairs correspondent, Dominic Szabo.": she answers, he asks (her name was the subject of a
    passive)."""
    result = analyze_text(
        "Q&A\n\nPhilippa Oduya-Marchetti, who retired last summer, was known at the Bar for her blunt"
        " sentencing remarks. She spoke to our legal affairs correspondent, Dominic Szabo.\n\n"
        "Q: How often did juries get it wrong?\n\nA: Less often than people imagine."
    )
    assert [(a.speaker, a.cue) for a in result.attributions] == [
        ("Dominic Szabo", "Q"),
        ("Philippa Oduya-Marchetti", "A"),
    ]


def test_a_coxswain_named_after_his_description_and_a_spokeswoman_for_the_institution(analyze_text):
    """Dev article 479's first look: "“…,” says coxswain Ewan Tregarthen" (the parser read "coxswain" as
    a verb, and the opening quotation had no speaker), "the coxswain says" paragraphs later, and "A
    spokeswoman for the institution" after "the Coastal Rescue Institution’s annual figures"."""
    result = analyze_text(
        "Feature\n\nPOLVENTON — “The pager goes and you’re out of the door before you’ve read it,” says"
        " coxswain Ewan Tregarthen, who has commanded the lifeboat since 2014.\n\nThe crew launched 38"
        " times last year, according to the Coastal Rescue Institution’s annual figures.\n\nA spokeswoman"
        " for the institution said no decision had been taken.\n\nThe boat is 25 years old. It was built"
        " in Cowes.\n\n“We’re not heroes,” the coxswain says."
    )
    found = [(a.speaker, a.cue) for a in result.attributions if a.source_type != "document"]
    assert found == [
        ("Ewan Tregarthen", "says"),
        ("a spokeswoman for the Coastal Rescue Institution", "said"),
        ("Ewan Tregarthen", "says"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's leader described right after the sentence that names him speaking
        ("Tariq Benhaddou has spoken to supporters in Port Ardmuir. In a speech lasting almost 20 minutes,"
         " the New Democrat leader promised a “government for the whole country”.",
         [("Tariq Benhaddou", "named_person", "promised")]),
        # "the homelessness charity Open Hearth" (tagged a person) is the charity "the charity" stands for
        ("The homelessness charity Open Hearth has warned that the country is “sleepwalking” into a crisis."
         "\n\nSome families have waited five years, the charity said.",
         [("Open Hearth", "organization", "has warned"), ("Open Hearth", "organization", "said")]),
        # a bare "A spokeswoman" after the body the writer asked, named by its noun or by its name
        ("I asked the education ministry whether schools would get extra money. A spokeswoman said the"
         " minister would look closely at the study.",
         [("a spokeswoman for the education ministry", "spokesperson", "said")]),
        ("Westrith County Council runs the buses. I asked the council why the route was cut. A spokeswoman"
         " said the assessment had followed national guidance.",
         [("a spokeswoman for Westrith County Council", "spokesperson", "said")]),
    ],
)
def test_a_leader_described_a_charity_by_its_noun_and_a_spokeswoman_for_the_body_asked(
    analyze_text, text, expected
):
    """Dev articles 470, 482 and 487's first looks, and 153."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The retired engineer" with the words "Dhruv Menon, 61, a retired marine engineer," introduced
        ("Lucía Ferreyra, a 34-year-old teacher, and Dhruv Menon, 61, a retired marine engineer, spotted the"
         " smudge.\n\nMenon built the telescope himself. It is a remarkable feat.\n\nThe retired engineer"
         " said the pair had sent their measurements within hours.",
         [("Dhruv Menon", "named_person", "said")]),
        # "calling itself NightQuill" is a name it goes by; "an agency spokesperson" speaks for the agency
        ("A ransomware group calling itself NightQuill has claimed responsibility. The National Cyber"
         " Resilience Agency says it is investigating.\n\nAn agency spokesperson said it was too early to say"
         " who was behind the attack.",
         [("a ransomware group calling itself NightQuill", "organization", "has claimed"),
          ("the National Cyber Resilience Agency", "organization", "says"),
          ("a spokesperson for the National Cyber Resilience Agency", "spokesperson", "said")]),
    ],
)
def test_a_retired_engineer_a_group_calling_itself_and_an_agency_spokesperson(analyze_text, text, expected):
    """Dev articles 471 and 490's first looks."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "interrupted to ask:" is the judge's question; "“…,” he said" after "put it to him that Mr
        # Stanmore …" is the man it was put to, not the man the point names
        ("The judge, Mr Justice Lorcan Fitzmaurice, interrupted to ask: “Then who did you owe a drink,"
         " Mr Wrenfield?”\n\nThe developer, Tobias Wrenfield, bristled as Ms Okafor put it to him that"
         " Mr Stanmore had joined his company four months later.\n\n“That was a perfectly proper"
         " appointment,” he said.",
         [("Lorcan Fitzmaurice", "named_person", "interrupted to ask"), ("Okafor", "named_person", "put it"),
          ("Tobias Wrenfield", "named_person", "said")]),
        # "interrupt" tags a quotation or opens one; interrupting a meeting says nothing
        ("Protesters interrupted the meeting twice.\n\n“Who pays for it?” the chairwoman, Ines Achterberg,"
         " interrupted. The mayor interrupted: “Let me finish.”",
         [("Ines Achterberg", "named_person", "interrupted"), ("the mayor", "vague", "interrupted")]),
    ],
)
def test_a_judge_interrupting_to_ask_and_the_one_a_point_was_put_to(analyze_text, text, expected):
    """Dev article 488."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-sentence lede's description, named with his age at the start of the next paragraph; "the
        # defendant" is the one who denies the charge (his plea itself no statement); "Cross-examining
        # him," is no subject
        ("A delivery driver accused of killing a cyclist has told a jury he was “checking the sat-nav, not"
         " texting”.\n\nLiam Thackeray, 29, of Orchard Rise, denies causing death by dangerous driving.\n\n"
         "Opening the case, prosecutor Rebecca Onyango said the road was straight.\n\nAsked about the"
         " message, the defendant said he had read it while parked.\n\nCross-examining him, the prosecutor"
         " said phone data showed the message had been opened.",
         [("Liam Thackeray", "named_person", "has told"),
          ("Rebecca Onyango", "named_person", "said"), ("Liam Thackeray", "named_person", "said"),
          ("Rebecca Onyango", "named_person", "said")]),
        # (a guard, as before: the defendant named with his age after the lede is not its witness)
        ("A former bookkeeper told a jury on Monday that the owner of a haulage firm ordered her to shred"
         " logbooks.\n\nGareth Pell, 58, the founder of Pell Freight, denies six counts of fraud.",
         [("a former bookkeeper", "anonymous", "told")]),
        # "he added" after "Hamish Baptiste said a pilot … had shown that …": the minister, not the pilot
        ("Minister for Home Energy Hamish Baptiste said a pilot in Easterholme last winter had shown that"
         " most upgrades were completed in three days.\n\n“We’ve made this as simple as possible,” he added.",
         [("Hamish Baptiste", "named_person", "said"), ("Hamish Baptiste", "named_person", "added")]),
        # given names alone the model reads as bodies: "Gemma and Rafał, who live …"; "Hyun-woo Baek"
        ("Gemma and Rafał, who live with their three children in Easterholme, were among 1,140 households."
         "\n\nRafał, who works nights, said the fitters had been quick.\n\nHyun-woo Baek, a trade economist"
         " at the Alvarado Centre, said both governments had promised too much.",
         [("Rafał", "named_person", "said"), ("Hyun-woo Baek", "named_person", "said")]),
    ],
)
def test_a_lede_named_next_paragraph_the_defendant_and_given_names_read_as_bodies(
    analyze_text, text, expected
):
    """Dev articles 500, 514 and 518's first looks."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


def test_according_to_before_a_consequence_and_a_report_by_its_title(analyze_text):
    """Dev article 513's first look: "…, according to a report, prompting the trust to warn that …" gives
    the report the clause before and the trust its warning; a report with a title of its own keeps it
    ("published by" a department); "Farmers' unions say" are any such unions."""
    text = (
        "Story\n\nFarmland birds have fallen to their lowest level since monitoring began, according to a"
        " government report published today, prompting the Skylark Trust to warn that payments are \"not"
        " reaching the places that need them most\".\n\nThe Wild Bird Indicators 2026 report, published by"
        " the Department for Environment and Rural Affairs (DERA), shows that the index stood at 41.\n\n"
        "Farmers' unions say paperwork has put many of their members off."
    )
    result = analyze_text(text)
    found = [
        (a.speaker, a.source_type, a.kind, result.text[a.content_start : a.content_end])
        for a in result.attributions
    ]
    assert found == [
        ("a government report published today", "document", "according_to",
         "Farmland birds have fallen to their lowest level since monitoring began"),
        ("the Skylark Trust", "organization", "partial",
         "payments are \"not reaching the places that need them most"),
        ("the Wild Bird Indicators 2026 report", "document", "indirect", "the index stood at 41"),
        ("Farmers' unions", "vague", "indirect", "paperwork has put many of their members off"),
    ]


def test_he_who_turned_to_someone_speaks_not_the_one_turned_to(analyze_text):
    """Dev article 505's first look: "He then turned to Tolland. “…,” he said." is the judge, the "he"
    who turned (the same pronoun as a subject just before), not the defendant he turned to."""
    text = (
        "Story\n\nJudge Aurelio Menon thanked the jurors for their patience.\n\nHe then turned to Kieran"
        " Tolland. \"You will receive a life sentence,\" he said."
    )
    result = analyze_text(text)
    assert [(a.speaker, a.cue) for a in result.attributions][-1] == ("Aurelio Menon", "said")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Replying, the cabinet member …, Cllr Farida Haddad (Labour), said": the participle is no speaker
        ("During public questions, a resident asked about the closures.\n\nReplying, the cabinet member for"
         " culture, Cllr Farida Haddad (Labour), said staff would be based at each hub.\n\n‘Nobody on this"
         " side of the chamber became a councillor to close libraries,’ she said.",
         [("Farida Haddad", "named_person", "said"), ("Farida Haddad", "named_person", "said")]),
        # "the chancellor" is not "the shadow chancellor" named since
        ("Chancellor Naledi Carmichael delivered her budget.\n\nThe shadow chancellor, Idris Pemberton,"
         " posted on X: “Thresholds frozen.”\n\n“I will not ask the next generation to pay for our comfort"
         " today,” the chancellor told MPs.",
         [("Idris Pemberton", "named_person", "posted on X"), ("Naledi Carmichael", "named_person", "told")]),
        # "Yolanda" tagged a place and "Birkenfeld" a person: one woman, whom "She testified" means
        ("Renata Castellanos said the company had failed.\n\nThe second panel heard from Yolanda Birkenfeld,"
         " who owns two pharmacies in Osterburg. She testified that she had gone 23 days without a payment.",
         [("Renata Castellanos", "named_person", "said"),
          ("Yolanda Birkenfeld", "named_person", "testified")]),
        # a given name alone, described by what she does (tagged a body): "She tells me" is hers
        ("The health minister, Priya Mistry-Hale, says the corner has been turned.\n\nAbena, a 29-year-old"
         " nursery teacher, has waited 14 months to see a gynaecologist. She tells me she has used up her"
         " sick leave.",
         [("Priya Mistry-Hale", "named_person", "says"), ("Abena", "named_person", "tells")]),
        # a club ("Hexley Borough") and a developer ("Ardent Living, a housing developer …") are no "he"
        ("In it, Viktor Sandqvist said Borough would leave Saltmarsh Lane. The ground is being sold to Ardent"
         " Living, a housing developer with permission for 340 homes. He did not say how much it is paying."
         "\n\n“The club has lost money in every one of the seven seasons I have owned it,” he wrote.\n\n"
         "Hexley Borough’s owner has since gone quiet.",
         [("Viktor Sandqvist", "named_person", "said"), ("Viktor Sandqvist", "named_person", "wrote")]),
    ],
)
def test_a_participle_a_shadow_title_and_names_the_model_split_or_took_for_bodies(
    analyze_text, text, expected
):
    """Dev articles 504, 507, 515, 516 and 520's first looks."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


def test_the_governor_a_short_name_described_by_an_apposition(analyze_text):
    """Dev article 506's first look: "Sarkissian, the two-term governor of a neighboring state, spoke …"
    (the short name tagged a nationality by the model) gives her the title: "The governor … She accused
    him" is her."""
    text = (
        "Story\n\n"
        "FORT CALDER, Oct. 4 (National Dispatch) — Democratic presidential nominee Elena Sarkissian "
        "told roughly 12,000 people at a minor-league ballpark here on Friday night that her "
        "administration would help build “a million new front doors” in its first four years, making "
        "the cost of housing the centerpiece of her closing pitch in one of the most closely divided "
        "states.\n\nSarkissian, the two-term governor of a neighboring state, spoke for about 35 "
        "minutes from a stage set up behind second base. Organizers said the line to get in had "
        "stretched more than a mile by late afternoon.\n\nThe governor spent the second half of her "
        "speech taking aim at her Republican opponent, Sen. Wade Kittredge. She accused him of "
        "“siding with corporate landlords every time it counted” and said his housing plan “fits on "
        "an index card and still leaves out renters,” a line that drew the loudest cheers of the "
        "night."
    )
    result = analyze_text(text)
    assert [a.speaker for a in result.attributions if a.cue in ("accused", "said")][-2:] == [
        "Elena Sarkissian",
        "Elena Sarkissian",
    ]


def test_the_64_year_old_first_named_just_before(analyze_text):
    """Dev article 510's first look: a profile that never gives the age with the name, but opens a
    paragraph "The 64-year-old joined …" right after the paragraph naming her: "…," the 64-year-old
    says" later is her."""
    text = (
        "Story\n\nSheila Ramdhanie arrives at the school at ten past seven every morning. On Friday she"
        " will do it for the last time.\n\nThe 64-year-old joined the school in 1987.\n\nHer deputy, Tomasz"
        " Wilczek, says he has never once beaten her to the gate.\n\n\"I am not making a speech,\" the"
        " 64-year-old says."
    )
    result = analyze_text(text)
    last = result.attributions[-1]
    assert (last.speaker, last.source_type) == ("Sheila Ramdhanie", "named_person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a player's position before his name ("Striker") is a title, not part of a body's name
        ("Kingsmere Athletic sacked their manager on Monday.\n\nStriker Mateus Figueira said the players had"
         " to \"look in the mirror\".",
         [("Mateus Figueira", "named_person", "said")]),
        # "He has planning permission …. “…,” he told me": the "he" before, not the minister named earlier
        ("Every housing secretary needs a number, and Marcus Oyelaran has chosen a big one.\n\nLast Friday I"
         " spent a morning in Caddon Vale with Stelian Dumitrescu, who has run a building firm for 23 years."
         " He has planning permission for 36 homes and has not laid a brick. “I’ve got the consent and the"
         " land,” he told me.",
         [("Stelian Dumitrescu", "named_person", "told")]),
        # "Cross-examined …," and "In re-examination," are no subjects; "“Not once,” he replied" after
        # "asked van der Merwe whether …" is the one asked; "She also read out" opening the next paragraph
        # tells nothing of the man named before it
        ("Cross-examined on the fourth day of the trial, Pieter van der Merwe, the programme director,"
         " said the email had been written late at night.\n\nHe said the report's wording had been approved"
         " by the commercial team, not by him.\n\nShe also read out clause 14.2 of the contract.\n\nIn"
         " re-examination, Quillon's barrister, Callum Strachan, asked van der Merwe whether anyone had"
         " complained at the time. \"Not once,\" he replied.",
         [("Pieter van der Merwe", "named_person", "said"), ("Pieter van der Merwe", "named_person", "said"),
          ("Callum Strachan", "named_person", "asked"), ("Pieter van der Merwe", "named_person", "replied")]),
    ],
)
def test_a_players_position_the_he_before_and_a_witness_asked_in_re_examination(analyze_text, text, expected):
    """Dev articles 527, 532 and 537's first looks."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected



def test_a_personal_title_tells_the_gender_whatever_the_hash_seed(tmp_path):
    """Dev article 511: "Mr Noori, 56, his wife, Shabnam," gave his name the words "mr" and "wife", and
    which of the two told his gender was the order a set of words came in, which changes with Python's
    hash seed: "he says" was his on some runs and the council officer's on others. The personal title
    decides, on every run."""
    import subprocess
    import sys

    text = (
        "Story\n\nInside, Ghulam Sakhi Noori is rolling out dough.\n\nThe Nooris — Mr Noori, 56, his wife,"
        " Shabnam, and their three children — came to Britain from Afghanistan in 2022.\n\nOwain"
        " Prydderch, the council’s business support officer, said the licence had since been granted."
        "\n\nAsked what he misses most about Herat, Mr Noori is quiet for a long time.\n\n“The"
        " mountains,” he says, with Maryam translating.\n"
    )
    article = tmp_path / "noori.txt"
    article.write_text(text, encoding="utf-8")
    script = (
        "import sys, kit; r = kit.analyze(open(sys.argv[1], encoding='utf-8').read());"
        " print(r.attributions[-1].speaker)"
    )
    speakers = {
        subprocess.run(
            [sys.executable, "-c", script, str(article)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "3")
    }
    assert speakers == {"Ghulam Sakhi Noori"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Gov. Raymond Szczepanski" is the one "the governor wrote" means
        ("HARROWGATE — Gov. Raymond Szczepanski on Thursday vetoed a bill on child care.\n\nHouse Speaker"
         " Margit Solberg said the House would attempt an override.\n\n“I will sign a child care bill we"
         " can pay for. This is not that bill,” the governor wrote.",
         [("Margit Solberg", "named_person", "said"), ("Raymond Szczepanski", "named_person", "wrote")]),
        # (a guard: "Cllr" now gives "councillor", but "One councillor told me" is one of them, no one named)
        ("Cllr Dennis Haworth chaired the meeting.\n\nOne councillor told me afterwards that she had voted"
         " in favour only because she had been warned.",
         [("One councillor", "anonymous", "told")]),
        # a name, an age and a description hung on the phrase before the verb; "Outside court," read as
        # the subject with the name joined to it
        ("In a statement read to the court by Mr Gallagher, Marjorie Tillotson, 81, a retired school cook"
         " from Hexworth, said she had paid an £8,400 deposit.\n\nOutside court, Kerensa Polglase, trading"
         " standards manager at Marlingford Council, said the council had first received complaints in 2022.",
         [("Marjorie Tillotson", "named_person", "said"), ("Kerensa Polglase", "named_person", "said")]),
    ],
)
def test_a_governor_written_short_and_names_the_parser_hung_elsewhere(analyze_text, text, expected):
    """Dev articles 530 and 534's first looks."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


def test_a_given_name_alone_then_she(analyze_text):
    """Dev article 529's first look: "Linh is one of the students who did come. She arrived …. “…,” she
    told me." (a given name alone, tagged nothing) is the student's, not the vice-chancellor named
    before; and "The vice-chancellor, Clarissa Dunmore, said" is her (the parser made "vice" and
    "chancellor" two subjects)."""
    text = (
        "Story\n\nThe vice-chancellor, Clarissa Dunmore, said the levy would cost the university £9m.\n\nLinh"
        " is one of the students who did come. She arrived from Da Nang last year for a master’s degree."
        " “I chose Eastholme because of the graduate visa,” she told me."
    )
    result = analyze_text(text)
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("Clarissa Dunmore", "named_person"),
        ("Linh", "named_person"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the model took for two places, with an age in the description beside it: a person
        ("Wilfredo Apaza, a 29-year-old drill operator who was among the 11 trapped miners, said the men"
         " heard the roof cracking.\n\n\"We had complained about that roof for weeks,\" Apaza told"
         " reporters.",
         [("Wilfredo Apaza", "told")]),
        # "she" opening the paragraph after the one where the writer met Dolores Ferreira: her, not the
        # candidate named paragraphs before
        ("Adaeze Lindholm of the Civic Alliance won the seat.\n\n“Fenwold has been taken for granted,” Ms"
         " Lindholm told supporters.\n\nThe hospital mattered. On Wednesday I met Dolores Ferreira, 71, a"
         " retired school cook who has voted Commonwealth all her life. Not this time.\n\n“My granddaughter"
         " was born in that unit,” she said.",
         [("Adaeze Lindholm", "told"), ("Dolores Ferreira", "said")]),
    ],
)
def test_a_named_miner_tagged_a_place_and_a_woman_met_the_paragraph_before(
    analyze_text, text, expected
):
    """Dev articles 543 and 547's first looks."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.cue) for a in result.attributions][-len(expected) :] == expected


def test_the_minister_after_one_who_asked_not_to_be_named(analyze_text):
    """Dev article 541's first look: "the minister said" after "One minister, who asked not to be named
    …, told us" is that minister, kept anonymous, not the Prime Minister named before."""
    text = (
        "Story\n\nPrime Minister Anselm Dufresne posted on X: \"My door remains open.\"\n\nOne minister, who"
        " asked not to be named because they were not authorised to speak publicly, told us the turnout had"
        " \"rattled\" some colleagues.\n\n\"Nobody expected the private sector to come out like this,\" the"
        " minister said."
    )
    result = analyze_text(text)
    last = result.attributions[-1]
    assert (last.speaker != "Anselm Dufresne", last.source_type) == (True, "anonymous")


def test_a_name_tagged_a_place_with_whose(analyze_text):
    """Dev article 550's first look: "Renata Szczepańska, whose 15-year-old son …" (tagged a place) is a
    person, and so is "said Szczepańska" after."""
    text = (
        "Story\n\nFor Renata Szczepańska, whose 15-year-old son plays online games with friends most"
        " evenings, the results came as no surprise.\n\n“We tried taking the phone away at 10 and it"
        " turned into a war,” said Szczepańska, who lives in Port Averill."
    )
    result = analyze_text(text)
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found == [("Renata Szczepańska", "named_person")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing tag whose speaker is a description and a name in apposition, coordinated by the
        # parser with the clause before
        ("Despite a series of costly defeats on Tuesday night, Sen. Bernie Sanders remains committed to"
         " seeing the primary through to the convention, his top aide, Tad Devine, told The Huffington Post.",
         [("Tad Devine", "told", "Despite a series of costly defeats on Tuesday night, Sen. Bernie Sanders"
           " remains committed to seeing the primary through to the convention")]),
        # a name with a title opening the sentence, the cue after a relative clause the parser broke
        ("Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said"
         " Mr. Trump was a candidate very much in the spirit of Silicon Valley.",
         [("Slinker", "said", "Mr. Trump was a candidate very much in the spirit of Silicon Valley")]),
        # a present-tense verb the tagger read as a noun, the name its modifier
        ("Donald Trump spoke in Reno on Monday.\n\nTrump predicts that as his rivals drop out, many of"
         " their supporters will come to him.",
         [("Donald Trump", "predicts", "as his rivals drop out, many of their supporters will come to him")]),
        # a participle after a quotation closing with a comma goes on from the speaker
        ("Clinton talked up her “50-state strategy,” promising to campaign across the country.",
         [("Clinton", "talked up", "her “50-state strategy"),
          ("Clinton", "promising", "to campaign across the country")]),
    ],
)
def test_closing_tags_and_participles_the_parser_hung_elsewhere(analyze_text, text, expected):
    """Patterns of PolNeAR's train split (the kit's speech-cue misses there): each is read as the
    sentence's surface says, whatever the parser made of it."""
    result = analyze_text(f"Story\n\n{text}")
    found = [(a.speaker, a.cue, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found == expected


def test_a_closing_tag_ends_the_clause_it_reports(analyze_text):
    """"The mayor said the plan was dead, the Ledger reported on Monday.": the mayor's words end at the
    Ledger's comma (the Ledger's tag is no part of what the mayor said), so the mayor's report sits
    inside the Ledger's, and the outer one is kept, as for "Peskov said Putin told Xi …"."""
    result = analyze_text("Story\n\nThe mayor said the plan was dead, the Ledger reported on Monday.")
    contents = {a.cue: result.text[a.content_start : a.content_end] for a in result.attributions}
    assert contents == {"reported": "The mayor said the plan was dead"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Liam Thackeray, 29, of Orchard Rise, Pelham Cross, denies causing death by dangerous driving.",
        "Callan Brierley, 24, admitted causing death by dangerous driving.",
        "Kieran Tolland had admitted manslaughter but denied murder.",
        "A spokesman for the Industry Ministry denied the report.",
    ],
)
def test_a_plea_or_a_bare_denial_is_no_statement(analyze_text, sentence):
    """GUIDELINES and the court keys (105, 151, 293, 331, 518, 562): a defendant's plea ("denies causing
    death …", "admitted manslaughter") and a denial with only a noun-phrase object ("denied the report")
    report no content: no attribution."""
    assert analyze_text(f"Story\n\n{sentence}").attributions == ()


def test_denied_that_is_still_a_statement(analyze_text):
    """(the guard) "denied that …" carries what was said."""
    result = analyze_text("Story\n\nIngrid Solvik denied that a sale was under discussion.")
    assert [(a.speaker, a.cue) for a in result.attributions] == [("Ingrid Solvik", "denied")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser coordinated the unit with the officer; "she" then is the officer, not the victim
        # named as a possessive in her words
        ("Speaking outside court, Detective Sergeant Rhiannon Tudor of Hexley and Wold Police’s serious"
         " collision investigation unit said the decision to drive away had left Ms Szulc’s family waiting"
         " for answers.\n\n“Speed limits are not a suggestion,” she said.",
         [("Rhiannon Tudor", "named_person"), ("Rhiannon Tudor", "named_person")]),
        # "the witness" is the one giving evidence, named paragraphs before
        ("Marisol Quintero, 38, who worked in the charity's finance team, was giving evidence for a second"
         " day.\n\nCross-examining, Rhodri Pennant KC suggested that Ms Quintero had added the firm"
         " herself.\n\n\"I created it because he told me to,\" the witness said.",
         [("Rhodri Pennant", "named_person"), ("Marisol Quintero", "named_person")]),
        # a given name the model took for a body, a bracketed aside before ", who"
        ("One of them was Wilfred (not his real name), who is 91 and had broken his hip. When I crouched"
         " down to apologise, he patted my hand. \"Don't you worry, love,\" he said.",
         [("Wilfred", "named_person")]),
        # a health board's name opening with "NHS", and "It said" after it
        ("In a statement, NHS Strathcairn said it was “actively recruiting” for a second GP. It said locum"
         " cover would be arranged “wherever possible”.",
         [("NHS Strathcairn", "organization"), ("NHS Strathcairn", "organization")]),
    ],
)
def test_an_officer_the_parser_coordinated_a_witness_a_given_name_and_a_board(analyze_text, text, expected):
    """Dev articles 552, 560, 562 and 568's first looks."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type) for a in result.attributions] == expected


def test_the_58_year_old_with_an_age_no_one_is_given(analyze_text):
    """Dev article 567's first look: a profile opening with Delphine Ashaolu never gives her age, and
    "says the 58-year-old" paragraphs later is her, not her mother, the last woman named (with an age
    of her own)."""
    text = (
        "Story\n\nThe last time Delphine Ashaolu played in Eskerby, she was 17.\n\n\"I left because there"
        " was nobody here to play with,\" says Ashaolu.\n\nAshaolu has led her quartet for most of her"
        " career.\n\nHer mother, Pauline Ashaolu, 81, will be in the front row.\n\n\"She's told the whole"
        " church,\" says the 58-year-old."
    )
    result = analyze_text(text)
    assert [a.speaker for a in result.attributions][-1] == "Delphine Ashaolu"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scoreline the model tagged a person: the club on either side of it is no person
        ("7.10pm Ashcombe 2-1 Kestrel Bay\n\nAshcombe Albion have won the cup, beating the holders Kestrel"
         " Bay 2-1. Kestrel Bay say they will complain to the Football Association about a disallowed goal.",
         [("Kestrel Bay", "say")]),
        # "the MP" after "One MP who …, and who asked not to be named …, was blunter." (no statement there)
        ("Leonie Achterberg has the MPs.\n\nOne MP who nominated Ms Achterberg, and who asked not to be"
         " named because the party has told MPs not to brief against either candidate, was blunter. “If"
         " Rafael wins, I give it eighteen months,” the MP told me.",
         [("One MP", "told")]),  # ("has told MPs not to brief": an instruction, no statement)
        # "a spokeswoman for Mr Quaye’s campaign": his campaign by his full name
        ("Rafael Quaye has the members.\n\nA spokeswoman for Mr Quaye’s campaign said the poll showed"
         " “the members want change”.",
         [("a spokeswoman for Rafael Quaye’s campaign", "said")]),
    ],
)
def test_a_scoreline_an_mp_kept_unnamed_and_a_campaign_by_its_candidate(analyze_text, text, expected):
    """Dev articles 564 and 570's first looks."""
    result = analyze_text(f"Story\n\n{text}")
    found = [(a.speaker, a.cue) for a in result.attributions]
    assert found == expected


def test_a_q_and_a_whose_writer_met_him(analyze_text):
    """Dev article 582's first look: "Alasdair Penhaligon joined the Porthcarrow lifeboat crew at 17 ….
    Our features writer Yasmin Adebayo-Kerr met him in the boathouse": Q is the writer, A is him (not
    "Is Porthcarrow", a word pair of a question, which "joined … crew" had made the guest)."""
    text = (
        "Q&A: Alasdair Penhaligon on 39 years with the lifeboat\n\nAlasdair Penhaligon joined the"
        " Porthcarrow lifeboat crew at 17 and became its coxswain in 2011. A crab fisherman by trade, he is"
        " 56. Our features writer Yasmin Adebayo-Kerr met him in the boathouse on a wet Tuesday morning.\n\n"
        "Q: Why did you join at 17?\n\nA: My father was on the crew, so there was never a question.\n\n"
        "Q: Many coastal stations say they are short of volunteers. Is Porthcarrow?\n\n"
        "A: Not yet."
    )
    result = analyze_text(text)
    labelled = [(a.speaker, a.cue) for a in result.attributions if a.cue in ("Q", "A")]
    assert labelled == [
        ("Yasmin Adebayo-Kerr", "Q"),
        ("Alasdair Penhaligon", "A"),
        ("Yasmin Adebayo-Kerr", "Q"),
        ("Alasdair Penhaligon", "A"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tag the parser read as a modifier ("told TNS Sport" a noun phrase), with an age the article
        # gives no one: the person the match report is about
        ("Cathal Brennock kicked a drop goal two minutes from time. Brennock was the hero, and Brennock knew"
         " it.\n\n\"There was no plan. The forwards got us into the 22 and I thought, well, nobody else is"
         " going to have a go,\" the 31-year-old told TNS Sport.",
         [("Cathal Brennock", "named_person", "told")]),
        # the same age-only description right after the paragraph naming the one who spoke
        ("Gareth Mulholland was sacked on Sunday. Mulholland had been in charge for two years, and"
         " Mulholland leaves with the club in the bottom three.\n\nStriker Mateus Figueira said the players"
         " had to look in the mirror.\n\n\"It's not just on the manager,\" the 24-year-old told reporters"
         " at a community event on Monday afternoon.",
         [("Mateus Figueira", "named_person", "said"), ("Mateus Figueira", "named_person", "told")]),
        # a title before a name the model tagged a body
        ("Aldbridge director of rugby Hennie Steenkamp was visibly frustrated by the red card.\n\n\"I have"
         " watched it back three times,\" Steenkamp told TNS Sport.",
         [("Hennie Steenkamp", "named_person", "told")]),
        # "the Republican" / "the Democrat": the one the article named with that word before the name
        ("Republican Brandt Kowalczyk said Thursday that Democrat Leticia Obregon would run the state like a"
         " law office.\n\n“Every dollar counts,” the Republican said.\n\n“Somebody pays,” the Democrat said.",
         [("Brandt Kowalczyk", "named_person", "said"), ("Brandt Kowalczyk", "named_person", "said"),
          ("Leticia Obregon", "named_person", "said")]),
        # a subject whose apposition says it is a survey: the document by its title, and "It" after it
        ("The Harbour Homes Survey 2026, a study by the Tenants Union, found that rents had risen by 18%"
         " since 2024. It estimates that one in every 90 people is now without a home.",
         [("The Harbour Homes Survey 2026", "document", "found"),
          ("The Harbour Homes Survey 2026", "document", "estimates")]),
    ],
)
def test_an_age_no_one_is_given_a_title_before_a_body_a_party_and_a_titled_survey(
    analyze_text, text, expected
):
    """Dev articles 537, 588, 590 and 591's first looks (591 0.60 → 0.94, 590 0.81 → 0.90)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The other person familiar with the trial" is the anonymous pair's other one, not the chief
        # executive named in between
        ("AUDENBURG, Feb 19 (Harbor Wire) - Brennholt has stopped the trial, two people familiar with the"
         " trial said on Thursday.\n\nChief Executive Ingrid Saelemaekers told analysts in November that the"
         " drug \"could become a billion-dollar medicine.\"\n\nThe other person familiar with the trial said"
         " it was \"far from clear\" that the drug itself was to blame.",
         ("anonymous", "two people familiar with the trial")),
        # "the engineer said" after the barrister's question is the engineer the article described
        ("Giving evidence, Dr Wanjiru Kamau, a chartered structural engineer, said the beam was undersized."
         "\n\nMr Aumann put it to her that the cracking could have been caused by water.\n\n“I considered"
         " that and I rejected it,” the engineer said.",
         ("named_person", "Wanjiru Kamau")),
    ],
)
def test_the_other_anonymous_source_and_the_engineer_described(analyze_text, text, expected):
    """Dev articles 578 and 580's first looks (0.83 → 0.94, 0.86 → 0.95)."""
    result = analyze_text(f"Story\n\n{text}")
    last = result.attributions[-1]
    assert (last.source_type, last.speaker) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser took the possessive ending for the verb's subject; the titled name opens the sentence
        ("Detective Inspector Lowri Haddad, of the force’s Serious Collision Investigation Unit, said: “Our"
         " thoughts are with the family.”",
         [("Lowri Haddad", "named_person", "said")]),
        # a tag whose words the parser hung on the verb one by one: its own description, not the one who
        # spoke before (the club’s 21-year-old, given an age of his own)
        ("Teodor Vrabec has made 371 appearances. Vrabec signed again on Thursday, and Vrabec turns 39 in"
         " May.\n\nLewis Adeyemi-Shaw, the club’s 21-year-old second-choice"
         " goalkeeper, said he had stopped counting.\n\n‘People keep asking me when I’ll stop, as if there"
         " is a date written down somewhere,’ the 38-year-old said.",
         [("Lewis Adeyemi-Shaw", "named_person", "said"), ("Teodor Vrabec", "named_person", "said")]),
    ],
)
def test_a_possessive_read_as_a_subject_and_an_age_tag_hung_word_by_word(analyze_text, text, expected):
    """Dev articles 610 and 615's first looks (0.53 → 0.67, 0.70 → 0.74)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a subdued prime minister": the one person given the title, named just before in the paragraph
        ("Prime Minister Callum Oyelaran led the Commonweal Party. Finance Minister Gwendolyn Ashcombe-Reyes"
         " lost her seat.\n\nCallum Oyelaran has conceded. Speaking outside the party's headquarters, a"
         " subdued prime minister said he had phoned Moravec to congratulate her.",
         [("Callum Oyelaran", "named_person", "said")]),
        # (a guard: "a former prime minister" is someone else)
        ("Prime Minister Callum Oyelaran led the Commonweal Party.\n\nCallum Oyelaran has conceded. A former"
         " prime minister said the result was a warning.",
         [("a former prime minister", "anonymous", "said")]),
        # a notification, a disclosure and a presentation are documents
        ("A draft notification to Congress seen by Tidewater Press says the package includes 24 launchers."
         " It describes the transfer as “urgently needed”.\n\nHer financial disclosure shows she earned $1.4"
         " million from the firm.\n\nThe presentation described a proposed rule as “an existential threat”.",
         [("a draft notification to Congress seen by Tidewater Press", "document", "says"),
          ("a draft notification to Congress seen by Tidewater Press", "document", "describes"),
          ("Her financial disclosure", "document", "shows"), ("the presentation", "document", "described")]),
    ],
)
def test_a_subdued_prime_minister_and_documents_of_state(analyze_text, text, expected):
    """Dev articles 604, 605 and 614's first looks (0.82 → 0.94, 0.74 → 0.88, 0.75 → 0.79)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


def test_bold_labels_with_the_colon_inside_and_phone_in_callers_with_their_town(analyze_text):
    """Dev articles 621 and 622's first looks (0.65 → 1.00, 0.40 → 0.96): a print Q&A whose labels are
    names in bold with the colon inside the marks ("**Oduya:**"), and a phone-in whose callers are
    labelled with their town ("Hamish, Ardsallow:") and a guest with his company ("Anders Holm, Skerra
    Wind:"); a caller named after a sentence that ends in a place is not "Ardsallow. Hamish"."""
    qa = analyze_text(
        "Q&A: a referee retires\n\nAurelio Castellano refereed his last match on Saturday. He spoke to"
        " Hannah Oduya.\n\n**Oduya:** How did Saturday feel?\n\n**Castellano:** Strange. I never cried on"
        " a pitch before.\n\n**Oduya:** What comes next?\n\n**Castellano:** Coaching young referees, mostly."
    )
    assert [(a.speaker, a.kind) for a in qa.attributions] == [
        ("Hannah Oduya", "direct"), ("Aurelio Castellano", "direct")
    ] * 2
    assert content(qa, qa.attributions[1]) == "Strange. I never cried on a pitch before."
    phone_in = analyze_text(
        "Phone-in: the wind farm\n\nSkerra Wind wants to build 18 turbines on the moor.\n\nEilidh: Good"
        " morning. Hamish is first, from Ardsallow. Hamish, you farm right next to the moor?\n\nHamish,"
        " Ardsallow: I do, and I’m not against wind power.\n\nEilidh: Anders Holm from Skerra Wind is on"
        " the line. Anders, will the tracks drain the peat?\n\nAnders Holm, Skerra Wind: No, they won’t."
        "\n\nEilidh: We’ll hold you to that. Rob is in Ashby Fold. Rob, go ahead.\n\nRob, Ashby Fold: My"
        " wife’s on dialysis."
    )
    assert [a.speaker for a in phone_in.attributions if a.kind == "direct"] == [
        "Eilidh", "Hamish", "Eilidh", "Anders Holm", "Eilidh", "Rob"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a double-barrelled surname that the tokenizer splits in three, given an age: the whole name,
        # and the "he" after it; a Finnish given name makes "Aleksi Marttinen" a person, not a body
        ("Rohan Iyer-Castell has won the Valmaris Open, beating Aleksi Marttinen in five sets.\n\n"
         "Iyer-Castell, 27, sat through his news conference with the trophy beside him.\n\n“I lost two"
         " finals on this court,” he said.\n\nMarttinen has been fined $15,000, the tournament said.",
         [("Rohan Iyer-Castell", "named_person", "said"), ("the tournament", "organization", "said")]),
        # an event's name, then "the tournament" (a word no name ends in), here and paragraphs later
        ("The Valmaris Open has issued a statement on the call. The tournament said the umpire had"
         " “followed the correct procedure”.\n\nThe final drew 15,000 fans.\n\nMarttinen has been fined,"
         " the tournament said.",
         [("Valmaris Open", "organization", "said"), ("Valmaris Open", "organization", "said")]),
        # (a guard: a town that opens the sentence before is no body; nor is the outlet)
        ("ASHBY CROSS (The Ashby Cross Herald) — The trust plans to close the ward.\n\nAshby Cross has"
         " heard reassurances before. In 2019 the trust told this newspaper that the ward would close"
         " “for the summer only”.",
         [("the trust", "organization", "told")]),
    ],
)
def test_double_barrelled_names_finnish_given_names_and_an_event_that_speaks(analyze_text, text, expected):
    """Dev article 630's first look (0.52 → 1.00); the guard is dev article 225's."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the three-term Democrat": the one person the paragraph before spoke of, described by party
        ("City Councilmember Yesenia Calderón leads the race, with state Sen. Amir Haddad third.\n\nHaddad,"
         " 47, who chairs the transportation committee, has struggled to break through.\n\n“Polls in April"
         " don’t vote,” the three-term Democrat said.",
         [("Amir Haddad", "named_person", "said")]),
        # a "that" the parser hung on "airing" as a subject: the ad's relative pronoun; an ad is a document
        ("Forward Halverston, a super PAC formed in February, began airing a 30-second ad this week that"
         " calls her rent plan “a wrecking ball for housing”.",
         [("a 30-second ad", "document", "calls")]),
        # "after medical school" is no body for "it"; the union said it
        ("The union went on strike. The union says pay for doctors after medical school has fallen by a"
         " fifth. In a statement on Friday, it said it remained “ready to talk”.",
         [("the union", "organization", "said")]),
    ],
)
def test_a_party_member_described_a_relative_that_misread_and_a_bare_body(analyze_text, text, expected):
    """Dev articles 634 and 627's first looks (0.60 → 0.75, 0.60 → 0.76)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions][-len(expected):] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person the writer looked after, named as an object in a sentence whose subject is "I"
        ("The Health Secretary, Malcolm Threlfall, has called the strike “reckless”. On Sunday he told an"
         " interviewer that doctors would “have to look patients in the eye”.\n\nHe is right about that, at"
         " least. Last month I looked after Ahmed, a 67-year-old retired bus driver who came in with"
         " pneumonia. I was the only doctor on the wards. When I finally reached him at about 2am, he"
         " apologised for bothering me. “You look worse than I do, doctor,” he said.",
         [("Malcolm Threlfall", "has called"), ("Malcolm Threlfall", "told"), ("Ahmed", "apologised"),
          ("Ahmed", "said")]),
        # "His name is Kofi": the boy the "he" after it stands for (not the councillor, a "he" later on)
        ("Councillor Roderick Asante, the deputy leader, does not pretend to enjoy any of this. “Nobody goes"
         " into politics to shorten library hours,” he told me.\n\nBefore I left I asked the boy on the"
         " windowsill what he made of it all. His name is Kofi, he turned out to be seven. “That’s not"
         " fair,” he said.\n\nI do not think Councillor Asante is a villain, and I suspect he is right that"
         " the money has to come from somewhere.",
         [("Roderick Asante", "told"), ("Kofi", "said")]),
        # a bare verb that goes on with what the doctors would do is part of what he told
        ("On Sunday he told a television interviewer that striking doctors would “have to look patients"
         " in the eye” and explain why their operations had been cancelled.",
         [("he", "told")]),
        # (a guard: "said A and called B" is two statements however the parser hung "called")
        ("Tomás Ferrer said the cuts fell hardest on the poorest towns and called the plan “a budget for"
         " spreadsheets, not for people”.",
         [("Tomás Ferrer", "said"), ("Tomás Ferrer", "called")]),
    ],
)
def test_people_the_writer_met_and_a_content_that_goes_on_after_a_quotation(analyze_text, text, expected):
    """Dev articles 627 and 626's first looks (0.60 → 0.76, 0.87 → 1.00); the guard is dev article 01's."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.cue) for a in result.attributions] == expected
    if expected == [("he", "told")]:
        assert content(result, result.attributions[0]).endswith("had been cancelled")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the archbishop named in apposition to the see the parser hung his name on
        ("In his sermon, the Archbishop of Aldershavn, Mattias Okonkwo-Ring, said the King had “carried"
         " the crown lightly”.\n\n“He was a man who would rather listen,” the archbishop said.",
         [("Mattias Okonkwo-Ring", "said"), ("Mattias Okonkwo-Ring", "said")]),
        # an obituary: her deputy's "her" and a quotation's "She" say nothing of his gender; "the first
        # woman to chair" says hers; "Born Rosaleen Keating" is her birth name, no one else
        ("Rosaleen Kassim, who led the union through its longest strike and became the first woman to"
         " chair the Federation of Trade Unions, has died aged 79.\n\nBorn Rosaleen Keating in Ardrassan"
         " in 1946, she left school at 15.\n\nGraham Ostrowski, who was the contractor’s managing director"
         " at the time, said she never bluffed.\n\nDelroy Fairweather, who served as her deputy, said she"
         " knew every cleaner by name. ‘She couldn’t add up a column of figures,’ he said.\n\nIn a fierce"
         " speech to the union’s conference, she told delegates: ‘They have priced our members like mops"
         " and buckets.’",
         [("Graham Ostrowski", "said"), ("Delroy Fairweather", "said"), ("Delroy Fairweather", "said"),
          ("Rosaleen Kassim", "told")]),
        # the question put to the minister is no one's statement ("Asked", tagged a past tense)
        ("Quintero said the treaty showed that “neighbors can solve practical problems when they stop"
         " shouting at each other.” Asked whether Tavora would reopen the crossings this year, he replied"
         " tersely: “It is too early to say.” He did not elaborate.",
         [("Quintero", "said"), ("the treaty", "showed"), ("Quintero", "replied")]),
    ],
)
def test_a_title_by_its_see_an_obituarys_pronouns_and_a_question_put_to_someone(analyze_text, text, expected):
    """Dev articles 629, 631 and 617's first looks (0.74 → 0.84, 0.75 → 1.00, 0.94 → 0.97)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.cue) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "co-ordinator", split in three by the tokenizer and made three subjects by the parser: the
        # name in apposition to it speaks, not "Clean Rivers Brenn’s co"
        ("Clean Rivers Brenn’s co-ordinator, Farid Okonjo-Bell, called the bonus “a reward for failure”.",
         [("Farid Okonjo-Bell", "named_person", "called")]),
        # a titled report whose apposition is an edition of a publication ("the charity’s fourth annual
        # count"), a document, and the "It" after it
        ("The Eskford Homelessness Monitor 2026, the charity’s fourth annual count, found that the number"
         " of people sleeping rough had risen by 18%. It estimates that one in every 90 people is homeless.",
         [("The Eskford Homelessness Monitor 2026", "document", "found"),
          ("The Eskford Homelessness Monitor 2026", "document", "estimates")]),
    ],
)
def test_a_hyphenated_subject_split_in_three_and_a_publications_annual_count(analyze_text, text, expected):
    """Dev articles 646 (first look 0.83 → 0.92) and 588 (0.67 → 0.80)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


def test_as_someone_put_it_in_a_memo_then_the_quotation(analyze_text):
    """PolNeAR train's "As the LinkedIn chief executive, Jeff Weiner, put it in his memo to employees,
    ''Imagine …''": where it was put, then the quotation, is still the speaker's quotation (as "put it:
    “…”" is)."""
    result = analyze_text(
        "Story\n\nAs Jeff Weiner, the chief executive, put it in his memo to employees, “Imagine a world"
        " where we are no longer looking.”"
    )
    assert [(a.speaker, a.kind) for a in result.attributions] == [("Jeff Weiner", "direct")]
    assert content(result, result.attributions[0]).startswith("Imagine a world")


def test_a_q_and_a_whose_guest_is_described_as_he_speaks_to_the_interviewer(analyze_text):
    """Dev article 667's first look (0.72 → 0.98): "The 49-year-old, who …, spoke to our home affairs
    editor, Elspeth Carrick": the person the introduction is about answers; she asks."""
    result = analyze_text(
        "Q&A: the new chief constable\n\nSunil Varadarajan became chief constable of Thornvale Constabulary"
        " on 2 March. The 49-year-old, who grew up in Harwick, spoke to our home affairs editor, Elspeth"
        " Carrick, at force headquarters.\n\n**Q: You’ve been in the job six weeks. What have you"
        " found?**\n\nA: A force that is working incredibly hard.\n\n**Q: Whose fault is that?**\n\nA: I’m"
        " not going to blame my predecessor."
    )
    assert [a.speaker for a in result.attributions] == [
        "Elspeth Carrick", "Sunil Varadarajan", "Elspeth Carrick", "Sunil Varadarajan"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lede of one sentence whose speaker the next paragraph names; "the MP" is the one MP named
        ("The chief executive of Northvale Trains has apologised to passengers, but told MPs he would not"
         " resign.\n\nRuairi Delahunt was grilled for almost two hours by the transport committee.\n\n"
         "Hollie Brannigan, the Labour MP for Ashwell North, said her constituents had given up. “I have"
         " nurses who can't get to their shifts,” the MP said.",
         [("Ruairi Delahunt", "told"), ("Hollie Brannigan", "said"), ("Hollie Brannigan", "said")]),
        # a given name and a surname with an age, tagged a place, is a person, and the "he" after it
        ("Many residents say they were warned too late. Gethin Rowlands, 71, who lives on the Fernlea"
         " estate, said he had rung the company. “I found out from a Facebook post,” he said.",
         [("many residents", "say"), ("Gethin Rowlands", "said"), ("Gethin Rowlands", "said")]),
        # what she likes to say she says (not "would like to say", a wish)
        ("Prime Minister Anjali Mehra likes to say that she did not become prime minister to manage"
         " decline.\n\nThe mayor would like to say that the plan is working.",
         [("Anjali Mehra", "likes to say")]),
    ],
)
def test_a_lede_named_next_paragraph_an_mp_an_aged_name_and_a_habit(analyze_text, text, expected):
    """Dev articles 678, 671 and 673's first looks (0.80 → 0.95, 0.81 → 0.90, 0.83 → 0.86)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.cue) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the half of a split hyphenated subject that carries the phrase, and the whole word as its name
        ("The Hemsby Fen co-operative told him margins were comparable with arable in a good year.",
         [("the Hemsby Fen co-operative", "told")]),
        # a tally sheet and a partnership's modelling are documents
        ("A tally sheet from a polling station in Miravet shows Vesk receiving 1,212 votes. The Carrow"
         " Catchment Partnership's own modelling suggests the lowest ground will sink.",
         [("a tally sheet from a polling station in Miravet", "shows"),
          ("the Carrow Catchment Partnership modelling", "suggests")]),
    ],
)
def test_a_hyphenated_subjects_phrase_and_documents_of_counting(analyze_text, text, expected):
    """Dev articles 666 and 669's first looks (0.88 → 0.92, 0.85 → 0.90)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.cue) for a in result.attributions] == expected
    if "sheet" in text:
        assert {a.source_type for a in result.attributions} == {"document"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "That man is Lionel Haverstock, who …": the described subject is the man named; his "he"
        ("That man is Lionel Haverstock, who bought the club in 2021. In a statement posted on the club’s"
         " website, he wrote that the board “shares the pain of every supporter”.",
         [("Lionel Haverstock", "named_person", "wrote")]),
        # "One senior player, who asked not to be named": the "He" of the next sentence is him, not the
        # manager quoted before
        ("The manager, Ruairí Donnellan, was more candid. “We weren’t good enough,” he said.\n\nOne senior"
         " player, who asked not to be named because he is still under contract, was blunter when we spoke"
         " on Sunday. He said the dressing room had “stopped believing” by Christmas.",
         [("Ruairí Donnellan", "named_person", "said"), ("One senior player", "anonymous", "said")]),
        # diplomats "involved in the talks" are anonymous; "the people" after "people familiar with the
        # plans" is that group
        ("A draft peace agreement has stalled, two diplomats involved in the talks said on Wednesday.\n\n"
         "Velloran plans to cut 4,000 jobs, according to people familiar with the plans. The cuts will"
         " fall most heavily on sales teams, the people said.",
         [("two diplomats involved in the talks", "anonymous", "said"),
          ("people familiar with the plans", "anonymous", "according to"),
          ("people familiar with the plans", "anonymous", "said")]),
    ],
)
def test_a_man_named_by_the_copula_one_unnamed_player_and_groups_kept_unnamed(analyze_text, text, expected):
    """Dev articles 683, 689 and 690's first looks (0.59 → 0.94; source types 0.79 → 1.00, 0.81 → 1.00)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


def test_the_group_after_a_body_known_by_its_members(analyze_text):
    """Dev article 684's first look (0.86 → 0.91): "The Wendle Valley Ramblers, who have around 400
    members, …. … the group said": that body (tagged a person by the model), not the farm named before."""
    result = analyze_text(
        "Story\n\nThe land belongs to Hollins Farm, which Rupert Aldous-Kemp bought two years ago.\n\n"
        "The Wendle Valley Ramblers, who have around 400 members, are less patient. In a statement last week"
        " the group said it had reported the obstruction to the council."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("Wendle Valley Ramblers", "organization")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tag after a two-sentence quotation, "the 31-year-old said": not a list of verbs whose subject
        # is the quotation's "We"
        ("Dániel Farkas, who has now scored in three consecutive home games, went off with cramp.\n\n\"It's a"
         " horrible feeling. We defended for our lives for half an hour with ten men,\" the 31-year-old"
         " said.",
         [("Dániel Farkas", "named_person", "said")]),
        # "the head teacher" after "X has been head teacher at …"
        ("Deborah Mensah-Whitlock has been head teacher at Ferncroft for 11 years.\n\nThe head teacher did"
         " tell me she had not applied for a post at Hollins Bank.",
         [("Deborah Mensah-Whitlock", "named_person", "did tell")]),
        # the one person the paragraph names before "she", over a woman of an earlier paragraph
        ("\"I'm worried about some of them,\" Deborah Mensah-Whitlock said.\n\nCatriona Baird's son, Euan, is"
         " eight and autistic. It took him two years to settle in a class of 19. \"He might cope. He might"
         " not,\" she said.",
         [("Deborah Mensah-Whitlock", "named_person", "said"), ("Catriona Baird", "named_person", "said")]),
    ],
)
def test_a_tag_after_a_quotation_a_role_given_by_the_copula_and_the_one_named_in_the_paragraph(
    analyze_text, text, expected
):
    """Dev articles 727 and 722's first looks (0.71 → 0.80, 0.41 → 0.69)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unnamed patient the paragraph speaks of, not a woman named two paragraphs before
        ("Its president, Professor Hanne Okoro-Lindahl, told me the figure was higher.\n\nThe study was"
         " small.\n\nA woman in her thirties whom I referred to a gynaecologist last spring is still"
         " waiting. She asked me not to use her name. When she last came in, she said she had stopped"
         " applying for promotions.",
         [("Hanne Okoro-Lindahl", "named_person", "told"), ("a woman in her thirties", "anonymous", "said")]),
        # "my manager … she told me" in a clip: the manager, not a town the model tagged a person
        ("FAROUK: Benedita Sousa commutes from Ashcombe into Lenholm every weekday.\n\nSOUSA: I've been late"
         " eleven times. My manager has been good about it, but last week she told me that if it keeps"
         " happening it'll go on my record.",
         [("my manager", "anonymous", "told")]),
    ],
)
def test_he_or_she_for_an_unnamed_person_of_the_paragraph_or_the_speakers_own_colleague(
    analyze_text, text, expected
):
    """Dev articles 724 and 711's first looks (0.71 → 0.90, 0.90 → 0.94)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place the model tagged a person before "regional government" is no person to look up
        ("Dr Aigerim Suleimenova works for the Hallingmark Hydrology Centre.\n\nThe Hallingmark regional"
         " government said it would respond to the report by the end of the year.",
         [("the Hallingmark regional government", "organization", "said")]),
        # "The lift company" after "The Skarvik lift company": the one named with the same words
        ("Dr Aigerim Suleimenova works for the Hallingmark Hydrology Centre. The Skarvik lift company covers"
         " part of the tongue with fleece.\n\nThe lift company tells us it has saved a few metres of ice.",
         [("the Skarvik lift company", "organization", "tells")]),
        # a written testimony is a document
        ("Her written testimony, posted on the committee’s website late Tuesday, says the agency hired 2,040"
         " controllers.",
         [("Her written testimony", "document", "says")]),
        # "The Children’s Commissioner, Marit Oyelaran,": the office's holder, by name
        ("The Children’s Commissioner, Marit Oyelaran, said in her annual report that online bullying was the"
         " most common worry.",
         [("Marit Oyelaran", "named_person", "said")]),
    ],
)
def test_bodies_and_holders_named_by_their_own_words(analyze_text, text, expected):
    """Dev articles 710, 709 and 712's first looks (0.80 → 0.88, 0.78 → 0.83, 0.88 → …)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the club added" opening the next paragraph: the club that spoke in the paragraph before (a name
        # the model tagged a town)
        ("In a statement, Castlebridge City said they were \"appalled\" by the incident.\n\n\"The actions of"
         " one individual do not represent our supporters. We will not tolerate it,\" the club added.",
         [("Castlebridge City", "organization", "said"), ("Castlebridge City", "organization", "added")]),
        # a body's name the model tagged nothing, known only from a possessive; a count is a record
        ("Puffin numbers have risen, according to the Marrach Seabird Trust’s annual count, published"
         " today.\n\nThe trust said the true number was likely to be higher. The count found that kittiwakes"
         " had occupied 1,180 nests.",
         [("the Marrach Seabird Trust count", "document", "according to"),
          ("the Marrach Seabird Trust", "organization", "said"),
          ("the Marrach Seabird Trust count", "document", "found")]),
    ],
)
def test_a_body_that_spoke_just_before_and_a_count_that_finds(analyze_text, text, expected):
    """Dev articles 727 and 719's first looks (0.71 → …, 0.72 → 0.96)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


def test_a_countrys_navy_is_a_body(analyze_text):
    """Dev article 718's first look (0.81 → 0.96): "Ithrania’s navy denied …" is the navy speaking as one
    (an organization, by the lexicon), named with its country, not a vague "navy"."""
    result = analyze_text(
        "Story\n\nTwo frigates sailed within 200 yards of a Norvaalian navy survey ship on Sunday, an"
        " official said.\n\nIthrania’s navy denied that its ships had approached the Brannoy in a dangerous"
        " manner."
    )
    last = result.attributions[-1]
    assert (last.speaker, last.source_type) == ("Ithrania’s navy", "organization")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the report" after "the inventory’s annual report, State of the Ice,": the title given beside it
        ("Dr Nilufar Rasulova is lead author of the inventory’s annual report, State of the Ice, published on"
         " Tuesday.\n\nShe said the report was blunt. The report says the glaciers could lose up to 90 per"
         " cent of their volume by 2100.",
         [("Nilufar Rasulova", "named_person", "said"), ("State of the Ice", "document", "says")]),
        # a study that "found no …" reports a finding (of none); a bill's clause is a document
        ("The biggest study so far, from the Nordhaven Institute, compared about 800 schools and found no"
         " clear difference in exam results.\n\nClause 4 says a school must make “reasonable adjustments” for"
         " a pupil with a medical need.",
         [("study from the Nordhaven Institute", "document", "found"), ("Clause 4", "document", "says")]),
    ],
)
def test_a_report_by_its_title_a_finding_of_none_and_a_clause(analyze_text, text, expected):
    """Dev articles 710 and 712's first looks (0.80 → 0.96, 0.88 → 0.92)."""
    result = analyze_text(f"Story\n\n{text}")
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == expected


def test_a_poll_that_found_a_candidate_at_a_share_and_an_analytics_firm(analyze_text):
    """Dev article 707's first look (0.89 → 0.92): "A … poll released Tuesday found Oyelaran at 47%" (a share
    after "at", as after "with") and "according to Kestrel Media Analytics, which tracks …" (a firm)."""
    result = analyze_text(
        "Story\n\nOutside groups have spent more than $85 million, according to Kestrel Media Analytics,"
        " which tracks political ad spending.\n\nA Pinecrest University poll released Tuesday found Oyelaran"
        " at 47% and Dahlberg at 45% among likely voters."
    )
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == [
        ("Kestrel Media Analytics", "organization", "according to"),
        ("a Pinecrest University poll released Tuesday", "document", "found"),
    ]


def test_a_spokeswoman_for_a_body_named_at_the_start_of_the_sentence_before(analyze_text):
    """"The company announced …. A spokeswoman said …": she speaks for "the company", in lower case as the
    reader writes it (not "a spokeswoman for The company", the capital of the sentence's first word)."""
    result = analyze_text(
        "Story\n\nThe company announced in March that rural deliveries would fall to three days a week. A"
        " spokeswoman said the change was “likely” to save about $2 million a year."
    )
    assert [a.speaker for a in result.attributions] == ["the company", "a spokeswoman for the company"]


def test_a_spokesman_for_a_department_the_model_tagged_nothing(analyze_text):
    """Dev article 419: "I put his question to the Department for Schools. A spokesman said …": he speaks
    for that department (a name in capitals the model tagged nothing), not for no one."""
    result = analyze_text(
        "Story\n\nI put his question to the Department for Schools. A spokesman said the department \"expects"
        " every school to keep uniform affordable\"."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("a spokesman for the Department for Schools", "spokesperson")
    ]


def test_a_full_name_the_model_tagged_a_place_known_by_its_given_name(analyze_text):
    """"I spent Tuesday morning … with Marguerite Obi, who has walked children across …. By her count, …"
    and "“…,” Obi told me": the model tags "Marguerite Obi" a place; "Marguerite", a given name the list
    lacked, makes it a person's name, so "her count" and "Obi" are hers (not the street corner's, not "Obi"
    alone)."""
    result = analyze_text(
        "Story\n\nI spent Tuesday morning at the corner of Fifth and Alder with Marguerite Obi, who has"
        " walked children across that intersection for 14 years. By her count, more than 300 children cross"
        " there every school day.\n\n\"The drivers are faster than they used to be,\" Obi told me."
    )
    assert [a.speaker for a in result.attributions] == ["Marguerite Obi", "Marguerite Obi"]


def test_a_given_name_written_with_accents_is_known_by_its_plain_spelling(analyze_text):
    """ "Siobhán Kearney of Saltmarsh Capital was more sceptical, writing …": the list has "siobhan"; the
    accented spelling is the same given name, so she is a person (the analyst), not a body called
    "Siobhán Kearney of Saltmarsh Capital"."""
    from kit.lexicon import given_names

    assert given_names().get("ruairí") == "male" and "zoë" in given_names() and "siobhán" in given_names()
    assert given_names().get("søren") == "male" and given_names().get("łukasz") == "male"
    result = analyze_text(
        "Story\n\nQuarrymoor reported higher sales.\n\nSiobhán Kearney of Saltmarsh Capital was more"
        " sceptical, writing in a note to clients that Quarrymoor had “bought its sales growth”."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("Siobhán Kearney", "named_person")]
    # "Søren" (an "ø" no decomposition takes to "o"), tagged a body with his surname: the manager speaks
    result = analyze_text(
        "Story\n\nHallowford are close to a deal for the striker Mateus Fioravanti.\n\nAsked about Fioravanti"
        " on Tuesday, Hallowford manager Søren Vestergaard would not be drawn on the player. “I am not going"
        " to talk about a player who belongs to another club,” he said."
    )
    assert [a.speaker for a in result.attributions] == ["Søren Vestergaard"]


def test_a_mood_before_a_title_is_the_one_holder_named_before(analyze_text):
    """A live blog: "Governor Katarzyna Mwale has taken questions …" then "An upbeat governor told
    reporters that …": the indefinite article introduces her mood, not a new unnamed person; "A senior
    official said" stays an unnamed official."""
    result = analyze_text(
        "Live\n\nThe central bank has cut its main rate to 3.25%. Governor Katarzyna Mwale has taken"
        " questions from reporters.\n\n14.50\n\nAn upbeat governor told reporters that inflation had come"
        " down faster than expected.\n\n14.40\n\nA senior official said the decision had been unanimous."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("Katarzyna Mwale", "named_person"),
        ("a senior official", "anonymous"),
    ]


def test_a_common_noun_the_model_tagged_a_group_is_no_organization(analyze_text):
    """ "Some clinicians have warned that …": the model tags "clinicians" a nationality-like group (NORP);
    a lower-case common noun names no body, so they are a vague source, as "Some clinicians warned" is."""
    result = analyze_text(
        "Story\n\nSome clinicians have warned that pressure on scanning services is likely to grow."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("some clinicians", "vague")]


def test_a_hyphenated_given_name_whose_first_part_was_tagged_a_person_alone(analyze_text):
    """ "The trust’s chair, Hyun-woo Park, said …": the model tags "Hyun" a person and "Park" a body; the
    whole name is one person's, and "Park said" later is hers too."""
    result = analyze_text(
        "Story\n\nThe trust will reopen the house.\n\nThe trust’s chair, Hyun-woo Park, said in May that the"
        " house would need a new roof before winter.\n\nPark said the work would start soon."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("Hyun-woo Park", "named_person"),
        ("Hyun-woo Park", "named_person"),
    ]


def test_a_verb_joined_by_or_to_a_negated_one_is_negated_too(analyze_text):
    """ "It did not say how much the layoffs would cost or comment on the mobile division": the "not"
    covers "comment" (which the parser joined to the reported clause), so the company made no comment
    on the division; it is no attribution."""
    result = analyze_text(
        "Story\n\nIn a statement, Solvane said the restructuring would cut costs. It did not say how much the"
        " layoffs would cost or comment on the mobile division."
    )
    assert [(a.speaker, a.cue) for a in result.attributions] == [("Solvane", "said")]


def test_a_document_named_after_its_author_is_a_document(analyze_text):
    """ "The Hallam Review found that …", "The Kessler Report says …": a review or a report known by its
    author's name is a document, not a body; "The Urban Health Review", a journal, stays a body."""
    result = analyze_text(
        "Story\n\nThe Hallam Review found that planning delays add around 14 months to a typical scheme.\n\n"
        "The Kessler Report says the system rewards delay.\n\n"
        "The Urban Health Review published a letter saying the trees helped.\n\n"
        "The state’s annual Crime and Safety Survey, which asks about 9,000 residents about their"
        " experiences, found no significant change in violent crime."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("the Hallam Review", "document"),
        ("the Kessler Report", "document"),
        ("the Urban Health Review", "organization"),
        ("the state’s annual Crime and Safety Survey", "document"),
    ]


def test_a_given_name_the_model_left_out_of_a_name_it_tagged_a_body(analyze_text):
    """"…, Police Chief Rosalind Tsegaye said Monday": the model tags only "Tsegaye", as a body, and
    leaves the given name before it untagged; the name is a woman's, and "Tsegaye said" later is hers."""
    result = analyze_text(
        "Story\n\nKESTREL BAY, Wis. — A police officer shot and killed a man early Sunday after a struggle,"
        " Police Chief Rosalind Tsegaye said Monday.\n\nAt a news conference, Tsegaye said officers were"
        " sent to the building after a 911 call."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [
        ("Rosalind Tsegaye", "named_person"),
        ("Rosalind Tsegaye", "named_person"),
    ]


def test_the_agency_after_an_administration_is_that_administration(analyze_text):
    """"according to a notice posted by the National Vehicle Safety Administration. ¶ The agency said …":
    an administration is an agency; "the agency" is the one named, not a body with no name."""
    result = analyze_text(
        "Story\n\nThe recall covers 212,000 seats, according to a notice posted by the National Vehicle"
        " Safety Administration.\n\nThe agency said it had received at least 14 reports of buckles opening."
    )
    assert [a.speaker for a in result.attributions][-1] == "the National Vehicle Safety Administration"


def test_a_participle_after_a_relative_clause_on_a_thing_goes_on_from_the_main_verb(analyze_text):
    """"The state Supreme Court … struck down a 2011 law that limits how much juries can award …,
    ruling 4-3 that the cap violates …": the parser hangs "ruling" on the relative clause; the law rules
    nothing, the court does."""
    result = analyze_text(
        "Story\n\nBRAYMOOR — The state Supreme Court on Thursday struck down a 2011 law that limits how much"
        " juries can award for pain and suffering in medical malpractice cases, ruling 4-3 that the cap"
        " violates the state constitution."
    )
    assert [(a.speaker, a.source_type, a.cue) for a in result.attributions] == [
        ("Supreme Court", "organization", "ruling")
    ]


def test_he_after_an_anonymous_speaker_is_not_someone_a_later_paragraph_names(analyze_text):
    """"The second diplomat said … He cautioned, however, that …" and, two paragraphs later, "Kwabena
    Osei-Darko, who follows the conflict …, said": "he" is the diplomat who just spoke, kept anonymous,
    not the analyst named further down."""
    result = analyze_text(
        "Story\n\nZELMIR – Negotiators have agreed on most of a ceasefire, two diplomats briefed on the talks"
        " said. Both spoke on condition of anonymity.\n\nThe second diplomat said the delegations were likely"
        " to meet again on Monday. He cautioned, however, that both governments faced pressure at home.\n\n"
        "The foreign ministry did not respond to a request for comment.\n\nKwabena Osei-Darko, who follows"
        " the conflict at a think tank in Halvessa, said a truce was “a pause, not a peace”."
    )
    cautioned = [a for a in result.attributions if a.cue == "cautioned"]
    assert len(cautioned) == 1 and cautioned[0].source_type == "anonymous"
    assert "Osei-Darko" not in cautioned[0].speaker


def test_one_unnamed_person_by_what_they_are_to_someone_is_anonymous(analyze_text):
    """"My landlord told me …", "our matron told us …", "a guest told me …", "the estate agent said …":
    one person the text does not name, anonymous as in every practice key (not a blurred group, vague,
    which "critics" and "officials" stay)."""
    result = analyze_text(
        "Story\n\nMy landlord told me the boiler would be fixed.\n\nA guest said the hotel was cold.\n\n"
        "The flat was damp, the estate agent said.\n\nCritics said the plan was poor."
    )
    assert [(a.speaker.lower(), a.source_type) for a in result.attributions] == [
        ("my landlord", "anonymous"),
        ("a guest", "anonymous"),
        ("the estate agent", "anonymous"),
        ("critics", "vague"),
    ]


def test_a_described_woman_named_two_paragraphs_on(analyze_text):
    """Dev article 796's first look (0.64): "“…,” says the woman in the blue anorak …. “… ¶ “…” ¶ Her name
    is Morag Baird." (her quotation runs on into a second paragraph before the writer names her) was an
    unnamed woman, and a later "she says" went to the headland the model tagged a person ("Hallas Point
    was among the last lights …"); both are Morag Baird."""
    result = analyze_text(
        "Feature\n\n“We said it to the light instead,” says the woman in the blue anorak, pointing across the"
        " harbour. “Every night one of us would open the window.\n\n“I still do it from the kitchen.”\n\n"
        "Her name is Morag Baird. She is 79.\n\nAccording to the board’s records, Hallas Point was among the"
        " last lights on the coast to lose its keepers.\n\nShe says she will go to the switching-off"
        " ceremony."
    )
    assert {a.speaker for a in result.attributions if a.source_type != "document"} == {"Morag Baird"}


def test_the_poll_closing_a_sentence_is_the_poll_not_a_party_in_it(analyze_text):
    """Dev article 803: "Green Future could hold the balance of power with around 14 seats, the poll
    suggests." credited the party the sentence names; a poll is a document, never an organization
    named in the sentence it closes (as "…, the consumer charity said" may be)."""
    result = analyze_text(
        "Story\n\nThe exit poll projects that the Social Front will win 64 seats. Green Future could hold"
        " the balance of power with around 14 seats, the poll suggests."
    )
    suggests = [a for a in result.attributions if a.cue == "suggests"]
    assert [(a.speaker, a.source_type) for a in suggests] == [("the poll", "document")]


def test_claiming_victory_is_no_statement(analyze_text):
    """Dev article 803: "Avrell has claimed victory in front of a packed hall" reported "victory in front
    of a packed hall" as what he said; claiming a victory, a win or a trophy is an act, as claiming
    asylum or a seat is (a claim that something is so stays one)."""
    result = analyze_text(
        "Story\n\nAvrell has claimed victory in front of a packed hall in Novereth. The team claimed a"
        " narrow win on Sunday. Avrell claimed the vote had been rigged."
    )
    assert [result.text[a.content_start : a.content_end] for a in result.attributions] == [
        "the vote had been rigged"
    ]


def test_according_to_inside_a_clause_keeps_the_clause_not_the_comparison(analyze_text):
    """Dev article 803: "Turnout at 18:00 stood at 51.2%, according to the Central Electoral Commission,
    up from 47.9% at the same point in 2021." credited the commission with the comparison the writer
    adds after the phrase; its content is the clause with the verb (and, in dev article 354, "The cap
    would raise about £4.2 billion a year, according to the Treasury, money she has promised to spend
    …", not the apposition); "… and is, by its own account, the fastest-growing …" keeps its words."""
    result = analyze_text(
        "Story\n\nTurnout at 18:00 stood at 51.2%, according to the Central Electoral Commission, up from"
        " 47.9% at the same point in 2021.\n\nThe cap would raise about £4.2 billion a year, according to"
        " the Treasury, money she has promised to spend on free childcare for working parents of"
        " two-year-olds.\n\nKindlepay now has about 310,000 users and is, by its own account, the"
        " fastest-growing payroll company in the north of England."
    )
    according = [
        result.text[a.content_start : a.content_end] for a in result.attributions if a.kind == "according_to"
    ]
    assert according == [
        "Turnout at 18:00 stood at 51.2%",
        "The cap would raise about £4.2 billion a year",
        "the fastest-growing payroll company in the north of England",
    ]


def test_a_player_described_by_nationality_is_the_one_just_spoken_of(analyze_text):
    """Dev article 789's first look (0.74): "Ferro … was less guarded. “…,” the Portuguese forward told
    Channel North." was an organization "Portuguese" (the parser made the adjective the subject and
    "forward" an adverb), and "the Portuguese striker" a vague someone; both are the player the
    paragraph opens on, as "the Swede" is. "The Norvaalian official" stays unnamed."""
    for epithet in ("the Portuguese forward", "the Portuguese striker", "the Portuguese"):
        result = analyze_text(
            "Story\n\nArdenholt had led through Luis Ferro's header.\n\nFerro, whose goal was his 19th of"
            f" the season, was less guarded. “It's a penalty,” {epithet} told Channel North."
        )
        assert [(a.speaker, a.source_type) for a in result.attributions] == [("Luis Ferro", "named_person")]
    result = analyze_text(
        "Story\n\n“We can place the ships close together,” said Tariq Belhadj, an analyst.\n\nThe Norvaalian"
        " official said the navy had recorded 14 close approaches."
    )
    assert result.attributions[-1].source_type in ("anonymous", "vague")  # not Tariq Belhadj


def test_the_18_year_old_is_the_one_introduced_as_an_18_year_old(analyze_text):
    """Dev article 789: "Reuben Achterberg, an 18-year-old who had never started a senior game, came off
    the bench …" and later "…, the 18-year-old said: “…”" went to the goalkeeper named in between; an
    age given in an apposition ("Name, an 18-year-old …") is that person's, as "Name, 18," is."""
    result = analyze_text(
        "Story\n\nReuben Achterberg, an 18-year-old who had never started a senior game, came off the bench"
        " to score the winner.\n\nThe shot looped over goalkeeper Marek Zielinski.\n\nAsked whether he"
        " would still do the round on Sunday, the 18-year-old said: “It starts at five.”"
    )
    assert [a.speaker for a in result.attributions] == ["Reuben Achterberg"]


def test_a_debate_moderator_is_the_one_the_introduction_names_moderator(analyze_text):
    """Dev article 811's first look (0.63): every "MODERATOR:" line went to a candidate, because the
    introduction's "Pettibone spoke for about 24 minutes" read as an interview by him; speaking for a
    time meets no one, so the moderator is the one the introduction calls the moderator."""
    result = analyze_text(
        "Transcript: sheriff candidates clash over jail deaths\n\nThe following is an excerpt from Thursday's"
        " debate between Sheriff Dwayne Pettibone and his challenger, Rosa Abarca. The moderator was"
        " Channel 12 anchor Kendra Lindgren. Pettibone spoke for about 24 minutes and Abarca for about 21"
        " minutes.\n\nMODERATOR: Sheriff, let's start with you. Why should voters give you four more years?"
        "\n\nPETTIBONE: Because we've already fixed most of it.\n\nABARCA: That is not what the deputies"
        " tell me.\n\nMODERATOR: Ms. Abarca, would you have done anything differently?"
    )
    turns = [a.speaker for a in result.attributions if a.kind == "direct"]
    assert turns == ["Kendra Lindgren", "Dwayne Pettibone", "Rosa Abarca", "Kendra Lindgren"]


def test_a_person_who_gave_her_name_is_that_name(analyze_text):
    """Dev article 813: "“…,” said the woman, who gave her name as Margaret Doyle, 79." credited the
    woman in a yellow raincoat described before; the name she gave is her name (as it was for
    "Another, who gave her name as …")."""
    result = analyze_text(
        "Flood\n\n17:40 - A woman in a yellow raincoat was being helped into a council van.\n\n\"I've been"
        " here 41 years and I've never seen it come this far up,\" said the woman, who gave her name as"
        " Margaret Doyle, 79."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("Margaret Doyle", "named_person")]


def test_a_witness_described_first_takes_the_name_given_with_the_same_noun(analyze_text):
    """Dev article 816: "A man who had been waiting at a bus stop … said he heard …" and, a paragraph on,
    "“…,” said the man, Kieran Doyle, a 29-year-old hospital porter" were two sources; "Another witness,
    a woman who …, said …" and then "The woman, Margaret Quenby, 64, said …" likewise. The description
    is the person the same noun names next."""
    result = analyze_text(
        "Appeal\n\nA man who had been waiting at a bus stop on the other side of the road said he heard an"
        " engine rev and then a thud.\n\n“It didn’t brake,” said the man, Kieran Doyle, a 29-year-old"
        " hospital porter.\n\nAnother witness, a woman who had just left the club, said the car had been"
        " going far too fast. The woman, Margaret Quenby, 64, said she had known the victim for years."
    )
    assert [a.speaker for a in result.attributions] == [
        "Kieran Doyle",
        "Kieran Doyle",
        "Margaret Quenby",
        "Margaret Quenby",
    ]


def test_police_appealing_for_witnesses_is_an_act(analyze_text):
    """Dev article 816 (and 152, 610, 720, whose keys agree): "Police are appealing for witnesses" was a
    statement by the police with "witnesses" for its content; an appeal for something is a request,
    an act, as "The family asked for privacy" is. What the police said stays a statement."""
    result = analyze_text(
        "Appeal\n\nPolice are appealing for witnesses after a man was struck on a zebra crossing. Officers"
        " said the car had driven off towards the ring road."
    )
    assert [result.text[a.content_start : a.content_end] for a in result.attributions] == [
        "the car had driven off towards the ring road"
    ]


def test_according_to_a_report_released_in_march_leaves_the_participle_out(analyze_text):
    """Dev article 810 (and 13): "According to the 2024 report, released in March, wildfires burned
    118,400 acres last year." gave the report the words "released in March" as its content; a participle
    of a document's making after the phrase describes the report. One that describes the clause's own
    subject ("trapped in the rubble") is not a document's making and stays."""
    result = analyze_text(
        "Fires\n\nAccording to the 2024 report, released in March, wildfires burned 118,400 acres last"
        " year.\n\nAccording to the agency log, obtained under freedom-of-information rules, Okafor attended"
        " two meetings."
    )
    assert [result.text[a.content_start : a.content_end] for a in result.attributions] == [
        "wildfires burned 118,400 acres last year",
        "Okafor attended two meetings",
    ]


def test_a_description_with_a_new_place_is_the_one_just_spoken_of_not_the_titled(analyze_text):
    """Dev article 818: after a paragraph on the opposition leader, "“…,” the Hatherley ward councillor
    said." went to "Cllr Rawle", the one person the article titled councillor; a ward named for the
    first time tells something new of the one just spoken of. "The Athletic chair" after "chair of
    Brenmouth Athletic" is still the chair."""
    result = analyze_text(
        "Budget\n\nCouncil leader Sunita Rawle said the authority had been squeezed. Cllr Rawle said the"
        " council had saved about £40 million.\n\nThe leader of the Conservative opposition, Graham"
        " Pettifer, called the budget a tax rise. He said the administration had wasted money.\n\n"
        "\"Residents are being asked to pay more for less,\" the Hatherley ward councillor said."
    )
    assert result.attributions[-1].speaker == "Graham Pettifer"
    result = analyze_text(
        "Club\n\nPriya Ranganathan, chair of Brenmouth Athletic, met the council on Monday.\n\nThe mayor"
        " Tom Weller said the ground would stay.\n\nThe Athletic chair said the club was relieved."
    )
    assert result.attributions[-1].speaker == "Priya Ranganathan"


def test_a_companys_chief_executive_is_the_one_it_names_later(analyze_text):
    """Dev article 812: a lede's "Tallis Thermal cut its forecast …, and its chief executive told analysts
    the slowdown could last …" stayed an unnamed "its chief executive", though four paragraphs on the
    article names "chief executive Ruth Okonedo", the one person it gives that title."""
    result = analyze_text(
        "Earnings\n\nTallis Thermal cut its revenue forecast on Wednesday, and its chief executive told"
        " analysts the slowdown could last until spring.\n\nThe shares fell 9% in early trading.\n\nOrders"
        " fell by almost a third in the quarter.\n\nThe company makes heat pumps at two factories.\n\n“We"
        " have been here before,” chief executive Ruth Okonedo told analysts."
    )
    assert [a.speaker for a in result.attributions] == ["Ruth Okonedo", "Ruth Okonedo"]


def test_a_share_in_per_cent_signs_speaks_through_the_poll(analyze_text):
    """Dev article 809: "A Castine College poll of 812 likely voters … found …. About 9% said they were
    undecided." gave the words to a vague "About 9" (the sign read as punctuation), where "About 9
    percent" went to the poll."""
    result = analyze_text(
        "Race\n\nA Castine College poll of 812 likely voters released Thursday found the race within the"
        " margin of error. About 9% said they were undecided."
    )
    last = result.attributions[-1]
    assert last.source_type == "document" and last.speaker.startswith("a Castine College poll")


def test_told_the_audience_a_clause_with_its_own_subject_is_what_was_said(analyze_text):
    """Dev article 819: "She told the audience the company had tested Thread with about 2,000 people"
    gave no attribution: the parser hung the clause on "the audience" as if it were a relative clause
    ("the audience the company had tested"). A clause that opens with a noun and its article and lacks
    nothing is the report, after a verb that tells someone; "the people the company had tested" and "a
    tune her father used to whistle" stay relative clauses."""
    result = analyze_text(
        "Launch\n\nMara Lindqvist spoke for roughly 50 minutes.\n\nShe told the audience the company had"
        " tested Thread with about 2,000 people over nine months. She thanked the people the company had"
        " tested. Asked what she will open with, she says a tune her father used to whistle on the bus."
    )
    said = [result.text[a.content_start : a.content_end] for a in result.attributions]
    assert said[0] == "the company had tested Thread with about 2,000 people over nine months"
    assert not any(s.startswith("her father") for s in said)
    assert len([a for a in result.attributions if a.cue == "told"]) == 1


def test_an_office_in_capitals_is_its_holder_in_apposition(analyze_text):
    """Dev article 817: "The Deputy Speaker, Dame Rosalind Ferrars, brought the session to a close …,
    remarking that …" credited a person called "Speaker" (an office the model tagged nothing, though its
    holder stands beside it), where "The chair, Dame Ann Lee, said …" was Ann Lee."""
    result = analyze_text(
        "Sketch\n\nThe Deputy Speaker, Dame Rosalind Ferrars, brought the session to a close at 12.02,"
        " remarking that the House had now “done hedges” and might move on to something with fewer leaves."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("Rosalind Ferrars", "named_person")]


def test_an_appeal_judgment_is_the_judge_who_wrote_it_and_the_mother_the_one_named_later(analyze_text):
    """Dev article 828's first look (0.74): "The lead judgment, given by Lady Justice Penrose, said …
    that the trial judge had given too little weight …. “…,” she wrote." went to the trial judge (a
    subject inside what the judgment said, over the one woman named); "“…,” Lady Justice Penrose wrote.
    “…” Mr Justice Aldous and Mrs Justice Mwangi agreed with her." gave the second quotation to Mwangi
    (agreeing with someone is no tag); and the lede's "The mother of a 19-year-old apprentice … said
    …" stayed unnamed, though the article later names "Liam's mother, Karen Prowse"."""
    paragraphs = [
        "Appeal",
        "The mother of a 19-year-old apprentice electrician who died after being punched said she felt"
        ' "let down all over again" after the Court of Appeal reduced the sentence.',
        "The lead judgment, given by Lady Justice Penrose, said the sentence was \"manifestly excessive\""
        " and that the trial judge had given too little weight to the plea.",
        '"Nothing this court says today can lessen the loss," she wrote.',
        '"It is far from clear who started the argument," Lady Justice Penrose wrote. "He plainly did not'
        ' intend to kill." Mr Justice Aldous and Mrs Justice Mwangi agreed with her.',
        "Outside the court, Liam's mother, Karen Prowse, spoke to reporters.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    speakers = [a.speaker for a in result.attributions]
    assert speakers[0] == "Karen Prowse"
    assert "Mwangi" not in " ".join(speakers) and "trial judge" not in " ".join(speakers)
    quoted = [a for a in result.attributions if a.kind == "direct"]
    assert len(quoted) == 3 and all("Penrose" in a.speaker for a in quoted)


def test_a_worker_described_with_a_who_clause_is_the_one_the_next_tag_names(analyze_text):
    """Dev article 825's first look (0.90): "A line operator who has packed curries at the plant for 17
    years said she had never been on strike before." was an organization (an operator, as of trains)
    named nowhere, though the next paragraph's quotation is tagged "said Shona Birkett, 46." A "who"
    clause describes a person, and she is the one named with her age next, of the gender her "she"
    gives; "A pensioner …, who asked not to be named, said he …" stays anonymous."""
    result = analyze_text(
        "Strike\n\nA line operator who has packed curries at the plant for 17 years said she had never been"
        " on strike before.\n\n“I’m not a militant,” said Shona Birkett, 46. “But something has gone badly"
        " wrong.”\n\nA pensioner buying two pork chops, who asked not to be named, said he had stopped"
        " putting the heating on.\n\n“Fruit's the first thing to go,” said Grace Oyelaran, 29."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions][:3] == [
        ("Shona Birkett", "named_person"),
        ("Shona Birkett", "named_person"),
        ("Shona Birkett", "named_person"),
    ]
    assert result.attributions[3].source_type == "anonymous"


def test_a_man_with_his_age_and_a_group_of_protesters_are_people(analyze_text):
    """Dev article 826's first look (0.86): "Ray Dunleavy, 71, a retired grain elevator operator from
    nearby Pruitt, said …" was an organization (an "operator" beside the name, as in "X, a train
    operator"), and his "he said" then went to the town; "a small group of protesters near the back of
    the barn began chanting …" was an organization too. A name with an age is a person; people
    gathered in a group are unnamed people (GUIDELINES §2: vague), unlike "the Tarn Valley Group"."""
    paragraphs = [
        "Rally",
        "Inside the barn, the mood was closer to a county fair. Ray Dunleavy, 71, a retired grain elevator"
        " operator from nearby Pruitt, said his property tax bill had risen nearly 40% in five years."
        ' "I\'m not asking for a handout," he said.',
        "Midway through the speech, a small group of protesters near the back of the barn began chanting"
        ' "Who pays? Who pays?"',
        "The Tarn Valley Group said the plan would fail.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found[:2] == [("Ray Dunleavy", "named_person"), ("Ray Dunleavy", "named_person")]
    assert found[2] == ("a small group of protesters near the back of the barn", "vague")
    assert found[3] == ("the Tarn Valley Group", "organization")


def test_what_a_source_can_say_is_no_report_that_it_said_it(analyze_text):
    """Dev articles 815 and 818: "It can show that sauna use and lower blood pressure go together" was
    the study's statement and "Residents can comment on the proposals online until 19 February" one of
    residents; what someone is able to say is no report that they said it (nor "the Bank could find
    itself cutting in January"). "Police can confirm that …" says what it does, and stays one;
    "Officials could not say when …" stays a non-statement."""
    paragraphs = [
        "Study",
        "The study is observational. It can show that sauna use and lower blood pressure go together.",
        "Residents can comment on the proposals online until 19 February.",
        "Police can confirm that a man has been arrested.",
        "Officials could not say when the road would reopen.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [(a.speaker, a.cue) for a in result.attributions] == [("Police", "can confirm")]
    assert [n.speaker for n in result.non_statements] == ["officials"]


def test_an_instruction_told_is_an_act_not_a_statement(analyze_text):
    """Dev articles 841 and 369, and the dev keys, which never count one: "he told me to keep doing what
    I'm doing" was the chairman's statement "to keep doing what I'm doing". What someone is told to do
    is an instruction, an act (as "urged" or "asked … to" are when they quote no words); "told residents
    to “stay indoors”" quotes the words, and "told us we have until Friday to appeal" tells a fact."""
    paragraphs = [
        "Instructions",
        "The chairman told me to keep doing what I'm doing.",
        "Harbour Rail has told staff not to speak to the press.",
        "Police told residents to “stay indoors”.",
        "The league has told us we have until Friday to lodge an appeal.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, a.kind, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found == [
        ("Police", "partial", "to “stay indoors”"),
        ("the league", "indirect", "we have until Friday to lodge an appeal"),
    ]


def test_a_business_introduced_by_its_trade_is_an_organization(analyze_text):
    """Dev article 843's first look (0.81): "Industrial pump maker Pellow Brandt is to cut 310 jobs" made
    the company a person, and "The company told staff …" then went to the borough council named last.
    A trade before a name ("pump maker", "regional lender", "investment firm") or beside it ("…, the
    province's main power distributor") makes a business, under its whole name ("Kestrel Bay Capital",
    not "Bay Capital"), and its short name stays that business ("Mabrey did not respond" is Mabrey
    Federal, not a person called Mabrey); "Ray Dunleavy, 71, a retired grain elevator operator" stays a
    man, his age beside him."""
    paragraphs = [
        "Jobs",
        "Industrial boiler maker Corran Vells is to cut 200 jobs at its factory in Holtby.",
        "The company told staff on Wednesday that the cuts would come in two stages.",
        "Councillor Ann Reece, leader of Holtby Borough Council, said the council would help.",
        "Kesterly Bank is in talks to buy regional lender Pasko Federal, two people said. Pasko did not"
        " respond to requests for comment.",
        "A consortium led by investment firm Wren Hollow Capital has made an offer. Wren Hollow, which"
        " manages $30 billion, did not respond to requests for comment.",
        "Fire crews said the blaze began near a line run by Dunmore Grid, the region's main power"
        " distributor. Dunmore Grid said it had cut power to 8,000 homes.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = {(a.speaker, a.source_type) for a in result.attributions}
    assert ("Corran Vells", "organization") in found
    assert ("Dunmore Grid", "organization") in found
    assert not any("Holtby" in a.speaker for a in result.attributions if a.cue == "told")
    assert [n.speaker for n in result.non_statements] == ["Pasko Federal", "Wren Hollow Capital"]


def test_another_someone_and_everyone_are_sources(analyze_text):
    """Dev articles 839, 853 and the dev keys (203, 205, 220, 601): "“…,” one of the diplomats said.
    Another said …" made a vague source called "Another", and "Someone else at the meeting said …",
    "Somebody in the car park said …" and "Everyone tells me …" were no attributions at all. Another is
    another of the group just spoken of; someone is one person unnamed (anonymous), everyone nobody in
    particular (vague); "Not everyone thinks …", "I want somebody to tell me …" and "heard someone
    shout his name" report nothing."""
    paragraphs = [
        "Talks",
        "Talks have stalled, officials briefed on the negotiations said. “It is the fish,” one of the"
        " officials said. Another said the offer had been withdrawn.",
        "Someone else at the meeting said it was more like six weeks.",
        "Everyone tells me the buses are a disgrace.",
        "Not everyone in the valley thinks a phone line is the answer. I just want somebody to tell me"
        " what happens next. He heard someone shout his name.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found[2][1] == "anonymous" and found[2][0] != "Another"
    assert found[3:] == [("someone else at the meeting", "anonymous"), ("everyone", "vague")]


def test_a_named_bodys_officer_is_one_person_and_a_charity_by_its_description(analyze_text):
    """Dev articles 791, 849 and 852: "the council's surveyor told us …" was vague, a blurred group,
    though it is one of the council's staff, unnamed (anonymous, as "a surveyor" is; not "the phone's
    own counter"); "the older people's charity Evergrove" did not make Evergrove a body, so "Evergrove
    said …" was a person."""
    paragraphs = [
        "Roof",
        "The council’s surveyor told us the roof had another 20 years in it.",
        "The figures come from a report published by the older people's charity Marrowby.",
        "Marrowby said its survey had been weighted to reflect the rural population.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found[0] == ("the council’s surveyor", "anonymous")
    assert ("Marrowby", "organization") in found


def test_the_sides_of_a_trial_speak_as_one(analyze_text):
    """Dev article 845's first look, and the dev keys (seven of seven): "The defense contends that …"
    went to the prosecutor named in the sentence before, and "The prosecution says …" was a vague
    group, or (once "prosecution" was a body's word) the defendant the sentence before had as its
    subject. A side of a trial speaks as one: an organization by its own name."""
    paragraphs = [
        "Trial",
        "In his opening statement, Assistant District Attorney Tom Reyes told jurors that the owner had"
        " “gambled with those kids’ lives.” The defense contends that the brakes were inspected.",
        "Alan Stirk, the property developer charged with arson, is back at Tollbridge Crown Court. The"
        " prosecution says he started the fire.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found[1:] == [("the defense", "organization"), ("the prosecution", "organization")]


def test_a_quoted_fragment_of_a_clause_is_not_quoted_again_by_the_next_verb(analyze_text):
    """Dev articles 845, 227, 303, 501, 750 and 810: 'she reminded them that testimony given under a
    grant of immunity “should be weighed with particular care,” and told them not to read …' gave the
    quoted words twice, once inside the reported clause and once as a direct quotation of "told" (as
    if "“…,” and told" were a tag "“…,” she told"): the quotation ends the clause, before its comma."""
    result = analyze_text(
        "Trial\n\nBefore sending jurors home, the judge reminded them that testimony given under a grant of"
        " immunity “should be weighed with particular care,” and told them not to read news coverage.\n\n"
        "The mayor cautioned that payments “could be slower than people hope,” and urged residents to"
        " photograph damage."
    )
    found = [(a.cue, a.kind) for a in result.attributions]
    assert found == [("reminded", "partial"), ("cautioned", "partial"), ("urged", "indirect")]


def test_a_business_named_after_its_trade_is_no_one_she_can_be(analyze_text):
    """Dev article 859's first look (0.65): in an obituary, "The detergent maker Calvex … dismissed her
    findings as “alarmist”" (the parser made the trade the subject, the name its apposition) left
    Calvex a person, and the scientist's own "she said …", "she told the paper" two paragraphs on went
    to the company. A name the text gives a trade is a business, never "she"."""
    paragraphs = [
        "Obituary",
        "Halina Dreszer, who spent fifty years counting algae in Lake Morvane, has died aged 81.",
        "The detergent maker Calvex, then the region’s largest employer, dismissed her findings as"
        " “alarmist”.",
        "She was a prickly presence at the public inquiry that followed.",
        "In a 2004 interview, she said the hardest part had not been the science.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert result.attributions[-1].speaker == "Halina Dreszer"


def test_the_town_of_a_two_word_dateline_is_a_place_not_a_speaker(analyze_text):
    """Dev article 873's first look (0.53): "CARRICK NESS — The man on the bridge wing …" and then
    "Carrick Ness harbour": the model tagged the town a person, and the captain's "he says" went to
    it. A name the dateline gives as the town is a place, however many words it has."""
    paragraphs = [
        "Last watch",
        "CARRICK NESS — The ferry left Carrick Ness harbour at dawn with 31 cars on board.",
        "“You learn when to go,” he says.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [a.speaker for a in result.attributions] != ["Carrick Ness"]
    assert all("Carrick" not in a.speaker for a in result.attributions)


def test_a_man_set_in_the_scene_is_the_one_named_with_his_age_later(analyze_text):
    """Dev article 873: a feature opens on "The man on the bridge wing …" and "The woman waiting at the
    top of the slipway …", quotes each ("he says", "she says"), and names them a paragraph or two later
    by name and age ("Captain Ewan Tulloch, 64, retires …", "Morag Tulloch, 36, teaches …"). The keys
    credit the names; the kit gave "the man on the bridge wing" and "the woman"."""
    paragraphs = [
        "Last watch on the Sound",
        "CARRICK NESS — The man on the bridge wing of the Ardcarra touches the rail twice before every"
        " departure.",
        "“It’s not superstition, it’s manners,” he says.",
        "Captain Ewan Tulloch, 64, retires at the end of the month after 38 years on the route.",
        "The woman waiting at the top of the slipway has heard most of her father’s stories.",
        "“He missed two of my birthdays because of gales,” she says.",
        "Morag Tulloch, 36, teaches at the island’s primary school.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [a.speaker for a in result.attributions] == ["Ewan Tulloch", "Morag Tulloch"]


def test_by_the_count_of_a_body_credits_the_body(analyze_text):
    """Dev article 873: "By the count of Sound Ferries, the state-owned company that runs the service,
    he has made roughly 61,000 crossings" found nothing ("by the company's count" did). The phrase
    credits the body, and its apposition is no part of what the body counts; "by a count of 12 to 3"
    is a vote."""
    paragraphs = [
        "Crossings",
        "By the count of Sound Ferries, the state-owned company that runs the service, he has made"
        " roughly 61,000 crossings.",
        "The motion passed by a count of 12 to 3.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, a.kind, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found == [("Sound Ferries", "according_to", "he has made roughly 61,000 crossings")]


def test_a_role_in_the_lede_is_the_one_person_named_with_it_later(analyze_text):
    """Dev article 869: "… was poisoned by carbon monoxide, a coroner has concluded." and two paragraphs
    later "senior coroner Helen Markby said …": the keys credit the lede to the coroner by name (as
    two older dev articles, an inquest and a court ruling, had it); the kit said "a coroner". A role
    many hold ("an official") stays unnamed."""
    paragraphs = [
        "Chef killed by fumes",
        "A chef found dead in his flat was poisoned by carbon monoxide, a coroner has concluded.",
        "Tomasz Wierzbicki was found by a colleague on the morning of 14 January.",
        "Senior coroner Helen Markby said the boiler had been leaking fumes for several days.",
        "The talks have stalled, an official said.",
        "Nadia Brandt, an official at the ministry, said the talks would resume.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [a.speaker for a in result.attributions][:2] == ["Helen Markby", "Helen Markby"]
    assert result.attributions[2].speaker != "Nadia Brandt"


def test_the_family_of_the_one_the_lede_describes_is_his(analyze_text):
    """Dev article 869: the lede describes the dead man unnamed ("A 27-year-old chef found dead …"), the
    next paragraph names him ("Tomasz Wierzbicki, a popular sous chef …"), and after the witnesses
    "his family described him as “…”" went to the police witness last quoted two paragraphs before.
    With no one in the sentences just before, "his" is the man the article is about."""
    paragraphs = [
        "Chef killed by fumes",
        "A 27-year-old chef found dead in his rented flat was poisoned by carbon monoxide, a coroner has"
        " concluded.",
        "Tomasz Wierzbicki, a popular sous chef at the Saltings Hotel, was found by a colleague.",
        "Detective Sergeant Carl Hennessy told the inquest that officers found the flat warm.",
        "“We don’t know who removed the battery,” he said.",
        "The boiler had last been checked in February 2023, according to the letting agency.",
        "In a statement read to the court by his sister, his family described him as “the big brother of"
        " every kitchen he worked in”.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert result.attributions[-1].speaker == "the family of Tomasz Wierzbicki"


def test_a_courtesy_title_inside_a_description_is_someone_elses(analyze_text):
    """Dev article 650: "Owain Pritchard, a gas engineer who examined the boiler … after Ms Culhane's
    death, said …" made the engineer a woman ("Ms" counted as his title), so "He told the court …"
    in the next paragraph went to a man quoted earlier. The words of a clause inside the description
    say nothing about the person described."""
    paragraphs = [
        "Boiler trial",
        "Lukas Nowicki, 31, said he had sent the landlord several text messages about the boiler.",
        "Owain Pritchard, a gas engineer who examined the boiler two days after Ms Culhane's death, said"
        " a section of the flue had come apart.",
        "He told the court the fault would have been found at an annual safety check.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert result.attributions[-1].speaker == "Owain Pritchard"


def test_a_clause_joined_by_and_before_says_is_not_its_content(analyze_text):
    """Dev article 876: "… the Care Standards Inspectorate found that night staffing … fell, and the
    nurses' union says its members are close to breaking point" (the parser hung both clauses on
    "says") made the inspectorate's finding the union's, as a tag, and lost what the union says."""
    text = (
        "Staffing\n\nBut last month the Care Standards Inspectorate found that night staffing on two medical"
        ' wards fell "below safe levels" on more than a third of the shifts it checked, and the nurses\''
        " union says its members are close to breaking point."
    )
    result = analyze_text(text)
    found = [(a.speaker, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert ("the nurses' union", "its members are close to breaking point") in found
    assert all(not c.startswith("last month") for _, c in found)


def test_said_only_that_reports_the_clause(analyze_text):
    """Dev article 875: "a party spokesman said only that the party would “look at everything”" (the
    parser read the clause as an infinitive of "said") found nothing; and "said only that …" kept
    "only that" in the content, which the keys start after."""
    paragraphs = [
        "Budget",
        "A party spokesman said only that the party would “look at everything”.",
        "The minister said only that the figures were sound.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found == [
        ("a party spokesman", "the party would “look at everything”"),
        ("the minister", "the figures were sound"),
    ]


def test_a_bodys_document_is_the_source_however_the_name_is_parsed(analyze_text):
    """Dev article 876: "The Union of Nursing Staff's survey of its members found that 61 per cent …"
    (the parser made "Union" the subject and hung the survey on the name's "of") credited the union;
    the keys credit such a survey, as every "X's report"/"X's survey" (a document)."""
    text = (
        "Survey\n\nThe Union of Nursing Staff's survey of its members found that 61 per cent had thought"
        " about leaving in the past year."
    )
    result = analyze_text(text)
    [found] = result.attributions
    content = result.text[found.content_start : found.content_end]
    assert found.source_type == "document"
    assert content == "61 per cent had thought about leaving in the past year"
    assert "survey" in found.speaker


def test_a_verb_tagged_a_noun_before_a_finite_clause_is_a_cue(analyze_text):
    """Dev article 871, on a labelled line of a debate: "The tourism board reckons that could bring in
    around 150,000 extra visitors a year" (the tagger read "reckons" as a plural noun, and its clause
    opens on "that" as a subject, not a that-clause) found nothing."""
    paragraphs = [
        "Debate",
        "The candidates, Deborah Aylward and Femi Adebayo, met on Tuesday.",
        "MODERATOR: Councillor Adebayo, what about the theatre?",
        "ADEBAYO: The tourism board reckons that could bring in around 150,000 extra visitors a year.",
        "AYLWARD: It could not.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, a.cue) for a in result.attributions if a.cue == "reckons"]
    assert found == [("the tourism board", "reckons")]


def test_they_after_the_body_the_writer_contacted_is_that_body(analyze_text):
    """Dev article 871: "I met the fund last month and they told me a bid of around £4 million would be
    “very competitive”" went to another body met two lines before. "They" joined to a clause in which
    "I" or "we" met, rang or wrote to a body is that body; a bare "the office" says whose office only by
    the body the article is about."""
    paragraphs = [
        "Letters",
        "The council says the bins will be collected on Friday.",
        "We wrote to the water company last week and they told us the leak would be fixed.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert result.attributions[-1].speaker == "the water company"


def test_a_name_set_off_before_a_closing_tag_is_the_speaker(analyze_text):
    """Dev article 882: "He died on Sunday at St Oswin's Hospice after a short illness, his widow,
    Maureen Ferrier, said." (the parser hung "his widow" on "illness" and the name on "died", and
    offered the reported clause's "He" as the subject) found nothing. The name before the closing
    tag speaks, and what she said ends before the description of her."""
    paragraphs = [
        "Obituary",
        "Winston Ferrier, who drove the No 14 bus for 31 years, has died aged 81.",
        "He died on Sunday after a short illness, his widow, Maureen Ferrier, said.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found == [("Maureen Ferrier", "He died on Sunday after a short illness")]


def test_a_courtesy_title_tells_which_of_two_people_a_surname_is(analyze_text):
    """Dev article 882: "Winston Ferrier" and "his widow, Maureen Ferrier" share a surname; "Mrs Ferrier
    said …" went to him (the first introduced), which made him a woman, so that every "he" for him was
    left unresolved. "Mrs", "Ms", "Miss" or "Mr" before a shared surname is the one whose first name is of
    that gender."""
    paragraphs = [
        "Obituary",
        "Winston Ferrier, who drove the No 14 bus for 31 years, has died aged 81.",
        "He died on Sunday after a short illness, his widow, Maureen Ferrier, said.",
        "Ferrier arrived in Hallowfield at 19.",
        "“You learn a town from the driver’s seat,” he said in a 2009 interview.",
        "Mrs Ferrier said her husband had kept every one of his union cards.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    speakers = [a.speaker for a in result.attributions]
    assert speakers == ["Maureen Ferrier", "Winston Ferrier", "Maureen Ferrier"]


def test_a_bodys_name_the_model_missed_is_what_the_body_word_stands_for(analyze_text):
    """Dev article 882: "the Road and Passenger Workers’ Union" (tagged nothing by the model) left "the
    union said …" and "according to the union" as "the union". A run of capitalised words ending in an
    organization word is a body's name."""
    paragraphs = [
        "Obituary",
        "He was elected chair of the depot’s branch of the Road and Passenger Workers’ Union in 1979.",
        "The union said its branch banner would be carried at the funeral.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [a.speaker for a in result.attributions] == ["the Road and Passenger Workers’ Union"]


def test_that_before_the_clauses_own_subject_opens_what_was_told(analyze_text):
    """PolNeAR (train): "Mr. Paulson told investors that concerns about specialty pharmaceuticals like
    Valeant were “overblown”" found nothing: the tagger read "concerns" as a verb, the parser made "that"
    the clause's subject, and the kit took the clause for a relative one of "investors". A "that" right
    before the clause's own subject opens what was told (and is not part of it); a "that" that is its only
    subject stays ("told me that’s the same thing")."""
    paragraphs = [
        "Funds",
        "Mr. Paulson told investors that concerns about specialty pharmaceuticals like Valeant were "
        "“overblown.”",
        "Other chefs have told me that’s the same thing with better manners.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found == [
        ("Paulson", "concerns about specialty pharmaceuticals like Valeant were “overblown"),
        ("other chefs", "that’s the same thing with better manners"),
    ]


def test_a_past_tense_read_as_a_participle_of_its_subject_reports_the_rest(analyze_text):
    """PolNeAR (train): "Multiple outlets reported on Wednesday the Secret Service had “more than one
    conversation” with Trump" found nothing: the parser read "reported on Wednesday" as describing
    "outlets" and "the Secret Service had …" as the sentence. A participle whose noun is the subject of a
    verb with a second subject after it is the cue, and the outlets its speaker."""
    text = (
        "Campaign\n\nMultiple outlets reported on Wednesday the Secret Service had “more than one "
        "conversation” with Trump or his staff."
    )
    result = analyze_text(text)
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found == [("multiple outlets", "vague")]
    said = result.text[result.attributions[0].content_start : result.attributions[0].content_end]
    assert said == "the Secret Service had “more than one conversation” with Trump or his staff"


def test_a_q_label_is_not_part_of_the_first_words_of_the_question(analyze_text):
    """Dev article 893: "Q. People in Corrisdale say you bought the mill on a whim" made "People" a person
    (named_person, "Q. People in Corrisdale" its phrase): the tokenizer keeps "Q." as one word, as an
    initial, and the tagger read the word after it as a name. A "Q." or "A." opening a paragraph is split
    from what follows it (not "A. J. Hale", an initial)."""
    paragraphs = [
        "Interview",
        "Our editor, Lina Moreau, met Hester Quayle at the mill.",
        "Q. People in Corrisdale say you bought the mill on a whim. Did you?",
        "A. J. Hale, the auctioneer, said the hammer came down at noon.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    cues = {(a.cue_start, a.cue_end): a for a in result.attributions if a.cue_start is not None}
    people = next(a for (start, end), a in cues.items() if result.text[start:end] == "say")
    assert (people.speaker, people.source_type) == ("people in Corrisdale", "vague")
    assert any(a.speaker == "J. Hale" for a in result.attributions)


def test_records_show_read_as_a_noun_closes_the_clause_before(analyze_text):
    """Dev article 894: "The fund lost roughly 6% …, state pension records show." was an unattributed
    claim: the tagger read "show" as a noun after "records". A document's plural and such a noun, set off
    by the comma that closes the sentence's clause, are its closing tag."""
    text = (
        "Pensions\n\nThe fund lost roughly 6% in the fiscal year that ended June 30, 2023, after Delvecchio "
        "moved part of its holdings into commercial real estate, state pension records show."
    )
    result = analyze_text(text)
    found = [(a.speaker, a.source_type, a.kind) for a in result.attributions]
    assert found == [("state pension records", "document", "according_to")]
    assert result.text[result.attributions[0].content_start :].startswith("The fund lost roughly 6%")


def test_a_quoted_label_the_parser_hung_inside_the_object_is_the_label(analyze_text):
    """Dev article 895: "Her critics call her plan to hire 1,200 more state troopers “a campaign ad with a
    badge on it”" was a quoted term with no owner: the parser read the label as a second object of
    "hire". A quotation opening a second object, or an apposition, inside the named object's phrase is
    the label given."""
    paragraphs = [
        "Column",
        "Annika Roswell wants more police.",
        "Her critics call her plan to hire 1,200 more state troopers “a campaign ad with a badge on it,” and "
        "they have a point.",
        "The mayor called the decision to sell the park land “a betrayal.”",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, a.kind) for a in result.attributions]
    assert found == [("Annika Roswell’s critics", "partial"), ("the mayor", "partial")]
    assert not result.quoted_terms


def test_the_question_put_to_a_speaker_is_not_her_answer(analyze_text):
    """Dev article 895: "Asked by the moderator, Channel 7’s Celia Banerjee, how she would pay for her
    promise …, she said she would close “a loophole …”" gave the moderator the question as what she said:
    the parser hung the question on "said" beside the answer, and "she" went to the moderator named in
    it. What opens with "Asked" is the question, and the one answering is not the one asking."""
    paragraphs = [
        "Column",
        "Annika Roswell and Garrett Mayhew met in Thursday night’s debate.",
        "Asked by the moderator, Channel 7’s Celia Banerjee, how she would pay for her promise to cap "
        "tuition, she said she would close “a loophole the size of a barn door” in the tax code.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found == [
        ("Annika Roswell", "she would close “a loophole the size of a barn door” in the tax code"),
    ]


def test_what_someone_says_is_not_the_clause_of_when_they_say_it(analyze_text):
    """Dev article 895: "…, which is what candidates say when they have not done the arithmetic" made
    "candidates" say "when they have not done the arithmetic". When "what" is the object of the verb of
    saying, a clause after the verb is not what was said."""
    text = "Column\n\nThat is what candidates say when they have not done the arithmetic."
    assert analyze_text(text).attributions == ()


def test_then_said_after_a_comma_has_the_subject_of_the_verb_before(analyze_text):
    """Dev article 895: "Roswell let the applause die down, then said: “Garrett, I spent ten years …”"
    went to her rival, the speaker before: the parser read "Roswell let …" as a clause reported by a
    "said" left without a subject. ", then said" has the subject of the verb before the comma."""
    paragraphs = [
        "Column",
        "Garrett Mayhew accused her of “hiding behind the Legislature.”",
        "Roswell let the applause die down, then said: “Garrett, I spent ten years on the Senate Finance "
        "Committee. I’ve written budgets.”",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [a.speaker for a in result.attributions] == ["Garrett Mayhew", "Roswell"]


def test_a_surname_read_as_an_adverb_opens_the_sentence_as_its_speaker(analyze_text):
    """Dev article 897: "Vesely, whose party holds 31 of the coalition’s seats, said her lawmakers would
    not vote …" found nothing: the model tagged "Vesely" nothing and the parser read it as an adverb. A
    word the article knows as a name, opening the sentence before a comma, is the subject of a cue left
    without one."""
    paragraphs = [
        "Budget",
        "Hana Vesely leads the Rural Alliance.",
        "Vesely, whose party holds 31 of the coalition’s seats, said her lawmakers would not vote for any "
        "bill that cut payments to farms.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found == [("Hana Vesely", "her lawmakers would not vote for any bill that cut payments to farms")]


def test_shot_back_and_fired_back_are_cues(analyze_text):
    """Dev article 898: "Delacourt shot back that the list had fallen “for eight months in a row”" was a
    quoted term and an unattributed claim. "shoot back" and "fire back" (a retort) are reporting verbs
    with their particle, which the parser reads as an adverb; the cue is the phrase."""
    paragraphs = [
        "Debate",
        "Rasmus Delacourt and Nadia Serrat clashed on waiting lists.",
        "Delacourt shot back that the list had fallen “for eight months in a row.”",
        "Serrat fired back that the figures were a fantasy.",
        "The police fired at the car.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, result.text[a.cue_start : a.cue_end]) for a in result.attributions]
    assert found == [("Rasmus Delacourt", "shot back"), ("Nadia Serrat", "fired back")]


def test_a_pseudo_cleft_with_a_quotation_reports_the_quotation(analyze_text):
    """Dev article 896: "What he told me when I took the job was, “You'll get what the budget allows and
    not a penny less.”" in an answer found nothing. A pseudo-cleft "What X told me was," reports the
    quotation after the comma, as it reports a that-clause after "is"."""
    paragraphs = [
        "Interview",
        "Martin O'Dowd was appointed manager of Skelbourne Town nine days ago. He sat down with our football "
        "writer, Tessa Ruane, on Tuesday. Her questions are marked TR and his answers MO.",
        "TR: The chairman, Gordon Fairlie, has promised money for new players. How much?",
        "MO: That's a question for him. What he told me when I took the job was, \"You'll get what the "
        "budget allows and not a penny less.\" I took that as a joke.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    cued = [a for a in result.attributions if a.cue_start is not None]
    told = [a for a in cued if result.text[a.cue_start : a.cue_end] == "told"]
    # (the whole quotation, its full stop inside the marks, as every direct quotation's content is)
    assert [(a.speaker, result.text[a.content_start : a.content_end]) for a in told] == [
        ("Gordon Fairlie", "You'll get what the budget allows and not a penny less.")
    ]


def test_questions_in_italics_are_the_interviewers_turns(analyze_text):
    """Dev article 905: a print Q&A whose questions are in Markdown italics ("*Where did the book
    start?*") and whose answers are plain paragraphs found almost nothing (7 of 19). Questions in
    italics are labelled turns as questions in bold are, the plain paragraphs after them the answers."""
    paragraphs = [
        "Q&A",
        "Hesper Quayle, 52, worked nights in her uncle’s bakery for almost a decade. She spoke to our books "
        "editor, Owen Talbot, at her kitchen table; his questions are in italics.",
        "*Where did the book start?*",
        "With a smell, honestly. Burnt sugar at four in the morning.",
        "*Would you ever go back to nights?*",
        "Never. Well, maybe for a week, for research.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found == [
        ("Owen Talbot", "Where did the book start?"),
        ("Hesper Quayle", "With a smell, honestly. Burnt sugar at four in the morning."),
        ("Owen Talbot", "Would you ever go back to nights?"),
        ("Hesper Quayle", "Never. Well, maybe for a week, for research."),
    ]


def test_a_hyphenated_noun_is_not_a_particle_of_the_cue(analyze_text):
    """Dev article 902: "called the baffling mix-up “a failure we all need to understand”" was read as
    "call up" (a phone call, no statement), so the label went to the "said" after it. The end of a
    hyphenated word is no particle; the noun it ends is what was named."""
    text = (
        "Police\n\nChief Constable Ruth Mallinson called the baffling mix-up “a failure we all need to "
        "understand” and said the force had referred its own handling of the search to the watchdog."
    )
    result = analyze_text(text)
    t = result.text
    found = [(t[a.cue_start : a.cue_end], t[a.content_start : a.content_end]) for a in result.attributions]
    assert found == [
        ("called", "the baffling mix-up “a failure we all need to understand”"),
        ("said", "the force had referred its own handling of the search to the watchdog"),
    ]


def test_a_name_after_a_title_in_full_or_rev_is_a_person(analyze_text):
    """Dev article 908: "the Rev Helen Stannard" (tagged a place) and "Detective Constable Priya Lanyon"
    (tagged a body) were organizations. "Rev" is a title written short, and a role written in full before
    a given name and a surname makes the name a person's."""
    paragraphs = [
        "Court",
        "The Rev Helen Stannard, rector of the Wendle Valley parishes, said the congregation had worshipped "
        "in the village hall for seven months.",
        "Speaking outside court, Detective Constable Priya Lanyon of Wendleshire Police said: “Lead theft is "
        "not a victimless crime.”",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found == [("Helen Stannard", "named_person"), ("Priya Lanyon", "named_person")]


def test_a_title_before_another_name_tells_nothing_of_her_gender(analyze_text):
    """Dev article 908: "read to the court by Mr Oduya, the Rev Helen Stannard, rector …, said" made her a
    man ("Mr" of the name the parser hung hers on), so her "she wrote" found no one. A name in apposition
    to another person's name takes no gender from that name's title."""
    paragraphs = [
        "Court",
        "In a statement read to the court by Mr Oduya, Helen Stannard, rector of the parishes, said the "
        "congregation had worshipped in the hall.",
        "“People ask me what was taken,” she wrote.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [a.speaker for a in result.attributions] == ["Helen Stannard", "Helen Stannard"]


def test_a_noun_in_lower_case_with_an_age_is_no_name(analyze_text):
    """Dev article 903: "…,” says the legendary skipper, 66, who joined …" made "skipper" a person's name
    (the tagger read the noun as a name, and an age after it marks a name). A word in lower case is never
    a person's name."""
    text = (
        "Feature\n\n“You learn the Sound the way you learn a person,” says the skipper, 66, who joined the "
        "tender in 1991."
    )
    result = analyze_text(text)
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("the skipper", "vague")]


def test_citing_a_reason_for_a_refusal_is_no_statement(analyze_text):
    """Dev article 906: "Dunmarsh Royal Infirmary declined to comment, citing patient confidentiality."
    was a refusal and an attribution of "patient confidentiality" to a person. "citing" after a refusal
    gives its reason; an infirmary is an organization."""
    text = "Live\n\n2.10pm: Dunmarsh Royal Infirmary declined to comment, citing patient confidentiality."
    result = analyze_text(text)
    assert result.attributions == ()
    assert [n.speaker for n in result.non_statements] == ["Dunmarsh Royal Infirmary"]


def test_a_name_after_a_long_description_is_the_speaker(analyze_text):
    """Dev article 906: "A pharmacist who was watching with her two children outside a bank on Brewer's
    Hill, Ruth Abara told us she had run …" went to the description (the parser gave the verb both as
    subjects). The name that follows the description and its comma, right before the verb, speaks."""
    text = (
        "Live\n\nThe spectator has come forward. A pharmacist who was watching with her two children "
        "outside a bank on Brewer's Hill, Ruth Abara told us she had run to the cabinet."
    )
    result = analyze_text(text)
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("Ruth Abara", "named_person")]


def test_a_business_named_after_its_description_is_the_source(analyze_text):
    """Dev article 906: "according to the timing company, ChipLine" went to the race organiser, the
    business spoken of before. A company word with a name in apposition after its comma is that name."""
    paragraphs = [
        "Live",
        "The race organiser, Northline Events, said the course was clear.",
        "It took almost 25 minutes for the last runners to cross the start line, according to the timing "
        "company, ChipLine.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert result.attributions[-1].speaker == "ChipLine"


def test_a_record_that_shows_a_figure_is_a_source(analyze_text):
    """Dev articles 893 and 897: "Your accounts show a loss of 310,000 pounds last year" and "The memo …
    estimates the cost of a two-week shutdown at roughly 310 million crowns" were the writer's claims (and
    the memo's quoted label went to "the cost …" as an inverted tag). A document that shows or estimates
    an object holding a figure reports it; "the figures show the scale of the problem" (no figure) does
    not."""
    paragraphs = [
        "Budget",
        "Federal figures show a loss of about 31,000 manufacturing jobs over her two terms.",
        "The memo, which is marked “restricted,” estimates the cost of a two-week shutdown at roughly 310 "
        "million crowns.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    t = result.text
    found = [(a.speaker, a.source_type, t[a.content_start : a.content_end]) for a in result.attributions]
    assert found == [
        ("Federal figures", "document", "a loss of about 31,000 manufacturing jobs over her two terms"),
        ("the memo", "document", "the cost of a two-week shutdown at roughly 310 million crowns"),
    ]
    assert analyze_text("Budget\n\nThe figures show the scale of the problem.").attributions == ()


def test_a_poll_that_had_someone_ahead_by_a_figure_reports_it(analyze_text):
    """Dev article 891: "The same poll had Pruett ahead by 14 points in early January." was the writer's
    claim. A poll that "had" someone ahead or behind by a figure reports the lead."""
    paragraphs = [
        "Campaign",
        "A Granite Point University poll released Friday found Pruett at 31 percent.",
        "The same poll had Pruett ahead by 14 points in early January.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    last = result.attributions[-1]
    assert (last.source_type, result.text[last.content_start : last.content_end]) == (
        "document",
        "Pruett ahead by 14 points",
    )


def test_a_cue_with_a_clause_of_its_own_after_a_quotation_does_not_take_it(analyze_text):
    """Dev article 891: "Ostrow … accused her chief rival of “taking checks …,” as a new poll showed his
    lead in New Hampshire shrinking to single digits." gave the quotation to the poll. A cue after a
    quotation that reports a clause of its own (with its own subject) takes the quotation only when no
    other cue is near; the poll reports the lead."""
    text = (
        "Campaign\n\nSen. Miriam Ostrow of Ohio on Saturday accused her chief rival of “taking checks from "
        "the people who set the price of your insulin,” as a new poll showed his lead in New Hampshire "
        "shrinking to single digits."
    )
    result = analyze_text(text)
    found = [(a.speaker, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found[-1] == ("a new poll", "his lead in New Hampshire shrinking to single digits")
    assert found[0][0] == "Miriam Ostrow" and "taking checks" in found[0][1]


def test_described_as_with_as_hung_on_the_adjective(analyze_text):
    """Dev article 916: "Colleagues from that period describe her as relentless; she is said to …" found
    nothing: the parser hung "as" on "relentless". An adjective after the object with "as" right before
    it is how the object was described."""
    text = (
        "Obituary\n\nColleagues from that period describe her as relentless; she is said to have visited "
        "every plant at least once a month."
    )
    result = analyze_text(text)
    found = [(a.speaker, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found == [("Colleagues from that period", "her as relentless")]


def test_a_bare_spokeswoman_speaks_for_the_body_her_sentence_named(analyze_text):
    """Dev article 919: "Kelder did not respond when we asked …, though a spokeswoman said on Tuesday that
    …" left "a spokeswoman" nobody's (the model tagged "Kelder" no organization). A bare spokesperson
    speaks for the organization her own sentence spoke of before her."""
    paragraphs = [
        "Editorial",
        "Kelder Water runs the treatment works at Millbeck.",
        "Kelder did not respond when we asked how much it has spent, though a spokeswoman said on Tuesday "
        "that the company would publish spill data.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [a.speaker for a in result.attributions] == ["a spokeswoman for Kelder Water"]


def test_described_as_with_as_read_as_an_adverb_of_the_adjective(analyze_text):
    """PolNeAR train ("describing the security team as highly accomplished"): "Mayor Lopez described the
    security team as highly accomplished." found nothing: the parser read "as" as an adverb of the
    participle it made an adverbial clause. The clause that opens with "as" is how the object was
    described."""
    result = analyze_text("Council\n\nMayor Lopez described the security team as highly accomplished.")
    found = [(a.speaker, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found == [("Lopez", "the security team as highly accomplished")]


def test_a_body_named_by_its_own_words_is_not_the_one_spoken_of_before(analyze_text):
    """PolNeAR train: "News Corporation denied the reports. The Clinton campaign denies any wrongdoing and
    points out that Sanders signed …" credited the campaign's point to News Corporation, the body the
    sentence before spoke of. "The Clinton campaign" names itself; it stands for no earlier body."""
    text = (
        "Money\n\nThe company has previously denied any wrongdoing. News Corporation denied the reports. "
        "The Clinton campaign denies any wrongdoing and points out that Sanders signed the same agreement."
    )
    result = analyze_text(text)
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found == [("the Clinton campaign", "organization")]


def test_a_tags_pronoun_is_not_the_subject_of_the_clause_it_reports(analyze_text):
    """Dev articles 921 and 351: "Ambroz … said the law had let a utility drain aquifers. Kittredge, she
    said, had taken “more than $300,000 from water companies” over his career." credited Kittredge with
    what was said about him. The subject of the clause a tag sits in is not the tag's "she"."""
    text = (
        "Debate\n\nCeleste Ambroz, who served two terms as attorney general, said she was proud of her "
        "record in the state. Wade Kittredge, she said, had taken “more than $300,000 from water "
        "companies” over his career."
    )
    result = analyze_text(text)
    found = [(a.speaker, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found[-1][0] == "Celeste Ambroz" and "$300,000" in found[-1][1]


def test_a_quoted_question_hung_on_an_inverted_cue_is_the_askers(analyze_text):
    """Dev article 925: "“Is there any scenario where Hollowmark slips again?” asked Petra Solberg, an
    analyst at Vanterra Securities." went to the filing of the paragraph before: the parser hung the
    question's "Is" on "asked" as a passive's auxiliary, so "asked" seemed to have no speaker. An
    auxiliary inside the quotation makes no passive of the cue."""
    paragraphs = [
        "Results",
        "The filing also showed that the company drew $40 million from a credit line in August.",
        "“Is there any scenario where Hollowmark slips again?” asked Petra Solberg, an analyst at Vanterra "
        "Securities.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    last = result.attributions[-1]
    assert (last.speaker, last.kind, last.cue) == ("Petra Solberg", "direct", "asked")


def test_a_quotation_opening_a_paragraph_is_the_last_speakers_not_the_one_he_spoke_of(analyze_text):
    """Dev article 928: "Michael Kettering, 61, said his father had kept “every negative …” …. ¶ “Dad
    reckoned the angry letters were the best record of the lot,” he said." gave the son's words to the
    father, the last man mentioned. The "he" of a quotation opening a paragraph is the last person the
    paragraph before credits with a statement, over one only spoken of in it."""
    paragraphs = [
        "Obituary",
        "Ambrose Kettering, the Herald photographer, has died aged 88, his son Michael said.",
        "Michael Kettering, 61, said his father had kept “every negative and every angry letter” in the "
        "garage of the family home. The family has offered the collection to the museum.",
        "“Dad reckoned the angry letters were the best record of the lot,” he said.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert result.attributions[-1].speaker == "Michael Kettering"


def test_a_share_of_people_who_said_something_speaks(analyze_text):
    """PolNeAR train ("compared with four in 10 who said they preferred someone with political
    experience", "23 percent who said …"): a share of people followed by "who said" reported nothing, as a
    number is no one. A share of people, like "About 40 percent said", is who says it."""
    text = (
        "Poll\n\nAmong Republicans, 55 percent favored an outsider, compared with four in 10 who said they "
        "preferred someone with experience."
    )
    result = analyze_text(text)
    said = result.text
    found = [(a.speaker, a.source_type, said[a.content_start : a.content_end]) for a in result.attributions]
    assert ("four in 10", "vague", "they preferred someone with experience") in found


def test_a_tag_ending_in_a_colon_opens_the_quotation_after_it(analyze_text):
    """Dev article 920: "Later, turning to his opponent, Lt. Gov. Theresa Vanterpool, he told the crowd:"
    before a quotation paragraph also credited him with "Later, turning to his opponent, …", read as a
    clause the tag closed. A cue ending in a colon opens what follows; it closes nothing."""
    paragraphs = [
        "Rally",
        "Dale Brumfield spoke at the fairgrounds on Saturday.",
        "Later, turning to his opponent, Lt. Gov. Theresa Vanterpool, he told the crowd:",
        '"I have run a business for 26 years. I know what it is to make payroll."',
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.kind, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found == [("direct", "I have run a business for 26 years. I know what it is to make payroll.")]


def test_people_named_in_a_phrase_opening_the_clause_are_not_its_he(analyze_text):
    """Dev article 926: "Cross-examined by Naomi Brisco KC, for Mr Penhale, he agreed that rain had been
    forecast …" credited the claimant, named in the phrase before "he", with what the witness agreed. A
    phrase with no subject of its own that opens the clause names others: the one who questions him, the
    side she acts for."""
    paragraphs = [
        "Trial",
        "Liam Treloar, 31, was the first witness called by the company in a claim brought by Gareth Penhale.",
        "Mr Treloar told the court that the wind had been light. The company’s own limit is 10mph.",
        "Cross-examined by Naomi Brisco KC, for Mr Penhale, he agreed that rain had been forecast for that "
        "afternoon.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert result.attributions[-1].speaker == "Liam Treloar"


def test_a_lede_that_describes_its_person_is_the_one_named_next(analyze_text):
    """Dev article 920: "The trucking executive who wants to be Norwalla's next governor climbed onto a hay
    wagon … and told a few hundred supporters that …" left the lede's words to an unnamed "trucking
    executive", though the next paragraph opens on "Dale Brumfield, the Republican nominee". A lede that
    describes its person with a "who" clause and names no one speaks for the person the next paragraph
    opens on."""
    paragraphs = [
        "Rally",
        "The trucking executive who wants to be the state's next governor climbed onto a hay wagon on "
        'Saturday and told supporters that the grocery tax was "a tax on being hungry."',
        "Dale Brumfield, the Republican nominee, promised to repeal the tax in his first year.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    first = result.attributions[0]
    assert (first.speaker, first.source_type) == ("Dale Brumfield", "named_person")


def test_shares_opening_the_paragraph_after_a_poll_speak_through_it(analyze_text):
    """Dev articles 920 and 798: "A Rockhaven University poll released Thursday found …. ¶ Nearly six in
    10 respondents said …, but only about a third said …" left both shares unnamed (vague): the poll was
    cited in the paragraph before, and "about a third" was no share the kit read. A share opening the
    paragraph after the poll speaks through it, as one in the same paragraph does."""
    paragraphs = [
        "Race",
        "A Rockhaven University poll released Thursday found Vanterpool leading Brumfield 46 percent to 43 "
        "percent. In June, the same poll had her ahead by nine points.",
        "Nearly six in 10 respondents said they supported repealing the grocery tax, but only about a third "
        "said the state can afford it.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    said = [(a.source_type, a.speaker) for a in result.attributions if a.cue == "said"]
    assert said == [("document", "a Rockhaven University poll released Thursday")] * 2


def test_a_document_named_before_what_it_shows_is_named_without_it(analyze_text):
    """Dev article 920: "Asked about federal records showing that his company was fined twice in 2021 …"
    named the source "federal records showing that his company was fined twice in 2021": what a document
    shows, suggests or finds is not its name, as what a statement says is not."""
    result = analyze_text(
        "Rally\n\nAsked about federal records showing that his company was fined twice in 2021, he was "
        "dismissive."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found == [("federal records", "document")]


def test_a_name_set_off_before_a_description_read_as_a_clause_is_the_speaker(analyze_text):
    """Dev article 937: "Sandford boss Gareth Pryce, all smiles in the tunnel, told reporters: “…”" gave
    the quotation to an unnamed "Sandford boss Gareth Pryce, all smiles in the tunnel" (vague): the parser
    made "smiles" a verb with Pryce its subject, and "smiles" the subject of "told". The name set off
    before the description is who told them."""
    result = analyze_text(
        "Final\n\nSandford boss Gareth Pryce, all smiles in the tunnel, told reporters: “If we play like we "
        "did in the semi, we’ll probably be fine.”"
    )
    found = [(a.speaker, a.source_type, a.kind) for a in result.attributions]
    assert found == [("Gareth Pryce", "named_person", "direct")]


def test_counted_members_of_a_party_are_anonymous_people_not_the_party(analyze_text):
    """Dev article 935: "Two senior Social Democrats told our reporters that a leadership contest could be
    called …" credited the party, an organization. Members of a party counted by a number are people
    left unnamed (anonymous); the bare "Republicans said" stays the party."""
    result = analyze_text(
        "Count\n\nTwo senior Social Democrats told our reporters that a leadership contest could be called "
        "next week.\n\nRepublicans said the nominee should step aside."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found == [("two senior Social Democrats", "anonymous"), ("Republicans", "organization")]


def test_conceding_defeat_is_an_act_as_claiming_victory_is(analyze_text):
    """Dev article 935: "Elin Roos has conceded defeat." was an attribution whose content was "defeat". A
    defeat conceded is an act, as a victory claimed is; "conceded that the plan had failed" still reports."""
    result = analyze_text(
        "Count\n\nElin Roos has conceded defeat.\n\nThe minister conceded that the plan had failed."
    )
    assert [(a.speaker, a.cue) for a in result.attributions] == [("the minister", "conceded")]


def test_a_description_by_the_words_the_article_named_him_with_is_him(analyze_text):
    """Dev article 937: "Pryce was still seething when he reached the interview room. “…,” the Sandford
    manager said." left the quotation to an unnamed "Sandford manager": the sentence before reports
    nothing. A description whose name word and role are the ones the article named the subject with
    ("Sandford boss Gareth Pryce") is him; the club's captain, also "Sandford", is not its manager."""
    paragraphs = [
        "Final",
        "Sandford captain Liam Ross is on the bench. Sandford boss Gareth Pryce, all smiles in the tunnel, "
        "told reporters: “We will be fine.”",
        "Pryce was still seething when he reached the interview room. “I’ve watched it four times and I "
        "still can’t see a foul,” the Sandford manager said.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [a.speaker for a in result.attributions] == ["Gareth Pryce", "Gareth Pryce"]


def test_an_opposition_spokesperson_is_a_named_politician(analyze_text):
    """Dev articles 948, 175, 233, 234, 362 and 738: "The opposition’s education spokeswoman, Imogen Sallow"
    was typed a spokesperson, the voice of a body. An opposition (or shadow) spokesperson is a politician
    speaking for herself: a named person. A ministry's spokeswoman stays a spokesperson."""
    result = analyze_text(
        "Results\n\nThe opposition’s education spokeswoman, Imogen Sallow, said teachers were being asked to "
        "do more with less.\n\nA spokeswoman for the ministry, Ana Ruiz, said the plan would go ahead."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found == [("Imogen Sallow", "named_person"), ("Ana Ruiz", "spokesperson")]


def test_state_television_and_a_news_agency_by_its_name_are_organizations(analyze_text):
    """Dev articles 944, 196 and 804: "State television described the visit as …" and "The state news
    agency TNA reported that …" were vague sources. A broadcaster, and a body named after the word for its
    kind, are organizations; "a senior coalition MP" is still one unnamed person."""
    result = analyze_text(
        "Summit\n\nState television described the visit as “a turning point” in relations.\n\n"
        "The state news agency TNA reported that the president had raised the case of three drivers.\n\n"
        "A senior coalition MP told the paper that the levy had been forced on the ministry."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found[:2] == [("State television", "organization"), ("TNA", "organization")]
    assert found[2][1] != "organization"  # (the MP, a title, is no body's name)


def test_a_body_the_lede_names_by_its_kind_is_the_one_the_next_paragraph_names(analyze_text):
    """Dev articles 947 and 325: "More than 6,000 … staff … will be balloted for strike action, their union
    said on Monday" in the lede, then "The Logistics and Distribution Workers' Union (LDWU) said …": the
    lede's "their union" stayed nobody's. A body the lede speaks of by its kind is the one the next
    paragraph opens on with that word (without its bracketed initials)."""
    paragraphs = [
        "Strike",
        "More than 6,000 warehouse staff at Corran Freight will be balloted for strike action, their union "
        "said on Monday.",
        "The Logistics and Distribution Workers' Union (LDWU) said the ballot would open on Thursday.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    first = result.attributions[0]
    union = "the Logistics and Distribution Workers' Union"
    assert (first.speaker, first.source_type) == (union, "organization")


def test_a_given_name_described_by_what_she_does_is_a_person(analyze_text):
    """Dev article 947: "Marta, a picker, said she would probably vote for a strike …. “I can't afford to
    strike,” she said." typed Marta a body (the model tagged her a place) and gave her words to a man
    quoted before. A given name alone, described by what she does, is a person."""
    paragraphs = [
        "Strike",
        "Craig, a forklift driver, said he was angry.",
        "Marta, a picker, said she would probably vote for a strike. “I can't afford to strike,” she said.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found[1:] == [("Marta", "named_person"), ("Marta", "named_person")]


def test_a_party_word_after_a_named_role_is_the_name_beside_the_role(analyze_text):
    """Dev article 956: "The committee's chairman, Rep. Walt Brennaman, said …. ¶ “Every year it's the same
    movie,” the Republican said." gave the quotation to a body called "Republican": the sentence before
    spoke through "chairman", with the name in apposition. The name beside the role is the one described
    again (not for an age: "Her mother, Pauline Ashaolu, 81," is no "58-year-old")."""
    paragraphs = [
        "Hearing",
        "The committee's chairman, Rep. Walt Brennaman, said the department had known about the gap since "
        "January.",
        "“Every year it's the same movie,” the Republican said.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [a.speaker for a in result.attributions] == ["Walt Brennaman", "Walt Brennaman"]


def test_a_first_name_given_after_a_comma_names_the_speaker(analyze_text):
    """Dev articles 961 and 389: "Another shopper, who gave only his first name, Imran, said …" left the
    shopper unnamed (the kit read "gave his name as Imran" only). The name after "gave only his first name,"
    is the one given."""
    result = analyze_text(
        "Prices\n\nAnother shopper, who gave only his first name, Imran, said prices still seemed higher "
        "than two years ago. “It’s nice they’re fighting,” he said."
    )
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("Imran", "named_person")] * 2


def test_a_pronoun_and_verb_after_an_asked_clause_close_no_report(analyze_text):
    """Dev article 960: "Asked what he will do on the Monday morning after the race, he thinks for a
    moment." was a report closed by "he thinks" (as "…, the paper reports." closes one), its content the
    question put to him. A sentence opening with "Asked …" closes no report."""
    paragraphs = [
        "Profile",
        "Declan Rooke will start his final race on Saturday.",
        "Asked what he will do on the Monday morning after the race, he thinks for a moment.",
    ]
    assert analyze_text("\n\n".join(paragraphs)).attributions == ()


def test_they_after_a_family_named_in_the_singular_is_the_family(analyze_text):
    """Dev article 955: "The family has asked me to read a short statement on their behalf. They write:
    “Lena is alive …”" gave the family's words to the hospital spoken of before: "they" wanted a plural
    subject. A family (a crew, a team) named in the singular is what "they" stands for."""
    paragraphs = [
        "Found",
        "She was flown to St. Brendan’s Medical Center, and the hospital tells us she is in serious but "
        "stable condition.",
        "The family has asked me to read a short statement on their behalf. They write: “Lena is alive. "
        "Please give us time.”",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [a.speaker for a in result.attributions][-1] == "the family"


def test_an_if_clause_after_the_one_asked_is_the_question(analyze_text):
    """PolNeAR train ("He shook hands … and asked workers if they planned to attend the caucuses"): the
    parser read the "if" clause as a condition of "asked", and the content became "workers", the people
    asked. An "if" or "whether" clause right after the one asked is the question put."""
    result = analyze_text("Caucus\n\nAnna Berg asked the workers if they planned to attend the caucuses.")
    found = [(a.speaker, result.text[a.content_start : a.content_end]) for a in result.attributions]
    assert found == [("Anna Berg", "if they planned to attend the caucuses")]


def test_an_unnamed_womans_she_is_the_person_named_with_an_age_right_after(analyze_text):
    """Dev article 965: "On Liberty Square, a woman in a yellow raincoat has been holding up a … poster. ¶
    “I was 19 …,” she said. “…” Marit Okonjo-Lind, 52, had come from Selsby …" left the words to "a woman
    in a yellow raincoat". The person named with an age in the first sentence in the writer's voice after
    her words, in the same paragraph and not met before, is who she is."""
    paragraphs = [
        "Funeral",
        "On Liberty Square, a woman in a yellow raincoat has been holding up a faded campaign poster for "
        "most of the afternoon.",
        "“I was 19, and I queued for six hours to vote for her,” she said. Marit Okonjo-Lind, 52, had come "
        "from Selsby with her grandson before dawn.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found == [("Marit Okonjo-Lind", "named_person")]


def test_a_chance_for_people_to_speak_is_no_statement(analyze_text):
    """Dev article 984: "there is still time for landowners to suggest changes" credited landowners
    with suggesting "changes". An infinitive with "for" before its subject is a chance to speak."""
    text = "Pylons\n\nThe consultation runs until March, so there is time for landowners to suggest changes."
    assert analyze_text(text).attributions == ()


def test_the_age_after_a_name_given_as_only_a_first_name(analyze_text):
    """Dev article 983: "A machine operator who gave only her first name, Tasha, said …. “…,” said the
    34-year-old, who has worked at the plant for nine years." left the quotation to "the 34-year-old":
    the model tagged "Tasha" a body, so the name table never held her. A name the text says is a name is
    a person's."""
    paragraphs = [
        "Fire",
        "A machine operator who gave only her first name, Tasha, said she had been on a break.",
        "“Somebody came running in,” said the 34-year-old, who has worked at the plant for nine years.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("Tasha", "named_person")] * 2


def test_an_age_and_a_job_after_the_quote_is_the_person_just_named(analyze_text):
    """Dev article 983: "Bev Kasprzak was letting her dog out …. “I thought the sun was coming up,” said
    the 58-year-old retired school bus driver, who has lived on Canal Row since 1987." left the words to
    the description. An age with what the person does describes the person just named, as an age alone
    does."""
    paragraphs = [
        "Fire",
        "Bev Kasprzak was letting her dog out when she saw an orange glow. “I thought the sun was coming "
        "up,” said the 58-year-old retired school bus driver, who has lived on Canal Row since 1987.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("Bev Kasprzak", "named_person")]


def test_a_description_after_an_asked_clause_is_the_one_asked(analyze_text):
    """Dev article 985: "Asked about Ferris, he was more protective. “Tom’s saved us …,” the Castleby
    manager said." left the quotation to "the Castleby manager", vague: the sentence before reports no
    speech. An "Asked about …" sentence does: the description is the one who answered."""
    paragraphs = [
        "Match",
        "Orrin Vale won 2-1, leaving Castleby Town and their manager, Pete Sandford, under pressure.",
        "Sandford did not hide his frustration. “We’ve handed them that,” he said.",
        "Asked about Ferris, he was more protective. “Tom’s saved us more points than I can count,” the "
        "Castleby manager said.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [a.speaker for a in result.attributions] == ["Pete Sandford"] * 2


def test_the_organisers_of_an_event_are_its_body(analyze_text):
    """Dev articles 991, 960, 883, 190: "the organisers say the limit is 35,000", "Race organisers said …"
    were typed vague, as "critics" are; the keys type them as the organization that runs the event. A
    union organiser named stays a person."""
    result = analyze_text(
        "Festival\n\nThe organisers said the fireworks were cancelled. Race organisers said the course was "
        "safe. Union organiser Ellen Frost said members would strike."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found == [("the organisers", "organization"), ("Race organisers", "organization"),
                     ("Ellen Frost", "named_person")]  # fmt: skip


def test_an_untagged_name_described_by_who_shares_a_surname_with_a_relative(analyze_text):
    """Dev article 976: an obituary opening "Teodor Brask, who led Kaldmark …, has died aged 88. His
    daughter, Ingrid Brask, said …" credited "Brask himself conceded in his memoir …" to the daughter:
    the model left "Teodor Brask" untagged, so "Brask" could only be Ingrid Brask. A name the model left
    untagged, described by "who", is a person's when it ends with a person's surname (or begins with a
    given name)."""
    paragraphs = [
        "Obituary",
        "Teodor Brask, who led Kaldmark through the banking collapse of 1990 and was prime minister for "
        "seven years, has died aged 88. His daughter, Ingrid Brask, said he had died peacefully on Sunday.",
        "Brask himself conceded in his memoir that the sale had been rushed.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [a.speaker for a in result.attributions] == ["Ingrid Brask", "Teodor Brask"]


def test_speaking_on_television_is_where_not_what(analyze_text):
    """Dev article 976: "Brask spoke on national television for about eleven minutes" reported "national
    television" as what he said. "On" television, radio or the phone is where one speaks; "spoke on the
    economy" still reports its topic."""
    result = analyze_text(
        "Speech\n\nBrask spoke on national television for about eleven minutes. Lund spoke on the economy."
    )
    assert [result.text[a.content_start : a.content_end] for a in result.attributions] == ["the economy"]


def test_a_tag_whose_subject_the_parser_hung_on_the_verb(analyze_text):
    """Dev article 979: "“I found out from a letter. Thirty years, and a letter,” the 63-year-old says,
    wiping down the bar." went to the brewery whose letter the paragraph before spoke of: the parser
    made "the" and "63-year-old" modifiers of "says", leaving the tag no subject. The modifier right
    before the tag is its speaker's description."""
    paragraphs = [
        "Pub",
        "Brenda Makepeace has run the Drover’s Arms for 30 years. In November the brewery sent her a letter "
        "telling her that it would not renew her tenancy.",
        "“I found out from a letter. Thirty years, and a letter,” the 63-year-old says, wiping down the bar.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [(a.speaker, a.kind) for a in result.attributions][-1] == ("Brenda Makepeace", "direct")


def test_a_body_the_model_tags_a_person_once_is_the_body_it_tags_elsewhere():
    """Dev article 972: "Marenair said in an email that it expected to operate around 40% of its
    schedule" was typed a named person: the model tagged "Marenair" a person in that paragraph and an
    organization five times elsewhere (each paragraph is parsed alone). A one-word name tagged a body
    twice or more and a person once, and never written after a given name or "Mr", is the body."""
    import kit

    practice = Path(__file__).resolve().parent.parent / "seeds" / "practice"
    (path,) = practice.glob("972_*.txt")
    types = {a.source_type for a in kit.analyze(path).attributions if a.speaker == "Marenair"}
    assert types == {"organization"}


def test_party_members_a_who_clause_picks_out_are_a_vague_group(analyze_text):
    """Dev articles 989 and 700: "Republicans who back the governor said she had done what she promised"
    was credited to the party (an organization). Members a "who" clause picks out are some of the
    party's people, a vague group; the party itself, even described ("Democrats, who hold 61 seats,"),
    stays an organization."""
    result = analyze_text(
        "Budget\n\nRepublicans who back the governor said she had done what she promised. Democrats, who "
        "hold 61 seats, said the veto was cruel."
    )
    found = [(a.speaker, a.source_type) for a in result.attributions]
    assert found == [("Republicans who back the governor", "vague"), ("Democrats", "organization")]


def test_a_thing_in_what_others_say_is_no_he(analyze_text):
    """Dev article 1003: "Other skippers along the coast say a hub system would add hours …. ¶ He says he
    will probably send in a response" credited the skipper's words to "a hub system": "add" is a verb
    of saying, so the system looked like a speaker. A subject inside what others say is not one."""
    paragraphs = [
        "Harbour",
        "Donal Ruddick has fished out of Cragness for forty years. “I’m not against change,” he says.",
        "Other skippers along the coast say a hub system would add hours to days that already start before "
        "dawn.",
        "He says he will probably send in a response to the consultation.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [a.speaker for a in result.attributions][-1] == "Donal Ruddick"


def test_a_verb_sharing_a_named_persons_had_inside_a_report_is_his(analyze_text):
    """Dev article 1000: "Prosecuting, Caroline Fenwick said Bramwell had knocked at the bungalow … and
    told him there was “a burst main” in the street" gave "told" to the prosecutor, as "said A and
    urged B" gives "urged" to whoever said. A verb sharing the "had" of a person named in what she
    reports is his, inside what she said."""
    result = analyze_text(
        "Court\n\nProsecuting, Caroline Fenwick said Bramwell had knocked at the bungalow and told him there "
        "was “a burst main” in the street. The union said the ruling had put jobs in doubt and urged "
        "ministers to appeal."
    )
    assert [(a.speaker, a.cue) for a in result.attributions] == [
        ("Caroline Fenwick", "said"),
        ("the union", "said"),
        ("the union", "urged"),
    ]
    first = result.attributions[0]
    assert result.text[first.content_start : first.content_end].endswith("in the street")


def test_a_description_with_an_age_after_it_is_the_person_just_named(analyze_text):
    """Dev article 903: "On Friday, Duncan Ferrier will bring the light tender into harbour for the last
    time as her skipper. ¶ “You learn the Sound …,” says the legendary skipper, 66, who joined …" left the
    words to "the legendary skipper": the tagger read "skipper" as a name, "as her skipper" looked like
    someone else's role, and the sentence before reports no speech. A description given an age is one
    person, and a role in "as" is the subject's own."""
    paragraphs = [
        "Skipper",
        "For 34 years the lighthouses have depended on a squat blue boat. On Friday, Duncan Ferrier will "
        "bring the light tender Morag Bell into Portnessock harbour for the last time as her skipper.",
        "“You learn the Sound the way you learn a person,” says the legendary skipper, 66, who joined the "
        "tender as a deckhand in 1991.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert [(a.speaker, a.source_type) for a in result.attributions] == [("Duncan Ferrier", "named_person")]


def test_each_name_in_a_with_clause_says_its_own_participle(analyze_text):
    """Dev article 921: "…, with Celeste Ambroz accusing her chief rival of selling out the state's
    ranchers and state Sen. Wade Kittredge calling her record “a museum of lawsuits nobody won.”" gave
    both to Ambroz: the parser hung "Kittredge" on "ranchers". The person named right before a
    participle in a "with" clause is its subject."""
    result = analyze_text(
        "Debate\n\nThe two candidates spent the night talking over each other, with former state Attorney "
        "General Celeste Ambroz accusing her chief rival of selling out the state’s ranchers and state Sen. "
        "Wade Kittredge calling her record “a museum of lawsuits nobody won.”"
    )
    assert [(a.speaker, a.cue) for a in result.attributions] == [
        ("Celeste Ambroz", "accusing"),
        ("Wade Kittredge", "calling"),
    ]


def test_two_names_joined_by_an_en_dash_are_one_body(analyze_text):
    """Dev article 960: a cyclist "has ridden for Harcastle–Venn since 2015", and "Harcastle–Venn
    declined to say whether he would be given a free role" made "Venn" a person, whom a later "he says"
    then went to. Two names joined by an en dash with no space are one body's name."""
    paragraphs = [
        "Cyclist",
        "Declan Rooke, who has ridden for Harcastle–Venn since 2015, will start his final race on Saturday.",
        "Harcastle–Venn declined to say whether he would be given a free role in the mountains.",
        "“Weigh the porridge,” he says. “Old habits.”",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    assert {a.speaker for a in result.attributions} == {"Declan Rooke"}
    assert [n.speaker for n in result.non_statements] == ["Harcastle–Venn"]


def test_a_name_introduced_as_a_product_speaks_as_its_company():
    """Dev article 964: a wire story opening "ordered the video app Flickwave to stop sending overnight
    notifications" typed "Flickwave said in a statement …" a named person (the model tagged the name a
    person in every later paragraph), and "The company says it has about 90 million monthly users" went
    to an unnamed "the company". A name introduced by a noun for a body, a business or what one makes
    is that body wherever it appears."""
    import kit

    practice = Path(__file__).resolve().parent.parent / "seeds" / "practice"
    (path,) = practice.glob("964_*.txt")
    result = kit.analyze(path)
    said = {a.source_type for a in result.attributions if a.speaker == "Flickwave"}
    assert said == {"organization"}  # (and its statement a document: "the Flickwave statement")
    assert not any(a.speaker == "the company" for a in result.attributions)


def test_a_post_that_ends_with_a_hashtag_is_its_writers(analyze_text):
    """PolNeAR train (a wire story on hate speech online): a tweet quoted whole, ending with its hashtag,
    then "tweeted a German user from Hanover" went to the police quoted in the paragraph before: the
    parser made the hashtag's word the subject of "tweeted" and the user its object. A word right
    before the closing mark is the post's own, not who posted it."""
    paragraphs = [
        "Posts",
        "Police in Aldmoor say they have not yet named any of the suspects.",
        "“Nobody dares say what they think any more. We are told to keep quiet. #Aldmoor,” tweeted a "
        "local user going by the handle Fenwatch.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    tweet = only(result, "direct")
    assert (tweet.speaker, tweet.cue) == ("a local user going by the handle Fenwatch", "tweeted")
    assert content(result, tweet).startswith("Nobody dares say")


def test_a_document_quoted_between_commas_speaks(analyze_text):
    """PolNeAR train (a feature on a company's leave policy): '"Family MEDICAL Leave," the document
    states, becomes available "after 1 year …"' went to the employees of the paragraph before: the
    tagger read "states" as a plural noun, and only a tag that ended its sentence was read back as a
    verb. Set between commas after the quotation, it is the cue too. And a straight closing mark the
    parser hung on the source is not part of its phrase ('the affidavit', not '" the affidavit')."""
    paragraphs = [
        "Leave",
        "Five employees told reporters that the firm offers no paid leave. One provided a document that "
        'she identified as the staff handbook. "Family leave," the document states, becomes available '
        '"after one year of employment."',
        '"The rules are clear," the affidavit states.',
    ]
    result = analyze_text("\n\n".join(paragraphs))
    said = [(a.speaker, a.source_type, a.cue, content(result, a)) for a in result.attributions]
    assert ("the document", "document", "states", "Family leave,") in said
    assert not any(speaker == "five employees" and text.startswith("Family") for speaker, _, _, text in said)
    (affidavit,) = [a for a in result.attributions if a.speaker == "the affidavit"]
    assert result.text[affidavit.source_start : affidavit.source_end] == "the affidavit"


def test_a_cue_and_its_comma_take_the_quotation_after_them(analyze_text):
    """PolNeAR train (a column on a candidate's record): 'she stated, “When I look at this, …,” adding,
    “I think …”' gave both quotations to "adding", the participle the parser hung on the first
    quotation's verb, nearer to its closing mark than "stated" is to its opening one. A cue that a
    comma hands the quotation to is its cue."""
    text = (
        "Record\n\nOn a Sunday programme the day before, she stated, “When I look at this, the absence of "
        "action would have made things worse,” adding, “I think maybe 1,500 people died.”"
    )
    result = analyze_text(text)
    said = [(a.speaker, a.cue, content(result, a)[:11]) for a in result.attributions]
    assert said == [("she", "stated", "When I look"), ("she", "adding", "I think may")]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Mayor Ines Carvalho pivoted to arguing that the bridge was one more reason to raise the levy.",
         "the bridge was one more reason to raise the levy"),
        ("Mayor Ines Carvalho moved on to saying that the budget would balance by May.",
         "the budget would balance by May"),
    ],
)
def test_a_gerund_after_to_is_the_subjects_statement(analyze_text, text, said):
    """PolNeAR train: "Cruz pivoted to arguing that the epidemic was one more reason …" had no speaker (a
    gerund after "to" was not among the prepositions whose gerund the main clause's subject speaks, as
    after "by" or "before"). A habit of naming is still no statement: "supporters, who have taken to
    calling him “the Milkman”" stays a quoted term (dev 789)."""
    found = only(analyze_text(f"Levy\n\n{text}"))
    assert (found.speaker, found.kind) == ("Ines Carvalho", "indirect")
    assert content(analyze_text(f"Levy\n\n{text}"), found) == said


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale said that, although critics claimed the plan was too costly, the council would go ahead.",
        "Tom Hale said that, while residents say the road is dangerous, the council will not close it.",
    ],
)
def test_said_that_with_a_report_inside_its_opening_clause(analyze_text, text):
    """GUIDELINES §2: "He said that, if elected, he'd …" credits him with the whole clause. When the clause
    set off after "that" is itself a report ("although critics claimed …"), the kit read it as a second
    report set apart from the first and cut the first one's content to nothing: the councillor said
    nothing at all. Such a clause opens the content; the report inside it is found as well."""
    result = analyze_text(f"Council\n\n{text}")
    said = {a.speaker: content(result, a) for a in result.attributions}
    whole = text.split("that, ", 1)[1].rstrip(".")
    assert said["Tom Hale"] == whole
    assert len(said) == 2  # and the critics' or residents' own report inside it


def test_went_on_to_say_that_and_a_clause_set_off_by_commas(analyze_text):
    """PolNeAR train: "She went on to say that, because Comey testified that …, …" credited her with
    nothing. The parser read "say that" as a verb and its object (the pronoun "that") and hung the rest on
    a sentence of its own. After "that" and a comma, the rest of the sentence is what was said when it
    holds a clause; "He said that, and left" and "She said that, too" report no clause."""
    paragraphs = [
        "Parade",
        "Mayor Tom Hale spoke on Monday.",
        "He went on to say that, because the forecast had improved, the parade would go ahead.",
        "He said that, and then he left the room.",
    ]
    result = analyze_text("\n\n".join(paragraphs))
    said = [(a.speaker, content(result, a)) for a in result.attributions]
    assert said == [("Tom Hale", "because the forecast had improved, the parade would go ahead")]


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        ("Those around the mayor acknowledge that a third run seems improbable.", "those around the mayor",
         "vague"),
        ("Those inside the campaign say the mood is grim.", "those inside the campaign", "vague"),
        ("Those with knowledge of the talks said a deal was close.", "those with knowledge of the talks",
         "anonymous"),
    ],
)
def test_those_around_him_are_people(analyze_text, text, speaker, source_type):
    """PolNeAR train: "those around him acknowledge that a White House bid at age 78 seems improbable" had
    no speaker: "those" was people only with a clause or an adjective after it ("those who …", "those
    close to him"). A preposition of place or company makes them people too; "those in the exercise
    group reported 312 falls" (dev 25, a study's group counted) stays no statement."""
    found = only(analyze_text(f"Run\n\n{text}"))
    assert (found.speaker, found.source_type) == (speaker, source_type)


@pytest.mark.parametrize(
    "text",
    [
        "At a rally on Friday, the mayor was just as blunt, claiming without any evidence that the count "
        "had been rigged.",
        "The mayor claimed without evidence that the count had been rigged.",
    ],
)
def test_a_claim_made_without_evidence(analyze_text, text):
    """PolNeAR train: "Mr. Trump was just as blunt, claiming without any evidence that President Obama
    wanted …" had no content: the parser read the that-clause as the one the evidence would be of
    ("evidence that …"). The claim is what is made without it."""
    result = analyze_text(f"Count\n\n{text}")
    found = only(result)
    assert (found.speaker, content(result, found)) == ("the mayor", "the count had been rigged")
    assert found.cue in ("claiming", "claimed")


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("Anna Berg emailed to say that the shop would close.", "Anna Berg", "the shop would close"),
        ("Several readers have written in to say they disagree.", "several readers", "they disagree"),
        ("My mother rang to say she had cancelled the paper.", "My mother", "she had cancelled the paper"),
    ],
)
def test_wrote_or_rang_to_say(analyze_text, text, speaker, said):
    """Dev articles 202, 224, 258, 299, 328, 417, 427, 483, 734, 90, 917, 954 (and PolNeAR's "tweeted to
    say"): "readers have written in to say …", "she emailed to say …" had no speaker when the parser made
    "to say" the complement of "written" (its other reading, an adverbial clause, was already read). The
    one who wrote, emailed or rang is the one who says."""
    result = analyze_text(f"Letters\n\n{text}")
    found = only(result)
    assert (found.speaker, content(result, found)) == (speaker, said)


def test_a_preposition_left_at_the_end_is_no_content(analyze_text):
    """Dev 593: "a column whose paragraphs readers clipped or wrote in to complain about" gave the readers
    a statement whose content was "about", once "wrote in to complain" was read: the preposition's object
    is the column, before it. A preposition without its object reports nothing."""
    text = (
        "Column\n\nFor years she wrote a Sunday column whose blunt paragraphs readers clipped for their "
        "refrigerators or wrote in to complain about."
    )
    assert analyze_text(text).attributions == ()


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Anna Berg emailed to say that the shop would close.", "emailed to say"),
        ("Several readers have written in to say they disagree.", "have written in to say"),
        ("My father used to say that rain was good luck.", "used to say"),
        ("Tom Hale went on to say that the plan was dead.", "went on to say"),
        ("Tom Hale wrote to me last week to say that he was fine.", "to say"),  # more than a particle between
    ],
)
def test_the_cue_of_a_verb_in_to_is_the_whole_phrase(analyze_text, text, cue):
    """The keys give "emailed to say", "used to say", "have written in to say" as the cue (and PolNeAR
    "went on to say"); the kit's cue was "to say" alone, which reads oddly in the highlighted text. A
    verb of going on, sending or habit right before the "to" (its particle only between) is part of it."""
    assert only(analyze_text(f"Letters\n\n{text}")).cue == cue


def test_a_hedge_before_to_stays_out_of_the_cue_and_the_writers(analyze_text):
    """"Television replays appeared to show …": "appeared" is the writer's hedge on the replays, not part
    of the cue, and the hedge stays the writer's (GUIDELINES §3)."""
    result = analyze_text("Match\n\nTelevision replays appeared to show the striker being held back.")
    assert only(result).cue == "to show"
    (hedge,) = [h for h in result.hedges if h.text == "appeared"]
    assert hedge.speaker is None


def test_a_closing_he_said_after_a_named_report_adds_nothing(analyze_text):
    """PolNeAR train: "Cruz spokesman Rick Tyler said that the campaign will highlight contrasts …, he
    said." gave one statement whose content was the whole sentence, "Cruz spokesman Rick Tyler said that
    …" included: the closing "he said" took the report before it as what he said. The named report is
    the statement; the tag repeats it. A tag by someone else still reports the sentence ("…, the Ledger
    reported")."""
    said = "the council will highlight the contrasts"
    result = analyze_text(f"Council\n\nCouncil spokesman Rick Tyler said that {said}, he said.")
    found = only(result)
    assert (found.speaker, content(result, found)) == ("Rick Tyler", said)
    ledger = analyze_text("Council\n\nThe minister said the plan was dead, the Ledger reported.")
    assert "the Ledger" in {a.speaker for a in ledger.attributions}


def test_a_website_named_after_its_noun_is_not_a_second_speaker(analyze_text):
    """PolNeAR train: "A statement posted on the website GunBroker.com said listings are user generated"
    gave the statement a cue "posted" whose content was "GunBroker.com said listings …": the parser made
    the site's name a second subject of "said", which read as a report misplaced after "posted". A name
    straight after its common noun ("the website GunBroker.com") names the noun; the statement said it.
    "Multiple outlets reported on Wednesday the Secret Service had …" is still the outlets' report."""
    said = "listings are user generated"
    result = analyze_text(f"Auction\n\nA statement posted on the website GunBroker.com said {said}.")
    found = only(result)
    assert (found.cue, content(result, found)) == ("said", said)
    assert found.speaker.startswith("a statement posted on the website")
    report = "Multiple outlets reported on Wednesday the Secret Service had acted."
    outlets = only(analyze_text(f"Inquiry\n\n{report}"))
    assert (outlets.speaker, outlets.cue) == ("multiple outlets", "reported")


@pytest.mark.parametrize("who", ["All", "Both", "Each", "All but two", "Nearly all"])
def test_all_or_both_of_a_group_say_what_they_said(analyze_text, who):
    """PolNeAR train: "…, and all but two said the party should take up the matter" had no speaker:
    "all", "both" and "each" standing for a group were no one, though "Most said …" and "Several said …"
    were read. They are the group just named, unnamed here (vague, as "most" is)."""
    text = f"Nurses\n\nWe spoke to a dozen nurses on the ward. {who} said they were exhausted."
    result = analyze_text(text)
    found = only(result)
    assert (found.speaker, found.source_type) == (who.lower(), "vague")
    assert content(result, found) == "they were exhausted"


def test_a_smile_that_said_a_lot_reports_nothing(analyze_text):
    """PolNeAR train: "…, and though they speak barely a word of English, their smiles said a lot." gave
    "their smiles" the clause before the comma as a statement (read as a closing tag, "…, the mayor
    said."), and "they" a statement "barely a word of English". How much was said ("a lot", "little") is
    no tag, and speaking a word of a language is no statement."""
    text = (
        "Refugees\n\nThe family has lived in the suburb for three months, and though they speak barely a "
        "word of English, their smiles said a lot."
    )
    assert analyze_text(text).attributions == ()
    tag = only(analyze_text("Refugees\n\nThe family has lived in the suburb since May, the mayor said."))
    assert tag.speaker == "the mayor"


def test_when_it_comes_to_speaking_nobody_speaks(analyze_text):
    """PolNeAR train: "a poor track record when it comes to speaking about religious discrimination"
    gave "it" (resolved to the nearest name) a statement: the idiom names a topic, and its "it" is
    nobody."""
    text = "Record\n\nThe council has a poor record when it comes to speaking about housing."
    assert analyze_text(text).attributions == ()


def test_when_a_source_spoke_is_not_part_of_its_name(analyze_text):
    """PolNeAR train: "Cruz's campaign on Monday reported …" and "Her lawyer on Tuesday night told …":
    the parser hung the day on the noun, and the speaker and its highlighted phrase carried it ("her
    lawyer on Tuesday night"). When someone spoke is not who they are; a report on a day's events still
    is ("A report on Monday's crash")."""
    result = analyze_text("Trial\n\nHer lawyer on Tuesday night told reporters the case was weak.")
    found = only(result)
    assert found.speaker == "Her lawyer"
    assert result.text[found.source_start : found.source_end] == "Her lawyer"
    report = only(analyze_text("Crash\n\nA report on Monday’s crash said the driver was tired."))
    assert report.speaker == "a report on Monday’s crash"


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train: the room the parser made the object of "speaking" was what he said
        "Speaking to reporters at the White House James S. Brady briefing room Sunday, the president framed "
        "the shooting as a test.",
        "Tenney beat Steve Wells in the primary, claiming 41 percent of the vote to Wells’ 33 percent.",
        "Tom Hale visited Ohio. Many of his claims since he declared for president came from fringe sources.",
        "The former secretary of state, who was declared the winner of the caucuses last week by the "
        "narrowest of margins, now finds herself struggling.",
    ],
)
def test_speaking_to_someone_or_claiming_a_result_says_nothing(analyze_text, text):
    """PolNeAR train: speaking to reporters somewhere (nothing spoken of), a share of the vote claimed,
    declaring for an office and being declared the winner are acts, not statements: the kit gave them
    contents "James S. Brady briefing room", "33 percent", "president" and, for the winner, the speaker
    "the narrowest of margins" (and, once that was mended, "finds herself struggling" a finding)."""
    assert analyze_text(f"Race\n\n{text}").attributions == ()


@pytest.mark.parametrize("opening", ["That said, ", "(That said, "])
def test_that_said_is_no_one_saying(analyze_text, opening):
    """PolNeAR train: "(That said, she also noted, “When you attack him, he will punch back …”)" gave
    "That" a statement whose content was the rest of the sentence. "That said," opening a sentence is a
    linking phrase ("all the same"); she noted the quotation."""
    text = f"Rally\n\n{opening}Maria Lenz also noted, “When you attack him, he will punch back.”"
    result = analyze_text(text)
    found = only(result)
    assert (found.speaker, found.cue) == ("Maria Lenz", "noted")


def test_put_it_before_a_quotation_in_two_apostrophes(analyze_text):
    """PolNeAR train (an old newspaper archive): "as Tom Ridge, a former secretary of homeland security,
    put it: ''The barbarians are no longer at the gate.''" had no speaker, though the same sentence
    with "…" had one: the tagger read the opening '' as a closing mark. A straight mark after the
    space that follows a colon opens a quotation."""
    said = "The barbarians are no longer at the gate."
    text = f"Security\n\nOr, as Tom Ridge, a former secretary of homeland security, put it: ''{said}''"
    result = analyze_text(text)
    found = only(result)
    assert (found.speaker, found.cue, content(result, found)) == ("Tom Ridge", "put it", said)


def test_the_holder_of_an_office_of_a_body_is_the_speaker(analyze_text):
    """PolNeAR train: "Speaker of the House Rep. Paul Ryan (R-WI) said “…”" was credited to "Speaker"
    (a named person): the parser made the office the subject and Ryan the object of "of". The person
    named after the office and its body is the speaker, and the whole phrase is the source shown; "The
    Estate of John Smith said …" is still not John Smith."""
    result = analyze_text("House\n\nSpeaker of the House Rep. Paul Ryan (R-WI) said “the plan was dead.”")
    found = only(result)
    assert found.speaker == "Paul Ryan"
    assert result.text[found.source_start : found.source_end] == "Speaker of the House Rep. Paul Ryan (R-WI)"
    estate = only(analyze_text("Sale\n\nThe Estate of John Smith said the sale was off."))
    assert estate.speaker != "John Smith"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('Mr. Trump was prompted to say, "So far, it has been civil."', "Trump", "was prompted to say"),
        ("Ms. Berg was forced to admit that the plan had failed.", "Berg", "was forced to admit"),
        (
            'A spokesman for Tom Hale could only quip: "Christmas Eve was booked."',
            "a spokesman for Tom Hale",
            "could only quip",
        ),
    ],
)
def test_made_to_say_and_could_only_say_report_what_was_said(analyze_text, text, speaker, cue):
    """PolNeAR train: "Mr. Trump was prompted to say, “…”" had no speaker (the passive subject of a verb
    of causing is who said it, and the cue is the phrase, as "went on to say" is); "a spokesman for
    Bernie Sanders could only quip: “…”" was read as what he was able to say, not what he said. A
    forecast stays none: "was expected to say"."""
    found = only(analyze_text(f"Debate\n\n{text}"))
    assert (found.speaker, found.cue) == (speaker, cue)
    expected = "The mayor was expected to say that the plan had failed."
    assert analyze_text(f"Debate\n\n{expected}").attributions == ()


@pytest.mark.parametrize(
    "text",
    [
        "Three names prominently mentioned as potential nominees are Jane Kelly, a judge, and two others.",
        "But the nearby free-trade zone still boasts just the one small supermarket.",
    ],
)
def test_a_participle_or_a_boast_of_having_says_nothing(analyze_text, text):
    """PolNeAR train: "Three names prominently mentioned as potential nominees are Jane Kelly …" gave
    "three names" a statement "are Jane Kelly …" (the parser made the participle the verb, the real verb
    its clause); "the free-trade zone still boasts just the one small supermarket" gave the zone a
    statement (to boast a thing is to have it; "boasted that …", "boasted about …" still report)."""
    assert analyze_text(f"Notes\n\n{text}").attributions == ()
    boast = only(analyze_text("Notes\n\nThe mayor boasted that the town had never been safer."))
    assert boast.cue == "boasted"


def test_a_body_named_right_after_its_noun_is_not_the_one_before(analyze_text):
    """PolNeAR train: "…, O'Keefe notes. ¶ The website fivethirtyeight noted that …" credited the website's
    finding to "O'Keefe" (which the model tagged a body): "the website" went back to the body spoken of
    in the sentence before, though its name follows it. A body named right after its noun is that one."""
    text = (
        "Delegates\n\nJeb Bush is the family's hope, O'Keefe notes.\n\nThe website fivethirtyeight noted "
        "that the way states select delegates works against Trump."
    )
    noted = [a for a in analyze_text(text).attributions if a.cue == "noted"]
    assert [a.speaker for a in noted] == ["the website fivethirtyeight"]


def test_who_spoke_on_condition_of_anonymity_does_not_quote_twice(analyze_text):
    """PolNeAR train: "“…,” according to a senior administration official who spoke on the condition of
    anonymity." gave the quotation twice, once to "according to" and once more as a direct quotation
    with the cue "spoke": the relative clause says who the source is. Each quoted word counts once."""
    text = (
        "Policy\n\n“There has been a reinvigorated engagement,” according to a senior administration "
        "official who spoke on the condition of anonymity."
    )
    found = only(analyze_text(text))
    assert found.cue == "according to"


@pytest.mark.parametrize(
    "text",
    [
        "Air travel is one of the campaign's largest costs: A company he owns has charged the campaign "
        "approximately $3.7 million since June.",
        "The deal came together under duress: a pending ballot initiative threatened to raise the wage "
        "more swiftly.",
    ],
)
def test_a_bill_or_a_risk_is_no_statement(analyze_text, text):
    """PolNeAR train: a company that "has charged the campaign approximately $3.7 million" was credited with
    the sentence before the colon, and "a pending ballot initiative threatened to raise the wage" with a
    threat. Charging money is billing; a thing that threatens to do something is a risk. "The union
    threatened to strike" is still a threat."""
    assert analyze_text(f"Costs\n\n{text}").attributions == ()
    union = only(analyze_text("Costs\n\nThe union threatened to strike if the offer was not improved."))
    assert union.speaker == "the union"


@pytest.mark.parametrize("intro", ["", "Paul Skelly runs the data team.\n\n"])
def test_a_surname_read_as_an_adverb_speaks_and_goes_on(analyze_text, intro):
    """PolNeAR train: "“…,” said Skelly, explaining he worked more closely with …" had no speaker at all:
    the model reads a surname ending in "-ly" as an adverb of "said", and the participle that goes on from
    the tag had no subject either. The capitalised word right after an inverted tag is the speaker,
    introduced before or not ("said Tuesday" is still a day)."""
    text = f"Data\n\n{intro}“It is valuable,” said Skelly, adding that he worked with the party."
    found = [(a.speaker, a.cue, a.kind) for a in analyze_text(text).attributions]
    name = "Paul Skelly" if intro else "Skelly"
    assert found == [(name, "said", "direct"), (name, "adding", "indirect")]
    day = analyze_text("Data\n\n“It is valuable,” Ana Berg said Tuesday, adding that she worked with them.")
    assert [(a.speaker, a.cue) for a in day.attributions] == [("Ana Berg", "said"), ("Ana Berg", "adding")]


def test_a_quoted_label_is_what_was_declared(analyze_text):
    """PolNeAR train: 'declaring it “another super Tuesday for our campaign”' was no statement: the parser
    hung "for our campaign" on "declaring", and "declare for" (standing for office) is not speech. Words
    inside the quotation are what was said, never the verb's own idiom."""
    text = (
        "Primary\n\nClinton celebrated in Florida with supporters, declaring it “another super Tuesday for "
        "our campaign” and said it was another step closer to the nomination."
    )
    analysis = analyze_text(text)
    declared = only(analysis, kind="partial")
    assert (declared.speaker, declared.cue) == ("Clinton", "declaring")
    assert "another super Tuesday for our campaign" in content(analysis, declared)


@pytest.mark.parametrize(
    ("opening", "cue"),
    [
        ("In addition to stating that", "stating"),
        ("Besides claiming that", "claiming"),
        ("Despite saying that", "saying"),
    ],
)
def test_a_gerund_after_a_preposition_has_the_sentence_s_speaker(analyze_text, opening, cue):
    """PolNeAR train: "In addition to stating that unborn babies have no constitutional rights, Clinton
    has vowed …" left the statement without a speaker (as "After saying that …, she left" never did):
    "in addition to", "besides" and "despite" hang the gerund on the sentence, whose subject speaks."""
    text = f"Rights\n\n{opening} the rules were unfair, Senator Ruth Okafor has vowed to repeal them."
    analysis = analyze_text(text)
    found = [a for a in analysis.attributions if a.cue == cue]
    assert [(a.speaker, content(analysis, a)) for a in found] == [("Ruth Okafor", "the rules were unfair")]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Owen Tate told reporters on Thursday he viewed the council as responsible.", "told"),
        ("Owen Tate told reporters Thursday he viewed the council as responsible.", "told"),
        ("Owen Tate said last Thursday he viewed the council as responsible.", "said"),
    ],
)
def test_when_it_was_told_is_not_what_was_told(analyze_text, sentence, said):
    """PolNeAR train: "told reporters on Thursday he viewed Obama as …" gave the content "on Thursday he
    viewed …": the day after the addressee (or a bare "Thursday", "last Thursday") is when it was said,
    as "said on Monday the bridge would close" already was. "said Thursday's vote was rigged" keeps its
    day: it is what was said."""
    analysis = analyze_text(f"Flood\n\n{sentence}")
    found = only(analysis)
    assert (found.cue, content(analysis, found)) == (said, "he viewed the council as responsible")
    vote = analyze_text("Flood\n\nOwen Tate said Thursday's vote was rigged.")
    assert content(vote, only(vote)) == "Thursday's vote was rigged"


@pytest.mark.parametrize(
    "sentence",
    [
        "Perez attacked the candidate, whom he described as “volatile,” at a rally on Sunday.",
        "Guccifer broke into the server, which he described as “like an open orchid.”",
    ],
)
def test_a_description_of_someone_named_is_a_statement(analyze_text, sentence):
    """PolNeAR train: "the candidate, whom he described as “volatile”" was taken for a name given (as
    "whom supporters call “the Ferret”" is) and credited to nobody. Describing someone the sentence
    names is a judgement of the speaker's: a partial attribution. "what the department described as a
    “simple and fast” approach" stays a quoted term, the department's."""
    analysis = analyze_text(f"Race\n\n{sentence}")
    found = only(analysis)
    assert (found.cue, found.kind) == ("described", "partial")
    assert content(analysis, found).startswith("as ")
    term = analyze_text(
        "Race\n\nTenants now farm under what the department described as a “simple and fast” approach."
    )
    assert [(t.text, t.owner) for t in term.quoted_terms] == [("simple and fast", "the department")]


@pytest.mark.parametrize("mark", [",", " —"])
def test_who_rejects_a_claim_goes_on_saying(analyze_text, mark):
    """PolNeAR train: "dismissed Bernie Sanders’ accusations that the Clinton campaign is violating
    election law — saying the Sanders campaign chose not to …" lost what she said, and with a comma "The
    mayor rejected claims that the council had wasted money, saying …" credited the council with it: the
    parser hangs the participle on the claim's clause. The one who rejected the claim goes on, after a
    comma or a dash, and the claim's own content ends there."""
    text = (
        f"Budget\n\nThe mayor rejected the union’s claim that the council had wasted money{mark} saying the "
        "project was on budget."
    )
    analysis = analyze_text(text)
    found = [(a.speaker, a.cue, content(analysis, a)) for a in analysis.attributions]
    assert found == [
        ("the union", "claim", "the council had wasted money"),
        ("the mayor", "saying", "the project was on budget"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The mayor held a press conference on Monday to announce that the bridge would close.", "the mayor"),
        ("The company issued a statement to say that the bridge would close.", "the company"),
        ("Ana Berg on Friday held an impromptu briefing to warn that the bridge would close.", "Ana Berg"),
    ],
)
def test_an_occasion_held_to_speak_is_the_holder_s_statement(analyze_text, sentence, speaker):
    """PolNeAR train: "Obama on Friday held an impromptu press briefing to brag that the unemployment rate
    has fallen …" had no speaker: the purpose clause of holding a press conference or issuing a
    statement is what the one who held it said. Someone paid or hired "to say" something is not
    reported as saying it."""
    analysis = analyze_text(f"Bridge\n\n{sentence}")
    found = only(analysis)
    assert (found.speaker, content(analysis, found)) == (speaker, "the bridge would close")
    hired = analyze_text("Bridge\n\nThe campaign hired a man to say that the senator was lying.")
    assert hired.attributions == ()


def test_a_tag_the_model_reads_as_a_plural_noun_after_a_comma(analyze_text):
    """PolNeAR train: "He cannot expect to advance in Texas politics without Cruz's support, O'Keefe
    notes." was no attribution: the model read "O'Keefe notes" as a noun phrase with the clause before it
    hung on "notes". Right after a quotation this was already a tag; after a comma, with the clause hung
    on it, it is one too, in the present tense (according to)."""
    text = (
        "Texas\n\nThe senator faces a hard road. He cannot advance in Texas politics without Cruz's support, "
        "O'Keefe notes."
    )
    analysis = analyze_text(text)
    found = only(analysis)
    assert (found.cue, found.kind) == ("notes", "according_to")
    assert content(analysis, found).startswith("He cannot advance")


def test_a_tag_set_off_inside_a_view_is_not_the_view(analyze_text):
    """PolNeAR train: "He sincerely believes, he said, that “Donald Trump is a really, really good guy.”"
    gave what he believes as 'he said, that “Donald Trump is …': the parser made the tag an aside of the
    reported clause. The tag set off by commas is not part of what is believed."""
    text = "Vote\n\nTom Ray met the mayor. He sincerely believes, he said, that the plan is flawed."
    analysis = analyze_text(text)
    found = only(analysis)
    assert (found.speaker, content(analysis, found)) == ("Tom Ray", "the plan is flawed")


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Comey testified “thousands” of emails in fact had not been turned over.",
         "“thousands” of emails in fact had not been turned over"),
        ("Kirsty Mallon told us marshals had stopped runners without warning.",
         "marshals had stopped runners without warning"),
        ("Residents told reporters the first two days had been exhausting.",
         "the first two days had been exhausting"),
    ],
)
def test_a_clause_s_subject_read_as_the_cue_s_object_is_what_was_said(analyze_text, sentence, said):
    """PolNeAR train: "Comey testified “thousands” of emails in fact had not been turned over" gave only
    "in fact had not been turned over": the model made the reported clause's subject the object of the
    cue (also "told … marshals had stopped …", "told … the first two days had been …": ten dev
    texts). A finite clause with no subject right after a noun the cue took as its object starts at
    that noun; "told reporters she was …" keeps "reporters" out."""
    analysis = analyze_text(f"Emails\n\n{sentence}")
    assert content(analysis, only(analysis)) == said
    told = analyze_text("Emails\n\nAnna Berg told reporters she was not worried about the polls.")
    assert content(told, only(told)) == "she was not worried about the polls"
