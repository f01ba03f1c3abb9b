"""The portfolio page of a batch (``batch -o portfolio.html``): one self-contained page.

The same look as the single-village HTML report (its stylesheet and page head, from
``render/templates``), offline and without scripts, printable on A4 landscape: the
villages per tier, a villages × criteria table coloured by percent, the summary per
planning region, municipality, parish and LEADER group (``batch.portfolio``), the most
common gaps with the solutions other villages used (the focus-group solutions the
criteria set keeps, as the single report lists them for a gap), and each village's
tier and next step, linked to its full report when ``--reports`` wrote one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from smartvillage import messages
from smartvillage.batch.portfolio import LEVELS, Portfolio, rate
from smartvillage.render import i18n
from smartvillage.render.results_portfolio_xlsx import territory_name
from smartvillage.scoring.arithmetic import parse_fraction, shown
from smartvillage.scoring.plan import MET

if TYPE_CHECKING:
    from smartvillage.batch.results import BatchResult, VillageResult
    from smartvillage.models.common import Lang
    from smartvillage.scoring.plan import Plan

TOP_GAPS = 5


@dataclass(frozen=True)
class Cell:
    """A percent in the villages × criteria table, with its colour class."""

    text: str
    kind: str  # good | mid | bad | na


@dataclass(frozen=True)
class VillageRow:
    """One village as the portfolio shows it."""

    name: str
    place: str
    href: str | None
    tier: str
    tier_class: str
    percent: str
    cells: list[Cell]
    next_step: str


@dataclass(frozen=True)
class GapEntry:
    """A criterion many villages do not meet, with what other villages did."""

    criterion: str  # its number in the set (a person never sees ids)
    title: str
    not_met: str
    next_step: str
    recommendation: str
    solutions: list[tuple[str, str]]


@dataclass(frozen=True)
class SetView:
    """Everything the page shows for one criteria set."""

    ref: str
    title: str
    disclaimer: str
    tiers: list[tuple[str, int, str, str, float]]  # label, count, percent text, class, width
    criteria: list[tuple[str, str]]  # number in the set, title
    villages: list[VillageRow]
    levels: list[tuple[str, list[list[str]]]]  # level title, rows of cells
    level_head: list[str]
    gaps: list[GapEntry]


def _tier_class(rank: int, count: int) -> str:
    return "top" if rank == 0 else "low" if rank == count - 1 else "mid"


def _percent(value: Fraction | None, plan: Plan, lang: Lang) -> str:
    return i18n.percent(None if value is None else shown(value, 1, plan.thresholds), lang)


def _village(village: VillageResult, plan: Plan, lang: Lang, href: str | None) -> VillageRow:
    scores = village.scores
    scale = plan.scale
    cells = []
    for _crit, got, most, status in zip(
        plan.crits,
        scores.criterion_points,
        scores.criterion_max,
        scores.criterion_status,
        strict=True,
    ):
        if most <= 0:
            cells.append(Cell("—", "na"))
            continue
        exact = Fraction(100 * round(got * scale), round(most * scale))
        kind = "good" if status == MET else "bad" if exact < 50 else "mid"
        cells.append(Cell(_percent(exact, plan, lang), kind))
    step = "—"
    if scores.top_gap is not None:
        index, gain = scores.top_gap
        criterion = plan.criteria_models[index]
        step = f"{criterion.title.get(lang)} ({i18n.points_gain(gain, lang)})"
    place = ", ".join(p for p in (village.parish, village.municipality) if p)
    return VillageRow(
        name=village.name,
        place=place,
        href=href,
        tier=plan.tiers[scores.tier].label.get(lang),
        tier_class=_tier_class(scores.tier, len(plan.tiers)),
        percent=_percent(parse_fraction(scores.percent_exact), plan, lang),
        cells=cells,
        next_step=step,
    )


def _set_view(
    portfolio: Portfolio,
    villages: list[VillageResult],
    lang: Lang,
    links: dict[int, str],
) -> SetView:
    plan = portfolio.plan

    def say(key: str, **params: Any) -> str:
        return messages.text(f"portfolio.{key}", lang, **params)

    rows = portfolio.rows()
    whole = rows[0]
    total = whole.villages
    tiers = [
        (
            tier.label.get(lang),
            count,
            i18n.percent(rate(Fraction(100 * count, total), 1), lang),
            _tier_class(rank, len(plan.tiers)),
            round(100 * count / total, 1),
        )
        for rank, (tier, count) in enumerate(zip(plan.tiers, whole.tiers, strict=True))
    ]
    level_head = [
        say("territory"),
        say("villages"),
        *(t.label.get(lang) for t in plan.tiers),
        say("overall_average"),
        *(d.title.get(lang) for d in plan.dimensions),
    ]
    levels = []
    for level in LEVELS[1:]:
        found = [r for r in rows if r.level == level]
        if all(r.name is None for r in found):
            continue  # no village names this level
        levels.append(
            (
                say(f"level.{level}"),
                [
                    [
                        territory_name(r, lang),
                        str(r.villages),
                        *(str(n) for n in r.tiers),
                        _percent(r.overall, plan, lang),
                        *(_percent(d, plan, lang) for d in r.dimensions),
                    ]
                    for r in found
                ],
            )
        )
    order = sorted(
        (i for i, n in enumerate(whole.not_met) if n),
        key=lambda i: (-whole.not_met[i], -whole.next_step[i], i),
    )[:TOP_GAPS]
    gaps = []
    for i in order:
        criterion = plan.criteria_models[i]
        gaps.append(
            GapEntry(
                criterion=str(i + 1),
                title=criterion.title.get(lang),
                not_met=say("not_met_in", n=whole.not_met[i], total=total),
                next_step=messages.counted("portfolio.next_step_in", whole.next_step[i], lang),
                recommendation=criterion.recommendation.get(lang)
                if criterion.recommendation
                else "",
                solutions=[
                    (s.challenge.get(lang), s.solution.get(lang)) for s in criterion.solutions
                ],
            )
        )
    criteria = plan.criteria
    return SetView(
        ref=plan.ref,
        title=criteria.title.get(lang),
        disclaimer=criteria.disclaimer.get(lang) if criteria.disclaimer else "",
        tiers=tiers,
        criteria=[(str(n), c.title.get(lang)) for n, c in enumerate(plan.criteria_models, 1)],
        villages=[_village(v, plan, lang, links.get(v.order)) for v in villages],
        levels=levels,
        level_head=level_head,
        gaps=gaps,
    )


def render_portfolio(
    result: BatchResult,
    villages: list[VillageResult],
    lang: Lang,
    *,
    links: dict[int, str] | None = None,
    generated: dt.date | None = None,
) -> str:
    """The portfolio page of ``villages`` (scored by ``result``'s plans) in ``lang``;
    ``links`` maps a village's ``order`` to the relative address of its full report."""
    from smartvillage import __version__
    from smartvillage.batch.portfolio import portfolios
    from smartvillage.render.html import environment, helpers

    groups = portfolios(villages, {ref: result.plans[ref] for ref in result.used})
    by_ref: dict[str, list[VillageResult]] = {}
    for village in villages:
        by_ref.setdefault(village.criteria, []).append(village)
    sets = [
        _set_view(portfolio, by_ref[ref], lang, links or {})
        for ref, portfolio in groups.items()
        if by_ref.get(ref)
    ]
    count = len(villages)
    when = i18n.date(generated or dt.date.today(), lang, long=True)
    return (
        environment()
        .get_template("portfolio.html.j2")
        .render(
            lang=lang,
            title=messages.counted("portfolio.page_title", count, lang),
            sets=sets,
            mixed=len(sets) > 1,
            rejected=result.stats.rejected,
            footer=i18n.tf("generated", lang, date=when, version=__version__),
            p=lambda key, **params: messages.text(f"portfolio.{key}", lang, **params),
            **helpers(lang),
        )
    )
