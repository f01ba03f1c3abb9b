"""``smartvillage migrate``: carry a questionnaire over to another criteria version."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from smartvillage.cli.common import (
    CriteriaDirOption,
    emit,
    err,
    handle_errors,
    load_criteria_noting_shadows,
    session_lang,
)


@handle_errors
def migrate(
    file: Annotated[str, typer.Argument(metavar="FILE", help="The questionnaire to migrate.")],
    to: Annotated[
        str,
        typer.Option(
            "--to", metavar="ID@VERSION", help="The criteria set and version to migrate to."
        ),
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="NEW", help="The new questionnaire to write.")
    ],
    criteria_dir: CriteriaDirOption = None,
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Print what was carried, dropped and needs an answer as JSON."),
    ] = False,
) -> None:
    """Carry a questionnaire over to another criteria version.

    Writes a new questionnaire keeping every answer whose question still exists and
    still fits, and lists what was dropped and what needs a new answer. FILE is never
    changed.

    \b
    Examples:
      smartvillage migrate village.yaml --to viedais-ciems@2023 -o new.yaml

    """
    from smartvillage.catalog.migrate import migrate as run
    from smartvillage.io.output import write_atomic
    from smartvillage.io.questionnaire import load_questionnaire
    from smartvillage.io.questionnaire_writer import dump_questionnaire

    questionnaire = load_questionnaire(file)
    target = load_criteria_noting_shadows(to, criteria_dir)
    new, report = run(questionnaire, target, session_lang())
    write_atomic(output, dump_questionnaire(new), inputs=(file,))
    if as_json:
        emit(report.model_dump_json(indent=2) + "\n", None)
    else:
        lines = [
            f"carried: {len(report.carried)} answer(s) from {report.source} to {report.target}"
        ]
        lines += [f"dropped: {d.question}: {d.reason}" for d in report.dropped]
        lines += [f"needs an answer: {qid}" for qid in report.needs_answer]
        emit("\n".join(lines) + "\n", None)
    err(
        f"wrote {output}: {len(report.carried)} carried, {len(report.dropped)} dropped, "
        f"{len(report.needs_answer)} to answer"
    )
