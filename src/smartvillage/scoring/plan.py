"""The one scoring core: a criteria set compiled into a :class:`Plan`, and exact outcomes.

A Plan is compiled once per criteria set. Its :meth:`Plan.evaluate` turns each
question's state (answered, unanswered, not applicable), points and evidence into an
:class:`Outcome`: every figure of the village, exact. The single report
(``scoring.engine``), the batch, the path to the next tier and ``compare`` all take their
figures and decisions from here; nothing else sums, averages or checks a tier.

Points are whole numbers of a *unit*: one point is ``Plan.scale`` units, the least number
that makes every point value of the set whole, so sums are exact. Percents, means and
gains are :class:`~fractions.Fraction`. Each decision (criterion met, tier requirement,
tier) is taken on these exact values; ``scoring.arithmetic.shown`` rounds them once for
display.

Each question's rule is compiled to a function from an answer value to units
(``scoring.rules``); the path keeps an outcome up to date change by change with a
``scoring.tally.Tally``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from smartvillage.models.criteria import CriteriaSet, Question
from smartvillage.models.questionnaire import Questionnaire
from smartvillage.scoring.arithmetic import Thresholds, exact, point_scale
from smartvillage.scoring.rules import compile_rule, max_units, point_values

if TYPE_CHECKING:
    from smartvillage.models.report import CriterionStatus, PathRequirementKind

UNANSWERED, NOT_APPLICABLE, ANSWERED = 0, 1, 2
MET: Final = "met"
NOT_MET: Final = "not_met"
NOT_ASSESSED: Final = "not_assessed"


@dataclass(frozen=True, slots=True)
class QuestionPlan:
    """One question: its rule compiled to a function from an answer value to units."""

    id: str
    type: str
    question: Question
    criterion: int
    max_units: int
    evidence_required: bool
    allow_na: bool
    units: Callable[[Any], int]


@dataclass(frozen=True, slots=True)
class CriterionPlan:
    """One criterion: its questions (``first:last`` of the plan's list) and threshold."""

    id: str
    dimension: int
    weight: Fraction
    gate: bool
    needed: Fraction
    first: int
    last: int
    max_units: int


class Requirement(NamedTuple):
    """One requirement of a tier, checked on exact values.

    ``failing`` holds indices: of dimensions (``min_dimension_percent``), criteria
    (``all_gates``, ``all_criteria``) or questions (``evidence_complete``).
    """

    kind: PathRequirementKind
    met: bool
    failing: tuple[int, ...] = ()
    value: Fraction | None = None
    needed: Fraction | None = None


class Plan:
    """A criteria set compiled for scoring (see the module docstring)."""

    def __init__(self, criteria: CriteriaSet, digest: str | None = None) -> None:
        from smartvillage.scoring.digest import criteria_digest

        self.criteria = criteria
        self.ref = criteria.ref
        self.digest = digest or criteria_digest(criteria)
        self.scale = point_scale(point_values(criteria))
        self.dimensions = list(criteria.dimensions)
        self.tiers = list(criteria.tiers)
        self.tier_ids = [t.id for t in self.tiers]
        self.criteria_models = list(criteria.criteria)
        dim_index = {d.id: i for i, d in enumerate(self.dimensions)}
        self.questions: list[QuestionPlan] = []
        self.crits: list[CriterionPlan] = []
        for ci, criterion in enumerate(criteria.criteria):
            first = len(self.questions)
            for question in criterion.questions:
                self.questions.append(
                    QuestionPlan(
                        id=question.id,
                        type=question.type,
                        question=question,
                        criterion=ci,
                        max_units=max_units(question, self.scale),
                        evidence_required=question.evidence == "required",
                        allow_na=question.allow_na,
                        units=compile_rule(question, self.scale),
                    )
                )
            self.crits.append(
                CriterionPlan(
                    id=criterion.id,
                    dimension=dim_index[criterion.dimension],
                    weight=exact(criterion.weight),
                    gate=criterion.gate,
                    needed=exact(criteria.met_percent(criterion)),
                    first=first,
                    last=len(self.questions),
                    max_units=sum(q.max_units for q in self.questions[first:]),
                )
            )
        self.question_index = {q.id: i for i, q in enumerate(self.questions)}
        self.criterion_index = {c.id: i for i, c in enumerate(self.crits)}
        self.by_dimension = [
            [i for i, c in enumerate(self.crits) if c.dimension == d]
            for d in range(len(self.dimensions))
        ]
        self.dim_weights = [exact(d.weight) for d in self.dimensions]
        self.gate_index = [i for i, c in enumerate(self.crits) if c.gate]
        self.min_percents = [exact(t.min_percent) for t in self.tiers]
        self.min_dimension_percents = [
            None if t.min_dimension_percent is None else exact(t.min_dimension_percent)
            for t in self.tiers
        ]
        # every percent that decides something: no shown percent is rounded across one
        self.thresholds = Thresholds(
            {p for p in self.min_percents if p}
            | {p for p in self.min_dimension_percents if p is not None}
            | {c.needed for c in self.crits}
        )
        # whole-number weights: within a dimension (criteria) and across dimensions; a
        # weighted mean is the same with every weight multiplied by one number
        self.members = [
            [(i, w) for i, w in zip(ids, _whole([self.crits[i].weight for i in ids]), strict=True)]
            for ids in self.by_dimension
        ]
        self.dimension_weights = _whole(self.dim_weights)
        self.needs = [(c.needed.numerator, c.needed.denominator) for c in self.crits]
        self.floors = sorted({f for f in self.min_dimension_percents if f is not None})
        # flat views for the hot loop of evaluate()
        self._required = [q.evidence_required for q in self.questions]
        self._maxima = [q.max_units for q in self.questions]
        self._spans = [
            (c.first, c.last, *need) for c, need in zip(self.crits, self.needs, strict=True)
        ]

    # -- scoring ------------------------------------------------------------------

    def shares(self) -> list[Fraction]:
        """Each criterion's share of the overall score when every criterion is assessed:
        its weight within its dimension times its dimension's weight (they add up to 1)."""
        total = sum(self.dimension_weights)
        out = [Fraction(0)] * len(self.crits)
        for d, members in enumerate(self.members):
            weight = sum(w for _, w in members)
            for ci, w in members:
                out[ci] = Fraction(w * self.dimension_weights[d], weight * total)
        return out

    def criterion_maxima(self) -> list[float]:
        """Each criterion's most points (nothing not applicable)."""
        return [self.points(c.max_units) for c in self.crits]

    def points(self, units: int) -> float:
        """Units as points (exact in the shown digits: units are whole)."""
        return units / self.scale + 0.0

    def answers_of(self, questionnaire: Questionnaire) -> tuple[list[int], list[int], list[bool]]:
        """Each question's state, units and whether its answer carries evidence.

        The questionnaire must be valid for this set (``engine.check_answers`` found no
        problem): an answer that does not fit raises ``AnswerError``.
        """
        count = len(self.questions)
        states = [UNANSWERED] * count
        units = [0] * count
        evidence = [False] * count
        for qi, question in enumerate(self.questions):
            answer = questionnaire.answer(question.id)
            if answer is None:
                continue
            if answer.na:
                states[qi] = NOT_APPLICABLE
                continue
            units[qi] = question.units(answer.value)
            states[qi] = ANSWERED
            evidence[qi] = bool(answer.evidence)
        return states, units, evidence

    def score_questionnaire(self, questionnaire: Questionnaire) -> Outcome:
        """The outcome of a valid questionnaire."""
        return self.evaluate(*self.answers_of(questionnaire))

    def evaluate(self, states: list[int], units: list[int], evidence: list[bool]) -> Outcome:
        """Every figure of one village from its questions' states, units and evidence.

        ``units`` of a question that is not answered is ignored; a claim (an answer that
        earns points) to a question that requires evidence and has none is missing
        evidence. Linear in the number of questions.
        """
        required, maxima = self._required, self._maxima
        missing = [False] * len(states)
        answered = unanswered = skipped = evidence_missing = 0
        c_units: list[int] = []
        c_max: list[int] = []
        c_status: list[CriterionStatus] = []
        not_met = 0
        for first, last, need_num, need_den in self._spans:
            got = maximum = 0
            for qi in range(first, last):
                state = states[qi]
                if state == ANSWERED:
                    answered += 1
                    earned = units[qi]
                    got += earned
                    maximum += maxima[qi]
                    if earned > 0 and required[qi] and not evidence[qi]:
                        missing[qi] = True
                        evidence_missing += 1
                elif state == UNANSWERED:
                    unanswered += 1
                    maximum += maxima[qi]
                else:
                    skipped += 1
            c_units.append(got)
            c_max.append(maximum)
            if maximum <= 0:
                c_status.append(NOT_ASSESSED)
            elif 100 * got * need_den >= need_num * maximum:
                c_status.append(MET)
            else:
                c_status.append(NOT_MET)
                not_met += 1
        dims = [dimension_percent(members, c_units, c_max) for members in self.members]
        outcome = Outcome(
            self,
            states,
            units,
            evidence,
            missing,
            c_units,
            c_max,
            c_status,
            dims,
            overall_percent(dims, self.dimension_weights),
            answered,
            unanswered,
            skipped,
            evidence_missing,
            not_met,
            sum(c_status[i] != MET for i in self.gate_index),
        )
        outcome.tier = outcome.first_reached()
        return outcome

    def holds(
        self,
        rank: int,
        overall: Fraction,
        below: Callable[[Fraction], int],
        gates_open: int,
        not_met: int,
        evidence_missing: int,
    ) -> bool:
        """Whether the tier at ``rank`` is reached, from the village's overall percent,
        ``below(floor)`` (how many dimensions are under a percent), how many gates are
        not met, how many criteria are not met and how many claims lack evidence.

        The one tier check: the report, the batch and the path all decide with it.
        """
        tier = self.tiers[rank]
        if _less(overall, self.min_percents[rank]):
            return False
        floor = self.min_dimension_percents[rank]
        if floor is not None and below(floor):
            return False
        if tier.all_gates and gates_open:
            return False
        if tier.all_criteria and not_met:
            return False
        return not (tier.evidence_complete and evidence_missing)


def _less(a: Fraction, b: Fraction) -> bool:
    """``a < b``, by whole numbers (quicker than comparing fractions)."""
    return a.numerator * b.denominator < b.numerator * a.denominator


def _whole(weights: list[Fraction]) -> list[int]:
    """Weights as whole numbers in the same proportions."""
    scale = 1
    for w in weights:
        scale = math.lcm(scale, w.denominator)
    return [int(w * scale) for w in weights]


def dimension_percent(
    members: list[tuple[int, int]], got: list[int], maximum: list[int]
) -> Fraction | None:
    """The weighted mean of the assessed member criteria's percents (None if none is).

    ``members`` are (criterion, whole weight); ``got`` and ``maximum`` each criterion's
    units. Summed in whole numbers over a common denominator, then one fraction.
    """
    num, den, weight = 0, 1, 0
    for ci, w in members:
        m = maximum[ci]
        if m <= 0:
            continue
        weight += w
        if den % m:
            common = den * m // math.gcd(den, m)
            num *= common // den
            den = common
        num += w * got[ci] * (den // m)
    return Fraction(100 * num, den * weight) if weight else None


def overall_percent(dims: list[Fraction | None], weights: list[int]) -> Fraction:
    """The weighted mean of the assessed dimensions' percents (0 when none is)."""
    num, den, weight = 0, 1, 0
    for percent, w in zip(dims, weights, strict=True):
        if percent is None:
            continue
        weight += w
        d = percent.denominator
        if den % d:
            common = den * d // math.gcd(den, d)
            num *= common // den
            den = common
        num += w * percent.numerator * (den // d)
    return Fraction(num, den * weight) if weight else Fraction(0)


@dataclass(slots=True, eq=False)
class Outcome:
    """Every figure of one village, exact (see the module docstring)."""

    plan: Plan
    states: list[int]
    units: list[int]
    evidence: list[bool]
    evidence_missing: list[bool]
    criterion_units: list[int]
    criterion_max: list[int]
    criterion_status: list[CriterionStatus]
    dimension_percents: list[Fraction | None]
    overall: Fraction
    answered: int
    unanswered: int
    not_applicable: int
    missing_count: int
    not_met: int
    gates_open: int
    tier: int = -1
    _percents: list[Fraction | None] | None = None

    # -- the tier -----------------------------------------------------------------

    def below(self, floor: Fraction) -> int:
        """How many assessed dimensions are under ``floor`` percent."""
        return sum(p is not None and _less(p, floor) for p in self.dimension_percents)

    def reaches(self, rank: int) -> bool:
        """Whether every requirement of the tier at ``rank`` holds (``Plan.holds``)."""
        return self.plan.holds(
            rank, self.overall, self.below, self.gates_open, self.not_met, self.missing_count
        )

    def first_reached(self) -> int:
        """The rank of the highest tier whose every requirement holds."""
        last = len(self.plan.tiers) - 1
        return next((rank for rank in range(last) if self.reaches(rank)), last)

    def requirements(self, rank: int) -> list[Requirement]:
        """Every requirement of the tier at ``rank`` (0 = highest), with what falls short.

        The same checks as :meth:`reaches`, spelled out for the report.
        """
        plan = self.plan
        tier = plan.tiers[rank]
        out = []
        needed = plan.min_percents[rank]
        if needed:
            out.append(Requirement("min_percent", self.overall >= needed, (), self.overall, needed))
        floor = plan.min_dimension_percents[rank]
        if floor is not None:
            low = tuple(
                i for i, p in enumerate(self.dimension_percents) if p is not None and p < floor
            )
            out.append(Requirement("min_dimension_percent", not low, low, None, floor))
        if tier.all_gates:
            status = self.criterion_status
            shut = tuple(i for i in plan.gate_index if status[i] != MET)
            out.append(Requirement("all_gates", not shut, shut))
        if tier.all_criteria:
            unmet = tuple(i for i, s in enumerate(self.criterion_status) if s == NOT_MET)
            out.append(Requirement("all_criteria", not unmet, unmet))
        if tier.evidence_complete:
            lacking = tuple(i for i, m in enumerate(self.evidence_missing) if m)
            out.append(
                Requirement(
                    "evidence_complete", not lacking, lacking, Fraction(len(lacking)), Fraction(0)
                )
            )
        return out

    # -- summary figures ----------------------------------------------------------

    @property
    def criterion_percents(self) -> list[Fraction | None]:
        """Each criterion's percent (None when not assessed), made when first asked for."""
        if self._percents is None:
            self._percents = [
                Fraction(100 * g, m) if m > 0 else None
                for g, m in zip(self.criterion_units, self.criterion_max, strict=True)
            ]
        return self._percents

    @property
    def points(self) -> int:
        """The village's points, in units."""
        return sum(self.criterion_units)

    @property
    def max_units(self) -> int:
        """The most points the village could have, in units (not-applicable left out)."""
        return sum(self.criterion_max)

    @property
    def weakest(self) -> int | None:
        """The assessed dimension with the lowest percent (the first on a tie)."""
        best: int | None = None
        lowest: Fraction | None = None
        for i, percent in enumerate(self.dimension_percents):
            if percent is not None and (lowest is None or _less(percent, lowest)):
                best, lowest = i, percent
        return best

    @property
    def average_dimension_percent(self) -> Fraction | None:
        """The plain mean of the assessed dimensions' percents."""
        dims = self.dimension_percents
        if all(p is None for p in dims):
            return None
        return overall_percent(dims, [1] * len(dims))

    @property
    def gates_met(self) -> int:
        """How many gate criteria are met."""
        return len(self.plan.gate_index) - self.gates_open

    @property
    def criteria_met(self) -> int:
        """How many criteria are met."""
        return self.criterion_status.count(MET)

    def dimension_units(self, d: int) -> tuple[int, int]:
        """A dimension's points and maximum, in units."""
        members = self.plan.by_dimension[d]
        return (
            sum(self.criterion_units[i] for i in members),
            sum(self.criterion_max[i] for i in members),
        )

    # -- gaps ---------------------------------------------------------------------

    def gaps(self) -> list[tuple[int, Fraction]]:
        """Every assessed criterion below full marks with the overall percentage points it
        would add at full marks, the biggest first (the earlier criterion on a tie)."""
        return [(i, Fraction(num, den)) for i, num, den in self.gap_ratios()]

    def gap_ratios(self) -> list[tuple[int, int, int]]:
        """:meth:`gaps` as (criterion, numerator, denominator): no fraction objects, for
        the batch's many villages."""
        plan = self.plan
        dims = self.dimension_percents
        got, top = self.criterion_units, self.criterion_max
        dim_weight = sum(
            w for w, p in zip(plan.dimension_weights, dims, strict=True) if p is not None
        )
        out = []
        for d, members in enumerate(plan.members):
            if dims[d] is None:
                continue
            crit_weight = sum(w for i, w in members if top[i] > 0)
            factor = plan.dimension_weights[d]
            for i, w in members:
                m = top[i]
                if m > 0 and got[i] < m:
                    out.append((i, 100 * (m - got[i]) * w * factor, m * crit_weight * dim_weight))
        # floats order quickly; should two unequal gains share a float, order exactly
        out.sort(key=_by_float_gain)
        for (_, a, b), (_, c, d) in pairwise(out):
            if a * d != c * b and a / b == c / d:
                out.sort(key=lambda gap: (-Fraction(gap[1], gap[2]), gap[0]))
                break
        return out

    @property
    def top_gap(self) -> tuple[int, Fraction] | None:
        """The biggest gap (see :meth:`gaps`), or None at full marks."""
        gaps = self.gaps()
        return gaps[0] if gaps else None


def _by_float_gain(gap: tuple[int, int, int]) -> tuple[float, int]:
    return -gap[1] / gap[2], gap[0]
