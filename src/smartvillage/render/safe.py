"""Make text from input safe in every output: terminals, spreadsheets, CSV.

Text a village typed is data, never markup, a formula or a terminal command.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Characters XML 1.0 (and so XLSX) cannot hold: C0 controls but tab, LF, CR; U+FFFE/FFFF.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def plain(text: str | None) -> str:
    """``text`` with control characters (ESC among them) removed; newlines become spaces."""
    if not text:
        return ""
    return _CONTROL.sub("", text.replace("\r\n", " ").replace("\n", " "))


_MARKUP_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def markup_text(value: object) -> object:
    """A value for HTML: text without control characters (ESC, and so terminal escapes
    and OSC-8 links, among them; tab and line breaks kept); anything else as it is."""
    return _MARKUP_CONTROL.sub("", value) if isinstance(value, str) else value


def xml_text(text: str) -> tuple[str, bool]:
    """``text`` without the characters a spreadsheet cell cannot hold, and whether any were."""
    cleaned = _XML_ILLEGAL.sub("", text)
    return cleaned, cleaned != text


def formula_safe(text: str) -> str:
    """Text that a spreadsheet will show as text, never run as a formula.

    A value starting with ``=``, ``+``, ``-``, ``@`` or a control character gets a
    leading apostrophe (the convention spreadsheets use for "this is text"). Use it
    for CSV; in XLSX write such values as string cells instead.
    """
    if text and (text.startswith(_FORMULA_START) or _CONTROL.match(text[0])):
        return "'" + text
    return text
