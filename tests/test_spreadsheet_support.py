"""Helpers that build village tables (XLSX and CSV) for the batch tests, and their tests.

Every test writes its own files: no binary fixture is checked in.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

KEYS = [
    "village",
    "parish",
    "municipality",
    "region",
    "population",
    "assessor",
    "date",
    "q_yes",
    "q_yes evidence",
    "q_rubric",
    "q_num",
    "q_choice",
    "q_choice evidence",
    "q_multi",
    "q_init",
    "q_na",
    "notes",
]

FULL_ROW: dict[str, Any] = {
    "village": "Ābeļciems",
    "parish": "Ābeļu pagasts",
    "municipality": "Tukuma novads",
    "region": "Kurzeme",
    "population": 420,
    "assessor": "mentor — mentors",
    "date": dt.date(2024, 5, 14),
    "q_yes": "jā",
    "q_yes evidence": "https://example.org/plan",
    "q_rubric": "3 — Visi",
    "q_num": 120,
    "q_choice": "monthly — Katru mēnesi",
    "q_choice evidence": "protokols.pdf",
    "q_multi": "web; app",
    "q_init": "Ciema čats [digital, lasting]; Talka [lasting]",
    "q_na": "nav attiecināms",
}


def village(name: str, **cells: Any) -> dict[str, Any]:
    """A full row for the mini criteria set, with ``cells`` changed."""
    return {**FULL_ROW, "village": name, **cells}


def write_xlsx(
    path: Path,
    rows: list[dict[str, Any]],
    *,
    ref: str | None = "mini@1",
    keys: list[str] | None = None,
    sheet: str = "Ciemi",
    labels: bool = True,
    start_row: int = 0,
    start_col: int = 0,
) -> Path:
    """A template-layout workbook: criteria row, labels row, key row, then ``rows``."""
    import xlsxwriter

    keys = keys or KEYS
    workbook = xlsxwriter.Workbook(str(path))
    ws = workbook.add_worksheet(sheet)
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    row = start_row
    if ref is not None:
        ws.write_string(row, start_col, "criteria")
        ws.write_string(row, start_col + 1, ref)
        row += 1
    if labels:
        for col, key in enumerate(keys):
            ws.write_string(row, start_col + col, f"Label of {key}")
        row += 1
    for col, key in enumerate(keys):
        ws.write_string(row, start_col + col, key)
    row += 1
    for values in rows:
        for col, key in enumerate(keys):
            value = values.get(key)
            if value is None:
                continue
            if isinstance(value, dt.date):
                ws.write_datetime(
                    row,
                    start_col + col,
                    dt.datetime(value.year, value.month, value.day),
                    date_format,
                )
            elif isinstance(value, bool):
                ws.write_boolean(row, start_col + col, value)
            elif isinstance(value, int | float):
                ws.write_number(row, start_col + col, value)
            else:
                ws.write_string(row, start_col + col, str(value))
        row += 1
    workbook.close()
    return path


def csv_text(
    rows: list[dict[str, Any]],
    *,
    ref: str | None = "mini@1",
    delimiter: str = ";",
    keys: list[str] | None = None,
    decimal_comma: bool = False,
) -> str:
    """The CSV text of a village table (criteria row, key row, rows)."""
    keys = keys or KEYS
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    if ref is not None:
        writer.writerow(["criteria", ref])
    writer.writerow(keys)
    for values in rows:
        cells = []
        for key in keys:
            value = values.get(key)
            if value is None:
                cells.append("")
            elif isinstance(value, dt.date):
                cells.append(value.strftime("%d.%m.%Y"))
            elif isinstance(value, float) and decimal_comma:
                cells.append(str(value).replace(".", ","))
            else:
                cells.append(str(value))
        writer.writerow(cells)
    return out.getvalue()


def sheet_rows(path: Path, name: str) -> list[list[Any]]:
    """Every row of a sheet of a workbook (read with calamine)."""
    from python_calamine import CalamineWorkbook

    return (
        CalamineWorkbook.from_path(str(path))
        .get_sheet_by_name(name)
        .to_python(skip_empty_area=False)
    )


def sheet_xml(path: Path, name: str) -> str:
    """The XML of a sheet (by name) and the shared strings, as text."""
    import re

    with zipfile.ZipFile(path) as archive:
        book = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
        rid = re.search(
            rf'<sheet name="{re.escape(name)}" sheetId="\d+" r:id="(rId\d+)"', book
        ).group(1)
        target = re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"', rels).group(1)
        return archive.read("xl/" + target).decode()


def test_write_xlsx_round_trips_through_calamine(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", [village("Ķirši")])
    rows = sheet_rows(path, "Ciemi")
    assert rows[0][:2] == ["criteria", "mini@1"]
    assert rows[2] == KEYS
    assert rows[3][0] == "Ķirši"
    assert rows[3][KEYS.index("date")] == dt.date(2024, 5, 14)


def test_csv_text_has_the_key_row():
    text = csv_text([village("Ķirši")])
    assert text.splitlines()[1] == ";".join(KEYS)
    assert "14.05.2024" in text
