"""Views of criteria sets for people: the list, one set in full, and a diff.

Each view comes as a Rich renderable list (terminal) and as Markdown; JSON views are
the models' own dumps, made in the CLI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich import box
from rich.table import Table
from rich.text import Text

from smartvillage import messages
from smartvillage.models.common import number_text
from smartvillage.render.i18n import criteria_status, weighting_text
from smartvillage.render.i18n import t as report_label
from smartvillage.render.safe import plain
from smartvillage.scoring.answers import describe_allowed

if TYPE_CHECKING:
    from rich.console import RenderableType

    from smartvillage.catalog.diff import CriteriaDiff
    from smartvillage.models.common import Lang
    from smartvillage.models.criteria import CriteriaSet


def listing_table(rows: list[dict[str, Any]], lang: Lang = "en") -> Table:
    """``criteria list`` as a table, its heads and statuses in ``lang``."""
    table = Table(box=box.SIMPLE_HEAD)
    for name in ("set", "status", "title", "sources", "from", "notes"):
        table.add_column(_say(f"list.{name}", lang), overflow="fold")
    for row in rows:
        table.add_row(
            row["ref"],
            criteria_status(row["status"], lang) if row["status"] else "",
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


def _say(key: str, lang: Lang, **params: Any) -> str:
    return messages.text(f"criteria.{key}", lang, **params)


def _pct(value: float, lang: Lang) -> str:
    return number_text(value, lang) + (" %" if lang == "lv" else "%")


def _evidence(need: str, lang: Lang) -> str:
    return "" if need == "none" else report_label(f"evidence_need.{need}", lang)


def _with_id(ident: str, title: str, details: bool) -> str:
    """A title, after its id where ``details`` asks for ids (for a set's author)."""
    return f"{ident} {title}" if details else title


def show_parts(criteria: CriteriaSet, lang: Lang, details: bool = False) -> list[Any]:
    """``criteria show`` as Rich renderables; ids of dimensions, criteria, questions and
    tiers only with ``details``."""
    head = Text()
    head.append(f"{criteria.ref}  ", style="bold")
    head.append(plain(criteria.title.get(lang)))
    head.append(
        "\n"
        + _say(
            "status_line",
            lang,
            status=criteria_status(criteria.status, lang),
            percent=_pct(criteria.criterion_met_percent, lang),
        )
    )
    if criteria.disclaimer:
        head.append("\n" + plain(criteria.disclaimer.get(lang)), style="italic")
    parts: list[Any] = [head]
    sources = Table(title=_say("sources", lang), box=box.SIMPLE_HEAD, title_justify="left")
    columns: tuple[str, ...] = ("source.title", "source.publisher", "source.year", "source.url")
    for name in ("source.id", *columns) if details else columns:
        sources.add_column(_say(name, lang), overflow="fold")
    for s in criteria.sources:
        row: list[RenderableType] = [
            Text(plain(s.title)),
            Text(plain(s.publisher or "")),
            str(s.year or ""),
            Text(plain(s.url or "")),
        ]
        sources.add_row(*([s.id, *row] if details else row))
    parts.append(sources)
    shares = criterion_shares(criteria)
    titles = {c.id: plain(c.title.get(lang)) for c in criteria.criteria}
    named = [(cid if details else titles[cid], share) for cid, share in shares]
    parts.append(Text(weighting_text(named, lang)))
    for dimension in criteria.dimensions:
        table = Table(
            title=_say(
                "dimension_title",
                lang,
                title=_with_id(dimension.id, plain(dimension.title.get(lang)), details),
                weight=number_text(dimension.weight, lang),
            ),
            box=box.SIMPLE_HEAD,
            title_justify="left",
        )
        for name in (
            "col.item",
            "col.answers",
            "col.max",
            "col.weight",
            "col.gate",
            "col.met_at",
            "col.evidence",
        ):
            table.add_column(_say(name, lang), overflow="fold")
        for c in (c for c in criteria.criteria if c.dimension == dimension.id):
            table.add_row(
                Text(_with_id(c.id, plain(c.title.get(lang)), details), style="bold"),
                "",
                number_text(sum(q.max_points for q in c.questions), lang),
                number_text(c.weight, lang),
                report_label("yes", lang) if c.gate else "",
                _pct(criteria.met_percent(c), lang),
                "",
            )
            for q in c.questions:
                na = " | " + messages.text("template.na", lang) if q.allow_na else ""
                table.add_row(
                    Text("  " + _with_id(q.id, plain(q.text.get(lang)), details)),
                    Text(plain(describe_allowed(q, lang)) + na),
                    number_text(q.max_points, lang),
                    "",
                    "",
                    "",
                    _evidence(q.evidence, lang),
                )
        parts.append(table)
    tiers = Table(title=_say("tiers", lang), box=box.SIMPLE_HEAD, title_justify="left")
    columns = ("tier.label", "tier.needs")
    for name in ("tier.id", *columns) if details else columns:
        tiers.add_column(_say(name, lang), overflow="fold")
    for tier in criteria.tiers:
        row = [Text(plain(tier.label.get(lang))), tier_needs(tier, lang)]
        tiers.add_row(*([tier.id, *row] if details else row))
    parts.append(tiers)
    return parts


def tier_needs(tier: Any, lang: Lang = "en") -> str:
    """A tier's requirements in a few words, in ``lang``."""
    needs = []
    if tier.min_percent:
        needs.append(_say("needs.overall", lang, percent=_pct(tier.min_percent, lang)))
    if tier.min_dimension_percent is not None:
        needs.append(_say("needs.dimension", lang, percent=_pct(tier.min_dimension_percent, lang)))
    if tier.all_gates:
        needs.append(_say("needs.gates", lang))
    if tier.all_criteria:
        needs.append(_say("needs.criteria", lang))
    if tier.evidence_complete:
        needs.append(_say("needs.evidence", lang))
    return ", ".join(needs) or _say("needs.nothing", lang)


def show_markdown(criteria: CriteriaSet, lang: Lang, details: bool = False) -> str:
    """``criteria show --format md``; ids only with ``details``."""
    status = _say(
        "status_line",
        lang,
        status=criteria_status(criteria.status, lang),
        percent=_pct(criteria.criterion_met_percent, lang),
    )
    out = [f"# {md(criteria.title.get(lang))} (`{criteria.ref}`)", "", md(status) + ".", ""]
    if criteria.disclaimer:
        out += [f"> {md(criteria.disclaimer.get(lang))}", ""]
    shares = dict(criterion_shares(criteria))
    titles = {c.id: plain(c.title.get(lang)) for c in criteria.criteria}
    named = [(cid if details else titles[cid], share) for cid, share in shares.items()]
    out += [md(weighting_text(named, lang)), "", f"## {_say('sources', lang)}", ""]
    for s in criteria.sources:
        year = f", {s.year}" if s.year else ""
        url = f" <{s.url}>" if s.url and s.url.startswith(("https://", "http://")) else ""
        ident = f"`{s.id}`: " if details else ""
        out.append(f"- {ident}{md(s.title)}{year}{url}")
    for dimension in criteria.dimensions:
        ident = f" (`{dimension.id}`)" if details else ""
        weight = _say("weight", lang, weight=number_text(dimension.weight, lang))
        out += ["", f"## {md(dimension.title.get(lang))}{ident}, {weight}"]
        for c in (c for c in criteria.criteria if c.dimension == dimension.id):
            gate = _say("md.gate", lang) if c.gate else ""
            ident = f"`{c.id}` " if details else ""
            out += [
                "",
                f"### {ident}{md(c.title.get(lang))}",
                "",
                _say(
                    "md.criterion",
                    lang,
                    weight=number_text(c.weight, lang),
                    share=shares[c.id],
                    percent=_pct(criteria.met_percent(c), lang),
                )
                + gate
                + ".",
                "",
                "| "
                + " | ".join(
                    _say(k, lang)
                    for k in ("col.question", "col.answers", "col.max", "col.evidence")
                )
                + " |",
                "|---|---|---|---|",
            ]
            for q in c.questions:
                na = " \\| " + messages.text("template.na", lang) if q.allow_na else ""
                ident = f"`{q.id}` " if details else ""
                out.append(
                    f"| {ident}{md(q.text.get(lang))} | {md(describe_allowed(q, lang))}{na} | "
                    f"{number_text(q.max_points, lang)} | {_evidence(q.evidence, lang)} |"
                )
    heads = [_say(k, lang) for k in ("tier.label", "tier.needs")]
    out += ["", f"## {_say('tiers', lang)}", "", f"| {heads[0]} | {heads[1]} |", "|---|---|"]
    out += [
        f"| {md(t.label.get(lang))}{f' (`{t.id}`)' if details else ''} | {tier_needs(t, lang)} |"
        for t in criteria.tiers
    ]
    return "\n".join(out) + "\n"


def diff_table(diff: CriteriaDiff, lang: Lang = "en") -> Table:
    """``criteria diff`` as a table (for a set's author: ids stay), in ``lang``."""
    table = Table(
        title=f"{diff.old} → {diff.new}: "
        + messages.counted("criteria.diff.changes", len(diff.changes), lang),
        box=box.SIMPLE_HEAD,
        title_justify="left",
    )
    table.add_column("", overflow="fold")
    for name in ("item", "id", "field", "old", "new"):
        table.add_column(_say(f"diff.{name}", lang), overflow="fold")
    marks = {"added": "+", "removed": "-", "changed": "~"}
    for c in diff.changes:
        where = c.where and c.kind != "changed"
        ident = c.id + (" " + _say("diff.in", lang, where=c.where) if where else "")
        table.add_row(
            marks[c.kind],
            _say(f"diff.item.{c.item}", lang),
            ident,
            c.field or "",
            Text(short(c.old)),
            Text(short(c.new)),
        )
    return table


def diff_markdown(diff: CriteriaDiff, lang: Lang = "en") -> str:
    """``criteria diff --format md`` (for a set's author: ids stay), in ``lang``."""
    heads = [_say(f"diff.{k}", lang) for k in ("change", "item", "id", "field", "old", "new")]
    out = [
        f"# {diff.old} → {diff.new}",
        "",
        messages.counted("criteria.diff.changes", len(diff.changes), lang) + ".",
        "",
        "| " + " | ".join(heads) + " |",
        "|---|---|---|---|---|---|",
    ]
    for c in diff.changes:
        out.append(
            f"| {_say(f'diff.kind.{c.kind}', lang)} | {_say(f'diff.item.{c.item}', lang)} | "
            f"`{c.id}` | {c.field or ''} | {md(short(c.old))} | {md(short(c.new))} |"
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
