"""What an :class:`~smartvillage.scoring.answers.AnswerError` says, in Latvian and English.

An AnswerError carries a ``code`` and its ``params`` beside its English message, so that
it can be shown in the language of the person reading it: :func:`answer_error_text`
renders it in ``lv`` or ``en``. The English text is the error's message itself (what
``validate``, ``score`` and ``batch`` print), so it must not change.

Params are formatted by kind: a list is joined with commas (an empty one is "none
defined"), a number is written without a needless ``.0`` (with a decimal comma in
Latvian), and text -- such as ``got``, the value as given, already quoted -- is used as
it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from smartvillage.models.common import Lang, fmt_points

if TYPE_CHECKING:
    from smartvillage.scoring.answers import AnswerError

_INITIATIVE = {"lv": "iniciatīva {n}: ", "en": "initiative {n}: "}

MESSAGES: dict[str, dict[Lang, str]] = {
    "yes_no": {
        "lv": "gaidīts jā vai nē, saņemts {got}",
        "en": "expected yes or no (jā / nē), got {got}",
    },
    "level": {
        "lv": "gaidīts viens no līmeņiem {allowed}, saņemts {got}",
        "en": "expected one of the levels {allowed}, got {got}",
    },
    "number": {"lv": "gaidīts skaitlis, saņemts {got}", "en": "expected a number, got {got}"},
    "finite": {
        "lv": "gaidīts galīgs skaitlis, saņemts {got}",
        "en": "expected a finite number, got {got}",
    },
    "whole": {
        "lv": "gaidīts vesels skaitlis, saņemts {got}",
        "en": "expected a whole number, got {got}",
    },
    "at_least": {
        "lv": "gaidīts vismaz {min}, saņemts {got}",
        "en": "expected at least {min}, got {got}",
    },
    "at_most": {
        "lv": "gaidīts ne vairāk kā {max}, saņemts {got}",
        "en": "expected at most {max}, got {got}",
    },
    "option": {
        "lv": "gaidīta viena no izvēlēm {allowed}, saņemts {got}",
        "en": "expected one of {allowed}, got {got}",
    },
    "options": {
        "lv": "gaidīts izvēļu saraksts ({allowed}), saņemts {got}",
        "en": "expected a list of options ({allowed}), got {got}",
    },
    "twice": {"lv": "izvēle '{option}' norādīta divreiz", "en": "option '{option}' is given twice"},
    "initiatives": {
        "lv": "gaidīts iniciatīvu saraksts, katrai ar nosaukumu un īpašībām, saņemts {got}",
        "en": "expected a list of initiatives, each with a name and properties, got {got}",
    },
    "too_many": {
        "lv": "iniciatīvu skaits: gaidīts ne vairāk kā {max}, saņemts {count}",
        "en": "expected at most {max} initiatives, got {count}",
    },
    "initiative.item": {
        "lv": "gaidīts nosaukums un īpašības, saņemts {got}",
        "en": "expected a name and properties, got {got}",
    },
    "initiative.field": {
        "lv": "nezināms lauks {fields}; atļauti: name, properties, description, year, link",
        "en": "unknown field(s) {fields}; allowed: name, properties, description, year, link",
    },
    "initiative.fields": {
        "lv": "nezināmi lauki {fields}; atļauti: name, properties, description, year, link",
        "en": "unknown field(s) {fields}; allowed: name, properties, description, year, link",
    },
    "initiative.name": {"lv": "gaidīts nosaukums", "en": "expected a name"},
    "initiative.flag": {
        "lv": "īpašībai '{key}' jābūt jā vai nē",
        "en": "property '{key}' should be yes or no",
    },
    "initiative.properties": {
        "lv": "īpašības jānorāda kā saraksts no {known}",
        "en": "properties should be a list of {known}",
    },
    "initiative.property": {
        "lv": "nezināma īpašība '{key}'; gaidīta viena no {known}",
        "en": "unknown property '{key}'; expected one of {known}",
    },
    # typed in an ``assess`` session (smartvillage.assess.answers)
    "one_by_one": {
        "lv": "gaidītas iniciatīvas pa vienai vai -, ja nav nevienas",
        "en": "expected the initiatives one by one, or - for none",
    },
    "typed_property": {
        "lv": "nezināma īpašība '{key}'; gaidīti numuri vai id: {known}",
        "en": "unknown property '{key}'; expected numbers or ids: {known}",
    },
    "listed": {
        "lv": "gaidīts numurs no 1 līdz {count} vai viens no {allowed}, saņemts {got}",
        "en": "expected a number from 1 to {count} or one of {allowed}, got {got}",
    },
}

_NONE_DEFINED: dict[Lang, str] = {"lv": "(nav definēta neviena)", "en": "(none defined)"}


def render(code: str, params: dict[str, Any], lang: Lang) -> str:
    """The message ``code`` with its ``params`` in ``lang``.

    Codes starting with ``initiative.`` are about one item of a list of initiatives and
    are prefixed with its position (param ``n``).
    """
    text = MESSAGES[code][lang]
    if code.startswith("initiative."):
        text = _INITIATIVE[lang] + text
    return text.format(**{key: _param(value, lang) for key, value in params.items()})


def answer_error_text(exc: AnswerError, lang: Lang) -> str:
    """What ``exc`` says, in ``lang``; an error raised with plain text keeps its text."""
    if exc.code is None or exc.code not in MESSAGES:
        return str(exc)
    return render(exc.code, exc.params, lang)


def _param(value: Any, lang: Lang) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(_param(item, lang) for item in value) or _NONE_DEFINED[lang]
    if isinstance(value, int | float) and not isinstance(value, bool):
        text = fmt_points(value)
        return text.replace(".", ",") if lang == "lv" else text
    return str(value)
