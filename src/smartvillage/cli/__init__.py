"""The command-line interface: ``app`` holds the Typer app, one module per command.

:func:`main` is the console script. It imports nothing heavy itself, so that it can
choose how help and usage errors are drawn before Typer is loaded: with Rich's panels
when standard output is a terminal, as plain text otherwise (a pipe, a file, a script),
which also spares loading Rich's Markdown machinery that only the panels use.
"""

from __future__ import annotations

import contextlib
import os
import sys


def main() -> None:
    """Console-script entry point."""
    # The CLI uses no Pydantic plugins; looking for them scans every installed package.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if not _is_terminal(sys.stdout):
        os.environ.setdefault("TYPER_USE_RICH", "0")
    _tolerant(sys.stdout)
    _tolerant(sys.stderr)
    from smartvillage.cli.app import app

    app(prog_name="smartvillage")


def _tolerant(stream: object) -> None:
    """Let a stream whose encoding cannot write every letter (``PYTHONIOENCODING=ascii``,
    an old console) replace what it cannot write, instead of failing mid-output."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    if not encoding.startswith(("utf-8", "utf8", "utf-16", "utf-32")):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[attr-defined]  # duck-typed, caught


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]  # any stream; caught below
    except (AttributeError, ValueError):
        return False
