"""A village's outcome kept up to date one answer change at a time, for the path.

The path to the next tier tries many small changes to one village; scoring the whole
village again for each would cost time in proportion to the size of the set. A
:class:`Tally` keeps the sums a change touches and decides a tier with the scoring core's
own check (``Plan.holds``); tests check it against a fresh ``Plan.evaluate`` after every
change.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from smartvillage.scoring.plan import MET, NOT_MET, Outcome

if TYPE_CHECKING:
    from smartvillage.models.report import CriterionStatus


class Tally:
    """A village's outcome kept up to date, one answer change at a time (for the path).

    Built from an :class:`Outcome`; :meth:`change` sets one question's units and
    evidence in time independent of the size of the set, :meth:`reaches` checks a tier
    with ``Plan.holds``. Questions keep their state (answered or not): the path changes
    answers, never what is applicable, so maxima and what is assessed stay as they are.
    """

    def __init__(self, outcome: Outcome) -> None:
        plan = outcome.plan
        self.plan = plan
        self.units = list(outcome.units)
        self.evidence = list(outcome.evidence)
        self.missing = list(outcome.evidence_missing)
        self.got = list(outcome.criterion_units)
        self.maximum = outcome.criterion_max
        self.status = list(outcome.criterion_status)
        self.dims = list(outcome.dimension_percents)
        self.crit_weight = [
            sum(w for i, w in members if self.maximum[i] > 0) for members in plan.members
        ]
        self.weight_of = {i: w for members in plan.members for i, w in members}
        self.dim_weight = sum(
            w for w, p in zip(plan.dimension_weights, self.dims, strict=True) if p is not None
        )
        self.weighted = sum(
            (
                p * w
                for p, w in zip(self.dims, plan.dimension_weights, strict=True)
                if p is not None
            ),
            Fraction(0),
        )
        self.missing_count = outcome.missing_count
        self.not_met = outcome.not_met
        self.gates_open = outcome.gates_open
        self.below_count = {f: outcome.below(f) for f in plan.floors}

    @property
    def overall(self) -> Fraction:
        """The overall percent now."""
        return self.weighted / self.dim_weight if self.dim_weight else Fraction(0)

    def change(self, qi: int, units: int, evidence: bool) -> None:
        """Set question ``qi``'s units and whether it carries evidence."""
        plan = self.plan
        question = plan.questions[qi]
        ci = question.criterion
        delta = units - self.units[qi]
        self.units[qi] = units
        self.evidence[qi] = evidence
        missing = units > 0 and not evidence and question.evidence_required
        if missing != self.missing[qi]:
            self.missing[qi] = missing
            self.missing_count += 1 if missing else -1
        if not delta:
            return
        self.got[ci] += delta
        maximum = self.maximum[ci]
        need_num, need_den = plan.needs[ci]
        status: CriterionStatus = (
            MET if 100 * self.got[ci] * need_den >= need_num * maximum else NOT_MET
        )
        old = self.status[ci]
        if status != old:
            self.status[ci] = status
            self.not_met += 1 if status == NOT_MET else -1
            if plan.crits[ci].gate:
                self.gates_open += 1 if status != MET else -1
        d = plan.crits[ci].dimension
        before = self.dims[d]
        assert before is not None  # units changed, so the criterion and its dimension count
        after = before + Fraction(
            100 * delta * self.weight_of[ci],
            maximum * self.crit_weight[d],
        )
        self.dims[d] = after
        self.weighted += (after - before) * plan.dimension_weights[d]
        for floor in self.below_count:
            self.below_count[floor] += (after < floor) - (before < floor)

    def gain(self, ci: int, units: int) -> Fraction:
        """Overall percentage points that ``units`` more on criterion ``ci`` would add."""
        plan = self.plan
        d = plan.crits[ci].dimension
        if not self.dim_weight or not self.maximum[ci]:
            return Fraction(0)
        return Fraction(
            100 * units * self.weight_of[ci] * plan.dimension_weights[d],
            self.maximum[ci] * self.crit_weight[d] * self.dim_weight,
        )

    def reaches(self, rank: int) -> bool:
        """Whether every requirement of the tier at ``rank`` holds now."""
        return self.plan.holds(
            rank,
            self.overall,
            self.below_count.__getitem__,
            self.gates_open,
            self.not_met,
            self.missing_count,
        )
