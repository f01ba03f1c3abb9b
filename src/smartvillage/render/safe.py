"""Make text from input safe to show: no terminal escapes or control characters."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: str | None) -> str:
    """``text`` with control characters (ESC among them) removed; newlines become spaces."""
    if not text:
        return ""
    return _CONTROL.sub("", text.replace("\r\n", " ").replace("\n", " "))
