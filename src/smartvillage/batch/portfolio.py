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
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Literal

from smartvillage.scoring.arithmetic import parse_fraction, shown
from smartvillage.scoring.plan import MET, dimension_percent

if TYPE_CHECKING:
    from smartvillage.batch.results import VillageResult
    from smartvillage.scoring.plan import Plan

_MEMO_SIZE = 50_000
LEVELS = ("all", "region", "municipality", "parish", "leader_group")


class _Mean:
    """An exact running mean of fractions, kept as one numerator per denominator."""

    __slots__ = ("count", "sums")

    def __init__(self) -> None:
        self.sums: dict[int, int] = {}
        self.count = 0

    def add(self, numerator: int, denominator: int) -> None:
        sums = self.sums
        sums[denominator] = sums.get(denominator, 0) + numerator
        self.count += 1

    def merge(self, other: _Mean) -> None:
        for denominator, numerator in other.sums.items():
            self.sums[denominator] = self.sums.get(denominator, 0) + numerator
        self.count += other.count

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

    @classmethod
    def empty(cls, plan: Plan, name: str | None = None, within: str | None = None) -> _Group:
        size = len(plan.crits)
        return cls(
            name,
            within,
            tiers=[0] * len(plan.tiers),
            dimensions=[_Mean() for _ in plan.dimensions],
            criteria=[_Mean() for _ in range(size)],
            met=[0] * size,
            assessed=[0] * size,
            not_met=[0] * size,
            next_step=[0] * size,
        )

    def merge(self, other: _Group) -> None:
        """Add another group's totals to this one's."""
        self.villages += other.villages
        self.overall.merge(other.overall)
        for mine, theirs in zip(self.dimensions, other.dimensions, strict=True):
            mine.merge(theirs)
        for mine, theirs in zip(self.criteria, other.criteria, strict=True):
            mine.merge(theirs)
        for name in ("tiers", "met", "assessed", "not_met", "next_step"):
            mine_list, theirs_list = getattr(self, name), getattr(other, name)
            for i, value in enumerate(theirs_list):
                mine_list[i] += value


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
    """Per-territory totals of the villages of one criteria set.

    Each village is counted once, in the group of its exact combination of region,
    municipality, parish and LEADER group; :meth:`rows` adds those up per territory.
    """

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.leaves: dict[tuple[str | None, ...], tuple[tuple[str | None, ...], _Group]] = {}
        self._scale = plan.scale
        # the same names and the same figures come back village after village
        self._keys: dict[tuple[str | None, ...], tuple[str | None, ...]] = {}
        self._overall: dict[str, tuple[int, int]] = {}
        self._dims: dict[tuple[int, ...], tuple[int, int] | None] = {}

    def add(self, village: VillageResult) -> None:
        """Count one scored village (of this criteria set)."""
        plan = self.plan
        scores = village.scores
        names = (village.region, village.municipality, village.parish, village.leader.leader_group)
        key = self._keys.get(names)
        if key is None:
            key = tuple(map(_key, names))
            if len(self._keys) < _MEMO_SIZE:
                self._keys[names] = key
        found = self.leaves.get(key)
        if found is None:
            found = self.leaves[key] = (
                tuple(n.strip() if n and n.strip() else None for n in names),
                _Group.empty(plan),
            )
        group = found[1]
        scale = self._scale
        units = [round(p * scale) for p in scores.criterion_points]
        maxima = [round(m * scale) for m in scores.criterion_max]
        group.villages += 1
        group.tiers[scores.tier] += 1
        overall = self._overall.get(scores.percent_exact)
        if overall is None:
            exact = parse_fraction(scores.percent_exact) or Fraction(0)
            overall = (exact.numerator, exact.denominator)
            if len(self._overall) < _MEMO_SIZE:
                self._overall[scores.percent_exact] = overall
        group.overall.add(*overall)
        memo = self._dims
        for d, (mean, members) in enumerate(zip(group.dimensions, plan.members, strict=True)):
            figures = (d, *(units[i] for i, _ in members), *(maxima[i] for i, _ in members))
            ratio: tuple[int, int] | Literal[False] | None = memo.get(figures, False)
            if ratio is False:
                percent = dimension_percent(members, units, maxima)
                ratio = None if percent is None else (percent.numerator, percent.denominator)
                if len(memo) < _MEMO_SIZE:
                    memo[figures] = ratio
            if ratio is not None:
                mean.add(*ratio)
        met, assessed, not_met, criteria = group.met, group.assessed, group.not_met, group.criteria
        for i, (got, most, status) in enumerate(
            zip(units, maxima, scores.criterion_status, strict=True)
        ):
            if most > 0:
                criteria[i].add(100 * got, most)
                assessed[i] += 1
                if status == MET:
                    met[i] += 1
                else:
                    not_met[i] += 1
        if scores.top_gap is not None:
            group.next_step[scores.top_gap[0]] += 1

    def _levels(self) -> dict[tuple[str, str | None, str | None], _Group]:
        """The leaves added up per territory of every level."""
        plan = self.plan
        out: dict[tuple[str, str | None, str | None], _Group] = {}
        for key, (names, leaf) in self.leaves.items():
            region, municipality, parish, leader = names
            for level, name, within, k in (
                ("all", None, None, (None, None)),
                ("region", region, None, (key[0], None)),
                ("municipality", municipality, None, (key[1], None)),
                ("parish", parish, municipality, (key[2], key[1])),
                ("leader_group", leader, None, (key[3], None)),
            ):
                at = (level, *k)
                group = out.get(at)
                if group is None:
                    group = out[at] = _Group.empty(plan, name, within)
                group.merge(leaf)
        return out

    def rows(self) -> list[TerritoryRow]:
        """Every territory: the whole batch first, then each level in :data:`LEVELS`
        order, territories by name (the ones not given last)."""
        groups = self._levels()
        out = []
        for level in LEVELS:
            found = [(k, g) for k, g in groups.items() if k[0] == level]
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
