"""A criteria set compiled once per batch, to score thousands of rows quickly.

``scoring.score`` builds a full, traceable Report (about 2 ms a village, most of it
Pydantic models and the criteria digest); a batch needs only the figures of the
summary. A :class:`Plan` precomputes, once per criteria set, every lookup the rules
need (yes/no words, rubric levels, option labels, bands) and then applies the very
same rules as ``scoring.engine`` — the same rounding, order of sums and tie-breaks —
to plain lists. Anything unusual falls back to ``scoring.answers.interpret``, which
stays the single authority on what an answer means and on every error message;
tests check that the plan and the engine agree on every figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from smartvillage.models.criteria import CriteriaSet, Question
from smartvillage.models.questionnaire import Questionnaire
from smartvillage.scoring.answers import NO, YES, interpret, parse_number
from smartvillage.scoring.arithmetic import EPSILON, round_figure, weighted_mean
from smartvillage.scoring.engine import criteria_digest

UNANSWERED, NOT_APPLICABLE, ANSWERED = 0, 1, 2
_SPLIT = re.compile(r"[;,]")
_ROUNDED: dict[float, float] = {}  # raw points -> engine-rounded points (a small set)


def exact_points(value: float) -> float:
    """Points as the engine rounds them (``round_figure``), remembered: they repeat a lot."""
    exact = _ROUNDED.get(value)
    if exact is None:
        if len(_ROUNDED) > 100_000:
            _ROUNDED.clear()
        _ROUNDED[value] = exact = round_figure(value)
    return exact


@dataclass(frozen=True, slots=True)
class QuestionPlan:
    """One question: its rule compiled to a function from a value to points."""

    id: str
    type: str
    question: Question
    criterion: int
    max_points: float
    evidence_required: bool
    allow_na: bool
    points: Callable[[Any], float]


@dataclass(frozen=True, slots=True)
class CriterionPlan:
    """One criterion: its questions (a slice of the plan's list), weight and threshold."""

    id: str
    dimension: int
    weight: float
    gate: bool
    needed: float
    first: int
    last: int


class Scores(NamedTuple):
    """The figures a batch reports for one village (the engine's Summary and more)."""

    tier: int
    percent: float
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
    top_gap: tuple[int, float] | None  # (criterion index, gain): the biggest (Plan.gaps: all)


class Plan:
    """A criteria set compiled for batch scoring (see the module docstring)."""

    def __init__(self, criteria: CriteriaSet) -> None:
        self.criteria = criteria
        self.ref = criteria.ref
        self.digest = criteria_digest(criteria)
        self.dimensions = list(criteria.dimensions)
        dim_index = {d.id: i for i, d in enumerate(self.dimensions)}
        self.questions: list[QuestionPlan] = []
        self.crits: list[CriterionPlan] = []
        for ci, criterion in enumerate(criteria.criteria):
            first = len(self.questions)
            for question in criterion.questions:
                self.questions.append(QuestionPlan(
                    id=question.id, type=question.type, question=question, criterion=ci,
                    max_points=round_figure(question.max_points),
                    evidence_required=question.evidence == "required",
                    allow_na=question.allow_na, points=compile_rule(question)))
            self.crits.append(CriterionPlan(
                id=criterion.id, dimension=dim_index[criterion.dimension],
                weight=criterion.weight, gate=criterion.gate,
                needed=criteria.met_percent(criterion), first=first,
                last=len(self.questions)))
        self.criteria_models = list(criteria.criteria)
        self.by_dimension = [[i for i, c in enumerate(self.crits) if c.dimension == d]
                             for d in range(len(self.dimensions))]
        self.tiers = list(criteria.tiers)
        self.tier_ids = [t.id for t in self.tiers]
        self.question_index = {q.id: i for i, q in enumerate(self.questions)}
        # flat views for the hot loop of evaluate()
        self._maxima = [q.max_points for q in self.questions]
        self._spans = [(c.first, c.last, c.needed, sum(self._maxima[c.first:c.last]))
                       for c in self.crits]
        self.criterion_maxima = [round_figure(span[3]) for span in self._spans]
        self._required = [q.evidence_required for q in self.questions]
        self._dim_members = [[(i, self.crits[i].weight) for i in members]
                             for members in self.by_dimension]
        self._dim_weights = [d.weight for d in self.dimensions]
        self._all_dim_weight = sum(self._dim_weights)
        self._all_dims = list(range(len(self.dimensions)))
        self._dim_spans = [(members, sum([w for _, w in members]))
                           for members in self._dim_members]
        self._gate_index = [i for i, c in enumerate(self.crits) if c.gate]

    def score_questionnaire(self, questionnaire: Questionnaire) -> Scores:
        """The scores of a validated questionnaire (``check_answers`` found no problem)."""
        count = len(self.questions)
        states = [UNANSWERED] * count
        raw = [0.0] * count
        evidence = [False] * count
        for qi, question in enumerate(self.questions):
            answer = questionnaire.answer(question.id)
            if answer is None:
                continue
            if answer.na:
                states[qi] = NOT_APPLICABLE
                continue
            raw[qi] = question.points(answer.value)
            states[qi] = ANSWERED
            evidence[qi] = bool(answer.evidence)
        return self.evaluate(states, raw, evidence)

    def evaluate(self, states: list[int], raw: list[float], evidence: list[bool]) -> Scores:
        """Score one village from per-question states, raw points and evidence flags."""
        earned = [0.0] * len(states)
        skipped: set[int] = set()
        answered = unanswered = missing = 0
        required = self._required
        for qi, state in enumerate(states):
            if state == ANSWERED:
                answered += 1
                earned[qi] = exact_points(raw[qi])
                if required[qi] and raw[qi] > 0 and not evidence[qi]:
                    missing += 1
            elif state == UNANSWERED:
                unanswered += 1
            else:
                skipped.add(qi)
        return self.summarise(earned, skipped, answered, unanswered, missing)

    def summarise(self, earned: list[float], skipped: set[int], answered: int,
                  unanswered: int, evidence_missing: int) -> Scores:
        """The village's figures from each question's engine-rounded points.

        ``earned`` holds, per question, the points as the engine rounds them (0.0 when
        unanswered); ``skipped`` the questions answered 'not applicable'. Mirrors
        ``scoring.engine.score`` step by step (see the module docstring): the same
        rounding, the same sums (``sum()`` over the same sequences, so that the result
        is bit for bit the engine's on every Python version), the same order.
        """
        maxima = self._maxima
        c_points: list[float] = []
        c_max: list[float] = []
        c_percent: list[float | None] = []
        c_status: list[str] = []
        for first, last, needed, full_max in self._spans:
            if skipped and not skipped.isdisjoint(range(first, last)):
                kept = [qi for qi in range(first, last) if qi not in skipped]
                points = sum([earned[qi] for qi in kept])
                maximum = sum([maxima[qi] for qi in kept])
            else:
                points = sum(earned[first:last])
                maximum = full_max
            if maximum > 0:
                c_percent.append(round(100 * points / maximum + 0.0, 2))
                c_status.append("met" if 100 * points + EPSILON >= needed * maximum
                                else "not_met")
            else:
                c_percent.append(None)
                c_status.append("not_assessed")
            c_points.append(round(points + 0.0, 4))
            c_max.append(round(maximum + 0.0, 4))
        # scoring.arithmetic.weighted_mean, inlined: the same sums of the same sequences
        dims: list[float | None] = []
        for members, full_weight in self._dim_spans:
            products = [c_percent[i] * weight for i, weight in members  # type: ignore[operator]
                        if c_percent[i] is not None]
            if len(products) == len(members):
                total = full_weight
            else:
                total = sum([weight for i, weight in members if c_percent[i] is not None])
            dims.append(round(sum(products) / total + 0.0, 2) if products and total > 0
                        else None)
        if None in dims:
            overall = weighted_mean(list(zip(dims, self._dim_weights, strict=True))) or 0.0
            assessed = [i for i, p in enumerate(dims) if p is not None]
        else:
            overall = round(sum([p * w for p, w in zip(dims, self._dim_weights, strict=True)])  # type: ignore[operator]
                            / self._all_dim_weight + 0.0, 2) or 0.0
            assessed = self._all_dims
        weakest = min(assessed, key=dims.__getitem__) if assessed else None  # type: ignore[arg-type]
        gates_met = 0
        for i in self._gate_index:
            if c_status[i] == "met":
                gates_met += 1
        all_gates = gates_met == len(self._gate_index)
        unmet = "not_met" in c_status
        tier = len(self.tiers) - 1
        for rank, t in enumerate(self.tiers):
            if t.min_percent and not overall + EPSILON >= t.min_percent:
                continue
            if t.min_dimension_percent is not None and any(
                    p is not None and p + EPSILON < t.min_dimension_percent for p in dims):
                continue
            if t.all_gates and not all_gates:
                continue
            if t.all_criteria and unmet:
                continue
            if t.evidence_complete and evidence_missing:
                continue
            tier = rank
            break
        return Scores(
            tier, round(overall + 0.0, 2), round(sum(c_points) + 0.0, 4),
            round(sum(c_max) + 0.0, 4), weakest,
            dims[weakest] if weakest is not None else None,
            round(sum([dims[i] for i in assessed]) / len(assessed) + 0.0, 2)  # type: ignore[misc]
            if assessed else None,
            gates_met, len(self._gate_index), c_status.count("met"), len(c_status),
            len(maxima), answered, unanswered, len(skipped), evidence_missing, tuple(dims),
            tuple(c_points), tuple(c_max), tuple(c_percent), tuple(c_status),
            self._top_gap(dims, c_percent))

    def gaps(self, scores: Scores) -> list[tuple[int, float]]:
        """Every gap of a village, (criterion, gain), biggest first: the engine's ``gaps``."""
        dims = scores.dimension_percents
        c_percent = scores.criterion_percents
        gaps = []
        dim_weight = self._dim_weight(dims)
        for di, (members, full_weight) in enumerate(self._dim_spans):
            if dims[di] is None:
                continue
            known = [(i, w) for i, w in members if c_percent[i] is not None]
            crit_weight = full_weight if len(known) == len(members) \
                else sum([w for _, w in known])
            factor = self._dim_weights[di]
            for i, weight in known:
                percent = c_percent[i]
                if percent < 100:  # type: ignore[operator]
                    gain = (100 - percent) * weight / crit_weight * factor / dim_weight  # type: ignore[operator]
                    gaps.append((i, round(gain + 0.0, 2)))
        gaps.sort(key=_gap_order)
        return gaps

    def _dim_weight(self, dims: tuple[float | None, ...] | list[float | None]) -> float:
        if None in dims:
            return sum(w for w, p in zip(self._dim_weights, dims, strict=True) if p is not None)
        return self._all_dim_weight

    def _top_gap(self, dims: list[float | None],
                 c_percent: list[float | None]) -> tuple[int, float] | None:
        """The first of :meth:`gaps` (the biggest gain; the earlier criterion on a tie)."""
        best: tuple[int, float] | None = None
        dim_weight = self._dim_weight(dims)
        for di, (members, full_weight) in enumerate(self._dim_spans):
            if dims[di] is None:
                continue
            if None in c_percent:
                known = [(i, w) for i, w in members if c_percent[i] is not None]
                crit_weight = full_weight if len(known) == len(members) \
                    else sum([w for _, w in known])
            else:
                known, crit_weight = members, full_weight
            factor = self._dim_weights[di]
            for i, weight in known:
                percent = c_percent[i]
                if percent < 100:  # type: ignore[operator]
                    gain = round((100 - percent) * weight / crit_weight * factor  # type: ignore[operator]
                                 / dim_weight + 0.0, 2)
                    if best is None or gain > best[1] or (gain == best[1] and i < best[0]):
                        best = (i, gain)
        return best


def _gap_order(gap: tuple[int, float]) -> tuple[float, int]:
    return -gap[1], gap[0]


def compile_rule(question: Question) -> Callable[[Any], float]:
    """A function from an answer value to its points, equal to ``interpret(...).points``.

    Common values take a precomputed lookup; anything else goes to ``interpret``,
    which returns the points or raises AnswerError with the message to show.
    """
    def slow(value: Any) -> float:
        return interpret(question, value).points

    kind = question.type
    if kind == "yes_no":
        words = {w: question.points_yes for w in YES} | {w: question.points_no for w in NO}
        yes, no = question.points_yes, question.points_no

        def yes_no(value: Any) -> float:
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
        levels = {level.value: level.points for level in question.levels}

        def rubric(value: Any) -> float:
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
        bands = [(b.min, b.max, b.points) for b in question.bands]
        low, high, integer = question.min, question.max, question.integer

        def number(value: Any) -> float:
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
            return 0.0
        return number
    if kind in ("choice", "multi_choice"):
        index: dict[str, int] = {}
        for position in range(len(question.options) - 1, -1, -1):
            option = question.options[position]
            for key in (option.value, option.label.get("lv"), option.label.get("en")):
                index[key.casefold()] = position
        option_points = [o.points for o in question.options]
        if kind == "choice":
            def choice(value: Any) -> float:
                if type(value) is str:
                    position = index.get(value.strip().casefold())
                    if position is not None:
                        return option_points[position]
                return slow(value)
            return choice
        cap = question.cap

        def multi_choice(value: Any) -> float:
            if type(value) is str:
                items: list[Any] = [p for p in _SPLIT.split(value) if p.strip()]
            elif type(value) is list:
                items = value
            else:
                return slow(value)
            chosen: set[int] = set()
            for item in items:
                if type(item) is not str:
                    return slow(value)
                position = index.get(item.strip().casefold())
                if position is None or position in chosen:
                    return slow(value)
                chosen.add(position)
            total = sum(option_points[p] for p in sorted(chosen))
            return total if cap is None else min(total, cap)
        return multi_choice
    if kind == "initiatives":
        known = {p.id: p.points for p in question.properties}
        each, cap, most = question.points_each, question.cap, question.max_items
        fields = {"name", "properties"}

        def initiatives(value: Any) -> float:
            if type(value) is not list or len(value) > most:
                return slow(value)
            total = 0.0
            for item in value:
                if type(item) is not dict or not item.keys() <= fields:
                    return slow(value)
                name = item.get("name")
                if type(name) is not str or not name.strip():
                    return slow(value)
                given = item.get("properties") or []
                if type(given) is not list:
                    return slow(value)
                props: list[str] = []
                for prop in given:
                    key = str(prop).strip()
                    if key not in known:
                        return slow(value)
                    if key not in props:
                        props.append(key)
                total += each + sum(known[p] for p in props)
            return min(total, cap)
        return initiatives
    return slow
