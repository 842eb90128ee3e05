"""The hedge categories and the named word lists: ``hedge_categories.tsv`` and ``hedge_wordlists.tsv``.

Each category has a label (for summaries) and a default one-sentence
explanation for students, in which ``{text}`` stands for the words found. The
word lists are what the context rules compare words with ("verbs of reporting",
"units of time") and what a lexicon pattern names as ``@list``. Both files are
read through :func:`kit.lexicon.read_rows`; a line that cannot be used raises
:class:`~kit.errors.LexiconError` naming the file and the line.

>>> category_label("vague_source")
'vague source'
>>> "say" in word_list("reporting")
True
"""

from __future__ import annotations

import functools

from ..errors import LexiconError
from ..lexicon import read_rows
from ..records import HEDGE_CATEGORIES

__all__ = [
    "CATEGORY_FILE",
    "EPISTEMIC_CATEGORIES",
    "WORDLIST_FILE",
    "categories",
    "category_explanation",
    "category_label",
    "word_list",
    "word_lists",
]

#: The data file (in ``kit/data/``) of the categories' labels and default explanations.
CATEGORY_FILE = "hedge_categories.tsv"
#: The data file (in ``kit/data/``) of the word lists the rules and the ``@list`` patterns use.
WORDLIST_FILE = "hedge_wordlists.tsv"

#: The categories comparable with sentence-level "uncertain" labels of research corpora.
EPISTEMIC_CATEGORIES = ("possibility", "probability", "appearance", "uncertainty")


@functools.cache
def categories() -> dict[str, tuple[str, str]]:
    """Every category with its label and its default explanation, checked: all eight, each explained."""
    table: dict[str, tuple[str, str]] = {}
    for row in read_rows(CATEGORY_FILE):
        if len(row) != 3:
            raise row.error("expected 3 tab-separated columns (category, label, explanation)")
        if row["category"] not in HEDGE_CATEGORIES:
            raise row.error(f"unknown category {row['category']!r}")
        if not row["label"] or not row["explanation"]:
            raise row.error(f"category {row['category']!r} needs a label and an explanation")
        table[row["category"]] = (row["label"], row["explanation"])
    missing = set(HEDGE_CATEGORIES) - set(table)
    if missing:
        raise LexiconError(
            f"{CATEGORY_FILE} has no explanation for {sorted(missing)}. Add a line for each to "
            f"kit/data/{CATEGORY_FILE} (its header comment says what each column holds)."
        )
    return table


def category_explanation(category: str) -> str:
    """The default explanation of a category ("{text}" stands for the words found).

    >>> category_explanation("limitation").replace("{text}", "so far")
    '“so far” limits the claim to some times or some cases, so it may not always hold.'
    """
    return categories()[category][1]


def category_label(category: str) -> str:
    """How a summary names the category ("vague source" for ``vague_source``)."""
    return categories()[category][0]


@functools.cache
def word_lists() -> dict[str, frozenset[str]]:
    """Every word list by name."""
    lists: dict[str, frozenset[str]] = {}
    for row in read_rows(WORDLIST_FILE):
        if len(row) != 2:
            raise row.error("expected 2 tab-separated columns (list name, words)")
        lists[row["name"]] = frozenset(row["words"].split())
    return lists


def word_list(name: str) -> frozenset[str]:
    """The words of one list (``KeyError`` for a name the file does not hold)."""
    return word_lists()[name]
