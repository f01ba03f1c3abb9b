"""JSON: the Report as it is, for scripts (UTF-8, Latvian letters kept as they are)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartvillage.models.common import Lang
    from smartvillage.models.report import Report


def render(
    report: Report, lang: Lang, *, color: bool = False, width: int = 100, details: bool = False
) -> str:
    """The report as indented JSON; the same in every language."""
    return report.model_dump_json(indent=2) + "\n"
