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
from smartvillage.models.common import Lang

if TYPE_CHECKING:
    from smartvillage.scoring.answers import AnswerError


def render(code: str, params: dict[str, Any], lang: Lang) -> str:
    """The message ``code`` with its ``params`` in ``lang``."""
    return coded(code, params).localized(lang)


def coded(code: str, params: dict[str, Any]) -> messages.Msg:
    """The message ``code`` with its ``params``, to be shown in any language.

    Codes starting with ``initiative.`` are about one item of a list of initiatives and
    are put after its position (param ``n``).
    """
    if code.startswith("initiative."):
        inner = {key: value for key, value in params.items() if key != "n"}
        return messages.msg(
            "answer.in_initiative",
            n=params.get("n"),
            problem=messages.msg(f"answer.{code}", **inner),
        )
    return messages.msg(_key(code), **params)


def _key(code: str) -> str:
    """The catalogue key of an error code: a key of the ``answer`` section, or of another
    section when the code names it (``labels.ambiguous``)."""
    return code if code.startswith("labels.") else f"answer.{code}"


def answer_error_text(exc: AnswerError, lang: Lang) -> str:
    """What ``exc`` says, in ``lang``; an error raised with plain text keeps its text."""
    return messages.localize(localize_error(exc), lang)


def localize_error(exc: AnswerError) -> messages.Msg | str:
    """The error's message as a coded message (plain text for an error made from text)."""
    if exc.code is None or not messages.has(_key(exc.code)):
        return str(exc)
    return coded(exc.code, exc.params)
