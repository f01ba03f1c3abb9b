"""The Typer app: registers one command per module (the console script is ``cli.main``).

Every help text a person reads comes from the catalogue in the session language
(``cli/help.py``); the docstrings here and in the command modules are for engineers.
"""

from __future__ import annotations

import typer

from smartvillage._version import __version__
from smartvillage.cli import (
    assess,
    batch,
    compare,
    criteria,
    migrate,
    schema,
    score,
    template,
    validate,
)
from smartvillage.cli.help import HelpCommand, HelpGroup

app = typer.Typer(
    name="smartvillage",
    cls=HelpGroup,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"smartvillage {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True),
) -> None:
    """Smart Village self-assessment scoring."""


app.command("score", cls=HelpCommand)(score.score)
app.command("compare", cls=HelpCommand)(compare.compare)
app.command("assess", cls=HelpCommand)(assess.assess)
app.command("validate", cls=HelpCommand)(validate.validate)
app.command("template", cls=HelpCommand)(template.template)
app.command("schema", cls=HelpCommand)(schema.schema)
app.command("batch", cls=HelpCommand)(batch.batch)
app.command("migrate", cls=HelpCommand)(migrate.migrate)
app.add_typer(criteria.app, name="criteria")


def main() -> None:
    """Console-script entry point (``smartvillage.cli.main``, kept here for old callers)."""
    from smartvillage.cli import main as entry

    entry()
