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

from smartvillage.render.i18n import number, percent, points_gain, requirement_text, t
from smartvillage.render.safe import plain

if TYPE_CHECKING:
    from smartvillage.models.common import Lang
    from smartvillage.models.report import Report

BAR_WIDTH = 20
_TIER_STYLE = {0: "bold green", 1: "bold yellow"}
_STATUS_MARK = {"met": "✓", "not_met": "✗", "not_assessed": "–"}
_STATUS_STYLE = {"met": "green", "not_met": "red", "not_assessed": "dim"}


def bar(value: float | None, width: int = BAR_WIDTH) -> str:
    """A text bar for a percent: filled ``█`` then empty ``░``."""
    filled = 0 if value is None else round(max(0.0, min(100.0, value)) / 100 * width)
    return "█" * filled + "░" * (width - filled)


def render(report: Report, lang: Lang, *, color: bool = False, width: int = 100,
           details: bool = False) -> str:
    """The report as a terminal table; ANSI colours only when ``color``."""
    out = io.StringIO()
    console = Console(file=out, width=width, color_system="standard" if color else None,
                      force_terminal=color, highlight=False, emoji=False, legacy_windows=False)
    for part in _parts(report, lang, details):
        console.print(part)
    return out.getvalue()


def _parts(report: Report, lang: Lang, details: bool) -> list:
    parts: list = [_header(report, lang), _dimensions(report, lang), _criteria(report, lang)]
    if details:
        parts += [_details(report, lang, c) for c in report.criteria_results]
    parts.append(_next_tier(report, lang))
    parts.append(_gaps(report, lang))
    missing = [q for c in report.criteria_results for q in c.questions if q.evidence_missing]
    if missing:
        text = Text(t("evidence_missing", lang) + ":", style="bold")
        for q in missing:
            text.append(f"\n  {q.id}  {plain(q.text.get(lang))}")
        parts.append(text)
    return parts


def _header(report: Report, lang: Lang) -> Panel:
    v, s = report.village, report.summary
    place = ", ".join(plain(p) for p in (v.parish, v.municipality, v.region) if p)
    lines = Text()
    lines.append(plain(v.name), style="bold")
    if place:
        lines.append(f" — {place}")
    if v.population is not None:
        lines.append(f" ({v.population} {t('population', lang)})")
    a = report.assessment
    who = t(f"assessor.{a.assessor}", lang) + (f", {plain(a.name)}" if a.name else "")
    lines.append(f"\n{t('assessed', lang)}: {who}, {a.date.isoformat()}")
    c = report.criteria
    lines.append(f"\n{t('criteria', lang)}: {plain(c.title.get(lang))} "
                 f"({c.id}@{c.version}, {c.status})")
    tier_rank = next(tier.rank for tier in report.tiers if tier.id == s.tier)
    lines.append(f"\n{t('tier', lang)}: ")
    lines.append(plain(s.tier_label.get(lang)), style=_TIER_STYLE.get(tier_rank, "bold red"))
    lines.append(f"   {t('overall', lang)}: {percent(s.percent, lang)} "
                 f"({number(s.points, lang)} / {number(s.max_points, lang)} "
                 f"{t('points', lang)})")
    counts = s.counts
    lines.append(f"\n{t('answers', lang)}: {counts.answered}/{counts.questions} "
                 f"{t('answered', lang)}, {counts.unanswered} {t('unanswered', lang)}, "
                 f"{counts.not_applicable} {t('not_applicable', lang)}")
    return Panel(lines, box=box.ROUNDED, expand=True)


def _dimensions(report: Report, lang: Lang) -> Table:
    table = Table(title=t("dimensions", lang), box=box.SIMPLE_HEAD, title_justify="left",
                  expand=False)
    table.add_column(t("dimension", lang))
    table.add_column("", no_wrap=True)
    table.add_column("%", justify="right", no_wrap=True)
    table.add_column(t("points", lang), justify="right", no_wrap=True)
    weakest = report.summary.weakest_dimension
    for d in report.dimensions:
        name = Text(plain(d.title.get(lang)))
        if d.id == weakest:
            name.append(f" ({t('weakest', lang)})", style="red")
        table.add_row(name, bar(d.percent), percent(d.percent, lang),
                      f"{number(d.points, lang)} / {number(d.max_points, lang)}")
    table.add_row(Text(t("average", lang), style="dim"),
                  bar(report.summary.average_dimension_percent),
                  percent(report.summary.average_dimension_percent, lang), "")
    return table


def _criteria(report: Report, lang: Lang) -> Table:
    table = Table(title=t("criteria", lang), box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("", no_wrap=True)
    table.add_column(t("criterion", lang))
    table.add_column("%", justify="right", no_wrap=True)
    table.add_column(t("met", lang), no_wrap=True)
    for c in report.criteria_results:
        label = Text(c.id + (" ★" if c.gate else ""))
        status = Text(f"{_STATUS_MARK[c.status]} {t('status.' + c.status, lang)}",
                      style=_STATUS_STYLE[c.status])
        table.add_row(label, plain(c.title.get(lang)), percent(c.percent, lang), status)
    table.caption = f"★ = {t('gates', lang).lower()}: {report.summary.gates_met}/" \
                    f"{report.summary.gates_total} {t('status.met', lang)}"
    table.caption_justify = "left"
    return table


def _details(report: Report, lang: Lang, criterion) -> Table:
    table = Table(title=f"{criterion.id} {plain(criterion.title.get(lang))}",
                  box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column(t("question", lang))
    table.add_column(t("answer", lang))
    table.add_column(t("rule", lang))
    table.add_column(t("points", lang), justify="right", no_wrap=True)
    for q in criterion.questions:
        answer = plain(q.answer_text.get(lang)) if q.answer_text else t(q.status, lang)
        points = "—" if q.status == "not_applicable" else \
            f"{number(q.points, lang)} / {number(q.max_points, lang)}"
        table.add_row(Text(f"{q.id}\n{plain(q.text.get(lang))}"), Text(answer),
                      Text(plain(q.rule)), points)
    return table


def _next_tier(report: Report, lang: Lang) -> Text:
    current = next(tier for tier in report.tiers if tier.id == report.summary.tier)
    text = Text(t("next_tier", lang), style="bold")
    if current.rank == 0:
        text.append(": " + t("top_tier", lang), style="")
        return text
    target = report.tiers[current.rank - 1]
    text.append(f" — {plain(target.label.get(lang))}:")
    for req in target.requirements:
        if not req.met:
            text.append(f"\n  ✗ {requirement_text(req, lang)}", style="")
    return text


def _gaps(report: Report, lang: Lang, limit: int = 5) -> Text:
    text = Text(t("gaps", lang), style="bold")
    for gap in report.gaps[:limit]:
        text.append(f"\n  {gap.criterion} {plain(gap.title.get(lang))} — "
                    f"{percent(gap.percent, lang)}, {t('gain', lang)} "
                    f"{points_gain(gap.gain, lang)}", style="")
        text.append(f"\n    → {plain(gap.recommendation.get(lang))}", style="")
    return text if report.gaps else Text("")
