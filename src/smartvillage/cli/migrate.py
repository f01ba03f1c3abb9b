"""``smartvillage migrate``: carry a questionnaire over to another criteria version."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from smartvillage.cli.common import (
    CriteriaDirOption,
    LangChoice,
    LangOption,
    emit,
    err,
    handle_errors,
    load_criteria_noting_shadows,
    say,
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
    lang: LangOption = LangChoice.lv,
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
    new, report = run(questionnaire, target, lang.value)
    write_atomic(output, dump_questionnaire(new), inputs=(file,))
    if as_json:
        emit(report.model_dump_json(indent=2) + "\n", None)
    else:
        lines = [
            say("migrate.carried", n=len(report.carried), source=report.source, target=target.ref)
        ]
        lines += [
            say("migrate.dropped", question=d.question, reason=d.reason) for d in report.dropped
        ]
        lines += [say("migrate.needs_answer", question=qid) for qid in report.needs_answer]
        emit("\n".join(lines) + "\n", None)
    err(
        say(
            "migrate.wrote",
            path=output,
            carried=len(report.carried),
            dropped=len(report.dropped),
            needs=len(report.needs_answer),
        )
    )
