"""The Typer app: registers one command per module (the console script is ``cli.main``)."""

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
from smartvillage.cli.common import EXIT_CODES_HELP, reflow

app = typer.Typer(
    name="smartvillage",
    help="Score a village's Smart Village self-assessment against versioned criteria and "
    'report how ready it is for the "Viedais ciems" recognition.\n\n' + EXIT_CODES_HELP,
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
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Smart Village self-assessment scoring."""


app.command("score")(score.score)
app.command("compare")(compare.compare)
app.command("assess")(assess.assess)
app.command("validate")(validate.validate)
app.command("template")(template.template)
app.command("schema")(schema.schema)
app.command("batch")(batch.batch)
app.command("migrate")(migrate.migrate)
app.add_typer(criteria.app, name="criteria")

for _info in (*app.registered_commands, *criteria.app.registered_commands):
    _info.help = reflow(_info.help or _info.callback.__doc__)


def main() -> None:
    """Console-script entry point (``smartvillage.cli.main``, kept here for old callers)."""
    from smartvillage.cli import main as entry

    entry()
