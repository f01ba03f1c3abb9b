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

from smartvillage import messages
from smartvillage.models.common import Lang, Text, fmt_points

if TYPE_CHECKING:
    from smartvillage.scoring.answers import AnswerError


def render(code: str, params: dict[str, Any], lang: Lang) -> str:
    """The message ``code`` with its ``params`` in ``lang``.

    Codes starting with ``initiative.`` are about one item of a list of initiatives and
    are prefixed with its position (param ``n``).
    """
    text = messages.text(_key(code), lang)
    if code.startswith("initiative."):
        text = messages.text("answer.initiative_prefix", lang) + text
    return text.format(**{key: _param(value, lang) for key, value in params.items()})


def answer_error_text(exc: AnswerError, lang: Lang) -> str:
    """What ``exc`` says, in ``lang``; an error raised with plain text keeps its text."""
    if exc.code is None or not messages.has(_key(exc.code)):
        return str(exc)
    return render(exc.code, exc.params, lang)


def _key(code: str) -> str:
    """The catalogue key of an error code: a key of the ``answer`` section, or of another
    section when the code names it (``labels.ambiguous``)."""
    return code if code.startswith("labels.") else f"answer.{code}"


def _param(value: Any, lang: Lang) -> str:
    if isinstance(value, Text):
        return value.get(lang)
    if isinstance(value, list | tuple):
        return ", ".join(_param(item, lang) for item in value) or messages.text(
            "answer.none_defined", lang
        )
    if isinstance(value, int | float) and not isinstance(value, bool):
        text = fmt_points(value)
        return text.replace(".", ",") if lang == "lv" else text
    return str(value)
