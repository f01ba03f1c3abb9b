"""Recognise a survey platform's export and read it as village tables.

:func:`read_export` looks at a CSV file or a workbook that batch could not read as its own
template (or whose header carries a platform's columns) and, when it is an export of the
tool's XLSForm from ODK Central or KoboToolbox, or a Google Forms / Microsoft Forms
export of the questionnaire, returns its village table; otherwise None, and batch
reports the file as it always has.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartvillage import messages
from smartvillage.io.exports import forms, odk
from smartvillage.io.exports.fields import CRITERIA_FIELD
from smartvillage.io.spreadsheet import (
    CellProblem,
    ContainerError,
    Limits,
    Table,
    cell_text,
    check_zip,
    is_criteria_ref,
    sniff_container,
    text_value,
)
from smartvillage.models.common import Lang

Sheet = tuple[str | None, list[tuple[int, list[Any]]]]  # (sheet name, numbered rows)
CriteriaFor = Callable[[str], Any]  # ref -> CriteriaSet, or a message why it cannot be had


@dataclass
class ExportRead:
    """The village tables read from one export, and problems about the whole file."""

    tables: list[Table] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    platform: str = ""


def header_is_export(texts: list[str]) -> bool:
    """Whether a header row read by the template reader carries an export's marks."""
    return odk.looks_like_export(texts) or forms.looks_like_forms(texts)


def read_export(
    path: Path,
    limits: Limits,
    criteria_for: CriteriaFor,
    override: Any | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    candidates: Callable[[], list[str]] | None = None,
    lang: Lang = "en",
    mapping: Any = None,
) -> ExportRead | None:
    """The export at ``path`` as village tables, or None when it is no export we know.

    ``override`` is the criteria set given with ``--criteria`` (None: the set each export
    names, in its ``criteria`` field; for a Google or Microsoft Forms export, the set
    among ``candidates()`` whose questions the columns match best). Messages about the
    columns of a forms export are in ``lang``. With a ``mapping`` (``--mapping``) every
    table is read through it.
    """
    source = str(path)
    try:
        if not path.is_file():
            return None  # a pipe or a device was read once by the template reader
    except OSError:
        return None
    if mapping is None and path.suffix.lower() in (".csv", ".tsv", ".txt"):
        head = _csv_head(path, encoding, delimiter)
        if head is None or not (
            odk.looks_like_export(head) or forms.looks_like_forms(head) or odk.is_repeat_table(head)
        ):
            return None  # no export: never parse a large table twice
    sheets = read_sheets(path, limits, encoding, delimiter)
    if sheets is None:
        return None
    main = next(
        (s for s in sheets if s[1] and odk.looks_like_export(s[1][0][1])),
        None,
    )
    if mapping is not None:
        return _mapped(source, sheets, limits, criteria_for, override, candidates, lang, mapping)
    if main is None:
        for name, rows in sheets:
            if rows and forms.looks_like_forms(rows[0][1]):
                return _forms(source, name, rows, limits, criteria_for, override, candidates, lang)
        if (
            path.suffix.lower() in (".csv", ".tsv", ".txt")
            and sheets
            and sheets[0][1]
            and odk.is_repeat_table(sheets[0][1][0][1])
        ):
            return ExportRead(
                problems=[
                    CellProblem(
                        source,
                        messages.msg("forms.repeat_alone"),
                        severity="warning",
                    )
                ],
                platform="odk",
            )
        return None
    read = ExportRead(platform="odk")
    name, rows = main
    if _too_many_rows(read, source, name, rows, limits):
        return read
    criteria = override
    if criteria is None:
        ref = _declared(rows)
        if ref is None:
            read.problems.append(
                CellProblem(
                    source,
                    messages.msg("forms.export_no_criteria"),
                    name,
                )
            )
            return read
        criteria = criteria_for(ref)
        if isinstance(criteria, str):
            read.problems.append(
                CellProblem(
                    source, messages.msg("forms.criteria_unusable", ref=ref, why=criteria), name
                )
            )
            return read
    from smartvillage.io.exports.fields import form_fields

    fields = form_fields(criteria)
    repeats = []
    for other_name, other_rows in sheets:
        if other_rows is rows or not other_rows:
            continue
        where = f"{source} [{other_name}]" if other_name else source
        repeat = odk.read_repeat(where, [cells for _, cells in other_rows], fields)
        if repeat is not None:
            repeats.append(repeat)
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        repeats += _sibling_repeats(path, limits, encoding, delimiter, fields)
    read.tables.append(odk.export_table(source, name, rows, criteria, repeats))
    return read


def _too_many_rows(
    read: ExportRead,
    source: str,
    name: str | None,
    rows: list[tuple[int, list[Any]]],
    limits: Limits,
) -> bool:
    """Whether the export holds more rows than ``limits`` allow (then ``read`` says so)."""
    if len(rows) - 1 <= limits.max_rows:
        return False
    read.problems.append(
        CellProblem(
            source,
            messages.msg("forms.too_many_rows", n=len(rows) - 1, limit=limits.max_rows),
            name,
        )
    )
    return True


def _forms(
    source: str,
    name: str | None,
    rows: list[tuple[int, list[Any]]],
    limits: Limits,
    criteria_for: CriteriaFor,
    override: Any | None,
    candidates: Callable[[], list[str]] | None,
    lang: Lang,
    mapping: Any = None,
) -> ExportRead:
    """A Google Forms or Microsoft Forms export (or a table read through a mapping),
    scored against the set it matches."""
    read = ExportRead(platform="forms" if mapping is None else "mapping")
    if _too_many_rows(read, source, name, rows, limits):
        return read
    criteria = override
    if criteria is None and mapping is not None and mapping.criteria:
        criteria = criteria_for(mapping.criteria)
        if isinstance(criteria, str):
            read.problems.append(
                CellProblem(
                    source,
                    messages.msg("forms.criteria_unusable", ref=mapping.criteria, why=criteria),
                    name,
                )
            )
            return read
    if criteria is None:
        scored = []
        for ref in candidates() if candidates else []:
            found = criteria_for(ref)
            if not isinstance(found, str):
                scored.append((forms.match_count(rows[0][1], found), ref, found))
        best = max((count for count, _, _ in scored), default=0)
        if best == 0:
            read.problems.append(CellProblem(source, messages.msg("forms.no_criteria_match"), name))
            return read
        top = [(ref, found) for count, ref, found in scored if count == best]
        if len(top) > 1:
            refs = [ref for ref, _ in top]
            read.problems.append(
                CellProblem(source, messages.msg("forms.criteria_tie", refs=refs), name)
            )
            return read
        criteria = top[0][1]
    if mapping is not None:
        from smartvillage.io.exports.mapping import check_mapping

        wrong = check_mapping(mapping, criteria)
        if wrong:
            read.problems += [
                CellProblem(p.file, p.message, header=p.field, line=p.line) for p in wrong
            ]
            return read
    table = forms.forms_table(source, name, rows, criteria, lang, mapping)
    table.declared = criteria.ref
    table.declared_at = name or source
    read.tables.append(table)
    return read


def _mapped(
    source: str,
    sheets: list[Sheet],
    limits: Limits,
    criteria_for: CriteriaFor,
    override: Any | None,
    candidates: Callable[[], list[str]] | None,
    lang: Lang,
    mapping: Any,
) -> ExportRead:
    """A table read through ``--mapping``: its sheet, from its header row on."""
    if mapping.sheet is not None:
        chosen = next((s for s in sheets if s[0] == mapping.sheet), None)
        if chosen is None:
            names = [str(n) for n, _ in sheets]
            return ExportRead(
                problems=[
                    CellProblem(
                        source,
                        messages.msg(
                            "forms.mapping_no_sheet",
                            sheet=mapping.sheet,
                            mapping=mapping.source,
                            sheets=names,
                        ),
                    )
                ],
                platform="mapping",
            )
    else:
        chosen = next((s for s in sheets if s[1]), (sheets[0][0] if sheets else None, []))
    name, rows = chosen
    rows = [(n, cells) for n, cells in rows if n >= mapping.header_row]
    if not rows:
        return ExportRead(
            problems=[
                CellProblem(
                    source, messages.msg("forms.mapping_no_row", row=mapping.header_row), name
                )
            ],
            platform="mapping",
        )
    return _forms(source, name, rows, limits, criteria_for, override, candidates, lang, mapping)


def _declared(rows: list[tuple[int, list[Any]]]) -> str | None:
    """The criteria ref in the first filled cell of the export's ``criteria`` column."""
    header = [cell_text(value) for value in rows[0][1]]
    at = next(
        (
            i
            for i, text in enumerate(header)
            if text == CRITERIA_FIELD or text.endswith(("/" + CRITERIA_FIELD, "-" + CRITERIA_FIELD))
        ),
        None,
    )
    if at is None:
        return None
    for _, cells in rows[1:]:
        value = text_value(cells[at]) if at < len(cells) else None
        if value and is_criteria_ref(value):
            return value
    return None


def read_sheets(
    path: Path, limits: Limits, encoding: str | None, delimiter: str | None
) -> list[Sheet] | None:
    """Every sheet of a workbook, or the one table of a CSV file, as numbered rows;
    None when the file cannot be read (the template reader has said why)."""
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        rows = _csv_rows(path, limits, encoding, delimiter)
        return None if rows is None else [(None, rows)]
    return _workbook_rows(path, limits)


def _csv_head(path: Path, encoding: str | None, delimiter: str | None) -> list[str] | None:
    """The first record of a CSV file, read from its first 64 KiB; None when unreadable."""
    import csv
    import io

    from smartvillage.io.csv_reader import decode_csv

    try:
        with path.open("rb") as handle:
            raw = handle.read(1 << 16)
    except OSError:
        return None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raw = raw[: len(raw) - len(raw) % 2]  # whole UTF-16 code units
    elif (end := raw.rfind(b"\n")) > 0:
        raw = raw[: end + 1]  # no UTF-8 character cut in two
    try:
        text, _ = decode_csv(raw, str(path), encoding)
    except ValueError:
        return None
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    chosen = delimiter or max((",", ";", "\t"), key=first.count)
    try:
        return next(csv.reader(io.StringIO(text, newline=""), delimiter=chosen), None)
    except csv.Error:
        return None


def _csv_rows(
    path: Path, limits: Limits, encoding: str | None, delimiter: str | None
) -> list[tuple[int, list[Any]]] | None:
    import csv
    import io

    from smartvillage.errors import InputError
    from smartvillage.io.csv_reader import decode_csv
    from smartvillage.io.documents import read_bytes

    try:
        raw = read_bytes(path, str(path), limits.max_file_bytes, "--max-file-size")
        text, _ = decode_csv(raw, str(path), encoding)
    except (InputError, ValueError, OSError):
        return None
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    chosen = delimiter or max((",", ";", "\t"), key=first.count)
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, len(text) + 1))
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=chosen)
        return [(number, fields) for number, fields in enumerate(reader, start=1)]
    except csv.Error:
        return None
    finally:
        csv.field_size_limit(previous)


def _workbook_rows(path: Path, limits: Limits) -> list[Sheet] | None:
    try:
        if not path.is_file() or path.stat().st_size > limits.max_file_bytes:
            return None
        with path.open("rb") as handle:
            head = handle.read(8)
        sniff_container(path, head)
        scan = check_zip(path, limits)
        if "xl/workbook.xml" not in scan.names:
            return None
        if any(rows > limits.max_rows + 50 for rows in scan.rows_per_part.values()):
            return None
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_path(str(path))
        sheets: list[Sheet] = []
        for name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(name)
            if sheet.start is None:
                sheets.append((name, []))
                continue
            pad = [""] * sheet.start[1]  # calamine starts at the first used column
            rows = enumerate(sheet.iter_rows(), start=1)
            sheets.append((name, [(n, pad + list(cells)) for n, cells in rows]))
        return sheets
    except (ContainerError, OSError):
        return None
    except Exception:  # a broken file: the template reader says what is wrong
        return None


def _sibling_repeats(
    path: Path,
    limits: Limits,
    encoding: str | None,
    delimiter: str | None,
    fields: dict[str, Any],
) -> list[odk.Repeat]:
    """The repeat tables ODK Central writes beside its main CSV: ``<form>-<repeat>.csv``."""
    found = []
    for sibling in sorted(path.parent.glob(f"{path.stem}-*{path.suffix}")):
        if sibling == path or not sibling.is_file():
            continue
        rows = _csv_rows(sibling, limits, encoding, delimiter)
        if not rows:
            continue
        repeat = odk.read_repeat(str(sibling), [cells for _, cells in rows], fields)
        if repeat is not None:
            found.append(repeat)
    return found
