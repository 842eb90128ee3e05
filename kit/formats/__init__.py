"""Reading an article file, whatever its kind: text, Markdown, a saved web page, PDF or Word.

:func:`read_document` takes a path and returns a :class:`Document`: the text, with paragraphs
separated by blank lines (or, for text and Word files, the lines as they are, for
:func:`~kit.formats.wrapping.split_paragraphs`), and the metadata the file records. The modules:

* ``text``: plain-text files (UTF-8; UTF-16/32 with a byte-order mark) and ``NAME.meta.json``;
* ``web``: saved web pages (``.html``, ``.htm``, ``.mhtml``) through trafilatura;
* ``pdf``: PDF files through pdfminer.six (columns, page headers, footers and numbers);
* ``word``: Word ``.docx`` files through python-docx;
* ``wrapping``: paragraphs back from hard-wrapped lines (PDF text, pasted text).

The readers of web pages, PDF and Word files import their libraries only when such a file is
read: ``import kit`` never loads trafilatura, pdfminer or python-docx. Nothing is fetched from the
network: a web address is refused with a message (:func:`~kit.formats.text.is_web_address`).

>>> looks_like_html("<!DOCTYPE html><html><body><p>The port reopened.</p></body></html>")
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import (
    ArticleNotFoundError,
    ArticleTooLargeError,
    NotAFileError,
    NotTextError,
)
from ..files import read_capped
from .text import decode_text

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_TEXT_BYTES",
    "Document",
    "looks_like_html",
    "read_document",
    "read_html",
    "too_large",
]

#: The most text the kit reads as one article (a long article is about 50 kB).
MAX_TEXT_BYTES = 2 * 1024 * 1024
#: The largest web page, PDF or Word file read (pictures and page code make them large).
MAX_FILE_BYTES = 50 * 1024 * 1024

_KINDS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".pdf": "pdf",
    ".docx": "docx",
}
# Files the kit does not read, and how to turn each into one it reads.
_REFUSED = {
    ".doc": "an old Word document (.doc): open it in Word or LibreOffice and save it as .docx",
    ".odt": "an OpenDocument text (.odt): open it in LibreOffice and save it as .docx or PDF",
    ".rtf": "a Rich Text file (.rtf): open it in a word processor and save it as .docx or plain text",
    ".pages": "a Pages document: export it from Pages as Word (.docx) or PDF",
    ".webarchive": "a Safari web archive: save the page as 'Page Source' (.html) instead",
    ".epub": "an e-book (.epub): copy the article's text and paste it",
}


@dataclass(frozen=True)
class Document:
    """What a reader found in one file: its text and the metadata the file records.

    ``title`` is set when the format says which text is the title (a web page's headline); the
    text then does not start with it. ``metadata`` holds what the file records: ``outlet``,
    ``date`` (ISO), ``author``, ``url`` (web pages); ``file_title``, ``file_author`` (the
    properties of a PDF or Word file, often those of whoever made the file). ``removed`` lists
    what the reader dropped: page headers, footers and page numbers.
    """

    text: str
    kind: str
    title: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    removed: tuple[str, ...] = ()


def too_large(size: int, *, limit: int = MAX_TEXT_BYTES, what: str = "This text") -> ArticleTooLargeError:
    """The error for ``size`` bytes over ``limit``, in megabytes."""
    return ArticleTooLargeError(
        f"{what} is {size / 1024 / 1024:.1f} MB; the kit reads one article of up to "
        f"{limit // 1024 // 1024} MB. Give a single article, not a whole website or book."
    )


def read_document(path: Path) -> Document:
    """Read the article file at ``path`` (see the module); raise an ``ArticleError`` that says what to do."""
    suffix = path.suffix.lower()
    kind = _KINDS.get(suffix, "text")
    limit = MAX_TEXT_BYTES if kind in {"text", "markdown"} and suffix not in _REFUSED else MAX_FILE_BYTES
    try:
        found = read_capped(path, limit=limit)  # never blocks on a pipe, never reads a device
    except OSError as error:
        raise NotAFileError(
            f"'{path}' cannot be read ({error.strerror or error}): check that the file is yours to "
            "read, or paste the article text instead."
        ) from None
    if found.kind == "missing":
        raise ArticleNotFoundError(
            f"There is no file at '{path}': check the name and folder, or paste the article text instead."
        )
    if found.kind == "folder":
        raise NotAFileError(
            f"'{path}' is a folder, not a file: give the path of one article (a .txt, .md, .html, "
            ".pdf or .docx file)."
        )
    if found.kind != "file":
        raise NotAFileError(
            f"'{path}' is a {found.kind}, not a file: give the path of one article (a .txt, .md, "
            ".html, .pdf or .docx file)."
        )
    if suffix in _REFUSED:
        raise NotTextError(f"'{path.name}' is {_REFUSED[suffix]}; then try again.")
    if found.data is None:
        raise too_large(found.size, limit=limit, what=f"'{path.name}'")
    data = found.data
    kind = _sniff(data, kind)
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, name=path.name)
    if kind == "docx":
        from .word import read_docx

        return read_docx(data, name=path.name)
    if kind in {"html", "mhtml"}:
        from .web import read_web_archive, read_web_page

        return read_web_archive(data, name=path.name) if kind == "mhtml" else read_web_page(data)
    if len(data) > MAX_TEXT_BYTES:
        raise too_large(len(data), what=f"'{path.name}'")
    return Document(decode_text(data, name=path.name), kind)


def _sniff(data: bytes, kind: str) -> str:
    """The kind the content shows, when the name says otherwise (a PDF saved as "article.txt")."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:65536] and kind != "docx":
        return "docx"
    return kind


_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html\b|<head\b|<body\b)", re.I)
_HTML_TAG = re.compile(r"</?(p|div|span|a|br|h[1-6]|li|ul|script|style|article)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """True for the source of a web page (pasted, or saved under another name)."""
    if _HTML_START.match(text):
        return True
    return len(_HTML_TAG.findall(text[:20000])) >= 5


def read_html(html: str) -> Document:
    """A web page's article text and metadata (see :mod:`kit.formats.web`)."""
    from .web import read_web_page

    return read_web_page(html)
