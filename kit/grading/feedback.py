"""The reports of a grading run: ``grades.csv``, ``grades.json``, the rubric template, ``report.txt``,
a feedback page per student and the class summary (with its score chart), all written into ``--out``.

The writers only read a :class:`~kit.grading.model.GradeReport`; they score
nothing. Every piece of student text is escaped in the HTML pages and kept from
running as a formula in the CSV files. The pages' style sheet is a file beside
this module, ``static/feedback.css``, inlined into each page (the pages work
offline, opened straight from a folder).
"""

from __future__ import annotations

import csv
import functools
import html
import io
import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from ..errors import GradingError
from ..files import atomic_write_text
from ..hedges import category_explanation, category_label
from ..records import HEDGE_CATEGORIES, OUTLET_VOICE
from ..words import normalise
from .model import (
    AWAITING,
    GRADED,
    PARTLY_GRADED,
    UNGRADED,
    ExerciseKey,
    GradeReport,
    Item,
    ItemResult,
    KeyArticle,
    StudentResult,
    format_points,
    student_key,
    visible,
)
from .scoring import HedgeScore, NumberScore, TagScore

__all__ = ["feedback_html", "grades_csv", "grades_json", "rubric_template", "summary_html", "write_reports"]

STYLE_SHEET = Path(__file__).resolve().parent / "static" / "feedback.css"


# --- writing the reports -------------------------------------------------------------


class _Writer:
    """Writes files atomically, only inside ``out``, several at a time (each write waits on the disk)."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.written: list[Path] = []
        self._pool = ThreadPoolExecutor(max_workers=8)
        self._pending: list[Any] = []

    def write(self, relative: str, text: str) -> Path:
        target = (self.out / relative).resolve()
        if not target.is_relative_to(self.out) or target == self.out:
            raise GradingError(f"Refusing to write '{relative}' outside the --out folder.")
        # student text may hold lone surrogates (JSON "\\udc80" escapes): never let them break a write
        clean = text.encode("utf-8", "replace").decode("utf-8")
        self._pending.append(self._pool.submit(atomic_write_text, target, clean))
        self.written.append(target)
        return target

    def close(self) -> None:
        try:
            for future in self._pending:
                future.result()
        finally:
            self._pool.shutdown(wait=True)


def write_reports(
    report: GradeReport, keys: Mapping[str, ExerciseKey], *, chart: bool
) -> tuple[list[Path], list[str]]:
    """Write every report of ``report`` into ``report.out`` (and nowhere else); return the paths written
    and the lines added to the report while writing (a feedback page that could not be made).

    Feedback pages left by an earlier run for students no longer in the submissions are removed.
    A folder that cannot be written stops the run with a :class:`~kit.errors.GradingError`.
    """
    try:
        return _write_reports(report, keys, chart=chart)
    except OSError as error:
        where = error.filename or report.out
        raise GradingError(
            f"The reports cannot be written into '{report.out}' ({error.strerror or error} at '{where}'): "
            "give an --out folder you can write to."
        ) from None


def _write_reports(
    report: GradeReport, keys: Mapping[str, ExerciseKey], *, chart: bool
) -> tuple[list[Path], list[str]]:
    report.out.mkdir(parents=True, exist_ok=True)
    feedback = report.out / "feedback"
    if feedback.is_symlink() or (feedback.exists() and not feedback.resolve().is_relative_to(report.out)):
        raise GradingError(f"'{feedback}' is a link: remove it, the feedback pages go inside --out only.")
    feedback.mkdir(exist_ok=True)
    more: list[str] = []
    writer = _Writer(report.out)
    try:
        writer.write("grades.csv", grades_csv(report))
        writer.write("grades.json", json.dumps(grades_json(report), ensure_ascii=False, indent=1) + "\n")
        writer.write("rubric_template.csv", rubric_template(report))
        for student in report.students:
            try:
                page = feedback_html(student, report, keys)
            except Exception as error:  # one student's page never stops the class
                more.append(
                    f"{student.student}: the feedback page could not be made ({type(error).__name__}); "
                    "a short page says so. The grades are in grades.csv"
                )
                page = _page(
                    f"Feedback: {student.student}",
                    f"<h1>Feedback for {_e(student.student)}</h1><p>Your feedback page could not be made: "
                    "ask your teacher for your grades.</p>",
                )
            writer.write(f"feedback/{student.slug}.html", page)
        writer.write("summary.html", summary_html(report, keys, chart=chart))
        lines = list(report.lines) + more or ["every submission was read without problems"]
        header = [
            f"Graded {sum(s.status != UNGRADED for s in report.students)} of {len(report.students)} students "
            f"({sum(s.status == UNGRADED for s in report.students)} ungraded, "
            f"{sum(s.status == PARTLY_GRADED for s in report.students)} partly graded). Every student's "
            f"maximum is {format_points(_maximum(report))} points; items not graded score nothing until "
            "they are.",
            "",
        ]
        writer.write("report.txt", "\n".join(header + lines) + "\n")
    finally:
        writer.close()
    # feedback pages of students no longer in the submissions (an earlier run) would mislead: remove them
    fresh = set(writer.written)
    for page_path in feedback.glob("*.html"):
        if page_path.resolve() not in fresh and not page_path.is_symlink():
            page_path.unlink()
    return writer.written, more


def _maximum(report: GradeReport) -> float:
    return sum(item.points for item in report.items)


# --- the CSV and JSON files -----------------------------------------------------------


def _csv_safe(value: str) -> str:
    """Text for a CSV cell that a spreadsheet will not run as a formula."""
    return "'" + value if value[:1] in {"=", "+", "-", "@", "\t", "\r"} else value


def grades_csv(report: GradeReport) -> str:
    """``grades.csv``: a row per student, a column per item, then ``total``, ``maximum``, ``percent``,
    ``awaiting`` and ``notes`` (UTF-8 with a byte-order mark, so spreadsheets show accented names).

    ``maximum`` is the same for every student (the points of every item); ``total``
    counts the items graded (an item ``ungraded``, ``missing`` or ``awaiting rubric``
    scores nothing until it is graded); ``awaiting`` is the points of written
    answers still to score, so the total is final when it is 0. Points have one decimal.
    """
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\n")
    items = [i.id for i in report.items]
    writer.writerow(["student", "status", *items, "total", "maximum", "percent", "awaiting", "notes"])
    for s in report.students:
        awaiting = [i for i, r in s.items.items() if r.status == AWAITING]
        notes = [p.teacher for p in s.problems[:3]]
        notes += [f"awaiting rubric: {', '.join(awaiting)}"] if awaiting else []
        writer.writerow([
            _csv_safe(visible(s.student)), s.status, *(s.items[i.id].cell for i in report.items),
            format_points(s.total), format_points(s.maximum), format_points(s.percent),
            format_points(s.awaiting), _csv_safe(" | ".join(notes)),
        ])  # fmt: skip
    return buffer.getvalue()


def grades_json(report: GradeReport) -> dict[str, Any]:
    """``grades.json``: the items, and each student's status, total and per-item figures."""

    def item_json(r: ItemResult) -> dict[str, Any]:
        data: dict[str, Any] = {
            "status": r.status,
            "points": r.points,
            "maximum": r.maximum,
            "summary": r.summary,
        }
        score = r.details.get("score")
        if isinstance(score, TagScore):
            data.update(agreement=round(score.agreement, 4), kappa=score.kappa)
        elif isinstance(score, HedgeScore):
            data.update(
                precision=round(score.precision, 4), recall=round(score.recall, 4), f1=round(score.f1, 4)
            )
        return data

    return {
        "items": [{"id": i.id, "label": i.label, "type": i.type, "points": i.points} for i in report.items],
        "students": [
            {
                "student": s.student, "feedback": f"feedback/{s.slug}.html", "status": s.status,
                "total": s.total, "maximum": s.maximum, "percent": s.percent, "awaiting": s.awaiting,
                "problems": [p.teacher for p in s.problems], "notes": list(s.notes), "flags": list(s.flags),
                "items": {k: item_json(v) for k, v in s.items.items()},
            }
            for s in report.students
        ],
        "report": list(report.lines),
    }  # fmt: skip


def rubric_template(report: GradeReport) -> str:
    """``rubric_template.csv``: a row per written answer a student handed in, to fill in and pass as
    ``--rubric`` (UTF-8 with a byte-order mark, so spreadsheets keep accented names)."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["student", "item", "points", "comment", "maximum", "answer"])
    for s in report.students:
        for item in report.items:
            if item.type != "rubric":
                continue
            result = s.items[item.id]
            text = result.details.get("text") or ""
            if not text.strip():
                continue  # nothing written, or never handed in: nothing to score
            points = "" if result.status == AWAITING else format_points(result.points)
            writer.writerow([
                _csv_safe(s.student), item.id, points, _csv_safe(result.details.get("comment", "")),
                format_points(item.points), _csv_safe(" ".join(text.split())),
            ])  # fmt: skip
    return buffer.getvalue()


# --- HTML ----------------------------------------------------------------------------


@functools.cache
def _style_sheet() -> str:
    return STYLE_SHEET.read_text(encoding="utf-8")


def _e(value: object) -> str:
    return html.escape(str(value).encode("utf-8", "replace").decode("utf-8"), quote=True)


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>\n{_style_sheet()}</style></head><body>\n{body}\n</body></html>\n"
    )


def _explain(category: str, words: str) -> str:
    """Why the words are a hedge of that category (the hedge engine's explanation of the category)."""
    template = category_explanation(category) if category in HEDGE_CATEGORIES else category
    return template.replace("{text}", words)


def _category(category: str) -> str:
    """A hedge category as a reader names it: "vague source" for ``vague_source``."""
    known = category if category in HEDGE_CATEGORIES else normalise(category).replace(" ", "_")
    return category_label(known) if known in HEDGE_CATEGORIES else category or "none"


def _hedge_html(result: ItemResult, gold: Sequence[Mapping[str, Any]]) -> str:
    score: HedgeScore = result.details["score"]
    marks: list[dict[str, Any]] = result.details["marks"]
    article: KeyArticle = result.details["article"]
    matched_mark = dict(score.matches)
    matched_gold = {j: i for i, j in score.matches}
    spans: list[tuple[int, int, str, str, str]] = []  # start, end, class, label, title
    rows = []
    for j, g in enumerate(gold):
        words = article.text[g["start"] : g["end"]]
        if j in matched_gold:
            mine = marks[matched_gold[j]]
            right = normalise(mine["category"]) == normalise(g["category"])
            css, label = ("kit-right", "✓") if right else ("kit-category", "✓ other kind")
            why = _explain(g["category"], words)
            verdict = (
                "found" if right
                else f"found, but the category is {_category(g['category'])} "
                f"(you said {_category(mine['category'])})"
            )  # fmt: skip
            spans.append((g["start"], g["end"], css, label, f"{verdict}: {why}"))
            rows.append((g["start"], css, words, verdict, why))
        else:
            why = _explain(g["category"], words)
            label = _category(g["category"])
            spans.append((g["start"], g["end"], "kit-missed", "missed", f"missed ({label}): {why}"))
            rows.append((g["start"], "kit-missed", words, f"missed ({label})", why))
    for i, mark in enumerate(marks):
        if i not in matched_mark:
            why = "not a hedge in the key: does it really soften or distance the claim?"
            spans.append((mark["start"], mark["end"], "kit-extra", "extra", why))
            rows.append((mark["start"], "kit-extra", mark["text"], "extra", why))
    body = [
        f"<p>You marked {score.found}, the key has {score.gold}: {score.hits} found "
        f"(precision {score.precision:.2f}, recall {score.recall:.2f}, F1 {score.f1:.2f}); "
        f"{score.category_right} with the right category.</p>",
        '<p class="legend"><span class="kit-right">found</span>'
        '<span class="kit-category">found, other category'
        '</span><span class="kit-missed">missed</span><span class="kit-extra">extra</span></p>',
        f'<div class="article">{_highlight(article.text, spans)}</div>',
        "<table><tr><th>words</th><th>verdict</th><th>why</th></tr>",
    ]
    for _start, css, words, verdict, why in sorted(rows):
        body.append(
            f'<tr><td><span class="{css}">{_e(words)}</span></td>'
            f"<td>{_e(verdict)}</td><td>{_e(why)}</td></tr>"
        )
    body.append("</table>")
    return "\n".join(body)


def _highlight(text: str, spans: Sequence[tuple[int, int, str, str, str]]) -> str:
    """The article as HTML paragraphs, spans wrapped (overlaps: the earlier span wins)."""
    chosen: list[tuple[int, int, str, str, str]] = []
    last = -1
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if span[0] >= last:
            chosen.append(span)
            last = span[1]
    parts, cursor = [], 0
    for start, end, css, label, title in chosen:
        parts.append(_e(text[cursor:start]))
        parts.append(
            f'<span class="{css}" title="{_e(title)}">{_e(text[start:end])}</span>'
            f'<span class="tag">{_e(label)}</span>'
        )
        cursor = end
    parts.append(_e(text[cursor:]))
    return "".join(parts).replace("\n\n", "</p><p>").join(("<p>", "</p>"))


def _tags_html(result: ItemResult) -> str:
    score: TagScore = result.details["score"]
    article: KeyArticle = result.details["article"]
    kappa = "n/a" if score.kappa is None else f"{score.kappa:.2f}"
    body = [
        f"<p>{score.agreed} of {score.sentences} sentences tagged as in the key "
        f"(agreement {score.agreement:.0%}, Cohen's kappa {kappa}); you tagged {score.tagged}.</p>",
        "<table><tr><th>#</th><th>sentence</th><th>your tag</th><th>key</th><th>verdict</th></tr>",
    ]
    for v in score.verdicts:
        start, end = article.sentences[v.sentence] if v.sentence < len(article.sentences) else (0, 0)
        css = "credit-1" if v.credit == 1 else "credit-half" if v.credit else "credit-0"
        body.append(
            f'<tr class="{css}"><td>{v.sentence + 1}</td><td>{_e(article.text[start:end])}</td>'
            f"<td>{_e(_show_tag(v.student))}</td><td>{_e(' / '.join(_show_tag(t) for t in v.accepted))}</td>"
            f"<td>{_e(v.note)} ({format_points(v.credit)})</td></tr>"
        )
    body.append("</table>")
    return "\n".join(body)


def _show_tag(tag: tuple[str, str] | None) -> str:
    if tag is None:
        return "—"
    if tag[1] == OUTLET_VOICE:
        return "the outlet's own voice"
    return f"{tag[0]} ({tag[1]})"


def _item_html(item: Item, result: ItemResult) -> str:
    head = f'<h3>{_e(item.label)} <span class="muted">({_e(item.id)})</span>: '
    points, maximum = format_points(result.points), format_points(result.maximum)
    if result.status == GRADED:
        head += f'<span class="score">{points} / {maximum}</span></h3>'
    else:
        head += f'<span class="ungraded">{_e(result.status)}</span> (out of {maximum})</h3>'
    body = [head]
    if result.status != GRADED and result.status != AWAITING:
        body.append(f"<p>{_e(result.summary)}</p>")
        return "\n".join(body)
    if item.type == "hedge_spans":
        body.append(_hedge_html(result, item.spec["gold"]))
    elif item.type == "source_tags":
        body.append(_tags_html(result))
    elif item.type == "number":
        score: NumberScore = result.details["score"]
        given = score.unread or ("no answer" if score.given is None else format_points(score.given))
        unit = item.spec.get("unit", "")
        body.append(
            f"<p>{_e(item.spec.get('question', ''))}</p><p>Your answer: {_e(given)} {_e(unit)}. "
            f"The key: {format_points(score.expected)} {_e(unit)} "
            f"(answers within {format_points(score.tolerance)} count).</p>"
        )
        if item.spec.get("explanation"):
            body.append(f'<p class="muted">{_e(item.spec["explanation"])}</p>')
    elif item.type == "choice":
        answer = result.details.get("answer")
        body.append(
            f"<p>{_e(item.spec.get('question', ''))}</p><p>Your answer: "
            f"{_e('no answer' if answer in (None, []) else answer)}. "
            f"{'Right.' if result.details.get('right') else 'The key: ' + _e(item.spec['answer']) + '.'}</p>"
        )
        if item.spec.get("explanation"):
            body.append(f'<p class="muted">{_e(item.spec["explanation"])}</p>')
    else:
        text = result.details.get("text", "")
        body.append(f"<p>{_e(item.spec.get('question', ''))}</p>")
        body.append(f"<blockquote>{_e(text) if text.strip() else '<i>no answer written</i>'}</blockquote>")
        if result.details.get("comment"):
            body.append(f"<p><b>Your teacher:</b> {_e(result.details['comment'])}</p>")
        if result.status == AWAITING:
            body.append('<p class="muted">Your teacher has not scored this answer yet.</p>')
    return "\n".join(body)


def feedback_html(student: StudentResult, report: GradeReport, keys: Mapping[str, ExerciseKey]) -> str:
    """One student's feedback page: every item, right/missed/extra spans explained; all text escaped."""
    total = student.total
    body = [f"<h1>Feedback for {_e(student.student)}</h1>"]
    if total is None:
        body.append('<p class="ungraded">Not graded yet: see the problems below.</p>')
    else:
        body.append(f'<p class="score">Total: {format_points(total)} / {format_points(student.maximum)}</p>')
        waiting = []
        if student.awaiting:
            waiting.append(f"{format_points(student.awaiting)} points of written answers are not scored yet")
        if student.status == PARTLY_GRADED:
            waiting.append("items not graded (see below) count 0 until they are")
        if waiting:
            body.append(f'<p class="muted">Not final: {_e("; ".join(waiting))}.</p>')
    if student.problems:
        body.append("<h2>Problems with the files handed in</h2><ul>")
        body += [f"<li>{_e(p.student)}</li>" for p in student.problems]
        body.append("</ul>")
    if student.notes:
        body.append("<h2>Notes</h2><ul>" + "".join(f"<li>{_e(n)}</li>" for n in student.notes) + "</ul>")
    for key in keys.values():
        body.append(f"<h2>{_e(key.title)}</h2>")
        if key.notebook in student.named and student_key(student.named[key.notebook]) != student_key(
            student.student
        ):
            body.append(
                f'<p class="muted">The answers file names the student {_e(student.named[key.notebook])}.</p>'
            )
        for item in key.items:
            body.append(_item_html(item, student.items[item.id]))
    return _page(f"Feedback: {student.student}", "\n".join(body))


def summary_html(report: GradeReport, keys: Mapping[str, ExerciseKey], *, chart: bool = True) -> str:
    """The class summary: items from most to least missed, the most-missed spans, the distribution."""
    graded = [s for s in report.students if s.status != UNGRADED]
    body = [
        "<h1>Class summary</h1>",
        f"<p>{len(report.students)} students: {len(graded)} graded "
        f"({sum(s.status == PARTLY_GRADED for s in report.students)} partly), "
        f"{len(report.students) - len(graded)} ungraded (see report.txt).</p>",
    ]
    rows = []
    for item in report.items:
        results = [s.items[item.id] for s in graded if s.items[item.id].status == GRADED]
        awaiting = sum(s.items[item.id].status == AWAITING for s in graded)
        mean = sum((r.points or 0) / r.maximum for r in results) / len(results) if results else None
        rows.append((mean if mean is not None else 2.0, item, len(results), awaiting))
    body.append(
        "<h2>Most-missed items</h2><p>Average share of the points, over the students graded on the item.</p>"
        "<table><tr><th>item</th><th>average</th><th>graded</th><th>awaiting rubric</th></tr>"
    )
    for mean, item, n, awaiting in sorted(rows, key=lambda r: (r[0], r[1].id)):
        shown = "—" if mean > 1 else f"{mean:.0%}"
        body.append(
            f"<tr><td>{_e(item.label)} ({_e(item.id)})</td><td>{shown}</td><td>{n}</td>"
            f"<td>{awaiting or ''}</td></tr>"
        )
    body.append("</table>")
    body += _most_missed_spans(report, graded)
    totals = [round(100 * s.total / s.maximum, 1) for s in graded if s.total is not None and s.maximum]
    body.append("<h2>Score distribution</h2>")
    if totals:
        svg = _distribution_svg(totals) if chart else None
        body.append(svg if svg else '<p class="muted">(chart not drawn)</p>')
        mean = sum(totals) / len(totals)
        body.append(f"<p>Mean {mean:.1f} %, lowest {min(totals):.0f} %, highest {max(totals):.0f} %.</p>")
    else:
        body.append("<p>No graded students.</p>")
    return _page("Class summary", "\n".join(body))


def _most_missed_spans(report: GradeReport, graded: Sequence[StudentResult]) -> list[str]:
    out: list[str] = []
    for item in report.items:
        if item.type not in {"hedge_spans", "source_tags"}:
            continue
        missed: Counter[int] = Counter()
        n = 0
        for s in graded:
            result = s.items[item.id]
            if result.status != GRADED:
                continue
            n += 1
            score = result.details["score"]
            if isinstance(score, HedgeScore):
                hit = {j for _, j in score.matches}
                missed.update(j for j in range(score.gold) if j not in hit)
            elif isinstance(score, TagScore):
                missed.update(v.sentence for v in score.verdicts if v.credit < 1)
        if not n or not missed:
            continue
        out.append(f"<h3>{_e(item.label)}: most missed</h3>")
        scores = [s.items[item.id].details["score"] for s in graded if s.items[item.id].status == GRADED]
        if item.type == "source_tags":
            kappas = [x.kappa for x in scores if x.kappa is not None]
            mean_kappa = f"{sum(kappas) / len(kappas):.2f}" if kappas else "n/a"
            agreement = sum(x.agreement for x in scores) / len(scores)
            out.append(
                f"<p>Mean agreement with the key {agreement:.0%}, mean Cohen's kappa {mean_kappa}.</p>"
            )
        else:
            f1 = sum(x.f1 for x in scores) / len(scores)
            out.append(
                f"<p>Mean precision {sum(x.precision for x in scores) / len(scores):.2f}, "
                f"recall {sum(x.recall for x in scores) / len(scores):.2f}, F1 {f1:.2f}.</p>"
            )
        out.append("<table><tr><th>what</th><th>missed by</th></tr>")
        key_article = next(iter(s.items[item.id].details["article"] for s in graded
                                if s.items[item.id].status == GRADED))  # fmt: skip
        for index, count in missed.most_common(5):
            if item.type == "hedge_spans":
                g = item.spec["gold"][index]
                what = f"“{key_article.text[g['start'] : g['end']]}” ({_category(g['category'])})"
            else:
                start, end = key_article.sentences[index]
                sentence = key_article.text[start:end]
                what = f"sentence {index + 1}: {sentence[:120]}{'…' if len(sentence) > 120 else ''}"
            out.append(f"<tr><td>{_e(what)}</td><td>{count} of {n}</td></tr>")
        out.append("</table>")
    return out


def _distribution_svg(percentages: Sequence[float]) -> str | None:
    """An Altair histogram of the students' percentages, as inline SVG (offline, via vl-convert)."""
    try:
        import altair as alt
        import vl_convert as vlc
    except ImportError:
        return None
    data = alt.Data(values=[{"percent": p} for p in percentages])
    # whole students on the y axis: ticks at integers only (vega would put one at 0.5, even 0.2)
    tallest = max(Counter(min(int(p // 10), 9) for p in percentages).values(), default=1)
    step = max(1, math.ceil(tallest / 5))
    ticks = list(range(0, tallest + step, step))
    chart = (
        alt.Chart(data, title="Students by total score")
        .mark_bar(color="#0072B2")
        .encode(
            x=alt.X("percent:Q", bin=alt.Bin(extent=[0, 100], step=10), title="total score (%)"),
            y=alt.Y("count():Q", title="students", axis=alt.Axis(values=ticks, format="d")),
        )
        .properties(width=480, height=220)
    )
    try:
        svg = vlc.vegalite_to_svg(chart.to_dict())
    except Exception:
        return None
    return f'<figure class="chart">{svg}</figure>'
