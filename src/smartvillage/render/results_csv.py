"""Batch results as CSV: one line per input row, scored or rejected.

English column keys (``percent``, ``dim_vision``, ``crit_vc1_points``...); labels (the
tier's) in the chosen language. Written in a CSV dialect (``render.csv_dialect``): for
Latvian sessions by default ``excel-lv`` (``;``, a UTF-8 byte-order mark, decimal
commas), for English ones and scripts ``rfc4180`` (``,``, no byte-order mark, ``.``).
Rejected rows and unreadable files appear with ``status`` ``rejected`` and their
problems, so every input row is accounted for. Every text cell goes through
``formula_safe``: text starting with ``=``, ``+``, ``-``, ``@`` or a control
character is written with a leading apostrophe, never as a live formula.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from smartvillage.batch.results import LeaderProfile
from smartvillage.messages import localize
from smartvillage.models.common import Lang
from smartvillage.render.csv_dialect import CsvDialect, Dialect, dialect_for
from smartvillage.render.results_common import (
    criterion_axes,
    dimension_axes,
    positions,
    rejected_rows,
)
from smartvillage.render.safe import formula_safe, xml_text

if TYPE_CHECKING:
    from smartvillage.batch.results import BatchResult


LEADER_FIELDS = tuple(LeaderProfile._fields)  # the profile of questionnaire schema_version 2


def _text(value: str | None) -> str:
    if value is None:
        return ""
    return formula_safe(xml_text(value)[0])


def csv_lines(
    result: BatchResult,
    lang: Lang,
    ranked: bool = False,
    dialect: CsvDialect | str | None = None,
) -> Iterator[str]:
    """The CSV text line by line (header first, after the byte-order mark if the dialect
    has one), in ``dialect`` (default: the language's)."""
    chosen: Dialect = dialect_for(lang, dialect)

    def _num(value: float | None) -> str:
        if value is None:
            return ""
        return chosen.number(str(int(value)) if float(value).is_integer() else repr(float(value)))

    plans = result.plans
    dims = dimension_axes(plans, lang)
    crits = criterion_axes(plans, lang)
    dim_pos = positions(plans, dims, "dimension")
    crit_pos = positions(plans, crits, "criterion")
    header = (["rank"] if ranked else []) + [
        "status",
        "file",
        "sheet",
        "row",
        "village",
        "parish",
        "municipality",
        "region",
        "population",
        "assessor",
        "assessor_name",
        "date",
        *LEADER_FIELDS,
        "criteria",
        "answers_criteria",
        "criteria_digest",
        "tier",
        "tier_label",
        "percent",
        "points",
        "max_points",
        "weakest_dimension",
        "gates_met",
        "gates_total",
        "criteria_met",
        "criteria_total",
        "answered",
        "unanswered",
        "not_applicable",
        "evidence_missing",
    ]
    header += [f"dim_{axis.id}" for axis in dims]
    for axis in crits:
        header += [f"crit_{axis.id}_points", f"crit_{axis.id}_percent", f"crit_{axis.id}_status"]
    header += ["top_gap", "warnings", "problems"]
    buffer = io.StringIO()
    buffer.write(chosen.start())
    writer = chosen.writer(buffer)

    def flush() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(header)
    yield flush()
    for village in result.villages:
        plan = plans[village.criteria]
        s = village.scores
        row: list[Any] = [village.rank if village.rank is not None else ""] if ranked else []
        row += [
            "scored",
            _text(village.file),
            _text(village.sheet),
            "" if village.row is None else village.row,
            _text(village.name),
            _text(village.parish),
            _text(village.municipality),
            _text(village.region),
            "" if village.population is None else village.population,
            village.assessor,
            _text(village.assessor_name),
            village.date,
            *("" if value is None else _text(str(value)) for value in village.leader),
            village.criteria,
            _text(village.answers_criteria),
            plan.digest,
            plan.tier_ids[s.tier],
            _text(plan.tiers[s.tier].label.get(lang)),
            _num(s.percent),
            _num(s.points),
            _num(s.max_points),
            "" if s.weakest is None else plan.dimensions[s.weakest].id,
            s.gates_met,
            s.gates_total,
            s.criteria_met,
            s.criteria_total,
            s.answered,
            s.unanswered,
            s.not_applicable,
            s.evidence_missing,
        ]
        row += [
            _num(s.dimension_percents[at]) if at is not None else ""
            for at in dim_pos[village.criteria]
        ]
        for at in crit_pos[village.criteria]:
            if at is None:
                row += ["", "", ""]
            else:
                row += [
                    _num(s.criterion_points[at]),
                    _num(s.criterion_percents[at]),
                    s.criterion_status[at],
                ]
        row += [
            plan.crits[s.top_gap[0]].id if s.top_gap else "",
            _text("; ".join(localize(w, lang) for w in village.warnings)),
            "",
        ]
        writer.writerow(row)
        yield flush()
    width = len(header)
    status_at = 1 if ranked else 0
    for group in rejected_rows(result):
        row = [""] * width
        row[status_at] = "rejected"
        row[status_at + 1] = _text(group["file"])
        row[status_at + 2] = _text(group["sheet"])
        row[status_at + 3] = group["row"] if group["row"] is not None else (group["rows"] or "")
        row[-1] = _text(
            "; ".join(
                f"{p.place_in(lang) + ': ' if p.place else ''}{localize(p.message, lang)}"
                for p in group["problems"]
            )
        )
        writer.writerow(row)
        yield flush()
