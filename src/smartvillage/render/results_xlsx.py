"""The results workbook of ``batch``, written with XlsxWriter, a village at a time.

Sheets (labels in the chosen language):

* **Kopsavilkums / Summary** — a row per village: where it was read (file and sheet,
  original row), municipality, region, criteria set, tier, overall percent, weakest
  dimension, the next step (the criterion with the biggest possible gain), gates and
  criteria met, unanswered questions, claims without evidence, and the percent of
  every dimension;
* **Kritēriji / Criteria** — the points of every criterion, per village;
* **Ieteikumi / Recommendations** — per criterion: its recommendation, for how many
  villages it is the next step, how many do not meet it, and its average;
* **Vidēji / Averages** — the average of every dimension per criteria set, and a chart;
* **Teritorijas / Territories** — per planning region, municipality, parish and LEADER
  group: villages per tier, mean percents and met rates (``results_portfolio_xlsx``);
* **Kļūdas / Errors** — every problem by file, sheet and cell, rejected rows included;
* **Par / About** — tool version, criteria id, version and digest, inputs and counts.

Each criteria set (id and version) gets summary and criteria sheets of its own, so
figures of different sets never share a sheet or a column; when there is more than
one, a warning sheet opens first and names them. Headers are frozen and filtered;
percents carry a red–yellow–green colour scale and show the two decimals they were
rounded to (never rounded again by the cell format), points as many as the criteria
set's smallest step needs.

Every sheet prints on A4 one page wide (landscape where the table is wide), its header
rows on every page; the chart of each criteria set stays whole on a page of its own;
an empty errors sheet prints one line saying there are no errors
(``render.xlsx_layout``). Every text cell is written with
``write_string`` (never a formula, whatever it starts with) and rid of characters XML
cannot hold.

:class:`ResultsWorkbook` writes each village as it arrives and keeps only running
totals; in XlsxWriter's ``constant_memory`` mode rows then go straight to disk.
:class:`ForkedWorkbook` runs it in a child process so that writing overlaps reading
and scoring. With ``--rank`` the villages are kept and written, ranked, at the end.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smartvillage import messages
from smartvillage._version import __version__
from smartvillage.io.output import atomic_target
from smartvillage.io.spreadsheet import XML_ILLEGAL
from smartvillage.messages import localize
from smartvillage.models.common import Lang
from smartvillage.render.i18n import criteria_status, number
from smartvillage.render.i18n import t as report_label
from smartvillage.render.results_common import label
from smartvillage.render.xlsx_layout import (
    LINE,
    PERCENT_SCALE,
    RANGE_SCALE,
    points_format,
    print_setup,
    row_height,
    wrapped_lines,
)

if TYPE_CHECKING:
    from smartvillage.batch.results import BatchResult, VillageResult
    from smartvillage.scoring.plan import Plan

CONSTANT_MEMORY_FROM = 20_000  # villages; below it the default mode is faster
_FIXED = (
    "municipality",
    "region",
    "criteria",
    "tier",
    "percent",
    "weakest",
    "next_step",
    "gates",
    "criteria_met",
    "unanswered",
    "evidence_missing",
)
_FIXED_WIDTHS = (14, 11, 14, 16, 8, 16, 30, 10, 10, 12, 14)
_WRAPPED = (0, 2, 3, 5, 6)  # of the fixed columns: the ones whose text wraps
_LEAD_WIDTHS = (16, 6, 18)  # source, row, village
_CHART_LAST = 13  # column N: the averages' charts span columns E to N
_TITLE, _HEAD, _FIRST = 0, 1, 2  # rows: title or warning, header, first village


def _clean(text: str) -> str:
    """Text a cell can hold (XML 1.0 characters only)."""
    if text.isprintable():
        return text
    return XML_ILLEGAL.sub("", text)


def _writers(sheet: Any) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """``write_string`` and ``write_number`` of a sheet, without their A1-notation wrapper.

    XlsxWriter's public methods only add the conversion of ``"A1"`` arguments to the
    private ones; rows and columns are numbers here, and 280,000 calls add up. Falls
    back to the public methods if a release renames them (the tests compare outputs).
    """
    write_string = getattr(sheet, "_write_string", None)
    write_number = getattr(sheet, "_write_number", None)
    if callable(write_string) and callable(write_number):
        return write_string, write_number
    return sheet.write_string, sheet.write_number


def write_results_xlsx(
    path: str | Path,
    result: BatchResult,
    lang: Lang,
    *,
    ranked: bool = False,
    generated_at: str = "",
    inputs: tuple[str | Path, ...] = (),
) -> None:
    """Write the results workbook for a finished batch to ``path`` atomically."""
    from smartvillage.batch.core import paused_gc

    with atomic_target(path, inputs) as temp, paused_gc():
        book = ResultsWorkbook(
            temp, lang, ranked=ranked, big=len(result.villages) >= CONSTANT_MEMORY_FROM
        )
        for plan in result.plans.values():
            book.add_plan(plan)
        for village in result.villages:
            book.add(village)
        book.finish(result, generated_at)


class ResultsWorkbook:
    """The results workbook, written as villages arrive; ``finish`` completes it.

    Each criteria set gets its own summary and criteria sheets, created when its
    first village arrives, so that the figures of different sets or versions never
    share a sheet. Averages and counts for the recommendations are kept as running
    totals, so that a streamed batch holds no village in memory.
    """

    def __init__(
        self, path: str | Path, lang: Lang, *, ranked: bool = False, big: bool = False
    ) -> None:
        import xlsxwriter

        self.lang = lang
        self.ranked = ranked
        self.buffered = ranked
        self.workbook = workbook = xlsxwriter.Workbook(
            str(path),
            {
                "constant_memory": big,
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
            },
        )
        add = workbook.add_format
        self.head = add(
            {"bold": True, "bg_color": "#D9D9D9", "text_wrap": True, "valign": "top", "bottom": 1}
        )
        self.pct = add({"num_format": "0.00"})  # the figures as rounded once, no further
        self.wrap = add({"text_wrap": True, "valign": "top"})
        self.title = add({"bold": True, "font_size": 12})
        self.warn = add(
            {
                "bold": True,
                "font_color": "#9C0006",
                "bg_color": "#FFC7CE",
                "text_wrap": True,
                "valign": "top",
            }
        )
        self.bold = add({"bold": True})
        self.wrap_bold = add({"bold": True, "text_wrap": True, "valign": "top"})
        self.pct_top = add({"num_format": "0.00", "valign": "top"})
        self.top = add({"valign": "top"})
        self.points: dict[int, Any] = {}
        self.plans: dict[str, Plan] = {}
        self.sheets: dict[str, _PlanSheets] = {}
        self.totals: dict[str, _Totals] = {}
        self.kept: list[VillageResult] = []
        self.steps: dict[tuple[str, int, float], str] = {}
        self.names: set[str] = set()
        self.portfolios: dict[str, Any] = {}  # ref -> batch.portfolio.Portfolio

    def add_plan(self, plan: Plan) -> None:
        """Register a criteria set (before its first village)."""
        if plan.ref in self.plans:
            return
        self.plans[plan.ref] = plan
        self.totals[plan.ref] = _Totals(plan)
        from smartvillage.batch.portfolio import Portfolio

        self.portfolios[plan.ref] = Portfolio(plan)
        if not self.buffered:
            self.sheets[plan.ref] = _PlanSheets(self, plan)

    def add(self, village: VillageResult) -> None:
        """Add one scored village (its criteria set registered first)."""
        self.totals[village.criteria].add(village)
        self.portfolios[village.criteria].add(village)
        if self.buffered:
            self.kept.append(village)
        else:
            self.sheets[village.criteria].write(village)

    def finish(self, result: BatchResult, generated_at: str = "") -> None:
        """Write what needs every village (averages, errors, about...) and close."""
        from smartvillage.batch.results import rank_villages

        if self.buffered:
            villages = rank_villages(self.kept, list(self.plans))
            for ref, plan in self.plans.items():
                self.sheets[ref] = _PlanSheets(self, plan)
            for village in villages:
                self.sheets[village.criteria].write(village)
            self.kept = []
        for sheets in self.sheets.values():
            sheets.finish()
        mixed = len(self.plans) > 1
        self._recommendations()
        self._averages(mixed)
        if self.plans:
            from smartvillage.render.results_portfolio_xlsx import write_territory_sheet

            write_territory_sheet(self, self.portfolios)
        self._errors(result)
        self._about(result, generated_at)
        if mixed:
            self._warning(result)
        elif not self.plans:
            self.workbook.add_worksheet(label("summary", self.lang)).write_string(
                0, 0, label("none_scored", self.lang), self.warn
            )
        self.workbook.set_properties(
            {
                "title": "Smart Village batch results",
                "author": "smartvillage",
                "comments": f"smartvillage {__version__}; criteria "
                + ", ".join(f"{ref} ({plan.digest})" for ref, plan in self.plans.items()),
            }
        )
        self.workbook.set_custom_property("smartvillage.version", __version__)
        self.workbook.set_custom_property("smartvillage.criteria", ", ".join(self.plans) or "-")
        self.workbook.close()

    # -------------------------------------------------------------- helpers
    def sheet_name(self, base: str, ref: str) -> str:
        """``base`` for the first criteria set, ``base ref`` (≤ 31 characters) after it."""
        name = base if base not in self.names else f"{base} {ref}"[:31]
        count = 2
        while name in self.names:
            name = f"{base} {count}"[:31]
            count += 1
        self.names.add(name)
        return name

    def step(self, ref: str, index: int, gain: float) -> str:
        """The 'next step' text: the criterion with the biggest possible gain, and the gain."""
        key = (ref, index, gain)
        text = self.steps.get(key)
        if text is None:
            from smartvillage.render.i18n import points_gain

            criterion = self.plans[ref].criteria_models[index]
            text = self.steps[key] = (
                f"{criterion.title.get(self.lang)} ({points_gain(gain, self.lang)})"
            )
        return text

    def points_format(self, scale: int) -> Any:
        """The cell format that shows points of a set with this point scale exactly."""
        found = self.points.get(scale)
        if found is None:
            found = self.points[scale] = self.workbook.add_format(
                {"num_format": points_format(scale), "valign": "top"}
            )
        return found

    def header(self, sheet: Any, row: int, labels: list[str], widths: Sequence[float]) -> None:
        """A header row with widths, as tall as its longest label needs."""
        for col, (text, width) in enumerate(zip(labels, widths, strict=True)):
            sheet.write_string(row, col, text, self.head)
            sheet.set_column(col, col, width)
        sheet.set_row(row, max(45, row_height(zip(labels, widths, strict=True)) or 0))

    # -------------------------------------------------------------- sheets
    def _recommendations(self) -> None:
        lang = self.lang
        sheet = self.workbook.add_worksheet(label("recommendations", lang))
        labels = [
            label(k, lang)
            for k in (
                "criteria",
                "criterion",
                "top_gap_villages",
                "not_met_villages",
                "average_criterion",
                "recommendation",
            )
        ]
        widths = [18, 36, 13, 13, 11, 84]
        self.header(sheet, 0, labels, widths)
        row = 0
        for ref, plan in self.plans.items():
            totals = self.totals[ref]
            for i, criterion in enumerate(plan.criteria_models):
                row += 1
                sheet.write_string(row, 0, ref, self.top)
                sheet.write_string(row, 1, criterion.title.get(lang), self.wrap)
                sheet.write_number(row, 2, totals.top[i], self.top)
                sheet.write_number(row, 3, totals.unmet[i], self.top)
                if totals.c_counts[i]:
                    sheet.write_number(
                        row, 4, round(totals.c_sums[i] / totals.c_counts[i], 2), self.pct_top
                    )
                sheet.write_string(row, 5, criterion.recommendation.get(lang), self.wrap)
                height = row_height(
                    [
                        (criterion.title.get(lang), widths[1]),
                        (criterion.recommendation.get(lang), widths[5]),
                    ]
                )
                if height:
                    sheet.set_row(row, height)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(row, 1), len(labels) - 1)
        print_setup(sheet, landscape=True, repeat_rows=(0, 0), area=(0, 0, row, len(labels) - 1))

    def _averages(self, mixed: bool) -> None:
        lang = self.lang
        sheet = self.workbook.add_worksheet(label("averages", lang))
        sheet.set_column(0, 0, 34)
        sheet.set_column(1, 2, 12)
        row = 0
        if mixed:
            sheet.merge_range(0, 0, 0, _CHART_LAST, label("mixed", lang), self.warn)
            sheet.set_row(0, 48)
            row = 2
        name = sheet.name.replace("'", "''")
        breaks = []
        for ref, plan in self.plans.items():
            if row > 2:  # each set's table and chart on a page of their own
                breaks.append(row)
            totals = self.totals[ref]
            sheet.write_string(row, 0, f"{ref}: {plan.criteria.title.get(lang)}", self.bold)
            head = row + 1
            for col, text in enumerate(
                (label("dimension", lang), label("average", lang), label("villages", lang))
            ):
                sheet.write_string(head, col, text, self.head)
            for n, dimension in enumerate(plan.dimensions):
                sheet.write_string(head + 1 + n, 0, dimension.title.get(lang))
                if totals.d_counts[n]:
                    sheet.write_number(
                        head + 1 + n, 1, round(totals.d_sums[n] / totals.d_counts[n], 2), self.pct
                    )
                sheet.write_number(head + 1 + n, 2, totals.d_counts[n])
            last = head + len(plan.dimensions)
            chart = self.workbook.add_chart({"type": "bar"})
            chart.add_series(
                {
                    "name": ref,
                    "categories": f"='{name}'!$A${head + 2}:$A${last + 1}",
                    "values": f"='{name}'!$B${head + 2}:$B${last + 1}",
                    "data_labels": {"value": True, "num_format": "0.0"},
                    "fill": {"color": "#4472C4"},
                }
            )
            chart.set_title({"name": f"{label('average', lang)} — {ref}"})
            chart.set_x_axis({"min": 0, "max": 100})
            chart.set_y_axis({"reverse": True})
            chart.set_legend({"none": True})
            chart.set_size({"width": 620, "height": 110 + 40 * len(plan.dimensions)})
            sheet.insert_chart(row, 4, chart, {"object_position": 3})
            row = max(last + 3, row + 8 + 2 * len(plan.dimensions))
        sheet.set_h_pagebreaks(breaks)
        # the chart spans columns E to N: the print area takes it in whole
        print_setup(sheet, landscape=True, area=(0, 0, max(row - 1, 0), _CHART_LAST))

    def _errors(self, result: BatchResult) -> None:
        lang = self.lang
        sheet = self.workbook.add_worksheet(label("errors", lang))
        labels = [
            label(k, lang)
            for k in ("severity", "file", "sheet", "cell", "row", "column", "problem")
        ]
        if not result.problems:  # one line, as it prints
            sheet.write_string(0, 0, messages.text("office.no_errors", lang), self.bold)
            print_setup(sheet, area=(0, 0, 0, 6))
            return
        widths = [11, 24, 12, 12, 7, 20, 60]
        self.header(sheet, 0, labels, widths)
        row = 0
        write_string = sheet.write_string
        for problem in result.problems:
            row += 1
            write_string(row, 0, label(problem.severity, lang), self.top)
            write_string(row, 1, _clean(problem.file), self.wrap)
            if problem.sheet:
                write_string(row, 2, _clean(problem.sheet), self.top)
            place = (
                problem.cell
                or problem.rows
                or (messages.text("common.line", lang, n=problem.line) if problem.line else None)
            )
            if place:
                write_string(row, 3, place, self.top)
            if problem.row is not None:
                sheet.write_number(row, 4, problem.row, self.top)
            if problem.header:
                write_string(row, 5, _clean(problem.header), self.wrap)
            message = _clean(localize(problem.message, lang))
            write_string(row, 6, message, self.wrap)
            height = row_height(
                [
                    (problem.file, widths[1]),
                    (problem.header or "", widths[5]),
                    (message, widths[6]),
                ]
            )
            if height:
                sheet.set_row(row, height)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(row, 1), len(labels) - 1)
        print_setup(sheet, landscape=True, repeat_rows=(0, 0), area=(0, 0, row, len(labels) - 1))

    def _about(self, result: BatchResult, generated_at: str) -> None:
        lang = self.lang
        sheet = self.workbook.add_worksheet(label("about", lang))
        sheet.set_column(0, 0, 26)
        sheet.set_column(1, 1, 90)
        stats = result.stats
        rows: list[tuple[str, str]] = [
            ("tool", "smartvillage"),
            ("tool_version", __version__),
            ("generated_at", generated_at),
            ("lang", lang),
            ("rows_read", str(stats.rows)),
            ("rows_scored", str(stats.scored)),
            ("rows_rejected", str(stats.rejected)),
            ("blank_rows_skipped", str(stats.blank)),
            ("files", str(stats.files)),
            ("files_unreadable", str(stats.files_unreadable)),
            ("ranked", report_label("yes" if self.ranked else "no", lang)),
        ]
        for ref, plan in self.plans.items():
            criteria = plan.criteria
            rows += [
                ("criteria", ref),
                ("criteria_id", criteria.id),
                ("criteria_version", criteria.version),
                ("criteria_digest", plan.digest),
                ("criteria_status", criteria_status(criteria.status, lang)),
                ("criteria_title", criteria.title.get(lang)),
                (
                    "criteria_disclaimer",
                    criteria.disclaimer.get(lang) if criteria.disclaimer else "",
                ),
                ("criteria_villages", str(result.used.get(ref, 0))),
                ("criteria_sheets", ", ".join(self.sheets[ref].names)),
            ]
        rows += [("input", item) for item in result.inputs]
        rows += [("warning", localize(text, lang)) for text in result.warnings]
        for row, (key, value) in enumerate(rows):
            sheet.write_string(row, 0, label(f"about.{key}", lang), self.wrap_bold)
            sheet.write_string(row, 1, _clean(value), self.warn if key == "warning" else self.wrap)
            height = row_height([(value, 90)])
            if height:
                sheet.set_row(row, height)
        print_setup(sheet, area=(0, 0, len(rows) - 1, 1))

    def _warning(self, result: BatchResult) -> None:
        """A warning sheet, shown first on opening, when criteria sets were mixed."""
        lang = self.lang
        sheet = self.workbook.add_worksheet(label("warning_sheet", lang))
        sheet.set_column(0, 0, 30)
        sheet.set_column(1, 1, 60)
        sheet.merge_range(0, 0, 0, 1, label("mixed", lang), self.warn)
        sheet.set_row(0, 64)
        sheet.write_string(2, 0, label("criteria", lang), self.head)
        sheet.write_string(2, 1, label("sheets", lang), self.head)
        for row, (ref, sheets) in enumerate(self.sheets.items(), start=3):
            sheet.write_string(row, 0, f"{ref} ({result.used.get(ref, 0)})")
            sheet.write_string(row, 1, ", ".join(sheets.names))
        print_setup(sheet, area=(0, 0, 2 + len(self.sheets), 1))
        sheet.activate()


class _Totals:
    """Running totals of one criteria set: dimension averages, criteria counts."""

    def __init__(self, plan: Plan) -> None:
        self.d_sums = [0.0] * len(plan.dimensions)
        self.d_counts = [0] * len(plan.dimensions)
        size = len(plan.crits)
        self.top, self.unmet, self.c_counts = [0] * size, [0] * size, [0] * size
        self.c_sums = [0.0] * size

    def add(self, village: VillageResult) -> None:
        scores = village.scores
        for n, value in enumerate(scores.dimension_percents):
            if value is not None:
                self.d_sums[n] += value
                self.d_counts[n] += 1
        if scores.top_gap is not None:
            self.top[scores.top_gap[0]] += 1
        for i, (status, percent) in enumerate(
            zip(scores.criterion_status, scores.criterion_percents, strict=True)
        ):
            if status == "not_met":
                self.unmet[i] += 1
            if percent is not None:
                self.c_sums[i] += percent
                self.c_counts[i] += 1


class _PlanSheets:
    """The summary and criteria sheets of one criteria set, written row by row."""

    def __init__(self, book: ResultsWorkbook, plan: Plan) -> None:
        self.book = book
        self.plan = plan
        lang = book.lang
        ref = plan.ref
        self.summary = book.workbook.add_worksheet(book.sheet_name(label("summary", lang), ref))
        self.criteria = book.workbook.add_worksheet(
            book.sheet_name(label("criteria_sheet", lang), ref)
        )
        self.names = [self.summary.name, self.criteria.name]
        self.rows = 0
        self.lead = ([label("rank", lang)] if book.ranked else []) + [
            label("source", lang),
            label("row", lang),
            label("village", lang),
        ]
        lead_widths = ([6] if book.ranked else []) + list(_LEAD_WIDTHS)
        self.lead_widths = lead_widths
        self.points_format = book.points_format(plan.scale) if plan.scale > 1 else None
        self.tiers = [t.label.get(lang) for t in plan.tiers]
        self.dims = [d.title.get(lang) for d in plan.dimensions]
        title = f"{label('title', lang)} — {ref}: {plan.criteria.title.get(lang)}"
        if plan.criteria.status == "reconstruction":
            title += f" ({label('reconstruction_note', lang)})"
        for sheet in (self.summary, self.criteria):
            sheet.write_string(_TITLE, 0, title, book.title)
        summary = [*self.lead, *(label(k, lang) for k in _FIXED), *(f"{d}, %" for d in self.dims)]
        book.header(
            self.summary, _HEAD, summary, [*lead_widths, *_FIXED_WIDTHS, *([14] * len(self.dims))]
        )
        points = label("points", lang)
        criteria = [
            *self.lead,
            *(
                messages.text(
                    "results.criterion_head",
                    lang,
                    title=c.title.get(lang),
                    points=points,
                    max=number(m, lang),
                )
                for c, m in zip(plan.criteria_models, plan.criterion_maxima(), strict=True)
            ),
        ]
        book.header(self.criteria, _HEAD, criteria, [*lead_widths, *([16] * len(plan.crits))])
        self.summary_cols = len(summary)
        self.criteria_cols = len(criteria)
        self.summary_writers = _writers(self.summary)
        self.criteria_writers = _writers(self.criteria)

    def write(self, village: VillageResult) -> None:
        """One village's row on both sheets (figures as rounded once; the cell formats show
        them with as many decimals, no fewer)."""
        row = _FIRST + self.rows
        self.rows += 1
        book = self.book
        scores = village.scores
        wrap, top, pct = book.wrap, book.top, book.pct_top
        texts = [
            village.municipality or "",
            village.region or "",
            village.criteria,
            self.tiers[scores.tier],
            "",
            "" if scores.weakest is None else self.dims[scores.weakest],
            "" if scores.top_gap is None else book.step(village.criteria, *scores.top_gap),
        ]
        lead = max(
            wrapped_lines(self._source(village), self.lead_widths[-3]),
            wrapped_lines(village.name, self.lead_widths[-1]),
        )
        lines = max(lead, *(wrapped_lines(texts[i], _FIXED_WIDTHS[i]) for i in _WRAPPED))
        # heights before the row's cells: in constant_memory mode rows go out in order
        if lines > 1:
            self.summary.set_row(row, LINE * lines + 2)
        if lead > 1:
            self.criteria.set_row(row, LINE * lead + 2)
        write_string, write_number = self.summary_writers
        col = self._lead(write_string, write_number, row, village, lines > 1)
        if village.municipality is not None:
            write_string(row, col, _clean(village.municipality), wrap)
        if village.region is not None:
            write_string(row, col + 1, village.region, top)
        write_string(row, col + 2, village.criteria, wrap)
        write_string(row, col + 3, texts[3], wrap)
        write_number(row, col + 4, scores.percent, pct)
        if scores.weakest is not None:
            write_string(row, col + 5, texts[5], wrap)
        if scores.top_gap is not None:
            write_string(row, col + 6, texts[6], wrap)
        write_string(row, col + 7, f"{scores.gates_met}/{scores.gates_total}", top)
        write_string(row, col + 8, f"{scores.criteria_met}/{scores.criteria_total}", top)
        write_number(row, col + 9, scores.unanswered, top)
        write_number(row, col + 10, scores.evidence_missing, top)
        col += 11
        for value in scores.dimension_percents:
            if value is not None:
                write_number(row, col, value, pct)
            col += 1
        write_string, write_number = self.criteria_writers
        col = self._lead(write_string, write_number, row, village, lead > 1)
        points = self.points_format  # None for whole points: General shows them as they are
        for value in scores.criterion_points:
            write_number(row, col, value, points)
            col += 1

    @staticmethod
    def _source(village: VillageResult) -> str:
        return village.file if village.sheet is None else f"{village.file} [{village.sheet}]"

    def _lead(
        self, write_string: Any, write_number: Any, row: int, village: VillageResult, tall: bool
    ) -> int:
        """Rank, source, row and name; aligned at the top only in a row of several lines
        (a cell format on 100,000 rows has a cost)."""
        col = 0
        book = self.book
        top, wrap = (book.top, book.wrap) if tall else (None, None)
        if book.ranked:
            if village.rank is not None:
                write_number(row, col, village.rank, top)
            col += 1
        write_string(row, col, _clean(self._source(village)), wrap)
        if village.row is not None:
            write_number(row, col + 1, village.row, top)
        write_string(row, col + 2, _clean(village.name), wrap)
        return col + 3

    def finish(self) -> None:
        """Frozen headers, filters, colour scales."""
        last = _FIRST + max(self.rows, 1) - 1
        lead = len(self.lead)
        for sheet, cols in ((self.summary, self.summary_cols), (self.criteria, self.criteria_cols)):
            sheet.freeze_panes(_FIRST, lead)
            sheet.autofilter(_HEAD, 0, last, cols - 1)
            print_setup(
                sheet, landscape=True, repeat_rows=(_TITLE, _HEAD), area=(0, 0, last, cols - 1)
            )
        for col in (lead + 4, *range(lead + len(_FIXED), self.summary_cols)):
            self.summary.conditional_format(_FIRST, col, last, col, PERCENT_SCALE)
        for col in range(lead, self.criteria_cols):  # each criterion on its own range
            self.criteria.conditional_format(_FIRST, col, last, col, RANGE_SCALE)


class ForkedWorkbook:
    """A :class:`ResultsWorkbook` in a forked child process, fed through a pipe.

    Writing the workbook then runs on the second core while this process reads,
    validates and scores. The child writes to ``path``; ``finish`` waits for it and
    raises RuntimeError if it failed. Only where ``fork`` is available (Linux).
    """

    CHUNK = 500

    def __init__(
        self, path: str | Path, lang: Lang, *, ranked: bool = False, big: bool = False
    ) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child, str(path), lang, ranked, big, os.getpid()), daemon=True
        )
        self.process.start()
        child.close()
        self.pending: list[tuple[Any, ...]] = []
        self.sent: set[str] = set()

    def add_plan(self, plan: Plan) -> None:
        """Send a criteria set to the child (once)."""
        if plan.ref not in self.sent:
            self._flush()
            self.sent.add(plan.ref)
            self._send(("plan", plan.criteria))

    def add(self, village: VillageResult) -> None:
        """Queue a village; villages go to the child in chunks, as plain tuples."""
        self.pending.append(village.to_wire())
        if len(self.pending) >= self.CHUNK:
            self._flush()

    def finish(self, result: BatchResult, generated_at: str = "") -> None:
        """Send the final counts and problems; wait for the workbook to be written."""
        self._flush()
        self._send(("finish", result.without_villages(), generated_at))
        try:
            reply = self.conn.recv()
        except EOFError:
            reply = ("error", "the writer process ended unexpectedly")
        self.process.join()
        if reply[0] != "ok":
            raise RuntimeError(f"writing the results workbook failed: {reply[1]}")

    def abort(self) -> None:
        """Stop the child without finishing the workbook."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()

    def _flush(self) -> None:
        if self.pending:
            self._send(("rows", self.pending))
            self.pending = []

    def _send(self, message: tuple[Any, ...]) -> None:
        try:
            self.conn.send(message)
        except (BrokenPipeError, EOFError, OSError):
            raise RuntimeError("the writer process ended unexpectedly") from None


def _end_with_parent(path: str, parent: int) -> None:
    """Make the child end, and remove the half-written workbook, when its parent ends,
    however it ends (even killed with SIGKILL): the kernel sends SIGTERM (Linux)."""
    import ctypes
    import os
    import signal

    def stop(signum: int, frame: Any) -> None:
        with contextlib.suppress(OSError):
            os.unlink(path)
        os._exit(1)

    signal.signal(signal.SIGTERM, stop)
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent ended before the line above
        stop(signal.SIGTERM, None)


def _serve(conn: Any, path: str, lang: Lang, ranked: bool, big: bool, parent: int = 0) -> None:
    """The child's loop: build the workbook from the messages, answer ok or the error."""
    import gc

    from smartvillage.batch.results import VillageResult
    from smartvillage.scoring.plan import Plan

    if parent:
        _end_with_parent(path, parent)
    gc.disable()  # no cycles here either; see batch.core.paused_gc
    try:
        book = ResultsWorkbook(path, lang, ranked=ranked, big=big)
        while True:
            message = conn.recv()
            kind = message[0]
            if kind == "plan":
                book.add_plan(Plan(message[1]))
            elif kind == "rows":
                add: Callable[[VillageResult], None] = book.add
                rebuild = VillageResult.from_wire
                for data in message[1]:
                    add(rebuild(data))
            elif kind == "finish":
                book.finish(message[1], message[2])
                conn.send(("ok", None))
                return
    except BaseException as exc:  # report, never a traceback from the child
        with contextlib.suppress(Exception):
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
