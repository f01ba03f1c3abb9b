"""Score a questionnaire against a criteria set: the Report, built from the scoring core.

The rules, in the order they apply (``scoring.plan`` applies them, exactly):

1. A question's points come from its answer type's rule (``scoring.answers``).
   Not-applicable answers leave the question out of both points and maximum.
   Unanswered questions count as 0 of their maximum and are listed as unanswered.
2. A criterion's percent is its points over its maximum; it is met when the percent
   reaches its ``met_percent``. A criterion whose every question is not applicable
   is "not assessed": it does not count as met, and it is left out of the averages.
3. A dimension's percent is the weight-averaged percent of its criteria; the overall
   percent is the weight-averaged percent of the dimensions.
4. The tier is the first tier, from the top, whose every requirement holds.

Every figure is exact until it is shown; each is then rounded once
(``scoring.arithmetic.shown``), never across the threshold that decides on it.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from smartvillage._version import __version__
from smartvillage.errors import InputError, Problem
from smartvillage.messages import msg
from smartvillage.models.criteria import CriteriaSet
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
from smartvillage.scoring.answers import AnswerError, explain, fmt_points, interpret
from smartvillage.scoring.arithmetic import fraction_text, shown, shown_or_none
from smartvillage.scoring.digest import criteria_digest
from smartvillage.scoring.path import advise
from smartvillage.scoring.plan import ANSWERED, MET, NOT_APPLICABLE, Outcome, Plan, Requirement

__all__ = ["check_answers", "criteria_digest", "score"]


def check_answers(
    questionnaire: Questionnaire, criteria: CriteriaSet, source: str | None = None
) -> list[Problem]:
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
                problems.append(
                    Problem(
                        source,
                        msg("answer.no_question", id=qid, ref=criteria.ref),
                        field=f"answers.{qid}",
                        line=line,
                    )
                )
            continue
        if answer is None or not answer.answered:
            continue
        _, question = questions[qid]
        if answer.na and not question.allow_na:
            problems.append(
                Problem(
                    source,
                    msg("answer.na_not_allowed"),
                    field=f"answers.{qid}",
                    line=line,
                )
            )
            continue
        if answer.na:
            continue
        try:
            interpret(question, answer.value)
        except AnswerError as exc:
            problems.append(Problem(source, exc.message, field=f"answers.{qid}", line=line))
    return problems


def score(
    questionnaire: Questionnaire,
    criteria: CriteriaSet,
    *,
    now: dt.datetime | None = None,
    plan: Plan | None = None,
) -> Report:
    """Score ``questionnaire`` against ``criteria``; raise InputError on invalid answers.

    ``plan``, the criteria compiled once (``scoring.plan.Plan``), saves compiling them
    again when many questionnaires are scored against one set.
    """
    problems = check_answers(questionnaire, criteria)
    if problems:
        raise InputError(problems)
    plan = plan if plan is not None and plan.criteria is criteria else Plan(criteria)
    outcome = plan.score_questionnaire(questionnaire)
    warnings: list[str] = list(questionnaire.read_warnings)
    unknown = sorted(q for q in questionnaire.answers if q not in plan.question_index)
    if questionnaire.criteria != criteria.ref:
        warnings.append(
            f"the questionnaire answers {questionnaire.criteria} but was scored "
            f"against {criteria.ref}"
        )
    if outcome.unanswered:
        one = outcome.unanswered == 1
        warnings.append(
            f"{outcome.unanswered} of {len(plan.questions)} questions "
            f"{'is' if one else 'are'} unanswered and count{'s' if one else ''} "
            "as 0 points"
        )
    shares = plan.shares()
    criterion_results = [
        _criterion(plan, outcome, ci, questionnaire, shares[ci]) for ci in range(len(plan.crits))
    ]
    dimensions = []
    for d, dimension in enumerate(plan.dimensions):
        got, maximum = outcome.dimension_units(d)
        percent = outcome.dimension_percents[d]
        dimensions.append(
            DimensionResult.model_construct(
                id=dimension.id,
                title=dimension.title,
                weight=dimension.weight,
                points=plan.points(got),
                max_points=plan.points(maximum),
                percent=shown_or_none(percent, 2, plan.thresholds),
                percent_exact=fraction_text(percent),
                criteria=[plan.crits[i].id for i in plan.by_dimension[d]],
            )
        )
    weakest = outcome.weakest
    gates = [
        GateResult.model_construct(criterion=r.id, title=r.title, met=r.status == MET)
        for r in criterion_results
        if r.gate
    ]
    counts = Counts.model_construct(
        questions=len(plan.questions),
        answered=outcome.answered,
        unanswered=outcome.unanswered,
        not_applicable=outcome.not_applicable,
        evidence_missing=outcome.missing_count,
    )
    tiers = _tiers(plan, outcome)
    tier = plan.tiers[outcome.tier]
    average = outcome.average_dimension_percent
    summary = Summary.model_construct(
        percent=shown(outcome.overall, 2, plan.thresholds),
        percent_exact=fraction_text(outcome.overall),
        points=plan.points(outcome.points),
        max_points=plan.points(outcome.max_units),
        tier=tier.id,
        tier_label=tier.label,
        weakest_dimension=plan.dimensions[weakest].id if weakest is not None else None,
        weakest_percent=dimensions[weakest].percent if weakest is not None else None,
        average_dimension_percent=shown_or_none(average, 2, plan.thresholds),
        average_dimension_percent_exact=fraction_text(average),
        gates_met=outcome.gates_met,
        gates_total=len(plan.gate_index),
        criteria_met=outcome.criteria_met,
        criteria_total=len(plan.crits),
        counts=counts,
    )
    report = Report.model_construct(
        generated_at=(now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds"),
        tool=ToolStamp.model_construct(version=__version__),
        criteria=CriteriaStamp.model_construct(
            id=criteria.id,
            version=criteria.version,
            digest=plan.digest,
            status=criteria.status,
            title=criteria.title,
        ),
        source=questionnaire.source,
        village=questionnaire.village,
        assessment=questionnaire.assessment,
        questionnaire_criteria=questionnaire.criteria,
        summary=summary,
        tiers=tiers,
        dimensions=dimensions,
        gates=gates,
        criteria_results=criterion_results,
        gaps=_gaps(plan, outcome, criterion_results),
        unknown_answers=unknown,
        warnings=warnings,
    )
    return advise(report, questionnaire, criteria, plan, outcome)


def _question(
    plan: Plan, outcome: Outcome, qi: int, questionnaire: Questionnaire
) -> QuestionResult:
    qp = plan.questions[qi]
    question = qp.question
    answer = questionnaire.answer(question.id)
    common = {
        "id": question.id,
        "type": question.type,
        "text": question.text,
        "max_points": plan.points(qp.max_units),
        "evidence_need": question.evidence,
    }
    state = outcome.states[qi]
    if (state != ANSWERED and state != NOT_APPLICABLE) or answer is None:
        return QuestionResult.model_construct(
            **common,
            status="unanswered",
            rule="unanswered → 0",
            rule_text=explain("unanswered"),
            points=0.0,
            evidence_missing=False,
        )
    evidence = [
        EvidenceItem.model_construct(link=e.link, document=e.document, shows=e.shows)
        for e in answer.evidence
    ]
    if state == NOT_APPLICABLE:
        return QuestionResult.model_construct(
            **common,
            status="not_applicable",
            rule="not applicable → left out",
            rule_text=explain("not_applicable"),
            points=0.0,
            evidence=evidence,
            evidence_missing=False,
            note=answer.note,
        )
    result = interpret(question, answer.value)
    return QuestionResult.model_construct(
        **common,
        status="answered",
        answer=result.value,
        answer_text=result.text,
        rule=result.rule,
        rule_text=result.explanation,
        points=plan.points(outcome.units[qi]),
        evidence=evidence,
        evidence_missing=outcome.evidence_missing[qi],
        note=answer.note,
    )


def _criterion(
    plan: Plan, outcome: Outcome, ci: int, questionnaire: Questionnaire, share: Fraction
) -> CriterionResult:
    crit = plan.crits[ci]
    criterion = plan.criteria_models[ci]
    percent = outcome.criterion_percents[ci]
    return CriterionResult.model_construct(
        id=crit.id,
        dimension=criterion.dimension,
        title=criterion.title,
        weight=criterion.weight,
        gate=crit.gate,
        points=plan.points(outcome.criterion_units[ci]),
        max_points=plan.points(outcome.criterion_max[ci]),
        percent=shown_or_none(percent, 2, plan.thresholds),
        percent_exact=fraction_text(percent),
        met_percent=float(crit.needed),
        status=outcome.criterion_status[ci],
        share=shown(share, 4),
        share_exact=fraction_text(share),
        recommendation=criterion.strengthen
        if outcome.criterion_status[ci] == MET
        else criterion.recommendation,
        questions=[
            _question(plan, outcome, qi, questionnaire) for qi in range(crit.first, crit.last)
        ],
    )


def _tiers(plan: Plan, outcome: Outcome) -> list[TierResult]:
    out = []
    for rank, tier in enumerate(plan.tiers):
        checks = [_requirement(plan, outcome, r) for r in outcome.requirements(rank)]
        out.append(
            TierResult.model_construct(
                id=tier.id,
                label=tier.label,
                rank=rank,
                reached=all(c.met for c in checks),
                requirements=checks,
            )
        )
    return out


def _requirement(plan: Plan, outcome: Outcome, req: Requirement) -> TierRequirement:
    kind = req.kind
    needed = float(req.needed) if req.needed is not None else None
    if kind == "min_percent":
        return TierRequirement.model_construct(
            requirement=kind,
            met=req.met,
            value=shown(outcome.overall, 2, plan.thresholds),
            needed=needed,
            detail=f"overall {shown(outcome.overall, 1, plan.thresholds):.1f}% of "
            f"{fmt_points(needed)}% needed",
        )
    if kind == "min_dimension_percent":
        failing = [plan.dimensions[i].id for i in req.failing]
        return TierRequirement.model_construct(
            requirement=kind,
            met=req.met,
            needed=needed,
            failing=failing,
            detail=f"every dimension at {fmt_points(needed)}% or more" + _below(failing),
        )
    if kind == "evidence_complete":
        failing = [plan.questions[i].id for i in req.failing]
        return TierRequirement.model_construct(
            requirement=kind,
            met=req.met,
            failing=failing,
            value=float(len(failing)),
            needed=0.0,
            detail="every claim that needs evidence has it" + _below(failing),
        )
    failing = [plan.crits[i].id for i in req.failing]
    what = "every gate criterion met" if kind == "all_gates" else "every criterion met"
    return TierRequirement.model_construct(
        requirement=kind, met=req.met, failing=failing, detail=what + _below(failing)
    )


def _below(ids: list[str]) -> str:
    return f"; not met: {', '.join(ids)}" if ids else ""


def _gaps(plan: Plan, outcome: Outcome, results: list[CriterionResult]) -> list[Gap]:
    gaps = []
    for ci, gain in outcome.gaps():
        r = results[ci]
        gaps.append(
            Gap.model_construct(
                criterion=r.id,
                title=r.title,
                dimension=r.dimension,
                percent=r.percent,
                status=r.status,
                gain=shown(gain, 2),
                gain_exact=fraction_text(gain),
                recommendation=r.recommendation,
            )
        )
    return gaps
