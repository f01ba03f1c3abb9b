"""The one rule for control characters in what a user gives us.

Every reader — YAML and JSON documents, CSV and XLSX tables — removes the same set of
invisible control characters (C0 except tab, line feed and carriage return; DEL; C1 except
NEL; lone surrogates; U+FFFE/U+FFFF) and says so in a warning that names the place. They
cannot be printed, shown in a spreadsheet or read aloud, and a stray one pasted from another
program must not cost a village its result. Criteria files are authored data with a digest,
so there the same characters are refused instead (``io.criteria``).
"""

from __future__ import annotations

import re

CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def without_controls(text: str) -> tuple[str, int]:
    """``text`` without control characters, and how many were removed."""
    if text.isascii() and text.isprintable():
        return text, 0
    cleaned, count = CONTROLS.subn("", text)
    return cleaned, count


def codepoint(char: str) -> str:
    """A character named as ``U+0000``."""
    return f"U+{ord(char):04X}"
