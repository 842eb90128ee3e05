"""Plain-text files: bytes to text (UTF-8, or UTF-16/32 with its byte-order mark), the sidecar metadata.

>>> decode_text(b"\\xff\\xfeT\\x00i\\x00t\\x00l\\x00e\\x00", name="notepad.txt")
'Title'
>>> is_web_address("https://example.org/news/port-reopens")
True
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

from ..errors import NotTextError

__all__ = ["META_SUFFIX", "bom_encoding", "decode_text", "is_web_address", "read_sidecar"]

#: ``NAME.meta.json`` next to ``NAME.txt`` (or ``.html``, ``.pdf``, ``.docx``) gives metadata.
META_SUFFIX = ".meta.json"
_MAX_SIDECAR_BYTES = 64 * 1024

# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WEB_ADDRESS = re.compile(r"^(?:(?:https?|ftp)://|www\.)[^\s/]+\.[^\s]*$", re.I)


def is_web_address(text: str) -> bool:
    """True for one web address ("https://…", "www.…"): the kit reads files, it never fetches pages."""
    return bool(_WEB_ADDRESS.match(text.strip())) and "\n" not in text.strip()


def bom_encoding(data: bytes) -> str | None:
    """The encoding named by the byte-order mark at the start of ``data``, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_mark(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: every other byte of ASCII text is zero."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode_text(data: bytes, *, name: str) -> str:
    """The text of a plain-text file: UTF-8, or UTF-16/UTF-32 as Notepad and Word save it.

    Raises :class:`~kit.errors.NotTextError` for binary data and other encodings, saying what to do.
    """
    encoding = bom_encoding(data) or _utf16_without_mark(data)
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise NotTextError(
                f"'{name}' starts like {encoding.upper()} text but cannot be read as it: open it in a "
                "text editor, save it as plain text with UTF-8 encoding, and try again."
            ) from None
        return text.lstrip("\ufeff")
    if b"\x00" in data:
        raise NotTextError(
            f"'{name}' is not plain text (it looks like a program, an image or another binary file): "
            "save the article as plain text (.txt), PDF or Word (.docx) and try again."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise NotTextError(
            f"'{name}' is not UTF-8 text: open it in a text editor, save it as plain text with "
            "UTF-8 encoding, and try again."
        ) from None


def read_sidecar(path: Path) -> dict[str, str]:
    """The string values of ``NAME.meta.json`` beside ``path``; {} when there is none or it is unreadable.

    The sidecar is optional: a damaged one (not JSON, nested too deeply to read, too large) is
    treated as absent, so the article is still read.
    """
    sidecar = path.with_name(path.stem + META_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        if sidecar.stat().st_size > _MAX_SIDECAR_BYTES:
            return {}
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, str)}
