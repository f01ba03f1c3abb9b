"""``smartvillage compare``: two assessments of a village side by side.

The same village at two dates (progress), or two assessors of one village (where they
disagree and by how much). Each input is a questionnaire (scored here) or a report JSON
written by ``score --format json``.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from smartvillage.cli.common import (
    CriteriaDirOption,
    CriteriaOption,
    CsvDialectOption,
    LangChoice,
    LangOption,
    fail,
    handle_errors,
    say,
    warn,
    warn_about_report,
)
from smartvillage.cli.score import output_option, plan_outputs, write_outputs
from smartvillage.render.base import OutputFormat

if TYPE_CHECKING:
    from smartvillage.models.common import Lang
    from smartvillage.models.report import Report


class CompareFormat(str, Enum):
    """The formats ``compare`` can write."""

    table = "table"
    json = "json"
    md = "md"
    html = "html"
    csv = "csv"


class Mode(str, Enum):
    """Which comparison: detected from the assessments, or forced."""

    auto = "auto"
    progress = "progress"
    assessors = "assessors"


ALLOWED = (
    OutputFormat.table,
    OutputFormat.json,
    OutputFormat.md,
    OutputFormat.html,
    OutputFormat.csv,
)


def load_report(
    path: str, criteria: str | None, criteria_dir: list[Path] | None, lang: Lang
) -> Report:
    """A report from a report JSON file, or by scoring a questionnaire."""
    from smartvillage.cli.common import load_criteria_noting_shadows
    from smartvillage.io.documents import load_document
    from smartvillage.io.questionnaire import questionnaire_from_document
    from smartvillage.io.validation import validate
    from smartvillage.models.report import Report
    from smartvillage.scoring import score

    doc = load_document(path)
    if isinstance(doc.data, dict) and "summary" in doc.data and "tool" in doc.data:
        if criteria:
            raise fail(say("compare.report_with_criteria", path=path))
        return validate(Report, doc, "report")
    questionnaire = questionnaire_from_document(doc)
    report = score(
        questionnaire,
        load_criteria_noting_shadows(criteria or questionnaire.criteria, criteria_dir),
    )
    warn_about_report(report, questionnaire, lang, f"{report.source or path}: ")
    return report


@handle_errors
def compare(
    old: Annotated[
        str,
        typer.Argument(metavar="OLD"),
    ],
    new: Annotated[
        str,
        typer.Argument(metavar="NEW"),
    ],
    criteria: CriteriaOption = None,
    criteria_dir: CriteriaDirOption = None,
    lang: LangOption = LangChoice.lv,
    fmt: Annotated[
        CompareFormat | None,
        typer.Option("--format", "-f"),
    ] = None,
    output: Annotated[list[Path] | None, output_option(ALLOWED)] = None,
    mode: Annotated[
        Mode,
        typer.Option("--mode"),
    ] = Mode.auto,
    csv_dialect: CsvDialectOption = None,
) -> None:
    """Compare two assessments: a village's progress, or self-assessment against mentor.

    The help a person reads is in ``messages/help.py``.
    """
    from smartvillage.scoring.compare import compare as compare_reports

    chosen = OutputFormat(fmt.value) if fmt is not None else None
    planned = plan_outputs(output, chosen, ALLOWED)
    if old == "-" and new == "-":
        raise fail(say("compare.two_stdin"))
    first = load_report(old, criteria, criteria_dir, lang.value)
    second = load_report(new, criteria, criteria_dir, lang.value)
    kind = None if mode is Mode.auto else mode.value
    result = compare_reports(first, second, kind, lang.value)
    for warning in result.warnings:
        warn(warning)

    def render(chosen: OutputFormat, color: bool, width: int) -> str:
        if chosen is OutputFormat.json:
            return result.model_dump_json(indent=2) + "\n"
        if chosen is OutputFormat.md:
            from smartvillage.render.markdown import render_comparison as to_markdown

            return to_markdown(result, lang.value)
        if chosen is OutputFormat.html:
            from smartvillage.render.html import render_comparison as to_html

            return to_html(result, lang.value)
        if chosen is OutputFormat.csv:
            from smartvillage.render.comparison_csv import render_comparison as to_csv

            return to_csv(result, lang.value, csv_dialect.value if csv_dialect else None)
        from smartvillage.render.table import render_comparison as to_table

        return to_table(result, lang.value, color=color, width=width)

    write_outputs(planned, render, inputs=(old, new))
