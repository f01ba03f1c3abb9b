"""Score a questionnaire against a criteria set.

The rules, in the order they apply:

1. A question's points come from its answer type's rule (``scoring.answers``).
   Not-applicable answers leave the question out of both points and maximum.
   Unanswered questions count as 0 of their maximum and are listed as unanswered.
2. A criterion's percent is its points over its maximum; it is met when the percent
   reaches its ``met_percent``. A criterion whose every question is not applicable
   is "not assessed": it does not count as met, and it is left out of the averages.
3. A dimension's percent is the weight-averaged percent of its criteria; the overall
   percent is the weight-averaged percent of the dimensions.
4. The tier is the first tier, from the top, whose every requirement holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from smartvillage._version import __version__
from smartvillage.errors import InputError, Problem
from smartvillage.models.criteria import CriteriaSet, Criterion, Question
from smartvillage.models.questionnaire import Questionnaire
from smartvillage.models.report import (
    Counts,
    CriteriaStamp,
    CriterionResult,
    DimensionResult,
    EvidenceItem,
    Gap,
    GateResult,
    QuestionResult,
    Report,
    Summary,
    TierRequirement,
    TierResult,
    ToolStamp,
)
from smartvillage.scoring.answers import AnswerError, fmt_points, interpret
from smartvillage.scoring.arithmetic import EPSILON, round_figure, weighted_mean
from smartvillage.scoring.path import advise


def criteria_digest(criteria: CriteriaSet) -> str:
    """sha256 of the criteria set's canonical JSON form.

    Independent of YAML layout, and of fields left at their defaults: a value written
    out that equals the default, or an optional field a newer format adds, does not
    change the digest of a set whose content is the same.
    """
    canonical = json.dumps(criteria.model_dump(mode="json", exclude_defaults=True),
                           sort_keys=True,
                           ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def check_answers(questionnaire: Questionnaire, criteria: CriteriaSet,
                  source: str | None = None) -> list[Problem]:
    """Every problem with the answers: values that do not fit, unknown question ids.

    Unknown ids are problems only when the questionnaire answers this very set and
    version; against another version they are listed in the report instead.
    """
    source = source or questionnaire.source or "<questionnaire>"
    questions = criteria.questions()
    problems = []
    own = questionnaire.criteria == criteria.ref
    for qid, answer in questionnaire.answers.items():
        line = questionnaire.line_of(("answers", qid))
        if qid not in questions:
            if own:
                problems.append(Problem(source, f"no question '{qid}' in {criteria.ref}",
                                        field=f"answers.{qid}", line=line))
            continue
        if answer is None or not answer.answered:
            continue
        _, question = questions[qid]
        if answer.na and not question.allow_na:
            problems.append(Problem(source, "'not applicable' is not allowed for this question; "
                                            "answer it or leave it empty",
                                    field=f"answers.{qid}", line=line))
            continue
        if answer.na:
            continue
        try:
            interpret(question, answer.value)
        except AnswerError as exc:
            problems.append(Problem(source, str(exc), field=f"answers.{qid}", line=line))
    return problems


def score(questionnaire: Questionnaire, criteria: CriteriaSet, *,
          now: dt.datetime | None = None) -> Report:
    """Score ``questionnaire`` against ``criteria``; raise InputError on invalid answers."""
    problems = check_answers(questionnaire, criteria)
    if problems:
        raise InputError(problems)
    questions = criteria.questions()
    warnings: list[str] = []
    unknown = sorted(q for q in questionnaire.answers if q not in questions)
    if questionnaire.criteria != criteria.ref:
        warnings.append(f"the questionnaire answers {questionnaire.criteria} but was scored "
                        f"against {criteria.ref}")

    criterion_results = [_criterion(c, questionnaire, criteria) for c in criteria.criteria]
    by_dimension: dict[str, list[CriterionResult]] = {d.id: [] for d in criteria.dimensions}
    for result in criterion_results:
        by_dimension[result.dimension].append(result)
    dimensions = [
        DimensionResult(
            id=d.id, title=d.title, weight=d.weight,
            points=round_figure(sum(r.points for r in by_dimension[d.id])),
            max_points=round_figure(sum(r.max_points for r in by_dimension[d.id])),
            percent=weighted_mean([(r.percent, r.weight) for r in by_dimension[d.id]]),
            criteria=[r.id for r in by_dimension[d.id]],
        )
        for d in criteria.dimensions
    ]
    overall = weighted_mean([(d.percent, d.weight) for d in dimensions]) or 0.0
    assessed = [d for d in dimensions if d.percent is not None]
    weakest = min(assessed, key=lambda d: d.percent) if assessed else None  # type: ignore[arg-type,return-value]
    gates = [GateResult(criterion=r.id, title=r.title, met=r.status == "met")
             for r in criterion_results if r.gate]
    all_questions = [q for r in criterion_results for q in r.questions]
    counts = Counts(
        questions=len(all_questions),
        answered=sum(q.status == "answered" for q in all_questions),
        unanswered=sum(q.status == "unanswered" for q in all_questions),
        not_applicable=sum(q.status == "not_applicable" for q in all_questions),
        evidence_missing=sum(q.evidence_missing for q in all_questions),
    )
    if counts.unanswered:
        warnings.append(f"{counts.unanswered} of {counts.questions} questions are unanswered "
                        "and count as 0 points")
    tiers = _tiers(criteria, overall, dimensions, criterion_results)
    tier = next(t for t in tiers if t.reached)
    summary = Summary(
        percent=round_figure(overall, 2),
        points=round_figure(sum(r.points for r in criterion_results)),
        max_points=round_figure(sum(r.max_points for r in criterion_results)),
        tier=tier.id, tier_label=tier.label,
        weakest_dimension=weakest.id if weakest else None,
        weakest_percent=weakest.percent if weakest else None,
        average_dimension_percent=(round_figure(sum(d.percent for d in assessed) / len(assessed), 2)
                                   if assessed else None),  # type: ignore[misc]
        gates_met=sum(g.met for g in gates), gates_total=len(gates),
        criteria_met=sum(r.status == "met" for r in criterion_results),
        criteria_total=len(criterion_results),
        counts=counts,
    )
    report = Report(
        generated_at=(now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds"),
        tool=ToolStamp(version=__version__),
        criteria=CriteriaStamp(id=criteria.id, version=criteria.version,
                               digest=criteria_digest(criteria), status=criteria.status,
                               title=criteria.title),
        source=questionnaire.source,
        village=questionnaire.village,
        assessment=questionnaire.assessment,
        questionnaire_criteria=questionnaire.criteria,
        summary=summary,
        tiers=tiers,
        dimensions=dimensions,
        gates=gates,
        criteria_results=criterion_results,
        gaps=_gaps(criteria, dimensions, criterion_results),
        unknown_answers=unknown,
        warnings=warnings,
    )
    return advise(report, questionnaire, criteria)


def _question(question: Question, questionnaire: Questionnaire) -> QuestionResult:
    answer = questionnaire.answer(question.id)
    common = {"id": question.id, "type": question.type, "text": question.text,
              "max_points": round_figure(question.max_points), "evidence_need": question.evidence}
    if answer is None:
        return QuestionResult(**common, status="unanswered", rule="unanswered → 0",
                              points=0.0, evidence_missing=False)
    evidence = [EvidenceItem(**e.model_dump()) for e in answer.evidence]
    if answer.na:
        return QuestionResult(**common, status="not_applicable", rule="not applicable → left out",
                              points=0.0, evidence=evidence, evidence_missing=False,
                              note=answer.note)
    result = interpret(question, answer.value)
    return QuestionResult(
        **common, status="answered", answer=result.value, answer_text=result.text,
        rule=result.rule, points=round_figure(result.points), evidence=evidence,
        evidence_missing=question.evidence == "required" and result.points > 0 and not evidence,
        note=answer.note,
    )


def _criterion(criterion: Criterion, questionnaire: Questionnaire,
               criteria: CriteriaSet) -> CriterionResult:
    results = [_question(q, questionnaire) for q in criterion.questions]
    scored = [r for r in results if r.status != "not_applicable"]
    points = sum(r.points for r in scored)
    maximum = sum(r.max_points for r in scored)
    needed = criteria.met_percent(criterion)
    if maximum > 0:
        percent = round_figure(100 * points / maximum, 2)
        status = "met" if 100 * points + EPSILON >= needed * maximum else "not_met"
    else:
        percent, status = None, "not_assessed"
    return CriterionResult(
        id=criterion.id, dimension=criterion.dimension, title=criterion.title,
        weight=criterion.weight, gate=criterion.gate, points=round_figure(points),
        max_points=round_figure(maximum), percent=percent, met_percent=needed, status=status,
        recommendation=criterion.recommendation, questions=results,
    )


def _tiers(criteria: CriteriaSet, overall: float, dimensions: list[DimensionResult],
           results: list[CriterionResult]) -> list[TierResult]:
    out = []
    for rank, tier in enumerate(criteria.tiers):
        checks: list[TierRequirement] = []
        if tier.min_percent:
            checks.append(TierRequirement(
                requirement="min_percent", met=overall + EPSILON >= tier.min_percent,
                value=round_figure(overall, 2), needed=tier.min_percent,
                detail=f"overall {overall:.1f}% of {fmt_points(tier.min_percent)}% needed"))
        if tier.min_dimension_percent is not None:
            low = [d.id for d in dimensions
                   if d.percent is not None and d.percent + EPSILON < tier.min_dimension_percent]
            checks.append(TierRequirement(
                requirement="min_dimension_percent", met=not low,
                needed=tier.min_dimension_percent, failing=low,
                detail=f"every dimension at {fmt_points(tier.min_dimension_percent)}% or more"
                       + _below(low)))
        if tier.all_gates:
            open_gates = [r.id for r in results if r.gate and r.status != "met"]
            checks.append(TierRequirement(
                requirement="all_gates", met=not open_gates, failing=open_gates,
                detail="every gate criterion met" + _below(open_gates)))
        if tier.all_criteria:
            unmet = [r.id for r in results if r.status == "not_met"]
            checks.append(TierRequirement(
                requirement="all_criteria", met=not unmet, failing=unmet,
                detail="every criterion met" + _below(unmet)))
        if tier.evidence_complete:
            missing = [q.id for r in results for q in r.questions if q.evidence_missing]
            checks.append(TierRequirement(
                requirement="evidence_complete", met=not missing, failing=missing,
                value=len(missing), needed=0,
                detail="every claim that needs evidence has it" + _below(missing)))
        out.append(TierResult(id=tier.id, label=tier.label, rank=rank,
                              reached=all(c.met for c in checks), requirements=checks))
    return out


def _below(ids: list[str]) -> str:
    return f"; not met: {', '.join(ids)}" if ids else ""


def _gaps(criteria: CriteriaSet, dimensions: list[DimensionResult],
          results: list[CriterionResult]) -> list[Gap]:
    by_id = {r.id: r for r in results}
    dim_weight = sum(d.weight for d in dimensions if d.percent is not None)
    gaps = []
    for dimension in dimensions:
        if dimension.percent is None:
            continue
        members = [by_id[c] for c in dimension.criteria if by_id[c].percent is not None]
        crit_weight = sum(r.weight for r in members)
        for r in members:
            if r.percent is None or r.percent >= 100:
                continue
            gain = (100 - r.percent) * r.weight / crit_weight * dimension.weight / dim_weight
            gaps.append(Gap(criterion=r.id, title=r.title, dimension=r.dimension,
                            percent=r.percent, status=r.status, gain=round_figure(gain, 2),
                            recommendation=r.recommendation))
    order = {c.id: i for i, c in enumerate(criteria.criteria)}
    gaps.sort(key=lambda g: (-g.gain, order[g.criterion]))
    return gaps
