"""What ``assess`` says, in Latvian and English: prompts, hints and messages.

Texts are looked up with :func:`say`; ``{name}`` placeholders are filled from keyword
arguments. The texts are the ``assess`` section of
:mod:`smartvillage.messages`; labels shared with the reports are its ``report`` section.
"""

from __future__ import annotations

from smartvillage import messages
from smartvillage.models.common import Lang


def say(key: str, lang: Lang, **values: object) -> str:
    """The text ``key`` in ``lang`` with its placeholders filled in."""
    return messages.text(f"assess.{key}", lang, **values)
