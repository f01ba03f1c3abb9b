"""The report in one language, as plain texts: what the Markdown, HTML and XLSX reports show.

The view holds *unescaped* text; each renderer escapes it for its own format (Markdown
escapes, Jinja2 autoescaping, spreadsheet string cells). Links become links only when
they are ``http``/``https`` URLs (:func:`safe_url`); anything else stays text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from smartvillage.render import figures
from smartvillage.render.i18n import (
    answer_counts,
    answer_text,
    assessor,
    criteria_status,
    date,
    number,
    path_after,
    path_unreachable,
    percent,
    points_gain,
    points_text,
    points_word,
    report_warnings,
    requirement_text,
    rule_words,
    serves_text,
    steps_text,
    t,
    target_names,
    tf,
    timestamp,
    weighting_text,
)
from smartvillage.render.leader import leader_facts

if TYPE_CHECKING:
    from smartvillage.models.common import Lang
    from smartvillage.models.report import EvidenceItem, QuestionResult, Report
    from smartvillage.scoring.compare import Comparison

_URL_CHARS = re.compile(r"^[^\s\x00-\x1f\x7f<>\"'`\\]+$")


def safe_url(link: str | None) -> str | None:
    """``link`` if it is a plain http(s) URL with a host, else None (shown as text)."""
    if not link:
        return None
    link = link.strip()
    if not _URL_CHARS.match(link):
        return None
    try:
        parts = urlsplit(link)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return link


@dataclass(frozen=True)
class EvidenceView:
    """One piece of evidence: what it shows, and where (a URL only when safe)."""

    where: str
    shows: str
    url: str | None


@dataclass(frozen=True)
class QuestionView:
    """One question's row."""

    id: str
    text: str
    status: str
    answer: str
    points: str
    rule: str
    evidence_need: str
    evidence_need_text: str
    evidence_missing: bool
    evidence: list[EvidenceView]
    note: str


@dataclass(frozen=True)
class CriterionView:
    """One criterion with its questions."""

    id: str
    title: str
    gate: bool
    percent: str
    percent_value: float | None
    needed: str
    status: str
    status_text: str
    points: str
    questions: list[QuestionView]


@dataclass(frozen=True)
class DimensionView:
    """One dimension with its criteria."""

    id: str
    title: str
    percent: str
    percent_value: float | None
    points: str
    weakest: bool
    criteria: list[CriterionView]


@dataclass(frozen=True)
class StepView:
    """One step of the path to the next tier."""

    number: int
    question: str
    text: str
    criterion: str
    kind: str
    kind_text: str
    now: str
    change: str
    add_evidence: bool
    points_gained: str
    points_text: str
    percent_gained: str
    serves: str


@dataclass(frozen=True)
class PathView:
    """The path to the next tier."""

    tier: str
    reachable: bool
    intro: str
    steps: list[StepView]
    after: str
    unreachable: str
    minimal: bool


@dataclass(frozen=True)
class SolutionView:
    """A challenge and what another village did about it."""

    challenge: str
    solution: str
    source: str


@dataclass(frozen=True)
class GapView:
    """A gap with its recommendation and the solutions villages used."""

    criterion: str
    title: str
    percent: str
    status: str
    status_text: str
    gain: str
    recommendation: str
    solutions: list[SolutionView]


@dataclass(frozen=True)
class GateView:
    """A gate and whether it is met."""

    id: str
    title: str
    met: bool
    status_text: str


@dataclass(frozen=True)
class EvidenceSummaryView:
    """How many claims carry evidence; which need it and lack it."""

    summary: str
    missing_title: str
    missing: list[tuple[str, str]]
    recommended_title: str
    recommended: list[tuple[str, str]]
    complete: bool


@dataclass(frozen=True)
class ReportView:
    """Everything a human-readable report shows, as texts in one language."""

    lang: Lang
    title: str
    village: str
    place: str
    facts: list[tuple[str, str]]
    tier_id: str
    tier: str
    tier_rank: int
    tier_count: int
    percent: str
    percent_value: float
    points: str
    average: str
    average_value: float | None
    dimensions: list[DimensionView]
    criteria: list[CriterionView]
    gates: list[GateView]
    gates_summary: str
    criteria_summary: str
    next_tier: str
    requirements: list[str]
    path: PathView | None
    evidence: EvidenceSummaryView
    gaps: list[GapView]
    warnings: list[str]
    notes: str
    disclaimer: str
    weighting: str
    footer: str
    digest: str
    counts: str
    top_tier: bool = field(default=False)
    details: bool = field(default=False)


def build(report: Report, lang: Lang, *, details: bool = False) -> ReportView:
    """The view of ``report`` in ``lang``; ``details`` shows the ids a script author needs
    beside the texts (the renderers mark them as ids)."""
    v, s, a, c = report.village, report.summary, report.assessment, report.criteria
    place = ", ".join(p for p in (v.parish, v.municipality, v.region) if p)
    facts = [(t("village", lang), v.name)]
    for key, value in (
        ("parish", v.parish),
        ("municipality", v.municipality),
        ("region", v.region),
    ):
        if value:
            facts.append((t(key, lang), value))
    if v.population is not None:
        facts.append((t("population_label", lang), number(v.population, lang)))
    facts += leader_facts(v, lang)
    who = assessor(a.assessor, lang) + (f", {a.name}" if a.name else "")
    facts.append((t("assessed", lang), who))
    facts.append((t("assessment_date", lang), date(a.date, lang, long=True)))
    facts.append(
        (
            t("criteria_set", lang),
            f"{c.title.get(lang)} ({c.id}@{c.version}, {criteria_status(c.status, lang)})",
        )
    )
    count_text = answer_counts(s.counts, lang)
    facts.append((t("answers", lang), count_text))
    rank = next(tier.rank for tier in report.tiers if tier.id == s.tier)
    dimensions = _dimensions(report, lang)
    order = {c.id: n for n, c in enumerate(report.criteria_results)}
    next_tier, requirements = "", []
    if rank > 0:
        target = report.tiers[rank - 1]
        next_tier = target.label.get(lang)
        requirements = [
            requirement_text(r, lang, figures.overall(report), target_names(report, lang))
            for r in target.requirements
            if not r.met
        ]
    return ReportView(
        lang=lang,
        title=t("report_title", lang),
        village=v.name,
        place=place,
        facts=facts,
        tier_id=s.tier,
        tier=s.tier_label.get(lang),
        tier_rank=rank,
        tier_count=len(report.tiers),
        percent=percent(figures.overall(report), lang),
        percent_value=figures.overall(report),
        points=f"{number(s.points, lang)} / {number(s.max_points, lang)} {t('points', lang)}",
        average=percent(figures.average(report), lang),
        average_value=figures.average(report),
        dimensions=dimensions,
        criteria=sorted((c for d in dimensions for c in d.criteria), key=lambda c: order[c.id]),
        gates=[
            GateView(
                g.criterion,
                g.title.get(lang),
                g.met,
                t("status.met" if g.met else "status.not_met", lang),
            )
            for g in report.gates
        ],
        gates_summary=tf("met_count", lang, met=s.gates_met, total=s.gates_total),
        criteria_summary=tf("met_count", lang, met=s.criteria_met, total=s.criteria_total),
        next_tier=next_tier,
        requirements=requirements,
        path=_path(report, lang),
        evidence=_evidence(report, lang),
        gaps=_gaps(report, lang),
        warnings=report_warnings(report, lang),
        notes=report.notes or "",
        disclaimer=c.disclaimer.get(lang) if c.disclaimer else "",
        weighting=weighting_text(
            [(r.title.get(lang), r.share_exact) for r in report.criteria_results], lang
        ),
        footer=t("stance", lang)
        + " "
        + tf(
            "generated",
            lang,
            date=timestamp(report.generated_at, lang),
            version=report.tool.version,
        ),
        digest=c.digest,
        counts=count_text,
        top_tier=rank == 0,
        details=details,
    )


def evidence_view(item: EvidenceItem, lang: Lang) -> EvidenceView:
    """One piece of evidence for display."""
    where = item.link or item.document or ""
    return EvidenceView(
        where=where, shows=item.shows or "", url=safe_url(item.link) if item.link else None
    )


def question_view(q: QuestionResult, lang: Lang) -> QuestionView:
    """One question's row for display."""
    return QuestionView(
        id=q.id,
        text=q.text.get(lang),
        status=q.status,
        answer=answer_text(q, lang),
        points=points_text(q, lang),
        rule=rule_words(q, lang),
        evidence_need=q.evidence_need,
        evidence_need_text=t(f"evidence_need.{q.evidence_need}", lang),
        evidence_missing=q.evidence_missing,
        evidence=[evidence_view(e, lang) for e in q.evidence],
        note=q.note or "",
    )


def _dimensions(report: Report, lang: Lang) -> list[DimensionView]:
    by_id = {c.id: c for c in report.criteria_results}
    out = []
    for d in report.dimensions:
        crits = [by_id[cid] for cid in d.criteria if cid in by_id]
        out.append(
            DimensionView(
                id=d.id,
                title=d.title.get(lang),
                percent=percent(figures.dimension(report, d), lang),
                percent_value=figures.dimension(report, d),
                points=f"{number(d.points, lang)} / {number(d.max_points, lang)}",
                weakest=d.id == report.summary.weakest_dimension,
                criteria=[
                    CriterionView(
                        id=c.id,
                        title=c.title.get(lang),
                        gate=c.gate,
                        percent=percent(figures.criterion(report, c), lang),
                        percent_value=figures.criterion(report, c),
                        needed=percent(c.met_percent, lang),
                        status=c.status,
                        status_text=t(f"status.{c.status}", lang),
                        points=f"{number(c.points, lang)} / {number(c.max_points, lang)}",
                        questions=[question_view(q, lang) for q in c.questions],
                    )
                    for c in crits
                ],
            )
        )
    return out


def _path(report: Report, lang: Lang) -> PathView | None:
    path = report.next_tier_path
    if path is None:
        return None
    label = path.label.get(lang)
    names = target_names(report, lang)
    steps = []
    for n, step in enumerate(path.steps, start=1):
        now = step.from_text.get(lang) if step.from_text else t("no_answer", lang)
        change = step.change.get(lang)
        if step.add_evidence and step.kind != "add_evidence":
            change += f" ({t('plus_evidence', lang)})"
        if step.steps > 1:
            change += f" ({steps_text(step.steps, lang)})"
        if step.kind == "add_evidence":
            kind_text = step.change.get(lang)  # what evidence, in the criterion's words
        elif step.action:
            kind_text = step.action.get(lang)
        else:
            kind_text = t(f"kind.{step.kind}", lang)
        steps.append(
            StepView(
                number=n,
                question=step.question,
                text=step.text.get(lang),
                criterion=step.criterion,
                kind=step.kind,
                kind_text=kind_text,
                now=now,
                change=change,
                add_evidence=step.add_evidence,
                points_gained="—"
                if step.kind == "add_evidence"
                else "+" + number(step.points_gained, lang),
                points_text=""
                if step.kind == "add_evidence"
                else points_word(step.points_gained, lang),
                percent_gained="—"
                if step.kind == "add_evidence"
                else points_gain(step.percent_gained, lang),
                serves="; ".join(serves_text(x, lang, names) for x in step.serves),
            )
        )
    after = path_after(path, lang)
    return PathView(
        tier=label,
        reachable=path.reachable,
        intro=tf("path_intro", lang, tier=label),
        steps=steps,
        after=after,
        unreachable="" if path.reachable else path_unreachable(path, lang, names),
        minimal=path.minimal,
    )


def _evidence(report: Report, lang: Lang) -> EvidenceSummaryView:
    texts = {q.id: q.text.get(lang) for c in report.criteria_results for q in c.questions}
    summary = report.evidence
    if summary is None:  # a report made without the advice step
        return EvidenceSummaryView("", "", [], "", [], True)
    return EvidenceSummaryView(
        summary=tf(
            "evidence_summary",
            lang,
            with_evidence=summary.with_evidence,
            claims=summary.claims,
            need=summary.need_evidence,
        ),
        missing_title=tf("evidence_missing_list", lang, n=len(summary.missing)),
        missing=[(q, texts.get(q, "")) for q in summary.missing],
        recommended_title=tf("evidence_recommended_list", lang, n=len(summary.recommended_missing)),
        recommended=[(q, texts.get(q, "")) for q in summary.recommended_missing],
        complete=not summary.missing,
    )


def _gaps(report: Report, lang: Lang) -> list[GapView]:
    return [
        GapView(
            criterion=g.criterion,
            title=g.title.get(lang),
            percent=percent(figures.gap(report, g), lang),
            status=g.status,
            status_text=t(f"status.{g.status}", lang),
            gain=points_gain(g.gain, lang),
            recommendation=g.recommendation.get(lang) if g.recommendation else "",
            solutions=[
                SolutionView(s.challenge.get(lang), s.solution.get(lang), s.source or "")
                for s in g.solutions
            ],
        )
        for g in report.gaps
    ]


# --------------------------------------------------------------------------- compare


@dataclass(frozen=True)
class ComparisonRow:
    """One row of a comparison table: a label, the two values and the change."""

    id: str
    label: str
    old: str
    new: str
    change: str
    trend: str  # "up", "down" or ""


@dataclass(frozen=True)
class ComparisonView:
    """A comparison of two reports as texts in one language."""

    lang: Lang
    kind: str
    title: str
    mode: str
    alerts: list[str]
    old_label: str
    new_label: str
    headline: str
    facts: list[ComparisonRow]
    dimensions: list[ComparisonRow]
    criteria: list[ComparisonRow]
    newly_met: list[str]
    lost: list[str]
    newly_met_title: str
    lost_title: str
    questions_title: str
    questions: list[ComparisonRow]
    agreement: str
    no_changes: str
    chart: list[tuple[str, float | None, float | None]]


def _trend(value: float | None) -> str:
    if value is None or abs(value) < 1e-9:
        return ""
    return "up" if value > 0 else "down"


def _status_text(status: str | None, shown: float | None, lang: Lang) -> str:
    if status is None:
        return t("compare.missing", lang)
    return f"{percent(shown, lang)} · {t(f'status.{status}', lang)}"


def _answer_text(status: str | None, answer: Any, points: float | None, lang: Lang) -> str:
    if status is None:
        return t("compare.missing", lang)
    if status == "unanswered":
        text = t("no_answer", lang)
    elif status == "not_applicable":
        return t("na_answer", lang)
    else:
        text = answer.get(lang) if answer is not None else ""
    return f"{text} ({number(points or 0.0, lang)})"


def comparison(cmp: Comparison, lang: Lang) -> ComparisonView:
    """The view of a comparison in ``lang``."""
    from smartvillage.render.i18n import signed, signed_percent

    a, b = cmp.old, cmp.new
    progress = cmp.kind == "progress"

    if progress:
        if a.date != b.date:
            old_label, new_label = date(a.date, lang), date(b.date, lang)
        else:
            old_label, new_label = t("compare.old", lang), t("compare.new", lang)
    elif a.assessor != b.assessor:
        old_label, new_label = assessor(a.assessor, lang), assessor(b.assessor, lang)
    else:
        old_label, new_label = t("compare.first", lang), t("compare.second", lang)
    alerts = []
    if not cmp.same_criteria:
        alerts.append(tf("compare.criteria_differ", lang, old=a.criteria, new=b.criteria))
    if not cmp.same_village:
        alerts.append(tf("compare.villages_differ", lang, old=a.village, new=b.village))
    old_tier, new_tier = a.tier_label.get(lang), b.tier_label.get(lang)
    if a.tier == b.tier and cmp.same_criteria:
        headline = tf(
            "compare.tier_same" if progress else "compare.tier_agree", lang, tier=new_tier
        )
    elif not progress:
        headline = tf("compare.tier_differ", lang, old=old_tier, new=new_tier)
    elif cmp.tier_change > 0:
        headline = tf("compare.tier_up", lang, old=old_tier, new=new_tier)
    elif cmp.tier_change < 0:
        headline = tf("compare.tier_down", lang, old=old_tier, new=new_tier)
    else:
        headline = tf("compare.tier_differ", lang, old=old_tier, new=new_tier)
    facts = [
        ComparisonRow("village", t("village", lang), a.village, b.village, "", ""),
        ComparisonRow(
            "assessed",
            t("assessed", lang),
            assessor(a.assessor, lang) + (f", {a.assessor_name}" if a.assessor_name else ""),
            assessor(b.assessor, lang) + (f", {b.assessor_name}" if b.assessor_name else ""),
            "",
            "",
        ),
        ComparisonRow(
            "date",
            t("assessment_date", lang),
            date(a.date, lang, long=True),
            date(b.date, lang, long=True),
            "",
            "",
        ),
        ComparisonRow("criteria", t("criteria_set", lang), a.criteria, b.criteria, "", ""),
        ComparisonRow(
            "tier",
            t("tier", lang),
            old_tier,
            new_tier,
            signed(cmp.tier_change, lang) if cmp.tier_change else "",
            _trend(cmp.tier_change),
        ),
        ComparisonRow(
            "overall",
            t("overall", lang),
            percent(figures.figure(a.percent_exact, a.percent, a.thresholds), lang),
            percent(figures.figure(b.percent_exact, b.percent, b.thresholds), lang),
            signed_percent(cmp.percent_change, lang),
            _trend(cmp.percent_change),
        ),
        ComparisonRow(
            "criteria_met",
            t("criteria", lang),
            tf("met_count", lang, met=a.criteria_met, total=a.criteria_total),
            tf("met_count", lang, met=b.criteria_met, total=b.criteria_total),
            signed(b.criteria_met - a.criteria_met, lang)
            if b.criteria_met != a.criteria_met
            else "",
            _trend(b.criteria_met - a.criteria_met),
        ),
    ]
    dims = [
        ComparisonRow(
            d.id,
            d.title.get(lang),
            percent(figures.figure(d.old_percent_exact, d.old_percent, a.thresholds), lang),
            percent(figures.figure(d.new_percent_exact, d.new_percent, b.thresholds), lang),
            signed_percent(d.change, lang),
            _trend(d.change),
        )
        for d in cmp.dimensions
    ]
    crits = [
        ComparisonRow(
            c.id,
            f"{c.title.get(lang)}{' ★' if c.gate else ''}",
            _status_text(
                c.old_status, figures.figure(c.old_percent_exact, c.old_percent, a.thresholds), lang
            ),
            _status_text(
                c.new_status, figures.figure(c.new_percent_exact, c.new_percent, b.thresholds), lang
            ),
            signed_percent(c.change, lang),
            _trend(c.change),
        )
        for c in cmp.criteria
    ]
    titles = {c.id: c.title.get(lang) for c in cmp.criteria}
    questions = []
    for q in cmp.questions:
        change = signed(q.difference, lang)
        if not progress and q.max_points:
            change += f" ({percent(100 * q.share, lang)})"
        questions.append(
            ComparisonRow(
                q.id,
                q.text.get(lang),
                _answer_text(q.old_status, q.old_answer, q.old_points, lang),
                _answer_text(q.new_status, q.new_answer, q.new_points, lang),
                change,
                _trend(q.difference),
            )
        )
    return ComparisonView(
        lang=lang,
        kind=cmp.kind,
        title=t(f"compare.title.{cmp.kind}", lang),
        mode=t(f"compare.mode.{cmp.kind}", lang),
        alerts=alerts,
        old_label=old_label,
        new_label=new_label,
        headline=headline,
        facts=facts,
        dimensions=dims,
        criteria=crits,
        newly_met=[titles.get(i, i) for i in cmp.newly_met]
        if progress
        else [
            f"{c.title.get(lang)}: {t(f'status.{c.old_status}', lang)} / "
            f"{t(f'status.{c.new_status}', lang)}"
            for c in cmp.criteria
            if c.transition in ("newly_met", "lost")
        ],
        lost=[titles.get(i, i) for i in cmp.lost] if progress else [],
        newly_met_title=t("compare.newly_met", lang)
        if progress
        else t("compare.status_differ", lang),
        lost_title=t("compare.lost", lang),
        questions_title=t(f"compare.questions.{cmp.kind}", lang),
        questions=questions,
        agreement=tf(
            "compare.agreement", lang, same=cmp.questions_same, total=cmp.questions_compared
        ),
        no_changes=t("compare.no_changes", lang),
        chart=[(d.title.get(lang), d.old_percent, d.new_percent) for d in cmp.dimensions],
    )
