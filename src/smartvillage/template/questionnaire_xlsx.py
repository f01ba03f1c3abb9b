"""The XLSX template: a workbook a village (or a LEADER group) fills in without a manual.

Sheets:

* **Norādījumi / Instructions** — how to fill it in, in Latvian and English, and a
  table of every question with its allowed answers and what each level means;
* **Ciemi** (``Villages`` in English) — the village table: a ``criteria | ID@VERSION``
  row, a row of readable labels, the key row the reader keys on, then one row per
  village; drop-down lists for every closed answer, input hints on every column,
  frozen header, sensible widths;
* **Saraksti** (hidden) — the drop-down entries;
* **_meta** (hidden) — the criteria id, version and digest, the tool version and the
  sheet names, which ``batch`` reads; the same facts are in the document properties.

Written with XlsxWriter into memory, then atomically to the target by the caller.
"""

from __future__ import annotations

import io
from typing import Any

from smartvillage import messages
from smartvillage._version import __version__
from smartvillage.io.spreadsheet import (
    CRITERIA_KEY,
    TemplateColumn,
    column_letter,
    template_columns,
)
from smartvillage.models.common import Lang
from smartvillage.models.criteria import CriteriaSet

META_KEYS = ("data_sheet", "lists_sheet", "instructions_sheet")


def sheet_name(kind: str, lang: Lang) -> str:
    """The name of the template's ``data``, ``lists`` or ``instructions`` sheet in ``lang``."""
    return messages.text(f"template.sheet.{kind}", lang)


META_SHEET = "_meta"
FIRST_DATA_ROW = 4  # 1-based: criteria row, labels, keys, then villages
# the instructions' columns: question, criterion, Latvian, English, answers, levels, evidence
_INSTRUCTION_WIDTHS = (20, 44, 44, 52, 14)
_TABLE_FONT = 10  # points: the question table, so that it prints on few pages
_DIMENSION_COLOURS = ("#DDEBF7", "#E2EFDA", "#FFF2CC", "#FCE4D6", "#EDE7F6", "#E0F2F1")

INSTRUCTION_LINES = 10  # template.xlsx.how.0 … .9 in the catalogue


def questionnaire_xlsx(criteria: CriteriaSet, lang: Lang = "lv") -> bytes:
    """The XLSX template for ``criteria`` with labels in ``lang``, as bytes."""
    import xlsxwriter

    from smartvillage.scoring.engine import criteria_digest

    columns = template_columns(criteria, lang)
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    digest = criteria_digest(criteria)
    workbook.set_properties(
        {
            "title": f"Smart Village self-assessment — {criteria.ref}",
            "subject": criteria.title.get(lang),
            "author": "smartvillage",
            "comments": f"criteria {criteria.ref} ({digest}); smartvillage {__version__}",
            "keywords": f"smartvillage, {criteria.ref}",
        }
    )
    workbook.set_custom_property("smartvillage.criteria", criteria.ref)
    workbook.set_custom_property("smartvillage.criteria_digest", digest)
    workbook.set_custom_property("smartvillage.version", __version__)
    _instructions(workbook, criteria, lang)
    _data(workbook, criteria, columns, _list_ranges(columns, lang), lang)
    _lists(workbook, columns, lang)
    _meta(workbook, criteria, digest, lang)
    workbook.close()
    return buffer.getvalue()


def _instructions(workbook: Any, criteria: CriteriaSet, lang: Lang) -> None:
    from smartvillage.render.i18n import criteria_status
    from smartvillage.render.safe import plain
    from smartvillage.render.xlsx_layout import FittedSheet, print_setup, row_height
    from smartvillage.scoring.answers import describe_allowed

    sheet = FittedSheet(workbook.add_worksheet(sheet_name("instructions", lang)), size=_TABLE_FONT)
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    cell = workbook.add_format({"text_wrap": True, "valign": "top", "font_size": _TABLE_FONT})
    title = workbook.add_format({"bold": True, "font_size": 14, "text_wrap": True})
    bold = workbook.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    head = workbook.add_format(
        {
            "bold": True,
            "bg_color": "#D9D9D9",
            "text_wrap": True,
            "valign": "top",
            "border": 1,
            "font_size": _TABLE_FONT,
        }
    )
    for col, width in enumerate(_INSTRUCTION_WIDTHS):
        sheet.set_column(col, col, width)
    last_col = len(_INSTRUCTION_WIDTHS) - 1
    full = sheet.table_width(0, last_col)

    def line(row: int, text: str, cell_format: Any = wrap) -> None:
        """A line of text across the whole table, wrapped and as tall as it needs."""
        sheet.merge_range(row, 0, row, last_col, text, cell_format)
        height = row_height([(text, full)])
        if cell_format is title:
            height = max(height or 0, 20)
        if height:
            sheet.set_row(row, height)

    line(0, plain(criteria.title.get(lang)), title)
    line(1, f"{criteria.ref} ({criteria_status(criteria.status, lang)})")
    if criteria.disclaimer:
        line(2, plain(criteria.disclaimer.get(lang)))
    row = 4
    data_sheet = sheet_name("data", lang)
    for position in range(INSTRUCTION_LINES):
        text = messages.text(f"template.xlsx.how.{position}", lang, sheet=data_sheet)
        line(row, text, bold if position == 0 else wrap)
        row += 1
    row += 1
    labels = [
        messages.text(f"template.xlsx.col.{key}", lang)
        for key in ("criterion", "question", "answers", "levels", "evidence")
    ]
    for col, label in enumerate(labels):
        sheet.write_string(row, col, label, head)
    sheet.freeze_panes(row + 1, 0)
    table_head = row
    row += 1
    for criterion in criteria.criteria:
        for number, question in enumerate(criterion.questions):
            allowed = describe_allowed(question, lang) + (
                " | " + messages.text("template.na", lang) if question.allow_na else ""
            )
            # what each rubric level means; options and properties are named (by their
            # labels) in the allowed answers already, so they are not listed twice
            detail = ""
            if question.type == "rubric":
                detail = "\n".join(
                    f"{lv.value} = {plain(lv.label.get(lang))}: {plain(lv.description.get(lang))}"
                    for lv in question.levels
                )
            evidence = question.evidence
            values = [
                # the criterion's title once, on its first question (a grouped table)
                plain(criterion.title.get(lang)) if not number else "",
                plain(question.text.get(lang)),
                allowed.replace(" | ", "\n") if question.type == "choice" else allowed,
                detail,
                "" if evidence == "none" else messages.text(f"template.evidence.{evidence}", lang),
            ]
            for col, value in enumerate(values):
                sheet.write_string(row, col, value, cell)
            row += 1
    sheet.fit_rows()
    print_setup(
        sheet,
        landscape=True,
        repeat_rows=(table_head, table_head),
        area=(0, 0, row - 1, last_col),
    )


def _list_ranges(columns: list[TemplateColumn], lang: Lang) -> dict[str, str]:
    """Where each drop-down list lives on the lists sheet: key -> range formula."""
    ranges: dict[str, str] = {}
    for col, column in enumerate(c for c in columns if c.kind == "list"):
        letter = column_letter(col)
        ranges[column.key] = (
            f"='{sheet_name('lists', lang)}'!${letter}$2:${letter}${len(column.entries) + 1}"
        )
    return ranges


def _lists(workbook: Any, columns: list[TemplateColumn], lang: Lang) -> None:
    """Write every drop-down list on the hidden lists sheet, one column each."""
    sheet = workbook.add_worksheet(sheet_name("lists", lang))
    for col, column in enumerate(c for c in columns if c.kind == "list"):
        sheet.write_string(0, col, column.key)
        for row, entry in enumerate(column.entries, start=1):
            sheet.write_string(row, col, entry)
    sheet.hide()


def _data(
    workbook: Any,
    criteria: CriteriaSet,
    columns: list[TemplateColumn],
    lists: dict[str, str],
    lang: Lang,
) -> None:
    sheet = workbook.add_worksheet(sheet_name("data", lang))
    add = workbook.add_format
    key_format = add({"font_color": "#7F7F7F", "font_size": 8, "bg_color": "#F2F2F2", "bottom": 1})
    note = add({"italic": True, "font_color": "#7F7F7F"})
    bold = add({"bold": True})
    label_formats = [
        add({"bold": True, "text_wrap": True, "valign": "top", "bg_color": colour, "border": 1})
        for colour in _DIMENSION_COLOURS
    ]
    profile_label = add(
        {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#D9D9D9", "border": 1}
    )
    from smartvillage.render.xlsx_layout import print_setup, row_height

    date_format = add({"num_format": messages.text("template.xlsx.date_format", lang)})
    text_format = add({"num_format": "@"})
    sheet.write_string(0, 0, CRITERIA_KEY, bold)
    sheet.write_string(0, 1, criteria.ref, bold)
    sheet.write_string(
        0,
        2,
        messages.text("template.xlsx.row_note", lang, first=FIRST_DATA_ROW),
        note,
    )
    sheet.set_row(1, 75)
    last = 1_048_575
    first = FIRST_DATA_ROW - 1
    for col, column in enumerate(columns):
        colour = (
            profile_label
            if column.dimension is None
            else label_formats[column.dimension % len(label_formats)]
        )
        sheet.write_string(1, col, column.label, colour)
        sheet.write_string(2, col, column.key, key_format)
        cell_format = (
            date_format
            if column.kind == "date"
            else text_format
            if column.key in ("contact_phone",) or column.key.endswith(" evidence")
            else None
        )
        sheet.set_column(col, col, column.width, cell_format)
        options: dict[str, object] = {
            "input_title": column.hint_title,
            "input_message": column.hint,
        }
        if column.kind == "list":
            options.update(
                validate="list",
                source=lists[column.key],
                error_type="warning",
                error_title=column.hint_title,
                error_message=messages.text("template.xlsx.pick_from_list", lang),
            )
        elif column.kind in ("integer", "number"):
            kind = "integer" if column.integer else "decimal"
            low, high = column.minimum, column.maximum
            if column.integer:
                low = None if low is None else int(low)
                high = None if high is None else int(high)
            if low is not None and high is not None:
                options.update(validate=kind, criteria="between", minimum=low, maximum=high)
            elif low is not None:
                options.update(validate=kind, criteria=">=", value=low)
            elif high is not None:
                options.update(validate=kind, criteria="<=", value=high)
            else:
                options.update(validate=kind, criteria="between", minimum=-1e12, maximum=1e12)
            options.update(
                error_type="warning", error_title=column.hint_title, error_message=column.hint[:255]
            )
        elif column.kind == "date":
            import datetime as dt

            options.update(
                validate="date",
                criteria="between",
                minimum=dt.date(2000, 1, 1),
                maximum=dt.date(2100, 12, 31),
                error_type="warning",
                error_title=column.hint_title,
                error_message=column.hint[:255],
            )
        else:
            options.update(validate="any")
        sheet.data_validation(first, col, last, col, options)
    sheet.freeze_panes(FIRST_DATA_ROW - 1, 1)
    height = row_height((column.label, column.width) for column in columns)
    sheet.set_row(1, max(height or 0, 75))
    # landscape, the three header rows and the village name on every page; as wide as
    # the questions make it (one page wide would be unreadably small); no print area, so
    # that every village a LEADER group adds below prints too
    print_setup(
        sheet,
        landscape=True,
        repeat_rows=(0, FIRST_DATA_ROW - 2),
        repeat_columns=(0, 0),
        fit_width=False,
    )
    sheet.activate()


def _meta(workbook: Any, criteria: CriteriaSet, digest: str, lang: Lang) -> None:
    sheet = workbook.add_worksheet(META_SHEET)
    rows = [
        ("format", "smartvillage-village-table"),
        ("format_version", "1"),
        ("criteria", criteria.ref),
        ("criteria_id", criteria.id),
        ("criteria_version", criteria.version),
        ("criteria_digest", digest),
        ("tool", "smartvillage"),
        ("tool_version", __version__),
        ("lang", lang),
        ("data_sheet", sheet_name("data", lang)),
        ("lists_sheet", sheet_name("lists", lang)),
        ("instructions_sheet", sheet_name("instructions", lang)),
    ]
    for row, (key, value) in enumerate(rows):
        sheet.write_string(row, 0, key)
        sheet.write_string(row, 1, value)
    sheet.set_column(0, 1, 28)
    sheet.hide()
