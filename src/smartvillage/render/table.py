"""The terminal report (Rich): village, criteria, tier, dimensions with bars, gates, gaps.

All text taken from input goes in as ``rich.text.Text`` (never parsed as markup) and
passes through ``render.safe.plain``, so a village name cannot restyle or control the
terminal.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from smartvillage.render import figures
from smartvillage.render.i18n import (
    answer_counts,
    answer_text,
    counted,
    criteria_status,
    date,
    id_mark,
    is_one,
    number,
    path_after,
    path_unreachable,
    percent,
    points_gain,
    requirement_text,
    rule_words,
    serves_text,
    steps_text,
    t,
    target_names,
    tf,
    weighting_text,
)
from smartvillage.render.safe import plain

if TYPE_CHECKING:
    from rich.console import RenderableType

    from smartvillage.models.common import Lang
    from smartvillage.models.report import CriterionResult, Report
    from smartvillage.scoring.compare import Comparison

BAR_WIDTH = 20
_TIER_STYLE = {0: "bold green", 1: "bold yellow"}
_STATUS_MARK = {"met": "✓", "not_met": "✗", "not_assessed": "–"}
_STATUS_STYLE = {"met": "green", "not_met": "red", "not_assessed": "dim"}


def bar(value: float | None, width: int = BAR_WIDTH) -> str:
    """A text bar for a percent: filled ``█`` then empty ``░``."""
    filled = 0 if value is None else round(max(0.0, min(100.0, value)) / 100 * width)
    return "█" * filled + "░" * (width - filled)


def render(
    report: Report, lang: Lang, *, color: bool = False, width: int = 100, details: bool = False
) -> str:
    """The report as a terminal table; ANSI colours only when ``color``."""
    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    for part in _parts(report, lang, details):
        console.print(part)
    return out.getvalue()


def _parts(report: Report, lang: Lang, details: bool) -> list[RenderableType]:
    parts: list[RenderableType] = [
        _header(report, lang),
        _dimensions(report, lang),
        _criteria(report, lang),
    ]
    if details:
        parts += [_details(report, lang, c) for c in report.criteria_results]
    parts.append(_next_tier(report, lang))
    parts.append(_gaps(report, lang))
    parts.append(_evidence(report, lang))
    parts.append(Text(t("stance", lang), style="dim"))
    return parts


def _evidence(report: Report, lang: Lang) -> Text:
    summary = report.evidence
    missing = [q for c in report.criteria_results for q in c.questions if q.evidence_missing]
    text = Text()
    if summary is not None:
        text.append(
            tf(
                "evidence_summary",
                lang,
                with_evidence=summary.with_evidence,
                claims=summary.claims,
                need=summary.need_evidence,
            )
        )
    if missing:
        text.append(
            ("\n" if summary is not None else "") + t("evidence_missing", lang) + ":", style="bold"
        )
        for q in missing:
            text.append(f"\n  {plain(q.text.get(lang))}", style="")
    return text


def _header(report: Report, lang: Lang) -> Panel:
    v, s = report.village, report.summary
    place = ", ".join(plain(p) for p in (v.parish, v.municipality, v.region) if p)
    lines = Text()
    lines.append(plain(v.name), style="bold")
    if place:
        lines.append(f" — {place}")
    if v.population is not None:
        lines.append(f" ({v.population} {counted('population', v.population, lang)})")
    a = report.assessment
    lines.append(
        "\n"
        + tf(
            "assessment_line",
            lang,
            kind=t(f"assessment_kind.{a.assessor}", lang),
            who=plain(a.name) if a.name else "—",
            date=date(a.date, lang),
        )
    )
    c = report.criteria
    lines.append(
        f"\n{t('criteria', lang)}: {plain(c.title.get(lang))} "
        f"({c.id}@{c.version}, {criteria_status(c.status, lang)})"
    )
    tier_rank = next(tier.rank for tier in report.tiers if tier.id == s.tier)
    lines.append(f"\n{t('tier', lang)}: ")
    lines.append(plain(s.tier_label.get(lang)), style=_TIER_STYLE.get(tier_rank, "bold red"))
    lines.append(
        f"   {t('overall', lang)}: {percent(figures.overall(report), lang)} "
        f"({number(s.points, lang)} / {number(s.max_points, lang)} "
        f"{t('points', lang)})"
    )
    if report.criteria.status == "reconstruction":
        lines.append(f"\n{t('reconstruction_note', lang)}", style="italic")
    weighting = weighting_text(
        [(r.title.get(lang), r.share_exact) for r in report.criteria_results], lang
    )
    if weighting:
        lines.append(f"\n{weighting}", style="dim")
    lines.append(f"\n{t('answers', lang)}: {answer_counts(s.counts, lang)}")
    return Panel(lines, box=box.ROUNDED, expand=True)


def _dimensions(report: Report, lang: Lang) -> Table:
    table = Table(
        title=t("dimensions", lang), box=box.SIMPLE_HEAD, title_justify="left", expand=False
    )
    table.add_column(t("dimension", lang))
    table.add_column("", no_wrap=True)
    table.add_column("%", justify="right", no_wrap=True)
    table.add_column(t("points", lang), justify="right", no_wrap=True)
    weakest = report.summary.weakest_dimension
    for d in report.dimensions:
        name = Text(plain(d.title.get(lang)))
        if d.id == weakest:
            name.append(f" ({t('weakest', lang)})", style="red")
        shown = figures.dimension(report, d)
        table.add_row(
            name,
            bar(shown),
            percent(shown, lang),
            f"{number(d.points, lang)} / {number(d.max_points, lang)}",
        )
    table.add_row(
        Text(t("average", lang), style="dim"),
        bar(figures.average(report)),
        percent(figures.average(report), lang),
        "",
    )
    return table


def _criteria(report: Report, lang: Lang) -> Table:
    table = Table(title=t("criteria", lang), box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("", no_wrap=True)
    table.add_column(t("criterion", lang))
    table.add_column("%", justify="right", no_wrap=True)
    table.add_column(t("met", lang), no_wrap=True)
    for c in report.criteria_results:
        label = Text("★" if c.gate else "")
        status = Text(
            f"{_STATUS_MARK[c.status]} {t('status.' + c.status, lang)}",
            style=_STATUS_STYLE[c.status],
        )
        table.add_row(
            label, plain(c.title.get(lang)), percent(figures.criterion(report, c), lang), status
        )
    met = report.summary.gates_met
    word = t("status.met" if is_one(met, lang) else "status.met_many", lang)
    table.caption = f"★ = {t('gates', lang).lower()}: {met}/{report.summary.gates_total} {word}"
    table.caption_justify = "left"
    return table


def _details(report: Report, lang: Lang, criterion: CriterionResult) -> Table:
    table = Table(
        title=f"{plain(criterion.title.get(lang))} ({id_mark(criterion.id, lang)})",
        box=box.SIMPLE_HEAD,
        title_justify="left",
    )
    table.add_column(t("question", lang))
    table.add_column(t("answer", lang))
    table.add_column(t("rule", lang))
    table.add_column(t("points", lang), justify="right", no_wrap=True)
    for q in criterion.questions:
        answer = plain(answer_text(q, lang))
        points = (
            "—"
            if q.status == "not_applicable"
            else f"{number(q.points, lang)} / {number(q.max_points, lang)}"
        )
        table.add_row(
            Text(f"{plain(q.text.get(lang))}\n({id_mark(q.id, lang)})"),
            Text(answer),
            Text(plain(rule_words(q, lang))),
            points,
        )
    return table


def _next_tier(report: Report, lang: Lang) -> Text:
    current = next(tier for tier in report.tiers if tier.id == report.summary.tier)
    text = Text(t("next_tier", lang), style="bold")
    if current.rank == 0:
        text.append(": " + t("top_tier", lang), style="")
        return text
    target = report.tiers[current.rank - 1]
    names = target_names(report, lang)
    text.append(f" — {plain(target.label.get(lang))}:")
    for req in target.requirements:
        if not req.met:
            shown = requirement_text(req, lang, figures.overall(report), names)
            text.append(f"\n  ✗ {plain(shown)}", style="")
    path = report.next_tier_path
    if path is None:
        return text
    if not path.reachable:
        text.append(f"\n{plain(path_unreachable(path, lang, names))}", style="")
        return text
    text.append(f"\n{t('path_title', lang)}:", style="bold")
    for n, step in enumerate(path.steps, start=1):
        now = plain(step.from_text.get(lang)) if step.from_text else t("no_answer", lang)
        # an action from the criteria set says what to do; without one, the question
        # and the kind of change
        head = (
            plain(step.action.get(lang))
            if step.action
            else f"{plain(step.text.get(lang))} — {t(f'kind.{step.kind}', lang)}"
        )
        if step.kind == "add_evidence":
            change = plain(step.change.get(lang))
            gain = ""
        else:
            change = f"{head}: {_short(now)} → {plain(step.change.get(lang))}"
            if step.add_evidence:
                change += f" ({t('plus_evidence', lang)})"
            if step.steps > 1:
                change += f" ({steps_text(step.steps, lang)})"
            gain = f" [{points_gain(step.percent_gained, lang)}]"
        serves = "; ".join(serves_text(x, lang, names) for x in step.serves)
        text.append(f"\n  {n}. {change}{gain} — {serves}", style="")
    text.append("\n  " + path_after(path, lang), style="")
    return text


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _gaps(report: Report, lang: Lang, limit: int = 5) -> Text:
    text = Text(t("gaps", lang), style="bold")
    for gap in report.gaps[:limit]:
        text.append(
            f"\n  {plain(gap.title.get(lang))} — "
            f"{percent(figures.gap(report, gap), lang)}, {t('gain', lang)} "
            f"{points_gain(gap.gain, lang)}",
            style="",
        )
        if gap.recommendation is not None:
            text.append(f"\n    → {plain(gap.recommendation.get(lang))}", style="")
    return text if report.gaps else Text("")


def render_comparison(cmp: Comparison, lang: Lang, *, color: bool = False, width: int = 100) -> str:
    """A comparison of two reports as terminal tables; ANSI colours only when ``color``."""
    from smartvillage.render.view import comparison

    v = comparison(cmp, lang)
    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    head = Text(plain(v.title), style="bold")
    head.append(f"\n{plain(v.mode)}\n", style="")
    head.append(plain(v.headline), style="bold")
    console.print(Panel(head, box=box.ROUNDED, expand=True))
    for alert in v.alerts:
        console.print(Text(plain(alert), style="bold red"))
    diff = t("compare.difference", lang)
    trend = {"up": "green", "down": "red", "": ""}
    sections = [
        ("", v.facts),
        (t("dimensions", lang), v.dimensions),
        (t("criteria", lang), v.criteria),
    ]
    for title, rows in sections:
        table = Table(title=title or None, box=box.SIMPLE_HEAD, title_justify="left")
        table.add_column("")
        table.add_column(plain(v.old_label))
        table.add_column(plain(v.new_label))
        table.add_column(diff, justify="right", no_wrap=True)
        for r in rows:
            table.add_row(
                Text(plain(r.label)),
                Text(plain(r.old)),
                Text(plain(r.new)),
                Text(plain(r.change), style=trend[r.trend]),
            )
        console.print(table)
    lists = [(v.newly_met_title, v.newly_met)]
    if v.kind == "progress":
        lists.append((v.lost_title, v.lost))
    for title, items in lists:
        text = Text(plain(title) + ":", style="bold")
        for item in items or [t("compare.none", lang)]:
            text.append(f"\n  {plain(item)}", style="")
        console.print(text)
    text = Text(plain(v.questions_title), style="bold")
    text.append(f"\n{plain(v.agreement)}", style="")
    console.print(text)
    if v.questions:
        table = Table(box=box.SIMPLE_HEAD)
        table.add_column(t("question", lang))
        table.add_column(plain(v.old_label))
        table.add_column(plain(v.new_label))
        table.add_column(diff, justify="right", no_wrap=True)
        for r in v.questions:
            table.add_row(
                Text(plain(r.label)),
                Text(plain(r.old)),
                Text(plain(r.new)),
                Text(plain(r.change), style=trend[r.trend]),
            )
        console.print(table)
    else:
        console.print(plain(v.no_changes))
    return out.getvalue()
