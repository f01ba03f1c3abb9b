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
    say,
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
        typer.Option("--criteria", "-c", metavar="ID@VERSION"),
    ] = None,
    criteria_dir: CriteriaDirOption = None,
    lang: LangOption = LangChoice.lv,
    fmt: Annotated[
        TemplateFormat | None,
        typer.Option("--format", "-f", case_sensitive=False),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE"),
    ] = None,
    csv_dialect: CsvDialectOption = None,
) -> None:
    """Write a blank questionnaire or village table listing every question.

    The help a person reads is in ``messages/help.py``.
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
            raise fail(say("template.xlsx_terminal"))
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from smartvillage.io.output import write_atomic

    write_atomic(output, data)
    err(say("wrote", path=output))
