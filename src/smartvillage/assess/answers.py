"""Turn a typed line into an answer value for its question, checked by the scoring rules.

Every value goes through :func:`smartvillage.scoring.answers.interpret`, so a typed
answer is accepted exactly when ``score`` would accept the same value in a file, and a
refusal carries the same message naming what was expected (with a code, so that a
Latvian session says it in Latvian). Besides the values a file may hold, a person may
type an option's number as listed on screen.
"""

from __future__ import annotations

import re
from typing import Any

from smartvillage.models.common import LANGS, Text
from smartvillage.models.criteria import (
    ChoiceQuestion,
    InitiativesQuestion,
    MultiChoiceQuestion,
    Option,
    Question,
    YesNoQuestion,
)
from smartvillage.scoring.answers import (
    AnswerError,
    Interpreted,
    Label,
    interpret,
    property_id,
)

NONE_WORD = "-"
_SPLIT = re.compile(r"\s*[,;]\s*")


def parse_answer(question: Question, text: str) -> Interpreted:
    """The answer ``text`` gives ``question``, scored; AnswerError says what was expected.

    Initiatives are typed one at a time (see :func:`parse_properties`); here only ``-``
    (none) is read for them.
    """
    text = text.strip()
    if isinstance(question, ChoiceQuestion | MultiChoiceQuestion):
        try:
            if isinstance(question, ChoiceQuestion):
                return interpret(question, _option_value(question.options, text))
            return interpret(question, _option_values(question.options, text))
        except AnswerError as exc:
            if exc.code != "option":
                raise
            # a person chose from a numbered list: say so, with the labels shown there
            raise _listed(question.options, exc.params.get("got", text)) from None
    if isinstance(question, InitiativesQuestion):
        if text == NONE_WORD:
            return interpret(question, [])
        raise AnswerError.of("one_by_one")
    return interpret(question, text)


def stored_value(question: Question, interpreted: Interpreted) -> Any:
    """The value to write to the questionnaire: the typed answer in its plain form."""
    if isinstance(question, YesNoQuestion):
        return "yes" if interpreted.value else "no"
    return interpreted.value


def parse_properties(question: InitiativesQuestion, text: str) -> list[str]:
    """The property ids typed for one initiative (numbers as listed, or ids)."""
    text = text.strip()
    if not text or text == NONE_WORD:
        return []
    known = [p.id for p in question.properties]
    labels = [lbl for p in question.properties for lbl in (p.label.get("lv"), p.label.get("en"))]
    chosen: list[str] = []
    for part in _parts(text, known + labels):
        key = _by_number(part, known, [p.label for p in question.properties])
        if key is None:
            key = property_id(question.properties, part)
        if key is None:
            raise AnswerError.of(
                "typed_property",
                key=part,
                known=[_numbered(n, p.label) for n, p in enumerate(question.properties, start=1)],
            )
        if key not in chosen:
            chosen.append(key)
    return chosen


def looks_like_link(text: str) -> bool:
    """Whether evidence text is a link rather than a document name."""
    lowered = text.strip().casefold()
    return "://" in lowered or lowered.startswith("www.")


def _option_value(options: list[Option], text: str) -> str:
    values = [o.value for o in options]
    picked = _by_number(text, values, [o.label for o in options])
    return picked if picked is not None else text


def _option_values(options: list[Option], text: str) -> list[str]:
    if text == NONE_WORD:
        return []
    values = [o.value for o in options]
    labels = [lbl for o in options for lbl in (o.label.get("lv"), o.label.get("en"))]
    out: list[str] = []
    for part in _parts(text, values + labels):
        picked = _by_number(part, values, [o.label for o in options])
        out.append(picked if picked is not None else part)
    return out


def _parts(text: str, known: list[str]) -> list[str]:
    """Split on commas or semicolons; with neither, on spaces unless the whole is known."""
    if "," in text or ";" in text:
        return [p for p in _SPLIT.split(text) if p]
    folded = {k.casefold() for k in known}
    if text.casefold() in folded or " " not in text:
        return [text]
    return text.split()


def _by_number(text: str, values: list[str], labels: list[Text]) -> str | None:
    """The value listed as number ``text`` on screen, unless ``text`` is itself a value."""
    if not text.isdigit() or text in values:
        return None
    position = int(text)
    if 1 <= position <= len(values):
        return values[position - 1]
    raise AnswerError.of(
        "listed",
        count=len(values),
        allowed=[_numbered(n, label) for n, label in enumerate(labels, start=1)],
        got=f"'{text}'",
    )


def _listed(options: list[Option], got: str) -> AnswerError:
    """A choice that fits no option, said with the options as listed on screen."""
    return AnswerError.of(
        "listed",
        count=len(options),
        allowed=[_numbered(n, o.label) for n, o in enumerate(options, start=1)],
        got=got,
    )


def _numbered(n: int, label: Text) -> Label:
    """``2) Sadarbojas`` as listed on screen, in the reader's language."""
    return Label(Text(**{lang: f"{n}) {label.get(lang)}" for lang in LANGS}))
