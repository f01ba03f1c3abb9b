"""The two CSV dialects every CSV output is written in: one mechanism for all of them.

* ``excel-lv`` — what Excel opens without asking on a computer set up for Latvia: ``;``
  between fields (Latvian Windows lists with ``;`` because the decimal sign is ``,``),
  a UTF-8 byte-order mark (without it Excel reads the file as Windows-1257 and breaks
  the letters ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū, ž), decimal commas, CRLF line ends;
* ``rfc4180`` — what scripts read: ``,`` between fields, no byte-order mark, decimal
  points, CRLF line ends (RFC 4180).

Only figures change with the dialect: a number written with :meth:`Dialect.number` gets
the dialect's decimal sign; text is written as it is (quoted where it holds the
separator, a quote or a line break). Latvian sessions default to ``excel-lv`` and
English ones to ``rfc4180`` (:func:`dialect_for`; see the README for why).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from enum import Enum
from typing import Any

from smartvillage.models.common import Lang


class CsvDialect(str, Enum):
    """The CSV dialects, by the names ``--csv-dialect`` takes."""

    excel_lv = "excel-lv"
    rfc4180 = "rfc4180"


@dataclass(frozen=True)
class Dialect:
    """How a CSV file is written: separator, byte-order mark, decimal sign, line end."""

    name: str
    delimiter: str
    bom: bool
    decimal: str
    lineterminator: str = "\r\n"

    def writer(self, out: Any) -> Any:
        """A ``csv.writer`` on ``out`` in this dialect."""
        return csv.writer(out, delimiter=self.delimiter, lineterminator=self.lineterminator)

    def number(self, text: str) -> str:
        """A number already written as text (``59.21``) with this dialect's decimal sign."""
        return text if self.decimal == "." else text.replace(".", self.decimal)

    def start(self) -> str:
        """What the file starts with: the byte-order mark, or nothing."""
        return "\ufeff" if self.bom else ""

    def rows(self, rows: Any) -> str:
        """``rows`` as the whole file's text, the byte-order mark first."""
        out = io.StringIO()
        self.writer(out).writerows(rows)
        return self.start() + out.getvalue()


EXCEL_LV = Dialect("excel-lv", ";", True, ",")
RFC4180 = Dialect("rfc4180", ",", False, ".")
DIALECTS = {CsvDialect.excel_lv: EXCEL_LV, CsvDialect.rfc4180: RFC4180}


def dialect_for(lang: Lang, chosen: CsvDialect | str | None = None) -> Dialect:
    """The dialect asked for, else the language's default (lv: excel-lv, en: rfc4180)."""
    if chosen is not None:
        return DIALECTS[CsvDialect(chosen)]
    return EXCEL_LV if lang == "lv" else RFC4180
