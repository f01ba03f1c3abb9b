"""Problems found in user input, and the exception that carries them.

Every reader and validator reports problems as :class:`Problem` values naming the
file, the place in it (field path, line, sheet cell) and what was expected, so that
the CLI can print them without a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input, with its position."""

    file: str
    message: str
    field: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        if self.field:
            return f"{where}: {self.field}: {self.message}"
        return f"{where}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready view of the problem."""
        return {"file": self.file, "line": self.line, "field": self.field, "message": self.message}


@dataclass
class InputError(Exception):
    """Raised when an input cannot be read or is invalid; carries every problem found."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
