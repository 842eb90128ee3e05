"""The widgets, driven from Python as a student's clicks would drive them (no browser needed)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import kit
from kit.answers import AnswerBook, AnswersFileWarning
from kit.records import OUTLET_SPEAKER, OWN_VOICE
from kit.widgets import (
    ArticleView,
    HedgeHunter,
    MultipleChoice,
    ShortAnswer,
    SourceTagger,
    StatementComparer,
    compare_speakers,
)
from kit.widgets._style import Highlight, render_paragraph
from kit.widgets.tagger import OTHER

NOTEBOOK = "lesson"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def book(tmp_path):
    return AnswerBook(NOTEBOOK, folder=tmp_path)


@pytest.fixture(scope="module")
def empty_analysis(seed_analysis):
    """The seed as an engine that found nothing would return it."""
    return replace(
        seed_analysis,
        attributions=(),
        quoted_terms=(),
        non_statements=(),
        unattributed=(),
        hedges=(),
        loaded_words=(),
        speakers=(),
    )


def saved(book: AnswerBook, exercise: str):
    """What is on disk (a fresh reader, as the grader would be)."""
    data = json.loads(book.path.read_text(encoding="utf-8"))
    return data["exercises"][exercise]["answer"]


def classes(widget) -> set[str]:
    return set(widget._dom_classes)


def sentence_of(analysis, words: str) -> int:
    start = analysis.text.index(words)
    return max(i for i, s in enumerate(analysis.sentences) if s.start <= start)


# --- the package -------------------------------------------------------------------------------


def test_importing_kit_does_not_import_ipywidgets_or_anywidget():
    code = (
        "import sys, kit, kit.answers, kit.widgets, kit.comparison;"
        "print(sorted(m for m in ('ipywidgets', 'anywidget', 'spacy', 'altair') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_widgets_are_exported_lazily_from_kit():
    assert kit.SourceTagger is SourceTagger and kit.HedgeHunter is HedgeHunter
    assert {"ArticleView", "StatementComparer", "MultipleChoice", "ShortAnswer", "AnswerBook"} <= set(
        kit.__all__
    )


@pytest.mark.parametrize(
    ("make", "own_class"),
    [
        (lambda a: ArticleView(a), "kit-article-view"),
        (lambda a: SourceTagger(a), "kit-source-tagger"),
        (lambda a: HedgeHunter(a), "kit-hedge-hunter"),
        (lambda a: StatementComparer(a), "kit-statement-comparer"),
        (lambda a: MultipleChoice("Who?", ["A", "B"]), "kit-question"),
        (lambda a: ShortAnswer("Why?"), "kit-question"),
    ],
    ids=["article", "tagger", "hunter", "comparer", "choice", "short"],
)
def test_every_widget_displays_itself_with_its_css_classes(sample_analysis, make, own_class):
    widget = make(sample_analysis)
    assert {"kit-widget", own_class} <= classes(widget)
    bundle = widget._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle  # the last expression of a cell shows it
    # its first child is the front end every kit widget shares: the kit's CSS and keyboard support
    from kit.widgets._base import Frame

    frame = widget.children[0]
    assert isinstance(frame, Frame) and ".kit-widget" in frame._css and frame.label
    assert "Run this cell to continue" in bundle["text/html"]  # shown where widgets cannot show


# --- ArticleView ---------------------------------------------------------------------------------


def test_article_view_numbers_paragraphs_and_highlights_each_layer(sample_analysis):
    view = ArticleView(sample_analysis)
    html = view.html.value
    assert all(f"¶{n}" in html for n in range(1, len(sample_analysis.paragraphs) + 1))
    for layer in ("sources", "hedges", "loaded", "terms", "claims"):
        assert f"kit-hl kit-hl-{layer}" in html
    # explanations on hover and a text label: colour is never the only cue
    assert re.search(r'class="kit-hl kit-hl-hedges"[^>]*title="Hedge — possibility:[^"]*"[^>]*>could<', html)
    assert ">possibility</span>" in html and ">Vladimir Putin · quote</span>" in html
    assert "A neutral alternative: “struggling”" in html


def test_layers_have_distinct_line_styles_not_just_colours():
    from kit.widgets._style import CSS, LINE_STYLES

    assert len(set(LINE_STYLES.values())) == len(LINE_STYLES)
    for layer, line in LINE_STYLES.items():
        assert f".kit-hl-{layer}{{text-decoration-line:underline;text-decoration-style:{line}" in CSS


def test_switching_a_layer_off_removes_its_highlights_and_legend(sample_analysis):
    view = ArticleView(sample_analysis)
    view.toggles["hedges"].value = False
    assert "kit-hl-hedges" not in view.html.value and "<b>Hedges</b>" not in view.legend.value
    assert "kit-hl-sources" in view.html.value
    view.layers = ["hedges"]
    assert view.layers == ("hedges",) and "kit-hl-sources" not in view.html.value


def test_legend_names_each_speaker_once_and_each_hedge_category_with_counts(sample_analysis):
    legend = ArticleView(sample_analysis).legend.value
    read = " ".join(re.sub(r"<[^>]+>", " ", legend).split())  # what a reader sees
    assert "Vladimir Putin (2)" in read and "Dmitry Peskov (1)" in read
    assert "Vladimir Putin Vladimir Putin" not in read  # the issue: the name was written twice
    long_name = "the official translation into Russian"  # a long name: its short label, then in full
    assert f"the official tran… {long_name} (1)" in read
    assert ">approximation</span>" in legend


def test_article_text_is_escaped(analyze_text):
    analysis = analyze_text("The <script>alert('x')</script> claim & <b>more</b>, officials said.")
    html = ArticleView(analysis).html.value
    assert "<script>" not in html and "<b>more" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html


def test_overlapping_highlights_nest_with_the_shortest_innermost():
    text = "He said it could rain."
    quote = Highlight(8, 21, "sources", "#000", "Quote", label="He", label_at_start=True)
    hedge = Highlight(11, 16, "hedges", "#000", "Hedge", label="possibility")
    html = render_paragraph(text, 0, len(text), [hedge, quote])
    assert re.search(r'title="Quote"[^>]*><span [^>]*title="Hedge"[^>]*>could</span></span>', html)
    assert html.index(">He<") < html.index("could") < html.index(">possibility<")


def test_article_view_with_nothing_found_says_so(empty_analysis):
    view = ArticleView(empty_analysis)
    assert "found nothing to highlight" in view.legend.value
    assert "Hedges: none found in this article" in view.legend.value
    assert "¶1" in view.html.value and "kit-hl" not in view.html.value


def test_article_view_remembers_the_layers_chosen(sample_analysis, book):
    ArticleView(sample_analysis, answers=book, exercise="view").layers = ["loaded"]
    assert ArticleView(sample_analysis, answers=book, exercise="view").layers == ("loaded",)
    # without an exercise id nothing is saved: each cell's view keeps the layers it asks for
    ArticleView(sample_analysis, answers=book).layers = ["terms"]
    assert ArticleView(sample_analysis, answers=book, layers=["hedges"]).layers == ("hedges",)


def test_unknown_layer_is_refused(sample_analysis):
    with pytest.raises(ValueError, match="choose from sources, hedges"):
        ArticleView(sample_analysis, layers=["colours"])


# --- SourceTagger ----------------------------------------------------------------------------


def test_tagger_offers_the_articles_speakers_the_outlet_and_every_kind(sample_analysis):
    tagger = SourceTagger(sample_analysis)
    assert list(tagger.speaker.options)[:2] == ["Vladimir Putin", "Xi Jinping"]
    assert OUTLET_SPEAKER in tagger.speaker.options and OTHER in tagger.speaker.options
    assert [value for _, value in tagger.kind.options] == [
        "direct",
        "partial",
        "indirect",
        "according_to",
        OWN_VOICE,
    ]
    assert {"kit-tagger-speaker"} <= classes(tagger.speaker) and {"kit-tagger-kind"} <= classes(tagger.kind)
    for name in ("prev", "next", "save"):
        assert f"kit-tagger-{name}" in classes(getattr(tagger, f"{name}_button"))


def test_choosing_speaker_and_kind_saves_the_tag_at_once(sample_analysis, book):
    tagger = SourceTagger(sample_analysis, answers=book)
    assert tagger.sentence == 0 and "Russian President Vladimir Putin said" in tagger.focus.value
    tagger.speaker.value = "Vladimir Putin"
    assert saved_or_none(book, "source-tagger") is None  # half a tag is not an answer
    tagger.kind.value = "indirect"
    assert saved(book, "source-tagger") == {"0": {"speaker": "Vladimir Putin", "kind": "indirect"}}
    assert tagger.progress_text == f"1 / {len(sample_analysis.sentences)} tagged"
    assert '<span class="kit-progress">1 / 17 tagged</span>' in tagger.progress.value
    assert re.search(
        r'class="kit-sentence kit-tagged kit-current" data-sentence="0"', tagger.display_html.value
    )


def saved_or_none(book, exercise):
    return book.get(exercise) if book.path.exists() else None


def test_save_moves_on_and_tags_come_back_after_a_restart(sample_analysis, book):
    tagger = SourceTagger(sample_analysis, answers=book)
    tagger.tag(OUTLET_SPEAKER, OWN_VOICE)
    tagger.save()
    assert tagger.sentence == 1
    assert 'data-sentence="0"' in tagger.display_html.value and "kit-tagged" in tagger.display_html.value
    tagger.tag("Vladimir Putin", "direct")
    again = SourceTagger(sample_analysis, answers=AnswerBook(NOTEBOOK, folder=book.folder))
    assert again.answer == tagger.answer and again.sentence == 2  # resumes at the first untagged sentence
    again.go(1)
    assert (again.speaker.value, again.kind.value) == ("Vladimir Putin", "direct")


def test_the_outlet_goes_with_its_own_voice(sample_analysis):
    tagger = SourceTagger(sample_analysis)
    tagger.speaker.value = OUTLET_SPEAKER
    assert tagger.kind.value == OWN_VOICE
    assert tagger.answer == {"0": {"speaker": OUTLET_SPEAKER, "kind": OWN_VOICE}}
    tagger.speaker.value = "Xi Jinping"
    assert tagger.kind.value is None


def test_save_without_a_choice_asks_for_one_and_stays(sample_analysis):
    tagger = SourceTagger(sample_analysis)
    tagger.save_button.click()
    assert tagger.sentence == 0 and "Choose who speaks" in tagger.message.value


def test_prev_and_next_buttons_navigate(sample_analysis):
    tagger = SourceTagger(sample_analysis)
    tagger.next_button.click()
    tagger.next_button.click()
    tagger.prev_button.click()
    assert tagger.sentence == 1 and tagger.prev_button.disabled is False
    tagger.go(len(sample_analysis.sentences) - 1)
    assert tagger.next_button.disabled


def test_engine_feedback_compares_with_the_attributions_of_the_sentence(sample_analysis):
    tagger = SourceTagger(sample_analysis, feedback="engine")
    quote = sentence_of(sample_analysis, "“We are expecting you")
    tagger.go(quote)
    tagger.tag("Xi Jinping", "direct")
    assert (
        "kit-incorrect" in tagger.message.value
        and "Vladimir Putin (direct quotation)" in tagger.message.value
    )
    tagger.tag("Vladimir Putin", "indirect")
    assert "kit-partly" in tagger.message.value and "Right source" in tagger.message.value
    tagger.tag("Putin", "direct") if "Putin" in tagger.speakers else tagger.tag("Vladimir Putin", "direct")
    assert "kit-correct" in tagger.message.value
    tagger.go(sentence_of(sample_analysis, "Since European countries"))
    tagger.tag(OUTLET_SPEAKER, OWN_VOICE)
    assert "kit-correct" in tagger.message.value
    assert tagger.score() == (2, 2) and "2 agree with the kit" in tagger.progress.value


def test_key_feedback_uses_the_teachers_key(sample_analysis):
    key = {
        0: {"speaker": "Vladimir Putin", "kind": "indirect"},
        "1": [{"speaker": OUTLET_SPEAKER, "kind": OWN_VOICE}],
    }
    tagger = SourceTagger(sample_analysis, feedback=key)
    tagger.tag("Vladimir Putin", "indirect")
    assert "kit-correct" in tagger.message.value and "answer key" in tagger.message.value
    tagger.go(1)
    tagger.tag("Xi Jinping", "indirect")
    assert "kit-incorrect" in tagger.message.value
    tagger.go(2)
    tagger.tag(OUTLET_SPEAKER, OWN_VOICE)
    assert "no answer for this sentence" in tagger.message.value


@pytest.mark.parametrize(
    ("kind", "level", "credit", "note"),
    [
        ("direct", "correct", 1.0, "right"),
        ("indirect", "partly", 0.5, "right source, wrong kind of attribution"),
    ],
)
def test_the_tagger_and_the_grader_agree_that_mr_putin_is_vladimir_putin(
    sample_analysis, book, kind, level, credit, note
):
    """A student's "Mr Putin" gets the same verdict in the widget as in the grade (it once did not)."""
    from kit.answers import article_id
    from kit.grading import score_tags
    from kit.widgets.tagger import expected_tags

    quote = sentence_of(sample_analysis, "“We are expecting you")
    assert expected_tags(sample_analysis)[quote] == [("Vladimir Putin", "direct")]
    # the student's answers file names the speaker "Mr Putin", a name the kit does not list:
    # the tagger keeps it choosable, so the student meets it in the dropdown and gets feedback
    book.put("source-tagger", "SourceTagger", {str(quote): {"speaker": "Mr Putin", "kind": "direct"}},
             article=article_id(sample_analysis))  # fmt: skip
    tagger = SourceTagger(sample_analysis, feedback="engine", answers=book)
    assert "Mr Putin" in tagger.speakers
    tagger.go(quote)
    tagger.tag("Mr Putin", kind)
    assert f"kit-{level}" in tagger.message.value
    assert tagger.verdict(quote)[0] == level
    if level == "partly":
        assert "Right source" in tagger.message.value

    gold = [
        [t for t in tags if t[1] != OWN_VOICE] for _, tags in sorted(expected_tags(sample_analysis).items())
    ]
    verdict = score_tags(saved(book, "source-tagger"), gold).verdicts[quote]
    assert (verdict.credit, verdict.note) == (credit, note)


def test_tagger_lists_each_source_the_kit_found_once(empty_analysis):
    from kit.records import Speaker

    analysis = replace(
        empty_analysis,
        speakers=(Speaker("a council spokesman", "spokesperson"), Speaker("the council", "organization")),
    )
    key = {0: {"speaker": "Council spokesman", "kind": "indirect"}, 1: {"speaker": "Putin", "kind": "direct"}}
    tagger = SourceTagger(analysis, feedback=key)
    # the kit's sources are all offered; a key's other name for one of them is not added again
    assert tagger.speakers == ("a council spokesman", "the council", "Putin", OUTLET_SPEAKER, OTHER)


def test_key_speakers_missing_from_the_analysis_can_be_chosen(empty_analysis):
    tagger = SourceTagger(empty_analysis, feedback={0: {"speaker": "Vladimir Putin", "kind": "indirect"}})
    assert "Vladimir Putin" in tagger.speakers


def test_tagger_with_no_sources_found_says_so(empty_analysis):
    tagger = SourceTagger(empty_analysis)
    intro = tagger.children[1].value
    assert "found no sources" in intro and tagger.speakers == (OUTLET_SPEAKER, OTHER)


def test_a_subset_of_sentences_counts_progress_over_that_subset(sample_analysis):
    tagger = SourceTagger(sample_analysis, sentences=[3, 4, 16])
    assert tagger.sentence == 3 and tagger.progress_text == "0 / 3 tagged"
    tagger.tag("Vladimir Putin", "direct")
    tagger.save()
    assert tagger.sentence == 4 and tagger.progress_text == "1 / 3 tagged"


def test_reset_asks_first_and_only_the_confirm_button_erases(sample_analysis, book):
    tagger = SourceTagger(sample_analysis, answers=book)
    tagger.tag(OUTLET_SPEAKER, OWN_VOICE)
    control = tagger.reset_control
    control.reset_button.click()
    assert control.asking and control.confirm_button.description == "Yes, erase my answers"
    assert {"kit-reset-confirm"} <= classes(control.confirm_button)
    control.cancel_button.click()
    assert not control.asking and tagger.answer and saved(book, "source-tagger")
    control.reset_button.click()
    control.confirm_button.click()
    assert tagger.answer == {} and "source-tagger" not in AnswerBook(NOTEBOOK, folder=book.folder)
    assert tagger.progress_text.startswith("0 /")


# --- HedgeHunter -------------------------------------------------------------------------------


def token_index(hunter, words: str, occurrence: int = 1) -> int:
    start = -1
    for _ in range(occurrence):
        start = hunter.analysis.text.index(words, start + 1)
    return next(i for i, t in enumerate(hunter.tokens) if t.start == start)


def front_end_click(hunter, index: int, *, shift: bool = False) -> None:
    """What the JavaScript does on a click: set the `click` traitlet."""
    front_end_click.n += 1
    hunter.text.click = {"index": index, "shift": shift, "n": front_end_click.n}


front_end_click.n = 0


def test_tokens_are_click_targets_with_offsets(sample_analysis):
    hunter = HedgeHunter(sample_analysis)
    text = sample_analysis.text
    assert all(text[t.start : t.end] == t.text for t in hunter.tokens)
    sent = hunter.text.tokens
    assert len(sent) == len(hunter.tokens) and sent[0][0] == hunter.tokens[0].text
    assert all(name in hunter.text._esm for name in ('"kit-token"', "dataset.index", '"kit-mark"'))
    assert "http" not in hunter.text._esm  # nothing fetched from the network


def test_click_marks_shift_click_extends_click_on_a_mark_removes(sample_analysis, book):
    hunter = HedgeHunter(sample_analysis, answers=book)
    hunter.category.value = "limitation"
    front_end_click(hunter, token_index(hunter, "so far"))
    front_end_click(hunter, token_index(hunter, "so far") + 1, shift=True)
    assert hunter.answer == [
        {
            "start": sample_analysis.text.index("so far"),
            "end": sample_analysis.text.index("so far") + 6,
            "text": "so far",
            "category": "limitation",
        }
    ]
    assert hunter.text.marks == [
        {
            "first": token_index(hunter, "so far"),
            "last": token_index(hunter, "so far") + 1,
            "category": "limitation",
        }
    ]
    assert saved(book, "hedge-hunter") == hunter.answer
    front_end_click(hunter, token_index(hunter, "so far") + 1)  # a click on the mark removes it
    assert hunter.answer == [] and saved(book, "hedge-hunter") == []


def test_punctuation_alone_is_not_marked(sample_analysis):
    hunter = HedgeHunter(sample_analysis)
    comma = next(i for i, t in enumerate(hunter.tokens) if t.text == ",")
    hunter.click(comma)
    assert hunter.answer == []


def test_running_count_per_category(sample_analysis):
    hunter = HedgeHunter(sample_analysis)
    hunter.mark("could", category="possibility")
    hunter.mark("appeared", category="appearance")
    hunter.mark("around eight minutes", category="approximation")
    assert hunter.counts() == {"possibility": 1, "appearance": 1, "approximation": 1}
    assert "3 hedges marked" in hunter.count.value and "appearance: <b>1</b>" in hunter.count.value
    assert {"kit-hunter-category"} <= classes(hunter.category)
    assert [m["text"] for m in hunter.answer] == ["around eight minutes", "appeared", "could"]  # text order


def test_marks_come_back_after_a_restart(sample_analysis, book):
    hunter = HedgeHunter(sample_analysis, answers=book)
    hunter.mark("appeared", category="appearance")
    hunter.mark("so far", category="limitation")
    again = HedgeHunter(sample_analysis, answers=AnswerBook(NOTEBOOK, folder=book.folder))
    assert again.answer == hunter.answer and len(again.text.marks) == 2


def test_reveal_shows_found_missed_and_extra_with_explanations(sample_analysis):
    hunter = HedgeHunter(sample_analysis)
    hunter.mark("could", category="possibility")
    hunter.mark("appeared", category="distancing")
    hunter.mark("dear friend", category="vague_source")
    assert {"kit-hunter-reveal"} <= classes(hunter.reveal_button)
    hunter.reveal_button.click()
    result = hunter.result
    assert [h.text for _, h in result.found] == ["appeared", "could"]
    assert sorted(h.text for h in result.missed) == ["around eight minutes", "so far", "what it terms"]
    assert [m["text"] for m in result.extra] == ["dear friend"]
    html = hunter.results.value
    assert "You found 2 of 5 hedges the kit lists · 3 missed · 1 extra" in html
    assert "you said distancing, the kit says appearance" in html
    assert "&#x27;so far&#x27; softens the claim." in html  # each hedge's explanation
    statuses = sorted({r["status"] for r in hunter.text.reveal})
    assert statuses == ["extra", "found", "missed"]
    hunter.mark("so far", category="limitation")  # after reveal, the comparison follows the marks
    assert len(hunter.result.found) == 3


def test_reveal_with_no_hedges_found_says_so(empty_analysis):
    hunter = HedgeHunter(empty_analysis)
    hunter.mark("could")
    hunter.reveal()
    assert "found no hedges in this article" in hunter.results.value


# --- StatementComparer ----------------------------------------------------------------------------


def test_compare_speakers_puts_quoted_words_beside_speaking_time(sample_analysis):
    c = compare_speakers(sample_analysis, "Putin", "Xi")
    assert (c.a.name, c.b.name) == ("Vladimir Putin", "Xi Jinping")
    assert (round(c.a.time_share, 2), round(c.b.time_share, 2)) == (0.8, 0.2)
    assert (round(c.a.quoted_share, 2), round(c.b.quoted_share, 2)) == (0.91, 0.09)
    assert c.a.framing == ("effusive",) and c.b.framing == ("far more restrained in tone",)
    assert c.a.warmth == ("dear friend",)


def test_comparer_shows_both_shares_side_by_side(sample_analysis):
    comparer = StatementComparer(sample_analysis)
    assert (comparer.first.value, comparer.second.value) == ("Vladimir Putin", "Xi Jinping")
    table = comparer.table.value
    for expected in (
        "(91 %)",
        "(9 %)",
        "(80 %)",
        "(20 %)",
        "around eight minutes",
        "“effusive”",
        "“far more restrained in tone”",
        "“dear friend”",
        "dear (+0.30)",
    ):
        assert expected in table
    assert {"kit-comparer-a"} <= classes(comparer.first) and {"kit-comparer-summary"} <= classes(
        comparer.summary
    )


def test_comparer_summary_and_pair_are_saved_and_restored(sample_analysis, book):
    comparer = StatementComparer(sample_analysis, answers=book)
    comparer.pick("Peskov", "Xi")
    comparer.write("Putin spoke for longer and is quoted at length, while Xi is quoted in two words.")
    assert saved(book, "statement-comparer")["speakers"] == ["Dmitry Peskov", "Xi Jinping"]
    again = StatementComparer(sample_analysis, answers=AnswerBook(NOTEBOOK, folder=book.folder))
    assert again.answer == comparer.answer
    assert "Reported length" in again.table.value and "not reported" in again.table.value


@pytest.mark.parametrize("who", ["Putin", "putin", "President Putin", "Vladimir Putin"])
def test_comparer_finds_a_speaker_by_the_names_the_charts_accept(sample_analysis, who):
    from kit import charts

    comparer = StatementComparer(sample_analysis)
    comparer.pick(who, "Xi")
    assert comparer.answer["speakers"] == ["Vladimir Putin", "Xi Jinping"]
    assert [s.speaker for s in charts.speaker_shares(sample_analysis, speakers=[who, "Xi"])[:2]] == [
        "Vladimir Putin",
        "Xi Jinping",
    ]
    with pytest.raises(ValueError, match="Choose two of"):
        comparer.pick("Merkel", "Xi")


def test_comparer_hints_at_loaded_words_and_more_than_one_sentence(sample_analysis):
    comparer = StatementComparer(sample_analysis)
    comparer.write("Putin was effusive. Xi was brief.")
    assert "one sentence" in comparer.hint.value and "“effusive”" in comparer.hint.value


def test_comparer_with_fewer_than_two_speakers_says_so(empty_analysis):
    comparer = StatementComparer(empty_analysis)
    assert "no speakers" in comparer.table.value and comparer.answer == {"speakers": [], "summary": ""}


def test_the_same_speaker_twice_is_not_compared(sample_analysis):
    comparer = StatementComparer(sample_analysis)
    comparer.second.value = "Vladimir Putin"
    assert "two different speakers" in comparer.table.value


# --- questions ------------------------------------------------------------------------------------


def test_multiple_choice_saves_checks_and_restores(book):
    question = MultipleChoice(
        "Who is quoted at length?",
        ["Vladimir Putin", "Xi Jinping"],
        correct="Vladimir Putin",
        explanation="21 words against 2.",
        answers=book,
        exercise="q1",
    )
    question.choices.value = "Xi Jinping"
    assert saved(book, "q1") == "Xi Jinping"
    question.check_button.click()
    assert "kit-incorrect" in question.feedback.value
    question.choices.value = "Vladimir Putin"
    question.check_button.click()
    assert "kit-correct" in question.feedback.value and "21 words against 2." in question.feedback.value
    assert (
        MultipleChoice(
            "Who is quoted at length?",
            ["Vladimir Putin", "Xi Jinping"],
            answers=AnswerBook(NOTEBOOK, folder=book.folder),
            exercise="q1",
        ).answer
        == "Vladimir Putin"
    )


def test_multiple_choice_with_several_answers(book):
    question = MultipleChoice(
        "Which are hedges?",
        ["could", "said", "so far"],
        multiple=True,
        correct=["could", "so far"],
        answers=book,
        exercise="q2",
    )
    question.boxes[0].value = True
    question.boxes[2].value = True
    assert question.answer == ["could", "so far"] and saved(book, "q2") == ["could", "so far"]
    assert question.check() is True


def test_short_answer_saves_as_typed_and_escapes_the_question(book):
    question = ShortAnswer(
        "Is <b>this</b> neutral?", sample="A model.", max_words=3, answers=book, exercise="q3"
    )
    assert "&lt;b&gt;this" in question.prompt.value
    question.show_sample()
    assert "Write your own answer first" in question.feedback.value
    question.text.value = "It is not neutral at all"
    assert saved(book, "q3") == "It is not neutral at all"
    assert "6 words of at most 3" in question.count.value
    question.show_sample()
    assert "A model." in question.feedback.value
    again = ShortAnswer(
        "Is <b>this</b> neutral?", answers=AnswerBook(NOTEBOOK, folder=book.folder), exercise="q3"
    )
    assert again.answer == "It is not neutral at all"


def test_questions_get_a_readable_default_exercise_id(book):
    question = MultipleChoice("Who speaks first?", ["A", "B"], answers=book)
    question.choose("A")
    assert book.get("mc-who-speaks-first") == "A"


# --- saving problems, shown to the student ------------------------------------------------------------


def test_an_unwritable_folder_shows_a_red_message_and_keeps_the_answer(sample_analysis, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    tagger = SourceTagger(sample_analysis, answers=AnswerBook(NOTEBOOK, folder=blocker))
    tagger.tag(OUTLET_SPEAKER, OWN_VOICE)
    assert 'class="kit-error"' in tagger.status.value and "could not be saved" in tagger.status.value
    assert tagger.answer == {"0": {"speaker": OUTLET_SPEAKER, "kind": OWN_VOICE}}


def test_a_corrupt_answers_file_is_set_aside_and_the_widget_says_so(sample_analysis, tmp_path):
    (tmp_path / f"{NOTEBOOK}.answers.json").write_text("{oops")
    with pytest.warns(AnswersFileWarning):
        book = AnswerBook(NOTEBOOK, folder=tmp_path)
    hunter = HedgeHunter(sample_analysis, answers=book)
    assert "kit-notice" in hunter.status.value and ".corrupt-" in hunter.status.value
    hunter.mark("could")
    assert saved(book, "hedge-hunter")[0]["text"] == "could"


def test_answers_for_another_article_are_not_applied(sample_analysis, analyze_text, book):
    SourceTagger(sample_analysis, answers=book).tag(OUTLET_SPEAKER, OWN_VOICE)
    other = SourceTagger(analyze_text("It rained. The match was off, officials said."), answers=book)
    assert other.answer == {} and "for another article" in other.status.value


def test_a_bad_exercise_id_is_refused(sample_analysis):
    with pytest.raises(kit.KitError, match="exercise id"):
        HedgeHunter(sample_analysis, exercise="")


def test_the_reveal_button_can_be_hidden_for_graded_work(sample_analysis):
    hunter = HedgeHunter(sample_analysis, reveal=False)
    assert hunter.reveal_button.layout.display == "none"
    assert HedgeHunter(sample_analysis).reveal_button.layout.display != "none"


def test_tagger_feedback_from_a_hand_made_key(seed_analysis):
    from kit.keys import load_key

    key = load_key(ROOT / "seeds" / "keys" / "000_3f95dd3d0e0f8142.json")
    tagger = SourceTagger(seed_analysis, feedback=key)
    tagger.go(sentence_of(seed_analysis, "“We are expecting you"))
    tagger.tag("Vladimir Putin", "direct")
    assert "kit-correct" in tagger.message.value and "answer key" in tagger.message.value


ODD_TEXTS = {
    "no-quotes": "It rained on Friday. The match was called off.",
    "unbalanced-quote": "“We will win, the coach said. Nobody closed the quote.",
    "odd-punctuation": 'What?!?! ... — ‘so-called’ reforms… (maybe) [sic] & <tags> 100% "done"',
    "huge-paragraph": " ".join(["The council could approve about 40 new homes, officials said."] * 120),
    "one-word": "Rain.",
}


@pytest.mark.parametrize("text", ODD_TEXTS.values(), ids=ODD_TEXTS.keys())
def test_no_widget_crashes_on_odd_articles(analyze_text, tmp_path, text):
    analysis = analyze_text(text)
    book = AnswerBook(NOTEBOOK, folder=tmp_path)
    view = ArticleView(analysis)
    assert "¶1" in view.html.value and "<tags>" not in view.html.value
    tagger = SourceTagger(analysis, answers=book, feedback="engine")
    tagger.tag(OUTLET_SPEAKER, OWN_VOICE)
    tagger.save()
    hunter = HedgeHunter(analysis, answers=book)
    for index in range(0, len(hunter.tokens), 3):
        hunter.click(index, shift=index % 2 == 1)
    hunter.reveal()
    assert hunter.results.value
    comparer = StatementComparer(analysis, answers=book)
    comparer.write("A neutral sentence.")
    assert AnswerBook(NOTEBOOK, folder=tmp_path).get("statement-comparer")["summary"] == "A neutral sentence."


def test_article_view_can_show_chosen_paragraphs(sample_analysis):
    html = ArticleView(sample_analysis, paragraphs=[3]).html.value
    assert "¶4" in html and "¶3" not in html and "We are expecting you" in html
    with pytest.raises(ValueError, match="not in this article"):
        ArticleView(sample_analysis, paragraphs=[99])


def test_reveal_matches_marks_exactly_as_the_key_scorer_does(sample_analysis):
    import random

    from kit.keys import match_spans
    from kit.records import Hedge
    from kit.widgets.hunter import match_marks

    rng = random.Random(7)
    for _ in range(200):
        spans = sorted((s, s + rng.randint(1, 12)) for s in rng.sample(range(200), 15))
        hedges = [Hedge(s, e, "x", "possibility", "", False, 0, 0) for s, e in spans]
        marks = [{"start": s, "end": s + rng.randint(1, 20)} for s in rng.sample(range(200), 12)]
        expected = match_spans(
            marks,
            hedges,
            span_of_found=lambda m: (m["start"], m["end"]),
            span_of_gold=lambda h: (h.start, h.end),
        ).matches
        assert match_marks(marks, hedges) == list(expected)


# --- issue 12: what a class met on screen ----------------------------------------------------------


def test_a_one_number_answer_shows_no_word_counter_and_a_small_reset(book):
    number = ShortAnswer("About how long was Xi's statement, in minutes?", rows=1, answers=book, exercise="n")
    essay = ShortAnswer("Why?", rows=4, max_words=60, answers=book, exercise="essay")
    assert number.count not in number.children and essay.count in essay.children
    assert "kit-reset-compact" in classes(number.reset_control)
    assert "kit-reset-compact" not in classes(essay.reset_control)


def test_a_hunt_for_some_kinds_is_scored_against_those_kinds_only(sample_analysis):
    kinds = ("distancing", "vague_source")
    hunter = HedgeHunter(sample_analysis, category="distancing", categories=kinds)
    hunter.mark("what it terms", category="distancing")
    hunter.reveal_button.click()
    listed = [h for h in sample_analysis.hedges if h.category in kinds]
    html = hunter.results.value
    assert f"You found 1 of {len(listed)} hedge" in html and f"{len(listed) - 1} missed" in html
    assert all(h.category in kinds for h in hunter.result.missed)  # "so far" is not a miss here
    assert "so far" not in html


def test_a_loaded_words_explanation_and_its_alternative_are_two_sentences(sample_analysis):
    # the lexicon's explanations have no full stop ("a judgement on progress"): the tooltip adds it
    words = tuple(replace(w, explanation="a judgement on progress") for w in sample_analysis.loaded_words)
    view = ArticleView(replace(sample_analysis, loaded_words=words), layers=("loaded",))
    titles = re.findall(r'title="(Loaded word:[^"]*)"', view.html.value)
    assert len(titles) == len(words)
    for title in titles:
        assert "a judgement on progress. A neutral alternative: “" in title, title
