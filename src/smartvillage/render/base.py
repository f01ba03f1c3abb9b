"""The renderer interface and the Enum that chooses a format.

A renderer turns a Report into text (or, for binary formats, bytes) in one language.
Modules are imported only when their format is asked for, so start-up stays quick.
Formats are also chosen from a file's extension (:func:`format_for_path`).
"""

from __future__ import annotations

import importlib
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from smartvillage.models.common import Lang
    from smartvillage.models.report import Report


class OutputFormat(str, Enum):
    """The formats ``score`` can write."""

    table = "table"
    json = "json"
    md = "md"
    html = "html"
    xlsx = "xlsx"
    csv = "csv"

    @property
    def binary(self) -> bool:
        """Whether the format is bytes rather than text (never sent to a terminal)."""
        return self is OutputFormat.xlsx


class Renderer(Protocol):
    """Turns a report into text (bytes for a binary format)."""

    def __call__(
        self,
        report: Report,
        lang: Lang,
        *,
        color: bool = False,
        width: int = 100,
        details: bool = False,
    ) -> str | bytes: ...


_MODULES = {
    OutputFormat.table: "smartvillage.render.table",
    OutputFormat.json: "smartvillage.render.json_report",
    OutputFormat.md: "smartvillage.render.markdown",
    OutputFormat.html: "smartvillage.render.html",
    OutputFormat.xlsx: "smartvillage.render.report_xlsx",
    OutputFormat.csv: "smartvillage.render.report_csv",
}

EXTENSIONS: dict[str, OutputFormat] = {
    ".txt": OutputFormat.table,
    ".json": OutputFormat.json,
    ".md": OutputFormat.md,
    ".markdown": OutputFormat.md,
    ".html": OutputFormat.html,
    ".htm": OutputFormat.html,
    ".xlsx": OutputFormat.xlsx,
    ".csv": OutputFormat.csv,
}


def format_for_path(path: str | Path) -> OutputFormat | None:
    """The format a file's extension names (``.md``, ``.html``...), or None if none."""
    return EXTENSIONS.get(Path(path).suffix.lower())


def get_renderer(fmt: OutputFormat) -> Renderer:
    """The ``render`` function of the module for ``fmt``."""
    renderer: Renderer = importlib.import_module(_MODULES[fmt]).render
    return renderer
