"""PDF files: the article's paragraphs in reading order, without page headers, footers and numbers.

:func:`read_pdf` reads the text layer with pdfminer.six (pure Python), which finds the lines of
text and where they sit on the page; the kit then rebuilds the article from those lines:

* **columns**: a vertical strip that no line crosses (a gutter) splits the page into columns,
  read left to right; a line that spans the gutter (a headline across two columns) is read where
  it stands, and the columns under it after it;
* **headers, footers, page numbers**: a line at the very top or bottom of a page, set apart by a
  gap, goes when it is a page number ("3", "Page 3 of 5"), when it comes back on other pages
  (digits aside), or when its type is smaller than the body text; what goes is listed;
* **paragraphs**: lines are joined into a paragraph (words hyphenated at a line end joined again,
  :func:`~kit.formats.wrapping.join_lines`) until a line stops short of the column's right edge
  (the next word would have fitted), the next line is indented or set apart by a larger gap, or
  the type size changes (a headline); a paragraph carried over to the next column or page
  continues when the last line was full;
* **metadata**: the file's Title and Author properties, as ``file_title`` and ``file_author``
  (often those of whoever made the file, not the reporter).

A PDF without a text layer (scanned or photographed pages) raises ``ScannedPDFError``; one that
needs a password, ``ProtectedFileError``; one that cannot be read, ``DamagedFileError``.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import ArticleTooLargeError, DamagedFileError, ProtectedFileError, ScannedPDFError
from . import Document
from .wrapping import PAGE_NUMBER, join_lines, vocabulary

__all__ = ["MAX_PAGES", "read_pdf"]

#: The most pages read: one article, not a book or a whole newspaper.
MAX_PAGES = 60
_LIGATURES = dict.fromkeys(map(ord, "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"))
for _ligature in list(_LIGATURES):
    _LIGATURES[_ligature] = unicodedata.normalize("NFKC", chr(_ligature))
_SENTENCE_END = (".", "!", "?", ".\u201d", ".\u2019", '."', "?\u201d", '?"', "!\u201d", '!"', ":")
_GUTTER = 8.0  # points: the narrowest gap between two columns
_UNNAMED_GLYPH = re.compile(r"\(cid:\d+\)")


@dataclass
class _Line:
    """One line of text on a page, with what the paragraph rules need to know about it."""

    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float
    first_word: float  # the width of its first word, in points
    page: int
    column: int = 0
    left: float = 0.0  # the column's edges
    right: float = 0.0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def read_pdf(data: bytes, *, name: str) -> Document:
    """The article in a PDF file (see the module)."""
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
        pages = list(PDFPage.create_pages(document))
    except PDFPasswordIncorrect:
        raise _protected(name) from None
    except Exception:  # any failure of the parser on the file's bytes: a damaged file
        raise _damaged(name) from None
    if len(pages) > MAX_PAGES:
        raise ArticleTooLargeError(
            f"'{name}' has {len(pages)} pages; the kit reads one article of up to {MAX_PAGES} pages. "
            "Save or print only the pages of the article to a new PDF and try again."
        )
    try:
        lines, images = _read_lines(pages, LAParams(all_texts=True))
    except Exception:  # as above: the pages' contents cannot be read
        raise _damaged(name) from None
    text = "".join(line.text for line in lines)
    if not text.strip() or text.count("(cid:") * 8 > len(text):
        raise _scanned(name, images=images, unreadable=bool(text.strip()))
    for line in lines:  # a few glyphs the fonts do not name ("(cid:13)"): left out
        line.text = " ".join(_UNNAMED_GLYPH.sub("", line.text).split())
    lines = [line for line in lines if line.text]
    body_size = _body_size(lines)
    removed = _strip_margins(lines, body_size)
    ordered = [line for page in _by_page(lines) for line in _reading_order(page, body_size)]
    paragraphs = []
    for paragraph in _paragraphs(ordered, body_size):
        # A page number that stood within the text (not set apart at the top or bottom)
        (removed if PAGE_NUMBER.match(paragraph) else paragraphs).append(paragraph)
    return Document(
        "\n\n".join(paragraphs),
        "pdf",
        metadata=_properties(document),
        removed=tuple(dict.fromkeys(removed)),
    )


def _protected(name: str) -> ProtectedFileError:
    return ProtectedFileError(
        f"'{name}' is protected by a password: open it with the password and save or print it as a "
        "PDF without one, or copy the article's text and paste it."
    )


def _damaged(name: str) -> DamagedFileError:
    return DamagedFileError(
        f"'{name}' cannot be read as a PDF (it is damaged, cut short, or another kind of file): "
        "download or export it again, or copy the article's text and paste it."
    )


def _scanned(name: str, *, images: bool, unreadable: bool) -> ScannedPDFError:
    if unreadable:
        what = "its fonts do not say which letters they draw, so its text cannot be read back"
    elif images:
        what = "it has no text layer: its pages are pictures (a scan or a photo)"
    else:
        what = "it has no text in it"
    return ScannedPDFError(
        f"'{name}' cannot be analysed: {what}. Ask for a text version of the article, run text "
        "recognition (OCR) on the PDF first, or type or paste the text."
    )


def _properties(document: Any) -> dict[str, str]:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    found: dict[str, str] = {}
    for info in getattr(document, "info", []) or []:
        for key, field in (("Title", "file_title"), ("Author", "file_author")):
            value = resolve1(info.get(key)) if isinstance(info, dict) else None
            if isinstance(value, bytes):
                value = decode_text(value)
            if isinstance(value, str) and value.strip() and field not in found:
                found[field] = " ".join(value.replace("\x00", "").split())
    return found


# --- lines --------------------------------------------------------------------


def _read_lines(pages: list[Any], params: Any) -> tuple[list[_Line], bool]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager

    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=params)
    interpreter = PDFPageInterpreter(manager, device)
    lines: list[_Line] = []
    images = False
    for number, page in enumerate(pages):
        interpreter.process_page(page)
        layout = device.get_result()
        for item in _walk(layout):
            kind = type(item).__name__
            if kind == "LTImage":
                images = True
            elif kind == "LTTextLineHorizontal":
                line = _line(item, number)
                if line is not None:
                    lines.append(line)
    return lines, images


def _walk(item: Any) -> Iterator[Any]:
    yield item
    if type(item).__name__ != "LTTextLineHorizontal":
        try:
            children = list(item)
        except TypeError:
            return
        for child in children:
            yield from _walk(child)


def _line(item: Any, page: int) -> _Line | None:
    text = " ".join(item.get_text().translate(_LIGATURES).split())
    if not text:
        return None
    chars = [c for c in item if type(c).__name__ == "LTChar"]
    sizes = [round(c.size, 1) for c in chars if c.get_text().strip()]
    size = Counter(sizes).most_common(1)[0][0] if sizes else item.height
    first_word = 0.0
    for char in chars:
        if not char.get_text().strip():
            break
        first_word = char.x1 - item.x0
    return _Line(text, item.x0, item.x1, item.y0, item.y1, size, first_word, page)


def _body_size(lines: list[_Line]) -> float:
    """The type size of most of the text, counted in characters."""
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0]


def _by_page(lines: list[_Line]) -> list[list[_Line]]:
    pages: dict[int, list[_Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    return [pages[number] for number in sorted(pages)]


# --- headers, footers, page numbers -------------------------------------------


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold())


def _margin_lines(page: list[_Line]) -> list[_Line]:
    """The lines at the top and at the bottom of a page that a gap sets apart from the rest."""
    ordered = sorted(page, key=lambda line: -line.y1)
    found: list[_Line] = []
    for sequence in (ordered, ordered[::-1]):
        for i in range(min(2, len(sequence) - 1)):
            line, following = sequence[i], sequence[i + 1]
            gap = line.y0 - following.y1 if sequence is ordered else following.y0 - line.y1
            if gap < 1.2 * max(line.height, following.height):
                break
            found.append(line)
    return found


def _strip_margins(lines: list[_Line], body_size: float) -> list[str]:
    """Remove page headers, footers and numbers from ``lines``; return their texts."""
    pages = _by_page(lines)
    candidates = list({id(line): line for page in pages for line in _margin_lines(page)}.values())
    shapes = Counter(_shape(line.text) for line in candidates)
    removed = [
        line
        for line in candidates
        if PAGE_NUMBER.match(line.text)
        or (len(pages) > 1 and shapes[_shape(line.text)] > 1)
        or line.size < 0.9 * body_size
    ]
    gone = {id(line) for line in removed}
    lines[:] = [line for line in lines if id(line) not in gone]
    return [line.text for line in sorted(removed, key=lambda x: (x.page, -x.y1))]


# --- reading order ------------------------------------------------------------


def _gutters(page: list[_Line]) -> list[tuple[float, float]]:
    """Vertical strips between columns: at least ``_GUTTER`` wide, crossed by no narrow line.

    Lines wider than 60% of the text (a headline or a caption across the columns, the lines of
    a one-column page) are left out; the strip needs three narrow lines on either side.
    """
    left_edge = min(line.x0 for line in page)
    span = max(line.x1 for line in page) - left_edge
    narrow = sorted((line.x0, line.x1) for line in page if line.x1 - line.x0 < 0.6 * span)
    if len(narrow) < 6:
        return []
    gutters = []
    covered = narrow[0][1]
    for x0, x1 in narrow[1:]:
        if x0 - covered >= _GUTTER:
            gutters.append((covered, x0))
        covered = max(covered, x1)
    return [
        (start, end)
        for start, end in gutters
        if sum(x1 <= start for _, x1 in narrow) >= 3 and sum(x0 >= end for x0, _ in narrow) >= 3
    ]


def _column(line: _Line, gutters: list[tuple[float, float]]) -> int:
    """The column ``line`` is in (0 is the leftmost), or -1 when it crosses a gutter."""
    for number, (start, end) in enumerate(gutters):
        if line.x1 <= start + 1:
            return number
        if line.x0 < end - 1:
            return -1
    return len(gutters)


def _reading_order(page: list[_Line], body_size: float) -> list[_Line]:
    """The page's lines in reading order: bands separated by lines across the gutters, column by column."""
    gutters = _gutters(page)
    for line in page:
        line.column = _column(line, gutters)
    page = _merge_fragments(page)
    for number in range(-1, len(gutters) + 1):
        in_column = [line for line in page if line.column == number]
        # The column's edges are those of its body text (a headline may stand out of it).
        body = [line for line in in_column if abs(line.size - body_size) <= 0.15 * body_size] or in_column
        if in_column:
            left, right = min(x.x0 for x in body), max(x.x1 for x in body)
            for line in in_column:
                line.left, line.right = (line.x0, line.x1) if number < 0 else (left, right)
    ordered: list[_Line] = []
    band: list[_Line] = []
    for line in [*sorted(page, key=lambda x: -x.y1), None]:
        if line is None or line.column < 0:
            # A line across the gutters ends a band: its columns are read one after the other.
            ordered += sorted(band, key=lambda x: (x.column, -x.y1))
            band.clear()
            if line is not None:
                ordered.append(line)
        else:
            band.append(line)
    return ordered


def _merge_fragments(page: list[_Line]) -> list[_Line]:
    """One line from the pieces of a line that wide word spaces broke apart (narrow justified columns)."""
    merged: list[_Line] = []
    for piece in sorted(page, key=lambda x: (x.column, -x.y0, x.x0)):
        last = merged[-1] if merged else None
        if (
            last
            and last.column == piece.column
            and abs(last.y0 - piece.y0) < 0.35 * piece.size
            and (piece.column >= 0 or piece.x0 - last.x1 < 2 * piece.size)
        ):
            last.text = f"{last.text} {piece.text}" if piece.x0 >= last.x1 else f"{piece.text} {last.text}"
            if piece.x0 < last.x0:
                last.first_word = piece.first_word
            last.x0, last.x1 = min(last.x0, piece.x0), max(last.x1, piece.x1)
            last.y1 = max(last.y1, piece.y1)
        else:
            merged.append(piece)
    return merged


# --- paragraphs ---------------------------------------------------------------


def _usual_gap(lines: list[_Line]) -> float:
    gaps = [
        a.y0 - b.y1
        for a, b in itertools.pairwise(lines)
        if a.page == b.page and a.column == b.column and 0 <= a.y0 - b.y1 < 3 * a.height
    ]
    # Not the median: in an article of short paragraphs, half the gaps may be between paragraphs.
    return sorted(gaps)[len(gaps) // 5] if gaps else 0.0


def _paragraphs(lines: list[_Line], body_size: float) -> list[str]:
    usual = _usual_gap(lines)
    words = vocabulary("\n".join(line.text for line in lines))
    paragraphs: list[str] = []
    current = ""
    for previous, line in zip([None, *lines], lines, strict=False):
        if previous is not None and not _continues(previous, line, usual, body_size):
            paragraphs.append(current)
            current = ""
        current = join_lines(current, line.text, words) if current else line.text
    if current:
        paragraphs.append(current)
    return paragraphs


def _continues(previous: _Line, line: _Line, usual_gap: float, body_size: float) -> bool:
    """Does ``line`` carry on the paragraph that ``previous`` is in?"""
    lower = line.text[:1].islower()
    if abs(previous.size - line.size) > 0.15 * body_size:
        return False  # a headline, a subheading, a caption
    if previous.size > 1.15 * body_size:  # the lines of one headline
        return previous.page == line.page and previous.y0 - line.y1 < 1.5 * max(previous.height, line.height)
    ended = previous.text.endswith(_SENTENCE_END)
    # The next line's first word would not have fitted at the end of this one (a word space is
    # about a quarter of the type size): the line was wrapped, not ended.
    full = previous.x1 + 0.25 * previous.size + line.first_word > previous.right + 0.5
    indented = line.x0 > line.left + 0.6 * line.size and line.column >= 0
    same_column = previous.page == line.page and previous.column == line.column and previous.y0 > line.y1
    if not same_column:  # on to the next column or page
        return (full and not indented) or (lower and not ended)
    if indented or previous.y0 - line.y1 > usual_gap + 0.5 * line.height:
        return False
    return full or (lower and not ended)
