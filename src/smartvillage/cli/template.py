"""``smartvillage template``: write a blank questionnaire (YAML) or village table (XLSX, CSV)."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from smartvillage.cli.common import (
    CriteriaDirOption,
    CsvDialectOption,
    LangChoice,
    LangOption,
    emit,
    err,
    fail,
    handle_errors,
)


class TemplateFormat(str, Enum):
    """The formats ``template`` can write."""

    yaml = "yaml"
    xlsx = "xlsx"
    csv = "csv"
    xlsform = "xlsform"
    forms = "forms"


@handle_errors
def template(
    criteria: Annotated[
        str | None,
        typer.Option(
            "--criteria",
            "-c",
            metavar="ID@VERSION",
            help="Criteria set the template asks for: ID@VERSION, ID (newest version) or a file "
            "path. Default: the newest viedais-ciems.",
        ),
    ] = None,
    criteria_dir: CriteriaDirOption = None,
    lang: LangOption = LangChoice.lv,
    fmt: Annotated[
        TemplateFormat | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="yaml: one questionnaire; xlsx or csv: a table with a row per village, for "
            "'batch'; xlsform: a form for ODK Central / KoboToolbox, whose exports 'batch' "
            "reads; forms: a Markdown sheet for building the form in Google Forms or Microsoft "
            "Forms. Default: from the --output suffix, else yaml.",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the template to FILE (atomically) instead of stdout.",
        ),
    ] = None,
    csv_dialect: CsvDialectOption = None,
) -> None:
    """Write a blank questionnaire or village table listing every question.

    The YAML questionnaire lists every question with its allowed answers. The XLSX
    workbook has instructions (Latvian and English), a sheet with a row per village,
    drop-down lists for every closed answer and input hints; the CSV file has the same
    columns. Fill them in and score them with 'smartvillage batch'. The default
    criteria set is the newest viedais-ciems.

    \b
    Examples:
      smartvillage template --output my-village.yaml
      smartvillage template --criteria viedais-ciems@2024 --lang en
      smartvillage template --format xlsx --output ciemi.xlsx
      smartvillage template --format csv --output ciemi.csv
      smartvillage template --format xlsform --output viedais-ciems.xlsx
      smartvillage template --format forms --output google-forms.md

    """
    from smartvillage.cli.common import load_criteria_noting_shadows
    from smartvillage.io.criteria import DEFAULT_CRITERIA

    if fmt is None:
        suffix = output.suffix.lower() if output is not None else ""
        fmt = {".xlsx": TemplateFormat.xlsx, ".csv": TemplateFormat.csv}.get(
            suffix, TemplateFormat.yaml
        )
    criteria_set = load_criteria_noting_shadows(criteria or DEFAULT_CRITERIA, criteria_dir)
    if fmt is TemplateFormat.yaml:
        from smartvillage.template.questionnaire_yaml import blank_questionnaire

        emit(blank_questionnaire(criteria_set, lang.value), output)
        return
    if fmt is TemplateFormat.forms:
        from smartvillage.template.forms_sheet import forms_sheet

        emit(forms_sheet(criteria_set, lang.value), output)
        return
    if fmt is TemplateFormat.csv:
        from smartvillage.render.csv_dialect import DIALECTS, EXCEL_LV, CsvDialect
        from smartvillage.template.questionnaire_csv import questionnaire_csv

        # excel-lv whatever the language (a table to fill in), unless asked otherwise
        dialect = DIALECTS[CsvDialect(csv_dialect.value)] if csv_dialect else EXCEL_LV
        text = questionnaire_csv(criteria_set, lang.value, dialect)
        if output is None or str(output) == "-":
            text = text.lstrip("\ufeff")  # no byte-order mark for pipes and scripts
        emit(text, output)
        return
    if fmt is TemplateFormat.xlsform:
        from smartvillage.template.xlsform import xlsform

        data = xlsform(criteria_set, lang.value)
    else:
        from smartvillage.template.questionnaire_xlsx import questionnaire_xlsx

        data = questionnaire_xlsx(criteria_set, lang.value)
    if output is None or str(output) == "-":
        if sys.stdout.isatty():
            raise fail("an XLSX workbook is binary: give --output FILE (or redirect stdout)")
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from smartvillage.io.output import write_atomic

    write_atomic(output, data)
    err(f"wrote {output}")
