"""The figures a batch keeps for one village: the scoring core's outcome, as shown.

A :class:`Scores` is a small tuple of plain values (100,000 of them fit comfortably in
memory). Every figure comes from ``scoring.plan.Outcome`` and is rounded once by
``scoring.arithmetic.shown``, exactly as the single report shows it; the decisions (tier,
criterion status) are the core's, taken on exact values.
"""

from __future__ import annotations

from typing import NamedTuple

from smartvillage.scoring.arithmetic import Thresholds, fraction_text, shown_ratio
from smartvillage.scoring.plan import Outcome


class Scores(NamedTuple):
    """The figures a batch reports for one village (the report's Summary and more)."""

    tier: int
    percent: float
    percent_exact: str
    points: float
    max_points: float
    weakest: int | None
    weakest_percent: float | None
    average_dimension_percent: float | None
    gates_met: int
    gates_total: int
    criteria_met: int
    criteria_total: int
    questions: int
    answered: int
    unanswered: int
    not_applicable: int
    evidence_missing: int
    dimension_percents: tuple[float | None, ...]
    criterion_points: tuple[float, ...]
    criterion_max: tuple[float, ...]
    criterion_percents: tuple[float | None, ...]
    criterion_status: tuple[str, ...]
    gaps: tuple[tuple[int, float], ...]  # (criterion index, gain), biggest first

    @property
    def top_gap(self) -> tuple[int, float] | None:
        """The biggest gap, or None at full marks."""
        return self.gaps[0] if self.gaps else None


_MEMO_SIZE = 100_000
_memo: dict[tuple[int, int, int], float] = {}


def _shown(num: int, den: int, plan_key: int, thresholds: Thresholds | None) -> float:
    """``shown_ratio``, remembered: a batch meets the same few ratios again and again."""
    key = (num, den, plan_key)
    figure = _memo.get(key)
    if figure is None:
        if len(_memo) >= _MEMO_SIZE:
            _memo.clear()
        figure = _memo[key] = shown_ratio(num, den, 2, thresholds or ())
    return figure


def scores_of(outcome: Outcome) -> Scores:
    """The outcome's figures as the report shows them."""
    plan = outcome.plan
    thresholds = plan.thresholds
    key = thresholds.key
    dims = tuple(
        None if p is None else _shown(p.numerator, p.denominator, key, thresholds)
        for p in outcome.dimension_percents
    )
    weakest = outcome.weakest
    average = outcome.average_dimension_percent
    overall = outcome.overall
    points = plan.points
    return Scores(
        outcome.tier,
        _shown(overall.numerator, overall.denominator, key, thresholds),
        fraction_text(outcome.overall),
        points(outcome.points),
        points(outcome.max_units),
        weakest,
        None if weakest is None else dims[weakest],
        None
        if average is None
        else _shown(average.numerator, average.denominator, key, thresholds),
        outcome.gates_met,
        len(plan.gate_index),
        outcome.criteria_met,
        len(plan.crits),
        len(plan.questions),
        outcome.answered,
        outcome.unanswered,
        outcome.not_applicable,
        outcome.missing_count,
        dims,
        tuple(map(points, outcome.criterion_units)),
        tuple(map(points, outcome.criterion_max)),
        tuple(
            None if m <= 0 else _shown(100 * g, m, key, thresholds)
            for g, m in zip(outcome.criterion_units, outcome.criterion_max, strict=True)
        ),
        tuple(outcome.criterion_status),
        tuple((i, _shown(num, den, 0, None)) for i, num, den in outcome.gap_ratios()),
    )
