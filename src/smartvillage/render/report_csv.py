"""CSV: one row per question, for spreadsheets and scripts.

Columns (stable names, the same in both languages; texts in the chosen language):
``village, assessor, assessment_date, criteria, tier, overall_percent, dimension,
dimension_title, dimension_percent, criterion, criterion_title, gate, criterion_percent,
criterion_status, question, question_text, status, answer, points, max_points, rule,
evidence_need, evidence_count, evidence_missing, evidence, note, criteria_status,
criteria_disclaimer`` — the last two on every row, so that a row read on its own still
says the tier comes from reconstructed criteria and is not the jury's decision.

Written in a CSV dialect (``render.csv_dialect``): for Latvian sessions by default
``excel-lv`` (``;``, a UTF-8 byte-order mark, decimal commas), as Excel in Latvia opens
it; for English ones ``rfc4180`` (``,``, no byte-order mark, decimal points), as scripts
read it. Dates are ISO 8601. Every text cell goes
through ``render.safe.formula_safe`` so a spreadsheet never runs it as a formula.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from smartvillage.models.common import fmt_points
from smartvillage.render.csv_dialect import CsvDialect, Dialect, dialect_for
from smartvillage.render.i18n import answer_text, rule_words
from smartvillage.render.safe import formula_safe

if TYPE_CHECKING:
    from smartvillage.models.common import Lang
    from smartvillage.models.report import Report

COLUMNS = (
    "village",
    "assessor",
    "assessment_date",
    "criteria",
    "tier",
    "overall_percent",
    "dimension",
    "dimension_title",
    "dimension_percent",
    "criterion",
    "criterion_title",
    "gate",
    "criterion_percent",
    "criterion_status",
    "question",
    "question_text",
    "status",
    "answer",
    "points",
    "max_points",
    "rule",
    "evidence_need",
    "evidence_count",
    "evidence_missing",
    "evidence",
    "note",
    "criteria_status",
    "criteria_disclaimer",
)


def _num(value: float | None, dialect: Dialect) -> str:
    if value is None:
        return ""
    return dialect.number(fmt_points(value))


def _text(value: str | None) -> str:
    return formula_safe((value or "").replace("\r\n", "\n"))


def render(
    report: Report,
    lang: Lang,
    *,
    color: bool = False,
    width: int = 100,
    details: bool = False,
    dialect: CsvDialect | str | None = None,
) -> str:
    """The report as CSV, one row per question, texts in ``lang``, in ``dialect``
    (default: the language's, see ``render.csv_dialect``)."""
    chosen = dialect_for(lang, dialect)
    out = io.StringIO()
    writer = chosen.writer(out)
    writer.writerow(COLUMNS)
    dims = {d.id: d for d in report.dimensions}
    s, a = report.summary, report.assessment
    common = [
        _text(report.village.name),
        a.assessor,
        a.date.isoformat(),
        f"{report.criteria.id}@{report.criteria.version}",
        s.tier,
        _num(s.percent, chosen),
    ]
    stamp = report.criteria
    about = [stamp.status, _text(stamp.disclaimer.get(lang) if stamp.disclaimer else "")]
    for c in report.criteria_results:
        d = dims[c.dimension]
        for q in c.questions:
            evidence = " | ".join(
                (e.link or e.document or "") + (f" ({e.shows})" if e.shows else "")
                for e in q.evidence
            )
            writer.writerow(
                [
                    *common,
                    d.id,
                    _text(d.title.get(lang)),
                    _num(d.percent, chosen),
                    c.id,
                    _text(c.title.get(lang)),
                    "yes" if c.gate else "no",
                    _num(c.percent, chosen),
                    c.status,
                    q.id,
                    _text(q.text.get(lang)),
                    q.status,
                    _text(answer_text(q, lang)),
                    "" if q.status == "not_applicable" else _num(q.points, chosen),
                    _num(q.max_points, chosen),
                    _text(rule_words(q, lang)),
                    q.evidence_need,
                    str(len(q.evidence)),
                    "yes" if q.evidence_missing else "no",
                    _text(evidence),
                    _text(q.note),
                    *about,
                ]
            )
    return chosen.start() + out.getvalue()
