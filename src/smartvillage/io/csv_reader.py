"""Read a village table from CSV, as scripts write it and as Excel writes it in Latvia.

Encodings: UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's "Unicode
text"), and Windows-1257. Without ``--encoding`` the bytes are tried as strict
UTF-8 first; only if that fails are they read as Windows-1257, and only if every
non-ASCII letter that gives is a Latvian letter or common punctuation, so detection
never produces garbled letters: otherwise the file is refused with a message asking
for ``--encoding``.

Separators: ``;`` (Excel with a Latvian locale, which writes decimal commas),
``,`` or tab, chosen by which one yields the header row (or ``--delimiter``).

Rows are numbered as a spreadsheet shows them (one per record, a quoted line break
stays inside its record). A field longer than ``--max-text`` rejects its row and no
other: the csv module's own field limit is lifted while reading, so one huge field
can never shift the rest of the file.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartvillage.errors import InputError
from smartvillage.io.documents import read_bytes
from smartvillage.io.spreadsheet import (
    HEADER_WINDOW,
    CellProblem,
    KeyIndex,
    Limits,
    Table,
    find_criteria_declaration,
    find_header,
    read_table,
)

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
DELIMITERS = (";", ",", "\t")
# What Windows-1257 may decode to in Latvian text: Latvian letters and punctuation.
_LATVIAN = set("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ")
_PUNCTUATION = set("„“”‘’«»–—…€§°±×·\u00a0©®™¢£¥¦¨¬¯´µ¶¸¹²³¼½¾")


@dataclass
class CsvRead:
    """The table read from one CSV file (or None), and problems about the whole file."""

    table: Table | None = None
    problems: list[CellProblem] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None


def decode_csv(raw: bytes, source: str, encoding: str | None = None) -> tuple[str, str]:
    """The text of a CSV file and the encoding used; raise ValueError saying what failed."""
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise ValueError(f"unknown encoding '{encoding}' (try utf-8 or cp1257)") from None
        if codec == "utf-8" and raw.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"
        try:
            return raw.decode(codec), codec
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            raise ValueError(
                f"not valid {encoding} text: byte {raw[exc.start]:#04x} at offset "
                f"{exc.start} (line {line})"
            ) from None
    if raw.startswith(codecs.BOM_UTF8):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise ValueError(
                f"starts with a UTF-8 mark but is not UTF-8 (offset {exc.start + 3})"
            ) from None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ValueError(
                f"starts with a UTF-16 mark but is not UTF-16 (offset {exc.start})"
            ) from None
    if b"\x00" in raw[:4096]:  # UTF-16 without a byte-order mark?
        sample = raw[:4096]
        for codec, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
            if zeros.count(0) > len(zeros) * 0.3:
                try:
                    return raw.decode(codec), codec
                except UnicodeDecodeError:
                    break
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = raw.decode("cp1257")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        odd = sorted(
            {c for c in text if ord(c) > 127 and c not in _LATVIAN and c not in _PUNCTUATION}
        )
        if not odd:
            return text, "cp1257"
    line = raw.count(b"\n", 0, first_bad) + 1
    raise ValueError(
        f"is neither UTF-8 (byte {raw[first_bad]:#04x} at offset {first_bad}, "
        f"line {line}) nor Latvian Windows-1257 text; save it as UTF-8, or give "
        "its encoding with --encoding"
    )


def _records(
    text: str, delimiter: str, limits: Limits, bad: dict[int, list[tuple[int | None, str]]]
) -> Iterator[tuple[int, list[Any]]]:
    """(row number, fields) per record; an unreadable or over-long record is marked bad."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    with _field_limit(len(text) + 1):
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                number += 1
                bad.setdefault(number, []).append((None, f"not valid CSV: {exc}"))
                yield number, []
                continue
            number += 1
            if fields and max(map(len, fields)) > limits.max_text:
                for index, value in enumerate(fields):
                    if len(value) > limits.max_text:
                        bad.setdefault(number, []).append(
                            (
                                index,
                                f"text is {len(value):,} characters long; the limit is "
                                f"{limits.max_text:,} (--max-text)",
                            )
                        )
                        fields[index] = ""
            yield number, fields


@contextlib.contextmanager
def _field_limit(size: int) -> Iterator[None]:
    """Lift the csv module's field limit to ``size`` (our own --max-text check applies)."""
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, size))
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def read_csv(
    path: Path,
    limits: Limits,
    index_for: Callable[[str | None], KeyIndex],
    encoding: str | None = None,
    delimiter: str | None = None,
) -> CsvRead:
    """The village table in the CSV file at ``path``; problems instead of exceptions."""
    source = str(path)
    result = CsvRead()
    try:
        raw = read_bytes(path, source, limits.max_file_bytes, "--max-file-size")
    except InputError as exc:
        result.problems += [CellProblem(source, p.message) for p in exc.problems]
        return result
    if not raw.strip():
        result.problems.append(CellProblem(source, "is empty"))
        return result
    try:
        text, result.encoding = decode_csv(raw, source, encoding)
    except ValueError as exc:
        result.problems.append(CellProblem(source, str(exc)))
        return result
    del raw
    chosen = delimiter or _choose_delimiter(text, index_for)
    result.delimiter = chosen
    bad: dict[int, list[tuple[int | None, str]]] = {}
    rows = _records(text, chosen, limits, bad)
    table = read_table(source, None, rows, index_for)
    if isinstance(table, list):
        result.problems += table
        return result
    table.bad_cells = bad
    table.rows = _guard_limit(table, table.rows, limits)
    table.expected_rows = max(text.count("\n") - table.header.row, 1)
    result.table = table
    return result


def _guard_limit(
    table: Table, rows: Iterator[tuple[int, list[Any]]], limits: Limits
) -> Iterator[tuple[int, list[Any]]]:
    """Stop at ``max_rows`` data rows; the rows after it are counted and reported."""
    for seen, (number, cells) in enumerate(rows, start=1):
        if seen > limits.max_rows:
            rest = 1 + sum(1 for _ in rows)
            table.stats["over_limit"] = rest
            table.problems.append(
                CellProblem(
                    table.file,
                    f"{rest:,} row(s) from row {number} on were not read: the limit is "
                    f"{limits.max_rows:,} rows (--max-rows)",
                    rows=f"{number}:{number + rest - 1}",
                )
            )
            return
        yield number, cells


def _choose_delimiter(text: str, index_for: Callable[[str | None], KeyIndex]) -> str:
    """The separator that yields a header row with the most known keys."""
    sample = text[: 1 << 18]
    best, best_score = None, 0
    for candidate in DELIMITERS:
        rows = []
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=candidate)
        try:
            with _field_limit(len(sample) + 1):
                for number, fields in enumerate(reader, start=1):
                    rows.append((number, fields))
                    if number >= HEADER_WINDOW:
                        break
        except csv.Error:
            continue
        found = find_criteria_declaration(rows)
        index = index_for(found[0] if found else None)
        position = find_header(rows, index)
        if position is None:
            continue
        score = sum(1 for value in rows[position][1] if index.match(value)[0] is not None)
        if score > best_score:
            best, best_score = candidate, score
    if best is not None:
        return best
    first = sample.split("\n", 1)[0]
    return max(DELIMITERS, key=first.count)
