"""The article: from a file or pasted text to one clean body (GUIDELINES §1).

``load_article`` reads a path or a string and returns an :class:`Article` whose
``text`` is the cleaned body every offset in the kit indexes into:

* the title (first non-empty line) and the dateline (``(Outlet) —``,
  ``CITY (Outlet) -``, ``CITY —``) are kept as metadata, not body text;
* paragraphs are separated by exactly one blank line (``"\\n\\n"``); lines
  inside a paragraph are joined with a space;
* a paragraph broken by a scraped hyperlink is joined back;
* web boilerplate (comment forms, share buttons, newsletter prompts, the
  outlet's self-promotion line at the end) is removed and listed;
* quote marks, curly or straight, are kept exactly as they are.

>>> article = load_article("Title\\n\\nLONDON (Wire) — It rained. Nobody was surprised.")
>>> article.title, article.outlet, article.text
('Title', 'Wire', 'It rained. Nobody was surprised.')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import (
    EmptyArticleError,
    NotEnglishError,
    NotTextError,
    UnencodableTextError,
    WebAddressError,
)
from .formats import MAX_TEXT_BYTES, Document, looks_like_html, read_document, read_html, too_large
from .formats.text import is_web_address, read_sidecar
from .formats.wrapping import split_paragraphs
from .records import TextSpan
from .words import WORD, count_words

__all__ = ["DATELINE", "MAX_BYTES", "PARAGRAPH_BREAK", "Article", "load_article"]

MAX_BYTES = MAX_TEXT_BYTES
PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class Article:
    """A news article ready for analysis.

    ``paragraphs`` index into ``text``; ``boilerplate`` lists what was removed. ``author`` and
    ``url`` come from a saved web page or ``NAME.meta.json``; ``metadata`` holds everything the
    file and its ``.meta.json`` recorded (``file_title``, ``file_author``: a PDF's or Word file's
    properties).
    """

    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    dateline: str | None = None
    place: str | None = None
    paragraphs: tuple[TextSpan, ...] = ()
    boilerplate: tuple[str, ...] = ()
    source: str | None = None
    language: str = "en"
    metadata: dict[str, str] = field(default_factory=dict, compare=False)
    author: str | None = None
    url: str | None = None

    @property
    def paragraph_texts(self) -> list[str]:
        return [self.text[p.start : p.end] for p in self.paragraphs]

    @property
    def word_count(self) -> int:
        return count_words(self.text)


def load_article(
    source: str | Path | Article,
    *,
    title: str | None = None,
    outlet: str | None = None,
    date: str | None = None,
    check_language: bool = True,
) -> Article:
    """Read an article from a path, or from the text itself.

    A string is taken as a path when it is one line that names an existing
    file or ends in a file suffix (``.txt``, ``.md``, ``.html``, ``.pdf``,
    ``.docx`` …); otherwise it is the article text. Files are read by
    :func:`kit.formats.read_document`: text, Markdown, saved web pages, PDF
    and Word files. A sidecar ``<name>.meta.json`` next to a file supplies
    ``outlet``, ``date``, ``author``, ``url`` and ``language``. Keyword
    arguments override what was found. A web address is refused: nothing is
    fetched.

    Raises a subclass of :class:`kit.errors.ArticleError` with a message that
    says what to do when the input cannot be used.

    >>> load_article("  \\n ")
    Traceback (most recent call last):
    ...
    kit.errors.EmptyArticleError: The article is empty: paste the text of a news article ...
    """
    if isinstance(source, Article):
        _encodable(source.text, source.source, join_pairs=False)  # offsets index the text as it is
        return replace(
            source,
            title=title or source.title,
            outlet=outlet or source.outlet,
            date=date or source.date,
        )
    sidecar: dict[str, str] = {}
    name: str | None = None
    if isinstance(source, str) and is_web_address(source) and not Path(source.strip()).exists():
        raise WebAddressError(
            f"'{source.strip()[:80]}' is a web address: the kit does not fetch pages from the internet. "
            "Save the page in your browser (File > Save Page As, 'Web Page, HTML only') and give the "
            "saved .html file, or copy the article's text and paste it."
        )
    if isinstance(source, Path) or _looks_like_path(source):
        path = Path(source)
        document = read_document(path)
        sidecar = read_sidecar(path)
        name = path.name
    elif isinstance(source, str):
        size = len(source.encode("utf-8", "surrogatepass"))
        if size > MAX_BYTES:
            raise too_large(size)
        document = Document(source, "pasted")
    else:
        raise TypeError(f"load_article() takes a path or the article text, not {type(source).__name__}")
    if document.kind in {"text", "pasted"}:
        if "\x00" in document.text:
            raise NotTextError(
                "This is not plain text (it contains binary data): save the article "
                "as plain text (.txt) and try again."
            )
        if looks_like_html(document.text):
            document = read_html(document.text)
    size = len(document.text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise too_large(size, what=f"The text of '{name}'" if name else "This text")
    document = replace(document, text=_encodable(document.text, name))
    article = _parse(
        document.text, markdown=document.kind == "markdown", title=document.title, given_title=title
    )
    found = document.metadata
    if check_language:
        _check_english(article)
    return replace(
        article,
        title=title or article.title or found.get("file_title"),
        outlet=outlet or sidecar.get("outlet") or found.get("outlet") or article.outlet,
        date=date or sidecar.get("date") or found.get("date") or article.date,
        author=sidecar.get("author") or found.get("author"),
        url=sidecar.get("url") or found.get("url"),
        language=sidecar.get("language", "en"),
        boilerplate=(*document.removed, *article.boilerplate),
        source=name,
        metadata={**found, **{k: str(v) for k, v in sidecar.items()}},
    )


# --- reading ------------------------------------------------------------------

_PATHLIKE_SUFFIX = re.compile(
    r"\.(txt|text|md|markdown|html?|xhtml|mhtml?|json|docx?|pdf|rtf|odt|pages|webarchive|epub)$", re.I
)


def _looks_like_path(source: object) -> bool:
    if not isinstance(source, str) or "\n" in source or len(source) > 1024:
        return False
    candidate = source.strip()
    if not candidate:
        return False
    if _PATHLIKE_SUFFIX.search(candidate) and " " not in candidate.strip("/\\"):
        return True
    try:
        return Path(candidate).exists()
    except OSError:
        return False


_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _encodable(text: str, name: str | None, *, join_pairs: bool = True) -> str:
    """``text`` with its UTF-16 surrogate pairs joined into the characters they stand for (when
    ``join_pairs``); a surrogate left (no file can hold it) raises
    :class:`~kit.errors.UnencodableTextError`."""
    if _SURROGATE.search(text) is None:
        return text
    if join_pairs:
        text = _SURROGATE_PAIR.sub(
            lambda m: m.group().encode("utf-16", "surrogatepass").decode("utf-16"), text
        )
    lone = _SURROGATE.search(text)
    if lone is None:
        return text
    where = f"'{name}'" if name else "The text"
    before = " ".join(text[max(0, lone.start() - 40) : lone.start()].split())
    raise UnencodableTextError(
        f"{where} holds a broken character (U+{ord(lone.group()):04X}, half of a character pair) after "
        f"'…{before}': a program or a copy cut it in two, and no file can hold it. Copy the article "
        "again from where you found it, or open the file in a text editor, save it as UTF-8 text and "
        "load that file."
    )


# --- parsing ------------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_DASH = r"(?:—|–|--?)"
#: news agencies whose name is not in capitals ("Paris (AFP) –" needs none of these)
_AGENCIES = "Reuters|Bloomberg|Xinhua|Kyodo|Yonhap|Interfax|Anadolu|EurActiv|dpa"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: "Nov 3", "March 3, 2025", or the day first: "14 March", "12 May 2026"; after a weekday ("Wednesday
#: 20 August 2025", a press release's) or the weekday alone
_DATE = (
    rf"(?:(?:{_WEEKDAY},?\s+)?(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?"
    rf"|\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\.?(?:,?\s+\d{{4}})?)|{_WEEKDAY})"
)
#: A dateline at the start of a paragraph (use ``DATELINE.match(text, start)``): "(EurActiv) —",
#: "LISBON (Harbour Wire) -", "OSLO —", "WASHINGTON, Nov 3 (Reuters) -", "HARLSTON, England, June 3
#: (Keystone Wire) -", "PORTLAND, Ore. (AP) —"; in title case only with a
#: news agency's name: "Washington (AFP) –", "Dec 29 (Reuters) -".
DATELINE = re.compile(
    rf"""(?:
        (?P<place>[A-Z][A-Z.'’ -]*[A-Z.])(?:,\s*[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?(?=,|\s*\(|\s*{_DASH}))?
        (?:,\s*(?P<date>{_DATE}))?
        \s*(?:\((?P<outlet1>[^()\n]{{2,60}})\))?
      | \((?P<outlet2>[^()\n]{{2,60}})\)
      | (?:(?P<date3>{_DATE})|(?P<place3>[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}})(?:,\s*(?P<date4>{_DATE}))?)
        \s*\((?P<outlet3>[A-Z]{{2,8}}|{_AGENCIES})\)
    )\s*{_DASH}\s+""",
    re.X,
)
_END_PUNCT = tuple(".!?:;\"”’'»)…")

_BOILERPLATE_LINES = [
    r"leave a (reply|comment)",
    r"your email address will not be published.*",
    r"required fields are marked.*",
    r"(post|submit|add) (a )?comment",
    r"\d* ?comments?",
    r"share (this|on|via)\b.*",
    r"(share|tweet|email|print|facebook|twitter|x|linkedin|whatsapp|reddit|copy link)",
    r"(sign up|subscribe)( now)?( to| for)? (our|the) (free )?(daily |weekly )?newsletters?.*",
    r"(related|recommended) (posts?|articles?|stories|content|reading)",
    r"(read|see) (more|also).{0,40}",
    r"you (may|might) also like.{0,40}",
    r"more from .{1,40}",
    r"advertisement|sponsored( content)?",
    r"follow us on .*",
    r"(©|copyright\b).{0,120}",
    r"all rights reserved\.?",
    r"(click|tap) here .{0,80}",
    r"this (article|story) (was|is) (originally )?published .{0,120}",
    r"skip to (main )?(content|navigation)",
    # a menu or breadcrumb trail: "Home | World | Europe", "Home › News"
    r"home(?:\s[|•·›»>/]\s[^|•·›»>/\n.!?]{1,30})+",
]
_BOILERPLATE = re.compile(r"^(?:" + "|".join(_BOILERPLATE_LINES) + r")[\s.:!*]*$", re.I)
# A heading after which everything is boilerplate ("Related posts" …).
_CUT_HEADING = re.compile(
    r"^((related|recommended) (posts?|articles?|stories|content)|read more|"
    r"you (may|might) also like|more from .{1,40})[\s:]*$",
    re.I,
)
# The outlet's self-promotion at the end: "EurActiv publishes free, independent …".
_OUTLET_PROMOTION = re.compile(r"\b(publishes|is published by|independent|brings you|covers)\b", re.I)
_PROMOTION = re.compile(
    r"\b(subscribe|newsletter|follow us|donate|support (our|us)|become a member|"
    r"independent journalism)\b",
    re.I,
)


def _normalise(raw: str) -> str:
    """One kind of line break and of space; a line's indentation is kept as one space."""
    text = raw.translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_SPACES.sub(" ", line).rstrip() for line in text.split("\n"))


def _strip_links(block: str, *, image: bool) -> str:
    """Images ``![alt](address)`` removed (``image``), else links ``[words](address)`` made their
    words: what ``re.sub`` does with ``!\\[[^\\]]*\\]\\([^)]*\\)`` and ``\\[([^\\]]+)\\]\\([^)]*\\)``,
    in linear time (the regular expressions rescan the rest of the text from every unclosed ``[``).

    >>> _strip_links("see ![a](x.png) the [report](https://e.org) [and more", image=True)
    'see  the [report](https://e.org) [and more'
    >>> _strip_links("see the [report](https://e.org) [and more", image=False)
    'see the report [and more'
    """
    found: dict[str, int] = {"]": -1, ")": -1}

    def first(char: str, at: int) -> int:  # the first ``char`` at or after ``at``; ``at`` only grows
        if found[char] < at:
            found[char] = block.find(char, at)
            if found[char] < 0:
                found[char] = len(block) + 1
        return found[char] if found[char] <= len(block) else -1

    opening = "![" if image else "["
    out, done, i = [], 0, 0
    while (i := block.find(opening, i)) >= 0:
        words = i + len(opening)
        close = first("]", words)
        if close < 0:
            break  # no "]" after here: no later link either
        if block[close + 1 : close + 2] != "(" or (not image and close == words):
            i += 1
            continue
        end = first(")", close + 2)
        if end < 0:
            break
        out.append(block[done:i] + ("" if image else block[words:close]))
        done = i = end + 1
    out.append(block[done:])
    return "".join(out)


#: a paragraph that is one question in bold, as a print Q&A prints its questions (see kit.quotes)
_BOLD_QUESTION = re.compile(r"(\*\*|__)[^*_]+\?\1")


def _strip_markdown(block: str) -> str:
    block = re.sub(r"^#{1,6}\s+", "", block)
    block = _strip_links(block, image=True)
    block = _strip_links(block, image=False)
    if not _BOLD_QUESTION.fullmatch(block.strip()):  # a print Q&A's question keeps its marks: its label
        block = re.sub(r"(\*\*|__)(.+?)\1", r"\2", block)
    block = re.sub(r"^>\s?", "", block)
    return block.strip()


def _is_fragment(block: str) -> bool:
    return not block.endswith(_END_PUNCT)


def _continues(block: str) -> bool:
    first = block[0]
    return first.islower() or first in ",;:.)-–—%"


def _rejoin(blocks: list[str]) -> list[str]:
    """Join paragraphs that a scraped hyperlink broke apart.

    A block with no final punctuation is joined to the next one when the next
    starts in lower case or with punctuation, or when the next is itself a short
    fragment that is then continued in that way ("share of" / "Chinese yuan" /
    "in its …").
    """
    out: list[str] = []
    i = 0
    while i < len(blocks):
        current = blocks[i]
        while i + 1 < len(blocks) and _is_fragment(current):
            nxt = blocks[i + 1]
            if _continues(nxt):
                current = f"{current} {nxt}"
                i += 1
            elif (
                i + 2 < len(blocks)
                and _is_fragment(nxt)
                and len(nxt.split()) <= 6
                and _continues(blocks[i + 2])
            ):
                current = f"{current} {nxt} {blocks[i + 2]}"
                i += 2
            else:
                break
        out.append(current)
        i += 1
    return out


def _is_self_promotion(block: str, outlet: str | None) -> bool:
    if outlet and block.lower().startswith(outlet.lower()):
        return bool(_OUTLET_PROMOTION.search(block) or _PROMOTION.search(block))
    return len(block.split()) <= 40 and bool(_PROMOTION.search(block))


def _split_boilerplate(blocks: list[str], outlet: str | None) -> tuple[list[str], list[str]]:
    """Separate article paragraphs from web boilerplate, both in reading order."""
    drop: set[int] = set()
    cut = False
    for i, block in enumerate(blocks):
        if cut or _BOILERPLATE.match(block):
            drop.add(i)
            cut = cut or bool(_CUT_HEADING.match(block))
    for i in reversed(range(1, len(blocks))):
        if i in drop:
            continue
        if not _is_self_promotion(blocks[i], outlet):
            break
        drop.add(i)
    kept = [b for i, b in enumerate(blocks) if i not in drop]
    removed = [b for i, b in enumerate(blocks) if i in drop]
    return kept, removed


#: a block that ends like a sentence ("… on Monday.", "… he said.”"), not like a headline
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _parse(raw: str, *, markdown: bool, title: str | None = None, given_title: str | None = None) -> Article:
    """The clean body of ``raw``; ``title`` is given when the file said which text is the title.

    Otherwise a short first block is the title line, except when the caller gave the title
    (``given_title``) and the block reads as a sentence: then it is the article's first paragraph
    ("The port reopened on Monday."), which would otherwise be lost under the given title."""
    found = split_paragraphs(_normalise(raw))
    blocks = found.blocks
    if markdown:
        blocks = [b for b in (_strip_markdown(b) for b in blocks) if b]
    if not blocks:
        raise EmptyArticleError(
            "The article is empty: paste the text of a news article (a title line, "
            "then paragraphs) and try again."
        )
    # Boilerplate before the article ("Skip to content", a menu, "Advertisement") is no title.
    leading = 0
    while leading < len(blocks) - 1 and _BOILERPLATE.match(blocks[leading]):
        leading += 1
    removed_first, blocks = [*found.removed, *blocks[:leading]], blocks[leading:]
    if (
        title is None
        and not DATELINE.match(blocks[0])
        and count_words(blocks[0]) <= 30
        and len(blocks) > 1
        and (
            given_title is None or _same_words(blocks[0], given_title) or not _SENTENCE_END.search(blocks[0])
        )
    ):
        title = blocks.pop(0)
    place = outlet = dateline = date = None
    at = 0  # the dateline opens the first paragraph, or the second after a press release's subhead
    if (
        not DATELINE.match(blocks[0])
        and len(blocks) > 1
        and not _SENTENCE_END.search(blocks[0])
        and count_words(blocks[0]) <= 40
        and DATELINE.match(blocks[1])
    ):
        at = 1
    match = DATELINE.match(blocks[at])
    if match:
        dateline = match.group(0).strip()
        place = match.group("place") or match.group("place3")
        outlet = match.group("outlet1") or match.group("outlet2") or match.group("outlet3")
        date = match.group("date") or match.group("date3") or match.group("date4")
        rest = blocks[at][match.end() :].strip()
        if rest:
            blocks[at] = rest
        else:
            blocks.pop(at)
    blocks = _rejoin(blocks)
    kept, removed = _split_boilerplate(blocks, outlet)
    if not kept:
        raise EmptyArticleError(
            "No article text is left once the title and web boilerplate are removed: "
            "paste the paragraphs of the article itself."
        )
    spans = []
    position = 0
    for block in kept:
        spans.append(TextSpan(position, position + len(block)))
        position += len(block) + len(PARAGRAPH_BREAK)
    return Article(
        text=PARAGRAPH_BREAK.join(kept),
        title=title,
        outlet=outlet.strip() if outlet else None,
        date=date,
        dateline=dateline,
        place=place.strip() if place else None,
        paragraphs=tuple(spans),
        boilerplate=(*removed_first, *removed),
    )


# --- language -----------------------------------------------------------------

_ENGLISH_FUNCTION_WORDS = frozenset(
    """a about after all also an and any are as at be been but by can could did do
    does for from had has have he her his how i if in into is it its more no not
    of on one or our out said she so than that the their them there these they
    this to two up was we were what when which while who will with would you""".split()
)


def _check_english(article: Article) -> None:
    words = WORD.findall(article.text)
    letters = [c for c in article.text if c.isalpha()]
    if letters:
        latin = sum(1 for c in letters if c < "\u0250")
        if latin / len(letters) < 0.6:
            raise NotEnglishError(
                "This text does not look like English (most letters are not in the "
                "Latin alphabet); the kit analyses English-language news articles."
            )
    if len(words) >= 25:
        share = sum(1 for w in words if w.lower() in _ENGLISH_FUNCTION_WORDS) / len(words)
        if share < 0.12:
            raise NotEnglishError(
                "This text does not look like English (few common English words such "
                "as 'the', 'and', 'said'); the kit analyses English-language news "
                "articles. Paste an article in English, or pass check_language=False."
            )
