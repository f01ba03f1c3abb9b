"""The path to the next tier, and the other advice that goes beyond a criterion's text.

:func:`next_tier_path` finds the fewest *steps* that lift a village to the next tier,
using the scoring core itself. A step is one real change a community makes: one rubric
level or choice option higher, one band higher, one more option of a multiple choice, one
more property for a listed initiative or one new initiative (each of its properties a
step of its own), or attaching one piece of evidence; a jump over several levels is as
many steps.

1. For every question that could change (answered or unanswered; never one the village
   marked not applicable), the *candidates* are the better answers its rule allows:
   yes instead of no, a higher rubric level or choice option, a number moved to the
   lowest value of a band that earns more, more options of a multiple choice (the
   highest-scoring first), more properties for the listed initiatives and then new
   initiatives, each with the steps it takes. Each candidate is scored by the compiled
   rule. A candidate for a question that requires evidence and has none also attaches
   evidence (one more step). Of two candidates, one that earns no more for more steps
   is dropped.
2. If the next tier needs complete evidence, every claim missing its evidence must
   change (at least by attaching evidence).
3. Within one criterion each question gives one of its candidates or none (a knapsack
   over the questions), so each criterion has a best gain for every number of steps. A
   dynamic programme over criteria, then dimensions, finds the fewest steps for which
   every failing requirement of the next tier holds: gates and criteria met, every
   dimension and the overall percent high enough, evidence complete. Each plan is then
   checked exactly by the scoring core; the first that holds is the fewest steps.
4. Each chosen question is then lowered to the least answer that still reaches the
   tier, and the steps are ordered: those toward an unmet gate first, then by the
   overall percentage points they add per step. Beyond ``EXACT_SEARCH_LIMIT``
   changeable questions a greedy path is built instead (``minimal`` false).

:func:`advise` adds this path, the evidence summary and each gap's solutions (from the
criteria set) to a Report; :func:`apply_path` applies a path to a questionnaire (the
tests use it to prove that the path really reaches the tier).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from smartvillage import messages
from smartvillage.models.common import Lang, Text, number_text
from smartvillage.models.criteria import (
    ChoiceQuestion,
    CriteriaSet,
    InitiativesQuestion,
    MultiChoiceQuestion,
    NumberQuestion,
    Question,
    RubricQuestion,
    Tier,
    YesNoQuestion,
)
from smartvillage.models.questionnaire import Answer, Evidence, Questionnaire
from smartvillage.models.report import (
    EvidenceSummary,
    GapSolution,
    NextTierPath,
    PathServes,
    PathStep,
    QuestionResult,
    Report,
)
from smartvillage.scoring.answers import AnswerError, interpret
from smartvillage.scoring.arithmetic import fraction_text, shown
from smartvillage.scoring.plan import (
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    Outcome,
    Plan,
    QuestionPlan,
)
from smartvillage.scoring.tally import Tally

_SLACK = 1e-9  # margin of the planning arithmetic (floats); each plan is checked exactly
# the models are built from checked values, without validating them again
_serves = PathServes.model_construct
_path = NextTierPath.model_construct
EXACT_SEARCH_LIMIT = 200
"""Up to this many questions that could change, the path is proven to be the fewest
changes; beyond it, a greedy path (``minimal`` false) keeps the time linear."""
PLACEHOLDER_EVIDENCE = "(evidence to add)"
NEW_INITIATIVE = "(new initiative {n})"
_BRACKETS = re.compile(r"\s*\([^()]*\)")


# --------------------------------------------------------------------------- advice


def advise(
    report: Report,
    questionnaire: Questionnaire,
    criteria: CriteriaSet,
    plan: Plan | None = None,
    outcome: Outcome | None = None,
) -> Report:
    """``report`` with the evidence summary, the path to the next tier and gap solutions.

    A gap lists what other villages did only while its criterion is not met: a village
    that meets it has its own way already, and gets the shorter note to strengthen it.
    Also carries the criteria set's disclaimer and the questionnaire's notes. ``plan`` and
    ``outcome`` are the scoring core's, when the caller has them.
    """
    by_id = {c.id: c for c in criteria.criteria}
    gaps = [
        gap.model_copy(
            update={
                "solutions": [
                    GapSolution.model_construct(
                        challenge=s.challenge, solution=s.solution, source=s.source
                    )
                    for s in by_id[gap.criterion].solutions
                ]
            }
        )
        if gap.criterion in by_id and gap.status != "met"
        else gap
        for gap in report.gaps
    ]
    stamp = report.criteria.model_copy(update={"disclaimer": criteria.disclaimer})
    enriched = report.model_copy(
        update={
            "criteria": stamp,
            "gaps": gaps,
            "evidence": evidence_summary(report),
            "notes": questionnaire.notes,
        }
    )
    return enriched.model_copy(
        update={"next_tier_path": next_tier_path(enriched, questionnaire, criteria, plan, outcome)}
    )


def evidence_summary(report: Report) -> EvidenceSummary:
    """How many claims (answers that earn points) carry evidence; which need it and lack it."""
    claims = [
        q
        for c in report.criteria_results
        for q in c.questions
        if q.status == "answered" and q.points > 0
    ]
    return EvidenceSummary.model_construct(
        claims=len(claims),
        with_evidence=sum(bool(q.evidence) for q in claims),
        need_evidence=sum(q.evidence_need == "required" for q in claims),
        missing=[q.id for q in claims if q.evidence_need == "required" and not q.evidence],
        recommended_missing=[
            q.id for q in claims if q.evidence_need == "recommended" and not q.evidence
        ],
    )


def apply_path(questionnaire: Questionnaire, path: NextTierPath) -> Questionnaire:
    """The questionnaire with every step of ``path`` applied (evidence as a placeholder)."""
    answers = dict(questionnaire.answers)
    for step in path.steps:
        old = questionnaire.answer(step.question)
        evidence = list(old.evidence) if old else []
        if step.add_evidence and not evidence:
            evidence.append(Evidence(document=PLACEHOLDER_EVIDENCE, shows=step.change.get("en")))
        answers[step.question] = Answer(
            value=step.to_answer, evidence=evidence, note=old.note if old else None
        )
    return questionnaire.model_copy(update={"answers": answers})


# --------------------------------------------------------------------------- the path


@dataclass(frozen=True)
class _Candidate:
    value: Any
    units: int
    change: Text
    add_evidence: bool
    evidence_only: bool = False
    steps: int = 1  # real steps from the current answer (see the module docstring)


@dataclass
class _Item:
    """A question that could change, with its better answers (lowest first)."""

    index: int
    result: QuestionResult
    criterion: int
    units: int
    mandatory: bool
    candidates: list[_Candidate] = field(default_factory=list)

    @property
    def best_gain(self) -> int:
        return self.candidates[-1].units - self.units if self.candidates else 0


def next_tier_path(
    report: Report,
    questionnaire: Questionnaire,
    criteria: CriteriaSet,
    plan: Plan | None = None,
    outcome: Outcome | None = None,
) -> NextTierPath | None:
    """The fewest answer changes that lift the village one tier; None at the top tier."""
    rank = next(t.rank for t in report.tiers if t.id == report.summary.tier)
    if rank == 0:
        return None
    if plan is None or outcome is None:
        plan = Plan(criteria)
        outcome = plan.score_questionnaire(questionnaire)
    return _Planner(report, questionnaire, plan, outcome, rank - 1).result()


class _Planner:
    def __init__(
        self, report: Report, questionnaire: Questionnaire, plan: Plan, outcome: Outcome, rank: int
    ) -> None:
        self.plan, self.base, self.rank = plan, outcome, rank
        self.tier: Tier = plan.tiers[rank]
        self.items: dict[int, _Item] = {}
        missing = (
            outcome.evidence_missing
            if self.tier.evidence_complete
            else [False] * len(plan.questions)
        )
        results = [q for c in report.criteria_results for q in c.questions]
        for qi, qp in enumerate(plan.questions):
            if outcome.states[qi] == NOT_APPLICABLE:
                continue
            item = _Item(qi, results[qi], qp.criterion, outcome.units[qi], missing[qi])
            item.candidates = _candidates(
                qp,
                item,
                questionnaire.answer(qp.id),
                outcome.evidence[qi],
                plan.criteria_models[qp.criterion].evidence_note,
            )
            if item.candidates:
                self.items[qi] = item
        self.gains = Tally(outcome)
        status = outcome.criterion_status
        self.required: set[int] = set()
        for ci, crit in enumerate(plan.crits):
            if (self.tier.all_gates and crit.gate and status[ci] != MET) or (
                self.tier.all_criteria and status[ci] == NOT_MET
            ):
                self.required.add(ci)

    # -- result ---------------------------------------------------------------

    def result(self) -> NextTierPath:
        base: dict[str, Any] = {"tier": self.tier.id, "label": self.tier.label}
        blocked = [
            self.plan.crits[ci].id
            for ci in sorted(self.required)
            if not any(i.criterion == ci and i.best_gain > 0 for i in self.items.values())
        ]
        if blocked:
            return _path(
                **base, reachable=False, minimal=True, reason="no_better_answer", blocked=blocked
            )
        exact = len(self.items) <= EXACT_SEARCH_LIMIT
        found = self._search() if exact else self._greedy()
        if found is None:
            return _path(**base, reachable=False, minimal=True, reason="beyond_reach")
        chosen, minimal = found
        tally = self._lower(chosen)
        steps = [self._step(self.items[qi], cand) for qi, cand in chosen.items()]
        # unmet gates first: without them no tier above is reached, whatever else is done
        steps.sort(
            key=lambda s: (
                not any(x.requirement == "all_gates" for x in s.serves),
                -s.percent_gained / s.steps,
                -s.points_gained,
                self.plan.question_index[s.question],
            )
        )
        return _path(
            **base,
            reachable=True,
            minimal=minimal,
            steps=steps,
            total_steps=sum(s.steps for s in steps),
            percent_after=shown(tally.overall, 2, self.plan.thresholds),
            percent_after_exact=fraction_text(tally.overall),
        )

    def _tally(self, chosen: dict[int, _Candidate]) -> Tally:
        """The village with ``chosen`` answers, kept by the scoring core."""
        tally = Tally(self.base)
        for qi, cand in chosen.items():
            tally.change(qi, cand.units, cand.add_evidence or self.base.evidence[qi])
        return tally

    # -- search ---------------------------------------------------------------

    def _search(self) -> tuple[dict[int, _Candidate], bool] | None:
        """The answers for the fewest steps that reach the tier (exact count)."""
        plans = self._counts()
        for position, (_, pick) in enumerate(plans):
            chosen = dict(pick)
            if self._tally(chosen).reaches(self.rank):
                return chosen, position == 0
        everything = {qi: item.candidates[-1] for qi, item in self.items.items()}
        if self._tally(everything).reaches(self.rank):
            return everything, False
        return None

    def _greedy(self) -> tuple[dict[int, _Candidate], bool] | None:
        """Few changes that reach the tier, for sets too large to prove the fewest.

        In order: every claim that must get its evidence; each criterion the tier needs
        met, by its largest gains; then the largest overall gains until the tier holds.
        Linear in the size of the set, apart from sorting.
        """
        tally = Tally(self.base)
        chosen: dict[int, _Candidate] = {}

        def take(item: _Item) -> None:
            cand = item.candidates[-1]
            chosen[item.index] = cand
            tally.change(
                item.index, cand.units, cand.add_evidence or self.base.evidence[item.index]
            )

        for item in self.items.values():
            if item.mandatory:
                take(item)
        by_criterion: dict[int, list[_Item]] = {}
        for item in self.items.values():
            by_criterion.setdefault(item.criterion, []).append(item)
        for ci in sorted(self.required):
            for item in sorted(by_criterion.get(ci, []), key=lambda i: -i.best_gain):
                if tally.status[ci] == MET:
                    break
                if item.index not in chosen:
                    take(item)
        rest = sorted(
            (i for i in self.items.values() if i.index not in chosen),
            key=lambda i: (-tally.gain(i.criterion, i.best_gain), i.index),
        )
        for item in rest:
            if tally.reaches(self.rank):
                break
            take(item)
        return (chosen, False) if tally.reaches(self.rank) else None

    def _counts(self) -> list[tuple[int, list[tuple[int, _Candidate]]]]:
        """For each feasible number of steps (fewest first), the answers to give.

        Within a criterion, each question gives at most one of its candidates (or none,
        unless its evidence must be attached), and for every number of steps the best
        total gain is kept; criteria then combine into dimensions and the overall
        percent the same way. Planning arithmetic is in floats, with a margin; every
        plan is then checked exactly by the scoring core.
        """
        plan, base = self.plan, self.base
        dims = base.dimension_percents
        dim_weights = {d: float(w) for d, w in enumerate(plan.dim_weights) if dims[d] is not None}
        total_dim_weight = sum(dim_weights.values())
        crit_weights = [
            sum(float(plan.crits[x].weight) for x in members if base.criterion_max[x] > 0)
            for members in plan.by_dimension
        ]
        per_dim: dict[int, list[dict[int, tuple[float, list[Any]]]]] = {d: [] for d in dim_weights}
        for ci, crit in enumerate(plan.crits):
            maximum = base.criterion_max[ci]
            if maximum <= 0 or crit.dimension not in dim_weights:
                continue
            groups = []
            for qi in range(crit.first, crit.last):
                item = self.items.get(qi)
                if item is None:
                    continue
                group: dict[int, tuple[float, list[Any]]] = {} if item.mandatory else {0: (0.0, [])}
                for cand in item.candidates:
                    gain = float(cand.units - item.units)
                    if cand.steps not in group or gain > group[cand.steps][0]:
                        group[cand.steps] = (gain, [(qi, cand)])
                groups.append(group)
            deficit = (
                float(crit.needed * maximum / 100) - base.criterion_units[ci]
                if ci in self.required
                else -1.0
            )
            scale = float(crit.weight) / crit_weights[crit.dimension] * 100 / maximum
            options = {
                k: (gain * scale, picks)
                for k, (gain, picks) in _combine(groups).items()
                if gain + _SLACK >= deficit
            }
            if not options:
                return []
            per_dim[crit.dimension].append(options)
        dim_best: dict[int, dict[int, tuple[float, list[Any]]]] = {}
        need_dim = plan.min_dimension_percents[self.rank]
        for d, crit_options in per_dim.items():
            best = _combine(crit_options)
            if need_dim is not None:
                deficit = float(need_dim - dims[d])  # type: ignore[operator]  # d in dim_weights: set
                best = {k: v for k, v in best.items() if v[0] + _SLACK >= deficit}
            if not best:
                return []
            dim_best[d] = best
        weighted = [
            {k: (dim_weights[d] / total_dim_weight * g, qs) for k, (g, qs) in dim_best[d].items()}
            for d in dim_best
        ]
        overall = _combine(weighted)
        deficit = float(plan.min_percents[self.rank] - base.overall)
        return sorted((k, qs) for k, (g, qs) in overall.items() if g + _SLACK >= deficit)

    def _lower(self, chosen: dict[int, _Candidate]) -> Tally:
        """Each change lowered to the least answer that still reaches the tier (in place);
        returns the village with the changes."""
        tally = self._tally(chosen)
        changed = True
        while changed:
            changed = False
            for qi in sorted(chosen):
                current = chosen[qi]
                evidence = self.base.evidence[qi]
                for cand in self.items[qi].candidates:
                    if cand.units >= current.units:
                        break
                    tally.change(qi, cand.units, cand.add_evidence or evidence)
                    if tally.reaches(self.rank):
                        chosen[qi] = cand
                        changed = True
                        break
                    tally.change(qi, current.units, current.add_evidence or evidence)
        return tally

    # -- steps ----------------------------------------------------------------

    def _step(self, item: _Item, cand: _Candidate) -> PathStep:
        plan, base = self.plan, self.base
        ci = item.criterion
        crit = plan.crits[ci]
        gained = cand.units - item.units
        serves: list[PathServes] = []
        if gained > 0:
            status = base.criterion_status[ci]
            if ci in self.required:
                if self.tier.all_gates and crit.gate and status != MET:
                    serves.append(_serves(requirement="all_gates", target=crit.id))
                if self.tier.all_criteria and status == NOT_MET:
                    serves.append(_serves(requirement="all_criteria", target=crit.id))
            need_dim = plan.min_dimension_percents[self.rank]
            dim = base.dimension_percents[crit.dimension]
            if need_dim is not None and dim is not None and dim < need_dim:
                serves.append(
                    _serves(
                        requirement="min_dimension_percent",
                        target=plan.dimensions[crit.dimension].id,
                    )
                )
            if plan.min_percents[self.rank] and base.overall < plan.min_percents[self.rank]:
                serves.append(_serves(requirement="min_percent"))
        if item.mandatory:
            serves.append(_serves(requirement="evidence_complete", target=item.result.id))
        result = item.result
        kind: Literal["answer", "raise", "add_evidence"] = (
            "add_evidence"
            if cand.evidence_only
            else "answer"
            if result.status == "unanswered"
            else "raise"
        )
        return PathStep.model_construct(
            question=result.id,
            criterion=crit.id,
            dimension=plan.dimensions[crit.dimension].id,
            text=result.text,
            action=plan.questions[item.index].question.action,
            kind=kind,
            from_answer=result.answer,
            from_text=result.answer_text,
            to_answer=cand.value,
            change=cand.change,
            add_evidence=cand.add_evidence,
            steps=cand.steps,
            points_from=plan.points(item.units),
            points_to=plan.points(cand.units),
            points_gained=plan.points(gained),
            percent_gained=shown(self.gains.gain(ci, gained), 2),
            serves=serves,
        )


def _combine(
    groups: list[dict[int, tuple[float, list[Any]]]],
) -> dict[int, tuple[float, list[Any]]]:
    """Knapsack over groups (one option from each): for each total number of steps, the
    best summed gain and what gives it."""
    best: dict[int, tuple[float, list[Any]]] = {0: (0.0, [])}
    for options in groups:
        merged: dict[int, tuple[float, list[Any]]] = {}
        for k, (gain, qs) in best.items():
            for j, (extra, more) in options.items():
                total = gain + extra
                if k + j not in merged or total > merged[k + j][0] + 1e-12:
                    merged[k + j] = (total, qs + more)
        best = merged
    return best


# --------------------------------------------------------------------------- candidates


def _candidates(
    qp: QuestionPlan,
    item: _Item,
    answer: Answer | None,
    has_evidence: bool,
    evidence_note: Text | None = None,
) -> list[_Candidate]:
    """The better answers for one question, lowest first (see the module docstring).

    A step that only attaches evidence says what kind, in the criterion's own words
    (its ``evidence_note``) where it has them.
    """
    question, result, current = qp.question, item.result, item.units
    needs_evidence = question.evidence == "required" and not has_evidence
    out: list[_Candidate] = []
    if item.mandatory:
        change = evidence_note or Text(lv="Pievienojiet pierādījumu.", en="Attach evidence.")
        out.append(
            _Candidate(result.answer, current, change, add_evidence=True, evidence_only=True)
        )
    # attaching the evidence a better answer needs is a step of its own
    extra = 1 if needs_evidence else 0
    cheapest: dict[int, _Candidate] = {}
    for raw, change, steps in _raw_candidates(question, result):
        try:
            value = interpret(question, raw).value
            units = qp.units(raw)
        except AnswerError:
            continue
        if units <= current:
            continue
        known = cheapest.get(units)
        if known is None or steps + extra < known.steps:
            cheapest[units] = _Candidate(
                value, units, change, add_evidence=needs_evidence, steps=steps + extra
            )
    # a candidate that costs more steps than a better one is never worth taking
    ladder: list[_Candidate] = []
    for cand in sorted(cheapest.values(), key=lambda c: (-c.units, c.steps)):
        if not ladder or cand.steps < ladder[-1].steps:
            ladder.append(cand)
    return out + ladder[::-1]


def _raw_candidates(question: Question, result: QuestionResult) -> list[tuple[Any, Text, int]]:
    """Better answers as (value, change, real steps from the current answer)."""
    answered = result.status == "answered"
    if isinstance(question, YesNoQuestion):
        return [(True, Text(lv="jā", en="yes"), 1), (False, Text(lv="nē", en="no"), 1)]
    if isinstance(question, RubricQuestion):
        levels = sorted(question.levels, key=lambda level: level.value)
        order: list[Any] = [level.value for level in levels]
        return [
            (
                level.value,
                Text(
                    lv=f"{level.value} – {level.label.get('lv')}",
                    en=f"{level.value} – {level.label.get('en')}",
                ),
                _ladder(order, result.answer if answered else None, level.value),
            )
            for level in levels
        ]
    if isinstance(question, ChoiceQuestion):
        ranked = sorted(question.options, key=lambda o: o.points)
        order = [o.value for o in ranked]
        return [
            (o.value, o.label, _ladder(order, result.answer if answered else None, o.value))
            for o in ranked
        ]
    if isinstance(question, NumberQuestion):
        current = next(
            (
                n
                for n, band in enumerate(question.bands)
                if answered and band.contains(result.answer)
            ),
            None,
        )
        order = list(range(len(question.bands)))
        return [
            (*_band_candidate(question, band), _ladder(order, current, n))
            for n, band in enumerate(question.bands)
        ]
    if isinstance(question, MultiChoiceQuestion):
        return _multi_candidates(question, result)
    if isinstance(question, InitiativesQuestion):
        return _initiative_candidates(question, result)
    return []  # pragma: no cover - every type is handled above


def _ladder(order: list[Any], current: Any, target: Any) -> int:
    """Steps from ``current`` up to ``target`` on a ladder of levels (one per level;
    answering a question not answered yet climbs from below the first level)."""
    at = order.index(current) if current in order else -1
    return max(1, order.index(target) - at)


def _band_candidate(question: NumberQuestion, band: Any) -> tuple[Any, Text]:
    low = band.min
    if low is None:
        low = (
            question.min
            if question.min is not None
            else (band.max - 1 if band.max is not None and band.max <= 0 else 0)
        )
    if question.min is not None:
        low = max(low, question.min)
    if question.integer:
        low = math.ceil(low)
    value: Any = int(low) if float(low).is_integer() else low
    texts = {}
    for lang in ("lv", "en"):
        unit = f" {question.unit.get(lang)}" if question.unit else ""
        shown = number_text(value, lang) + unit
        if band.min is not None:
            shown = messages.text("report.path.at_least", lang, value=shown)
        texts[lang] = shown
    return value, Text(**texts)


def _multi_candidates(
    question: MultiChoiceQuestion, result: QuestionResult
) -> list[tuple[Any, Text, int]]:
    """One more option a step, the highest-scoring first."""
    chosen = list(result.answer or []) if result.status == "answered" else []
    extra = sorted(
        (o for o in question.options if o.value not in chosen and o.points > 0),
        key=lambda o: -o.points,
    )
    out = []
    for k in range(1, len(extra) + 1):
        added = extra[:k]
        out.append(
            (
                chosen + [o.value for o in added],
                Text(
                    lv="+ " + ", ".join(o.label.get("lv") for o in added),
                    en="+ " + ", ".join(o.label.get("en") for o in added),
                ),
                k,
            )
        )
    return out


def _initiative_candidates(
    question: InitiativesQuestion, result: QuestionResult
) -> list[tuple[Any, Text, int]]:
    """A step is one property more for a listed initiative, or one new initiative (with
    each property it has as a step of its own): the best-paying units first."""
    current = (
        [dict(i) for i in result.answer]
        if result.status == "answered" and isinstance(result.answer, list)
        else []
    )
    props = sorted((p for p in question.properties if p.points > 0), key=lambda p: -p.points)
    units: list[tuple[str, Any]] = [
        ("prop", (n, p))
        for p in props
        for n, item in enumerate(current)
        if p.id not in item["properties"]
    ]
    room = question.max_items - len(current)
    worth = question.points_each + sum(p.points for p in props)
    if worth > 0 and room > 0:
        needed = math.ceil(question.cap / worth)
        for n in range(1, min(room, needed) + 1):
            units.append(("new", n))
            units += [("newprop", (n, p)) for p in props]
    out = []
    for k in range(1, len(units) + 1):
        items = [{"name": i["name"], "properties": list(i["properties"])} for i in current]
        upgraded: dict[int, list[Any]] = {}
        new: dict[int, list[Any]] = {}
        for kind, unit in units[:k]:
            if kind == "prop":
                n, prop = unit
                items[n]["properties"].append(prop.id)
                upgraded.setdefault(n, []).append(prop)
            elif kind == "new":
                new[unit] = []
            else:
                n, prop = unit
                new[n].append(prop)
        items += [
            {"name": NEW_INITIATIVE.format(n=n), "properties": [p.id for p in added]}
            for n, added in new.items()
        ]
        out.append((items, _initiative_change(current, upgraded, new), k))
    return out


def _initiative_change(
    current: list[dict[str, Any]], upgraded: dict[int, list[Any]], new: dict[int, list[Any]]
) -> Text:
    texts = {}
    for lang in ("lv", "en"):
        parts = [
            f"“{current[n]['name']}”: + " + ", ".join(_short(p.label, lang) for p in added)
            for n, added in upgraded.items()
        ]
        for added in new.values():
            word = messages.text("report.path.new_initiative", lang)
            labels = ", ".join(_short(p.label, lang) for p in added)
            parts.append(f"+ {word}" + (f" ({labels})" if labels else ""))
        texts[lang] = "; ".join(parts)
    return Text(**texts)


def _short(label: Text, lang: Lang) -> str:
    """A label without its explanation in brackets: ``Lasting (has worked...)`` → ``Lasting``."""
    text = label.get(lang)
    short = _BRACKETS.sub("", text).strip()
    return short or text


# --------------------------------------------------------------------------- arithmetic
