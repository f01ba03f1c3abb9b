"""The portfolio of a territory: figures per planning region, municipality, parish and
LEADER group, computed from the exact values of the scoring core.

Pure: villages go in (:meth:`Portfolio.add`, one at a time, so a streamed batch keeps
only running totals), :class:`TerritoryRow` records come out. Every average is exact
until it is shown: a criterion's percent is summed as its whole units over its maximum
(one running numerator per distinct maximum), a dimension's percent as the core's exact
fraction (``scoring.plan.dimension_percent``), the overall from the village's exact
overall; each mean is then rounded once by ``scoring.arithmetic.shown`` (never onto or
across a threshold of the criteria set that the exact value does not reach), as the
single report rounds its figures. A met rate is the share of villages meeting the
criterion among those where it is assessed.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING

from smartvillage.scoring.arithmetic import parse_fraction, shown
from smartvillage.scoring.plan import MET, dimension_percent

if TYPE_CHECKING:
    from smartvillage.batch.results import VillageResult
    from smartvillage.scoring.plan import Plan

LEVELS = ("all", "region", "municipality", "parish", "leader_group")


class _Mean:
    """An exact running mean of fractions, kept as one numerator per denominator."""

    __slots__ = ("count", "sums")

    def __init__(self) -> None:
        self.sums: Counter[int] = Counter()
        self.count = 0

    def add(self, numerator: int, denominator: int) -> None:
        self.sums[denominator] += numerator
        self.count += 1

    def value(self) -> Fraction | None:
        if not self.count:
            return None
        return sum((Fraction(n, d) for d, n in self.sums.items()), Fraction(0)) / self.count


@dataclass
class _Group:
    """Running totals of one territory."""

    name: str | None
    within: str | None = None
    villages: int = 0
    tiers: list[int] = field(default_factory=list)
    overall: _Mean = field(default_factory=_Mean)
    dimensions: list[_Mean] = field(default_factory=list)
    criteria: list[_Mean] = field(default_factory=list)
    met: list[int] = field(default_factory=list)
    assessed: list[int] = field(default_factory=list)
    not_met: list[int] = field(default_factory=list)
    next_step: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class TerritoryRow:
    """The figures of one territory, exact (round them once with :func:`average` and
    :func:`rate` to show them)."""

    level: str  # one of LEVELS
    name: str | None  # None: not given (or the whole batch, for "all")
    within: str | None  # the municipality of a parish
    villages: int
    tiers: tuple[int, ...]  # villages per tier, highest tier first
    overall: Fraction | None
    dimensions: tuple[Fraction | None, ...]
    criteria: tuple[Fraction | None, ...]
    met_rates: tuple[Fraction | None, ...]
    not_met: tuple[int, ...]  # villages not meeting each criterion
    next_step: tuple[int, ...]  # villages for which each criterion is the next step


def _key(name: str | None) -> str | None:
    """How names are compared: NFC, spaces collapsed, case folded."""
    if name is None or not name.strip():
        return None
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


class Portfolio:
    """Per-territory totals of the villages of one criteria set."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.groups: dict[tuple[str, str | None, str | None], _Group] = {}
        self._scale = plan.scale

    def _group(self, level: str, name: str | None, within: str | None = None) -> _Group:
        key = (level, _key(name), _key(within))
        group = self.groups.get(key)
        if group is None:
            plan = self.plan
            size = len(plan.crits)
            shown_name = name.strip() if name and name.strip() else None
            shown_within = within.strip() if within and within.strip() else None
            group = self.groups[key] = _Group(
                shown_name if level != "all" else None,
                shown_within,
                tiers=[0] * len(plan.tiers),
                dimensions=[_Mean() for _ in plan.dimensions],
                criteria=[_Mean() for _ in range(size)],
                met=[0] * size,
                assessed=[0] * size,
                not_met=[0] * size,
                next_step=[0] * size,
            )
        return group

    def add(self, village: VillageResult) -> None:
        """Count one scored village (of this criteria set) in each of its territories."""
        plan = self.plan
        scores = village.scores
        scale = self._scale
        units = [round(p * scale) for p in scores.criterion_points]
        maxima = [round(m * scale) for m in scores.criterion_max]
        dims = [dimension_percent(members, units, maxima) for members in plan.members]
        overall = parse_fraction(scores.percent_exact) or Fraction(0)
        top = scores.top_gap[0] if scores.top_gap is not None else None
        groups = (
            self._group("all", None),
            self._group("region", village.region),
            self._group("municipality", village.municipality),
            self._group("parish", village.parish, village.municipality),
            self._group("leader_group", village.leader.leader_group),
        )
        for group in groups:
            group.villages += 1
            group.tiers[scores.tier] += 1
            group.overall.add(overall.numerator, overall.denominator)
            for mean, percent in zip(group.dimensions, dims, strict=True):
                if percent is not None:
                    mean.add(percent.numerator, percent.denominator)
            for i, (got, most, status) in enumerate(
                zip(units, maxima, scores.criterion_status, strict=True)
            ):
                if most > 0:
                    group.criteria[i].add(100 * got, most)
                    group.assessed[i] += 1
                    if status == MET:
                        group.met[i] += 1
                    else:
                        group.not_met[i] += 1
            if top is not None:
                group.next_step[top] += 1

    def rows(self) -> list[TerritoryRow]:
        """Every territory: the whole batch first, then each level in :data:`LEVELS`
        order, territories by name (the ones not given last)."""
        out = []
        for level in LEVELS:
            found = [(k, g) for k, g in self.groups.items() if k[0] == level]
            found.sort(key=lambda item: (item[0][1] is None, item[0][2] or "", item[0][1] or ""))
            for _, group in found:
                out.append(
                    TerritoryRow(
                        level=level,
                        name=group.name,
                        within=group.within,
                        villages=group.villages,
                        tiers=tuple(group.tiers),
                        overall=group.overall.value(),
                        dimensions=tuple(m.value() for m in group.dimensions),
                        criteria=tuple(m.value() for m in group.criteria),
                        met_rates=tuple(
                            Fraction(100 * met, n) if n else None
                            for met, n in zip(group.met, group.assessed, strict=True)
                        ),
                        not_met=tuple(group.not_met),
                        next_step=tuple(group.next_step),
                    )
                )
        return out


def average(value: Fraction | None, plan: Plan, digits: int = 2) -> float | None:
    """A mean percent as shown: rounded once, never onto or across a threshold of the
    criteria set that the exact value does not reach (as the report shows a percent)."""
    return None if value is None else shown(value, digits, plan.thresholds)


def rate(value: Fraction | None, digits: int = 2) -> float | None:
    """A met rate (percent of villages) as shown: rounded once, half away from zero."""
    return None if value is None else shown(value, digits)


def portfolios(villages: list[VillageResult], plans: dict[str, Plan]) -> dict[str, Portfolio]:
    """A :class:`Portfolio` per criteria set, of ``villages`` (each counted in its own set)."""
    out: dict[str, Portfolio] = {ref: Portfolio(plan) for ref, plan in plans.items()}
    for village in villages:
        out[village.criteria].add(village)
    return out
