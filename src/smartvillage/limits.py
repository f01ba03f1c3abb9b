"""Limits on input size, with defaults that suit real files and an override for each.

Each limit can be raised (or lowered) through an environment variable; a file that
hits one is refused with a message naming the limit and the variable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    """One limit: its default and the environment variable that overrides it."""

    name: str
    env: str
    default: int

    @property
    def value(self) -> int:
        """The limit in force (the variable when set to a positive whole number)."""
        raw = os.environ.get(self.env, "").strip()
        if raw.isdigit() and int(raw) > 0:
            return int(raw)
        return self.default

    def hint(self) -> str:
        """How to change the limit."""
        return f"set {self.env} to change it"


FILE_BYTES = Limit("file size", "SMARTVILLAGE_MAX_FILE_BYTES", 5 * 1024 * 1024)
TEXT_CHARS = Limit("text length", "SMARTVILLAGE_MAX_TEXT_CHARS", 20_000)
NESTING = Limit("nesting depth", "SMARTVILLAGE_MAX_DEPTH", 40)
