"""Compare two reports: the same village at two dates, or two assessors of one village.

:func:`compare` decides which comparison it is from the assessments (see
:func:`detect_kind`) and returns a :class:`Comparison`: the tier change, the change per
dimension and criterion, the criteria newly met or lost, and every question whose answer
or points differ, with by how much. Reports scored against different criteria (another
id, version or content) are still compared by id, but ``same_criteria`` is false and a
warning says so: they are never put side by side silently.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any, Literal

from pydantic import Field

from smartvillage.models.common import Lang, StrictModel, Text
from smartvillage.models.report import CriterionStatus, QuestionStatus, Report
from smartvillage.scoring.arithmetic import parse_fraction, shown

COMPARISON_SCHEMA_VERSION = 2
"""2: changes computed from the reports' exact figures; ``*_exact`` beside them."""
Kind = Literal["progress", "assessors"]


class Side(StrictModel):
    """One of the two reports, in brief."""

    source: str | None
    village: str
    assessor: Literal["self", "mentor", "jury"]
    assessor_name: str | None
    date: dt.date
    criteria: str = Field(description="ID@VERSION of the criteria it was scored against.")
    criteria_digest: str
    tool_version: str
    tier: str
    tier_label: Text
    tier_rank: int = Field(description="0 for the highest tier.")
    percent: float
    percent_exact: str | None = None
    thresholds: list[float] = Field(
        default_factory=list, exclude=True, description="Every percent that decides something."
    )
    points: float
    max_points: float
    criteria_met: int
    criteria_total: int


class DimensionChange(StrictModel):
    """One dimension's percent in both reports."""

    id: str
    title: Text
    old_percent: float | None
    new_percent: float | None
    old_percent_exact: str | None = None
    new_percent_exact: str | None = None
    change: float | None = Field(
        description="New minus old, in percentage points, from the exact figures, rounded once."
    )


class CriterionChange(StrictModel):
    """One criterion in both reports."""

    id: str
    title: Text
    gate: bool
    old_status: CriterionStatus | None = Field(description="None when the set lacks it.")
    new_status: CriterionStatus | None
    old_percent: float | None
    new_percent: float | None
    old_percent_exact: str | None = None
    new_percent_exact: str | None = None
    change: float | None
    transition: Literal["newly_met", "lost", "still_met", "still_not_met", "other"]


class QuestionDifference(StrictModel):
    """A question whose answer or points differ between the reports."""

    id: str
    criterion: str
    text: Text
    old_status: QuestionStatus | None
    new_status: QuestionStatus | None
    old_answer: Text | None
    new_answer: Text | None
    old_points: float | None
    new_points: float | None
    max_points: float
    difference: float = Field(description="New minus old points.")
    share: float = Field(description="|difference| over the question's maximum (0 to 1).")


class Comparison(StrictModel):
    """Two reports compared."""

    schema_version: int = COMPARISON_SCHEMA_VERSION
    kind: Kind
    reason: str = Field(description="Why this kind of comparison (English).")
    old: Side
    new: Side
    same_village: bool
    same_criteria: bool
    tier_change: int = Field(description="Tiers gained (negative: lost).")
    percent_change: float = Field(
        description="New minus old overall percent, from the exact figures, rounded once."
    )
    dimensions: list[DimensionChange]
    criteria: list[CriterionChange]
    newly_met: list[str]
    lost: list[str]
    questions: list[QuestionDifference]
    questions_compared: int
    questions_same: int = Field(description="Questions with the same points in both.")
    warnings: list[str] = Field(default_factory=list)


def _key(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def detect_kind(old: Report, new: Report) -> tuple[Kind, str]:
    """``assessors`` for the same village by different assessors, else ``progress``.

    Different assessors means a different kind (self-assessment, mentor, jury), or the
    same kind under different names on the same date; the same kind at two dates is
    the village's progress (a mentor may change between rounds).
    """
    a, b = old.assessment, new.assessment
    if _key(old.village.name) != _key(new.village.name):
        return "progress", "the villages differ"
    if a.assessor != b.assessor:
        return "assessors", f"the same village assessed by {a.assessor} and {b.assessor}"
    if a.name and b.name and _key(a.name) != _key(b.name) and a.date == b.date:
        return "assessors", "the same village assessed on the same date by two people"
    return (
        "progress",
        "the same village at two dates"
        if a.date != b.date
        else "the same village, the same assessor",
    )


def _side(report: Report) -> Side:
    s = report.summary
    rank = next(t.rank for t in report.tiers if t.id == s.tier)
    return Side(
        source=report.source,
        village=report.village.name,
        assessor=report.assessment.assessor,
        assessor_name=report.assessment.name,
        date=report.assessment.date,
        criteria=f"{report.criteria.id}@{report.criteria.version}",
        criteria_digest=report.criteria.digest,
        tool_version=report.tool.version,
        tier=s.tier,
        tier_label=s.tier_label,
        tier_rank=rank,
        percent=s.percent,
        percent_exact=s.percent_exact,
        thresholds=report.decision_thresholds(),
        points=s.points,
        max_points=s.max_points,
        criteria_met=s.criteria_met,
        criteria_total=s.criteria_total,
    )


def _change(old: Any, new: Any) -> float | None:
    """New minus old percent, from the exact figures of two results (None if either lacks
    one), rounded once."""
    if old is None or new is None or old.percent is None or new.percent is None:
        return None
    a, b = parse_fraction(old.percent_exact), parse_fraction(new.percent_exact)
    if a is None or b is None:
        return round(new.percent - old.percent + 0.0, 2)
    return shown(b - a, 2)


def compare(old: Report, new: Report, kind: Kind | None = None, lang: Lang = "en") -> Comparison:
    """Compare ``old`` and ``new``; ``kind`` forces the kind instead of detecting it. The
    warnings (different criteria, different villages) are in ``lang``."""
    from smartvillage import messages

    detected, reason = detect_kind(old, new)
    if kind is not None and kind != detected:
        reason = f"{kind} comparison asked for"
    kind = kind or detected
    a, b = _side(old), _side(new)
    same_criteria = a.criteria == b.criteria and a.criteria_digest == b.criteria_digest
    same_village = _key(a.village) == _key(b.village)
    warnings = []

    def say(key: str, **params: Any) -> str:
        return messages.fill(f"cli.compare.{key}", lang, params)

    if not same_criteria:
        what = say("two_sets", a=a.criteria, b=b.criteria)
        if a.criteria == b.criteria:
            what = say("other_content", ref=a.criteria)
            if a.tool_version != b.tool_version:
                what += say("tool_versions", a=a.tool_version, b=b.tool_version)
        warnings.append(say("different_criteria", what=what))
    if not same_village:
        warnings.append(say("different_villages", a=a.village, b=b.village))
    dimensions = _pairs(old.dimensions, new.dimensions)
    dims = [
        DimensionChange(
            id=i,
            title=(n or o).title,
            old_percent=o and o.percent,
            new_percent=n and n.percent,
            old_percent_exact=o and o.percent_exact,
            new_percent_exact=n and n.percent_exact,
            change=_change(o, n),
        )
        for i, o, n in dimensions
    ]
    criteria = []
    for cid, o, n in _pairs(old.criteria_results, new.criteria_results):
        was, now = o.status if o else None, n.status if n else None
        if was != "met" and now == "met":
            transition = "newly_met"
        elif was == "met" and now != "met":
            transition = "lost"
        elif was == now == "met":
            transition = "still_met"
        elif was == now == "not_met":
            transition = "still_not_met"
        else:
            transition = "other"
        criteria.append(
            CriterionChange(
                id=cid,
                title=(n or o).title,
                gate=bool((n or o).gate),
                old_status=was,
                new_status=now,
                old_percent=o and o.percent,
                new_percent=n and n.percent,
                old_percent_exact=o and o.percent_exact,
                new_percent_exact=n and n.percent_exact,
                change=_change(o, n),
                transition=transition,
            )
        )
    questions, compared, same = _questions(old, new)
    if kind == "assessors":
        questions.sort(key=lambda q: (-q.share, -abs(q.difference)))
    return Comparison(
        kind=kind,
        reason=reason,
        old=a,
        new=b,
        same_village=same_village,
        same_criteria=same_criteria,
        tier_change=a.tier_rank - b.tier_rank,
        percent_change=_change(a, b),
        dimensions=dims,  # type: ignore[arg-type]
        criteria=criteria,
        newly_met=[c.id for c in criteria if c.transition == "newly_met"],
        lost=[c.id for c in criteria if c.transition == "lost"],
        questions=questions,
        questions_compared=compared,
        questions_same=same,
        warnings=warnings,
    )


def _pairs(old: list[Any], new: list[Any]) -> list[tuple[str, Any, Any]]:
    """Items matched by id: old order first, then those only in ``new``."""
    olds = {x.id: x for x in old}
    news = {x.id: x for x in new}
    ids = [x.id for x in old] + [x.id for x in new if x.id not in olds]
    return [(i, olds.get(i), news.get(i)) for i in ids]


def _questions(old: Report, new: Report) -> tuple[list[QuestionDifference], int, int]:
    def index(report: Report) -> dict[str, tuple[str, Any]]:
        return {q.id: (c.id, q) for c in report.criteria_results for q in c.questions}

    olds, news = index(old), index(new)
    ids = list(olds) + [i for i in news if i not in olds]
    out = []
    compared = same = 0
    for qid in ids:
        (c_old, o), (c_new, n) = olds.get(qid, (None, None)), news.get(qid, (None, None))
        if o is not None and n is not None:
            compared += 1
            if o.points == n.points:
                same += 1
            if o.points == n.points and o.status == n.status and o.answer == n.answer:
                continue
        ref = n or o
        maximum = max(o.max_points if o else 0.0, n.max_points if n else 0.0)
        counted_old = o.points if o is not None and o.status != "not_applicable" else None
        counted_new = n.points if n is not None and n.status != "not_applicable" else None
        difference = round((counted_new or 0.0) - (counted_old or 0.0) + 0.0, 4)
        out.append(
            QuestionDifference(
                id=qid,
                criterion=c_new or c_old or "",
                text=ref.text,
                old_status=o.status if o else None,
                new_status=n.status if n else None,
                old_answer=o.answer_text if o else None,
                new_answer=n.answer_text if n else None,
                old_points=counted_old,
                new_points=counted_new,
                max_points=maximum,
                difference=difference,
                share=round(abs(difference) / maximum, 4) if maximum else 0.0,
            )
        )
    return out, compared, same
