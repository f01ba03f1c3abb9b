"""A report's figures as people see them: the exact value rounded once, to one decimal.

The JSON carries each figure rounded to two decimals and its exact value
(``*_exact``); renderers for people show one decimal. Rounding the two-decimal figure
again would round twice (72.449 → 72.45 → 72.5), so every percent a person reads is
made here from the exact value, by ``scoring.arithmetic.shown``, and never crosses the
threshold that decided on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import overload

from smartvillage.models.report import CriterionResult, DimensionResult, Gap, Report
from smartvillage.scoring.arithmetic import parse_fraction, shown

DIGITS = 1
"""Decimals of a percent shown to people."""


@overload
def figure(exact: str | None, fallback: float, thresholds: Iterable[float] = ()) -> float: ...
@overload
def figure(
    exact: str | None, fallback: float | None, thresholds: Iterable[float] = ()
) -> float | None: ...
def figure(
    exact: str | None, fallback: float | None, thresholds: Iterable[float] = ()
) -> float | None:
    """A percent for people from its exact text (or, lacking it, the shown figure)."""
    value = parse_fraction(exact)
    if value is None:
        return None if fallback is None else round(fallback, DIGITS)
    return shown(value, DIGITS, thresholds)


def thresholds(report: Report) -> list[float]:
    """Every percent that decides something (``Report.decision_thresholds``)."""
    return report.decision_thresholds()


def overall(report: Report) -> float:
    """The overall percent."""
    s = report.summary
    return figure(s.percent_exact, s.percent, thresholds(report))


def dimension(report: Report, d: DimensionResult) -> float | None:
    """A dimension's percent."""
    return figure(d.percent_exact, d.percent, thresholds(report))


def criterion(report: Report, c: CriterionResult) -> float | None:
    """A criterion's percent."""
    return figure(c.percent_exact, c.percent, thresholds(report))


def gap(report: Report, g: Gap) -> float | None:
    """The percent of a gap's criterion."""
    for c in report.criteria_results:
        if c.id == g.criterion:
            return criterion(report, c)
    return None if g.percent is None else round(g.percent, DIGITS)


def weakest(report: Report) -> float | None:
    """The weakest dimension's percent."""
    for d in report.dimensions:
        if d.id == report.summary.weakest_dimension:
            return dimension(report, d)
    return None


def average(report: Report) -> float | None:
    """The plain mean of the dimensions' percents."""
    s = report.summary
    return figure(
        s.average_dimension_percent_exact, s.average_dimension_percent, thresholds(report)
    )
