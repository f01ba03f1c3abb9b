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
)


@handle_errors
def migrate(
    file: Annotated[str, typer.Argument(metavar="FILE")],
    to: Annotated[
        str,
        typer.Option("--to", metavar="ID@VERSION"),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", metavar="NEW")],
    criteria_dir: CriteriaDirOption = None,
    as_json: Annotated[
        bool,
        typer.Option("--json"),
    ] = False,
) -> None:
    """Carry a questionnaire over to another criteria version.

    The help a person reads is in ``messages/help.py``.
    """
    from smartvillage.catalog.migrate import migrate as run
    from smartvillage.io.output import write_atomic
    from smartvillage.io.questionnaire import load_questionnaire
    from smartvillage.io.questionnaire_writer import dump_questionnaire

    questionnaire = load_questionnaire(file)
    target = load_criteria_noting_shadows(to, criteria_dir)
    new, report = run(questionnaire, target)
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
