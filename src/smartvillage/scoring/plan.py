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

Each question's rule is compiled to a function from an answer value to units: common
values take a precomputed lookup, anything else goes through
``scoring.answers.interpret``, which stays the authority on what an answer means and on
every error message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, NamedTuple

from smartvillage.models.criteria import CriteriaSet, Question
from smartvillage.models.questionnaire import Questionnaire
from smartvillage.scoring.answers import NO, YES, interpret, parse_number
from smartvillage.scoring.arithmetic import HUNDRED, exact, point_scale

UNANSWERED, NOT_APPLICABLE, ANSWERED = 0, 1, 2
MET, NOT_MET, NOT_ASSESSED = "met", "not_met", "not_assessed"
_SPLIT = re.compile(r"[;,]")


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

    kind: str
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
        self.scale = point_scale(_point_values(criteria))
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
                self.questions.append(QuestionPlan(
                    id=question.id, type=question.type, question=question, criterion=ci,
                    max_units=max_units(question, self.scale),
                    evidence_required=question.evidence == "required",
                    allow_na=question.allow_na, units=compile_rule(question, self.scale)))
            self.crits.append(CriterionPlan(
                id=criterion.id, dimension=dim_index[criterion.dimension],
                weight=exact(criterion.weight), gate=criterion.gate,
                needed=exact(criteria.met_percent(criterion)), first=first,
                last=len(self.questions),
                max_units=sum(q.max_units for q in self.questions[first:])))
        self.question_index = {q.id: i for i, q in enumerate(self.questions)}
        self.criterion_index = {c.id: i for i, c in enumerate(self.crits)}
        self.by_dimension = [[i for i, c in enumerate(self.crits) if c.dimension == d]
                             for d in range(len(self.dimensions))]
        self.dim_weights = [exact(d.weight) for d in self.dimensions]
        self.gate_index = [i for i, c in enumerate(self.crits) if c.gate]
        self.min_percents = [exact(t.min_percent) for t in self.tiers]
        self.min_dimension_percents = [None if t.min_dimension_percent is None
                                       else exact(t.min_dimension_percent) for t in self.tiers]
        # every percent that decides something: no shown percent is rounded across one
        self.thresholds = sorted({p for p in self.min_percents if p}
                                 | {p for p in self.min_dimension_percents if p is not None}
                                 | {c.needed for c in self.crits})
        # the members of each dimension, with their weights, for the hot loop of evaluate()
        self._members = [[(i, self.crits[i].weight) for i in members]
                         for members in self.by_dimension]
        self._member_weight = [sum((w for _, w in m), Fraction(0)) for m in self._members]
        self._all_dim_weight = sum(self.dim_weights, Fraction(0))

    # -- scoring ------------------------------------------------------------------

    def criterion_maxima(self) -> list[float]:
        """Each criterion's most points (nothing not applicable)."""
        return [self.points(c.max_units) for c in self.crits]

    def points(self, units: int) -> float:
        """Units as points (exact in the shown digits: units are whole)."""
        return units / self.scale + 0.0

    def answers_of(self, questionnaire: Questionnaire
                   ) -> tuple[list[int], list[int], list[bool]]:
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
        evidence.
        """
        questions = self.questions
        missing = [False] * len(states)
        answered = unanswered = skipped = evidence_missing = 0
        for qi, state in enumerate(states):
            if state == ANSWERED:
                answered += 1
                if units[qi] > 0 and not evidence[qi] and questions[qi].evidence_required:
                    missing[qi] = True
                    evidence_missing += 1
            elif state == UNANSWERED:
                unanswered += 1
            else:
                skipped += 1
        c_units: list[int] = []
        c_max: list[int] = []
        c_percent: list[Fraction | None] = []
        c_status: list[str] = []
        for crit in self.crits:
            got = maximum = 0
            if skipped:
                for qi in range(crit.first, crit.last):
                    state = states[qi]
                    if state == ANSWERED:
                        got += units[qi]
                    if state != NOT_APPLICABLE:
                        maximum += questions[qi].max_units
            else:
                maximum = crit.max_units
                for qi in range(crit.first, crit.last):
                    if states[qi] == ANSWERED:
                        got += units[qi]
            c_units.append(got)
            c_max.append(maximum)
            if maximum > 0:
                c_percent.append(Fraction(100 * got, maximum))
                c_status.append(MET if 100 * got >= crit.needed * maximum else NOT_MET)
            else:
                c_percent.append(None)
                c_status.append(NOT_ASSESSED)
        d_percent: list[Fraction | None] = []
        for members, full in zip(self._members, self._member_weight, strict=True):
            total = Fraction(0)
            weight = full
            for i, w in members:
                percent = c_percent[i]
                if percent is None:
                    weight -= w
                else:
                    total += percent * w
            d_percent.append(total / weight if weight > 0 else None)
        total = Fraction(0)
        weight = self._all_dim_weight
        for percent, w in zip(d_percent, self.dim_weights, strict=True):
            if percent is None:
                weight -= w
            else:
                total += percent * w
        overall = total / weight if weight > 0 else Fraction(0)
        outcome = Outcome(self, states, units, evidence, missing, c_units, c_max, c_percent,
                          c_status, d_percent, overall, answered, unanswered, skipped,
                          evidence_missing)
        outcome.tier = outcome.first_reached()
        return outcome


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
    criterion_percents: list[Fraction | None]
    criterion_status: list[str]
    dimension_percents: list[Fraction | None]
    overall: Fraction
    answered: int
    unanswered: int
    not_applicable: int
    missing_count: int
    tier: int = -1

    # -- the tier -----------------------------------------------------------------

    def requirements(self, rank: int) -> list[Requirement]:
        """Every requirement of the tier at ``rank`` (0 = highest), checked."""
        plan = self.plan
        tier = plan.tiers[rank]
        out = []
        needed = plan.min_percents[rank]
        if needed:
            out.append(Requirement("min_percent", self.overall >= needed, (), self.overall,
                                   needed))
        floor = plan.min_dimension_percents[rank]
        if floor is not None:
            low = tuple(i for i, p in enumerate(self.dimension_percents)
                        if p is not None and p < floor)
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
            out.append(Requirement("evidence_complete", not lacking, lacking,
                                   Fraction(len(lacking)), Fraction(0)))
        return out

    def reaches(self, rank: int) -> bool:
        """Whether every requirement of the tier at ``rank`` holds."""
        return all(r.met for r in self.requirements(rank))

    def first_reached(self) -> int:
        """The rank of the highest tier whose every requirement holds."""
        last = len(self.plan.tiers) - 1
        return next((rank for rank in range(last) if self.reaches(rank)), last)

    # -- summary figures ----------------------------------------------------------

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
        for i, percent in enumerate(self.dimension_percents):
            if percent is not None and (best is None or
                                        percent < self.dimension_percents[best]):  # type: ignore[operator]
                best = i
        return best

    @property
    def average_dimension_percent(self) -> Fraction | None:
        """The plain mean of the assessed dimensions' percents."""
        known = [p for p in self.dimension_percents if p is not None]
        return sum(known, Fraction(0)) / len(known) if known else None

    @property
    def gates_met(self) -> int:
        """How many gate criteria are met."""
        return sum(self.criterion_status[i] == MET for i in self.plan.gate_index)

    @property
    def criteria_met(self) -> int:
        """How many criteria are met."""
        return self.criterion_status.count(MET)

    def dimension_units(self, d: int) -> tuple[int, int]:
        """A dimension's points and maximum, in units."""
        members = self.plan.by_dimension[d]
        return (sum(self.criterion_units[i] for i in members),
                sum(self.criterion_max[i] for i in members))

    # -- gaps ---------------------------------------------------------------------

    def gaps(self) -> list[tuple[int, Fraction]]:
        """Every criterion below full marks with the overall percentage points it could add
        at full marks, the biggest first (the earlier criterion on a tie)."""
        plan = self.plan
        dims = self.dimension_percents
        dim_weight = sum((w for w, p in zip(plan.dim_weights, dims, strict=True)
                          if p is not None), Fraction(0))
        out = []
        for d, members in enumerate(plan._members):
            if dims[d] is None:
                continue
            known = [(i, w) for i, w in members if self.criterion_percents[i] is not None]
            crit_weight = sum((w for _, w in known), Fraction(0))
            share = plan.dim_weights[d] / dim_weight / crit_weight
            for i, w in known:
                percent = self.criterion_percents[i]
                if percent < HUNDRED:  # type: ignore[operator]
                    out.append((i, (HUNDRED - percent) * w * share))  # type: ignore[operator]
        out.sort(key=lambda gap: (-gap[1], gap[0]))
        return out

    @property
    def top_gap(self) -> tuple[int, Fraction] | None:
        """The biggest gap (see :meth:`gaps`), or None at full marks."""
        gaps = self.gaps()
        return gaps[0] if gaps else None


def _point_values(criteria: CriteriaSet) -> list[float]:
    """Every number of the set that points are made of (for ``Plan.scale``)."""
    values: list[float] = []
    for criterion in criteria.criteria:
        for q in criterion.questions:
            kind = q.type
            if kind == "yes_no":
                values += [q.points_yes, q.points_no]
            elif kind == "rubric":
                values += [level.points for level in q.levels]
            elif kind == "number":
                values += [band.points for band in q.bands]
            elif kind in ("choice", "multi_choice"):
                values += [o.points for o in q.options]
                if kind == "multi_choice" and q.cap is not None:
                    values.append(q.cap)
            elif kind == "initiatives":
                values += [q.points_each, q.cap, *(p.points for p in q.properties)]
    return values


def max_units(question: Question, scale: int) -> int:
    """The most units an answer to ``question`` can earn."""
    def u(value: float) -> int:
        return int(exact(value) * scale)

    kind = question.type
    if kind == "yes_no":
        return max(u(question.points_yes), u(question.points_no))
    if kind == "rubric":
        return max(u(level.points) for level in question.levels)
    if kind == "number":
        return max(u(band.points) for band in question.bands)
    if kind == "choice":
        return max(u(o.points) for o in question.options)
    if kind == "multi_choice":
        total = sum(u(o.points) for o in question.options)
        return total if question.cap is None else min(total, u(question.cap))
    return u(question.cap)


def compile_rule(question: Question, scale: int) -> Callable[[Any], int]:
    """A function from an answer value to its units, equal to ``interpret(...).points``.

    Common values take a precomputed lookup; anything else goes to ``interpret``, which
    returns the typed answer or raises AnswerError with the message to show.
    """
    def u(value: float) -> int:
        return int(exact(value) * scale)

    kind = question.type
    if kind in ("yes_no", "rubric", "number", "choice"):
        by_points = {p: u(p) for p in _point_values_of(question)}

        def slow(value: Any) -> int:
            return by_points[interpret(question, value).points]
    if kind == "yes_no":
        yes, no = u(question.points_yes), u(question.points_no)
        words = {w: yes for w in YES} | {w: no for w in NO}

        def yes_no(value: Any) -> int:
            if value is True:
                return yes
            if value is False:
                return no
            if type(value) is str:
                points = words.get(value.strip().casefold())
                if points is not None:
                    return points
            return slow(value)
        return yes_no
    if kind == "rubric":
        levels = {level.value: u(level.points) for level in question.levels}

        def rubric(value: Any) -> int:
            kind_of = type(value)
            points = None
            if kind_of is int:
                points = levels.get(value)
            elif kind_of is float and value.is_integer():
                points = levels.get(int(value))
            elif kind_of is str:
                text = value.strip()
                if text.isdigit() and text.isascii():
                    points = levels.get(int(text))
            return slow(value) if points is None else points
        return rubric
    if kind == "number":
        bands = [(b.min, b.max, u(b.points)) for b in question.bands]
        low, high, integer = question.min, question.max, question.integer

        def number(value: Any) -> int:
            parsed = parse_number(value)
            if (integer and not float(parsed).is_integer()) or \
                    (low is not None and parsed < low) or (high is not None and parsed > high):
                return slow(value)
            if integer:
                parsed = int(parsed)
            for band_min, band_max, points in bands:
                if (band_min is None or parsed >= band_min) and \
                        (band_max is None or parsed < band_max):
                    return points
            return 0
        return number
    if kind in ("choice", "multi_choice"):
        index: dict[str, int] = {}
        for position in range(len(question.options) - 1, -1, -1):
            option = question.options[position]
            for key in (option.value, option.label.get("lv"), option.label.get("en")):
                index[key.casefold()] = position
        option_units = [u(o.points) for o in question.options]
        if kind == "choice":
            def choice(value: Any) -> int:
                if type(value) is str:
                    position = index.get(value.strip().casefold())
                    if position is not None:
                        return option_units[position]
                return slow(value)
            return choice
        cap = None if question.cap is None else u(question.cap)
        by_value = {o.value: units for o, units in zip(question.options, option_units,
                                                      strict=True)}

        def multi_slow(value: Any) -> int:
            total = sum(by_value[v] for v in interpret(question, value).value)
            return total if cap is None else min(total, cap)

        def multi_choice(value: Any) -> int:
            if type(value) is str:
                items: list[Any] = [p for p in _SPLIT.split(value) if p.strip()]
            elif type(value) is list:
                items = value
            else:
                return multi_slow(value)
            chosen: set[int] = set()
            for item in items:
                if type(item) is not str:
                    return multi_slow(value)
                position = index.get(item.strip().casefold())
                if position is None or position in chosen:
                    return multi_slow(value)
                chosen.add(position)
            total = sum(option_units[p] for p in chosen)
            return total if cap is None else min(total, cap)
        return multi_choice
    known = {p.id: u(p.points) for p in question.properties}
    each, cap = u(question.points_each), u(question.cap)

    def initiatives(value: Any) -> int:
        items = interpret(question, value).value
        total = sum(each + sum(known[p] for p in item["properties"]) for item in items)
        return min(total, cap)
    return initiatives


def _point_values_of(question: Question) -> list[float]:
    kind = question.type
    if kind == "yes_no":
        return [question.points_yes, question.points_no]
    if kind == "rubric":
        return [level.points for level in question.levels]
    if kind == "number":
        return [band.points for band in question.bands] + [0.0]
    return [o.points for o in question.options]
