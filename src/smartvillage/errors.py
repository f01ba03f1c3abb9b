"""Problems found in user input, and the exception that carries them.

Every reader and validator reports problems as :class:`Problem` values naming the
file, the place in it (field path, line, sheet cell) and what was expected, so that
the CLI can print them without a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from smartvillage.messages import code_of, localize

if TYPE_CHECKING:  # the models (and Pydantic) stay out of a plain `--help`
    from smartvillage.models.common import Lang


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input, with its position."""

    file: str
    message: str
    field: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        return self.text("en")

    def text(self, lang: Lang) -> str:
        """``file:line: field: message``, the message in ``lang``."""
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        message = localize(self.message, lang)
        return f"{where}: {self.field}: {message}" if self.field else f"{where}: {message}"

    def to_dict(self, lang: Lang = "en") -> dict[str, object]:
        """A JSON-ready view of the problem: a stable ``code`` (None for a message that has
        none yet) and the message in ``lang``."""
        return {
            "file": self.file,
            "line": self.line,
            "field": self.field,
            "code": code_of(self.message),
            "message": localize(self.message, lang),
        }


@dataclass
class InputError(Exception):
    """Raised when an input cannot be read or is invalid; carries every problem found."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    def text(self, lang: Lang) -> str:
        """Every problem, one per line, in ``lang``."""
        return "\n".join(p.text(lang) for p in self.problems)
