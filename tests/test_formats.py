"""Articles as they come: saved web pages, PDF and Word files, pasted text (kit/formats/).

Every fixture is made here, at test time, from the seed and the practice articles (the
development ones: the hold-out articles 09-11 are not used): the same article as a saved web
page with a menu, comments and related links, as a PDF in one or two columns with a running
header and page numbers, as a Word file, as text pasted from a PDF. Each must read like its
``.txt`` version: the same title, the same paragraphs, and the same analysis.
"""

from __future__ import annotations

import email.message
import subprocess
import sys
import textwrap
from html import escape
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

import kit
from kit import errors
from kit.article import load_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3f95dd3d0e0f8142.txt"
DEVELOPMENT = sorted(p for p in (ROOT / "seeds" / "practice").glob("0[1-8]_*.txt"))
ARTICLES = [SEED, *DEVELOPMENT]
HEADER = "The Daily Example — World news"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of old .doc files and of encrypted .docx
ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # the stream that holds an encrypted .docx


def _raw(path: Path) -> tuple[str, list[str]]:
    """The title line and the other blocks of an article file, as written."""
    blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    return blocks[0], blocks[1:]


def _same_reading(found, expected) -> None:
    assert found.title == expected.title
    assert found.paragraph_texts == expected.paragraph_texts
    assert (found.dateline, found.place) == (expected.dateline, expected.place)


# --- saved web pages ----------------------------------------------------------


def _web_page(title: str, blocks: list[str], *, outlet: str | None, date: str) -> str:
    body = "\n".join(f"<p>{escape(block, quote=False)}</p>" for block in blocks)
    site = f'<meta property="og:site_name" content="{escape(outlet)}">' if outlet else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | {escape(outlet or "Daily Example")}</title>{site}
<meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="{date}T10:00:00Z">
<link rel="canonical" href="https://news.example.org/2024/story"><script>var tracking = {{"page": 1}};</script>
<style>body {{ font-family: serif; }}</style></head><body>
<header><a href="/">The Daily Example</a><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<form><input type="search"><button>Search</button></form></header>
<main><article><h1>{escape(title)}</h1>
<p class="byline">By <a href="/authors/ana-ruiz">Ana Ruiz</a>, <time datetime="{date}">{date}</time></p>
{body}
<figure><img src="harbour.jpg" alt=""><figcaption>Ships at the harbour on Monday. Photo: Example Images</figcaption></figure>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
</article>
<section id="comments"><h2>12 comments</h2>
<div class="comment"><p class="author">riverwatcher</p><p>Typical. They never tell us what really happened, and the council knew all along.</p></div>
<div class="comment"><p class="author">J. Smith</p><p>Thank you for this article, it was very informative and well written.</p></div>
<form><textarea></textarea><button>Post comment</button></form></section>
<aside><h2>Related stories</h2><ul><li><a href="/a">Mayor resigns after budget row</a></li>
<li><a href="/b">Storm closes coastal railway for a week</a></li><li><a href="/c">Freight rates rise again</a></li></ul></aside>
</main><footer><p>Sign up for our newsletter</p><p>© 2024 The Daily Example. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer></body></html>"""  # noqa: E501


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:12])
def test_a_saved_web_page_reads_like_the_text_file(path, tmp_path):
    expected = load_article(path)
    title, blocks = _raw(path)
    page = tmp_path / "saved.html"
    page.write_text(_web_page(title, blocks, outlet=expected.outlet, date="2024-03-12"), encoding="utf-8")
    found = load_article(page)
    _same_reading(found, expected)
    assert found.outlet == expected.outlet
    assert (found.date, found.author, found.url) == ("2024-03-12", "Ana Ruiz", "https://news.example.org/2024/story")
    for left_out in ("Typical. They never tell us", "Storm closes coastal railway", "Photo: Example Images"):
        assert left_out not in found.text


def test_a_web_page_in_windows_1252_and_one_saved_as_mhtml(tmp_path):
    title, blocks = _raw(DEVELOPMENT[0])
    expected = load_article(DEVELOPMENT[0])
    html = _web_page(title, blocks, outlet=expected.outlet, date="2024-03-12")
    latin = tmp_path / "latin.html"
    latin.write_bytes(html.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252"))
    _same_reading(load_article(latin), expected)

    message = email.message.EmailMessage()
    message["Subject"] = title
    message.set_content(html, subtype="html", cte="quoted-printable")
    archive = tmp_path / "page.mhtml"
    archive.write_bytes(message.as_bytes())
    _same_reading(load_article(archive), expected)


def test_pasted_page_source_is_read_as_a_web_page():
    title, blocks = _raw(DEVELOPMENT[1])
    found = load_article(_web_page(title, blocks, outlet="Riverside Courier", date="2024-03-12"))
    _same_reading(found, load_article(DEVELOPMENT[1]))


def test_a_page_with_no_article_says_what_to_do(tmp_path):
    page = tmp_path / "home.html"
    links = "".join(f'<li><a href="/{n}">Storm closes coastal railway, part {n}</a></li>' for n in range(30))
    page.write_text(
        "<!DOCTYPE html><html><head><title>The Daily Example</title></head><body><nav><a href='/'>Home</a>"
        f"<a href='/world'>World</a></nav><h2>Latest</h2><ul>{links}</ul><footer>© 2024</footer>"
        "</body></html>"
    )
    with pytest.raises(errors.HTMLArticleError) as info:
        load_article(page)
    assert "open the article itself in your browser" in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize(
    "address",
    ["https://news.example.org/2024/03/12/port-reopens", "http://example.org/story.html", "www.example.org"],
)
def test_a_web_address_is_refused_and_nothing_is_fetched(address):
    with pytest.raises(errors.WebAddressError) as info:
        load_article(address)
    assert "File > Save Page As" in str(info.value) and "paste" in str(info.value)
    assert "\n" not in str(info.value)


# --- PDF ----------------------------------------------------------------------


def _pdf(path: Path, title: str, blocks: list[str], *, columns: int, indent: float, space: float) -> Path:
    """A typeset PDF of the article: a running header, page numbers, one or more columns."""
    styles = getSampleStyleSheet()
    body = ParagraphStyle(
        "body", parent=styles["BodyText"], fontName="Times-Roman", fontSize=10, leading=12.5,
        firstLineIndent=indent, spaceBefore=0, spaceAfter=space, alignment=4,
    )  # fmt: skip

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(1.5 * cm, doc.pagesize[1] - 1 * cm, HEADER)
        canvas.drawCentredString(doc.pagesize[0] / 2, 0.8 * cm, f"Page {doc.page}")
        canvas.restoreState()

    doc = BaseDocTemplate(
        str(path), pagesize=A5 if columns == 1 else A4, title=title, author="A. Teacher",
        leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
    )  # fmt: skip
    gap = 0.6 * cm
    width = (doc.width - gap * (columns - 1)) / columns
    frames = [
        Frame(doc.leftMargin + i * (width + gap), doc.bottomMargin, width, doc.height, id=f"column{i}")
        for i in range(columns)
    ]
    doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=decorate)])
    doc.build([Paragraph(escape(title), styles["Title"]), *(Paragraph(escape(b), body) for b in blocks)])
    return path


LAYOUTS = {
    "two columns, spaced paragraphs": {"columns": 2, "indent": 0, "space": 6},
    "one column, indented paragraphs": {"columns": 1, "indent": 14, "space": 0},
    "three columns": {"columns": 3, "indent": 10, "space": 0},
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:12])
def test_a_pdf_reads_like_the_text_file(path, layout, tmp_path):
    expected = load_article(path)
    title, blocks = _raw(path)
    found = load_article(_pdf(tmp_path / "article.pdf", title, blocks, **LAYOUTS[layout]))
    _same_reading(found, expected)
    assert HEADER in found.boilerplate and "Page 1" in found.boilerplate
    assert HEADER not in found.text and "Page 1" not in found.text
    assert found.metadata["file_title"] == title and found.metadata["file_author"] == "A. Teacher"


def _hyphenated_pdf(path: Path, title: str, blocks: list[str]) -> Path:
    """A PDF set by hand: ragged right, long words hyphenated at line ends, page numbers."""
    page = pdf_canvas.Canvas(str(path), pagesize=A5)
    left, right, top, size = 40, A5[0] - 40, A5[1] - 50, 10
    y = top

    def newline(gap: float = 13) -> None:
        nonlocal y
        y -= gap
        if y < 50:
            page.setFont("Helvetica", 7)
            page.drawCentredString(A5[0] / 2, 25, str(page.getPageNumber()))
            page.showPage()
            y = top

    for line in textwrap.wrap(title, 45):
        page.setFont("Times-Bold", 14)
        page.drawString(left, y, line)
        newline(17)
    newline(7)
    for block in blocks:
        line = ""
        for word in block.split():
            candidate = f"{line} {word}".strip()
            if stringWidth(candidate, "Times-Roman", size) <= right - left:
                line = candidate
                continue
            if len(word) >= 8 and word.isalpha():
                cut = max(
                    (k for k in range(3, len(word) - 2)
                     if stringWidth(f"{line} {word[:k]}-", "Times-Roman", size) <= right - left),
                    default=0,
                )  # fmt: skip
                if cut:
                    line, word = f"{line} {word[:cut]}-", word[cut:]
            page.setFont("Times-Roman", size)
            page.drawString(left, y, line)
            newline()
            line = word
        page.setFont("Times-Roman", size)
        page.drawString(left, y, line)
        newline(20)
    page.setFont("Helvetica", 7)
    page.drawCentredString(A5[0] / 2, 25, str(page.getPageNumber()))
    page.save()
    return path


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:12])
def test_hyphenation_at_line_ends_is_undone_in_a_pdf(path, tmp_path):
    title, blocks = _raw(path)
    found = load_article(_hyphenated_pdf(tmp_path / "set.pdf", title, blocks))
    _same_reading(found, load_article(path))
    assert any(item.isdigit() for item in found.boilerplate)  # the page numbers


def test_a_scanned_pdf_says_there_is_no_text_layer(tmp_path):
    from PIL import Image, ImageDraw

    picture = Image.new("L", (600, 800), 255)
    ImageDraw.Draw(picture).text((40, 40), "Council backs harbour plan", fill=0)
    scan = tmp_path / "scan.png"
    picture.save(scan)
    path = tmp_path / "scanned.pdf"
    page = pdf_canvas.Canvas(str(path), pagesize=A4)
    page.drawImage(str(scan), 0, 0, width=A4[0], height=A4[1])
    page.save()
    with pytest.raises(errors.ScannedPDFError) as info:
        load_article(path)
    assert "no text layer" in str(info.value) and "OCR" in str(info.value) and "\n" not in str(info.value)


def test_a_pdf_with_a_password_says_so_and_one_with_only_an_owner_password_is_read(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    title, blocks = _raw(DEVELOPMENT[2])
    for name, user in (("locked.pdf", "secret"), ("owner-only.pdf", "")):
        page = pdf_canvas.Canvas(
            str(tmp_path / name), encrypt=StandardEncryption(user, ownerPassword="owner", canCopy=0)
        )
        text = page.beginText(50, 780)
        text.setFont("Times-Roman", 10)
        for line in [title, "", *textwrap.wrap(" ".join(blocks[:3]), 90)]:
            text.textLine(line)
        page.drawText(text)
        page.save()
    with pytest.raises(errors.ProtectedFileError) as info:
        load_article(tmp_path / "locked.pdf")
    assert "password" in str(info.value) and "\n" not in str(info.value)
    assert load_article(tmp_path / "owner-only.pdf").title == title


@pytest.mark.parametrize(
    ("data", "error", "phrase"),
    [
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> junk", errors.DamagedFileError, "cannot be read as a PDF"),
        (b"%PDF-1.4\n", errors.DamagedFileError, "download or export it again"),
    ],
)
def test_a_damaged_pdf_says_what_to_do(data, error, phrase, tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    with pytest.raises(error) as info:
        load_article(path)
    assert phrase in str(info.value) and "\n" not in str(info.value)


# --- Word ---------------------------------------------------------------------


def _docx(path: Path, title: str, blocks: list[str], *, layout: str = "paragraphs") -> Path:
    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "A. Teacher"
    document.sections[0].header.paragraphs[0].text = HEADER
    document.sections[0].footer.paragraphs[0].text = "Page 1"
    document.add_heading(title, level=0)
    if layout == "table":
        cell = document.add_table(rows=1, cols=1).cell(0, 0)
        for block in blocks:
            cell.add_paragraph(block)
    elif layout == "lines pasted from a PDF":
        for block in blocks:
            for line in textwrap.wrap(block, 70, break_on_hyphens=False):
                document.add_paragraph(line)
            document.add_paragraph("")
    else:
        for block in blocks:
            document.add_paragraph(block)
    document.save(str(path))
    return path


@pytest.mark.parametrize("layout", ["paragraphs", "table", "lines pasted from a PDF"])
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:12])
def test_a_word_file_reads_like_the_text_file(path, layout, tmp_path):
    title, blocks = _raw(path)
    found = load_article(_docx(tmp_path / "article.docx", title, blocks, layout=layout))
    _same_reading(found, load_article(path))
    assert HEADER not in found.text and HEADER not in found.boilerplate  # headers are not the body
    assert found.metadata["file_author"] == "A. Teacher"


@pytest.mark.parametrize(
    ("make", "error", "phrase"),
    [
        (lambda data: data[: len(data) // 2], errors.DamagedFileError, "cannot be opened as a Word document"),
        (lambda data: b"PK\x03\x04 not really a zip", errors.DamagedFileError, "save it again as .docx"),
        (lambda data: OLE + ENCRYPTED + bytes(600), errors.ProtectedFileError, "password"),
        (lambda data: OLE + bytes(600), errors.NotTextError, "save it as .docx"),
    ],
    ids=["cut short", "not a zip", "password", "old .doc renamed"],
)
def test_a_bad_word_file_says_what_to_do(make, error, phrase, tmp_path):
    title, blocks = _raw(DEVELOPMENT[0])
    good = _docx(tmp_path / "good.docx", title, blocks).read_bytes()
    path = tmp_path / "bad.docx"
    path.write_bytes(make(good))
    with pytest.raises(error) as info:
        load_article(path)
    assert phrase in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize(("name", "suffix"), [("story", ".doc"), ("story", ".odt"), ("story", ".rtf")])
def test_other_word_processor_files_get_a_message_saying_how_to_save_them(name, suffix, tmp_path):
    path = tmp_path / f"{name}{suffix}"
    path.write_bytes(b"{\\rtf1 not read}")
    with pytest.raises(errors.NotTextError, match=r"\.docx"):
        load_article(path)


# --- one analysis, whatever the format ----------------------------------------


PROVENANCE = ("source", "boilerplate", "date", "author", "url")


def _analysis_fields(analysis) -> dict:
    """Everything the engine found, without where the text came from (which differs by format)."""
    data = analysis.to_dict()
    for key in PROVENANCE:
        data.pop(key)
    return data


@pytest.mark.parametrize("path", [SEED, DEVELOPMENT[1], DEVELOPMENT[4]], ids=lambda p: p.stem[:12])
def test_every_format_analyses_like_the_text_file(path, tmp_path, nlp):
    expected = _analysis_fields(kit.analyze(path))
    title, blocks = _raw(path)
    files = [
        tmp_path / "saved.html",
        _pdf(tmp_path / "article.pdf", title, blocks, **LAYOUTS["two columns, spaced paragraphs"]),
        _docx(tmp_path / "article.docx", title, blocks),
    ]
    files[0].write_text(_web_page(title, blocks, outlet=load_article(path).outlet, date="2024-03-12"))
    for file in files:
        found = _analysis_fields(kit.analyze(file))
        assert found["attributions"] == expected["attributions"], file.name
        assert found == expected, file.name


# --- pasted text --------------------------------------------------------------


def _pasted_from_pdf(title: str, blocks: list[str], width: int) -> str:
    """The article as copied out of a PDF: hard line breaks, an advertisement slot, page numbers."""
    lines = [title, ""]
    advertised = False
    for n, block in enumerate(blocks):
        wrapped = textwrap.wrap(block, width, break_on_hyphens=False)
        if not advertised and len(wrapped) > 2 and not wrapped[0].endswith("."):
            wrapped.insert(1, "Advertisement")  # in the middle of a sentence
            advertised = True
        if n == 4:
            wrapped.append("3")  # a page number between two paragraphs
        lines += [*wrapped, ""]
    return "\n".join(lines)


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:12])
def test_text_pasted_from_a_pdf_gets_its_paragraphs_back(path, width):
    title, blocks = _raw(path)
    found = load_article(_pasted_from_pdf(title, blocks, width), title=None)
    expected = load_article(path)
    assert found.title == expected.title
    assert found.paragraph_texts == expected.paragraph_texts
    assert "Advertisement" in found.boilerplate and "Advertisement" not in found.text


def test_hard_wrapped_text_without_blank_lines_is_split_where_lines_stop_short():
    text = (
        "Council Backs Harbour Plan\n"
        "LISBON (Harbour Wire) - The city council voted on Monday to approve a\n"
        "controversial plan to rebuild the old harbour, despite objections from\n"
        "residents who said the project would drive up rents nearby.\n"
        "The mayor, Ana Ruiz, said the vote was a turning point for the city and\n"
        "that construction would begin next spring. A spokes-\n"
        "woman for the residents said they would challenge the decision in\n"
        "court.\n"
        "Story continues below advertisement\n"
        "The council will publish a revised budget in May, officials said.\n"
    )
    article = load_article(text)
    assert article.title == "Council Backs Harbour Plan" and article.outlet == "Harbour Wire"
    assert article.paragraph_texts == [
        "The city council voted on Monday to approve a controversial plan to rebuild the old harbour, "
        "despite objections from residents who said the project would drive up rents nearby.",
        "The mayor, Ana Ruiz, said the vote was a turning point for the city and that construction would "
        "begin next spring. A spokeswoman for the residents said they would challenge the decision in court.",
        "The council will publish a revised budget in May, officials said.",
    ]
    assert article.boilerplate == ("Story continues below advertisement",)


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["after a long de-", "bate over the budget"], "after a long debate over the budget"),
        (["its long-", "term plan, and long-term aims"], "its long-term plan, and long-term aims"),
        (["the so-", "called deal, the so-called plan"], "the so-called deal, the so-called plan"),
        (["a well-", "known view, well known"], "a well-known view, well known"),
        (["be-", "cause the cause was lost"], "because the cause was lost"),
        (["the anti-", "American slogans"], "the anti-American slogans"),
    ],
)
def test_a_hyphen_at_a_line_end_is_kept_only_for_a_compound(lines, joined):
    assert load_article("Title\n\n" + "\n".join(lines) + ".").text == joined + "."


# --- cost ---------------------------------------------------------------------


def test_import_kit_and_reading_a_text_file_load_no_reader_library():
    code = (
        "import sys, kit; kit.load_article(sys.argv[1]); "
        "print(sorted(m for m in ('trafilatura', 'pdfminer', 'docx', 'lxml') if m in sys.modules))"
    )
    run = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "make",
    [
        lambda d: _pdf(d / "a.pdf", *_raw(DEVELOPMENT[0]), columns=2, indent=0, space=6),
        lambda d: _docx(d / "a.docx", *_raw(DEVELOPMENT[0])),
    ],
    ids=["pdf", "docx"],
)
def test_the_command_line_reads_pdf_and_word_files(make, tmp_path):
    path = make(tmp_path)
    command = [sys.executable, "-m", "kit", "analyze", str(path), "--json"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    expected = load_article(DEVELOPMENT[0])
    assert f'"title": "{expected.title}"' in run.stdout and expected.paragraph_texts[-1] in run.stdout



def test_reading_a_saved_page_a_pdf_or_a_word_file_opens_no_connection(tmp_path, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("the kit tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    title, blocks = _raw(DEVELOPMENT[3])
    page = tmp_path / "saved.html"
    page.write_text(_web_page(title, blocks, outlet="Coastal Times", date="2024-03-12"), encoding="utf-8")
    files = [
        page,
        _pdf(tmp_path / "a.pdf", title, blocks, **LAYOUTS["two columns, spaced paragraphs"]),
        _docx(tmp_path / "a.docx", title, blocks),
    ]
    for path in files:
        assert load_article(path).title == title


def test_the_analysis_of_a_saved_page_keeps_its_author_and_address(tmp_path):
    """What a teacher reads in `kit analyze page.html --json`: the byline and the page's address."""
    import kit

    title, blocks = _raw(DEVELOPMENT[0])
    page = tmp_path / "saved.html"
    page.write_text(_web_page(title, blocks, outlet="Harbour Wire", date="2024-03-12"), encoding="utf-8")
    data = kit.analyze(page).to_dict()
    assert (data["author"], data["url"]) == ("Ana Ruiz", "https://news.example.org/2024/story")
    assert data["schema_version"] == 1
