"""One rule per answer type: check an answer against its question and turn it into points.

Each ``interpret_*`` function returns an :class:`Interpreted` (the typed answer, how a
person reads it, the rule applied, the points) or raises :class:`AnswerError` saying
what was expected: in English as its message, and by ``code`` and ``params`` for
:func:`answer_error_text` to say it in Latvian (the texts are in ``answer_texts``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from smartvillage.models.common import Lang, Text, fmt_points
from smartvillage.models.criteria import (
    ChoiceQuestion,
    InitiativesQuestion,
    MultiChoiceQuestion,
    NumberQuestion,
    Option,
    Question,
    RubricQuestion,
    YesNoQuestion,
)
from smartvillage.scoring.answer_texts import answer_error_text, localize_error, render

YES = frozenset({"yes", "y", "true", "jā", "ja", "j"})
NO = frozenset({"no", "n", "false", "nē", "ne"})
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")


class AnswerError(ValueError):
    """An answer that does not fit its question; the message says what was expected.

    ``str(exc)`` is the English message. Errors made with :meth:`of` also carry a
    ``code`` and ``params``, so :func:`answer_error_text` can say the same in Latvian;
    one made from plain text has ``code`` None and reads the same in both languages.
    """

    def __init__(
        self, message: str, *, code: str | None = None, params: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.params: dict[str, Any] = dict(params or {})

    @classmethod
    def of(cls, code: str, **params: Any) -> AnswerError:
        """The error ``code`` (a key of the catalogue's ``answer`` section) with its params."""
        return cls(render(code, params, "en"), code=code, params=params)

    def text(self, lang: Lang) -> str:
        """The message in ``lang`` (see :func:`answer_error_text`)."""
        return answer_error_text(self, lang)

    @property
    def message(self) -> str:
        """The message as a coded :class:`~smartvillage.messages.Msg` (shown later in the
        reader's language), or its plain text."""
        return localize_error(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (str(self), self.code, self.params)


def _rebuild(message: str, code: str | None, params: dict[str, Any]) -> AnswerError:
    return AnswerError(message, code=code, params=params)


@dataclass(frozen=True)
class Interpreted:
    """An answer typed against its question, with the points it earns."""

    value: Any
    text: Text
    rule: str
    points: float


def interpret(question: Question, value: Any) -> Interpreted:
    """Check ``value`` against ``question`` and score it."""
    handler = _HANDLERS[type(question)]
    return handler(question, value)


def _yes_no(question: YesNoQuestion, value: Any) -> Interpreted:
    if isinstance(value, bool):
        answer = value
    elif isinstance(value, str) and value.strip().casefold() in YES:
        answer = True
    elif isinstance(value, str) and value.strip().casefold() in NO:
        answer = False
    else:
        raise AnswerError.of("yes_no", got=_show(value))
    points = question.points_yes if answer else question.points_no
    word = "yes" if answer else "no"
    return Interpreted(
        answer, Text(lv="jā" if answer else "nē", en=word), f"{word} → {fmt_points(points)}", points
    )


def _rubric(question: RubricQuestion, value: Any) -> Interpreted:
    level_value = _as_int(value)
    for level in question.levels:
        if level.value == level_value:
            return Interpreted(
                level.value,
                level.label,
                f"level {level.value} → {fmt_points(level.points)}",
                level.points,
            )
    raise AnswerError.of(
        "level", allowed=[level.value for level in question.levels], got=_show(value)
    )


def _number(question: NumberQuestion, value: Any) -> Interpreted:
    number = parse_number(value)
    if question.integer and not float(number).is_integer():
        raise AnswerError.of("whole", got=_show(value))
    if question.min is not None and number < question.min:
        raise AnswerError.of("at_least", min=question.min, got=_show(value))
    if question.max is not None and number > question.max:
        raise AnswerError.of("at_most", max=question.max, got=_show(value))
    if question.integer:
        number = int(number)
    shown = fmt_points(number)
    unit = question.unit
    text = Text(
        lv=f"{shown} {unit.get('lv')}".strip() if unit else shown,
        en=f"{shown} {unit.get('en')}".strip() if unit else shown,
    )
    for band in question.bands:
        if band.contains(number):
            return Interpreted(
                number,
                text,
                f"{shown} in {band.describe()} → {fmt_points(band.points)}",
                band.points,
            )
    return Interpreted(number, text, f"{shown} in no band → 0", 0.0)


def _choice(question: ChoiceQuestion, value: Any) -> Interpreted:
    option = _find_option(question.options, value)
    return Interpreted(
        option.value, option.label, f"{option.value} → {fmt_points(option.points)}", option.points
    )


def _multi_choice(question: MultiChoiceQuestion, value: Any) -> Interpreted:
    if isinstance(value, str):
        items: list[Any] = [part for part in re.split(r"[;,]", value) if part.strip()]
    elif isinstance(value, list):
        items = value
    else:
        raise AnswerError.of("options", allowed=_allowed(question.options), got=_show(value))
    chosen: list[Option] = []
    for item in items:
        option = _find_option(question.options, item)
        if option in chosen:
            raise AnswerError.of("twice", option=option.value)
        chosen.append(option)
    chosen.sort(key=question.options.index)
    total = sum(o.points for o in chosen)
    points = total if question.cap is None else min(total, question.cap)
    parts = " + ".join(f"{o.value} ({fmt_points(o.points)})" for o in chosen) or "none"
    rule = f"{parts} = {fmt_points(total)}"
    if points < total:
        rule += f", capped at {fmt_points(points)}"
    text = Text(
        lv=", ".join(o.label.get("lv") for o in chosen) or "—",
        en=", ".join(o.label.get("en") for o in chosen) or "—",
    )
    return Interpreted([o.value for o in chosen], text, rule, points)


def _initiatives(question: InitiativesQuestion, value: Any) -> Interpreted:
    if not isinstance(value, list):
        raise AnswerError.of("initiatives", got=_show(value))
    if len(value) > question.max_items:
        raise AnswerError.of("too_many", max=question.max_items, count=len(value))
    known = {p.id: p for p in question.properties}
    items = []
    total = 0.0
    parts = []
    for position, item in enumerate(value, start=1):
        name, props = _initiative(item, position, known)
        earned = question.points_each + sum(known[p].points for p in props)
        total += earned
        parts.append(fmt_points(earned))
        items.append({"name": name, "properties": props})
    points = min(total, question.cap)
    rule = f"{len(items)} initiative(s): {' + '.join(parts) or '0'} = {fmt_points(total)}"
    if points < total:
        rule += f", capped at {fmt_points(points)}"
    names = "; ".join(i["name"] for i in items) or "—"
    return Interpreted(items, Text(lv=names, en=names), rule, points)


def _initiative(item: Any, position: int, known: dict[str, Any]) -> tuple[str, list[str]]:
    if isinstance(item, str):
        item = {"name": item}
    if not isinstance(item, dict):
        raise AnswerError.of("initiative.item", n=position, got=_show(item))
    extra = sorted(map(str, set(item) - {"name", "properties", "description", "year", "link"}))
    if extra:
        raise AnswerError.of(
            "initiative.field" if len(extra) == 1 else "initiative.fields", n=position, fields=extra
        )
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise AnswerError.of("initiative.name", n=position)
    raw = item.get("properties") or []
    if isinstance(raw, dict):
        for key, flag in raw.items():
            if not isinstance(flag, bool) and str(flag).strip().casefold() not in YES | NO:
                raise AnswerError.of("initiative.flag", n=position, key=key)
        raw = [k for k, flag in raw.items() if flag is True or str(flag).strip().casefold() in YES]
    elif isinstance(raw, str):
        raw = [p for p in re.split(r"[;,]", raw) if p.strip()]
    if not isinstance(raw, list):
        raise AnswerError.of("initiative.properties", n=position, known=list(known))
    props: list[str] = []
    for prop in raw:
        key = str(prop).strip()
        if key not in known:
            raise AnswerError.of("initiative.property", n=position, key=key, known=list(known))
        if key not in props:
            props.append(key)
    return name.strip(), props


def parse_number(value: Any) -> float:
    """A finite number from a number or text (decimal comma and spaces allowed)."""
    if isinstance(value, bool):
        raise AnswerError.of("number", got=_show(value))
    if isinstance(value, int | float):
        number = float(value) if isinstance(value, float) else value
    elif isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if not _NUMBER.match(text):
            raise AnswerError.of("number", got=_show(value))
        number = float(text.replace(",", "."))
        if number.is_integer() and abs(number) < 2**53:
            number = int(number)
    else:
        raise AnswerError.of("number", got=_show(value))
    if not math.isfinite(number):
        raise AnswerError.of("finite", got=_show(value))
    return number


def _as_int(value: Any) -> int | None:
    try:
        number = parse_number(value)
    except AnswerError:
        return None
    return int(number) if float(number).is_integer() else None


def _find_option(options: list[Option], value: Any) -> Option:
    if isinstance(value, str):
        key = value.strip().casefold()
        for option in options:
            if key in (
                option.value.casefold(),
                option.label.get("lv").casefold(),
                option.label.get("en").casefold(),
            ):
                return option
    raise AnswerError.of("option", allowed=_allowed(options), got=_show(value))


def _allowed(options: list[Option]) -> list[str]:
    return [o.value for o in options]


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "..."


_HANDLERS: dict[type, Any] = {
    YesNoQuestion: _yes_no,
    RubricQuestion: _rubric,
    NumberQuestion: _number,
    ChoiceQuestion: _choice,
    MultiChoiceQuestion: _multi_choice,
    InitiativesQuestion: _initiatives,
}


def describe_allowed(question: Question) -> str:
    """What answers a question allows, in one line (for templates and messages)."""
    if isinstance(question, YesNoQuestion):
        return "yes | no"
    if isinstance(question, RubricQuestion):
        return " | ".join(str(level.value) for level in question.levels)
    if isinstance(question, NumberQuestion):
        low = "" if question.min is None else fmt_points(question.min)
        high = "" if question.max is None else fmt_points(question.max)
        kind = "whole number" if question.integer else "number"
        return f"{kind} {low}..{high}".rstrip(".") if (low or high) else kind
    if isinstance(question, ChoiceQuestion):
        return " | ".join(o.value for o in question.options)
    if isinstance(question, MultiChoiceQuestion):
        return "list of: " + ", ".join(o.value for o in question.options)
    props = ", ".join(p.id for p in question.properties)
    return f"list of {{name, properties: [{props}]}}"
