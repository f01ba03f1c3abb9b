"""``smartvillage assess``: fill in a questionnaire in the terminal, saving after every answer."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from smartvillage.cli.common import (
    CriteriaDirOption,
    CriteriaOption,
    Exit,
    LangChoice,
    LangOption,
    err,
    error,
    fail,
    handle_errors,
    say,
)

INTERRUPTED = 130


@handle_errors
def assess(
    file: Annotated[
        Path,
        typer.Argument(metavar="FILE"),
    ],
    criteria: CriteriaOption = None,
    criteria_dir: CriteriaDirOption = None,
    lang: LangOption = LangChoice.lv,
    from_stdin: Annotated[
        bool,
        typer.Option("--from-stdin"),
    ] = False,
    review: Annotated[
        bool,
        typer.Option("--review"),
    ] = False,
) -> None:
    """Fill in a questionnaire question by question in the terminal.

    The help a person reads is in ``messages/help.py``.
    """
    from smartvillage.assess.state import check_writable, only_session

    if str(file) == "-":
        raise fail(say("assess.no_dash"))
    if not from_stdin and (sys.stdin is None or not sys.stdin.isatty()):
        raise fail(say("assess.not_a_terminal"))
    check_writable(file)
    with only_session(file):
        _run(file, criteria, criteria_dir, lang, from_stdin, review)


def _run(
    file: Path,
    criteria: str | None,
    criteria_dir: list[Path] | None,
    lang: LangChoice,
    from_stdin: bool,
    review: bool,
) -> None:
    """The session itself, while the file is held (see ``assess``)."""
    from smartvillage.assess.session import Outcome, ScriptError, Session
    from smartvillage.assess.state import Draft, is_blank_file, read_unfinished
    from smartvillage.assess.terminal import Terminal
    from smartvillage.cli.common import load_criteria_noting_shadows
    from smartvillage.errors import InputError
    from smartvillage.io.criteria import DEFAULT_CRITERIA
    from smartvillage.io.questionnaire import load_questionnaire

    draft = unfinished = None
    if file.exists() and not is_blank_file(file):
        try:
            questionnaire = load_questionnaire(file)
        except InputError as exc:  # a template: continue it if only the profile is missing
            unfinished = read_unfinished(file, exc)
            questionnaire = unfinished.questionnaire
        criteria_set = load_criteria_noting_shadows(
            criteria or questionnaire.criteria, criteria_dir
        )
        if criteria_set.ref != questionnaire.criteria:
            raise fail(
                say(
                    "assess.other_criteria",
                    file=file,
                    answers=questionnaire.criteria,
                    ref=criteria_set.ref,
                )
            )
        if unfinished is None:
            draft = Draft.from_questionnaire(questionnaire, criteria_set, file)
        else:
            unfinished.check(criteria_set)
    else:
        criteria_set = load_criteria_noting_shadows(criteria or DEFAULT_CRITERIA, criteria_dir)
    terminal = Terminal.piped() if from_stdin else Terminal.interactive()
    session = Session(
        terminal,
        criteria_set,
        file,
        lang.value,
        draft=draft,
        unfinished=unfinished,
        strict=from_stdin,
        review=review,
    )
    try:
        outcome = session.run()
    except ScriptError as exc:
        error(str(exc))
        if session.saved:
            err(say("assess.saved_before", file=file))
        raise typer.Exit(int(Exit.INVALID)) from None
    if outcome is Outcome.INTERRUPTED:
        raise typer.Exit(INTERRUPTED)
