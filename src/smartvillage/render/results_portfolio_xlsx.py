"""The territory sheet of the results workbook (``Teritorijas`` / ``Territories``).

A row per territory — the whole batch, each planning region, municipality (novads),
parish (pagasts, with its municipality) and LEADER group — with the villages per tier,
the mean overall, dimension and criterion percents and each criterion's met rate, from
``batch.portfolio`` (exact until shown, rounded once to two decimals). Each criteria set
gets a block of its own: figures of different sets never share a column.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from smartvillage import messages
from smartvillage.batch.portfolio import average, rate
from smartvillage.render.xlsx_layout import PERCENT_SCALE, print_setup

if TYPE_CHECKING:
    from smartvillage.batch.portfolio import Portfolio
    from smartvillage.models.common import Lang


def territory_name(row: Any, lang: Lang) -> str:
    """A territory as named in the outputs: ``Ķērpju pagasts (Talsu novads)``, or
    "not given" / "all villages"."""
    if row.level == "all":
        return messages.text("portfolio.level.all", lang)
    if row.name is None:
        return messages.text("portfolio.not_given", lang)
    return f"{row.name} ({row.within})" if row.within else row.name


def write_territory_sheet(book: Any, portfolios: dict[str, Portfolio]) -> None:
    """Add the territory sheet to a ``ResultsWorkbook`` (its workbook and formats)."""
    from smartvillage.render.results_xlsx import _clean

    lang = book.lang

    def say(key: str, **params: Any) -> str:
        return messages.text(f"portfolio.{key}", lang, **params)

    sheet = book.workbook.add_worksheet(say("sheet"))
    sheet.write_string(0, 0, say("title"), book.title)
    sheet.write_string(1, 0, say("sheet_note"))
    row = 3
    widest = 4
    for ref, portfolio in portfolios.items():
        plan = portfolio.plan
        rows = portfolio.rows()
        if not rows:
            continue
        sheet.write_string(row, 0, f"{ref}: {plan.criteria.title.get(lang)}", book.bold)
        row += 1
        labels = [
            say("level"),
            say("territory"),
            say("villages"),
            *(say("tier_count", tier=t.label.get(lang)) for t in plan.tiers),
            say("overall_average"),
            *(say("dimension_average", name=d.title.get(lang)) for d in plan.dimensions),
            *(say("criterion_average", name=c.title.get(lang)) for c in plan.criteria_models),
            *(say("criterion_met_rate", name=c.title.get(lang)) for c in plan.criteria_models),
        ]
        widest = max(widest, len(labels))
        for col, text in enumerate(labels):
            sheet.write_string(row, col, text, book.head)
        sheet.set_row(row, 60)
        head = row
        for item in rows:
            row += 1
            sheet.write_string(row, 0, say(f"level.{item.level}"))
            sheet.write_string(row, 1, _clean(territory_name(item, lang)))
            sheet.write_number(row, 2, item.villages)
            col = 3
            for count in item.tiers:
                sheet.write_number(row, col, count)
                col += 1
            figures = [
                average(item.overall, plan),
                *(average(v, plan) for v in item.dimensions),
                *(average(v, plan) for v in item.criteria),
                *(rate(v) for v in item.met_rates),
            ]
            for value in figures:
                if value is not None:
                    sheet.write_number(row, col, value, book.pct)
                col += 1
        first_figure = 3 + len(plan.tiers)
        sheet.conditional_format(
            head + 1,
            first_figure,
            row,
            len(labels) - 1,
            PERCENT_SCALE,
        )
        row += 2
    sheet.set_column(0, 0, 16)
    sheet.set_column(1, 1, 28)
    sheet.set_column(2, widest - 1, 10)
    sheet.freeze_panes(0, 2)
    # like every sheet of the workbook: A4 landscape, one page wide, the names on every page
    print_setup(
        sheet, landscape=True, repeat_columns=(0, 1), area=(0, 0, max(row - 2, 3), widest - 1)
    )
