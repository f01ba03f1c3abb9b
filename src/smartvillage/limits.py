"""Limits on input size, with defaults that suit real files and an override for each.

Each limit can be raised (or lowered) through an environment variable; a file that
hits one is refused with a message naming the limit and the variable. A variable that is
not a positive whole number is refused by name, and a limit the interpreter could not
honour (a nesting depth past its recursion limit) is lowered to what it can.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    """One limit: its default and the environment variable that overrides it."""

    name: str
    env: str
    default: int
    ceiling: int | None = None  # the most the interpreter can honour, where there is one

    @property
    def value(self) -> int:
        """The limit in force: the variable when set, else the default.

        Raises InputError when the variable is set but is not a positive whole number.
        """
        raw = os.environ.get(self.env, "").strip()
        if not raw:
            return self.default
        if not (raw.isascii() and raw.isdigit() and int(raw) > 0):
            from smartvillage.errors import InputError, Problem

            raise InputError(
                [
                    Problem(
                        self.env,
                        f"expected a positive whole number for the "
                        f"{self.name} limit, got {raw[:40]!r}",
                    )
                ]
            )
        value = int(raw)
        return min(value, self.ceiling) if self.ceiling else value

    def hint(self) -> str:
        """How to change the limit (a message shown in the reader's language)."""
        from smartvillage.messages import msg

        return msg("io.limit_hint", env=self.env)


FILE_BYTES = Limit("file size", "SMARTVILLAGE_MAX_FILE_BYTES", 5 * 1024 * 1024)
TEXT_CHARS = Limit("text length", "SMARTVILLAGE_MAX_TEXT_CHARS", 20_000)
# every level of nesting costs the document builder a few frames of Python's stack
NESTING = Limit(
    "nesting depth", "SMARTVILLAGE_MAX_DEPTH", 40, ceiling=max(40, sys.getrecursionlimit() // 4)
)
