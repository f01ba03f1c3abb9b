"""HTML: one self-contained page (inline CSS, an inline SVG chart, no scripts, no requests).

Built from the Jinja2 templates in ``render/templates`` with autoescaping on, so text a
village typed is always shown as text. A Content-Security-Policy in the page forbids
every request (scripts, fonts, images, styles from elsewhere); evidence links are
links only when they are http(s) URLs. A print stylesheet lays the page out on A4.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from smartvillage.render import i18n

if TYPE_CHECKING:
    from jinja2 import Environment

    from smartvillage.models.common import Lang
    from smartvillage.models.report import Report
    from smartvillage.scoring.compare import Comparison


@functools.lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment: package templates, autoescaping, undefined names are errors,
    and every printed value stripped of control characters (``safe.markup_text``)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined
    from markupsafe import Markup

    from smartvillage.render.safe import markup_text

    def finalize(value: Any) -> Any:
        cleaned = markup_text(value)
        # markup the page builds itself (the chart) stays markup, without the controls
        return Markup(cleaned) if isinstance(value, Markup) else cleaned

    return Environment(
        loader=PackageLoader("smartvillage.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=finalize,
    )


def helpers(lang: Lang) -> dict[str, Any]:
    """Label functions bound to ``lang``, for the templates."""
    return {
        "t": lambda key: i18n.t(key, lang),
        "tf": lambda key, **values: i18n.tf(key, lang, **values),
        "id_mark": lambda value: i18n.id_mark(value, lang),
    }


def render(
    report: Report, lang: Lang, *, color: bool = False, width: int = 100, details: bool = False
) -> str:
    """The report as a self-contained HTML page in ``lang`` (every answer is always shown;
    ``details`` adds the ids a script author needs, marked as ids)."""
    from smartvillage.render import svg, view

    v = view.build(report, lang, details=details)
    chart = svg.chart([(d.title, d.percent_value, d.percent) for d in v.dimensions])
    tier_class = "top" if v.tier_rank == 0 else "low" if v.tier_rank == v.tier_count - 1 else "mid"
    return (
        environment()
        .get_template("report.html.j2")
        .render(v=v, chart=chart, tier_class=tier_class, **helpers(lang))
    )


def render_comparison(cmp: Comparison, lang: Lang) -> str:
    """A comparison of two reports as a self-contained HTML page in ``lang``."""
    from smartvillage import __version__
    from smartvillage.render import svg, view

    v = view.comparison(cmp, lang)
    chart = svg.chart(
        [(title, new, i18n.percent(new, lang)) for title, _, new in v.chart],
        [old for _, old, _ in v.chart],
    )
    footer = f"smartvillage {__version__}"
    return (
        environment()
        .get_template("compare.html.j2")
        .render(v=v, chart=chart, footer=footer, **helpers(lang))
    )
