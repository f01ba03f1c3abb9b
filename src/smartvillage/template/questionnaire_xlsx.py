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

DATA_SHEET = {"lv": "Ciemi", "en": "Villages"}
INSTRUCTIONS_SHEET = {"lv": "Norādījumi", "en": "Instructions"}
LISTS_SHEET = "Saraksti"
META_SHEET = "_meta"
FIRST_DATA_ROW = 4  # 1-based: criteria row, labels, keys, then villages
_DIMENSION_COLOURS = ("#DDEBF7", "#E2EFDA", "#FFF2CC", "#FCE4D6", "#EDE7F6", "#E0F2F1")

INSTRUCTIONS = {
    "lv": [
        "Kā aizpildīt",
        "1. Lapā 'Ciemi' katram ciemam aizpildiet vienu rindu, sākot ar 4. rindu.",
        "2. Obligāti: ciema nosaukums, kas vērtēja (self / mentor / jury) un datums.",
        "3. Slēgtajiem jautājumiem izvēlieties atbildi no saraksta (šūnā parādās bultiņa).",
        "4. Vairākas izvēles atdaliet ar semikolu: public_meetings; surveys",
        "5. Iniciatīvas: nosaukums [īpašība, īpašība]; nākamā iniciatīva [īpašība]",
        "6. Pierādījumi: saite vai dokumenta nosaukums; vairākus atdaliet ar semikolu.",
        "7. Ja atbildi nezināt, atstājiet šūnu tukšu (tā skaitās 0 punktu). "
        "'n/a' = nav attiecināms, tikai kur sarakstā tas ir.",
        "8. Nemainiet 1. un 3. rindu (kritēriju kopa un kolonnu atslēgas): pēc tām "
        "programma atpazīst kolonnas.",
        "9. Novērtēt: smartvillage batch šis-fails.xlsx --output rezultati.xlsx",
    ],
    "en": [
        "How to fill it in",
        "1. On the sheet 'Ciemi' (Villages) fill in one row per village, from row 4 on.",
        "2. Required: the village name, who assessed it (self / mentor / jury) and the date.",
        "3. For closed questions pick the answer from the drop-down list (the cell shows an "
        "arrow).",
        "4. Separate several choices with a semicolon: public_meetings; surveys",
        "5. Initiatives: name [property, property]; next initiative [property]",
        "6. Evidence: a link or a document name; separate several with a semicolon.",
        "7. Leave a cell empty if you do not know the answer (it counts as 0 points). "
        "'n/a' = not applicable, only where the list offers it.",
        "8. Do not change rows 1 and 3 (the criteria set and the column keys): the program "
        "finds the columns by them.",
        "9. To score: smartvillage batch this-file.xlsx --output results.xlsx",
    ],
}


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
    _data(workbook, criteria, columns, _list_ranges(columns), lang)
    _lists(workbook, columns)
    _meta(workbook, criteria, digest, lang)
    workbook.close()
    return buffer.getvalue()


def _instructions(workbook: Any, criteria: CriteriaSet, lang: Lang) -> None:
    from smartvillage.render.safe import plain
    from smartvillage.scoring.answers import describe_allowed

    sheet = workbook.add_worksheet(INSTRUCTIONS_SHEET[lang])
    title = workbook.add_format({"bold": True, "font_size": 14})
    bold = workbook.add_format({"bold": True})
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    head = workbook.add_format(
        {"bold": True, "bg_color": "#D9D9D9", "text_wrap": True, "valign": "top", "border": 1}
    )
    sheet.set_column(0, 0, 26)
    sheet.set_column(1, 1, 22)
    sheet.set_column(2, 3, 50)
    sheet.set_column(4, 4, 30)
    sheet.set_column(5, 5, 60)
    sheet.set_column(6, 6, 14)
    sheet.write_string(
        0, 0, plain(f"{criteria.title.get('lv')} / {criteria.title.get('en')}"), title
    )
    sheet.write_string(1, 0, f"{criteria.ref} ({criteria.status})")
    if criteria.disclaimer:
        sheet.write_string(2, 0, plain(criteria.disclaimer.get(lang)))
    row = 4
    for language in ("lv", "en"):
        for position, line in enumerate(INSTRUCTIONS[language]):
            sheet.write_string(row, 0, line, bold if position == 0 else None)
            row += 1
        row += 1
    labels = [
        "Jautājums / Question",
        "Kritērijs / Criterion",
        "Latviski",
        "English",
        "Atbildes / Allowed answers",
        "Līmeņi un izvēles / Levels and options",
        "Pierādījumi / Evidence",
    ]
    for col, label in enumerate(labels):
        sheet.write_string(row, col, label, head)
    sheet.freeze_panes(row + 1, 0)
    row += 1
    for criterion in criteria.criteria:
        for question in criterion.questions:
            allowed = describe_allowed(question, lang) + (
                " | " + messages.text("template.na", lang) if question.allow_na else ""
            )
            detail = ""
            if question.type == "rubric":
                detail = "\n".join(
                    f"{lv.value} = {plain(lv.label.get(lang))}: {plain(lv.description.get(lang))}"
                    for lv in question.levels
                )
            elif question.type in ("choice", "multi_choice"):
                detail = "\n".join(
                    f"{o.value} = {plain(o.label.get(lang))}" for o in question.options
                )
            elif question.type == "initiatives":
                detail = "\n".join(
                    f"{p.id} = {plain(p.label.get(lang))}" for p in question.properties
                )
            values = [
                question.id,
                f"{criterion.id}: {plain(criterion.title.get(lang))}",
                plain(question.text.get("lv")),
                plain(question.text.get("en")),
                allowed,
                detail,
                question.evidence,
            ]
            for col, value in enumerate(values):
                sheet.write_string(row, col, value, wrap)
            row += 1


def _list_ranges(columns: list[TemplateColumn]) -> dict[str, str]:
    """Where each drop-down list lives on the lists sheet: key -> range formula."""
    ranges: dict[str, str] = {}
    for col, column in enumerate(c for c in columns if c.kind == "list"):
        letter = column_letter(col)
        ranges[column.key] = f"='{LISTS_SHEET}'!${letter}$2:${letter}${len(column.entries) + 1}"
    return ranges


def _lists(workbook: Any, columns: list[TemplateColumn]) -> None:
    """Write every drop-down list on the hidden lists sheet, one column each."""
    sheet = workbook.add_worksheet(LISTS_SHEET)
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
    sheet = workbook.add_worksheet(DATA_SHEET[lang])
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
    date_format = add({"num_format": "yyyy-mm-dd"})
    text_format = add({"num_format": "@"})
    sheet.write_string(0, 0, CRITERIA_KEY, bold)
    sheet.write_string(0, 1, criteria.ref, bold)
    sheet.write_string(
        0,
        2,
        "← nemainiet / do not change; "
        "1 rinda = 1 ciems / 1 row = 1 village (no 4. rindas / from row 4)",
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
                error_message=_error_message(lang),
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
    sheet.activate()


def _error_message(lang: Lang) -> str:
    if lang == "lv":
        return "Izvēlieties vērtību no saraksta (vai ierakstiet tās numuru / vērtību)."
    return "Pick a value from the list (or type its number / value)."


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
        ("data_sheet", DATA_SHEET[lang]),
        ("lists_sheet", LISTS_SHEET),
        ("instructions_sheet", INSTRUCTIONS_SHEET[lang]),
    ]
    for row, (key, value) in enumerate(rows):
        sheet.write_string(row, 0, key)
        sheet.write_string(row, 1, value)
    sheet.set_column(0, 1, 28)
    sheet.hide()
