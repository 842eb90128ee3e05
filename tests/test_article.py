"""Reading an article: title, dateline, paragraphs, boilerplate, quote marks (GUIDELINES §1)."""

from __future__ import annotations

import os

import pytest

from kit.article import load_article
from kit.errors import NotAFileError

SEED_TEXT_START = "Russian President Vladimir Putin said on Friday (30 December)"


def test_seed_metadata_and_body(seed_path):
    article = load_article(seed_path)
    assert article.title == (
        "Putin Expects China’s Xi To Visit In Spring, Wants To Boost Military Cooperation"
    )
    assert article.outlet == "EurActiv"
    assert article.date == "2022-12-30"  # from the metadata file beside the seed
    assert article.text.startswith(SEED_TEXT_START)  # the dateline is not in the first sentence
    assert "(EurActiv)" not in article.text


def test_seed_boilerplate_is_removed_and_listed(seed_path):
    article = load_article(seed_path)
    assert article.boilerplate == (
        "EurActiv publishes free, independent policy news and facilitates open policy debates "
        "in 12 languages.",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
    )
    for line in article.boilerplate:
        assert line not in article.text
    assert article.text.endswith(
        "Kremlin spokesman Dmitry Peskov said no date had yet been set for Xi’s visit."
    )


def test_seed_paragraph_broken_by_a_link_is_whole_again(seed_path):
    article = load_article(seed_path)
    joined = [p for p in article.paragraph_texts if "Chinese yuan" in p]
    assert joined == [
        "On Friday, Russia’s Finance Ministry doubled the maximum possible share of Chinese yuan in its "
        "National Wealth Fund (NWF) to 60% as Moscow tries to end dependency on “unfriendly” nations, "
        "including the United States, European Union members, Britain and Japan."
    ]
    assert len(article.paragraphs) == 15


def test_offsets_index_the_clean_body(seed_path):
    article = load_article(seed_path)
    for span, text in zip(article.paragraphs, article.paragraph_texts, strict=True):
        assert article.text[span.start : span.end] == text
        assert text == text.strip()
    assert "\n\n".join(article.paragraph_texts) == article.text


@pytest.mark.parametrize(
    ("first", "place", "outlet", "body"),
    [
        ("(EurActiv) — Putin said.", None, "EurActiv", "Putin said."),
        ("LISBON (Harbour Wire) - The port reopened.", "LISBON", "Harbour Wire", "The port reopened."),
        ("OSLO — Snow fell.", "OSLO", None, "Snow fell."),
        ("NEW YORK (AP) -- Stocks rose.", "NEW YORK", "AP", "Stocks rose."),
        ("WASHINGTON, Nov 3 (Reuters) - Talks ended.", "WASHINGTON", "Reuters", "Talks ended."),
        ("Washington (AFP) – Talks ended.", "Washington", "AFP", "Talks ended."),
        ("Dec 29 (Reuters) - Talks ended.", None, "Reuters", "Talks ended."),
        # the day before the month, as British and European outlets write it
        (
            "WENDLE CROSS, 14 March — The woman behind the counter smiled.",
            "WENDLE CROSS",
            None,
            "The woman behind the counter smiled.",
        ),
        (
            "DUNHOLLOW, 12 May 2026 — The foundation announced a plan.",
            "DUNHOLLOW",
            None,
            "The foundation announced a plan.",
        ),
        ("TARNBRIDGE, March 3, 2025 — Sales rose.", "TARNBRIDGE", None, "Sales rose."),
        # a press release's weekday before the date (dev article 719's first look kept it in the lede)
        ("KIRKHOLM, Wednesday 20 August 2025 — Puffins rose.", "KIRKHOLM", None, "Puffins rose."),
        ("ARDEN, Friday — The count began.", "ARDEN", None, "The count began."),
        ("Anna Berg (Greens) – Talks ended.", None, None, None),  # a party, not a news agency
        ("The minister said the plan - a bold one - would pass.", None, None, None),
        ("NATO allies met on Monday.", None, None, "NATO allies met on Monday."),
    ],
)
def test_datelines(first, place, outlet, body):
    article = load_article(f"Headline\n\n{first}\n\nSecond paragraph here.")
    assert article.place == place
    assert article.outlet == outlet
    assert article.text.split("\n\n")[0] == (body or first)


def test_a_dateline_after_a_press_releases_subhead():
    """A press release puts a subhead (no final full stop) before the dateline: the dateline still
    leaves the text and becomes metadata (a practice press release's first look credited
    "KESTERTON, 12 March 2026 — Small ponds …" to a study)."""
    article = load_article(
        "Ponds Bury Carbon, Study Finds\n\nUniversity of Kesterton researchers measured the mud in 140 ponds"
        "\n\nKESTERTON, 12 March 2026 — Small ponds are burying carbon, a study found.\n\nMore follows."
    )
    assert (article.place, article.date) == ("KESTERTON", "12 March 2026")
    assert article.text.split("\n\n")[:2] == [
        "University of Kesterton researchers measured the mud in 140 ponds",
        "Small ponds are burying carbon, a study found.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        '“Curly,” she said. ‘Single’ and "straight" and it\'s Xi’s.',
        'He called it a "so-called" deal, and the ‘no limits’ pact.',
    ],
)
def test_quote_marks_are_kept_as_they_are(text):
    assert load_article(f"Title\n\n{text}").text == text


@pytest.mark.parametrize(
    "tail",
    [
        "Share this article",
        "Sign up for our newsletter",
        "Related posts",
        "Your email address will not be published. Required fields are marked *",
        "© 2024 The Daily Example. All rights reserved.",
    ],
)
def test_boilerplate_at_the_end(tail):
    article = load_article(f"Title\n\nThe council met.\n\nIt voted.\n\n{tail}")
    assert article.text == "The council met.\n\nIt voted."
    assert tail in article.boilerplate


def test_everything_after_related_posts_is_boilerplate():
    text = "Title\n\nThe council met.\n\nRelated posts\n\nCouncil to meet again\n\nMayor resigns"
    article = load_article(text)
    assert article.text == "The council met."
    assert article.boilerplate == ("Related posts", "Council to meet again", "Mayor resigns")


def test_an_article_sentence_mentioning_publishing_is_kept():
    article = load_article("Title\n\nThe agency met.\n\nThe agency publishes its figures in May.")
    assert article.paragraph_texts[-1] == "The agency publishes its figures in May."


def test_subheadings_are_not_joined_to_the_next_paragraph():
    article = load_article("Title\n\nFirst paragraph.\n\nEconomic ties\n\nTrade rose sharply.")
    assert article.paragraph_texts == ["First paragraph.", "Economic ties", "Trade rose sharply."]


def test_hard_wrapped_lines_join_and_single_newlines_split_when_no_blank_lines():
    wrapped = load_article("Title\n\nThe council met on\nMonday to vote.\n\nIt passed.")
    assert wrapped.paragraph_texts == ["The council met on Monday to vote.", "It passed."]
    lines = load_article("Title\nThe council met.\nIt passed.")
    assert lines.title == "Title"
    assert lines.paragraph_texts == ["The council met.", "It passed."]


def test_markdown_file(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(
        "# A **big** day\n\nThe [mayor](https://example.org) spoke.\n\n## Reaction\n\nCrowds cheered."
    )
    article = load_article(path)
    assert article.title == "A big day"
    assert article.text == "The mayor spoke.\n\nReaction\n\nCrowds cheered."


def test_html_page_is_converted_to_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Port reopens</title><script>var x = 1;</script></head>"
        "<body><nav><p>Home | World</p></nav><h1>Port reopens</h1><p>The port reopened, "
        "officials said.</p><p>Ships waited &amp; queued.</p><footer><p>© 2024 Example</p></footer>"
        "</body></html>"
    )
    article = load_article(page)
    assert article.title == "Port reopens"
    assert article.text == "The port reopened, officials said.\n\nShips waited & queued."


def test_keyword_metadata_overrides(seed_path):
    article = load_article(seed_path, outlet="Other", date="2023-01-01", title="T")
    assert (article.title, article.outlet, article.date) == ("T", "Other", "2023-01-01")


def test_a_title_given_apart_never_costs_the_first_paragraph():
    """A teacher who passes the title separately keeps a short first paragraph ("The port reopened …"):
    before, it was taken for the title line and silently replaced by the given title."""
    article = load_article("The port reopened on Monday.\n\nShips queued at dawn.", title="Port reopens")
    assert article.title == "Port reopens"
    assert article.paragraph_texts == ["The port reopened on Monday.", "Ships queued at dawn."]


@pytest.mark.parametrize("headline", ["Port reopens", "Port Reopens After Storm"])
def test_a_given_title_still_replaces_the_texts_own_headline(headline):
    text = f"{headline}\n\nThe port reopened on Monday.\n\nShips queued."
    article = load_article(text, title="Port reopens")
    assert (article.title, article.paragraph_texts) == (
        "Port reopens",
        ["The port reopened on Monday.", "Ships queued."],
    )


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_a_text_file_saved_as_unicode_by_notepad_or_word_is_read(encoding, tmp_path, seed_path):
    """Notepad's "Unicode" and Word's "Unicode text" are UTF-16 with a byte-order mark (issue 13)."""
    text = seed_path.read_text(encoding="utf-8")
    path = tmp_path / "unicode.txt"
    data = text.encode(encoding)
    if encoding in {"utf-16-le", "utf-16-be"}:  # the same, with the mark written by hand
        data = "\ufeff".encode(encoding) + data
    path.write_bytes(data)
    article = load_article(path)
    expected = load_article(seed_path)
    assert article.paragraph_texts == expected.paragraph_texts and article.title == expected.title


def test_utf16_without_a_byte_order_mark_is_read_too(tmp_path):
    path = tmp_path / "no-mark.txt"
    path.write_bytes("Storm\n\nThe storm reached the coast on Monday, forecasters said.".encode("utf-16-le"))
    assert load_article(path).text == "The storm reached the coast on Monday, forecasters said."


def test_a_meta_json_nested_too_deeply_is_ignored_like_any_unreadable_sidecar(tmp_path, seed_path):
    """A deeply nested NAME.meta.json raised an uncaught RecursionError (issue 13)."""
    path = tmp_path / "story.txt"
    path.write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    path.with_name("story.meta.json").write_text("[" * 200_000 + "]" * 200_000)
    article = load_article(path)
    assert article.outlet == "EurActiv"  # from the dateline, as without a sidecar
    assert article.date is None and article.metadata == {}


def test_a_sidecar_gives_author_and_address(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Title\n\nThe port reopened on Monday, officials said.")
    path.with_name("story.meta.json").write_text(
        '{"outlet": "Harbour Wire", "author": "Ana Ruiz", "url": "https://example.org/port", "pages": 2}'
    )
    article = load_article(path)
    assert (article.outlet, article.author, article.url) == (
        "Harbour Wire",
        "Ana Ruiz",
        "https://example.org/port",
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_in_place_of_an_article_is_refused_at_once(tmp_path):
    """A pipe named like an article (a tar archive can make one) must not hang the notebook."""
    import threading

    pipe = tmp_path / "article.txt"
    os.mkfifo(pipe)
    outcome: list[BaseException] = []
    worker = threading.Thread(target=lambda: _catch(outcome, lambda: load_article(pipe)), daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "load_article waited on a named pipe"
    assert isinstance(outcome[0], NotAFileError) and "named pipe" in str(outcome[0])


def _catch(outcome: list[BaseException], call) -> None:
    try:
        call()
    except BaseException as error:  # the test reads what was raised
        outcome.append(error)
