"""Views of criteria sets for people: the list, one set in full, and a diff.

Each view comes as a Rich renderable list (terminal) and as Markdown; JSON views are
the models' own dumps, made in the CLI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich import box
from rich.table import Table
from rich.text import Text

from smartvillage.models.common import fmt_points
from smartvillage.render.i18n import weighting_text
from smartvillage.render.safe import plain
from smartvillage.scoring.answers import describe_allowed

if TYPE_CHECKING:
    from smartvillage.catalog.diff import CriteriaDiff
    from smartvillage.models.common import Lang
    from smartvillage.models.criteria import CriteriaSet


def listing_table(rows: list[dict[str, Any]]) -> Table:
    """``criteria list`` as a table."""
    table = Table(box=box.SIMPLE_HEAD)
    for name in ("set", "status", "title", "sources", "from", "notes"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(
            row["ref"],
            row["status"] or "",
            Text(plain(row["title"] or "")),
            str(row["sources"] if row["sources"] is not None else ""),
            row["origin"],
            Text(plain("; ".join(row["notes"]))),
        )
    return table


def criterion_shares(criteria: CriteriaSet) -> list[tuple[str, str]]:
    """Each criterion's share of the overall score, as (id, fraction text)."""
    from smartvillage.scoring.arithmetic import fraction_text
    from smartvillage.scoring.plan import Plan

    plan = Plan(criteria, digest="-")
    return [
        (c.id, fraction_text(share) or "0")
        for c, share in zip(plan.crits, plan.shares(), strict=True)
    ]


def show_parts(criteria: CriteriaSet, lang: Lang) -> list[Any]:
    """``criteria show`` as Rich renderables."""
    head = Text()
    head.append(f"{criteria.ref}  ", style="bold")
    head.append(plain(criteria.title.get(lang)))
    head.append(
        f"\nstatus: {criteria.status}; a criterion is met at "
        f"{fmt_points(criteria.criterion_met_percent)}% of its points unless it says "
        "otherwise"
    )
    if criteria.disclaimer:
        head.append("\n" + plain(criteria.disclaimer.get(lang)), style="italic")
    parts: list[Any] = [head]
    sources = Table(title="sources", box=box.SIMPLE_HEAD, title_justify="left")
    for name in ("id", "title", "publisher", "year", "url"):
        sources.add_column(name, overflow="fold")
    for s in criteria.sources:
        sources.add_row(
            s.id,
            Text(plain(s.title)),
            Text(plain(s.publisher or "")),
            str(s.year or ""),
            Text(plain(s.url or "")),
        )
    parts.append(sources)
    shares = dict(criterion_shares(criteria))
    parts.append(Text(weighting_text(list(shares.items()), lang)))
    for dimension in criteria.dimensions:
        table = Table(
            title=f"{dimension.id}: {plain(dimension.title.get(lang))} "
            f"(weight {fmt_points(dimension.weight)})",
            box=box.SIMPLE_HEAD,
            title_justify="left",
        )
        for name in (
            "criterion / question",
            "type",
            "answers",
            "max",
            "weight",
            "gate",
            "met at",
            "evidence",
        ):
            table.add_column(name, overflow="fold")
        for c in (c for c in criteria.criteria if c.dimension == dimension.id):
            table.add_row(
                Text(f"{c.id} {plain(c.title.get(lang))}", style="bold"),
                "",
                "",
                fmt_points(sum(q.max_points for q in c.questions)),
                fmt_points(c.weight),
                "yes" if c.gate else "",
                f"{fmt_points(criteria.met_percent(c))}%",
                "",
            )
            for q in c.questions:
                table.add_row(
                    Text(f"  {q.id} {plain(q.text.get(lang))}"),
                    q.type,
                    Text(describe_allowed(q) + (" | n/a" if q.allow_na else "")),
                    fmt_points(q.max_points),
                    "",
                    "",
                    "",
                    "" if q.evidence == "none" else q.evidence,
                )
        parts.append(table)
    tiers = Table(title="tiers (highest first)", box=box.SIMPLE_HEAD, title_justify="left")
    for name in ("id", "label", "needs"):
        tiers.add_column(name, overflow="fold")
    for tier in criteria.tiers:
        tiers.add_row(tier.id, Text(plain(tier.label.get(lang))), tier_needs(tier))
    parts.append(tiers)
    return parts


def tier_needs(tier: Any) -> str:
    """A tier's requirements in a few words."""
    needs = []
    if tier.min_percent:
        needs.append(f"overall ≥ {fmt_points(tier.min_percent)}%")
    if tier.min_dimension_percent is not None:
        needs.append(f"every dimension ≥ {fmt_points(tier.min_dimension_percent)}%")
    if tier.all_gates:
        needs.append("every gate met")
    if tier.all_criteria:
        needs.append("every criterion met")
    if tier.evidence_complete:
        needs.append("evidence for every claim that needs it")
    return ", ".join(needs) or "nothing (every village)"


def show_markdown(criteria: CriteriaSet, lang: Lang) -> str:
    """``criteria show --format md``."""
    out = [
        f"# {md(criteria.title.get(lang))} (`{criteria.ref}`)",
        "",
        f"Status: **{criteria.status}**. A criterion is met at "
        f"{fmt_points(criteria.criterion_met_percent)}% of its points unless it says "
        "otherwise.",
        "",
    ]
    if criteria.disclaimer:
        out += [f"> {md(criteria.disclaimer.get(lang))}", ""]
    shares = dict(criterion_shares(criteria))
    out += [md(weighting_text(list(shares.items()), lang)), "", "## Sources", ""]
    for s in criteria.sources:
        year = f", {s.year}" if s.year else ""
        url = f" <{s.url}>" if s.url and s.url.startswith(("https://", "http://")) else ""
        out.append(f"- `{s.id}`: {md(s.title)}{year}{url}")
    for dimension in criteria.dimensions:
        out += [
            "",
            f"## {md(dimension.title.get(lang))} (`{dimension.id}`, weight "
            f"{fmt_points(dimension.weight)})",
        ]
        for c in (c for c in criteria.criteria if c.dimension == dimension.id):
            gate = ", **gate**" if c.gate else ""
            out += [
                "",
                f"### `{c.id}` {md(c.title.get(lang))}",
                "",
                f"Weight {fmt_points(c.weight)} (share of the overall score "
                f"{shares[c.id]}){gate}; met at "
                f"{fmt_points(criteria.met_percent(c))}%.",
                "",
                "| question | type | answers | max | evidence |",
                "|---|---|---|---|---|",
            ]
            for q in c.questions:
                allowed = describe_allowed(q) + (" \\| n/a" if q.allow_na else "")
                out.append(
                    f"| `{q.id}` {md(q.text.get(lang))} | {q.type} | "
                    f"{md(allowed)} | {fmt_points(q.max_points)} | {q.evidence} |"
                )
    out += ["", "## Tiers", "", "| tier | label | needs |", "|---|---|---|"]
    out += [f"| `{t.id}` | {md(t.label.get(lang))} | {tier_needs(t)} |" for t in criteria.tiers]
    return "\n".join(out) + "\n"


def diff_table(diff: CriteriaDiff) -> Table:
    """``criteria diff`` as a table."""
    table = Table(
        title=f"{diff.old} → {diff.new}: {len(diff.changes)} change(s)",
        box=box.SIMPLE_HEAD,
        title_justify="left",
    )
    for name in ("", "item", "id", "field", "old", "new"):
        table.add_column(name, overflow="fold")
    marks = {"added": "+", "removed": "-", "changed": "~"}
    for c in diff.changes:
        ident = c.id + (f" (in {c.where})" if c.where and c.kind != "changed" else "")
        table.add_row(
            marks[c.kind], c.item, ident, c.field or "", Text(short(c.old)), Text(short(c.new))
        )
    return table


def diff_markdown(diff: CriteriaDiff) -> str:
    """``criteria diff --format md``."""
    out = [
        f"# {diff.old} → {diff.new}",
        "",
        f"{len(diff.changes)} change(s).",
        "",
        "| change | item | id | field | old | new |",
        "|---|---|---|---|---|---|",
    ]
    for c in diff.changes:
        out.append(
            f"| {c.kind} | {c.item} | `{c.id}` | {c.field or ''} | "
            f"{md(short(c.old))} | {md(short(c.new))} |"
        )
    return "\n".join(out) + "\n"


def short(value: Any, limit: int = 80) -> str:
    """A value in one short line."""
    if value is None:
        return ""
    if isinstance(value, dict) and set(value) <= {"lv", "en"}:
        value = " / ".join(str(v) for v in value.values() if v)
    text = plain(str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>()#+!|~"})


def md(text: str | None) -> str:
    """Text escaped for Markdown (no markup, links or HTML from data)."""
    return plain(text).translate(_MD_SPECIAL)
