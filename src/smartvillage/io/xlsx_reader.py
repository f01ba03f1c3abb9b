"""Read village tables from XLSX (and ODS) workbooks, refusing hostile files calmly.

Before any parser opens the file it is checked as a container
(:func:`smartvillage.io.spreadsheet.check_zip`): a legacy ``.xls``, an encrypted
workbook and a corrupt file are told apart; too many parts, a zip bomb (by the
declared sizes and ratio, and by the real sizes, which the CRC check pins to the
declared ones) and a sheet with more rows than ``--max-rows`` are refused before a
single cell is loaded.

Cells are read with python-calamine (Rust: fast, and its XML reader expands no
entities). The declared sheet dimension is not used: calamine builds the range from
the cells present, so a too-small or a 1,048,576-row ``<dimension>`` changes
nothing. Formulas are read as their saved values; a formula with no saved value and
an error value (``#DIV/0!``), which calamine reads as an empty cell, are found by a
second, defused XML pass over just those sheets and reported by cell. Merged cells
in the data area are reported; a value merged down a column is used for each row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartvillage.io.spreadsheet import (
    HEADER_WINDOW,
    CellProblem,
    ContainerError,
    KeyIndex,
    Limits,
    Table,
    cell_name,
    check_zip,
    read_table,
    sniff_container,
    text_value,
)

XLSX_SUFFIXES = (".xlsx", ".xlsm", ".ods")
META_SHEET = "_meta"
_CELL_REF = re.compile(r"^([A-Z]{1,3})(\d{1,7})$")


@dataclass
class WorkbookRead:
    """The tables found in one workbook and the problems that concern the whole file."""

    tables: list[Table] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


def read_workbook(
    path: Path, limits: Limits, index_for: Callable[[str | None], KeyIndex]
) -> WorkbookRead:
    """Every village table in the workbook at ``path``; problems instead of exceptions.

    ``index_for(ref)`` gives the header keys for a criteria ref (None: unknown set).
    """
    source = str(path)
    result = WorkbookRead()

    def refuse(message: str) -> WorkbookRead:
        result.problems.append(CellProblem(source, message))
        return result

    try:
        if not path.is_file():
            # a workbook is read by seeking in it: a pipe or a device cannot be one
            return refuse(
                "is not a regular file (a pipe or a device); save the workbook to a file first"
            )
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            return refuse(
                f"file is {size:,} bytes; the limit is {limits.max_file_bytes:,} (--max-file-size)"
            )
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        return refuse(f"cannot be read: {exc.strerror or exc}")
    if not head:
        return refuse("is empty (0 bytes)")
    try:
        sniff_container(path, head)
        scan = check_zip(path, limits)
    except ContainerError as exc:
        return refuse(exc.args[0])
    if path.suffix.lower() == ".ods" or (
        "mimetype" in scan.names and "xl/workbook.xml" not in scan.names
    ):
        if "content.xml" not in scan.names:
            return refuse("is a zip file but not a workbook (no xl/workbook.xml)")
    elif "xl/workbook.xml" not in scan.names:
        return refuse("is a zip file but not an XLSX workbook (no xl/workbook.xml)")
    parts = _sheet_parts(path) if "xl/workbook.xml" in scan.names else {}

    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except PasswordError:
        return refuse("is password-protected; remove the password and save again")
    except CalamineError as exc:
        return refuse(f"is corrupt or not a workbook: {_short(exc)}")
    except Exception as exc:  # calamine raises plain errors for some broken files
        return refuse(f"is corrupt or not a workbook: {_short(exc)}")
    try:
        names = list(workbook.sheet_names)
        if META_SHEET in names:
            result.meta = _read_meta(workbook)
        skip = {META_SHEET, result.meta.get("lists_sheet"), result.meta.get("instructions_sheet")}
        declared = None
        if result.meta.get("criteria"):
            declared = (result.meta["criteria"], f"sheet {META_SHEET}")
        sheets = [
            m
            for m in workbook.sheets_metadata
            if m.name not in skip and str(m.typ).endswith("WorkSheet")
        ]
        skipped: list[str] = []
        for meta in sheets:
            part = parts.get(meta.name)
            rows = scan.rows_per_part.get(part, 0) if part else 0
            if rows > limits.max_rows + 50:
                result.problems.append(
                    CellProblem(
                        source,
                        f"has {rows:,} rows; the limit is {limits.max_rows:,} (--max-rows); "
                        "nothing on this sheet was read",
                        meta.name,
                    )
                )
                continue
            table = _read_sheet(workbook, meta.name, source, index_for, declared, limits)
            if isinstance(table, list):
                if table and "is empty" in table[0].message:
                    continue
                if meta.name == result.meta.get("data_sheet"):
                    result.problems += table
                else:
                    skipped.append(meta.name)
                continue
            table.expected_rows = max(rows - table.header.row, 0) if rows else None
            if part in scan.formula_parts:
                _mark_formula_cells(path, part, table)
            result.tables.append(table)
        if not result.tables and not result.problems:
            where = ", ".join(skipped) or "any sheet"
            result.problems.append(
                CellProblem(
                    source,
                    f"no village table in {where}: expected a header row of column keys "
                    "such as village, assessor, date and question ids (as written by "
                    "'smartvillage template --format xlsx')",
                )
            )
        elif skipped:
            for name in skipped:
                result.problems.append(
                    CellProblem(
                        source,
                        "has no header row of column keys; sheet skipped",
                        name,
                        severity="warning",
                    )
                )
    except CalamineError as exc:
        result.problems.append(CellProblem(source, f"is corrupt: {_short(exc)}"))
    except Exception as exc:  # a broken sheet: say so, never a traceback
        result.problems.append(CellProblem(source, f"cannot be read: {_short(exc)}"))
    return result


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def _read_meta(workbook: Any) -> dict[str, str]:
    meta: dict[str, str] = {}
    try:
        rows = workbook.get_sheet_by_name(META_SHEET).to_python(skip_empty_area=False, nrows=200)
    except Exception:
        return meta
    for row in rows:
        if len(row) >= 2:
            key, value = text_value(row[0]), text_value(row[1])
            if key and value:
                meta[key] = value
    return meta


def _read_sheet(
    workbook: Any,
    name: str,
    source: str,
    index_for: Callable[[str | None], KeyIndex],
    declared: tuple[str, str] | None,
    limits: Limits,
) -> Table | list[CellProblem]:
    sheet = workbook.get_sheet_by_name(name)
    start = sheet.start
    if start is None:
        return [CellProblem(source, "is empty", name)]
    col_offset = start[1]
    # calamine's iter_rows yields rows from A1's row (row 1) and columns from the first
    # used column; tests pin this down.
    merged = list(sheet.merged_cell_ranges or [])
    rows: Iterator[tuple[int, list[Any]]] = enumerate(sheet.iter_rows(), start=1)
    if merged:
        rows = _merged_header(rows, merged, col_offset)
    table = read_table(source, name, rows, index_for, col_offset, declared)
    if isinstance(table, list):
        return table
    if merged:
        table.rows = _merged_rows(table, table.rows, merged)
    return table


def _merged_header(
    rows: Iterator[tuple[int, list[Any]]], merged: list[Any], offset: int
) -> Iterator[tuple[int, list[Any]]]:
    """In the header block, a header merged down several rows is read in each of them
    (a key written once over a two-row header still names its column)."""
    down: dict[int, list[tuple[int, int]]] = {}  # row -> [(index, source row)]
    for (r0, c0), (r1, c1) in merged:
        if c0 == c1 and r1 > r0 and r0 < HEADER_WINDOW:
            for row in range(r0 + 2, min(r1, HEADER_WINDOW) + 2):
                down.setdefault(row, []).append((c0 - offset, r0 + 1))
    if not down:
        yield from rows
        return
    seen: dict[tuple[int, int], Any] = {}
    for number, cells in rows:
        if number > HEADER_WINDOW:
            yield number, cells
            yield from rows
            return
        for index, source in down.get(number, ()):
            if 0 <= index < len(cells) and cells[index] == "":
                cells[index] = seen.get((source, index), "")
        for index, value in enumerate(cells):
            if value != "":
                seen[(number, index)] = value
        yield number, cells


def _merged_rows(
    table: Table, rows: Iterator[tuple[int, list[Any]]], merged: list[Any]
) -> Iterator[tuple[int, list[Any]]]:
    """Report merged ranges in the data area; a value merged down a column fills each row."""
    offset = table.header.col_offset
    fills: dict[int, list[tuple[int, int]]] = {}  # row -> [(index, source row)]
    for (r0, c0), (r1, c1) in merged:
        top, bottom = r0 + 1, r1 + 1
        if bottom <= table.header.row:
            continue
        first = cell_name(top, c0)
        last = cell_name(bottom, c1)
        if c1 > c0:
            message = f"cells {first}:{last} are merged across columns; only {first} is read"
        else:
            message = (
                f"cells {first}:{last} are merged; the value of {first} is used for "
                f"rows {top}–{bottom}"
            )
            for row in range(max(top + 1, table.header.row + 1), bottom + 1):
                fills.setdefault(row, []).append((c0 - offset, top))
        table.problems.append(
            CellProblem(
                table.file, message, table.sheet, severity="warning", rows=f"{first}:{last}"
            )
        )
    if not fills:
        yield from rows
        return
    remembered: dict[tuple[int, int], Any] = {}
    wanted = {(source, index) for items in fills.values() for index, source in items}
    for number, cells in rows:
        for index, source in fills.get(number, ()):
            value = remembered.get((source, index), "")
            if index >= len(cells):
                cells = cells + [""] * (index + 1 - len(cells))
            if cells[index] == "":
                cells[index] = value
        for source, index in wanted:
            if source == number and index < len(cells):
                remembered[(source, index)] = cells[index]
        yield number, cells


def _sheet_parts(path: Path) -> dict[str, str]:
    """Sheet name -> its zip part (``xl/worksheets/sheet1.xml``), from workbook.xml."""
    import zipfile

    from defusedxml.ElementTree import fromstring

    try:
        with zipfile.ZipFile(path) as archive:
            book = fromstring(archive.read("xl/workbook.xml"))
            rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except Exception:
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target") or ""
        target = target.lstrip("/")
        if not target.startswith("xl/"):
            target = "xl/" + target
        targets[rel.get("Id")] = target
    parts = {}
    for element in book.iter():
        if element.tag.rsplit("}", 1)[-1] == "sheet":
            rid = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
            if rid in targets and element.get("name"):
                parts[element.get("name")] = targets[rid]
    return parts


def _mark_formula_cells(path: Path, part: str, table: Table) -> None:
    """Note, by cell, formulas with no saved value and error values (``#N/A``...)."""
    import zipfile

    from defusedxml.ElementTree import iterparse

    offset = table.header.col_offset
    try:
        with zipfile.ZipFile(path) as archive, archive.open(part) as handle:
            for _, element in iterparse(handle, events=("end",)):
                tag = element.tag.rsplit("}", 1)[-1]
                if tag == "row":
                    element.clear()
                    continue
                if tag != "c":
                    continue
                ref = _CELL_REF.match(element.get("r") or "")
                if ref is None:
                    continue
                formula = value = None
                for child in element:
                    child_tag = child.tag.rsplit("}", 1)[-1]
                    if child_tag == "f":
                        formula = child
                    elif child_tag == "v":
                        value = child
                kind = element.get("t")
                message = None
                if kind == "e":
                    shown = value.text if value is not None and value.text else "an error"
                    message = f"the cell holds the error value {shown}"
                    if formula is not None and formula.text:
                        message += f" (from the formula ={formula.text[:60]})"
                elif formula is not None and (
                    value is None or (not value.text and kind not in ("str", "inlineStr"))
                ):
                    message = (
                        "a formula with no saved value"
                        + (f" (={formula.text[:60]})" if formula.text else "")
                        + "; open the file in a spreadsheet program and save it, or type "
                        "the value"
                    )
                if message:
                    row = int(ref.group(2))
                    column = _column_index(ref.group(1)) - offset
                    table.bad_cells.setdefault(row, []).append((column, message))
    except Exception as exc:
        table.problems.append(
            CellProblem(
                table.file,
                f"formulas could not be checked: {_short(exc)}",
                table.sheet,
                severity="warning",
            )
        )


def _column_index(letters: str) -> int:
    index = 0
    for char in letters:
        index = index * 26 + (ord(char) - 64)
    return index - 1
