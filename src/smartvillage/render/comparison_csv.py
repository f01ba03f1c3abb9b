"""CSV of a comparison: one row per question whose points differ, largest difference first.

Columns (stable names, the same in both languages; texts in the chosen language): the
kind of comparison, both sides' village, assessor, date, criteria, tier and overall
percent, the change of the overall percent, then the question's criterion (and its
status and percent on both sides), the question, both answers, statuses and points,
its maximum and the difference (new minus old). Every row carries the sides, so a row
read on its own still says what was compared. Questions with the same points on both
sides are counted in the comparison, not listed (as in the other formats).

Written in a CSV dialect (``render.csv_dialect``): ``excel-lv`` by default in Latvian,
``rfc4180`` in English. Text cells go through ``formula_safe``.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from smartvillage.models.common import fmt_points
from smartvillage.render.csv_dialect import CsvDialect, Dialect, dialect_for
from smartvillage.render.safe import formula_safe

if TYPE_CHECKING:
    from smartvillage.models.common import Lang, Text
    from smartvillage.scoring.compare import Comparison, Side

SIDE = ("village", "assessor", "date", "criteria", "tier", "percent")
COLUMNS = (
    "kind",
    *(f"old_{name}" for name in SIDE),
    *(f"new_{name}" for name in SIDE),
    "percent_change",
    "criterion",
    "criterion_title",
    "old_criterion_status",
    "new_criterion_status",
    "old_criterion_percent",
    "new_criterion_percent",
    "question",
    "question_text",
    "old_status",
    "new_status",
    "old_answer",
    "new_answer",
    "old_points",
    "new_points",
    "max_points",
    "difference",
)


def _text(value: str | None) -> str:
    return formula_safe((value or "").replace("\r\n", "\n"))


def _label(value: Text | None, lang: Lang) -> str:
    return "" if value is None else _text(value.get(lang))


def render_comparison(cmp: Comparison, lang: Lang, dialect: CsvDialect | str | None = None) -> str:
    """The comparison as CSV in ``lang`` and ``dialect`` (default: the language's)."""
    chosen: Dialect = dialect_for(lang, dialect)

    def num(value: float | None) -> str:
        return "" if value is None else chosen.number(fmt_points(value))

    def side(s: Side) -> list[str]:
        return [
            _text(s.village),
            s.assessor,
            s.date.isoformat(),
            s.criteria,
            s.tier,
            num(s.percent),
        ]

    criteria = {c.id: c for c in cmp.criteria}
    common = [cmp.kind, *side(cmp.old), *side(cmp.new), num(cmp.percent_change)]
    out = io.StringIO()
    writer = chosen.writer(out)
    writer.writerow(COLUMNS)
    for q in cmp.questions:
        c = criteria.get(q.criterion)
        writer.writerow(
            [
                *common,
                q.criterion,
                _label(c.title, lang) if c else "",
                (c.old_status or "") if c else "",
                (c.new_status or "") if c else "",
                num(c.old_percent) if c else "",
                num(c.new_percent) if c else "",
                q.id,
                _label(q.text, lang),
                q.old_status or "",
                q.new_status or "",
                _label(q.old_answer, lang),
                _label(q.new_answer, lang),
                num(q.old_points),
                num(q.new_points),
                num(q.max_points),
                num(q.difference),
            ]
        )
    return chosen.start() + out.getvalue()
