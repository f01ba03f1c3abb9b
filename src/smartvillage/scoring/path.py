"""The path to the next tier, and the other advice that goes beyond a criterion's text.

:func:`next_tier_path` finds the fewest answer changes that lift a village to the next
tier, using the scoring rules themselves:

1. For every question that could change (answered or unanswered; never one the village
   marked not applicable), the *candidates* are the better answers its rule allows:
   yes instead of no, a higher rubric level or choice option, a number moved to the
   lowest value of a band that earns more, more options of a multiple choice (the
   highest-scoring first), more properties for the listed initiatives and then new
   initiatives. Each candidate is scored by ``scoring.answers.interpret``. A candidate
   for a question that requires evidence and has none also attaches evidence.
2. If the next tier needs complete evidence, every claim missing its evidence must
   change (at least by attaching evidence).
3. Within one criterion, the best *j* changes are the *j* questions with the largest
   possible gains, so each criterion has a best gain for every number of changes. A
   dynamic programme over criteria, then dimensions, finds the fewest changes for
   which every failing requirement of the next tier holds: gates and criteria met,
   every dimension and the overall percent high enough, evidence complete. This count
   is exact.
4. Each chosen question is then lowered to the least answer that still reaches the
   tier, the result is checked again with the engine's own arithmetic and rounding,
   and the steps are ordered by the overall percentage points they add.

:func:`advise` adds this path, the evidence summary and each gap's solutions (from the
criteria set) to a Report; :func:`apply_path` applies a path to a questionnaire (the
tests use it to prove that the path really reaches the tier).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from smartvillage.models.common import Text, fmt_points
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
from smartvillage.scoring.arithmetic import EPSILON, round_figure, weighted_mean

_SLACK = 1e-7  # tolerance of the planning arithmetic on points (checked exactly afterwards)
# on percents: the engine rounds criteria, dimensions and the total to 2 decimals, so the
# planner accepts plans within this margin and checks each with the engine's arithmetic
_PERCENT_SLACK = 0.02
PLACEHOLDER_EVIDENCE = "(evidence to add)"
NEW_INITIATIVE = "(new initiative {n})"
_BRACKETS = re.compile(r"\s*\([^()]*\)")


# --------------------------------------------------------------------------- advice


def advise(report: Report, questionnaire: Questionnaire, criteria: CriteriaSet) -> Report:
    """``report`` with the evidence summary, the path to the next tier and gap solutions.

    Also carries the criteria set's disclaimer and the questionnaire's notes.
    """
    by_id = {c.id: c for c in criteria.criteria}
    gaps = [
        gap.model_copy(update={"solutions": [
            GapSolution(challenge=s.challenge, solution=s.solution, source=s.source)
            for s in by_id[gap.criterion].solutions]})
        if gap.criterion in by_id else gap
        for gap in report.gaps
    ]
    stamp = report.criteria.model_copy(update={"disclaimer": criteria.disclaimer})
    enriched = report.model_copy(update={
        "criteria": stamp, "gaps": gaps, "evidence": evidence_summary(report),
        "notes": questionnaire.notes})
    return enriched.model_copy(update={
        "next_tier_path": next_tier_path(enriched, questionnaire, criteria)})


def evidence_summary(report: Report) -> EvidenceSummary:
    """How many claims (answers that earn points) carry evidence; which need it and lack it."""
    claims = [q for c in report.criteria_results for q in c.questions
              if q.status == "answered" and q.points > 0]
    return EvidenceSummary(
        claims=len(claims),
        with_evidence=sum(bool(q.evidence) for q in claims),
        need_evidence=sum(q.evidence_need == "required" for q in claims),
        missing=[q.id for q in claims if q.evidence_need == "required" and not q.evidence],
        recommended_missing=[q.id for q in claims
                             if q.evidence_need == "recommended" and not q.evidence],
    )


def apply_path(questionnaire: Questionnaire, path: NextTierPath) -> Questionnaire:
    """The questionnaire with every step of ``path`` applied (evidence as a placeholder)."""
    answers = dict(questionnaire.answers)
    for step in path.steps:
        old = questionnaire.answer(step.question)
        evidence = list(old.evidence) if old else []
        if step.add_evidence and not evidence:
            evidence.append(Evidence(document=PLACEHOLDER_EVIDENCE,
                                     shows=step.change.get("en")))
        answers[step.question] = Answer(value=step.to_answer, evidence=evidence,
                                        note=old.note if old else None)
    return questionnaire.model_copy(update={"answers": answers})


# --------------------------------------------------------------------------- the path


@dataclass(frozen=True)
class _Candidate:
    value: Any
    points: float
    change: Text
    add_evidence: bool
    evidence_only: bool = False


@dataclass
class _Item:
    """A question that could change, with its better answers (lowest first)."""

    index: int
    result: QuestionResult
    criterion: str
    dimension: str
    points: float
    has_evidence: bool
    mandatory: bool
    candidates: list[_Candidate] = field(default_factory=list)

    @property
    def best_gain(self) -> float:
        return self.candidates[-1].points - self.points if self.candidates else 0.0


@dataclass(frozen=True)
class _Crit:
    id: str
    dimension: str
    weight: float
    gate: bool
    needed: float
    maximum: float
    questions: tuple[str, ...]


class _Mirror:
    """The engine's arithmetic (sums, weights, rounding, tolerances) on plain numbers."""

    def __init__(self, report: Report) -> None:
        self.crits = [
            _Crit(c.id, c.dimension, c.weight, c.gate, c.met_percent,
                  sum(q.max_points for q in c.questions if q.status != "not_applicable"),
                  tuple(q.id for q in c.questions if q.status != "not_applicable"))
            for c in report.criteria_results]
        self.dims = [(d.id, d.weight) for d in report.dimensions]
        self.required_evidence = {q.id for c in report.criteria_results for q in c.questions
                                  if q.evidence_need == "required"}

    def state(self, points: dict[str, float]) -> tuple[float, dict[str, float | None],
                                                       dict[str, str]]:
        """Overall percent, dimension percents and criterion statuses for ``points``."""
        status: dict[str, str] = {}
        by_dim: dict[str, list[tuple[float | None, float]]] = {d: [] for d, _ in self.dims}
        for c in self.crits:
            if c.maximum > 0:
                got = sum(points[q] for q in c.questions)
                percent: float | None = round_figure(100 * got / c.maximum, 2)
                status[c.id] = "met" if 100 * got + EPSILON >= c.needed * c.maximum \
                    else "not_met"
            else:
                percent, status[c.id] = None, "not_assessed"
            by_dim[c.dimension].append((percent, c.weight))
        dims = {d: weighted_mean(by_dim[d]) for d, _ in self.dims}
        overall = weighted_mean([(dims[d], w) for d, w in self.dims]) or 0.0
        return overall, dims, status

    def reaches(self, tier: Tier, points: dict[str, float], evidence: set[str]) -> bool:
        """Whether ``tier``'s every requirement holds (``evidence``: ids that carry some)."""
        overall, dims, status = self.state(points)
        if tier.min_percent and overall + EPSILON < tier.min_percent:
            return False
        if tier.min_dimension_percent is not None and any(
                p is not None and p + EPSILON < tier.min_dimension_percent
                for p in dims.values()):
            return False
        if tier.all_gates and any(c.gate and status[c.id] != "met" for c in self.crits):
            return False
        if tier.all_criteria and any(s == "not_met" for s in status.values()):
            return False
        return not (tier.evidence_complete and any(
            q in self.required_evidence and points[q] > 0 and q not in evidence
            for q in points))


def next_tier_path(report: Report, questionnaire: Questionnaire,
                   criteria: CriteriaSet) -> NextTierPath | None:
    """The fewest answer changes that lift the village one tier; None at the top tier."""
    rank = next(t.rank for t in report.tiers if t.id == report.summary.tier)
    if rank == 0:
        return None
    tier = criteria.tiers[rank - 1]
    planner = _Planner(report, questionnaire, criteria, tier)
    return planner.plan()


class _Planner:
    def __init__(self, report: Report, questionnaire: Questionnaire, criteria: CriteriaSet,
                 tier: Tier) -> None:
        self.report, self.criteria, self.tier = report, criteria, tier
        self.mirror = _Mirror(report)
        questions = criteria.questions()
        self.points: dict[str, float] = {}
        self.evidence: set[str] = set()
        self.items: dict[str, _Item] = {}
        missing = {q.id for c in report.criteria_results for q in c.questions
                   if q.evidence_missing} if tier.evidence_complete else set()
        index = 0
        for c in report.criteria_results:
            for q in c.questions:
                if q.status == "not_applicable":
                    continue
                self.points[q.id] = q.points
                if q.evidence:
                    self.evidence.add(q.id)
                item = _Item(index, q, c.id, c.dimension, q.points, bool(q.evidence),
                             q.id in missing)
                index += 1
                if q.id in questions:
                    item.candidates = _candidates(questions[q.id][1], q,
                                                  questionnaire.answer(q.id), item.mandatory)
                if item.candidates:
                    self.items[q.id] = item
        overall, dims, status = self.mirror.state(self.points)
        self.overall, self.dims, self.status = overall, dims, status
        self.required: set[str] = set()
        for c in self.mirror.crits:
            if (tier.all_gates and c.gate and status[c.id] != "met") or \
                    (tier.all_criteria and status[c.id] == "not_met"):
                self.required.add(c.id)

    # -- result ---------------------------------------------------------------

    def plan(self) -> NextTierPath:
        base = {"tier": self.tier.id, "label": self.tier.label}
        blocked = [c.id for c in self.mirror.crits
                   if c.id in self.required and not any(
                       i.criterion == c.id and i.best_gain > 0 for i in self.items.values())]
        if blocked:
            return NextTierPath(**base, reachable=False, minimal=True,
                                reason="no_better_answer", blocked=blocked)
        found = self._search()
        if found is None:
            return NextTierPath(**base, reachable=False, minimal=True, reason="beyond_reach")
        chosen, minimal = found
        chosen = self._lower(chosen)
        points, _ = self._apply(chosen)
        overall, _, _ = self.mirror.state(points)
        steps = [self._step(self.items[qid], cand) for qid, cand in chosen.items()]
        steps.sort(key=lambda s: (-s.percent_gained, -s.points_gained,
                                  self.items[s.question].index))
        return NextTierPath(**base, reachable=True, minimal=minimal, steps=steps,
                            percent_after=overall)

    def _apply(self, chosen: dict[str, _Candidate]) -> tuple[dict[str, float], set[str]]:
        points = dict(self.points)
        evidence = set(self.evidence)
        for qid, cand in chosen.items():
            points[qid] = round_figure(cand.points)
            if cand.add_evidence:
                evidence.add(qid)
        return points, evidence

    def _reaches(self, chosen: dict[str, _Candidate]) -> bool:
        return self.mirror.reaches(self.tier, *self._apply(chosen))

    # -- search ---------------------------------------------------------------

    def _search(self) -> tuple[dict[str, _Candidate], bool] | None:
        """The best answers for the fewest questions that reach the tier (exact count)."""
        plans = self._counts()
        for position, (_, pick) in enumerate(plans):
            chosen = {qid: self.items[qid].candidates[-1] for qid in pick}
            if self._reaches(chosen):
                return chosen, position == 0
        everything = {qid: item.candidates[-1] for qid, item in self.items.items()}
        if self._reaches(everything):
            return everything, False
        return None

    def _counts(self) -> list[tuple[int, list[str]]]:
        """For each feasible number of changes (fewest first), the questions to change."""
        dim_weights = {d: w for d, w in self.mirror.dims if self.dims[d] is not None}
        total_dim_weight = sum(dim_weights.values())
        # per criterion: for j changes, (dimension-percent gain, questions), or infeasible
        per_dim: dict[str, list[tuple[str, dict[int, tuple[float, list[str]]]]]] = {
            d: [] for d in dim_weights}
        for c in self.mirror.crits:
            if c.maximum <= 0 or c.dimension not in dim_weights:
                continue
            crit_weight = sum(x.weight for x in self.mirror.crits
                              if x.dimension == c.dimension and x.maximum > 0)
            items = sorted((self.items[q] for q in c.questions if q in self.items),
                           key=lambda i: (not i.mandatory, -i.best_gain, i.index))
            forced = sum(i.mandatory for i in items)
            got = sum(self.points[q] for q in c.questions)
            deficit = c.needed * c.maximum / 100 - got if c.id in self.required else -1.0
            options: dict[int, tuple[float, list[str]]] = {}
            for j in range(forced, len(items) + 1):
                gain = sum(i.best_gain for i in items[:j])
                if gain + _SLACK < deficit:
                    continue
                options[j] = (c.weight / crit_weight * 100 * gain / c.maximum,
                              [i.result.id for i in items[:j]])
            if not options:
                return []
            per_dim[c.dimension].append((c.id, options))
        # per dimension: for k changes, the best dimension gain
        dim_best: dict[str, dict[int, tuple[float, list[str]]]] = {}
        need_dim = self.tier.min_dimension_percent
        for d, crit_options in per_dim.items():
            best = _combine([opts for _, opts in crit_options])
            if need_dim is not None:
                deficit = need_dim - (self.dims[d] or 0.0)
                best = {k: v for k, v in best.items() if v[0] + _PERCENT_SLACK >= deficit}
            if not best:
                return []
            dim_best[d] = best
        # overall: for k changes, the best overall gain
        weighted = [{k: (dim_weights[d] / total_dim_weight * g, qs)
                     for k, (g, qs) in dim_best[d].items()} for d in dim_best]
        overall = _combine(weighted)
        deficit = (self.tier.min_percent or 0) - self.overall
        return sorted((k, qs) for k, (g, qs) in overall.items()
                      if g + _PERCENT_SLACK >= deficit)

    def _lower(self, chosen: dict[str, _Candidate]) -> dict[str, _Candidate]:
        """Each change lowered to the least answer that still reaches the tier."""
        chosen = dict(chosen)
        changed = True
        while changed:
            changed = False
            for qid in sorted(chosen, key=lambda q: self.items[q].index):
                current = chosen[qid]
                for cand in self.items[qid].candidates:
                    if cand.points >= current.points:
                        break
                    if self._reaches({**chosen, qid: cand}):
                        chosen[qid] = cand
                        changed = True
                        break
        return chosen

    # -- steps ----------------------------------------------------------------

    def _step(self, item: _Item, cand: _Candidate) -> PathStep:
        crit = next(c for c in self.mirror.crits if c.id == item.criterion)
        gained = round_figure(cand.points - item.points)
        serves: list[PathServes] = []
        if gained > 0:
            if crit.id in self.required:
                if self.tier.all_gates and crit.gate and self.status[crit.id] != "met":
                    serves.append(PathServes(requirement="all_gates", target=crit.id))
                if self.tier.all_criteria and self.status[crit.id] == "not_met":
                    serves.append(PathServes(requirement="all_criteria", target=crit.id))
            need_dim = self.tier.min_dimension_percent
            dim = self.dims.get(crit.dimension)
            if need_dim is not None and dim is not None and dim + EPSILON < need_dim:
                serves.append(PathServes(requirement="min_dimension_percent",
                                         target=crit.dimension))
            if self.tier.min_percent and self.overall + EPSILON < self.tier.min_percent:
                serves.append(PathServes(requirement="min_percent"))
        if item.mandatory:
            serves.append(PathServes(requirement="evidence_complete", target=item.result.id))
        result = item.result
        kind = "add_evidence" if cand.evidence_only else \
            "answer" if result.status == "unanswered" else "raise"
        return PathStep(
            question=result.id, criterion=item.criterion, dimension=item.dimension,
            text=result.text, kind=kind, from_answer=result.answer,
            from_text=result.answer_text, to_answer=cand.value, change=cand.change,
            add_evidence=cand.add_evidence, points_from=item.points,
            points_to=round_figure(cand.points), points_gained=gained,
            percent_gained=round_figure(self._percent_gain(item, gained), 2), serves=serves)

    def _percent_gain(self, item: _Item, gained: float) -> float:
        points = dict(self.points)
        points[item.result.id] = round_figure(points[item.result.id] + gained)
        return self.mirror.state(points)[0] - self.overall


def _combine(groups: list[dict[int, tuple[float, list[str]]]]) -> dict[int, tuple[float,
                                                                                  list[str]]]:
    """Knapsack over groups: for each total count, the best summed gain and its questions."""
    best: dict[int, tuple[float, list[str]]] = {0: (0.0, [])}
    for options in groups:
        merged: dict[int, tuple[float, list[str]]] = {}
        for k, (gain, qs) in best.items():
            for j, (extra, more) in options.items():
                total = gain + extra
                if k + j not in merged or total > merged[k + j][0] + 1e-12:
                    merged[k + j] = (total, qs + more)
        best = merged
    return best


# --------------------------------------------------------------------------- candidates


def _candidates(question: Question, result: QuestionResult, answer: Answer | None,
                mandatory: bool) -> list[_Candidate]:
    """The better answers for one question, lowest first (see the module docstring)."""
    current = result.points
    needs_evidence = question.evidence == "required" and not result.evidence
    out: list[_Candidate] = []
    if mandatory:
        out.append(_Candidate(result.answer, current, Text(lv="pievienot pierādījumu",
                                                           en="attach evidence"),
                              add_evidence=True, evidence_only=True))
    seen = {round(current, 6)}
    for raw, change in _raw_candidates(question, result):
        try:
            interpreted = interpret(question, raw)
        except AnswerError:
            continue
        key = round(interpreted.points, 6)
        if interpreted.points <= current + 1e-9 or key in seen:
            continue
        seen.add(key)
        out.append(_Candidate(interpreted.value, interpreted.points, change,
                              add_evidence=needs_evidence))
    head = out[:1] if mandatory else []
    rest = sorted(out[len(head):], key=lambda c: c.points)
    return head + rest


def _raw_candidates(question: Question, result: QuestionResult) -> list[tuple[Any, Text]]:
    if isinstance(question, YesNoQuestion):
        return [(True, Text(lv="jā", en="yes")), (False, Text(lv="nē", en="no"))]
    if isinstance(question, RubricQuestion):
        return [(level.value, Text(lv=f"{level.value} – {level.label.get('lv')}",
                                   en=f"{level.value} – {level.label.get('en')}"))
                for level in question.levels]
    if isinstance(question, ChoiceQuestion):
        return [(o.value, o.label) for o in question.options]
    if isinstance(question, NumberQuestion):
        return [_band_candidate(question, band) for band in question.bands]
    if isinstance(question, MultiChoiceQuestion):
        return _multi_candidates(question, result)
    if isinstance(question, InitiativesQuestion):
        return _initiative_candidates(question, result)
    return []  # pragma: no cover - every type is handled above


def _band_candidate(question: NumberQuestion, band: Any) -> tuple[Any, Text]:
    low = band.min
    if low is None:
        low = question.min if question.min is not None else \
            (band.max - 1 if band.max is not None and band.max <= 0 else 0)
    if question.min is not None:
        low = max(low, question.min)
    if question.integer:
        low = math.ceil(low)
    value: Any = int(low) if float(low).is_integer() else low
    texts = {}
    for lang in ("lv", "en"):
        unit = f" {question.unit.get(lang)}" if question.unit else ""
        shown = _num(value, lang) + unit
        if band.min is not None:
            shown = ("vismaz " if lang == "lv" else "at least ") + shown
        texts[lang] = shown
    return value, Text(**texts)


def _multi_candidates(question: MultiChoiceQuestion,
                      result: QuestionResult) -> list[tuple[Any, Text]]:
    chosen = list(result.answer or []) if result.status == "answered" else []
    extra = sorted((o for o in question.options if o.value not in chosen and o.points > 0),
                   key=lambda o: -o.points)
    out = []
    for k in range(1, len(extra) + 1):
        added = extra[:k]
        out.append((chosen + [o.value for o in added],
                    Text(lv="+ " + ", ".join(o.label.get("lv") for o in added),
                         en="+ " + ", ".join(o.label.get("en") for o in added))))
    return out


def _initiative_candidates(question: InitiativesQuestion,
                           result: QuestionResult) -> list[tuple[Any, Text]]:
    current = [dict(i) for i in result.answer] if result.status == "answered" and \
        isinstance(result.answer, list) else []
    props = [p for p in question.properties if p.points > 0]
    units: list[tuple[str, Any]] = [("prop", (n, p)) for n, item in enumerate(current)
                                    for p in props if p.id not in item["properties"]]
    worth = question.points_each + sum(p.points for p in props)
    if worth > 0:
        room = question.max_items - len(current)
        needed = math.ceil(question.cap / worth) if worth else 0
        units += [("new", n) for n in range(1, min(room, needed) + 1)]
    out = []
    for k in range(1, len(units) + 1):
        items = [{"name": i["name"], "properties": list(i["properties"])} for i in current]
        upgraded: dict[int, list[Any]] = {}
        new = 0
        for kind, unit in units[:k]:
            if kind == "prop":
                n, prop = unit
                items[n]["properties"].append(prop.id)
                upgraded.setdefault(n, []).append(prop)
            else:
                new += 1
                items.append({"name": NEW_INITIATIVE.format(n=unit),
                              "properties": [p.id for p in props]})
        out.append((items, _initiative_change(current, upgraded, new, props)))
    return out


def _initiative_change(current: list[dict], upgraded: dict[int, list[Any]], new: int,
                       props: list[Any]) -> Text:
    texts = {}
    for lang in ("lv", "en"):
        parts = [f"“{current[n]['name']}”: + " + ", ".join(_short(p.label, lang) for p in added)
                 for n, added in upgraded.items()]
        if new:
            labels = ", ".join(_short(p.label, lang) for p in props)
            if lang == "lv":
                word = "jauna iniciatīva" if new == 1 else "jaunas iniciatīvas"
            else:
                word = "new initiative" if new == 1 else "new initiatives"
            parts.append(f"+ {new} {word}" + (f" ({labels})" if labels else ""))
        texts[lang] = "; ".join(parts)
    return Text(**texts)


def _short(label: Text, lang: str) -> str:
    """A label without its explanation in brackets: ``Lasting (has worked...)`` → ``Lasting``."""
    text = label.get(lang)  # type: ignore[arg-type]
    short = _BRACKETS.sub("", text).strip()
    return short or text


# --------------------------------------------------------------------------- arithmetic


def _num(value: float, lang: str) -> str:
    text = fmt_points(value)
    return text.replace(".", ",") if lang == "lv" else text


