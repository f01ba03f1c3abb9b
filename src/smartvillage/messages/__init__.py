"""The one message catalogue: every word a person reads, in Latvian and English.

Messages live in section modules of this package (``report``, ``assess``, ``cli`` ...),
each a ``MESSAGES`` dict of ``key -> {"lv": ..., "en": ...}``; a message is named
``section.key`` (``text("report.village", "lv")``). A translator reviews all Latvian
text in this one folder, or in one table: ``python -m smartvillage.messages``.

Plurals: a message whose form depends on a count has a ``key_one`` sibling for the
singular; :func:`counted` picks it by the language's rule (Latvian: 1, 21, 31 ... but not
11 take the singular; English: 1 only); a param ``n`` picks the form by itself.
Placeholders are ``{name}``, filled by keyword; a literal brace is doubled (``{{``). The
terms to use are in ``docs/glossary.md``.

A message made in one place and shown later (a problem found while reading a file, say)
is a :class:`Msg`: a ``str`` holding its English text, which also keeps its ``code`` and
``params``, so that :func:`localize` can show it in the reader's language and JSON can
carry the code.

Section modules are imported on first use, so the catalogue costs nothing at start-up.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from smartvillage.models.common import Lang

Messages: TypeAlias = "dict[str, dict[Lang, str]]"

_SECTIONS: dict[str, Messages] = {}


def section(name: str) -> Messages:
    """The messages of section ``name`` (imported on first use)."""
    found = _SECTIONS.get(name)
    if found is None:
        module = importlib.import_module(f"{__name__}.{name}")
        found = _SECTIONS[name] = module.MESSAGES
    return found


def has(key: str) -> bool:
    """Whether the catalogue has the message ``section.key``."""
    name, _, rest = key.partition(".")
    try:
        return rest in section(name)
    except ModuleNotFoundError:
        return False


def text(key: str, lang: Lang, /, **params: Any) -> str:
    """The message ``key`` (``section.key``) in ``lang``, its placeholders filled."""
    name, _, rest = key.partition(".")
    return section(name)[rest][lang].format(**params)


class Msg(str):
    """A message's English text that remembers its ``code`` (``section.key``) and params."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, params: dict[str, Any]) -> Msg:
        made = super().__new__(cls, fill(code, "en", params))
        made.code = code
        made.params = params
        return made

    def __reduce__(self) -> Any:  # survives pickling (the batch's worker processes)
        return (Msg, (self.code, self.params))

    def localized(self, lang: Lang) -> str:
        """The message in ``lang``."""
        return str(self) if lang == "en" else fill(self.code, lang, self.params)


def msg(code: str, **params: Any) -> Msg:
    """The message ``code`` with ``params``, to be shown later in the reader's language."""
    return Msg(code, params)


def localize(message: str, lang: Lang) -> str:
    """``message`` in ``lang`` when it is a :class:`Msg`; plain text as it is."""
    return message.localized(lang) if isinstance(message, Msg) else message


def code_of(message: str) -> str | None:
    """The code of a :class:`Msg`, or None for plain text."""
    return message.code if isinstance(message, Msg) else None


def fill(code: str, lang: Lang, params: dict[str, Any]) -> str:
    """The message ``code`` in ``lang``, each param written as the language writes it: a
    list joined with commas, a number without a needless ``.0`` (a decimal comma in
    Latvian), a :class:`Msg` in ``lang``, anything else as text. A whole-number param
    ``n`` picks the ``code_one`` form where the language takes the singular."""
    count = params.get("n")
    one = isinstance(count, int) and not isinstance(count, bool) and is_one(count, lang)
    if one and has(f"{code}_one"):
        code = f"{code}_one"
    return text(code, lang, **{key: param(value, lang) for key, value in params.items()})


def param(value: Any, lang: Lang) -> str:
    """One param as the language writes it (see :func:`fill`)."""
    if isinstance(value, list | tuple):
        return ", ".join(param(item, lang) for item in value) or text("common.none_defined", lang)
    if isinstance(value, Msg):
        return value.localized(lang)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
        grouped = f"{value:,}"  # sizes and limits: 20,000 / 20 000
        return grouped.replace(",", "\u00a0") if lang == "lv" else grouped
    if isinstance(value, int | float) and not isinstance(value, bool):
        from smartvillage.models.common import number_text

        return number_text(value, lang)
    return str(value)


def is_one(count: int, lang: Lang) -> bool:
    """Whether ``count`` takes the singular: Latvian after 1, 21, 31... (not 11); English
    after 1."""
    return count % 10 == 1 and count % 100 != 11 if lang == "lv" else count == 1


def counted(key: str, count: int, lang: Lang, /, **params: Any) -> str:
    """The message ``key`` agreeing with ``count`` (``key_one`` for the singular, where the
    catalogue has it); ``count`` is also a placeholder ``{n}``."""
    one = f"{key}_one"
    chosen = one if is_one(count, lang) and has(one) else key
    return text(chosen, lang, **{"n": count, **params})


def sections() -> list[str]:
    """Every section of the catalogue, by name."""
    return sorted(
        info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")
    )


def catalogue() -> dict[str, dict[Lang, str]]:
    """Every message of every section, as ``section.key -> {lang: text}``."""
    return {f"{name}.{key}": value for name in sections() for key, value in section(name).items()}
