"""The conversation's two ends: lines typed in, text shown out.

A :class:`Terminal` reads one line per prompt and shows Rich renderables. Everything
typed is cleaned before use: NFC-normalised (so ``ā`` typed as ``a`` + macron equals
``ā``), terminal escape sequences and control characters removed, and text a terminal
sent in a wrong encoding refused rather than saved garbled.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from typing import IO, Any

from rich.console import Console

from smartvillage.render.safe import plain

_ESCAPE = re.compile(r"\x1b(\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?|.)?")


def _line_editing() -> None:
    """Give input() line editing and history, without file-name completion on Tab."""
    try:
        import readline
    except ImportError:  # pragma: no cover - Windows
        return
    readline.set_completer(lambda text, state: None)
    readline.parse_and_bind("tab: tab-insert")


class BadText(ValueError):
    """A typed line that is not readable text (wrong terminal encoding)."""


def clean(text: str) -> str:
    """Typed text made safe to save: valid Unicode, NFC, no escapes or control characters."""
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        try:  # bytes that came through surrogateescape: maybe UTF-8 after all
            text = text.encode("utf-8", "surrogateescape").decode("utf-8")
        except UnicodeError:
            raise BadText(text) from None
    text = _ESCAPE.sub("", text.rstrip("\r\n"))
    return unicodedata.normalize("NFC", plain(text)).strip()


class Terminal:
    """Reads answers from ``stdin`` and shows the conversation on ``out``.

    With ``readline`` the line is read by :func:`input` (line editing and history in a
    real terminal); otherwise the prompt is written to ``out`` and a line is read as
    UTF-8, and with ``echo`` the line read is shown after its prompt, so that a piped
    session leaves a readable transcript.
    """

    def __init__(
        self,
        stdin: IO[str],
        out: IO[str],
        *,
        readline: bool = False,
        echo: bool = False,
        width: int | None = None,
    ) -> None:
        self.stdin = stdin
        self.out = out
        self.readline = readline
        self.echo = echo
        self.lines_read = 0
        self.console = Console(
            file=out, highlight=False, emoji=False, markup=False, width=width, legacy_windows=False
        )

    @classmethod
    def interactive(cls) -> Terminal:
        """The terminal of a person at the keyboard: stdout when it is a terminal."""
        to_stdout = sys.stdout.isatty()
        if to_stdout:
            _line_editing()
        return cls(sys.stdin, sys.stdout if to_stdout else sys.stderr, readline=to_stdout)

    @classmethod
    def piped(cls) -> Terminal:
        """Answers piped in on purpose: prompts and echoes go to stderr."""
        return cls(sys.stdin, sys.stderr, echo=True)

    @property
    def color(self) -> bool:
        """Whether the output shows colours."""
        return self.console.is_terminal and self.console.color_system is not None

    def show(self, *renderables: Any) -> None:
        """Show text or Rich renderables, one after another."""
        for item in renderables:
            self.console.print(item)

    def write(self, text: str) -> None:
        """Write text as it is (e.g. a rendered report with its own colours)."""
        self.out.write(text)
        self.out.flush()

    def ask(self, prompt: str) -> str:
        """Read one line after ``prompt``; EOFError when the input has ended.

        Raises BadText when the line cannot be read as text.
        """
        if self.readline:
            try:
                line = input(prompt)
            except UnicodeDecodeError:
                self.lines_read += 1
                raise BadText("") from None
        else:
            self.out.write(prompt)
            self.out.flush()
            line = self._read_line()
            if self.echo:
                self.out.write(line.rstrip("\r\n") + "\n")
                self.out.flush()
        self.lines_read += 1
        return clean(line)

    def _read_line(self) -> str:
        buffer = getattr(self.stdin, "buffer", None)
        if buffer is None:
            line = self.stdin.readline()
            if not line:
                raise EOFError
            return line
        raw: bytes = buffer.readline()
        if not raw:
            raise EOFError
        if self.lines_read == 0 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self.lines_read += 1
            raise BadText(raw.decode("utf-8", "replace")) from None
