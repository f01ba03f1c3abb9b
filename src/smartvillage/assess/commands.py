"""The commands a person can type at any prompt of ``assess``, and how a line is read.

A command is a whole line and starts with a sign no real answer starts with (``?``,
``<``, ``>``, ``!``, ``:``), or is one of the "not applicable" words the questionnaire
format itself uses (``n/a``, ``nav attiecināms``, ``not applicable``). Words after
``!`` match in Latvian or English, in any case, with or without the long vowels and
soft consonants (``!atpakaļ`` = ``!atpakal``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from smartvillage.scoring.answers import fold  # the one way typed words are matched


class Command(str, Enum):
    """What a typed line asks for, when it is not an answer."""

    HELP = "help"
    BACK = "back"
    SKIP = "skip"
    NA = "na"
    NOTE = "note"
    PROGRESS = "progress"
    REPORT = "report"
    QUIT = "quit"


KEYWORDS: dict[Command, tuple[str, ...]] = {
    Command.HELP: ("?", "!help", "!palīdzība", "!h"),
    Command.BACK: ("<", "!back", "!atpakaļ"),
    Command.SKIP: (">", "!skip", "!izlaist"),
    Command.NA: ("n/a", "!na", "nav attiecināms", "not applicable"),
    Command.NOTE: ("!note", "!piezīme"),
    Command.PROGRESS: ("!progress", "!gaita"),
    Command.REPORT: ("!report", "!atskaite", "!vērtējums"),
    Command.QUIT: (":q", "!quit", "!beigt", "!q"),
}

_SIGNS = ("?", "<", ">", "!", ":")


_LOOKUP: dict[str, Command] = {fold(word): cmd for cmd, words in KEYWORDS.items() for word in words}


@dataclass(frozen=True)
class Typed:
    """One line as typed: a command (with the text after it), or plain text."""

    text: str
    command: Command | None = None
    arg: str = ""
    unknown: bool = False

    @property
    def empty(self) -> bool:
        """Whether the line was empty (just Enter)."""
        return self.command is None and not self.unknown and not self.text


def read_line(line: str) -> Typed:
    """Read a typed line: a known command, an unknown ``!word``, or text (stripped)."""
    text = line.strip()
    key = fold(text)
    if key in _LOOKUP:
        return Typed(text, _LOOKUP[key])
    if text.startswith("!"):
        word = key.split(" ", 1)[0]
        if _LOOKUP.get(word) is Command.NOTE:
            return Typed(text, Command.NOTE, text.split(None, 1)[1].strip())
        return Typed(text, unknown=True)
    if text[:1] in _SIGNS and len(text) <= 3:
        # a lone sign that is not a command (e.g. "<<") is a slip, never an answer
        return Typed(text, unknown=True)
    return Typed(text)
