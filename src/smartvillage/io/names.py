"""Safe file names made from text a person typed (a village name): never a path.

Text from an input never becomes a path as it is: it is folded to ASCII letters, digits
and hyphens (``Ābeļciems`` → ``abelciems``), cut to a short length, and always follows a
row number, so it can hold no folder separator, no ``..``, no reserved device name
(``CON``, ``NUL``, ``COM1`` ...), no leading dot and no character a file system refuses.
"""

from __future__ import annotations

import re
import unicodedata

SLUG_LENGTH = 40
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, fallback: str = "village") -> str:
    """``text`` as lowercase ASCII words joined by ``-`` (at most :data:`SLUG_LENGTH`)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = _NOT_SLUG.sub("-", folded.lower()).strip("-")
    words = words[:SLUG_LENGTH].rstrip("-")
    return words or fallback


def numbered_name(number: int, text: str, suffix: str, fallback: str = "village") -> str:
    """``007-abelciems.html``: the number (zero-padded to 3) first, then the slug."""
    return f"{number:03d}-{slug(text, fallback)}{suffix}"
