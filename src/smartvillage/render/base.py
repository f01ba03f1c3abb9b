"""The renderer interface and the Enum that chooses a format.

A renderer turns a Report into text in one language. Modules are imported only when
their format is asked for, so start-up stays quick.
"""

from __future__ import annotations

import importlib
from enum import Enum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from smartvillage.models.common import Lang
    from smartvillage.models.report import Report


class OutputFormat(str, Enum):
    """The formats ``score`` can write."""

    table = "table"
    json = "json"


class Renderer(Protocol):
    """Turns a report into text."""

    def __call__(self, report: Report, lang: Lang, *, color: bool = False,
                 width: int = 100, details: bool = False) -> str: ...


_MODULES = {
    OutputFormat.table: "smartvillage.render.table",
    OutputFormat.json: "smartvillage.render.json_report",
}


def get_renderer(fmt: OutputFormat) -> Renderer:
    """The ``render`` function of the module for ``fmt``."""
    return importlib.import_module(_MODULES[fmt]).render
