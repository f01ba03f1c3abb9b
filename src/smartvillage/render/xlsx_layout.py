"""How every workbook the tool writes prints and shows its text (XlsxWriter sheets).

One place for the page set-up the results, report and template workbooks share: A4,
fitted to one page wide (as many pages tall as needed), landscape where a table is wide,
header rows repeated on every page, a print area, and a footer with the sheet name and
page number (no words, so it reads the same in both languages).

Row heights: a spreadsheet program is free to keep a row at one line however much
wrapped text it holds (LibreOffice does, for workbooks it did not write), so a wrapped
cell would show its first line only. :func:`wrapped_lines` counts the lines a text takes
in a column of a given width, word by word, taking the average letter as 0.87 of a digit
(measured with DejaVu Sans, which LibreOffice shows in place of Calibri where Calibri is
not installed; Calibri's letters are narrower still, so Excel shows some room to spare),
and :class:`FittedSheet` sets each row to the height its longest cell needs.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

A4 = 9  # the paper code in the OOXML page set-up
LINE = 15.0  # points: one line of 11-point text
MAX_ROW = 409.0  # points: the tallest row a spreadsheet allows


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes when wrapped in a column ``width`` characters wide."""
    if len(text) < width and "\n" not in text:  # the common case, at once
        return 1
    return _wrapped_lines(text, width)


@functools.lru_cache(maxsize=8192)
def _wrapped_lines(text: str, width: float) -> int:
    room = max(int(width * 1.15) - 1, 1)
    lines = 0
    for paragraph in text.split("\n"):
        used = 0
        lines += 1
        for word in paragraph.split():
            size = len(word)
            if used and used + 1 + size <= room:
                used += 1 + size
                continue
            if used:
                lines += 1
            while size > room:  # a word longer than the column breaks anywhere
                lines += 1
                size -= room
            used = size
    return lines


def row_height(cells: Iterable[tuple[str, float]], line: float = LINE) -> float | None:
    """The height a row needs for its wrapped ``(text, column width)`` cells; None for one
    line (the default height)."""
    lines = max((wrapped_lines(text, width) for text, width in cells if text), default=1)
    return None if lines <= 1 else min(lines * line + 2, MAX_ROW)


def points_format(scale: int) -> str:
    """A number format that shows points exactly: ``0`` for whole points, ``0.0`` for
    halves or tenths, ``0.00`` for quarters... (``scale`` units make one point)."""
    for digits in range(4):
        if 10**digits % scale == 0:
            return "0" if digits == 0 else "0." + "0" * digits
    return "0.00"


# red at 0 %, yellow at 50 %, green at 100 %: a percent column coloured as the report is
PERCENT_SCALE = {
    "type": "3_color_scale",
    "min_type": "num",
    "min_value": 0,
    "mid_type": "num",
    "mid_value": 50,
    "max_type": "num",
    "max_value": 100,
    "min_color": "#F8696B",
    "mid_color": "#FFEB84",
    "max_color": "#63BE7B",
}
# the same colours from a column's lowest value to its highest (points, not percents)
RANGE_SCALE = {
    key: value for key, value in PERCENT_SCALE.items() if key == "type" or key.endswith("color")
}


def print_setup(
    sheet: Any,
    *,
    landscape: bool = False,
    repeat_rows: tuple[int, int] | None = None,
    area: tuple[int, int, int, int] | None = None,
    repeat_columns: tuple[int, int] | None = None,
    fit_width: bool = True,
) -> None:
    """A4, fitted to one page wide (``fit_width``), headers repeated, a print area, a
    footer with the sheet name and ``page / pages``; rows and columns count from 0."""
    sheet.set_paper(A4)
    if landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    sheet.set_footer("&L&8&A&R&8&P / &N", {"margin": 0.25})
    if fit_width:
        sheet.fit_to_pages(1, 0)
    if repeat_rows is not None:
        sheet.repeat_rows(*repeat_rows)
    if repeat_columns is not None:
        sheet.repeat_columns(*repeat_columns)
    if area is not None:
        sheet.print_area(*area)


class FittedSheet:
    """A worksheet that remembers its column widths and, for every wrapped text written
    with :meth:`write_string`, the lines it needs; :meth:`fit_rows` sets the heights.

    Everything else is the XlsxWriter worksheet's own (attribute access passes through).
    """

    def __init__(self, sheet: Any, size: float = 11) -> None:
        self.sheet = sheet
        self.size = size  # the font size of the wrapped cells, in points
        self.widths: dict[int, float] = {}
        self.lines: dict[int, int] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.sheet, name)

    def set_column(self, first: int, last: int, width: float, *args: Any, **kw: Any) -> Any:
        """Set and remember the width of columns ``first`` to ``last``."""
        for col in range(first, last + 1):
            self.widths[col] = width
        return self.sheet.set_column(first, last, width, *args, **kw)

    def write_string(self, row: int, col: int, text: str, cell_format: Any = None) -> Any:
        """Write a text cell; a wrapped one counts towards its row's height."""
        if cell_format is not None and getattr(cell_format, "text_wrap", False) and text:
            lines = wrapped_lines(text, self.widths.get(col, 8.43) * 11 / self.size)
            if lines > self.lines.get(row, 1):
                self.lines[row] = lines
        return self.sheet.write_string(row, col, text, cell_format)

    def fit_rows(self) -> None:
        """Give every row with wrapped text the height its longest cell needs."""
        line = LINE * self.size / 11
        for row, lines in self.lines.items():
            self.sheet.set_row(row, min(lines * line + 2, MAX_ROW))

    def table_width(self, first: int, last: int) -> float:
        """The width of columns ``first`` to ``last`` in characters."""
        return sum(self.widths.get(col, 8.43) for col in range(first, last + 1))
