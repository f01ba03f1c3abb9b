"""Markdown (GitHub-flavoured): the report as a document to paste, print or keep in a repo.

Every text that comes from input (the questionnaire or a criteria file) goes through
:func:`escape`, so it cannot start a heading, list, quote or table row, open a link,
an image or an HTML tag, or emphasise anything: it reads as typed. Newlines inside a
text become spaces (a table cell is one line). Only http(s) evidence links become links.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartvillage.render.i18n import id_mark, t
from smartvillage.render.safe import plain

if TYPE_CHECKING:
    from smartvillage.models.common import Lang
    from smartvillage.models.report import Report
    from smartvillage.render.view import EvidenceView, ReportView
    from smartvillage.scoring.compare import Comparison

_INLINE = re.compile(r"([\\`*{}\[\]<>|~&#!$]|(?<!\w)_|_(?!\w))")
# what starts a block at the beginning of a line: a quote, a list item, a thematic break or
# setext underline, an ordered list item ("2024. gada" would start a list at 2024)
_LEADING = re.compile(r"^(?:(>)|([-+=])(?=[\s\-+=]|$)|(\d{1,9})([.)])(?=\s|$))")
_BAR = 10


def cell(text: str | None) -> str:
    """``text`` as literal inline Markdown (a table cell): one line, markup escaped.

    Escapes backslash, backtick, ``* { } [ ] < > | ~ & # ! $`` and underscores that are
    not inside a word (``snake_case`` stays readable, as CommonMark never emphasises it).
    """
    return _INLINE.sub(r"\\\1", plain(text).strip())


def escape(text: str | None) -> str:
    """``text`` as a literal Markdown line: :func:`cell`, and no list, quote or heading start.

    For paragraphs and list items, where ``2024. gada`` or ``- x`` at the start of the
    line would begin a list.
    """
    return _LEADING.sub(_escape_leading, cell(text))


def _escape_leading(match: re.Match[str]) -> str:
    if match.group(1) or match.group(2):
        return "\\" + (match.group(1) or match.group(2))
    return match.group(3) + "\\" + match.group(4)


def link(label: str, url: str) -> str:
    """A Markdown link to a URL already checked by ``view.safe_url``."""
    target = url.replace("(", "%28").replace(")", "%29").replace("|", "%7C")
    return f"[{cell(label)}]({target})"


def bar(value: float | None, width: int = _BAR) -> str:
    """A text bar: ``▰▰▰▰▱▱▱▱▱▱``."""
    filled = 0 if value is None else round(max(0.0, min(100.0, value)) / 100 * width)
    return "▰" * filled + "▱" * (width - filled)


def table(head: list[str], rows: list[list[str]], right: frozenset[int] = frozenset()) -> str:
    """A GFM table; cells must already be escaped; columns in ``right`` align right."""
    lines = [
        "| " + " | ".join(head) + " |",
        "|" + "|".join("---:" if n in right else "---" for n in range(len(head))) + "|",
    ]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def evidence_cell(items: list[EvidenceView]) -> str:
    """Evidence as links (http/https only) or text, separated by line breaks in one cell."""
    parts = []
    for e in items:
        if e.url:
            parts.append(link(e.shows or e.where, e.url))
        else:
            parts.append(
                (cell(e.shows) + ": " if e.shows else "")
                + "`"
                + e.where.replace("`", "'").replace("|", "/").replace("\n", " ")
                + "`"
            )
    return "<br>".join(parts)


def render(
    report: Report, lang: Lang, *, color: bool = False, width: int = 100, details: bool = False
) -> str:
    """The report as Markdown in ``lang`` (every answer is always shown)."""
    from smartvillage.render.view import build

    v = build(report, lang, details=details)
    blocks = [
        _header(v),
        *_warnings(v),
        _dimensions(v),
        _gates(v),
        _criteria(v),
        _next(v),
        _evidence(v),
        *_gaps(v),
        _answers(v),
    ]
    if v.notes:
        blocks.append(f"## {t('notes', lang)}\n\n{escape(v.notes)}")
    footer = []
    footer.append(escape(v.footer))
    footer.append(f"{t('digest', lang)}: `{v.digest}`")
    blocks.append("---\n\n" + "\n\n".join(footer))
    return "\n\n".join(b for b in blocks if b) + "\n"


def _header(v: ReportView) -> str:
    lang = v.lang
    lines = [f"# {cell(v.title)}: {cell(v.village)}"]
    if v.place:
        lines.append(escape(v.place))
    lines.append(
        f"**{t('tier', lang)}: {cell(v.tier)}** · {t('overall', lang)}: "
        f"**{cell(v.percent)}** ({cell(v.points)})"
    )
    if v.disclaimer:
        lines.append(f"> **{t('disclaimer', lang)}:** {cell(v.disclaimer)}")
    if v.weighting:
        lines.append(escape(v.weighting))
    lines.append(table(["", ""], [[cell(k), cell(val)] for k, val in v.facts]))
    return "\n\n".join(lines)


def _warnings(v: ReportView) -> list[str]:
    if not v.warnings:
        return []
    return [
        f"> **{t('warnings', v.lang)}**\n>\n" + "\n".join(f"> - {escape(w)}" for w in v.warnings)
    ]


def _dimensions(v: ReportView) -> str:
    lang = v.lang
    rows = [
        [
            cell(d.title) + (f" *({t('weakest', lang)})*" if d.weakest else ""),
            bar(d.percent_value),
            cell(d.percent),
            cell(d.points),
        ]
        for d in v.dimensions
    ]
    rows.append([f"*{t('average', lang)}*", bar(v.average_value), cell(v.average), ""])
    return f"## {t('dimensions', lang)}\n\n" + table(
        [t("dimension", lang), "", "%", t("points_col", lang)], rows, frozenset({2, 3})
    )


def _gates(v: ReportView) -> str:
    lang = v.lang
    items = [
        f"- {'✓' if g.met else '✗'} {cell(g.title)}{_id(v, g.id)} — {cell(g.status_text)}"
        for g in v.gates
    ]
    return f"## {t('gates', lang)}\n\n{escape(v.gates_summary)}\n\n" + "\n".join(items)


def _criteria(v: ReportView) -> str:
    lang = v.lang
    rows = [
        [
            f"{cell(c.title)}{' ★' if c.gate else ''}",
            cell(c.percent),
            cell(c.needed),
            cell(c.status_text),
        ]
        for c in v.criteria
    ]
    return (
        f"## {t('criteria', lang)}\n\n{escape(v.criteria_summary)}\n\n"
        + table(
            [t("criterion", lang), "%", t("needed", lang), t("status", lang)],
            rows,
            frozenset({1, 2}),
        )
        + f"\n\n★ = {t('gate', lang)}"
    )


def _next(v: ReportView) -> str:
    lang = v.lang
    out = [f"## {t('path_title', lang)}"]
    if v.top_tier:
        out.append(t("top_tier", lang))
        return "\n\n".join(out)
    out.append(f"**{t('next_tier', lang)}: {cell(v.next_tier)}**")
    if v.requirements:
        out.append("\n".join(f"- {escape(r)}" for r in v.requirements))
    path = v.path
    if path is None:
        return "\n\n".join(out)
    if not path.reachable:
        out.append(escape(path.unreachable))
        return "\n\n".join(out)
    out.append(escape(path.intro))
    rows = []
    for s in path.steps:
        change = (
            f"**{cell(s.kind_text)}**"
            if s.kind == "add_evidence"
            else f"**{cell(s.kind_text)}:** {cell(s.change)}"
        )
        gain = cell(s.percent_gained) + (f" ({cell(s.points_text)})" if s.points_text else "")
        rows.append([str(s.number), cell(s.text), cell(s.now), change, gain, cell(s.serves)])
    out.append(
        table(
            [
                "#",
                t("question", lang),
                t("now", lang),
                t("change", lang),
                t("gain_col", lang),
                t("serves", lang),
            ],
            rows,
            frozenset({0, 4}),
        )
    )
    after = escape(path.after)
    if not path.minimal:
        after += " " + cell(t("path_not_minimal", lang))
    out.append(after)
    return "\n\n".join(out)


def _evidence(v: ReportView) -> str:
    lang = v.lang
    e = v.evidence
    out = [f"## {t('evidence_title', lang)}", escape(e.summary)]
    if e.missing:
        out.append(f"**{cell(e.missing_title)}**")
        out.append("\n".join(f"- {cell(text)}{_id(v, qid)}" for qid, text in e.missing))
    else:
        out.append(t("evidence_complete", lang))
    if e.recommended:
        out.append(
            f"{escape(e.recommended_title)}\n\n"
            + "\n".join(f"- {cell(text)}{_id(v, qid)}" for qid, text in e.recommended)
        )
    return "\n\n".join(out)


def _gaps(v: ReportView) -> list[str]:
    lang = v.lang
    if not v.gaps:
        return []
    out = [f"## {t('recommendations', lang)}"]
    for g in v.gaps:
        block = [
            f"### {cell(g.title)}",
            f"{escape(g.percent)} · {cell(g.status_text)} · {t('gain', lang)} {cell(g.gain)}",
        ]
        if g.recommendation:
            block.append(escape(g.recommendation))
        if g.solutions:
            block.append(f"**{t('solutions_title', lang)}**")
            block.append(
                table(
                    [t("challenge", lang), t("solution", lang)],
                    [[cell(s.challenge), cell(s.solution)] for s in g.solutions],
                )
            )
        out.append("\n\n".join(block))
    return out


def _id(v: ReportView, value: str) -> str:
    """`` (ID: `q1`)`` after a text with ``--details`` (for a script author), else nothing."""
    if not v.details:
        return ""
    return " (" + id_mark(f"`{value}`", v.lang) + ")"


def _answers(v: ReportView) -> str:
    lang = v.lang
    out = [f"## {t('answers_by_dimension', lang)}"]
    for d in v.dimensions:
        out.append(f"### {cell(d.title)} — {cell(d.percent)}")
        for c in d.criteria:
            out.append(
                f"#### {cell(c.title)}{' ★' if c.gate else ''}{_id(v, c.id)} — "
                f"{cell(c.percent)}, {cell(c.status_text)}"
            )
            rows = []
            for q in c.questions:
                answer = cell(q.answer)
                if q.note:
                    answer += f"<br>*{cell(q.note)}*"
                evidence = evidence_cell(q.evidence)
                if q.evidence_missing:
                    evidence = (
                        evidence + "<br>" if evidence else ""
                    ) + f"**{t('evidence_lacking', lang)}**"
                elif not q.evidence and q.evidence_need != "none":
                    evidence = cell(q.evidence_need_text)
                rows.append(
                    [
                        cell(q.text) + (f"<br>{_id(v, q.id).strip()}" if v.details else ""),
                        answer,
                        cell(q.points),
                        cell(q.rule),
                        evidence,
                    ]
                )
            out.append(
                table(
                    [
                        t("question", lang),
                        t("answer", lang),
                        t("points_col", lang),
                        t("rule", lang),
                        t("evidence", lang),
                    ],
                    rows,
                    frozenset({2}),
                )
            )
    return "\n\n".join(out)


def render_comparison(cmp: Comparison, lang: Lang) -> str:
    """A comparison of two reports as Markdown in ``lang``."""
    from smartvillage.render.view import comparison

    v = comparison(cmp, lang)
    old, new = cell(v.old_label), cell(v.new_label)
    diff = t("compare.difference", lang)
    blocks = [
        f"# {cell(v.title)}: {cell(v.facts[0].new)}",
        escape(v.mode),
        f"**{cell(v.headline)}**",
    ]
    blocks += [f"> **{cell(alert)}**" for alert in v.alerts]
    blocks.append(
        table(
            ["", old, new, diff],
            [[cell(r.label), cell(r.old), cell(r.new), cell(r.change)] for r in v.facts],
            frozenset({3}),
        )
    )
    blocks.append(
        f"## {t('dimensions', lang)}\n\n"
        + table(
            [t("dimension", lang), old, new, diff],
            [[cell(r.label), cell(r.old), cell(r.new), cell(r.change)] for r in v.dimensions],
            frozenset({1, 2, 3}),
        )
    )
    blocks.append(
        f"## {t('criteria', lang)}\n\n"
        + table(
            [t("criterion", lang), old, new, diff],
            [[cell(r.label), cell(r.old), cell(r.new), cell(r.change)] for r in v.criteria],
            frozenset({3}),
        )
    )
    lists = [(v.newly_met_title, v.newly_met)]
    if v.kind == "progress":
        lists.append((v.lost_title, v.lost))
    for title, items in lists:
        body = "\n".join(f"- {escape(i)}" for i in items) or escape(t("compare.none", lang))
        blocks.append(f"### {cell(title)}\n\n{body}")
    questions = [f"## {cell(v.questions_title)}", escape(v.agreement)]
    if v.questions:
        questions.append(
            table(
                [t("question", lang), old, new, diff],
                [[cell(r.label), cell(r.old), cell(r.new), cell(r.change)] for r in v.questions],
                frozenset({3}),
            )
        )
    else:
        questions.append(escape(v.no_changes))
    blocks.append("\n\n".join(questions))
    return "\n\n".join(blocks) + "\n"
