"""The one message catalogue: every word a person reads, in Latvian and English.

Messages live in section modules of this package (``report``, ``assess``, ``cli`` ...),
each a ``MESSAGES`` dict of ``key -> {"lv": ..., "en": ...}``; a message is named
``section.key`` (``text("report.village", "lv")``). A translator reviews all Latvian
text in this one folder, or in one table: ``python -m smartvillage.messages``.

Plurals: a message whose form depends on a count has a ``key_one`` sibling for the
singular; :func:`counted` picks it by the language's rule (Latvian: 1, 21, 31 ... but not
11 take the singular; English: 1 only). Placeholders are ``{name}``, filled by keyword.

Section modules are imported on first use, so the catalogue costs nothing at start-up.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from smartvillage.models.common import Lang

Messages = dict[str, dict[Lang, str]]

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


def text(key: str, lang: Lang, **params: Any) -> str:
    """The message ``key`` (``section.key``) in ``lang``, its placeholders filled."""
    name, _, rest = key.partition(".")
    message = section(name)[rest][lang]
    return message.format(**params) if params else message


def is_one(count: int, lang: Lang) -> bool:
    """Whether ``count`` takes the singular: Latvian after 1, 21, 31... (not 11); English
    after 1."""
    return count % 10 == 1 and count % 100 != 11 if lang == "lv" else count == 1


def counted(key: str, count: int, lang: Lang, **params: Any) -> str:
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
