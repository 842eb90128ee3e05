"""Word ``.docx`` files: the paragraphs of the document's body.

:func:`read_docx` reads the body with python-docx: paragraphs and the paragraphs inside tables,
in document order; each Word paragraph is a paragraph of the article (a line break inside one,
Shift+Enter, is a space). Page headers and footers, footnotes, comments and text boxes are not
part of the body and are not read. A document into which a PDF was pasted line by line (one
Word paragraph per line: :func:`~kit.formats.wrapping.is_hard_wrapped`) is passed on as lines,
so the clean-up of pasted text (:func:`~kit.formats.wrapping.split_paragraphs`) rebuilds them.
The file's Title and Author properties are kept as ``file_title`` and ``file_author`` (usually
those of whoever made the file).

A ``.docx`` that needs a password raises ``ProtectedFileError``; one that cannot be opened,
``DamagedFileError``; an old binary ``.doc`` saved under the new name, ``NotTextError``.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from ..errors import ArticleTooLargeError, DamagedFileError, NotTextError, ProtectedFileError
from . import Document
from .wrapping import is_hard_wrapped

__all__ = ["read_docx"]

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of old .doc files and of encrypted .docx
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
#: The most the unpacked document may take (a .docx is a zip file).
MAX_UNPACKED_BYTES = 100 * 1024 * 1024


def read_docx(data: bytes, *, name: str) -> Document:
    """The article in a Word ``.docx`` file (see the module)."""
    if data.startswith(_OLE):
        if _ENCRYPTED in data:
            raise ProtectedFileError(
                f"'{name}' is protected by a password: open it in Word with the password, remove it "
                "(File > Info > Protect Document), save, and try again; or copy the text and paste it."
            )
        raise NotTextError(
            f"'{name}' is an old Word document (.doc) under a .docx name: open it in Word or "
            "LibreOffice and save it as .docx, then try again."
        )
    damaged = DamagedFileError(
        f"'{name}' cannot be opened as a Word document (it is damaged, cut short, or another kind "
        "of file): open it in Word or LibreOffice and save it again as .docx, or copy the text and "
        "paste it."
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise damaged from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise ArticleTooLargeError(
            f"'{name}' unpacks to {unpacked / 1024 / 1024:.0f} MB; the kit reads one article. "
            "Copy the article's text into a new document or paste it."
        )
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_paragraphs(document))
        properties = document.core_properties
        metadata = {
            field: " ".join(str(value).split())
            for field, value in (("file_title", properties.title), ("file_author", properties.author))
            if value and str(value).strip()
        }
    except Exception:  # any failure of the parser on the file's contents: a damaged file
        raise damaged from None
    paragraphs = [" ".join(line.split()) for line in lines]
    if is_hard_wrapped([p for p in paragraphs if p]):
        return Document("\n".join(lines), "docx", metadata=metadata)  # lines pasted from a PDF
    return Document("\n\n".join(p for p in paragraphs if p), "docx", metadata=metadata)


def _paragraphs(container: Any) -> Any:
    """The paragraphs in ``container`` (the body, a table cell), tables included; "" after a cell."""
    for block in container.iter_inner_content():
        if hasattr(block, "rows"):  # a table: its cells, row by row
            for row in block.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:  # a merged cell is listed once per column it spans
                        seen.add(id(cell._tc))
                        yield from _paragraphs(cell)
                        yield ""
        else:
            yield block.text
