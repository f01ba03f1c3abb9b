"""How a question, an answer and the progress look on screen (Rich renderables).

Text from criteria files and from answers goes in as ``rich.text.Text`` and passes
through ``render.safe.plain``, so it is never read as markup or terminal commands.
"""

from __future__ import annotations

import re
from typing import Any

from rich.console import Group
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from smartvillage.assess.state import Draft, Slot
from smartvillage.assess.texts import say
from smartvillage.models.common import Lang
from smartvillage.models.criteria import (
    ChoiceQuestion,
    InitiativesQuestion,
    MultiChoiceQuestion,
    NumberQuestion,
    Question,
    RubricQuestion,
    YesNoQuestion,
)
from smartvillage.models.questionnaire import Answer
from smartvillage.render.i18n import number
from smartvillage.render.safe import plain
from smartvillage.render.table import bar
from smartvillage.scoring.answers import AnswerError, interpret


def pts(value: float, lang: Lang) -> str:
    """Points as ``2 p.`` / ``2 pt``."""
    return f"{number(value, lang)} {say('points', lang)}"


def question_block(draft: Draft, slot: Slot, lang: Lang) -> Group:
    """Everything shown before a question's prompt."""
    q = slot.question
    parts: list[Any] = [
        Rule(Text(plain(slot.dimension.title.get(lang)), style="bold cyan"), style="cyan")
    ]
    head = Text(say("question", lang, n=slot.index + 1, total=len(draft.slots)), style="dim")
    head.append(" · ")
    head.append(plain(slot.criterion.title.get(lang)))
    if slot.criterion.gate:
        head.append(f" [{say('gate', lang)}]", style="yellow")
    parts.append(head)
    title = Text(plain(q.text.get(lang)), style="bold")
    tags = []
    if q.evidence != "none":
        tags.append(say(f"evidence.{q.evidence}", lang))
    if q.allow_na:
        tags.append(say("na_allowed", lang))
    if tags:
        title.append(f"  [{'; '.join(tags)}]", style="magenta")
    parts.append(title)
    if q.help:
        parts.append(Text(plain(q.help.get(lang)), style="italic"))
    parts += choices(q, lang)
    answer = draft.answer(slot.id)
    problem = draft.problem(slot, lang)
    if problem:
        parts.append(Text(say("invalid_saved", lang, message=problem), style="red"))
    elif answer is not None and answer.answered:
        line = Text(f"{say('current', lang)}: ", style="green")
        line.append(answer_text(q, answer, lang), style="bold green")
        if not isinstance(q, InitiativesQuestion):
            line.append(f"  ({say('current.keep', lang)})", style="dim")
        parts.append(line)
    if answer is not None:
        parts += extras(answer, lang)
    return Group(*parts)


def choices(question: Question, lang: Lang) -> list[Any]:
    """What each answer means: levels, options, bands, properties (wrapped under their text)."""
    out: list[Any] = []
    rows: list[tuple[Text, Text]] = []
    if isinstance(question, RubricQuestion):
        for level in question.levels:
            line = Text(plain(level.label.get(lang)), style="bold")
            line.append(f" — {plain(level.description.get(lang))}")
            line.append(f"  · {pts(level.points, lang)}", style="dim")
            rows.append((Text(f"  {level.value}", style="bold"), line))
    elif isinstance(question, ChoiceQuestion | MultiChoiceQuestion):
        for n, option in enumerate(question.options, start=1):
            line = Text(plain(option.label.get(lang)))
            line.append(f"  · {pts(option.points, lang)}", style="dim")
            rows.append((Text(f"  {n:>2})", style="bold"), line))
    elif isinstance(question, NumberQuestion):
        out.append(Text(f"  {number_rule(question, lang)}"))
        for band in question.bands:
            line = Text(band_text(band.describe(), lang), style="cyan")
            if band.label:
                line.append(f"  ({plain(band.label.get(lang))})")
            line.append(f"  · {pts(band.points, lang)}", style="dim")
            out.append(Text("  ") + line)
    elif isinstance(question, InitiativesQuestion):
        out.append(
            Text(
                say(
                    "initiatives.rule",
                    lang,
                    each=number(question.points_each, lang),
                    cap=number(question.cap, lang),
                ),
                style="dim",
            )
        )
        if question.properties:
            out.append(Text(f"{say('initiatives.properties', lang)}:"))
        for n, prop in enumerate(question.properties, start=1):
            line = Text(plain(prop.label.get(lang)))
            line.append(f"  · +{pts(prop.points, lang)}", style="dim")
            rows.append((Text(f"  {n:>2})", style="bold"), line))
    elif isinstance(question, YesNoQuestion):
        line = Text(f"  {say('hint.yes_no', lang)}", style="bold")
        line.append(
            f"  · {pts(question.points_yes, lang)} / {pts(question.points_no, lang)}", style="dim"
        )
        out.append(line)
    if rows:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column()
        for key, line in rows:
            grid.add_row(key, line)
        out.append(grid)
    if isinstance(question, MultiChoiceQuestion):
        out.append(
            Text(say("choose_many", lang, cap=number(question.max_points, lang)), style="dim")
        )
    return out


def number_rule(question: NumberQuestion, lang: Lang) -> str:
    """The kind of number asked for, its unit and range, in words."""
    kind = say("whole", lang) if question.integer else say("hint.number", lang)
    low = None if question.min is None else number(question.min, lang)
    high = None if question.max is None else number(question.max, lang)
    if low is not None and high is not None:
        kind += " " + say("range", lang, low=low, high=high)
    elif low is not None:
        kind += " " + say("range.min", lang, low=low)
    elif high is not None:
        kind += " " + say("range.max", lang, high=high)
    if question.unit:
        kind += f" ({plain(question.unit.get(lang))})"
    return kind


def prompt_hint(question: Question, lang: Lang) -> str:
    """A short reminder of what to type, shown in the prompt."""
    if isinstance(question, RubricQuestion):
        allowed = "/".join(str(level.value) for level in question.levels)
        return say("hint.rubric", lang, allowed=allowed)
    if isinstance(question, NumberQuestion):
        unit = f" ({plain(question.unit.get(lang))})" if question.unit else ""
        return say("hint.number", lang) + unit
    return say(f"hint.{question.type}", lang)


def answer_text(question: Question, answer: Answer, lang: Lang) -> str:
    """A stored answer in words, as the options are listed: ``Stratēģija``; initiatives
    with their properties' labels: ``Talka [ilgtspējīga]``."""
    if answer.na:
        return say("current.na", lang)
    try:
        result = interpret(question, answer.value)
    except AnswerError:
        return plain(str(answer.value))
    if isinstance(question, InitiativesQuestion):
        if not result.value:
            return say("initiatives.empty", lang)
        labels = {p.id: plain(p.label.get(lang)) for p in question.properties}
        return "; ".join(
            plain(item["name"])
            + (
                f" [{', '.join(labels[p] for p in item['properties'])}]"
                if item["properties"]
                else ""
            )
            for item in result.value
        )
    text = plain(result.text.get(lang))
    if isinstance(question, NumberQuestion):
        unit = f" {plain(question.unit.get(lang))}" if question.unit else ""
        return number(result.value, lang) + unit
    if isinstance(question, MultiChoiceQuestion) and not result.value:
        return "—"
    if isinstance(question, RubricQuestion):
        return f"{result.value} — {text}"
    return text


def band_text(described: str, lang: Lang) -> str:
    """A band (``10 ≤ x < 12.5``) with the language's decimal mark."""
    if lang != "lv":
        return described
    return re.sub(r"(\d)\.(\d)", r"\1,\2", described)


def extras(answer: Answer, lang: Lang) -> list[Text]:
    """The note and evidence of an answer."""
    out = []
    if answer.note:
        out.append(Text(f"{say('note', lang)}: {plain(answer.note)}", style="dim"))
    for item in answer.evidence:
        where = plain(item.link or item.document)
        line = Text(f"{say('evidence', lang)}: {where}", style="dim")
        if item.shows:
            line.append(f" — {plain(item.shows)}")
        out.append(line)
    return out


def progress_table(draft: Draft, lang: Lang) -> Group:
    """Answered of total, per dimension, with a bar, and the total below."""
    table = Table(
        title=say("progress.title", lang),
        title_justify="left",
        show_header=False,
        box=None,
        pad_edge=False,
        title_style="bold",
    )
    table.add_column()
    table.add_column(justify="right")
    table.add_column()
    for dimension in draft.criteria.dimensions:
        slots = [s for s in draft.slots if s.dimension.id == dimension.id]
        done, na, total = draft.counts(slots)
        shown = f"{done}/{total}" + (f" (n/a {na})" if na else "")
        table.add_row(
            Text(plain(dimension.title.get(lang))),
            shown,
            bar(100 * done / total if total else 0, 10),
        )
    done, na, total = draft.counts()
    line = say("progress.total", lang, answered=done, total=total)
    if na:
        line += " " + say("progress.na", lang, na=na)
    return Group(table, Text(line))
