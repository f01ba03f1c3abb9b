"""The command-line interface: ``app`` holds the Typer app, one module per command.

:func:`main` is the console script. It imports nothing heavy itself, so that it can
choose how help and usage errors are drawn before Typer is loaded: with Rich's panels
when standard output is a terminal, as plain text otherwise (a pipe, a file, a script),
which also spares loading Rich's Markdown machinery that only the panels use.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Console-script entry point."""
    # The CLI uses no Pydantic plugins; looking for them scans every installed package.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if not _is_terminal(sys.stdout):
        os.environ.setdefault("TYPER_USE_RICH", "0")
    from smartvillage.cli.app import app

    app(prog_name="smartvillage")


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False
