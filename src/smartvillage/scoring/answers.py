"""One rule per answer type: check an answer against its question and turn it into points.

Each ``interpret_*`` function returns an :class:`Interpreted` (the typed answer, how a
person reads it, the rule applied, the points) or raises :class:`AnswerError` saying
what was expected: in English as its message, and by ``code`` and ``params`` for
:func:`answer_error_text` to say it in Latvian (the texts are in ``answer_texts``).

This is the one place answers are read, from files, spreadsheets and ``assess`` alike. An
option (or an initiative's property) is named by its id or by its label in Latvian or
English, in any case, with or without diacritics (``stratēģija`` = ``strategija`` =
``Strategy``); an answer that fits two options is an error, never a guess (see
:func:`_match`). The rule applied is kept twice: ``rule`` for scripts (English, ids) and
``explanation`` for people (labels, in both languages).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from smartvillage import messages
from smartvillage.models.common import LANGS, Lang, Text, fmt_points, number_text
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
    """An answer typed against its question, with the points it earns.

    ``rule`` is the rule applied as scripts read it (English, with ids);
    ``explanation`` the same in words for a person, in both languages, with the option
    labels and the language's numbers.
    """

    value: Any
    text: Text
    rule: str
    points: float
    explanation: Text | None = None


class Label(messages.Msg):
    """A text from the criteria (an option's label) as a message param: shown in the
    reader's language wherever the message is (its ``str`` is the English text)."""

    label: Text

    def __new__(cls, label: Text) -> Label:
        made = str.__new__(cls, label.get("en"))
        made.code, made.params, made.label = "labels.label", {}, label
        return made

    def __reduce__(self) -> Any:
        return (Label, (self.label,))

    def localized(self, lang: Lang) -> str:
        """The label in ``lang``."""
        return self.label.get(lang)


def fold(text: str) -> str:
    """Text as answers are matched: lower case, no diacritics, single spaces.

    ``Stratēģija`` -> ``strategija``; ``  Ciema   čats`` -> ``ciema cats``.
    """
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def explain(key: str, **params: Any) -> Text:
    """The rule message ``labels.rule.<key>`` in both languages; a param that is a
    :class:`Text` or a callable of the language is filled in per language."""
    texts = {}
    for lang in LANGS:
        values = {name: _in(value, lang) for name, value in params.items()}
        name = f"labels.rule.{key}"
        if "n" in values and messages.has(f"{name}_one"):
            texts[lang] = messages.counted(name, int(values.pop("n")), lang, **values)
        else:
            texts[lang] = messages.text(name, lang, **values)
    return Text(**texts)


def _in(value: Any, lang: Lang) -> Any:
    if isinstance(value, Text):
        return value.get(lang)
    if callable(value):
        return value(lang)
    return value


def _num(value: float) -> Any:
    return lambda lang: number_text(value, lang)


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
        answer,
        Text(lv="jā" if answer else "nē", en=word),
        f"{word} → {fmt_points(points)}",
        points,
        explain(word, points=_num(points)),
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
                explain("level", level=level.value, points=_num(level.points)),
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
                explain(
                    "band",
                    value=_num(number),
                    band=lambda lang, band=band: _band_in(band.describe(), lang),
                    points=_num(band.points),
                ),
            )
    return Interpreted(
        number, text, f"{shown} in no band → 0", 0.0, explain("no_band", value=_num(number))
    )


def _band_in(described: str, lang: Lang) -> str:
    return re.sub(r"(\d)\.(\d)", r"\1,\2", described) if lang == "lv" else described


def _choice(question: ChoiceQuestion, value: Any) -> Interpreted:
    option = _find_option(question.options, value)
    return Interpreted(
        option.value,
        option.label,
        f"{option.value} → {fmt_points(option.points)}",
        option.points,
        Text(
            **{
                lang: f"{option.label.get(lang)} → {number_text(option.points, lang)}"
                for lang in LANGS
            }
        ),
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
    explained = {}
    for lang in LANGS:
        if chosen:
            said = " + ".join(
                f"{o.label.get(lang)} ({number_text(o.points, lang)})" for o in chosen
            )
            said += f" = {number_text(total, lang)}"
        else:
            said = messages.text("labels.rule.none_chosen", lang)
        if points < total:
            said = messages.text(
                "labels.rule.capped", lang, rule=said, cap=number_text(points, lang)
            )
        explained[lang] = said
    return Interpreted([o.value for o in chosen], text, rule, points, Text(**explained))


def _initiatives(question: InitiativesQuestion, value: Any) -> Interpreted:
    if not isinstance(value, list):
        raise AnswerError.of("initiatives", got=_show(value))
    if len(value) > question.max_items:
        raise AnswerError.of("too_many", max=question.max_items, count=len(value))
    known = {p.id: p for p in question.properties}
    items: list[dict[str, Any]] = []
    total = 0.0
    parts = []
    earned_each: list[float] = []
    for position, item in enumerate(value, start=1):
        name, props = _initiative(item, position, known)
        earned = question.points_each + sum(known[p].points for p in props)
        total += earned
        earned_each.append(earned)
        parts.append(fmt_points(earned))
        items.append({"name": name, "properties": props})
    points = min(total, question.cap)
    rule = f"{len(items)} initiative(s): {' + '.join(parts) or '0'} = {fmt_points(total)}"
    if points < total:
        rule += f", capped at {fmt_points(points)}"
    names = "; ".join(i["name"] for i in items) or "—"
    explained = {}
    for lang in LANGS:
        said = messages.counted(
            "labels.rule.initiatives",
            len(items),
            lang,
            parts=" + ".join(number_text(p, lang) for p in earned_each) or "0",
            total=number_text(total, lang),
        )
        if points < total:
            said = messages.text(
                "labels.rule.capped", lang, rule=said, cap=number_text(points, lang)
            )
        explained[lang] = said
    return Interpreted(items, Text(lv=names, en=names), rule, points, Text(**explained))


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
        key = property_id(list(known.values()), str(prop))
        if key is None:
            raise AnswerError.of(
                "initiative.property", n=position, key=str(prop).strip(), known=list(known)
            )
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
        found = _match(value, [(o, option_keys(o)) for o in options])
        if found is not None:
            return found
    raise AnswerError.of("option", allowed=_allowed(options), got=_show(value))


def property_id(properties: list[Any], text: str) -> str | None:
    """The id of the initiative property ``text`` names (its id or its label in either
    language, read as options are); None when none fits, AnswerError when two do."""
    found = _match(text, [(p, [p.id, *(p.label.get(lang) for lang in LANGS)]) for p in properties])
    return None if found is None else found.id


def option_keys(option: Option) -> list[str]:
    """What an option may be written as: its id and its label in each language."""
    return [option.value, *(option.label.get(lang) for lang in LANGS)]


_T = TypeVar("_T")
_READINGS = (str.strip, lambda text: text.strip().casefold(), fold)


def _match(value: str, candidates: list[tuple[_T, list[str]]]) -> _T | None:
    """The one candidate ``value`` names, read as exactly as it identifies one.

    ``value`` is compared with every candidate's keys (its id, then its labels) as
    written, then ignoring case, then ignoring case and diacritics (``strategija`` =
    ``Stratēģija``), and last with the leading whole words of a label (``stratēģija``
    names "Stratēģija ar ilgtermiņa redzējumu, …"); the first reading that names any
    candidate decides. None when none fits; AnswerError when a reading fits two
    different candidates (never a guess).
    """
    for read in _READINGS:
        key = read(value)
        if not key:
            return None
        found = [item for item, keys in candidates if key in {read(k) for k in keys}]
        if found:
            return _one(found, value)
    words = _words(value)
    found = [
        item for item, keys in candidates if any(_words(k)[: len(words)] == words for k in keys[1:])
    ]
    if found:
        return _one(found, value)
    if len(words) == 1 and len(words[0]) >= 4:  # one word found in one label only
        found = [item for item, keys in candidates if any(words[0] in _words(k) for k in keys[1:])]
        if len(found) == 1:
            return found[0]
    return None


def _one(found: list[_T], value: str) -> _T:
    if len(found) == 1:
        return found[0]
    labels = [_label_of(item) for item in found]
    raise AnswerError.of("labels.ambiguous", got=_show(value), options=labels)


def _words(text: str) -> list[str]:
    """The words of ``text`` as answers are matched (see :func:`fold`)."""
    return re.findall(r"\w+", fold(text))


def _label_of(item: Any) -> Any:
    label = getattr(item, "label", None)
    return Label(label) if isinstance(label, Text) else str(item)


def _allowed(options: list[Option]) -> list[Any]:
    """The options as a person reads them: each label, quoted, in the reader's language."""
    return [messages.msg("labels.quoted", text=Label(o.label)) for o in options]


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "..."


_HANDLERS: dict[type, Callable[[Any, Any], Interpreted]] = {
    YesNoQuestion: _yes_no,
    RubricQuestion: _rubric,
    NumberQuestion: _number,
    ChoiceQuestion: _choice,
    MultiChoiceQuestion: _multi_choice,
    InitiativesQuestion: _initiatives,
}


def describe_allowed(question: Question, lang: Lang = "en") -> str:
    """What answers a question allows, in one line, in ``lang`` (for templates and views):
    the options by their labels, never their ids."""
    from smartvillage import messages

    def say(key: str, **params: Any) -> str:
        return messages.text(f"template.allowed.{key}", lang, **params)

    if isinstance(question, YesNoQuestion):
        return say("yes_no")
    if isinstance(question, RubricQuestion):
        return " | ".join(str(level.value) for level in question.levels)
    if isinstance(question, NumberQuestion):
        low = "" if question.min is None else number_text(question.min, lang)
        high = "" if question.max is None else number_text(question.max, lang)
        kind = say("whole" if question.integer else "number")
        if low and high:
            return say("range", kind=kind, low=low, high=high)
        if low:
            return say("from", kind=kind, low=low)
        return say("to", kind=kind, high=high) if high else kind
    if isinstance(question, ChoiceQuestion):
        return " | ".join(o.label.get(lang) for o in question.options)
    if isinstance(question, MultiChoiceQuestion):
        return say("list", items="; ".join(o.label.get(lang) for o in question.options))
    props = "; ".join(p.label.get(lang) for p in question.properties)
    return say("initiatives", properties=props)
