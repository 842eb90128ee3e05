"""Saved web pages: the article's paragraphs and metadata through trafilatura, offline.

:func:`read_web_page` takes the page as saved (``File > Save Page As``, "Web Page, HTML only";
or ``.mhtml`` through :func:`read_web_archive`), finds its character set, and asks trafilatura
(``extract`` as XML, comments left out) for the main text and the metadata the page records:

* the text: one paragraph per paragraph, heading, list item or quotation of trafilatura's XML (a
  ``<br>`` inside one also starts a new one; a table row of short cells is one line, "a | b");
  menus, captions, share buttons, "related stories" and comments stay out;
* ``title``: the page's headline; a headline repeated at the top of the text is taken out of it;
* ``outlet`` (the site name), ``date`` (ISO, only from the page's markup or address: trafilatura's
  guess from the copyright line or the text is switched off), ``author`` and ``url`` (the
  canonical address the page records) when the page has them.

Nothing is fetched: trafilatura reads the bytes given. The kit's own clean-up (datelines, broken
paragraphs, boilerplate) runs on the text afterwards, in :mod:`kit.article`.
"""

from __future__ import annotations

import codecs
import logging
import re
from email import policy
from email.parser import BytesParser
from typing import Any

from ..errors import HTMLArticleError
from . import Document
from .text import bom_encoding

__all__ = ["read_web_archive", "read_web_page"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_NO_ARTICLE = (
    "This looks like a web page, but no article paragraphs were found in it (a home page, a list "
    "of links, or a page that loads its text later): open the article itself in your browser, "
    "select its text, copy it, and paste it as plain text."
)
_DATE_SEARCH = {"extensive_search": False, "original_date": True}


def _decode_page(data: bytes) -> str:
    """The page's text: its byte-order mark, else its declared charset, else UTF-8, else Windows-1252."""
    encoding = bom_encoding(data)
    if encoding:
        return data.decode(encoding, errors="replace").lstrip("\ufeff")
    declared = _CHARSET.search(data[:16384])
    candidates = []
    if declared:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii", "replace")).name
            # Browsers read pages declared as Latin-1 as Windows-1252 (the HTML standard says so).
            candidates.append("cp1252" if name in {"latin-1", "iso8859-1", "ascii"} else name)
        except LookupError:
            pass
    for candidate in [*candidates, "utf-8"]:
        try:
            return data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode(candidates[0] if candidates else "cp1252", errors="replace")


def read_web_archive(data: bytes, *, name: str) -> Document:
    """A page saved as one ``.mhtml`` file (Chrome, Edge: "Web Page, Single File")."""
    message = BytesParser(policy=policy.default).parsebytes(data)
    for part in message.walk():
        if part.get_content_type() in {"text/html", "application/xhtml+xml"}:
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                charset = part.get_content_charset()
                try:
                    return read_web_page(payload.decode(charset) if charset else payload)
                except (LookupError, UnicodeDecodeError):
                    return read_web_page(payload)
    raise HTMLArticleError(f"'{name}' holds no web page: " + _NO_ARTICLE.split(": ", 1)[1])


def read_web_page(page: bytes | str) -> Document:
    """The article in a saved web page (see the module); raises ``HTMLArticleError`` when there is none."""
    html = page if isinstance(page, str) else _decode_page(page)
    import trafilatura
    from lxml import etree

    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # "discarding data" notes are not for students
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    options = {"with_metadata": True, "include_comments": False, "date_extraction_params": dict(_DATE_SEARCH)}
    xml = trafilatura.extract(html, output_format="xml", **options)
    try:
        doc = etree.fromstring(xml.encode("utf-8")) if xml else None
    except etree.XMLSyntaxError:
        doc = None
    main = doc.find("main") if doc is not None else None
    lines: list[str] = []
    if main is not None:
        _collect(main, lines)
    lines = [line for line in lines if line.strip(" |")]
    if len(lines) == 1:
        # On a very short page trafilatura falls back to all of the page's text, which its XML
        # gives as one paragraph and its plain text line by line: take the lines.
        text = trafilatura.extract(html, output_format="txt", **{**options, "with_metadata": False})
        lines = [_flat(line) for line in (text or "").split("\n") if line.strip()]
    if doc is None or not any(_is_prose(line) for line in lines):
        raise HTMLArticleError(_NO_ARTICLE)
    sitename = doc.get("sitename")
    hostname = (doc.get("hostname") or "").lower()
    if sitename and hostname and " " not in sitename and sitename.lower().endswith(hostname):
        sitename = None  # trafilatura's stand-in for a page that names no site: its address, not a name
    metadata = {
        key: " ".join(str(value).split())
        for key, value in (
            ("outlet", sitename),
            ("date", doc.get("date")),
            ("author", doc.get("author")),
            ("url", doc.get("url")),
        )
        if value and str(value).strip()
    }
    title = _headline(doc.get("title"), metadata.get("outlet"))
    for i, line in enumerate(lines[:3]):
        if title and _same_headline(line, title):
            title = line
            del lines[i]
            break
    return Document("\n\n".join(lines), "html", title=title, metadata=metadata)


# The elements of trafilatura's XML that are paragraphs or hold paragraphs (``hi``, ``ref``, ``lb``
# are inside a paragraph).
_BLOCKS = frozenset({"p", "head", "list", "item", "quote", "table", "row", "cell", "div", "code"})


def _flat(text: str) -> str:
    return " ".join(text.split())


def _holds_blocks(element: Any) -> bool:
    return any(child.tag in _BLOCKS for child in element.iterdescendants())


def _text_lines(element: Any) -> list[str]:
    """The text of one paragraph element, split where the page had a line break (``<lb/>``)."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else "".join(child.itertext()))
        parts.append(child.tail or "")
    return [_flat(line) for line in "".join(parts).split("\n")]


def _collect(element: Any, lines: list[str]) -> None:
    """The paragraphs under ``element`` in reading order; a table row of plain cells is one line."""
    for child in element:
        if child.tag == "row" and not any(_holds_blocks(cell) for cell in child):
            lines.append(" | ".join(_flat("".join(cell.itertext())) for cell in child))
        elif _holds_blocks(child):
            lines.append(_flat(child.text or ""))
            _collect(child, lines)
        else:
            lines.extend(_text_lines(child))
        lines.append(_flat(child.tail or ""))


def _is_prose(line: str) -> bool:
    """A paragraph of prose: 20 characters or more, ending a sentence (menus and link lists do not)."""
    return len(line) >= 20 and line.rstrip("\"”’'»)」』）").endswith((".", "!", "?", "…", "。", "！", "？"))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _headline(title: str | None, outlet: str | None) -> str | None:
    """The page title without the site's name after a separator ("Port reopens | The Daily Example")."""
    if not title or not title.strip():
        return None
    title = " ".join(title.split())
    if outlet:
        for separator in (" | ", " - ", " – ", " — ", " :: ", " · "):
            head, _, tail = title.rpartition(separator)
            if head and _words(tail) == _words(outlet):
                return head.strip()
    return title


def _same_headline(line: str, title: str) -> bool:
    """True when ``line`` is the headline: the same words, or the title's words up to a separator."""
    line_words, title_words = _words(line), _words(title)
    if not line_words:
        return False
    if line_words == title_words:
        return True
    return len(line_words) >= 3 and title_words[: len(line_words)] == line_words and bool(
        re.match(re.escape(line.strip()) + r"\s*[|–—:·-]", title.strip())
    )
