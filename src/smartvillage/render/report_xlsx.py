"""XLSX: one village's report as a workbook (XlsxWriter), in Latvian or English.

Sheets: summary, dimensions, criteria, answers (one row per question), the path to the
next tier, and recommendations with the solutions other villages used. Every text
cell is written with ``write_string`` (never read as a formula, number or link) after
removing characters a spreadsheet cannot hold; numbers are number cells, percents
are fractions shown as ``0.00%`` (the report's figures, never rounded again). The
workbook's creation time is the report's ``generated_at``, so the same report gives the same file.

Every sheet prints on A4 one page wide (landscape where the table is wide), its header
row on every page, each row as tall as its wrapped text needs (``render.xlsx_layout``).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING, Any

from smartvillage.render.i18n import t
from smartvillage.render.safe import xml_text
from smartvillage.render.xlsx_layout import FittedSheet, print_setup

if TYPE_CHECKING:
    from smartvillage.models.common import Lang
    from smartvillage.models.report import Report

MAX_CELL = 32_767
_PORTRAIT_WIDTH = 130  # characters: a wider sheet prints landscape


def render(
    report: Report, lang: Lang, *, color: bool = False, width: int = 100, details: bool = False
) -> bytes:
    """The report as XLSX bytes in ``lang``: texts, never ids; ``details`` adds a last
    column with the ids a script author needs, headed as such."""
    import xlsxwriter

    from smartvillage.render.view import build

    v = build(report, lang, details=details)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
        },
    )
    book.set_properties(
        {
            "title": f"{v.title}: {_clean(v.village)}",
            "author": "smartvillage",
            "created": _created(report.generated_at),
        }
    )
    styles = _Styles(book, report)
    sheets = []

    def sheet(key: str) -> FittedSheet:
        sheets.append(FittedSheet(book.add_worksheet(t(key, lang))))
        return sheets[-1]

    _summary(sheet("sheet.summary"), styles, report, v)
    _dimensions(sheet("sheet.dimensions"), styles, report, v)
    _criteria(sheet("sheet.criteria"), styles, report, v)
    _answers(sheet("sheet.answers"), styles, report, v)
    _path(sheet("sheet.path"), styles, v)
    _recommendations(sheet("sheet.recommendations"), styles, v)
    for fitted in sheets:
        fitted.fit_rows()
        rows, cols = fitted.dim_rowmax, fitted.dim_colmax
        wide = fitted.table_width(0, cols or 0) > _PORTRAIT_WIDTH
        print_setup(
            fitted,
            landscape=wide,
            repeat_rows=None if fitted is sheets[0] else (0, 0),
            area=(0, 0, rows or 0, cols or 0),
        )
    book.close()
    return buffer.getvalue()


def _clean(text: str | None) -> str:
    cleaned, _ = xml_text(text or "")
    return cleaned[:MAX_CELL]


def _created(stamp: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return dt.datetime(2000, 1, 1)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment


class _Styles:
    def __init__(self, book: Any, report: Report) -> None:
        from smartvillage.render.xlsx_layout import points_format
        from smartvillage.scoring.arithmetic import point_scale

        scale = point_scale(
            value
            for c in report.criteria_results
            for q in c.questions
            for value in (q.points, q.max_points)
            if value is not None
        )
        self.head = book.add_format(
            {"bold": True, "bg_color": "#E8EEF2", "border": 1, "text_wrap": True, "valign": "top"}
        )
        self.text = book.add_format({"text_wrap": True, "valign": "top"})
        self.top = book.add_format({"valign": "top"})
        self.bold = book.add_format({"bold": True, "valign": "top", "text_wrap": True})
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.pct = book.add_format({"num_format": "0.00%", "valign": "top"})
        self.pct_left = book.add_format({"num_format": "0.00%", "valign": "top", "align": "left"})
        # points exactly, with as many decimals as the set's smallest step needs
        self.num = book.add_format({"num_format": points_format(scale), "valign": "top"})


def _s(sheet: Any, row: int, col: int, text: str | None, fmt: Any = None) -> None:
    """A text cell, always as a string."""
    sheet.write_string(row, col, _clean(text), fmt)


def _n(sheet: Any, row: int, col: int, value: float | None, fmt: Any) -> None:
    """A number cell, or an empty cell for None."""
    if value is None:
        sheet.write_blank(row, col, None, fmt)
    else:
        sheet.write_number(row, col, value, fmt)


def _head(sheet: Any, styles: _Styles, labels: list[str], widths: list[int], v: Any = None) -> None:
    if v is not None and v.details:  # the ids, for a script author, in the last column
        labels, widths = [*labels, t("id", v.lang)], [*widths, 22]
    for col, (label, size) in enumerate(zip(labels, widths, strict=True)):
        _s(sheet, 0, col, label, styles.head)
        sheet.set_column(col, col, size)
    sheet.freeze_panes(1, 0)


def _summary(sheet: Any, styles: _Styles, report: Report, v: Any) -> None:
    lang = v.lang
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 1, 90)
    _s(sheet, 0, 0, f"{v.title}: {v.village}", styles.title)
    row = 2
    for label, value in v.facts:
        _s(sheet, row, 0, label, styles.bold)
        _s(sheet, row, 1, value, styles.text)
        row += 1
    _s(sheet, row, 0, t("tier", lang), styles.bold)
    _s(sheet, row, 1, v.tier, styles.bold)
    row += 1
    _s(sheet, row, 0, t("overall", lang), styles.bold)
    _n(sheet, row, 1, report.summary.percent / 100, styles.pct_left)  # under the texts
    row += 1
    _s(sheet, row, 0, t("points_col", lang), styles.bold)
    _s(sheet, row, 1, v.points, styles.text)
    row += 1
    _s(sheet, row, 0, t("gates", lang), styles.bold)
    _s(sheet, row, 1, v.gates_summary, styles.text)
    row += 1
    _s(sheet, row, 0, t("criteria", lang), styles.bold)
    _s(sheet, row, 1, v.criteria_summary, styles.text)
    row += 1
    _s(sheet, row, 0, t("evidence_title", lang), styles.bold)
    evidence = v.evidence.summary
    if v.evidence.missing:
        evidence += (
            "\n"
            + v.evidence.missing_title
            + "\n"
            + "\n".join(f"• {text}" for _, text in v.evidence.missing)
        )
    _s(sheet, row, 1, evidence, styles.text)
    row += 1
    if not v.top_tier:
        _s(sheet, row, 0, t("next_tier", lang), styles.bold)
        _s(sheet, row, 1, "\n".join([v.next_tier, *v.requirements]), styles.text)
        row += 1
    for warning in v.warnings:
        _s(sheet, row, 0, t("warnings", lang), styles.bold)
        _s(sheet, row, 1, warning, styles.text)
        row += 1
    if v.notes:
        _s(sheet, row, 0, t("notes", lang), styles.bold)
        _s(sheet, row, 1, v.notes, styles.text)
        row += 1
    if v.disclaimer:
        _s(sheet, row, 0, t("disclaimer", lang), styles.bold)
        _s(sheet, row, 1, v.disclaimer, styles.text)
        row += 1
    row += 1
    _s(sheet, row, 1, v.footer, styles.text)
    _s(sheet, row + 1, 0, t("digest", lang), styles.text)
    _s(sheet, row + 1, 1, v.digest, styles.text)


def _dimensions(sheet: Any, styles: _Styles, report: Report, v: Any) -> None:
    lang = v.lang
    _head(
        sheet,
        styles,
        [
            t("dimension", lang),
            "%",
            t("points_col", lang),
            t("max_points", lang),
            t("weakest", lang),
        ],
        [40, 10, 10, 12, 10],
        v,
    )
    for row, d in enumerate(report.dimensions, start=1):
        _s(sheet, row, 0, d.title.get(lang), styles.text)
        _n(sheet, row, 1, None if d.percent is None else d.percent / 100, styles.pct)
        _n(sheet, row, 2, d.points, styles.num)
        _n(sheet, row, 3, d.max_points, styles.num)
        weakest = t("yes", lang) if d.id == report.summary.weakest_dimension else ""
        _s(sheet, row, 4, weakest, styles.top)
        if v.details:
            _s(sheet, row, 5, d.id, styles.text)


def _criteria(sheet: Any, styles: _Styles, report: Report, v: Any) -> None:
    lang = v.lang
    dimensions = {d.id: d.title.get(lang) for d in report.dimensions}
    _head(
        sheet,
        styles,
        [
            t("dimension", lang),
            t("criterion", lang),
            t("gate", lang),
            "%",
            t("needed", lang),
            t("status", lang),
            t("points_col", lang),
            t("max_points", lang),
        ],
        [24, 50, 12, 9, 9, 16, 9, 12],
        v,
    )
    for row, c in enumerate(report.criteria_results, start=1):
        _s(sheet, row, 0, dimensions.get(c.dimension, c.dimension), styles.text)
        _s(sheet, row, 1, c.title.get(lang), styles.text)
        _s(sheet, row, 2, t("yes", lang) if c.gate else t("no", lang), styles.top)
        _n(sheet, row, 3, None if c.percent is None else c.percent / 100, styles.pct)
        _n(sheet, row, 4, c.met_percent / 100, styles.pct)
        _s(sheet, row, 5, t(f"status.{c.status}", lang), styles.top)
        _n(sheet, row, 6, c.points, styles.num)
        _n(sheet, row, 7, c.max_points, styles.num)
        if v.details:
            _s(sheet, row, 8, c.id, styles.text)


def _answers(sheet: Any, styles: _Styles, report: Report, v: Any) -> None:
    lang = v.lang
    results = {q.id: q for c in report.criteria_results for q in c.questions}
    _head(
        sheet,
        styles,
        [
            t("dimension", lang),
            t("criterion", lang),
            t("question", lang),
            t("answer", lang),
            t("points_col", lang),
            t("max_points", lang),
            t("rule", lang),
            t("evidence", lang),
            t("evidence_lacking", lang),
            t("note", lang),
        ],
        [14, 20, 40, 30, 8, 8, 24, 36, 12, 28],
        v,
    )
    row = 1
    for d in v.dimensions:
        for c in d.criteria:
            for q in c.questions:
                _s(sheet, row, 0, d.title, styles.text)
                _s(sheet, row, 1, c.title, styles.text)
                _s(sheet, row, 2, q.text, styles.text)
                _s(sheet, row, 3, q.answer, styles.text)
                result = results[q.id]
                if q.status == "not_applicable":
                    _s(sheet, row, 4, "—", styles.top)
                else:
                    _n(sheet, row, 4, result.points, styles.num)
                _n(sheet, row, 5, result.max_points, styles.num)
                _s(sheet, row, 6, q.rule, styles.text)
                evidence = "\n".join(
                    (f"{e.shows}: " if e.shows else "") + e.where for e in q.evidence
                )
                _s(
                    sheet,
                    row,
                    7,
                    evidence or (q.evidence_need_text if q.evidence_need != "none" else ""),
                    styles.text,
                )
                _s(sheet, row, 8, t("yes", lang) if q.evidence_missing else "", styles.top)
                _s(sheet, row, 9, q.note, styles.text)
                if v.details:
                    _s(sheet, row, 10, q.id, styles.text)
                row += 1
    sheet.autofilter(0, 0, max(row - 1, 1), 10 if v.details else 9)


def _path(sheet: Any, styles: _Styles, v: Any) -> None:
    lang = v.lang
    _head(
        sheet,
        styles,
        [
            "#",
            t("question", lang),
            t("now", lang),
            t("change", lang),
            t("gain_points", lang),
            t("gain_percent", lang),
            t("serves", lang),
        ],
        [4, 40, 30, 40, 10, 15, 26],
        v,
    )
    if v.path is None:
        _s(sheet, 1, 0, t("top_tier", lang))
        return
    if not v.path.reachable:
        _s(sheet, 1, 0, v.path.unreachable)
        return
    row = 1
    for s in v.path.steps:
        _n(sheet, row, 0, s.number, styles.num)
        _s(sheet, row, 1, s.text, styles.text)
        _s(sheet, row, 2, s.now, styles.text)
        _s(
            sheet,
            row,
            3,
            s.kind_text if s.kind == "add_evidence" else f"{s.kind_text}: {s.change}",
            styles.text,
        )
        _s(sheet, row, 4, s.points_gained, styles.top)
        _s(sheet, row, 5, s.percent_gained, styles.top)
        _s(sheet, row, 6, s.serves, styles.text)
        if v.details:
            _s(sheet, row, 7, s.question, styles.text)
        row += 1
    _s(sheet, row + 1, 0, v.path.after)


def _recommendations(sheet: Any, styles: _Styles, v: Any) -> None:
    lang = v.lang
    _head(
        sheet,
        styles,
        [
            t("criterion", lang),
            "%",
            t("gain", lang),
            t("recommendations", lang),
            t("challenge", lang),
            t("solution", lang),
        ],
        [28, 8, 12, 56, 30, 44],
        v,
    )
    row = 1
    for g in v.gaps:
        solutions = g.solutions or [None]
        for n, solution in enumerate(solutions):
            _s(sheet, row, 0, g.title, styles.text)
            _s(sheet, row, 1, g.percent, styles.top)
            _s(sheet, row, 2, g.gain, styles.top)
            _s(sheet, row, 3, g.recommendation if n == 0 else "", styles.text)
            _s(sheet, row, 4, solution.challenge if solution else "", styles.text)
            _s(sheet, row, 5, solution.solution if solution else "", styles.text)
            if v.details:
                _s(sheet, row, 6, g.criterion, styles.text)
            row += 1
